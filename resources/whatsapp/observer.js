// Reports what the WhatsApp Web page shows to SDR Sender through QWebChannel (object "sdrBridge"),
// within ~100 ms of any DOM change (MutationObserver), plus a slow safety tick for changes the DOM
// does not show (localStorage). Never reports message text.
(function (SEL, ARGS, H) {
    'use strict';
    if (window.__sdrObserver) return;
    let bridge = null;
    let last = '';
    let pending = 0;

    function report(force) {
        pending = 0;
        if (!bridge) return;
        const text = JSON.stringify(H.snapshot());
        if (!force && text === last) return;
        last = text;
        bridge.report(text);
    }
    function schedule() {
        if (!pending) pending = setTimeout(report, 100);
    }
    new QWebChannel(qt.webChannelTransport, function (channel) {
        bridge = channel.objects.sdrBridge;
        report(true);
    });
    new MutationObserver(schedule).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    setInterval(report, 1500);
    window.__sdrObserver = { reportNow: function () { report(true); } };
})
