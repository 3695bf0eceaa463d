#pragma once

#include "ChannelProvider.h"
#include "ClockTimer.h"
#include "RendererUsage.h"
#include "SdrRecord.h"
#include "SessionUsage.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <QVector>

class ActivityLog;
class Clock;
class PageProbe;
class ProfileStore;
class SdrRepository;
class Settings;
class WhatsAppSession;

// Holds one WhatsAppSession per SDR and owns the hibernation policy: a session with no work that is
// not on screen is frozen after HibernateIdleSecs and discarded DiscardAfterSecs later (0 = at
// once); at most MaxAwakeSessions are awake (the least recently used idle one is hibernated first;
// a session that is sending never is). Sessions wake on requestWake() or when shown.
// It also samples what each awake session's renderer costs (memory, CPU) and gives a fresh renderer
// to a session whose page grew past session_reload_memory_mb or has been awake longer than
// session_max_awake_h, as soon as it is idle (never during a send or another page job).
class SessionManager : public QObject, public ChannelProvider
{
    Q_OBJECT
public:
    SessionManager(const QString& dataDir, Settings* settings, const Clock* clock, QObject* parent = nullptr);
    ~SessionManager() override;

    // Creates (and starts) the SDR's session, or updates its record. nullptr when the SDR id cannot
    // be a profile name.
    WhatsAppSession* ensureSession(const SdrRecord& sdr);
    // Stops and deletes the session; its profile stays on disk.
    void removeSession(const QString& sdrId);
    WhatsAppSession* session(const QString& sdrId) const;
    QVector<WhatsAppSession*> sessions() const;
    // ChannelProvider: the core (SenderEngine) drives the lifecycle through these. Every session's
    // state and details changes, and its coming and going, are told to the provider's listeners.
    MessageChannel* channelFor(const QString& sdrId) override;
    bool ensureChannel(const SdrRecord& sdr) override { return ensureSession(sdr) != nullptr; }
    void releaseChannel(const QString& sdrId) override { removeSession(sdrId); }

    // Disconnect: logs out (best effort) and wipes the SDR's profile; the session starts again at
    // the QR. Emits disconnected(sdrId, ok).
    void disconnectSession(const QString& sdrId);
    // Remove: disconnect, delete the session and, when an SdrRepository is set, the SDR's record.
    void removeSdr(const QString& sdrId);
    // Also follows its changes: a running session takes a changed record (a corrected expected
    // number) at once, not at the next start.
    void setSdrRepository(SdrRepository* sdrs);

    // Links that leave WhatsApp open in the system browser (default on; tests turn it off).
    void setOpenExternalLinks(bool open) { m_openExternalLinks = open; }

    // Applies the hibernation policy now (also runs every second).
    void evaluateHibernation();
    int awakeCount() const;
    // Sleeping linked sessions woken so WhatsApp keeps the device linked (keepalive_wake_s).
    int keepAliveWakes() const { return m_keepAliveWakes; }

    // Where the reload policy writes what it did (optional).
    void setActivityLog(ActivityLog* activity) { m_activity = activity; }
    // Reads every awake session's renderer now (also runs every UsageSampleMs), emits usageSampled
    // and marks sessions over the memory limit for a reload.
    void sampleUsage();
    // The latest sample per SDR with a session.
    SessionUsageMap sessionUsage() const { return m_usage; }
    // Fresh renderers given by the reload policy so far.
    int policyReloads() const { return m_policyReloads; }
    static constexpr int UsageSampleMs = 20 * 1000;
    // How often (on the injected clock) idle sessions are looked at for hibernation.
    static constexpr int HibernationTickMs = 1000;

    ProfileStore* profileStore() const { return m_profiles; }
    PageProbe* pageProbe() const { return m_probe; }

signals:
    void sessionAdded(WhatsAppSession* session);
    void sessionAboutToBeRemoved(WhatsAppSession* session);
    void sessionRemoved(const QString& sdrId);
    void disconnected(const QString& sdrId, bool ok);
    void sdrRemoved(const QString& sdrId, bool ok);
    void usageSampled();
    // The reload policy gave the session a fresh renderer; reason is for people (already logged).
    void sessionReloaded(const QString& sdrId, const QString& reason);

private:
    void enforceAwakeCap(WhatsAppSession* keep);
    void applyReloadPolicy();

    Settings* m_settings;
    const Clock* m_clock;
    ProfileStore* m_profiles;
    PageProbe* m_probe;
    SdrRepository* m_sdrs = nullptr;
    QHash<QString, WhatsAppSession*> m_sessions;
    ClockTimer m_tick;
    bool m_openExternalLinks = true;
    int m_keepAliveWakes = 0;

    ActivityLog* m_activity = nullptr;
    RendererUsage m_reader;
    QTimer m_sampleTimer;
    QElapsedTimer m_sampleClock; // CPU time is measured against real time, not the injected clock
    struct CpuMark
    {
        qint64 pid = 0;
        qint64 ticks = -1;
        qint64 atMs = 0;
    };
    QHash<QString, CpuMark> m_cpuMarks;
    SessionUsageMap m_usage;
    QHash<QString, QString> m_reloadDue; // SDR id -> why (for the log), until it is reloaded
    int m_policyReloads = 0;
};
