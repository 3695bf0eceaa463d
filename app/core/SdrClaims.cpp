#include "SdrClaims.h"

#include "Clock.h"
#include "CrmClient.h"
#include "Logging.h"
#include "Store.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QTimer>

SdrClaims::SdrClaims(CrmClient* crm, const Clock* clock, QRandomGenerator* random, QObject* parent)
    : QObject(parent)
    , m_crm(crm)
    , m_clock(clock)
    , m_random(random)
{
}

SdrClaims::~SdrClaims()
{
    for (Claim& claim : m_claims)
        delete claim.timer;
}

void SdrClaims::setIdentity(const QString& senderId, const QString& host)
{
    m_senderId = senderId;
    m_host = host;
}

bool SdrClaims::holds(const QString& sdrId) const
{
    const auto it = m_claims.constFind(sdrId);
    return it != m_claims.constEnd() && it->held && it->expiresAt > m_clock->now();
}

void SdrClaims::keep(const QString& sdrId)
{
    if (m_claims.contains(sdrId))
        return;
    Claim claim;
    claim.backoff = Backoff(2000, 60 * 1000, m_random);
    claim.timer = new ClockTimer(m_clock);
    connect(claim.timer, &ClockTimer::timeout, this, [this, sdrId] { attempt(sdrId); });
    m_claims.insert(sdrId, claim);
    attempt(sdrId);
}

void SdrClaims::release(const QString& sdrId)
{
    auto it = m_claims.find(sdrId);
    if (it == m_claims.end())
        return;
    const bool held = it->held;
    delete it->timer;
    m_claims.erase(it);
    if (held) {
        m_crm->releaseSdr(sdrId, m_senderId, this, [](const CrmResponse&) {});
        emit claimChanged(sdrId, false);
    }
}

void SdrClaims::releaseAll(int timeoutMs)
{
    QEventLoop loop;
    int open = 0;
    for (auto it = m_claims.begin(); it != m_claims.end(); ++it) {
        it->timer->stop();
        if (!it->held)
            continue;
        ++open;
        m_crm->releaseSdr(it.key(), m_senderId, &loop, [&open, &loop](const CrmResponse&) {
            if (--open == 0)
                loop.quit();
        });
    }
    for (Claim& claim : m_claims)
        delete claim.timer;
    m_claims.clear();
    if (open == 0)
        return;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec(QEventLoop::ExcludeUserInputEvents);
    qCInfo(lcCrm) << "released the SDR claims of this sender;" << open << "unanswered";
}

void SdrClaims::schedule(const QString& sdrId, qint64 ms)
{
    auto it = m_claims.find(sdrId);
    if (it != m_claims.end())
        it->timer->startIn(std::clamp<qint64>(ms, 0, 3600 * 1000));
}

void SdrClaims::setHeld(const QString& sdrId, bool held)
{
    auto it = m_claims.find(sdrId);
    if (it == m_claims.end() || it->held == held)
        return;
    it->held = held;
    qCInfo(lcCrm) << "claim of" << sdrId << (held ? "held" : "lost");
    emit claimChanged(sdrId, held);
}

void SdrClaims::lost(const QString& sdrId)
{
    if (!m_claims.contains(sdrId))
        return;
    qCInfo(lcCrm) << "the CRM says the claim of" << sdrId << "is not held here";
    setHeld(sdrId, false);
    schedule(sdrId, 0);
}

void SdrClaims::attempt(const QString& sdrId)
{
    auto it = m_claims.find(sdrId);
    if (it == m_claims.end() || it->inFlight)
        return;
    // A held claim that could not be renewed in time is lost: stop sending for it at once.
    if (it->held && it->expiresAt <= m_clock->now())
        setHeld(sdrId, false);
    it = m_claims.find(sdrId);
    it->inFlight = true;
    const QDateTime askedAt = m_clock->now();
    const QJsonObject payload{{QStringLiteral("sender_id"), m_senderId},
                              {QStringLiteral("host"), m_host},
                              {QStringLiteral("ttl_s"), m_ttlSecs}};
    m_crm->claimSdr(sdrId, payload, this, [this, sdrId, askedAt](const CrmResponse& response) {
        onAnswer(sdrId, askedAt, response);
    });
}

void SdrClaims::onAnswer(const QString& sdrId, const QDateTime& askedAt, const CrmResponse& response)
{
    auto it = m_claims.find(sdrId);
    if (it == m_claims.end())
        return; // released meanwhile
    it->inFlight = false;
    const qint64 ttlMs = qint64(m_ttlSecs) * 1000;
    const QJsonObject body = QJsonDocument::fromJson(response.body).object();
    if (response.isOk() && body.value(QLatin1String("claimed")).toBool()) {
        // Counted from when it was asked: the local clock never believes it holds it longer than
        // the CRM does.
        it->expiresAt = askedAt.addMSecs(ttlMs);
        it->otherHost.clear();
        it->backoff.reset();
        setHeld(sdrId, true);
        schedule(sdrId, ttlMs / 3);
        return;
    }
    if (response.kind == CrmResponse::Kind::Conflict) {
        const QJsonObject by = body.value(QLatin1String("claimed_by")).toObject();
        const QString host = by.value(QLatin1String("host")).toString();
        const QDateTime expires = Store::parseTimestamp(by.value(QLatin1String("expires_at")).toString());
        setHeld(sdrId, false);
        it = m_claims.find(sdrId);
        const bool changed = it->otherHost != host;
        it->otherHost = host.isEmpty() ? QStringLiteral("another sender") : host;
        const QDateTime now = m_clock->now();
        const qint64 wait = expires.isValid() ? std::clamp<qint64>(now.msecsTo(expires), 500, ttlMs) : ttlMs;
        if (changed)
            emit hostedElsewhere(sdrId, it->otherHost, expires.isValid() ? expires : now.addMSecs(wait));
        schedule(sdrId, wait + 200);
        return;
    }
    if (response.httpStatus == 404) {
        setHeld(sdrId, false);
        emit sdrUnknown(sdrId);
        schedule(sdrId, ttlMs);
        return;
    }
    // Network trouble, 5xx, 429, a 401: keep trying; a held claim lapses at its expiry (attempt()).
    const qint64 delay = it->backoff.nextDelay(response.retryAfterMs);
    qint64 next = delay;
    if (it->held)
        next = std::min(delay, std::max<qint64>(0, m_clock->now().msecsTo(it->expiresAt)));
    qCInfo(lcCrm) << "claim of" << sdrId << "not renewed:" << response.errorString << "- again in" << next
                  << "ms";
    schedule(sdrId, next);
}
