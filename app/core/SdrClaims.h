#pragma once

#include "Backoff.h"
#include "ClockTimer.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>

class Clock;
class CrmClient;
class QRandomGenerator;
struct CrmResponse;

// Contract §5 (v1.1): one sender per SDR. Claims each SDR it is asked to keep for this app instance
// (sender_id, host, ttl), renews every ttl / 3 while it holds it, and says at once when it holds it
// or lost it (not renewed in time, 409): the engine polls and sends for an SDR only while it holds
// its claim. Another instance's claim (409) is shown ("hosted on <host>") and tried again after its
// expires_at. Released (DELETE) when the SDR stops being served here and on a clean shutdown.
class SdrClaims : public QObject
{
    Q_OBJECT
public:
    SdrClaims(CrmClient* crm, const Clock* clock, QRandomGenerator* random = nullptr,
              QObject* parent = nullptr);
    ~SdrClaims() override;

    void setIdentity(const QString& senderId, const QString& host);
    QString senderId() const { return m_senderId; }
    void setTtlSecs(int secs) { m_ttlSecs = std::max(3, secs); }
    int ttlSecs() const { return m_ttlSecs; }

    // Starts keeping a claim for the SDR (claims it now).
    void keep(const QString& sdrId);
    // Stops keeping it and releases it (DELETE), when held.
    void release(const QString& sdrId);
    // Clean shutdown: releases every claim held and waits for the answers (at most timeoutMs).
    void releaseAll(int timeoutMs = 3000);
    bool holds(const QString& sdrId) const;
    // The CRM said this instance does not hold the SDR's claim (a queue poll answered 409): stop
    // sending for it at once and claim it again now.
    void lost(const QString& sdrId);
    QString hostedOn(const QString& sdrId) const { return m_claims.value(sdrId).otherHost; }

signals:
    void claimChanged(const QString& sdrId, bool held);
    // Another instance hosts the SDR until expiresAt (tried again then).
    void hostedElsewhere(const QString& sdrId, const QString& host, const QDateTime& expiresAt);
    // 404 on the claim: the CRM does not know the SDR any more.
    void sdrUnknown(const QString& sdrId);

private:
    struct Claim
    {
        bool held = false;
        bool inFlight = false;
        QDateTime expiresAt; // local clock: when a held claim lapses unless renewed
        QString otherHost;
        ClockTimer* timer = nullptr; // the next claim or renewal, on the clock
        Backoff backoff{2000, 60 * 1000};
    };
    void attempt(const QString& sdrId);
    void onAnswer(const QString& sdrId, const QDateTime& askedAt, const CrmResponse& response);
    void schedule(const QString& sdrId, qint64 ms);
    void setHeld(const QString& sdrId, bool held);

    CrmClient* m_crm;
    const Clock* m_clock;
    QRandomGenerator* m_random;
    QString m_senderId;
    QString m_host;
    int m_ttlSecs = 120;
    QHash<QString, Claim> m_claims;
};
