#pragma once

#include "FakeWhatsAppServer.h"

class WhatsAppSession;

// The simulated WhatsApp Web made as heavy as the real one for benchmarks: every app page also loads
// heavy/retain.js, which keeps about 150 MB of live JavaScript objects. Benchmarks only; the demo
// and the tests use the light page.
class HeavyWhatsAppServer : public FakeWhatsAppServer
{
    Q_OBJECT
public:
    explicit HeavyWhatsAppServer(QObject* parent = nullptr);

    // Off: the light page, for a like-for-like comparison in one run.
    void setHeavy(bool heavy) { m_heavy = heavy; }
    // Whether the session's awake page has built all its objects (waits for the page's answer).
    static bool retainDone(WhatsAppSession* session);

protected:
    Response respond(const Request& request) override;

private:
    bool m_heavy = true;
};
