#include "PageJobRunner.h"

#include "FollowUpCheck.h"
#include "MessageChannel.h"
#include "SendJob.h"
#include "SessionPage.h"
#include "SessionRestriction.h"
#include "SessionsLogging.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "VerifyJob.h"

#include <QTimer>
#include <utility>

namespace {
const QString kDialogOpen = QStringLiteral("dialog_open");
}

PageJobRunner::PageJobRunner(MessageChannel* channel, SessionPage* page, SessionRestriction* restriction,
                             Settings* settings, const Clock* clock, QObject* parent)
    : PageHost(parent)
    , m_channel(channel)
    , m_page(page)
    , m_restriction(restriction)
    , m_settings(settings)
    , m_clock(clock)
{
    connect(m_channel, &MessageChannel::stateChanged, this, &PageHost::stateChanged);
    connect(m_page, &SessionPage::loadFinished, this, &PageHost::pageLoadFinished);
}

PageJobRunner::~PageJobRunner()
{
    abortJob(QStringLiteral("session_removed"));
}

QString PageJobRunner::sdrId() const
{
    return m_channel->sdrId();
}

ConnectionState PageJobRunner::state() const
{
    return m_channel->state();
}

bool PageJobRunner::isReadyToSend() const
{
    return m_channel->isReadyToSend();
}

QUrl PageJobRunner::whatsappUrl() const
{
    return m_page->whatsappUrl();
}

PageSnapshot PageJobRunner::snapshot() const
{
    return m_page->snapshot();
}

void PageJobRunner::wake()
{
    m_channel->requestWake();
}

void PageJobRunner::navigate(const QUrl& url)
{
    emit used();
    m_page->navigate(url);
}

void PageJobRunner::runProbe(const QString& script, const QJsonObject& args,
                             const std::function<void(const QVariant&)>& callback)
{
    m_page->runProbe(script, args, callback);
}

void PageJobRunner::noteTextReaderWorks()
{
    if (!m_textReaderWorks)
        qCInfo(lcSession) << sdrId() << "the message text reader works on this page";
    m_textReaderWorks = true;
}

void PageJobRunner::notePress(const QString& phoneDigits, const QString& text, const QString& lastIdBefore)
{
    m_lastPress = Press{phoneDigits, text, lastIdBefore};
}

bool PageJobRunner::hasWork() const
{
    return isBusy() || m_followUp || m_pendingVerify;
}

bool PageJobRunner::isLookingForFollowUps() const
{
    return m_followUp != nullptr;
}

SendJob* PageJobRunner::unpressedSend() const
{
    auto* send = qobject_cast<SendJob*>(m_job.data());
    return send && !send->isDone() && !send->wasPressed() ? send : nullptr;
}

void PageJobRunner::abortJob(const QString& reason)
{
    if (m_job)
        m_job->abort(reason);
}

int PageJobRunner::timeoutMs() const
{
    return qMax(1, m_settings->intValue(SettingKeys::SendTimeoutSecs, sdrId())) * 1000;
}

void PageJobRunner::startJob(PageJob* job)
{
    m_job = job;
    emit used();
    job->start();
}

void PageJobRunner::finishJob(PageJob* job)
{
    m_job = nullptr;
    job->deleteLater();
    emit used();
}

void PageJobRunner::send(const QString& requestId, const QString& phoneDigits, const QString& text)
{
    auto reject = [this, requestId](SendOutcome::Result result, const QString& error, const QString& detail) {
        SendOutcome outcome;
        outcome.result = result;
        outcome.error = error;
        outcome.detail = detail;
        QTimer::singleShot(0, this, [this, requestId, outcome] { emit sendFinished(requestId, outcome); });
    };
    if (isBusy()) {
        reject(SendOutcome::Result::NotAttempted, QStringLiteral("session_busy"),
               QStringLiteral("another request is running"));
        return;
    }
    if (!SendJob::isValidPhoneDigits(phoneDigits)) {
        reject(SendOutcome::Result::Rejected, QStringLiteral("invalid_phone"),
               QStringLiteral("a phone number needs 7 to 15 digits"));
        return;
    }
    if (text.trimmed().isEmpty()) {
        reject(SendOutcome::Result::Rejected, QStringLiteral("malformed_lead"),
               QStringLiteral("empty message"));
        return;
    }
    auto* job = new SendJob(this, phoneDigits, text, timeoutMs(), m_clock, this);
    connect(job, &SendJob::finished, this, [this, job, requestId](const SendOutcome& outcome) {
        finishJob(job);
        auto done = [this, requestId, outcome] {
            emit sendFinished(requestId, outcome);
            emit jobEnded();
            runPendingVerify();
        };
        if (outcome.error != kDialogOpen || m_restriction->isActive()) {
            done();
            return;
        }
        // pressSend.js found a dialog right before pressing, before the page reported it: pause
        // with its text, then answer.
        QPointer<PageJobRunner> self(this);
        m_page->runProbe(QStringLiteral("dialogText.js"), {}, [self, done](const QVariant& text) {
            if (!self)
                return;
            emit self->dialogFound(text.toString());
            done();
        });
    });
    startJob(job);
}

void PageJobRunner::runJob(PageJob* job)
{
    startJob(job);
}

void PageJobRunner::endJob(PageJob* job)
{
    if (m_job != job)
        return;
    finishJob(job);
    emit jobEnded();
    runPendingVerify();
}

bool PageJobRunner::lendPage()
{
    if (isBusy() || m_followUp || !m_page->isAwake())
        return false;
    m_lent = true;
    emit used();
    return true;
}

void PageJobRunner::takePageBack()
{
    if (!m_lent)
        return;
    m_lent = false;
    // Away from the own chat and its prefilled (never sent) probe text.
    navigate(m_page->whatsappUrl());
    runPendingVerify();
}

void PageJobRunner::checkFollowUps(const QVector<WatchedLead>& leads)
{
    // Busy with a send or a look already, or nothing to look at: nothing seen this time.
    if (isBusy() || m_followUp || leads.isEmpty()) {
        QTimer::singleShot(0, this, [this] { emit followUpsChecked({}); });
        return;
    }
    const int maxChatOpens = qMax(0, m_settings->intValue(SettingKeys::FollowUpChatOpens, sdrId()));
    auto* check = new FollowUpCheck(this, leads, m_clock, timeoutMs(), maxChatOpens, this);
    m_followUp = check;
    connect(check, &FollowUpCheck::finished, this, [this, check](const QVector<FollowUpObservation>& seen) {
        check->deleteLater();
        m_followUp = nullptr;
        emit followUpsChecked(seen);
    });
    check->start();
}

void PageJobRunner::runPendingVerify()
{
    if (isBusy() || !m_pendingVerify)
        return;
    const PendingVerify verify = *std::exchange(m_pendingVerify, std::nullopt);
    startVerify(verify);
}

void PageJobRunner::verifySent(const QString& requestId, const QString& phoneDigits, const QString& text,
                               const QDateTime& since)
{
    if (!SendJob::isValidPhoneDigits(phoneDigits)) {
        QTimer::singleShot(0, this,
                           [this, requestId] { emit verifyFinished(requestId, VerifyOutcome::Unknown); });
        return;
    }
    const PendingVerify verify{requestId, phoneDigits, text, since};
    if (isBusy()) {
        // A request is still running (a send the dispatcher stopped waiting for): its outcome is
        // exactly what this verification is about. Look once it is done, never answer "unknown"
        // because of it.
        if (m_pendingVerify) {
            const QString replaced = m_pendingVerify->requestId;
            QTimer::singleShot(0, this,
                               [this, replaced] { emit verifyFinished(replaced, VerifyOutcome::Unknown); });
        }
        qCInfo(lcSession) << sdrId() << "verification waits for the running request";
        m_pendingVerify = verify;
        return;
    }
    startVerify(verify);
}

void PageJobRunner::startVerify(const PendingVerify& verify)
{
    // The bubble position is known for the last press of this session (same chat, same text).
    const QString afterId = m_lastPress.phone == verify.phone && m_lastPress.text == verify.text
                                ? m_lastPress.lastIdBefore
                                : QString();
    auto* job = new VerifyJob(this, verify.phone, verify.text, verify.since, afterId, timeoutMs(), this);
    const QString requestId = verify.requestId;
    connect(job, &VerifyJob::finished, this, [this, job, requestId](VerifyOutcome outcome) {
        finishJob(job);
        emit verifyFinished(requestId, outcome);
        emit jobEnded();
        runPendingVerify();
    });
    startJob(job);
}
