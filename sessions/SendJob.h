#pragma once

#include "PageJob.h"
#include "SendOutcome.h"

#include <optional>

class Clock;

// Sends one message through the session's page: opens <whatsapp>/send?phone=&text= (the text only
// as percent-encoded URL data), waits for the compose box prefilled with exactly the message or for
// the invalid-number dialog, presses Send (resource script, the text as JSON data) and waits until
// the new outgoing message's status icon leaves msg-time.
class SendJob : public PageJob
{
    Q_OBJECT
public:
    SendJob(PageHost* host, const QString& phoneDigits, const QString& text, int timeoutMs,
            const Clock* clock, QObject* parent = nullptr);

    // <base>send?phone=<digits>[&text=<percent-encoded UTF-8>]; '+' and every reserved character
    // are encoded so the page decodes exactly `text`.
    static QUrl deepLink(const QUrl& base, const QString& phoneDigits, const QString& text = {});
    static bool isValidPhoneDigits(const QString& digits);
    // Why a message cannot be sent at all (a number that is none, an empty text): the outcome to
    // answer at once; nullopt when it can be tried.
    static std::optional<SendOutcome> refusal(const QString& phoneDigits, const QString& text);

    void abort(const QString& reason) override;
    bool wasPressed() const { return m_phase >= Phase::Pressing; }

signals:
    void finished(const SendOutcome& outcome);

protected:
    QUrl targetUrl() const override;
    void sessionUnusable(ConnectionState state) override;
    void pageFailed() override;
    void poll() override;
    void timedOut() override;
    void stateChangedWhileOpen(ConnectionState state) override;

private:
    enum class Phase
    {
        Composing,
        Pressing,
        Confirming,
    };
    void finish(SendOutcome::Result result, const QString& error, const QString& detail = {});
    static QString errorForState(ConnectionState state);

    QString m_phone;
    QString m_text;
    const Clock* m_clock;
    Phase m_phase = Phase::Composing;
    int m_before = 0;
    int m_rowsBefore = 0;
    QString m_lastIdBefore;
    int m_mismatchPolls = 0;
};
