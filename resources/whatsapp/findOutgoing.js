// Is ARGS.text (JSON data) among the outgoing messages of the open chat?
(function (SEL, ARGS, H) {
    const want = H.loose(ARGS.text);
    const all = H.outgoing();
    return {
        chatOpen: !!H.q(SEL.mainPanel),
        invalid: !!H.dialogWith(SEL.invalidPhoneText),
        total: all.length,
        found: all.some(m => H.loose(m.text) === want),
    };
})
