#pragma once

#include "PageHost.h"

class Clock;
class MessageChannel;
class SessionPage;

// What a session's page jobs see of it (the PageHost): its state through its MessageChannel, its
// page through SessionPage, its clock, and the facts one job leaves for the next (the message text
// reader works on this page; the last press of Send). A job's navigation counts as the session
// being used (used()).
class SessionPageHost : public PageHost
{
    Q_OBJECT
public:
    SessionPageHost(MessageChannel* channel, SessionPage* page, const Clock* clock,
                    QObject* parent = nullptr);

    QString sdrId() const override;
    ConnectionState state() const override;
    bool isReadyToSend() const override;
    const Clock* clock() const override { return m_clock; }
    QUrl whatsappUrl() const override;
    PageSnapshot snapshot() const override;
    void wake() override;
    void navigate(const QUrl& url) override;
    void runProbe(const QString& script, const QJsonObject& args,
                  const std::function<void(const QVariant&)>& callback) override;
    void noteTextReaderWorks() override;
    bool textReaderWorks() const override { return m_textReaderWorks; }
    void notePress(const QString& phoneDigits, const QString& text, const QString& lastIdBefore) override;

    // The newest outgoing message before the last press of Send of `text` to `phoneDigits` on this
    // page; empty when the last press was of another message.
    QString lastIdBeforePress(const QString& phoneDigits, const QString& text) const;

signals:
    // A job navigated the page: the session was in use.
    void used();

private:
    MessageChannel* m_channel;
    SessionPage* m_page;
    const Clock* m_clock;
    bool m_textReaderWorks = false;
    struct Press
    {
        QString phone;
        QString text;
        QString lastIdBefore;
    };
    Press m_lastPress;
};
