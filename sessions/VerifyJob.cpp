#include "VerifyJob.h"

#include "PageHost.h"
#include "SendJob.h"
#include "SessionsLogging.h"

#include <QVariantMap>

namespace {
// Polls (250 ms each) the loaded chat must stay the same and without the text before it counts as
// absent.
constexpr int kAbsentPolls = 8;
} // namespace

VerifyJob::VerifyJob(PageHost* host, const QString& phoneDigits, const QString& text, const QDateTime& since,
                     const QString& afterId, int timeoutMs, QObject* parent)
    : PageJob(host, timeoutMs, parent)
    , m_phone(phoneDigits)
    , m_text(text)
    , m_since(since)
    , m_afterId(afterId)
{
}

QUrl VerifyJob::targetUrl() const
{
    return SendJob::deepLink(m_host->whatsappUrl(), m_phone);
}

void VerifyJob::finish(VerifyOutcome outcome, const QString& why)
{
    if (isDone())
        return;
    finishJob();
    qCInfo(lcSession) << m_host->sdrId() << "verification finished:" << int(outcome) << why;
    emit finished(outcome);
}

void VerifyJob::abort(const QString& reason)
{
    finish(VerifyOutcome::Unknown, reason);
}

void VerifyJob::sessionUnusable(ConnectionState state)
{
    finish(VerifyOutcome::Unknown, QStringLiteral("session is %1").arg(connectionStateName(state)));
}

void VerifyJob::pageFailed()
{
    finish(VerifyOutcome::Unknown, QStringLiteral("chat did not load"));
}

void VerifyJob::timedOut()
{
    finish(VerifyOutcome::Unknown, QStringLiteral("timeout"));
}

void VerifyJob::stateChangedWhileOpen(ConnectionState state)
{
    if (state == ConnectionState::LoggedOut || state == ConnectionState::QrRequired)
        finish(VerifyOutcome::Unknown, QStringLiteral("session logged out"));
}

void VerifyJob::poll()
{
    const QJsonObject args{
        {QStringLiteral("text"), m_text},
        {QStringLiteral("since"), m_since.isValid() ? double(m_since.toMSecsSinceEpoch()) : 0.0},
        {QStringLiteral("afterId"), m_afterId},
    };
    probe(QStringLiteral("findOutgoing.js"), args, [this](const QVariant& result) {
        const QVariantMap reply = result.toMap();
        const int total = reply.value(QStringLiteral("total"), -1).toInt();
        if (reply.value(QStringLiteral("readable")).toInt() > 0)
            m_host->noteTextReaderWorks();
        if (reply.value(QStringLiteral("found")).toBool()) {
            finish(VerifyOutcome::Found, QStringLiteral("found"));
        } else if (reply.value(QStringLiteral("undated")).toBool()) {
            // The same text in a message that cannot be dated: it may be this one or an earlier
            // lead's. Look a few times (the page may still be rendering), then cannot tell.
            m_absentPolls = 0;
            if (++m_undatedPolls >= kAbsentPolls)
                finish(VerifyOutcome::Unknown, QStringLiteral("an undated message with the text may be it"));
        } else if (reply.value(QStringLiteral("invalid")).toBool()) {
            finish(VerifyOutcome::Unknown, QStringLiteral("WhatsApp refused the number"));
        } else if (reply.value(QStringLiteral("partial")).toBool()) {
            // A long message WhatsApp shows truncated starts like ours: the probe clicked its
            // "Read more"; look again, and if it stays truncated it may be it: cannot tell.
            m_absentPolls = 0;
            if (++m_partialPolls >= kAbsentPolls)
                finish(VerifyOutcome::Unknown, QStringLiteral("a truncated message may be it"));
        } else if (reply.value(QStringLiteral("loaded")).toBool() && total >= 0 &&
                   (m_absentPolls == 0 || total == m_lastTotal)) {
            // Absent only when the chat shows its messages and they stay the same for a while
            // (a chat still filling in, or one with no messages at all, proves nothing).
            m_lastTotal = total;
            if (++m_absentPolls >= kAbsentPolls) {
                // "Not among the texts read" proves nothing when nothing can be read: WhatsApp
                // may have renamed its text classes, and every absent would be another copy.
                if (m_host->textReaderWorks())
                    finish(VerifyOutcome::Absent, QStringLiteral("chat loaded without the message"));
                else
                    finish(VerifyOutcome::Unknown,
                           QStringLiteral("the text of outgoing messages cannot be read on this page"));
            }
        } else {
            m_absentPolls = 0;
        }
    });
}
