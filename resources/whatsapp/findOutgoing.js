// Is ARGS.text (JSON data) among the outgoing messages of the open chat, sent no earlier than this
// attempt? A message counts as this attempt's when WhatsApp's time stamp (data-pre-plain-text,
// minute precision) is no older than ARGS.since (ms since the epoch, 0: any), or when it comes after
// the bubble ARGS.afterId (the newest outgoing message when Send was pressed). `older`: the same
// text only in messages older than the attempt (an earlier lead's, not this one). `undated`: the
// same text in a message that cannot be dated. `readable`: outgoing messages whose text could be
// read at all (0: the text reader does not work on this page). `loaded` says whether the chat shows
// its messages at all; `partial` that a truncated long message may be it: its "Read more" is
// clicked so that the next look sees the whole text.
(function (SEL, ARGS, H) {
    const all = H.outgoing();
    const kinds = all.map(m => H.compare(m, ARGS.text));
    const since = Number(ARGS.since) || 0;
    const sinceMinute = since ? Math.floor(since / 60000) * 60000 : 0;
    const anchor = ARGS.afterId ? all.findIndex(m => m.id === ARGS.afterId) : -1;
    let partial = false, found = false, older = false, undated = false;
    all.forEach((m, i) => {
        // The bubble's position, when known, is exact; the time stamp has minute precision.
        const recent = anchor >= 0 ? i > anchor : !since || (m.at > 0 && m.at >= sinceMinute);
        const dated = anchor >= 0 || !since || m.at > 0;
        if (kinds[i] === 'partial') {
            if (!dated || recent) {
                partial = true;
                if (m.more) (m.more.closest('button, [role="button"]') || m.more).click();
            }
            return;
        }
        if (kinds[i] !== 'exact') return;
        if (recent) found = true;
        else if (dated) older = true;
        else undated = true;
    });
    return {
        chatOpen: !!H.q(SEL.mainPanel),
        loaded: H.chatLoaded(),
        invalid: !!H.dialogWith(SEL.invalidPhoneText),
        total: all.length,
        readable: all.filter(m => H.loose(m.text).length > 0).length,
        found: found,
        older: older,
        undated: undated,
        partial: partial,
    };
})
