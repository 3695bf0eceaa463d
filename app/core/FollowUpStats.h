#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVector>

class QSqlDatabase;

// One figure for today (the local calendar day) and for the last 7 local days including today.
struct DayWeek
{
    int today = 0;
    int week = 0;

    bool operator==(const DayWeek& other) const { return today == other.today && week == other.week; }
    bool operator!=(const DayWeek& other) const { return !(*this == other); }
};

// One SDR's figures of what happened after the send. An event counts in the period it happened
// in (a reply at 09:00 today to a lead sent yesterday is a reply today), so each column answers
// "how many of these happened today / this week".
struct FollowUpFigures
{
    DayWeek sent;
    DayWeek delivered;
    DayWeek read;
    DayWeek replied;
    DayWeek optedOut;
    // The reply rate's own base: of the messages sent in the last 7 days, how many got a reply
    // (by now). A cohort, not replied.week / sent.week, so it never passes 100 % and a busy week
    // of replies to older sends does not inflate it.
    int weekSentReplied = 0;

    // Percent, or -1 when nothing was sent in the last 7 days.
    int replyRatePercent() const
    {
        return sent.week > 0 ? int(qint64(weekSentReplied) * 100 / sent.week) : -1;
    }

    bool operator==(const FollowUpFigures& other) const
    {
        return sent == other.sent && delivered == other.delivered && read == other.read &&
               replied == other.replied && optedOut == other.optedOut &&
               weekSentReplied == other.weekSentReplied;
    }
};

// The figures of lead_followup and the outbox's sends as the team lead's screens show them (the
// dashboard, `--status`). Like OutboxStats, the single definition: grouped queries, on the app's
// connection or the read-only one of `--status`. The unanswered budget is not defined here but by
// UnansweredBudget.
class FollowUpStats
{
public:
    // The start of the 7-day period ending with the local day that starts at dayStartUtc: the local
    // midnight six days before it, in UTC.
    static QDateTime weekStart(const QDateTime& dayStartUtc);

    // Figures per SDR id for the local day [dayStartUtc, dayEndUtc) and the 7 days ending with it
    // (SDRs with nothing in the period are absent). On a database error the result is empty and
    // `error` (when given) says why.
    static QHash<QString, FollowUpFigures> perSdr(const QSqlDatabase& db, const QDateTime& dayStartUtc,
                                                  const QDateTime& dayEndUtc, QString* error = nullptr);
    // 24 counts: first replies in each hour of the day that starts at dayStartUtc.
    static QVector<int> hourlyReplies(const QSqlDatabase& db, const QDateTime& dayStartUtc,
                                      QString* error = nullptr);
};
