#pragma once

#include "ClockTimer.h"
#include "ConnectionState.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>
#include <QUrl>
#include <QVariant>
#include <functional>

class PageHost;

// One request a session runs on its page (a send, a verification, a follow-up look) through the
// narrow PageHost: waits for the session to be usable (waking it), opens the job's deep link, then polls the
// page with resource scripts until the subclass finishes or the explicit timeout fires (on the host's
// clock). One job at a time per session.
class PageJob : public QObject
{
    Q_OBJECT
public:
    PageJob(PageHost* host, int timeoutMs, QObject* parent = nullptr);

    void start();
    // The session cannot go on (renderer crashed, profile wiped, session removed).
    virtual void abort(const QString& reason) = 0;
    bool isDone() const { return m_done; }

protected:
    enum class Readiness
    {
        Ready,
        Wait, // may become usable (loading, syncing, hibernated, unreachable, error)
        Never // needs a person (QR, logout, conflict, wrong number, phone offline)
    };
    static Readiness readiness(const PageHost* host);

    virtual QUrl targetUrl() const = 0;
    // False: the job reads the page as it is (e.g. the chat list) instead of opening targetUrl.
    virtual bool navigates() const { return true; }
    // The session will not become usable: finish with the right outcome.
    virtual void sessionUnusable(ConnectionState state) = 0;
    // The deep link could not be loaded.
    virtual void pageFailed() = 0;
    // Called every poll interval once the deep link has loaded (never while a probe is running).
    virtual void poll() = 0;
    virtual void timedOut() = 0;
    // State changes after the deep link was opened.
    virtual void stateChangedWhileOpen(ConnectionState state) { Q_UNUSED(state) }

    // Runs a resource script; the callback gets its result (an invalid QVariant when the page is
    // gone). Polling pauses until the callback has run.
    void probe(const QString& script, const QJsonObject& args,
               const std::function<void(const QVariant&)>& callback);
    // Stops every timer; the subclass emits its result right after.
    void finishJob();
    // Gives the next phase the full timeout again (e.g. WhatsApp's confirmation after Send, which
    // must not inherit what waking and loading the page used up).
    void restartTimeout();

    PageHost* m_host;

private:
    void evaluate();
    void open();
    void tick();

    // The job's deadline decides its outcome: on the injected clock.
    ClockTimer m_timeout;
    // Only paces re-reading the page (each tick looks again, decides nothing by itself): real time,
    // so a job on a clock that tests hold still still sees the page change.
    QTimer m_poll;
    bool m_opened = false;
    bool m_loaded = false;
    bool m_probing = false;
    bool m_done = false;
    int m_timeoutMs;
};
