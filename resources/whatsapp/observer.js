// Reports what the WhatsApp Web page shows to SDR Sender through QWebChannel (object "sdrBridge"),
// within ~100 ms of any DOM change (MutationObserver), plus a slow safety tick for changes the DOM
// does not show (localStorage). Never reports message text.
(function (SEL, ARGS, H) {
    'use strict';
    if (window.__sdrObserver) return;
    let bridge = null;
    let last = '';
    let pending = 0;

    function snapshot() {
        const qrBox = H.q(SEL.qrContainer);
        let wid = '';
        // last-wid-md (multi-device); older pages kept only last-wid.
        try {
            wid = localStorage.getItem(SEL.widStorageKey) ||
                (SEL.widFallbackKey ? localStorage.getItem(SEL.widFallbackKey) : '') || '';
        } catch (e) { wid = ''; }
        return {
            // Without the query: a deep link's text= is message text.
            url: location.origin + location.pathname,
            title: document.title,
            qr: !!(H.q(SEL.qrCanvas) || qrBox),
            qrRef: qrBox ? (qrBox.getAttribute('data-ref') || '') : '',
            qrReload: !!H.q(SEL.qrReloadButton),
            progress: !!H.q(SEL.progress),
            chatList: !!(H.q(SEL.chatList) || H.q(SEL.side)),
            phoneOffline: !!H.q(SEL.phoneOffline),
            computerOffline: !!H.q(SEL.computerOffline),
            conflict: !!H.dialogWith(SEL.useHereText),
            invalidPhone: !!H.dialogWith(SEL.invalidPhoneText),
            loggedOutUrl: !!SEL.loggedOutParam && location.search.indexOf(SEL.loggedOutParam) >= 0,
            wid: wid,
            chatOpen: !!H.q(SEL.mainPanel),
            editor: !!H.q(SEL.editor),
        };
    }
    function report(force) {
        pending = 0;
        if (!bridge) return;
        const text = JSON.stringify(snapshot());
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
