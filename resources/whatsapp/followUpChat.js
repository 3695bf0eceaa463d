// Follow-up of one sent lead in the open chat: the newest outgoing message with the text
// ARGS.text (JSON data) sent no earlier than ARGS.since (ms since the epoch; minute precision of
// WhatsApp's time stamps), its tick, and the first incoming message after it (the reply). `found`
// false: the message is not (yet) shown; `loaded`: the chat shows its messages at all.
(function (SEL, ARGS, H) {
    const since = Number(ARGS.since) || 0;
    const sinceMinute = since ? Math.floor(since / 60000) * 60000 : 0;
    const list = H.conversation();
    let mine = -1;
    list.forEach((m, i) => {
        if (m.incoming || H.compare(m, ARGS.text) === '') return;
        if (!sinceMinute || !m.at || m.at >= sinceMinute) mine = i;
    });
    const result = { loaded: H.chatLoaded(), found: mine >= 0, tick: '', replied: false, replyText: '',
                     replyAt: 0, readable: list.filter(m => H.loose(m.text).length > 0).length };
    if (mine < 0) return result;
    result.tick = list[mine].tick;
    for (let i = mine + 1; i < list.length; ++i) {
        const m = list[i];
        // WhatsApp marks every message of a chat read at once: a later one read means ours too.
        if (!m.incoming && m.tick === 'read') result.tick = 'read';
        if (m.incoming && !result.replied) {
            result.replied = true;
            result.replyText = m.text;
            result.replyAt = m.at;
            if (m.truncated && m.more) (m.more.closest('button, [role="button"]') || m.more).click();
            result.replyTruncated = m.truncated;
        }
    }
    return result;
})
