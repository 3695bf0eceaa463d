// For sdr-sender --doctor: how every key of the selector pack fares on this page, plus the page's
// state and, when ARGS.text is given (the SDR's own chat opened by the deep link, nothing sent),
// the compose box. ARGS.kinds: key -> 'selector' | 'text' | 'storage' | 'setting'. Reports counts
// and WhatsApp's own texts only, never message text.
(function (SEL, ARGS, H) {
    // "a, b[x=','], c:is(d, e)" -> ["a", "b[x=',']", "c:is(d, e)"]
    function alternatives(selector) {
        const out = [];
        let depth = 0, quote = '', current = '';
        for (const c of String(selector || '')) {
            if (quote) { if (c === quote) quote = ''; }
            else if (c === '"' || c === "'") quote = c;
            else if (c === '(' || c === '[') ++depth;
            else if (c === ')' || c === ']') --depth;
            else if (c === ',' && depth === 0) { out.push(current.trim()); current = ''; continue; }
            current += c;
        }
        if (current.trim()) out.push(current.trim());
        return out;
    }
    const page = H.fold(document.body ? document.body.textContent : '');
    const keys = {};
    for (const key of Object.keys(SEL)) {
        if (key.charAt(0) === '_') continue;
        const value = SEL[key];
        const kind = (ARGS.kinds || {})[key] || (typeof value === 'string' ? 'selector' : 'setting');
        if (kind === 'selector') {
            const alts = alternatives(value).map(function (selector) {
                try { return { selector: selector, count: document.querySelectorAll(selector).length, valid: true }; }
                catch (e) { return { selector: selector, count: 0, valid: false }; }
            });
            // Elements, not alternatives: two alternatives naming the same element count it once.
            let count = 0;
            try { count = document.querySelectorAll(value).length; } catch (e) { count = 0; }
            keys[key] = { kind: kind, count: count, valid: alts.every(a => a.valid),
                          matched: alts.filter(a => a.count > 0).map(a => a.selector) };
        } else if (kind === 'text') {
            const found = [].concat(value || []).filter(t => H.fold(t) && page.indexOf(H.fold(t)) >= 0);
            keys[key] = { kind: kind, count: found.length, valid: true, matched: found };
        } else if (kind === 'storage') {
            let present = false;
            try { present = !!value && localStorage.getItem(value) !== null; } catch (e) { present = false; }
            keys[key] = { kind: kind, count: present ? 1 : 0, valid: true, matched: present ? [value] : [] };
        } else {
            keys[key] = { kind: kind, count: 0, valid: true, matched: [] };
        }
    }
    let compose = null;
    if (ARGS.text) {
        const editor = H.q(SEL.editor);
        compose = { editor: !!editor, prefilled: !!editor && H.sameText(H.editorText(editor), ARGS.text),
                    sendButton: !!H.sendButton() };
    }
    return { url: location.origin + location.pathname, snapshot: H.snapshot(), keys: keys, compose: compose };
})
