// WhatsApp Web refused the browser: a stale service worker can serve that page from its cache.
// Unregisters every service worker of the page's origin (the caller reloads a moment later).
// Returns whether the API was there.
(function (SEL, ARGS, H) {
    if (!navigator.serviceWorker || !navigator.serviceWorker.getRegistrations) return false;
    navigator.serviceWorker.getRegistrations().then(function (registrations) {
        registrations.forEach(function (r) { r.unregister(); });
    }).catch(function () {});
    return true;
})
