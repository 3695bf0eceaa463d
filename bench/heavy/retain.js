// Benchmarks only (never shipped): makes the simulated WhatsApp Web as heavy as the real one, which
// keeps about 150 MB of live JavaScript objects (chats, messages, contacts, media metadata) once it
// has loaded. Objects are built in slices after the app starts, like the real page's sync, and kept
// reachable from window for the page's whole life. The count is fixed (performance.memory is
// bucketed and cached for minutes without --enable-precise-memory-info, so it cannot steer this);
// it was calibrated with bench/session_memory: a renderer PSS about 150 MB above the light page's.
(function () {
    'use strict';
    const objectCount = 470000;
    const sliceSize = 20000;
    const store = { messages: [], done: false, objects: 0 };
    window.__sdrHeavy = store;

    function slice() {
        const base = store.objects;
        for (let i = 0; i < sliceSize; ++i) {
            const n = base + i;
            store.messages.push({
                id: 'msg_' + n,
                chat: 'chat_' + (n % 997),
                text: 'Message ' + n + ' ' + Math.random().toString(36).slice(2).repeat(6),
                ts: Date.now() - n * 1000,
                read: (n & 1) === 0,
                tags: [n % 7, n % 13],
            });
        }
        store.objects += sliceSize;
        if (store.objects >= objectCount)
            store.done = true;
        else
            next();
    }
    // Yield between slices through a message port, not setTimeout: a hidden page's timers are
    // throttled (1 s, and once a minute after 5 minutes hidden), its messages are not, as the real
    // page's network and IndexedDB callbacks are not.
    const channel = new MessageChannel();
    channel.port1.onmessage = slice;
    const next = () => channel.port2.postMessage(0);
    next();
})();
