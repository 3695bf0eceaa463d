// Is ARGS.text (JSON data) among the outgoing messages of the open chat? `loaded` says whether the
// chat shows its messages at all; `partial` that a truncated message may be it (cannot tell).
(function (SEL, ARGS, H) {
    const all = H.outgoing();
    const kinds = all.map(m => H.compare(m, ARGS.text));
    return {
        chatOpen: !!H.q(SEL.mainPanel),
        loaded: H.chatLoaded(),
        invalid: !!H.dialogWith(SEL.invalidPhoneText),
        total: all.length,
        found: kinds.indexOf('exact') >= 0,
        partial: kinds.indexOf('partial') >= 0,
    };
})
