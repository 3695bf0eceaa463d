// Helpers shared by every SDR Sender probe. Runs in Qt WebEngine's ApplicationWorld (isolated from
// WhatsApp's own scripts). A function expression: PageProbe calls it with the selector pack.
(function (SEL) {
    'use strict';
    function q(selector, root) {
        if (!selector) return null;
        try { return (root || document).querySelector(selector); } catch (e) { return null; }
    }
    function qa(selector, root) {
        if (!selector) return [];
        try { return Array.from((root || document).querySelectorAll(selector)); } catch (e) { return []; }
    }
    // Text as a person reads it: emoji images give their alt text, <br> a newline.
    function plainText(node) {
        if (!node) return '';
        if (node.nodeType === Node.TEXT_NODE) return node.data;
        if (node.nodeType !== Node.ELEMENT_NODE) return '';
        if (node.tagName === 'IMG') return node.getAttribute('data-plain-text') || node.getAttribute('alt') || '';
        if (node.tagName === 'BR') return '\n';
        let out = '';
        for (const child of node.childNodes) out += plainText(child);
        return out;
    }
    // A Lexical editor holds one <p> per line; an empty line is <p><br></p>.
    function editorText(editor) {
        if (!editor) return '';
        const blocks = Array.from(editor.children).filter(e => e.tagName === 'P' || e.tagName === 'DIV');
        if (!blocks.length) return plainText(editor);
        return blocks.map(p => {
            const t = plainText(p);
            return p.lastChild && p.lastChild.nodeName === 'BR' && t.endsWith('\n') ? t.slice(0, -1) : t;
        }).join('\n');
    }
    function normalise(text) { return String(text === undefined || text === null ? '' : text).replace(/\r\n?/g, '\n'); }
    // For comparing with what WhatsApp shows: formatting markers (*bold* _italic_ ~strike~ `code`)
    // are rendered without their marks, and surrounding whitespace may be trimmed.
    function loose(text) { return normalise(text).replace(/[*_~`]/g, '').replace(/\s+/g, ' ').trim(); }
    // The compose box must hold the message: only line endings (and the surrounding whitespace
    // WhatsApp drops when sending) may differ.
    function sameText(a, b) { return normalise(a).trim() === normalise(b).trim(); }
    // Texts of WhatsApp's own UI are compared without regard to case ("Use here" / "Use Here") or
    // the kind of apostrophe.
    function fold(text) {
        return String(text || '').replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
    }
    // The first dialog showing `texts` (one text or a list of the variants WhatsApp has used).
    function dialogWith(texts) {
        const wants = [].concat(texts || []).map(fold).filter(t => t.length > 0);
        if (!wants.length) return null;
        for (const d of qa(SEL.dialog)) {
            const shown = fold(d.textContent);
            if (wants.some(want => shown.indexOf(want) >= 0)) return d;
        }
        return null;
    }
    function buttonWithText(root, text) {
        const want = fold(text);
        if (!want) return null;
        for (const b of qa('button, [role="button"]', root)) {
            if (fold(b.textContent) === want) return b;
        }
        return null;
    }
    function sendButton() {
        const hit = q(SEL.sendButton);
        if (!hit) return null;
        return hit.closest('button, [role="button"]') || hit;
    }
    // When a message was sent, from WhatsApp's copy prefix "[HH:MM, M/D/YYYY] Name: " (English
    // interface; 12-hour times too), in ms since the epoch of this machine's local time; 0 unknown.
    function sentAt(prefix) {
        const m = /^\[(\d{1,2}):(\d{2})(?:\s*([AaPp])\.?[Mm]\.?)?,\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\]/.exec(prefix || '');
        if (!m) return 0;
        let hours = Number(m[1]) % (m[3] ? 12 : 24);
        if (m[3] && m[3].toLowerCase() === 'p') hours += 12;
        const when = new Date(Number(m[6]), Number(m[4]) - 1, Number(m[5]), hours, Number(m[2]));
        return isNaN(when.getTime()) ? 0 : when.getTime();
    }
    // Outgoing messages of the open chat, oldest first, each { text, status, truncated, id, at }.
    // WhatsApp shows only the start of a long message with a "Read more" button: such a one is
    // truncated. `text` is '' when the text reader finds nothing (WhatsApp renamed its classes).
    function outgoing() {
        const all = qa(SEL.outgoingMessage);
        const outer = all.filter(e => !all.some(o => o !== e && o.contains(e)));
        return outer.map(e => {
            const textNode = q(SEL.messageText, e);
            const icon = q(SEL.statusIcon, e);
            const more = q(SEL.readMore, e) || buttonWithText(e, SEL.readMoreText);
            let text = plainText(textNode);
            if (more && textNode && textNode.contains(more)) text = text.replace(plainText(more), '');
            const pre = e.hasAttribute('data-pre-plain-text') ? e : q('[data-pre-plain-text]', e);
            const idNode = e.hasAttribute('data-id') ? e : q('[data-id]', e);
            return { text: text, status: icon ? icon.getAttribute('data-icon') : '', truncated: !!more, more: more,
                     id: idNode ? idNode.getAttribute('data-id') : '',
                     at: pre ? sentAt(pre.getAttribute('data-pre-plain-text')) : 0 };
        });
    }
    // How a shown message compares with the wanted text: 'exact', 'partial' (a truncated message
    // whose visible start matches) or '' (another message).
    function compare(message, wanted) {
        const want = loose(wanted);
        const shown = loose(message.text);
        if (shown === want) return 'exact';
        const start = shown.replace(/(\u2026|\.\.\.)$/, '').trim();
        if (message.truncated && start.length > 0 && want.startsWith(start)) return 'partial';
        return '';
    }
    // The open chat shows its message list with at least one message recognised as incoming or
    // outgoing: only then can "not among the outgoing messages" mean anything (an empty or still
    // filling chat, or selectors WhatsApp has outgrown, prove nothing).
    function chatLoaded() {
        return !!q(SEL.mainPanel) && !!q(SEL.messageList) &&
            qa(SEL.outgoingMessage).length + qa(SEL.incomingMessage).length > 0;
    }
    return { q, qa, plainText, editorText, normalise, loose, sameText, dialogWith, buttonWithText, sendButton,
             outgoing, compare, chatLoaded, sentAt };
})
