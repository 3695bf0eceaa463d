#include "PageJobRunner.h"

#include "FollowUpCheck.h"
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
    : QObject(parent)
    , m_page(page)
    , m_restriction(restriction)
    , m_settings(settings)
    , m_clock(clock)
    , m_host(channel, page, clock)
{
    connect(&m_host, &SessionPageHost::used, this, &PageJobRunner::used);
}

PageJobRunner::~PageJobRunner()
{
    abortJob(QStringLiteral("session_removed"));
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
    std::optional<SendOutcome> refused = SendJob::refusal(phoneDigits, text);
    if (isBusy())
        refused = SendOutcome{SendOutcome::Result::NotAttempted,
                              QStringLiteral("session_busy"),
                              QStringLiteral("another request is running"),
                              {}};
    if (refused) {
        QTimer::singleShot(0, this,
                           [this, requestId, outcome = *refused] { emit sendFinished(requestId, outcome); });
        return;
    }
    auto* job = new SendJob(&m_host, phoneDigits, text, timeoutMs(), m_clock, this);
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
    m_host.navigate(m_page->whatsappUrl());
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
    const QString afterId = m_host.lastIdBeforePress(verify.phone, verify.text);
    auto* job = new VerifyJob(&m_host, verify.phone, verify.text, verify.since, afterId, timeoutMs(), this);
    const QString requestId = verify.requestId;
    connect(job, &VerifyJob::finished, this, [this, job, requestId](VerifyOutcome outcome) {
        finishJob(job);
        emit verifyFinished(requestId, outcome);
        emit jobEnded();
        runPendingVerify();
    });
    startJob(job);
}
