// Where a send stands after the deep link: invalid-number dialog, compose box, its text.
// ARGS.text: the message (JSON data).
(function (SEL, ARGS, H) {
    const editor = H.q(SEL.editor);
    return {
        invalid: !!H.dialogWith(SEL.invalidPhoneText),
        chatOpen: !!H.q(SEL.mainPanel),
        editor: !!editor,
        empty: !editor || H.editorText(editor).trim() === '',
        matches: !!editor && H.sameText(H.editorText(editor), ARGS.text),
        sendButton: !!H.sendButton(),
    };
})
