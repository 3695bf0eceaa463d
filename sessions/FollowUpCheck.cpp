#include "FollowUpCheck.h"

#include "ChatListJob.h"
#include "Clock.h"
#include "FollowUpJob.h"
#include "PageJobRunner.h"
#include "SessionsLogging.h"

FollowUpCheck::FollowUpCheck(PageJobRunner* runner, const QVector<WatchedLead>& leads, const Clock* clock,
                             int timeoutMs, int maxChatOpens, QObject* parent)
    : QObject(parent)
    , m_runner(runner)
    , m_leads(leads)
    , m_clock(clock)
    , m_timeoutMs(timeoutMs)
    , m_maxChatOpens(maxChatOpens)
{
}

FollowUpObservation FollowUpCheck::observation(const WatchedLead& lead) const
{
    FollowUpObservation observation;
    observation.leadId = lead.leadId;
    observation.phoneDigits = lead.phoneDigits;
    observation.seenAt = m_clock->now();
    return observation;
}

void FollowUpCheck::start()
{
    QStringList phones;
    for (const WatchedLead& lead : std::as_const(m_leads))
        phones << lead.phoneDigits;
    auto* job = new ChatListJob(m_runner->host(), phones, m_timeoutMs, this);
    connect(job, &ChatListJob::finished, this, [this, job](bool ok, const QVariantMap& chats) {
        if (m_runner)
            m_runner->endJob(job);
        onListRead(ok, chats);
    });
    run(job);
}

void FollowUpCheck::run(PageJob* job)
{
    if (!m_runner) {
        done();
        return;
    }
    m_runner->runJob(job);
}

void FollowUpCheck::onListRead(bool ok, const QVariantMap& chats)
{
    for (const WatchedLead& lead : std::as_const(m_leads)) {
        const QVariantMap chat = chats.value(lead.phoneDigits).toMap();
        if (chat.isEmpty()) {
            // Not in the list under its number (a saved contact, or scrolled out of the list):
            // only the chat can tell, and only when something is still unknown.
            if (!lead.replied)
                m_toOpen << lead;
            continue;
        }
        const QString tick = chat.value(QStringLiteral("tick")).toString();
        const bool leadWroteLast = chat.value(QStringLiteral("incoming")).toBool() ||
                                   chat.value(QStringLiteral("unread")).toInt() > 0;
        if (leadWroteLast && !lead.replied) {
            m_toOpen << lead; // the reply's text is in the chat only
            continue;
        }
        FollowUpObservation seen = observation(lead);
        seen.read = tick == QLatin1String("read");
        seen.delivered = seen.read || tick == QLatin1String("delivered");
        if ((seen.delivered && !lead.delivered) || (seen.read && !lead.read))
            m_observations << seen;
    }
    // The leads who wrote first: their replies matter most.
    std::stable_sort(m_toOpen.begin(), m_toOpen.end(), [&chats](const WatchedLead& a, const WatchedLead& b) {
        return chats.contains(a.phoneDigits) && !chats.contains(b.phoneDigits);
    });
    if (m_toOpen.size() > m_maxChatOpens)
        m_toOpen.resize(m_maxChatOpens);
    if (!ok)
        qCInfo(lcSession) << (m_runner ? m_runner->sdrId() : QString()) << "chat list not readable;"
                          << m_toOpen.size() << "chats to open";
    openNext();
}

void FollowUpCheck::openNext()
{
    // A send or a verification came in: it goes first; the rest waits for the next look.
    if (!m_runner || m_toOpen.isEmpty() || m_runner->isBusy()) {
        done();
        return;
    }
    const WatchedLead lead = m_toOpen.takeFirst();
    auto* job = new FollowUpJob(m_runner->host(), lead, m_timeoutMs, this);
    connect(job, &FollowUpJob::finished, this,
            [this, job, lead](const std::optional<FollowUpObservation>& seen) {
                if (m_runner)
                    m_runner->endJob(job);
                if (seen) {
                    FollowUpObservation stamped = *seen;
                    stamped.seenAt = m_clock->now();
                    if (stamped.delivered || stamped.read || stamped.replied)
                        m_observations << stamped;
                }
                // Let a waiting send in between two chats.
                QMetaObject::invokeMethod(this, &FollowUpCheck::openNext, Qt::QueuedConnection);
            });
    run(job);
}

void FollowUpCheck::done()
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(m_observations);
}
