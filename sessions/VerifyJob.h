#pragma once

#include <QDateTime>

#include "PageJob.h"
#include "VerifyOutcome.h"

// Looks for a message among the outgoing messages of a chat (a lead left in `sending`): opens the
// chat by deep link without text and reports Found (an outgoing message with the text, no older
// than the attempt: its time stamp or its position after the press), Absent (the chat showed its
// messages, at least one, and stayed the same without it for ~2 s, and the text reader has been
// shown to work on this page: it read the text of an outgoing message) or Unknown (anything else:
// a chat with no messages at all, a reader that reads nothing, a truncated long message or an
// undated one that may be it, a timeout).
class VerifyJob : public PageJob
{
    Q_OBJECT
public:
    // since: the attempt's start (a message older than that is an earlier lead's); afterId: the
    // newest outgoing message when Send was pressed in this session (empty: unknown).
    VerifyJob(PageHost* host, const QString& phoneDigits, const QString& text, const QDateTime& since,
              const QString& afterId, int timeoutMs, QObject* parent = nullptr);

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
    QDateTime m_since;
    QString m_afterId;
    int m_absentPolls = 0;
    int m_undatedPolls = 0;
    int m_lastTotal = -1;
    int m_partialPolls = 0;
};
