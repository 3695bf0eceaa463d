#pragma once

#include "FollowUpObservation.h"
#include "WatchedLead.h"

#include <QObject>
#include <QPointer>
#include <QVariantMap>
#include <QVector>

class Clock;
class PageJob;
class PageJobRunner;

// One look at an SDR's WhatsApp for its watched leads, cheap first: the chat list (each chat's last
// tick, whether the lead wrote last, its unread badge) answers most of it without opening a chat;
// a chat is opened only when the list cannot tell: the lead wrote (the reply's text is needed) or
// the chat is not in the list under its number. At most `maxChatOpens` chats per look, and the
// look stops as soon as the session has something else to do (a send comes first).
class FollowUpCheck : public QObject
{
    Q_OBJECT
public:
    FollowUpCheck(PageJobRunner* runner, const QVector<WatchedLead>& leads, const Clock* clock, int timeoutMs,
                  int maxChatOpens, QObject* parent = nullptr);

    void start();

signals:
    void finished(const QVector<FollowUpObservation>& observations);

private:
    void onListRead(bool ok, const QVariantMap& chats);
    void openNext();
    void run(PageJob* job);
    void done();
    FollowUpObservation observation(const WatchedLead& lead) const;

    QPointer<PageJobRunner> m_runner;
    QVector<WatchedLead> m_leads;
    QVector<WatchedLead> m_toOpen;
    QVector<FollowUpObservation> m_observations;
    const Clock* m_clock;
    int m_timeoutMs;
    int m_maxChatOpens;
    bool m_finished = false;
};
