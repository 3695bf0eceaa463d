#pragma once

#include "PageJob.h"
#include "VerifyOutcome.h"

// Looks for a message among the outgoing messages of a chat (crash recovery of a lead left in
// `sending`): opens the chat by deep link without text and reports Found, Absent (the chat showed
// its messages, at least one, and stayed the same without it for ~2 s) or Unknown (anything else:
// a chat with no messages at all, a truncated long message that may be it, a timeout).
class VerifyJob : public PageJob
{
    Q_OBJECT
public:
    VerifyJob(WhatsAppSession* session, const QString& phoneDigits, const QString& text, int timeoutMs,
              QObject* parent = nullptr);

    void abort(const QString& reason) override;

signals:
    void finished(VerifyOutcome outcome);

protected:
    QUrl targetUrl() const override;
    void sessionUnusable(ConnectionState state) override;
    void pageFailed() override;
    void poll() override;
    void timedOut() override;
    void stateChangedWhileOpen(ConnectionState state) override;

private:
    void finish(VerifyOutcome outcome, const QString& why);

    QString m_phone;
    QString m_text;
    int m_absentPolls = 0;
    int m_lastTotal = -1;
    int m_partialPolls = 0;
};
