#include "SendJob.h"

#include "Clock.h"
#include "PageHost.h"
#include "SessionsLogging.h"

#include <QRegularExpression>
#include <QVariantMap>

namespace {
// Polls with a filled editor that does not hold the message before giving up (~3 s): WhatsApp may
// still be filling the box, but a lasting difference must never be sent.
constexpr int kMaxMismatchPolls = 12;
} // namespace

SendJob::SendJob(PageHost* host, const QString& phoneDigits, const QString& text, int timeoutMs,
                 const Clock* clock, QObject* parent)
    : PageJob(host, timeoutMs, parent)
    , m_phone(phoneDigits)
    , m_text(text)
    , m_clock(clock)
{
}

bool SendJob::isValidPhoneDigits(const QString& digits)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{7,15}$"));
    return pattern.match(digits).hasMatch();
}

std::optional<SendOutcome> SendJob::refusal(const QString& phoneDigits, const QString& text)
{
    SendOutcome outcome;
    outcome.result = SendOutcome::Result::Rejected;
    if (!isValidPhoneDigits(phoneDigits)) {
        outcome.error = QStringLiteral("invalid_phone");
        outcome.detail = QStringLiteral("a phone number needs 7 to 15 digits");
    } else if (text.trimmed().isEmpty()) {
        outcome.error = QStringLiteral("malformed_lead");
        outcome.detail = QStringLiteral("empty message");
    } else {
        return std::nullopt;
    }
    return outcome;
}

QUrl SendJob::deepLink(const QUrl& base, const QString& phoneDigits, const QString& text)
{
    QUrl url = base.resolved(QUrl(QStringLiteral("send")));
    QString query = QStringLiteral("phone=") + QString::fromLatin1(QUrl::toPercentEncoding(phoneDigits));
    if (!text.isEmpty())
        query += QStringLiteral("&text=") + QString::fromLatin1(QUrl::toPercentEncoding(text));
    url.setQuery(query, QUrl::StrictMode);
    return url;
}

QUrl SendJob::targetUrl() const
{
    return deepLink(m_host->whatsappUrl(), m_phone, m_text);
}

QString SendJob::errorForState(ConnectionState state)
{
    switch (state) {
    case ConnectionState::QrRequired:
    case ConnectionState::LoggedOut:
        return QStringLiteral("session_logged_out");
    case ConnectionState::PhoneOffline:
        return QStringLiteral("phone_offline");
    case ConnectionState::Conflict:
        return QStringLiteral("session_conflict");
    case ConnectionState::WrongNumber:
        return QStringLiteral("wrong_number");
    default:
        return QStringLiteral("session_not_ready");
    }
}

void SendJob::finish(SendOutcome::Result result, const QString& error, const QString& detail)
{
    if (isDone())
        return;
    finishJob();
    SendOutcome outcome;
    outcome.result = result;
    outcome.error = error;
    outcome.detail = detail;
    if (result == SendOutcome::Result::Sent)
        outcome.sentAt = m_clock->now();
    qCInfo(lcSession) << m_host->sdrId() << "send finished:" << int(result) << error;
    emit finished(outcome);
}

void SendJob::sessionUnusable(ConnectionState state)
{
    finish(SendOutcome::Result::NotAttempted, errorForState(state),
           QStringLiteral("session is %1").arg(connectionStateName(state)));
}

void SendJob::pageFailed()
{
    finish(SendOutcome::Result::NotAttempted, QStringLiteral("whatsapp_unreachable"),
           QStringLiteral("the chat could not be opened"));
}

void SendJob::abort(const QString& reason)
{
    if (wasPressed())
        finish(SendOutcome::Result::Unconfirmed, reason, QStringLiteral("aborted after Send was pressed"));
    else
        finish(SendOutcome::Result::NotAttempted, reason, QStringLiteral("aborted before Send was pressed"));
}

void SendJob::timedOut()
{
    if (wasPressed())
        finish(SendOutcome::Result::Unconfirmed, QStringLiteral("send_timeout"),
               QStringLiteral("Send was pressed but WhatsApp did not confirm the message in time"));
    else
        finish(SendOutcome::Result::NotAttempted, QStringLiteral("send_timeout"),
               QStringLiteral("the chat or the compose box did not appear in time"));
}

void SendJob::stateChangedWhileOpen(ConnectionState state)
{
    const bool loggedOut = state == ConnectionState::LoggedOut || state == ConnectionState::QrRequired;
    if (!wasPressed()) {
        if (loggedOut || state == ConnectionState::Conflict)
            finish(SendOutcome::Result::NotAttempted, errorForState(state),
                   QStringLiteral("session became %1 before Send").arg(connectionStateName(state)));
    } else if (loggedOut) {
        finish(SendOutcome::Result::Unconfirmed, errorForState(state),
               QStringLiteral("session logged out before WhatsApp confirmed the message"));
    }
    // Phone offline after Send: WhatsApp may still confirm once it is back; the timeout decides.
}

void SendJob::poll()
{
    const QJsonObject args{{QStringLiteral("text"), m_text}};
    if (m_phase == Phase::Composing) {
        probe(QStringLiteral("composeState.js"), args, [this](const QVariant& result) {
            const QVariantMap state = result.toMap();
            if (state.value(QStringLiteral("invalid")).toBool()) {
                finish(SendOutcome::Result::Rejected, QStringLiteral("not_on_whatsapp"),
                       QStringLiteral("Phone number shared via url is invalid."));
                return;
            }
            // No compose box yet, or one WhatsApp has not filled from the link yet: wait (the
            // timeout decides).
            if (!state.value(QStringLiteral("editor")).toBool() ||
                state.value(QStringLiteral("empty")).toBool())
                return;
            if (!state.value(QStringLiteral("matches")).toBool()) {
                if (++m_mismatchPolls >= kMaxMismatchPolls)
                    finish(SendOutcome::Result::NotAttempted, QStringLiteral("editor_mismatch"),
                           QStringLiteral("the compose box does not hold the message"));
                return;
            }
            m_phase = Phase::Pressing;
            probe(QStringLiteral("pressSend.js"), QJsonObject{{QStringLiteral("text"), m_text}},
                  [this](const QVariant& pressed) {
                      const QVariantMap reply = pressed.toMap();
                      if (!reply.value(QStringLiteral("pressed")).toBool()) {
                          // The script checks again right before clicking; nothing was sent.
                          m_phase = Phase::Composing;
                          const QString reason = reply.value(QStringLiteral("reason")).toString();
                          if (reason == QLatin1String("editor_mismatch") &&
                              ++m_mismatchPolls < kMaxMismatchPolls)
                              return;
                          finish(SendOutcome::Result::NotAttempted,
                                 reason.isEmpty() ? QStringLiteral("send_failed") : reason,
                                 QStringLiteral("Send could not be pressed"));
                          return;
                      }
                      m_before = reply.value(QStringLiteral("before")).toInt();
                      m_rowsBefore = reply.value(QStringLiteral("rows")).toInt();
                      m_lastIdBefore = reply.value(QStringLiteral("lastId")).toString();
                      m_host->notePress(m_phone, m_text, m_lastIdBefore);
                      m_phase = Phase::Confirming;
                      restartTimeout();
                      qCInfo(lcSession) << m_host->sdrId() << "pressed Send";
                  });
        });
        return;
    }
    if (m_phase == Phase::Confirming) {
        probe(QStringLiteral("messageStatus.js"), args, [this](const QVariant& result) {
            const QVariantMap status = result.toMap();
            const int count = status.value(QStringLiteral("count")).toInt();
            const QString icon = status.value(QStringLiteral("status")).toString();
            // Only the new message counts (count grew past what the chat showed before Send), and
            // only once its icon is a check: msg-time (or anything unknown) is not sent yet.
            if (count > m_before && status.value(QStringLiteral("sent")).toBool()) {
                m_host->noteTextReaderWorks(); // it read the text of the message it sent
                finish(SendOutcome::Result::Sent, QString(), QStringLiteral("status %1").arg(icon));
                return;
            }
            // A new outgoing row appeared after the press but its text cannot be read (WhatsApp
            // renamed its text classes): its status icon confirms it. A row whose text can be read
            // and differs is not taken for ours (the timeout and a verification decide).
            const int rows = status.value(QStringLiteral("rows")).toInt();
            // (The newest row must be another one than before: older history loading at the top
            // also adds rows.)
            if (rows > m_rowsBefore && status.value(QStringLiteral("newestSent")).toBool() &&
                status.value(QStringLiteral("newestId")).toString() != m_lastIdBefore &&
                !status.value(QStringLiteral("newestReadable")).toBool())
                finish(SendOutcome::Result::Sent, QString(),
                       QStringLiteral("status %1 of the new row (its text could not be read)")
                           .arg(status.value(QStringLiteral("newestStatus")).toString()));
        });
    }
}
