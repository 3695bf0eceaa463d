#include "PageJob.h"

#include "PageHost.h"
#include "SessionsLogging.h"

#include <QPointer>
#include <QTimer>

namespace {
constexpr int kPollMs = 250;
}

PageJob::PageJob(PageHost* host, int timeoutMs, QObject* parent)
    : QObject(parent)
    , m_host(host)
    , m_timeout(host->clock())
    , m_timeoutMs(timeoutMs)
{
    connect(&m_timeout, &ClockTimer::timeout, this, [this] {
        if (m_done)
            return;
        qCInfo(lcSession) << m_host->sdrId() << "page job timed out";
        timedOut();
    });
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &PageJob::tick);
}

PageJob::Readiness PageJob::readiness(const PageHost* host)
{
    if (host->isReadyToSend())
        return Readiness::Ready;
    switch (host->state()) {
    case ConnectionState::Loading:
    case ConnectionState::Syncing:
    case ConnectionState::Hibernated:
    case ConnectionState::Unreachable:
    case ConnectionState::Error:
    case ConnectionState::Connected: // connected but the linked number is not known yet
        return Readiness::Wait;
    default:
        return Readiness::Never;
    }
}

void PageJob::start()
{
    m_timeout.startIn(m_timeoutMs);
    connect(m_host, &PageHost::stateChanged, this, [this](ConnectionState state) {
        if (m_done)
            return;
        if (m_opened)
            stateChangedWhileOpen(state);
        else
            evaluate();
    });
    connect(m_host, &PageHost::pageLoadFinished, this, [this](bool ok) {
        if (m_done || !m_opened || m_loaded)
            return;
        if (!ok) {
            pageFailed();
            return;
        }
        m_loaded = true;
        m_poll.start();
    });
    // Never answer inside send()/verifySent(): callers get their signal from the event loop.
    QTimer::singleShot(0, this, &PageJob::evaluate);
}

void PageJob::evaluate()
{
    if (m_done || m_opened)
        return;
    switch (readiness(m_host)) {
    case Readiness::Ready:
        open();
        break;
    case Readiness::Wait:
        m_host->wake();
        break;
    case Readiness::Never:
        sessionUnusable(m_host->state());
        break;
    }
}

void PageJob::open()
{
    m_opened = true;
    if (navigates()) {
        m_host->navigate(targetUrl());
        return;
    }
    m_loaded = true;
    m_poll.start();
}

void PageJob::tick()
{
    if (m_done || m_probing)
        return;
    poll();
}

void PageJob::probe(const QString& script, const QJsonObject& args,
                    const std::function<void(const QVariant&)>& callback)
{
    m_probing = true;
    QPointer<PageJob> self(this);
    m_host->runProbe(script, args, [self, callback](const QVariant& result) {
        if (!self || self->m_done)
            return;
        self->m_probing = false;
        callback(result);
    });
}

void PageJob::finishJob()
{
    m_done = true;
    m_timeout.stop();
    m_poll.stop();
}

void PageJob::restartTimeout()
{
    if (!m_done)
        m_timeout.startIn(m_timeoutMs);
}
