#pragma once

#include "Backoff.h"
#include "ReportPump.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QObject>

class ActivityLog;
class Clock;
class CrmClient;
class QRandomGenerator;

// What every reporter of stored work to the CRM shares: one call at a time, the first due item
// first; retries with capped backoff whose schedule lives in the store (so it survives restarts);
// a store that cannot be written makes the loop wait with its own growing delay instead of posting
// the same item again and again; an idle loop looks again when the next item is due (at most a
// minute later). Without a CRM the items are final at once. A subclass says what is due, how one
// item is posted and what each answer means (ResultReporter, LeadEventReporter).
class CrmReportLoop : public QObject
{
    Q_OBJECT
public:
    void start();
    void stop();
    void setPaused(bool paused);
    // Items may be due: look now.
    void kick();
    bool isIdle() const { return !m_inFlight; }
    // Base and cap of the retry backoff (tests shorten them).
    void setBackoff(qint64 baseMs, qint64 capMs);

protected:
    using Category = const QLoggingCategory& (*)();
    CrmReportLoop(CrmClient* crm, const Clock* clock, ActivityLog* activity, QRandomGenerator* random,
                  Category category, QObject* parent);

    enum class Step
    {
        NothingDue,      // look again at nextDue()
        Posted,          // posting() was called; the answer goes to the subclass, which calls answered()
        RecordedLocally, // no CRM: items were made final; look for more
        StoreFailed      // the store refused a write: storeFailed() was called
    };
    virtual Step postDue(const QDateTime& now) = 0;
    virtual QDateTime nextDue() const = 0;

    CrmClient* crm() const { return m_crm; }
    const Clock* clock() const { return m_clock; }
    ActivityLog* activity() const { return m_activity; }
    // Right before an item is posted (an answer may come before the call returns).
    void posting() { m_inFlight = true; }
    // The answer to the item in flight arrived.
    void answered() { m_inFlight = false; }
    // The item is final in the store: the store works again, on to the next.
    void settled();
    // The delay before item's next try, after `attempts` failed ones.
    qint64 retryDelay(int attempts, qint64 retryAfterMs) const;
    // The store could not record what happened to an item: wait, with a growing delay. The first
    // time, `activityText` goes to the activity log (under sdrId).
    void storeFailed(const QString& sdrId, const QString& what, const QString& error,
                     const QString& activityText);

private:
    void next();

    CrmClient* m_crm;
    const Clock* m_clock;
    ActivityLog* m_activity;
    QRandomGenerator* m_random;
    Category m_category;
    Backoff m_backoff;
    Backoff m_storeBackoff;
    ReportPump m_pump{m_clock, [this] {
                          next();
                      }};
    bool m_inFlight = false;
};
