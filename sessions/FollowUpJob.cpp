#include "FollowUpJob.h"

#include "PageHost.h"
#include "SendJob.h"
#include "SessionsLogging.h"

#include <QVariantMap>

namespace {
// Polls (250 ms each) a loaded chat may go without showing the lead's message before the look
// gives up, and a truncated reply may stay truncated after its "Read more" was clicked.
constexpr int kMissingPolls = 12;
constexpr int kTruncatedPolls = 8;
} // namespace

FollowUpJob::FollowUpJob(PageHost* host, const WatchedLead& lead, int timeoutMs, QObject* parent)
    : PageJob(host, timeoutMs, parent)
    , m_lead(lead)
{
}

QUrl FollowUpJob::targetUrl() const
{
    return SendJob::deepLink(m_host->whatsappUrl(), m_lead.phoneDigits);
}

void FollowUpJob::finish(const std::optional<FollowUpObservation>& observation, const QString& why)
{
    if (isDone())
        return;
    finishJob();
    qCInfo(lcSession) << m_host->sdrId() << "follow-up of" << m_lead.leadId << "looked:" << why;
    emit finished(observation);
}

void FollowUpJob::abort(const QString& reason)
{
    finish(std::nullopt, reason);
}

void FollowUpJob::sessionUnusable(ConnectionState state)
{
    finish(std::nullopt, QStringLiteral("session is %1").arg(connectionStateName(state)));
}

void FollowUpJob::pageFailed()
{
    finish(std::nullopt, QStringLiteral("chat did not load"));
}

void FollowUpJob::timedOut()
{
    finish(std::nullopt, QStringLiteral("timeout"));
}

void FollowUpJob::poll()
{
    const QJsonObject args{
        {QStringLiteral("text"), m_lead.text},
        {QStringLiteral("since"), m_lead.sentAt.isValid() ? double(m_lead.sentAt.toMSecsSinceEpoch()) : 0.0},
    };
    probe(QStringLiteral("followUpChat.js"), args, [this](const QVariant& result) {
        const QVariantMap reply = result.toMap();
        if (!reply.value(QStringLiteral("found")).toBool()) {
            if (reply.value(QStringLiteral("loaded")).toBool() && ++m_missingPolls >= kMissingPolls)
                finish(std::nullopt, QStringLiteral("the lead's message is not shown in the chat"));
            return;
        }
        // The reply's "Read more" was clicked: look again for its whole text.
        if (reply.value(QStringLiteral("replyTruncated")).toBool() && ++m_truncatedPolls < kTruncatedPolls)
            return;
        FollowUpObservation observation;
        observation.leadId = m_lead.leadId;
        observation.phoneDigits = m_lead.phoneDigits;
        const QString tick = reply.value(QStringLiteral("tick")).toString();
        observation.read = tick == QLatin1String("read");
        observation.delivered = observation.read || tick == QLatin1String("delivered");
        observation.replied = reply.value(QStringLiteral("replied")).toBool();
        if (observation.replied) {
            observation.replyText = reply.value(QStringLiteral("replyText")).toString();
            const qint64 at = qint64(reply.value(QStringLiteral("replyAt")).toDouble());
            if (at > 0)
                observation.replyAt = QDateTime::fromMSecsSinceEpoch(at).toUTC();
        }
        finish(observation, QStringLiteral("found"));
    });
}
