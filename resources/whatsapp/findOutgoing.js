// Is ARGS.text (JSON data) among the outgoing messages of the open chat? `loaded` says whether the
// chat shows its messages at all; `partial` that a truncated long message may be it: its "Read
// more" is clicked so that the next look sees the whole text.
(function (SEL, ARGS, H) {
    const all = H.outgoing();
    const kinds = all.map(m => H.compare(m, ARGS.text));
    let partial = false;
    all.forEach((m, i) => {
        if (kinds[i] !== 'partial') return;
        partial = true;
        if (m.more) (m.more.closest('button, [role="button"]') || m.more).click();
    });
    return {
        chatOpen: !!H.q(SEL.mainPanel),
        loaded: H.chatLoaded(),
        invalid: !!H.dialogWith(SEL.invalidPhoneText),
        total: all.length,
        found: kinds.indexOf('exact') >= 0,
        partial: partial,
    };
})
