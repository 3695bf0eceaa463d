#pragma once

#include "FollowUpObservation.h"
#include "PageJob.h"
#include "WatchedLead.h"

#include <optional>

// Opens one watched lead's chat (deep link without text) and reads what happened after the send:
// the tick of the lead's message and the first message the lead wrote after it (followUpChat.js).
// Opening a chat reads it, exactly as when the SDR opens it in WhatsApp Web; nothing else is
// touched. Finishes with nothing when the message cannot be found in the chat.
class FollowUpJob : public PageJob
{
    Q_OBJECT
public:
    FollowUpJob(PageHost* host, const WatchedLead& lead, int timeoutMs, QObject* parent = nullptr);

    void abort(const QString& reason) override;

signals:
    void finished(const std::optional<FollowUpObservation>& observation);

protected:
    QUrl targetUrl() const override;
    void sessionUnusable(ConnectionState state) override;
    void pageFailed() override;
    void poll() override;
    void timedOut() override;

private:
    void finish(const std::optional<FollowUpObservation>& observation, const QString& why);

    WatchedLead m_lead;
    int m_missingPolls = 0;
    int m_truncatedPolls = 0;
};
