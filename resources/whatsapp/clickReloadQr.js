// Clicks WhatsApp's "Click to reload QR code" button. Returns whether there was one.
(function (SEL, ARGS, H) {
    const button = H.qrReloadButton();
    if (!button) return false;
    button.click();
    return true;
})
