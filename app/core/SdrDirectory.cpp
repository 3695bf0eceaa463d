#include "SdrDirectory.h"

#include "ActivityLog.h"
#include "Clock.h"
#include "CrmClient.h"
#include "Logging.h"
#include "Phone.h"
#include "SdrRepository.h"
#include "Settings.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

SdrDirectory::SdrDirectory(SdrRepository* sdrs, CrmClient* crm, const Clock* clock, ActivityLog* activity,
                           QObject* parent)
    : QObject(parent)
    , m_sdrs(sdrs)
    , m_crm(crm)
    , m_activity(activity)
    , m_clock(clock)
    , m_timer(clock)
    , m_backoff(2000, 5 * 60 * 1000)
{
    connect(&m_timer, &ClockTimer::timeout, this, &SdrDirectory::refresh);
    // Local edits (a person adds, deactivates or removes an SDR) take effect at once.
    connect(m_sdrs, &SdrRepository::sdrChanged, this, [this] {
        if (m_running)
            reconcile();
    });
    connect(m_sdrs, &SdrRepository::sdrRemoved, this, [this] {
        if (m_running)
            reconcile();
    });
}

void SdrDirectory::start()
{
    m_running = true;
    reconcile(); // serve what the store knows at once; the CRM's list updates it when it comes
    if (m_crm)
        refresh();
}

void SdrDirectory::stop()
{
    m_running = false;
    m_timer.stop();
    m_refreshAgain = false;
    m_lookedUp.clear();
    const QSet<QString> active = m_active;
    m_active.clear();
    for (const QString& id : active)
        emit sdrDeactivated(id);
}

int SdrDirectory::refreshIntervalFor(int pollIntervalSecs)
{
    return int(std::clamp<qint64>(qint64(pollIntervalSecs) * 1000, kMinRefreshMs, kMaxRefreshMs));
}

int SdrDirectory::refreshIntervalMs() const
{
    if (m_fixedRefreshMs > 0)
        return m_fixedRefreshMs;
    if (m_settings)
        return refreshIntervalFor(m_settings->intValue(SettingKeys::PollIntervalSecs));
    return kMinRefreshMs;
}

void SdrDirectory::noteSdrId(const QString& sdrId)
{
    if (!m_running || !m_crm || sdrId.isEmpty() || m_active.contains(sdrId))
        return;
    const QDateTime now = m_clock->now();
    const auto last = m_lookedUp.constFind(sdrId);
    // (A wall clock stepped back makes the age negative: then it counts as old, not as forever new.)
    if (last != m_lookedUp.cend() && last->msecsTo(now) >= 0 && last->msecsTo(now) < kUnknownIdRetryMs)
        return; // read for it already: the timer's reads will find it when the CRM lists it
    if (m_lookedUp.size() > 1000)
        m_lookedUp.clear(); // a CRM naming ids without end must not grow memory without end
    m_lookedUp.insert(sdrId, now);
    if (m_backoff.failures() > 0)
        return; // the list is failing or the CRM asked to wait: the backoff's timer reads it
    qCInfo(lcCrm) << "the CRM named SDR" << sdrId << "which is not served here: reading the SDR list";
    refreshSoon();
}

void SdrDirectory::refreshSoon()
{
    if (m_inFlight) {
        m_refreshAgain = true;
        return;
    }
    const qint64 sinceLast =
        m_lastReadStart.isValid() ? m_lastReadStart.msecsTo(m_clock->now()) : qint64(kMinEarlyGapMs);
    const qint64 wait = std::clamp<qint64>(kMinEarlyGapMs - sinceLast, 0, kMinEarlyGapMs);
    if (!m_timer.isActive() || m_timer.remainingMs() > wait)
        m_timer.startIn(wait);
}

QStringList SdrDirectory::activeSdrIds() const
{
    QStringList ids(m_active.cbegin(), m_active.cend());
    ids.sort();
    return ids;
}

bool SdrDirectory::parseSdrList(const QByteArray& body, QVector<SdrRecord>* sdrs, QString* error,
                                int* skipped)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonValue list = document.object().value(QLatin1String("sdrs"));
    if (!document.isObject() || !list.isArray()) {
        if (error)
            *error = QStringLiteral("the SDR list has no \"sdrs\" array");
        return false;
    }
    int bad = 0;
    for (const QJsonValue& value : list.toArray()) {
        const QJsonObject object = value.toObject();
        const QJsonValue id = object.value(QLatin1String("id"));
        const QJsonValue name = object.value(QLatin1String("name"));
        const QJsonValue active = object.value(QLatin1String("active"));
        const QJsonValue phone = object.value(QLatin1String("whatsapp_phone"));
        if (!value.isObject() || !id.isString() || id.toString().trimmed().isEmpty() ||
            id.toString().size() > 200 || (!name.isUndefined() && !name.isNull() && !name.isString()) ||
            (!active.isUndefined() && !active.isBool()) ||
            (!phone.isUndefined() && !phone.isNull() && !phone.isString())) {
            ++bad;
            continue;
        }
        SdrRecord sdr;
        sdr.id = id.toString();
        sdr.name = name.toString();
        sdr.active = active.isUndefined() ? true : active.toBool();
        sdr.source = QStringLiteral("crm");
        if (phone.isString() && !phone.toString().isEmpty()) {
            // An unreadable expected number is dropped (with a warning) rather than blocking the SDR:
            // the session then cannot compare numbers, which is what a null number means too.
            const auto e164 = Phone::normalize(phone.toString());
            if (e164)
                sdr.expectedPhone = *e164;
            else
                qCWarning(lcCrm) << "SDR" << sdr.id << "has an invalid whatsapp_phone; ignored";
        }
        sdrs->append(sdr);
    }
    if (skipped)
        *skipped = bad;
    return true;
}

void SdrDirectory::refresh()
{
    if (!m_running || !m_crm)
        return;
    if (m_inFlight) {
        // The answer under way may predate what the caller knows (an SDR just added or re-activated).
        m_refreshAgain = true;
        return;
    }
    m_timer.stop();
    m_inFlight = true;
    m_lastReadStart = m_clock->now();
    m_crm->fetchSdrs(this, [this](const CrmResponse& response) {
        m_inFlight = false;
        apply(response);
    });
}

void SdrDirectory::apply(const CrmResponse& response)
{
    if (!m_running)
        return;
    const bool again = m_refreshAgain;
    m_refreshAgain = false;
    QVector<SdrRecord> listed;
    QString error;
    int skipped = 0;
    const bool ok = response.isOk() && parseSdrList(response.body, &listed, &error, &skipped);
    if (!ok) {
        if (error.isEmpty())
            error = response.errorString;
        qCInfo(lcCrm) << "SDR list not refreshed:" << error;
        emit refreshed(false, error);
        if (response.kind != CrmResponse::Kind::Unauthorized && response.kind != CrmResponse::Kind::Suspended)
            m_timer.startIn(m_backoff.nextDelay(response.retryAfterMs));
        return;
    }
    m_backoff.reset();
    m_apiVersion =
        QJsonDocument::fromJson(response.body).object().value(QLatin1String("api_version")).toString();
    if (skipped > 0 && m_activity)
        m_activity->add(QString(), QStringLiteral("config"),
                        tr("%n invalid SDR entry(s) in the CRM's list were ignored.", nullptr, skipped));

    QSet<QString> listedIds;
    for (const SdrRecord& sdr : listed) {
        listedIds.insert(sdr.id);
        const auto stored = m_sdrs->find(sdr.id);
        if (stored && stored->name == sdr.name && stored->active == sdr.active &&
            stored->expectedPhone == sdr.expectedPhone && stored->source == sdr.source)
            continue; // unchanged: no write, no signal
        m_sdrs->upsert(sdr);
    }
    // Gone from the CRM's list: stop serving it (inactive), keep its profile and history.
    for (const SdrRecord& stored : m_sdrs->all()) {
        if (stored.source == QLatin1String("crm") && stored.active && !listedIds.contains(stored.id))
            m_sdrs->setActive(stored.id, false);
    }
    reconcile();
    emit refreshed(true, QString());
    m_timer.startIn(refreshIntervalMs());
    if (again)
        refreshSoon();
}

void SdrDirectory::reconcile()
{
    QSet<QString> now;
    QHash<QString, SdrRecord> records;
    for (const SdrRecord& sdr : m_sdrs->all()) {
        // With a CRM only its SDRs have a queue to poll; without one, every active local SDR.
        if (sdr.active && (!m_crm || sdr.source == QLatin1String("crm"))) {
            now.insert(sdr.id);
            records.insert(sdr.id, sdr);
        }
    }
    QStringList gone;
    for (const QString& id : std::as_const(m_active)) {
        if (!now.contains(id))
            gone << id;
    }
    for (const QString& id : std::as_const(gone)) {
        m_active.remove(id);
        qCInfo(lcQueue) << "SDR" << id << "no longer active";
        emit sdrDeactivated(id);
    }
    QStringList added(now.cbegin(), now.cend());
    added.sort();
    for (const QString& id : std::as_const(added)) {
        if (m_active.contains(id))
            continue;
        m_active.insert(id);
        m_lookedUp.remove(id);
        qCInfo(lcQueue) << "SDR" << id << "active";
        emit sdrActivated(records.value(id));
    }
}
