#include "SessionPageHost.h"

#include "MessageChannel.h"
#include "SessionPage.h"
#include "SessionsLogging.h"

SessionPageHost::SessionPageHost(MessageChannel* channel, SessionPage* page, const Clock* clock,
                                 QObject* parent)
    : PageHost(parent)
    , m_channel(channel)
    , m_page(page)
    , m_clock(clock)
{
    connect(m_channel, &MessageChannel::stateChanged, this, &PageHost::stateChanged);
    connect(m_page, &SessionPage::loadFinished, this, &PageHost::pageLoadFinished);
}

QString SessionPageHost::sdrId() const
{
    return m_channel->sdrId();
}

ConnectionState SessionPageHost::state() const
{
    return m_channel->state();
}

bool SessionPageHost::isReadyToSend() const
{
    return m_channel->isReadyToSend();
}

QUrl SessionPageHost::whatsappUrl() const
{
    return m_page->whatsappUrl();
}

PageSnapshot SessionPageHost::snapshot() const
{
    return m_page->snapshot();
}

void SessionPageHost::wake()
{
    m_channel->requestWake();
}

void SessionPageHost::navigate(const QUrl& url)
{
    emit used();
    m_page->navigate(url);
}

void SessionPageHost::runProbe(const QString& script, const QJsonObject& args,
                               const std::function<void(const QVariant&)>& callback)
{
    m_page->runProbe(script, args, callback);
}

void SessionPageHost::noteTextReaderWorks()
{
    if (!m_textReaderWorks)
        qCInfo(lcSession) << sdrId() << "the message text reader works on this page";
    m_textReaderWorks = true;
}

void SessionPageHost::notePress(const QString& phoneDigits, const QString& text, const QString& lastIdBefore)
{
    m_lastPress = Press{phoneDigits, text, lastIdBefore};
}

QString SessionPageHost::lastIdBeforePress(const QString& phoneDigits, const QString& text) const
{
    return m_lastPress.phone == phoneDigits && m_lastPress.text == text ? m_lastPress.lastIdBefore
                                                                        : QString();
}
