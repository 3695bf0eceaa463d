// What the chat list tells about the chats with ARGS.phones (digits, JSON data) without opening
// any: per phone found, { listed, incoming (the last message came from the lead), unread (the
// badge's count), tick (of the last message when it went out: read / delivered / sent / pending) }.
// A chat is matched by the digits of its title, which is the number for people the SDR has not
// saved as a contact; a chat under a contact name cannot be matched and is not listed. `rows`:
// how many chats the list shows (0: no chat list on this page).
(function (SEL, ARGS, H) {
    const wanted = [].concat(ARGS.phones || []).map(String);
    const found = {};
    const rows = H.qa(SEL.chatRow).filter((e, i, all) => !all.some(o => o !== e && o.contains(e)));
    for (const row of rows) {
        const titleNode = H.q(SEL.chatTitle, row);
        const title = titleNode ? (titleNode.getAttribute('title') || titleNode.textContent || '') : '';
        // A number, as WhatsApp formats it: digits, spaces, +, -, ( ) only.
        if (!/^[\s+\-()\d\u202a-\u202e\u2066-\u2069]+$/.test(title)) continue;
        const digits = title.replace(/\D/g, '');
        if (wanted.indexOf(digits) < 0 || found[digits]) continue;
        const icon = H.q(SEL.chatListStatus, row);
        const badge = H.q(SEL.unreadBadge, row);
        const count = badge ? parseInt((badge.textContent || '').replace(/\D/g, ''), 10) ||
            parseInt((badge.getAttribute('aria-label') || '').replace(/\D/g, ''), 10) || 1 : 0;
        const tick = H.tickOf(icon);
        found[digits] = { listed: true, incoming: !tick, unread: count, tick: tick };
    }
    return { rows: rows.length, chats: found };
})
