// The person chose "Use here" in SDR Sender: clicks that button of WhatsApp's conflict dialog.
(function (SEL, ARGS, H) {
    const dialog = H.dialogWith(SEL.useHereText);
    const button = dialog && H.buttonWithText(dialog, SEL.useHereText);
    if (!button) return false;
    button.click();
    return true;
})
