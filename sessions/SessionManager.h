#pragma once

#include "ChannelProvider.h"
#include "SdrRecord.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <QVector>

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
    MessageChannel* channelFor(const QString& sdrId) override;

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

    ProfileStore* profileStore() const { return m_profiles; }
    PageProbe* pageProbe() const { return m_probe; }

signals:
    void sessionAdded(WhatsAppSession* session);
    void sessionAboutToBeRemoved(WhatsAppSession* session);
    void sessionRemoved(const QString& sdrId);
    void disconnected(const QString& sdrId, bool ok);
    void sdrRemoved(const QString& sdrId, bool ok);

private:
    void enforceAwakeCap(WhatsAppSession* keep);

    Settings* m_settings;
    const Clock* m_clock;
    ProfileStore* m_profiles;
    PageProbe* m_probe;
    SdrRepository* m_sdrs = nullptr;
    QHash<QString, WhatsAppSession*> m_sessions;
    QTimer m_tick;
    bool m_openExternalLinks = true;
    int m_keepAliveWakes = 0;
};
