#pragma once

#include "PageJob.h"

#include <QStringList>
#include <QVariantMap>

// Reads WhatsApp Web's chat list as it is (no navigation; the session is woken when hibernated)
// for the chats with some numbers: per number found, whether its last message came in, its unread
// count and the tick of its last message when it went out (followUpList.js).
class ChatListJob : public PageJob
{
    Q_OBJECT
public:
    ChatListJob(PageHost* host, const QStringList& phoneDigits, int timeoutMs, QObject* parent = nullptr);

    void abort(const QString& reason) override;

signals:
    // ok false: the list could not be read (chats empty). chats: digits -> followUpList.js's entry.
    void finished(bool ok, const QVariantMap& chats);

protected:
    QUrl targetUrl() const override { return {}; }
    bool navigates() const override { return false; }
    void sessionUnusable(ConnectionState state) override;
    void pageFailed() override;
    void poll() override;
    void timedOut() override;

private:
    void finish(bool ok, const QVariantMap& chats, const QString& why);

    QStringList m_phones;
    int m_emptyPolls = 0;
};
