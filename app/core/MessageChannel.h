#pragma once

#include "ConnectionState.h"
#include "FollowUpObservation.h"
#include "SendOutcome.h"
#include "VerifyOutcome.h"
#include "WatchedLead.h"

#include <QDateTime>
#include <QObject>
#include <QVector>

// The core's whole view of one SDR's WhatsApp session. Implemented by the sessions layer
// (WhatsAppSession) and by test doubles. One request at a time per channel: the caller waits for
// sendFinished / verifyFinished before the next one.
class MessageChannel : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~MessageChannel() override = default;

    virtual QString sdrId() const = 0;
    virtual ConnectionState state() const = 0;
    // Digits of the linked WhatsApp number ("905454031918"), empty when unknown.
    virtual QString linkedPhone() const = 0;
    // Connected, and linked to the SDR's expected number when one is set.
    virtual bool isReadyToSend() const = 0;
    // Short machine-readable reason of the last failure of the session itself (page unreachable,
    // renderer crashed, ...), empty when none.
    virtual QString lastError() const { return {}; }

    // phoneDigits: normalised digits without '+'. text: the exact message. requestId is echoed back.
    virtual void send(const QString& requestId, const QString& phoneDigits, const QString& text) = 0;
    // Is the message among the outgoing messages of the chat, no older than `since` (the start of the
    // attempt; the chat may hold the same text from an earlier lead)? A channel that is busy with a
    // request answers after it, never "unknown" because of it. Absent only when the chat positively
    // proves it, read by a text reader shown to work on this page.
    virtual void verifySent(const QString& requestId, const QString& phoneDigits, const QString& text,
                            const QDateTime& since) = 0;

    // The core has work for this SDR: wake a hibernated session (state is re-detected).
    virtual void requestWake() = 0;

    // Looks in this SDR's WhatsApp for what happened after these leads went out (delivered, read,
    // replied), cheaply first. Answers followUpsChecked once, from the event loop, with what it saw
    // (nothing when it could not look: busy, not linked, no such support).
    virtual void checkFollowUps(const QVector<WatchedLead>& leads)
    {
        Q_UNUSED(leads)
        QMetaObject::invokeMethod(this, [this] { emit followUpsChecked({}); }, Qt::QueuedConnection);
    }
    // Busy with a request of its own (a send, a verification, a follow-up look).
    virtual bool isBusy() const { return false; }

signals:
    void stateChanged(ConnectionState state);
    // linkedPhone() or lastError() changed while the state stayed the same.
    void detailsChanged();
    void sendFinished(const QString& requestId, const SendOutcome& outcome);
    void verifyFinished(const QString& requestId, VerifyOutcome outcome);
    void followUpsChecked(const QVector<FollowUpObservation>& observations);
};
