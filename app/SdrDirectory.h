#pragma once

#include "Backoff.h"
#include "SdrRecord.h"

#include <QObject>
#include <QSet>
#include <QTimer>

class ActivityLog;
class CrmClient;
class SdrRepository;
struct CrmResponse;

// Which SDRs the app serves. With a CRM: its SDR list (contract §1), fetched at start and every
// refresh interval, is written to the store (SdrRepository::upsert, source "crm"); an SDR that
// disappears from the list is set inactive (its profile and history are kept). Without a CRM: the
// active SDRs kept in the local store. Either way sdrActivated/sdrDeactivated tell the engine (and
// the session side) when to start or stop serving an SDR.
class SdrDirectory : public QObject
{
    Q_OBJECT
public:
    SdrDirectory(SdrRepository* sdrs, CrmClient* crm, ActivityLog* activity = nullptr,
                 QObject* parent = nullptr);

    void start();
    void stop();
    // Fetch the CRM's list now (no-op without a CRM).
    void refresh();
    void setRefreshIntervalMs(int ms) { m_refreshMs = ms; }
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

    SdrRepository* m_sdrs;
    CrmClient* m_crm;
    ActivityLog* m_activity;
    QTimer m_timer;
    Backoff m_backoff;
    QSet<QString> m_active;
    bool m_running = false;
    bool m_inFlight = false;
    int m_refreshMs = 60 * 1000;
    QString m_apiVersion;
};
