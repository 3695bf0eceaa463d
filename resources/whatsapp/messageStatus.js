// Status icon of the newest outgoing message with the text ARGS.text (JSON data).
(function (SEL, ARGS, H) {
    const want = H.loose(ARGS.text);
    const list = H.outgoing().filter(m => H.loose(m.text) === want);
    return { count: list.length, status: list.length ? list[list.length - 1].status : '', pending: SEL.pendingIcon };
})
