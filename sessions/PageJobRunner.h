#pragma once

#include "FollowUpObservation.h"
#include "PageJob.h"
#include "SendOutcome.h"
#include "SessionPageHost.h"
#include "VerifyOutcome.h"
#include "WatchedLead.h"

#include <QDateTime>
#include <QPointer>
#include <QVector>
#include <optional>

class Clock;
class FollowUpCheck;
class MessageChannel;
class SendJob;
class SessionPage;
class SessionRestriction;
class Settings;

// Runs the page jobs of one session, one at a time: sends, verifications (one asked while another
// job runs waits for it, never answers "unknown" because of it), follow-up looks, and the page
// lent to the doctor. The jobs see the session through its SessionPageHost (host()).
class PageJobRunner : public QObject
{
    Q_OBJECT
public:
    PageJobRunner(MessageChannel* channel, SessionPage* page, SessionRestriction* restriction,
                  Settings* settings, const Clock* clock, QObject* parent = nullptr);
    ~PageJobRunner() override;

    // What the jobs see of the session.
    SessionPageHost* host() { return &m_host; }
    QString sdrId() const { return m_host.sdrId(); }

    // --- what the session asks (MessageChannel's requests) ---
    void send(const QString& requestId, const QString& phoneDigits, const QString& text);
    void verifySent(const QString& requestId, const QString& phoneDigits, const QString& text,
                    const QDateTime& since);
    void checkFollowUps(const QVector<WatchedLead>& leads);

    // Runs a job of a multi-step request (the follow-up look); endJob when it finished. The caller
    // checks isBusy() first.
    void runJob(PageJob* job);
    void endJob(PageJob* job);
    // The doctor borrows the idle page; requests wait (busy) until it is given back, and the page
    // then returns to WhatsApp's start.
    bool lendPage();
    void takePageBack();

    // A job runs or the page is lent.
    bool isBusy() const { return m_job != nullptr || m_lent; }
    // Busy, or a follow-up look between two chats, or a verification waiting to run.
    bool hasWork() const;
    bool isLookingForFollowUps() const;
    PageJob* job() const { return m_job; }
    // The running send while Send has not been pressed yet (a dialog must stop it); else nullptr.
    SendJob* unpressedSend() const;
    // The session cannot go on (renderer crashed, logged out, removed).
    void abortJob(const QString& reason);

signals:
    void sendFinished(const QString& requestId, const SendOutcome& outcome);
    void verifyFinished(const QString& requestId, VerifyOutcome outcome);
    void followUpsChecked(const QVector<FollowUpObservation>& observations);
    // A job ended: what the page reported during it (held back during a deep link) counts now.
    void jobEnded();
    // A request started or ended: the session was in use.
    void used();
    // Send was refused because of a dialog over the chat; its text (the session pauses).
    void dialogFound(const QString& text);

private:
    struct PendingVerify
    {
        QString requestId;
        QString phone;
        QString text;
        QDateTime since;
    };
    void startJob(PageJob* job);
    void finishJob(PageJob* job);
    void startVerify(const PendingVerify& verify);
    void runPendingVerify();
    int timeoutMs() const;

    SessionPage* m_page;
    SessionRestriction* m_restriction;
    Settings* m_settings;
    const Clock* m_clock;
    SessionPageHost m_host;

    QPointer<PageJob> m_job;
    QPointer<FollowUpCheck> m_followUp;
    bool m_lent = false;
    std::optional<PendingVerify> m_pendingVerify; // asked while a job ran: runs right after it
};
