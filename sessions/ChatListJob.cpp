#include "ChatListJob.h"

#include "PageHost.h"
#include "SessionsLogging.h"

#include <QJsonArray>

namespace {
constexpr int kEmptyPolls = 12; // 3 s at PageJob's poll interval
}

ChatListJob::ChatListJob(PageHost* host, const QStringList& phoneDigits, int timeoutMs, QObject* parent)
    : PageJob(host, timeoutMs, parent)
    , m_phones(phoneDigits)
{
}

void ChatListJob::finish(bool ok, const QVariantMap& chats, const QString& why)
{
    if (isDone())
        return;
    finishJob();
    qCDebug(lcSession) << m_host->sdrId() << "chat list read:" << ok << chats.size() << "chats" << why;
    emit finished(ok, chats);
}

void ChatListJob::abort(const QString& reason)
{
    finish(false, {}, reason);
}

void ChatListJob::sessionUnusable(ConnectionState state)
{
    finish(false, {}, QStringLiteral("session is %1").arg(connectionStateName(state)));
}

void ChatListJob::pageFailed()
{
    finish(false, {}, QStringLiteral("page failed"));
}

void ChatListJob::timedOut()
{
    finish(false, {}, QStringLiteral("timeout"));
}

void ChatListJob::poll()
{
    if (!m_host->snapshot().chatList)
        return; // still loading or syncing
    probe(QStringLiteral("followUpList.js"),
          {{QStringLiteral("phones"), QJsonArray::fromStringList(m_phones)}}, [this](const QVariant& result) {
              const QVariantMap reply = result.toMap();
              // An empty list may still be filling in after a wake: look again for a while before
              // taking "no chats" for an answer.
              if (reply.value(QStringLiteral("rows")).toInt() > 0 || ++m_emptyPolls >= kEmptyPolls)
                  finish(true, reply.value(QStringLiteral("chats")).toMap(), QStringLiteral("read"));
          });
}
