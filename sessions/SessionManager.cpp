#include "SessionManager.h"

#include "ActivityLog.h"
#include "Clock.h"
#include "PageProbe.h"
#include "ProfileStore.h"
#include "SdrRepository.h"
#include "SessionsLogging.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "WhatsAppSession.h"

#include <QDesktopServices>
#include <algorithm>

SessionManager::SessionManager(const QString& dataDir, Settings* settings, const Clock* clock,
                               QObject* parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(clock)
    , m_profiles(new ProfileStore(dataDir, this))
    , m_probe(new PageProbe(dataDir, this))
    , m_tick(clock)
{
    // Each second of the injected clock: on a clock tests move, idle time passes only when they
    // move it, and so does the look at it.
    connect(&m_tick, &ClockTimer::timeout, this, [this] {
        m_tick.startIn(HibernationTickMs);
        evaluateHibernation();
    });
    m_tick.startIn(HibernationTickMs);
    m_sampleClock.start();
    m_sampleTimer.setInterval(UsageSampleMs);
    connect(&m_sampleTimer, &QTimer::timeout, this, &SessionManager::sampleUsage);
    m_sampleTimer.start();
}

SessionManager::~SessionManager()
{
    // Sessions delete their pages before their profiles; do it before the probe goes.
    const auto all = m_sessions.values();
    m_sessions.clear();
    qDeleteAll(all);
}

void SessionManager::setSdrRepository(SdrRepository* sdrs)
{
    if (m_sdrs)
        disconnect(m_sdrs, nullptr, this, nullptr);
    m_sdrs = sdrs;
    if (!m_sdrs)
        return;
    connect(m_sdrs, &SdrRepository::sdrChanged, this, [this](const QString& id) {
        WhatsAppSession* session = m_sessions.value(id);
        if (!session)
            return;
        if (const auto sdr = m_sdrs->find(id);
            sdr && (sdr->expectedPhone != session->sdr().expectedPhone || sdr->name != session->sdr().name)) {
            qCInfo(lcSession) << id << "takes its changed record (expected number, name)";
            session->setSdr(*sdr);
        }
    });
}

WhatsAppSession* SessionManager::ensureSession(const SdrRecord& sdr)
{
    if (WhatsAppSession* existing = m_sessions.value(sdr.id)) {
        existing->setSdr(sdr);
        notifyChannelChanged(sdr.id); // a changed record may change its readiness (expected number)
        return existing;
    }
    if (ProfileStore::directoryNameFor(sdr.id).isEmpty()) {
        qCWarning(lcSession) << "refused a session for an SDR id that cannot be a profile name";
        return nullptr;
    }
    auto* session = new WhatsAppSession(sdr, m_profiles, m_probe, m_settings, m_clock, this);
    m_sessions.insert(sdr.id, session);
    connect(session, &WhatsAppSession::awakeChanged, this, [this, session](bool awake) {
        if (awake)
            enforceAwakeCap(session);
    });
    connect(session, &WhatsAppSession::externalLinkRequested, this, [this](const QUrl& url) {
        if (m_openExternalLinks)
            QDesktopServices::openUrl(url);
    });
    // The core learns of every change of the channel through the provider, from here only.
    const QString sdrId = sdr.id;
    connect(session, &MessageChannel::stateChanged, this, [this, sdrId] { notifyChannelChanged(sdrId); });
    connect(session, &MessageChannel::detailsChanged, this, [this, sdrId] { notifyChannelChanged(sdrId); });
    if (!session->start()) {
        qCWarning(lcSession) << "cannot start the session of" << sdr.id << ":" << session->lastError();
    }
    emit sessionAdded(session);
    notifyChannelChanged(sdr.id);
    enforceAwakeCap(session);
    return session;
}

void SessionManager::removeSession(const QString& sdrId)
{
    WhatsAppSession* session = m_sessions.value(sdrId);
    if (!session)
        return;
    emit sessionAboutToBeRemoved(session);
    m_sessions.remove(sdrId);
    m_usage.remove(sdrId);
    m_cpuMarks.remove(sdrId);
    m_reloadDue.remove(sdrId);
    delete session;
    notifyChannelChanged(sdrId);
    emit sessionRemoved(sdrId);
}

WhatsAppSession* SessionManager::session(const QString& sdrId) const
{
    return m_sessions.value(sdrId);
}

QVector<WhatsAppSession*> SessionManager::sessions() const
{
    QVector<WhatsAppSession*> list(m_sessions.begin(), m_sessions.end());
    std::sort(list.begin(), list.end(),
              [](const WhatsAppSession* a, const WhatsAppSession* b) { return a->sdrId() < b->sdrId(); });
    return list;
}

MessageChannel* SessionManager::channelFor(const QString& sdrId)
{
    return m_sessions.value(sdrId);
}

void SessionManager::disconnectSession(const QString& sdrId)
{
    WhatsAppSession* session = m_sessions.value(sdrId);
    if (!session) {
        // No session (e.g. inactive SDR): still wipe what is on disk.
        const bool ok = m_profiles->wipe(sdrId);
        QMetaObject::invokeMethod(
            this, [this, sdrId, ok] { emit disconnected(sdrId, ok); }, Qt::QueuedConnection);
        return;
    }
    connect(
        session, &WhatsAppSession::wiped, this, [this, sdrId](bool ok) { emit disconnected(sdrId, ok); },
        Qt::SingleShotConnection);
    session->disconnectAndWipe(true);
}

void SessionManager::removeSdr(const QString& sdrId)
{
    auto finish = [this, sdrId](bool wipedOk) {
        removeSession(sdrId);
        bool ok = wipedOk && m_profiles->wipe(sdrId);
        if (m_sdrs)
            ok = m_sdrs->remove(sdrId) && ok;
        emit sdrRemoved(sdrId, ok);
    };
    WhatsAppSession* session = m_sessions.value(sdrId);
    if (!session) {
        QMetaObject::invokeMethod(this, [finish] { finish(true); }, Qt::QueuedConnection);
        return;
    }
    // Queued: the session is deleted in `finish`, not inside its own signal.
    connect(session, &WhatsAppSession::wiped, this, finish,
            Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
    session->disconnectAndWipe(false);
}

int SessionManager::awakeCount() const
{
    int count = 0;
    for (const WhatsAppSession* session : m_sessions) {
        if (session->isAwake())
            ++count;
    }
    return count;
}

void SessionManager::evaluateHibernation()
{
    const qint64 idleLimitMs = qint64(m_settings->intValue(SettingKeys::HibernateIdleSecs)) * 1000;
    const qint64 discardAfterMs = qint64(m_settings->intValue(SettingKeys::DiscardAfterSecs)) * 1000;
    const qint64 keepAliveMs = qint64(m_settings->intValue(SettingKeys::KeepAliveWakeSecs)) * 1000;
    const QDateTime now = m_clock->now();
    for (WhatsAppSession* session : std::as_const(m_sessions)) {
        if (session->isBusy() || session->isVisibleToUser() || !session->page())
            continue;
        const qint64 idleMs = session->lastActiveAt().msecsTo(now);
        if (!session->isAwake() && keepAliveMs > 0 && idleMs >= keepAliveMs &&
            !session->linkedPhone().isEmpty()) {
            // WhatsApp unlinks a device it has not seen for about 30 days: show it this one now and
            // then. It sleeps again after the idle time like any other session.
            qCInfo(lcHibernation) << session->sdrId() << "slept" << idleMs / 1000
                                  << "s: woken briefly so WhatsApp sees this linked device";
            ++m_keepAliveWakes;
            session->requestWake();
            continue;
        }
        if (session->isAwake() && idleMs >= idleLimitMs)
            session->hibernate();
        if (!session->isAwake() && !session->isDiscarded() && idleMs >= idleLimitMs + discardAfterMs)
            session->discard();
    }
    enforceAwakeCap(nullptr);
    applyReloadPolicy();
}

void SessionManager::sampleUsage()
{
    const qint64 nowMs = m_sampleClock.elapsed();
    const long ticksPerSecond = RendererUsage::ticksPerSecond();
    const qint64 memoryLimitKb = qint64(m_settings->intValue(SettingKeys::SessionReloadMemoryMb)) * 1024;
    for (WhatsAppSession* session : std::as_const(m_sessions)) {
        const QString id = session->sdrId();
        SessionUsage usage;
        usage.awake = session->isAwake();
        usage.pid = usage.awake ? session->renderProcessPid() : 0;
        usage.awakeSince = session->awakeSince();
        if (usage.pid <= 0) {
            // Asleep (no renderer) or one is still being started: nothing to measure.
            m_cpuMarks.remove(id);
            m_usage.insert(id, usage);
            continue;
        }
        const RendererUsage::Reading reading = m_reader.read(usage.pid);
        if (reading.ok) {
            usage.memoryKb = reading.memoryKb;
            usage.proportional = reading.proportional;
        }
        const CpuMark mark = m_cpuMarks.value(id);
        if (mark.pid == usage.pid)
            usage.cpuPercent =
                RendererUsage::cpuPercent(mark.ticks, reading.cpuTicks, nowMs - mark.atMs, ticksPerSecond);
        m_cpuMarks.insert(id, CpuMark{usage.pid, reading.cpuTicks, nowMs});
        m_usage.insert(id, usage);
        if (memoryLimitKb > 0 && usage.memoryKb > memoryLimitKb && !m_reloadDue.contains(id)) {
            const QString reason = tr("its page used %1 MB of memory (limit %2 MB)")
                                       .arg(usage.memoryKb / 1024)
                                       .arg(memoryLimitKb / 1024);
            qCInfo(lcHibernation) << id << "renderer uses" << usage.memoryKb / 1024 << "MB, over the limit of"
                                  << memoryLimitKb / 1024 << "MB: reloads when idle";
            m_reloadDue.insert(id, reason);
        }
    }
    emit usageSampled();
    applyReloadPolicy();
}

void SessionManager::applyReloadPolicy()
{
    const int maxAwakeHours = m_settings->intValue(SettingKeys::SessionMaxAwakeHours);
    const QDateTime now = m_clock->now();
    for (WhatsAppSession* session : std::as_const(m_sessions)) {
        const QString id = session->sdrId();
        const QDateTime since = session->awakeSince();
        if (maxAwakeHours > 0 && since.isValid() &&
            since.msecsTo(now) > qint64(maxAwakeHours) * 3600 * 1000 && !m_reloadDue.contains(id)) {
            m_reloadDue.insert(id, tr("it had been awake for %1 hours (limit %2 hours)")
                                       .arg(since.msecsTo(now) / (3600 * 1000))
                                       .arg(maxAwakeHours));
        }
        const auto due = m_reloadDue.constFind(id);
        if (due == m_reloadDue.constEnd())
            continue;
        if (!session->isAwake()) {
            // Fell asleep meanwhile: the renderer is gone anyway, and waking loads afresh.
            if (session->isDiscarded() || !session->page())
                m_reloadDue.erase(due);
            continue;
        }
        // Never during a send, a follow-up look or a lent page; never under the person's eyes. A
        // send asked for meanwhile waits for the reloaded page like after any wake.
        if (session->isBusy() || session->isVisibleToUser())
            continue;
        const QString reason = *due;
        if (!session->restartRenderer())
            continue;
        m_reloadDue.remove(id);
        m_cpuMarks.remove(id);
        ++m_policyReloads;
        qCInfo(lcHibernation) << id << "given a fresh renderer:" << reason;
        if (m_activity)
            m_activity->add(
                id, QStringLiteral("state"),
                tr("WhatsApp Web was reloaded for this SDR while idle: %1. The link is kept.").arg(reason));
        emit sessionReloaded(id, reason);
    }
}

void SessionManager::enforceAwakeCap(WhatsAppSession* keep)
{
    const int cap = qMax(1, m_settings->intValue(SettingKeys::MaxAwakeSessions));
    const qint64 discardAfterMs = qint64(m_settings->intValue(SettingKeys::DiscardAfterSecs)) * 1000;
    int awake = awakeCount();
    while (awake > cap) {
        WhatsAppSession* victim = nullptr;
        for (WhatsAppSession* session : std::as_const(m_sessions)) {
            if (session == keep || !session->isAwake() || session->isBusy() || session->isVisibleToUser())
                continue;
            if (!victim || session->lastActiveAt() < victim->lastActiveAt())
                victim = session;
        }
        if (!victim || !victim->hibernate())
            break; // everything awake is busy or on screen: the cap yields
        qCInfo(lcHibernation) << "awake cap" << cap << "reached: hibernated" << victim->sdrId();
        if (discardAfterMs == 0)
            victim->discard();
        --awake;
    }
}
