// Status of a message just sent with the text ARGS.text (JSON data). `count`/`status`/`sent`: the
// newest outgoing message whose text matches and its icon. `rows`: every outgoing message;
// `newestStatus`/`newestSent`: the icon of the newest one whatever its text, so that a press that
// added a row can be confirmed even when the text reader cannot read texts on this page. `sent`: the
// icon left the clock for one WhatsApp uses for a message the server took (single or double check).
(function (SEL, ARGS, H) {
    const all = H.outgoing();
    const list = all.filter(m => H.compare(m, ARGS.text) !== '');
    const sentIcons = [].concat(SEL.sentIcons || []);
    const isSent = status => !!status && status !== SEL.pendingIcon &&
        (sentIcons.length === 0 || sentIcons.some(prefix => status.indexOf(prefix) === 0));
    const status = list.length ? list[list.length - 1].status : '';
    const newest = all.length ? all[all.length - 1] : null;
    return { count: list.length, status: status, sent: isSent(status), rows: all.length,
             newestStatus: newest ? newest.status : '', newestSent: !!newest && isSent(newest.status),
             newestId: newest ? newest.id : '', newestReadable: !!newest && H.loose(newest.text).length > 0,
             readable: all.filter(m => H.loose(m.text).length > 0).length };
})
