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
    // One message bubble as { text, status, truncated, more, id, at }. WhatsApp shows only the start
    // of a long message with a "Read more" button: such a one is truncated. `text` is '' when the
    // text reader finds nothing (WhatsApp renamed its classes).
    function describe(e) {
        const textNode = q(SEL.messageText, e);
        const icon = q(SEL.statusIcon, e);
        const more = q(SEL.readMore, e) || buttonWithText(e, SEL.readMoreText);
        let text = plainText(textNode);
        if (more && textNode && textNode.contains(more)) text = text.replace(plainText(more), '');
        const pre = e.hasAttribute('data-pre-plain-text') ? e : q('[data-pre-plain-text]', e);
        const idNode = e.hasAttribute('data-id') ? e : q('[data-id]', e);
        return { text: text, status: statusOf(icon), tick: tickOf(icon), truncated: !!more, more: more,
                 id: idNode ? idNode.getAttribute('data-id') : '',
                 at: pre ? sentAt(pre.getAttribute('data-pre-plain-text')) : 0 };
    }
    // The outermost matches of `selector` (a bubble may match on several nested elements).
    function outermost(selector) {
        const all = qa(selector);
        return all.filter(e => !all.some(o => o !== e && o.contains(e)));
    }
    // Outgoing messages of the open chat, oldest first.
    function outgoing() {
        return outermost(SEL.outgoingMessage).map(describe);
    }
    // Every message of the open chat in the order shown, each described with `incoming` set.
    function conversation() {
        const incoming = outermost(SEL.incomingMessage);
        const outgoingNodes = outermost(SEL.outgoingMessage);
        const nodes = incoming.concat(outgoingNodes).filter((e, i, list) => !list.some(o => o !== e && o.contains(e)));
        nodes.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) ? -1 : 1);
        return nodes.map(e => Object.assign(describe(e), { incoming: incoming.indexOf(e) >= 0 }));
    }
    // What a status icon says of a message that went out: 'read' (two blue ticks), 'delivered'
    // (two grey ticks), 'sent', 'pending' or '' (unknown). Read and delivered share the icon;
    // the read one says so in its label (readLabels), or has an icon name of its own (readIcons).
    function tickOf(icon) {
        if (!icon) return '';
        const label = fold(icon.getAttribute('aria-label') || '');
        const name = icon.getAttribute('data-icon') || '';
        if ([].concat(SEL.readLabels || []).some(l => fold(l) === label) ||
            [].concat(SEL.readIcons || []).indexOf(name) >= 0) return 'read';
        let status = statusOf(icon);
        // The chat list names its icons status-* where messages say msg-*.
        if (status.indexOf('status-') === 0) status = 'msg-' + status.slice(7);
        if (status.indexOf('msg-dblcheck') === 0) return 'delivered';
        if (status.indexOf('msg-check') === 0) return 'sent';
        if (status.indexOf('msg-time') === 0) return 'pending';
        return '';
    }
    // A status icon's state as WhatsApp's msg-* icon name. Newer pages may name their icons
    // differently but keep the spoken label (" Sent ", " Delivered ", ...): statusLabels maps it.
    function statusOf(icon) {
        if (!icon) return '';
        const name = icon.getAttribute('data-icon') || '';
        if (name.indexOf('msg-') === 0) return name;
        const labels = SEL.statusLabels || {};
        const label = icon.getAttribute('aria-label') || '';
        for (const key of Object.keys(labels)) {
            if (fold(key) === fold(label)) return labels[key];
        }
        return name;
    }
    // Shown on screen (not a template kept hidden in the DOM).
    function visible(node) {
        return !!node && node.getClientRects().length > 0;
    }
    function textOf(node, max) {
        return String(node ? node.textContent : '').replace(/\s+/g, ' ').trim().slice(0, max || 300);
    }
    // The text of the first open dialog the app does not handle itself ("Use here", the invalid
    // number) and that is not one of WhatsApp's passing progress pop-ups ("Starting chat" while a
    // deep link opens), '' when none: a send is never pressed under it.
    function unknownDialogText() {
        const known = [].concat(SEL.useHereText || [], SEL.invalidPhoneText || [], SEL.transientDialogTexts || [])
            .map(fold).filter(t => t);
        for (const d of qa(SEL.dialog)) {
            if (!visible(d)) continue;
            const shown = fold(d.textContent);
            if (known.some(k => shown.indexOf(k) >= 0)) continue;
            return textOf(d) || '(a dialog without text)';
        }
        return '';
    }
    // The text of a notice WhatsApp shows about this account (limit, restriction, ban), '' when
    // none. Looked for in dialogs, alerts and banners, never in messages or chat previews (a lead
    // may write anything), and in the whole page when WhatsApp replaced the app with it.
    function restrictionText() {
        const wants = [].concat(SEL.restrictionTexts || []).map(fold).filter(t => t);
        if (!wants.length) return '';
        const inMessages = n => (SEL.messageList && n.closest(SEL.messageList)) || (SEL.chatList && n.closest(SEL.chatList));
        const places = qa(SEL.dialog).concat(qa(SEL.noticeContainer)).filter(n => visible(n) && !inMessages(n));
        if (!q(SEL.chatList) && !q(SEL.mainPanel) && document.body) places.push(document.body);
        for (const place of places) {
            const shown = fold(place.textContent);
            if (wants.some(w => shown.indexOf(w) >= 0)) return textOf(place);
        }
        return '';
    }
    // WhatsApp Web's "works with Google Chrome NN+" page instead of the app.
    function refusal() {
        const wants = [].concat(SEL.refusalText || []).map(fold).filter(t => t);
        if (!wants.length || !document.body || q(SEL.chatList) || q(SEL.qrContainer)) return null;
        const shown = fold(document.body.textContent);
        if (!wants.some(w => shown.indexOf(w) >= 0)) return null;
        return { text: textOf(document.body, 200), link: !!q(SEL.refusalLink) };
    }
    // WhatsApp's "Click to reload QR code": by selector, or by its text inside the QR box.
    function qrReloadButton() {
        const hit = q(SEL.qrReloadButton);
        if (hit) return hit;
        const box = q(SEL.qrContainer);
        return box && SEL.qrReloadText ? buttonWithText(box, SEL.qrReloadText) : null;
    }
    // What the page shows, for the connection state (observer.js, the doctor). Never message text.
    function snapshot() {
        const qrBox = q(SEL.qrContainer);
        let wid = '';
        // last-wid-md (multi-device); older pages kept only last-wid.
        try {
            wid = localStorage.getItem(SEL.widStorageKey) ||
                (SEL.widFallbackKey ? localStorage.getItem(SEL.widFallbackKey) : '') || '';
        } catch (e) { wid = ''; }
        let invalidated = false;
        try {
            invalidated = !!SEL.invalidatedStorageKey && localStorage.getItem(SEL.invalidatedStorageKey) !== null;
        } catch (e) { invalidated = false; }
        const refused = refusal();
        return {
            // Without the query: a deep link's text= is message text.
            url: location.origin + location.pathname,
            title: document.title,
            qr: !!(q(SEL.qrCanvas) || qrBox),
            qrRef: qrBox ? (qrBox.getAttribute('data-ref') || '') : '',
            qrReload: !!qrReloadButton(),
            progress: !!q(SEL.progress),
            chatList: !!(q(SEL.chatList) || q(SEL.side)),
            phoneOffline: !!q(SEL.phoneOffline),
            computerOffline: !!q(SEL.computerOffline),
            conflict: !!dialogWith(SEL.useHereText),
            invalidPhone: !!dialogWith(SEL.invalidPhoneText),
            loggedOutUrl: !!SEL.loggedOutParam && location.search.indexOf(SEL.loggedOutParam) >= 0,
            wid: wid,
            chatOpen: !!q(SEL.mainPanel),
            editor: !!q(SEL.editor),
            invalidated: invalidated,
            refused: !!refused,
            refusalLink: !!refused && refused.link,
            // WhatsApp's own texts (dialogs, notices), never message text.
            dialog: unknownDialogText(),
            restriction: restrictionText(),
        };
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
             outgoing, conversation, describe, tickOf, compare, chatLoaded, sentAt, statusOf, visible, unknownDialogText, restrictionText,
             refusal, qrReloadButton, snapshot, fold };
})
