// Presses Send once, only if the compose box holds exactly the message (ARGS.text, JSON data) and
// no dialog is open over the chat.
// Returns how many outgoing messages with that text (before) and in all (rows) the chat showed
// before, and the id of the newest one (lastId), so the caller can watch for the new one.
(function (SEL, ARGS, H) {
    const editor = H.q(SEL.editor);
    if (!editor) return { pressed: false, reason: 'no_editor' };
    if (!H.sameText(H.editorText(editor), ARGS.text)) return { pressed: false, reason: 'editor_mismatch' };
    // Never press under a dialog: it may be a warning about this account.
    const dialog = H.unknownDialogText() || H.restrictionText();
    if (dialog) return { pressed: false, reason: 'dialog_open', dialog: dialog };
    const shown = H.outgoing();
    const before = shown.filter(m => H.compare(m, ARGS.text) !== '').length;
    const lastId = shown.length ? shown[shown.length - 1].id : '';
    const button = H.sendButton();
    if (button) {
        button.click();
    } else {
        editor.focus();
        editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true }));
    }
    return { pressed: true, before: before, rows: shown.length, lastId: lastId, via: button ? 'button' : 'enter' };
})
