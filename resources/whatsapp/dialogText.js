// The text of what stopped a send: an open dialog the app does not know, or a notice about the
// account. '' when nothing is shown (any more).
(function (SEL, ARGS, H) {
    return H.restrictionText() || H.unknownDialogText();
})
