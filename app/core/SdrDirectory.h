#pragma once

#include "Backoff.h"
#include "ClockTimer.h"
#include "SdrRecord.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QSet>

class ActivityLog;
class Clock;
class CrmClient;
class SdrRepository;
class Settings;
struct CrmResponse;

// Which SDRs the app serves. With a CRM: its SDR list (contract §1), fetched at start and then with
// the queue cadence (the global poll interval, bounded to [15 s, 60 s]), is written to the store
// (SdrRepository::upsert, source "crm"); an SDR that disappears from the list is set inactive (its
// profile and history are kept). When the CRM names an SDR that is not served here (noteSdrId), the
// list is read at once. Without a CRM: the active SDRs kept in the local store. Either way
// sdrActivated/sdrDeactivated tell the engine (and the session side) when to start or stop serving
// an SDR. Its cadence, backoff and the gaps between early reads are measured on the injected clock.
class SdrDirectory : public QObject
{
    Q_OBJECT
public:
    // The list is never read more often than this on the timer (the CRM must not be hammered)...
    static constexpr int kMinRefreshMs = 15 * 1000;
    // ...nor less often than this (the fixed minute of earlier versions).
    static constexpr int kMaxRefreshMs = 60 * 1000;
    // Reads caused by an unknown SDR id come at least this far apart (from the previous read's start),
    static constexpr int kMinEarlyGapMs = 5 * 1000;
    // and the same unknown id causes one at most this often.
    static constexpr int kUnknownIdRetryMs = 5 * 60 * 1000;

    SdrDirectory(SdrRepository* sdrs, CrmClient* crm, const Clock* clock, ActivityLog* activity = nullptr,
                 QObject* parent = nullptr);

    // The list's cadence for a queue poll interval: the same, bounded to [kMinRefreshMs, kMaxRefreshMs].
    static int refreshIntervalFor(int pollIntervalSecs);

    void start();
    void stop();
    // Fetch the CRM's list now (no-op without a CRM); while a read is in flight, once more after it.
    void refresh();
    // The cadence follows the global poll interval of these settings (read before every wait).
    void setSettings(const Settings* settings) { m_settings = settings; }
    // A fixed cadence instead (tests); 0 returns to the settings' cadence.
    void setRefreshIntervalMs(int ms) { m_fixedRefreshMs = ms; }
    int refreshIntervalMs() const;
    // Something from the CRM (a queue poll, a feed) named this SDR: when it is not served here, the
    // list is read at once (a new or re-activated SDR gets its session without waiting for the timer),
    // unless the CRM is failing or asked to wait (the backoff decides then).
    void noteSdrId(const QString& sdrId);
    QStringList activeSdrIds() const;
    bool usesCrm() const { return m_crm != nullptr; }
    // The Sender API version the CRM's SDR list announced ("1.1"); empty for a v1 CRM (no
    // api_version) or before the first list.
    QString apiVersion() const { return m_apiVersion; }

    // Parses the SDR list; false (and *error) for an unknown shape. Invalid entries are skipped
    // and counted in *skipped.
    static bool parseSdrList(const QByteArray& body, QVector<SdrRecord>* sdrs, QString* error, int* skipped);

signals:
    void sdrActivated(const SdrRecord& sdr);
    void sdrDeactivated(const QString& sdrId);
    void refreshed(bool ok, const QString& error);

private:
    void apply(const CrmResponse& response);
    void reconcile();
    void refreshSoon();

    SdrRepository* m_sdrs;
    CrmClient* m_crm;
    ActivityLog* m_activity;
    const Clock* m_clock;
    const Settings* m_settings = nullptr;
    ClockTimer m_timer;
    Backoff m_backoff;
    QSet<QString> m_active;
    bool m_running = false;
    bool m_inFlight = false;
    bool m_refreshAgain = false; // asked for while a read was in flight
    int m_fixedRefreshMs = 0;
    QDateTime m_lastReadStart;            // on m_clock; invalid before the first read
    QHash<QString, QDateTime> m_lookedUp; // unknown SDR id -> when it caused a read
    QString m_apiVersion;
};
