// Status icon of the newest outgoing message with the text ARGS.text (JSON data). `sent`: the icon
// left the clock for one WhatsApp uses for a message the server took (single or double check).
(function (SEL, ARGS, H) {
    const list = H.outgoing().filter(m => H.compare(m, ARGS.text) !== '');
    const status = list.length ? list[list.length - 1].status : '';
    const sentIcons = [].concat(SEL.sentIcons || []);
    const sent = !!status && status !== SEL.pendingIcon &&
        (sentIcons.length === 0 || sentIcons.some(prefix => status.indexOf(prefix) === 0));
    return { count: list.length, status: status, sent: sent };
})
