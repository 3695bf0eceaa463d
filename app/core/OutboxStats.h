#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QVector>

class QSqlDatabase;

// One SDR's outbox figures for one local day. Each figure has exactly one definition, here, so the
// dashboard, the status bar, the tray and `--status` never count the same thing differently.
struct OutboxFigures
{
    // Waiting to go out: leads queued or being sent, plus imported leads the router has not taken
    // into the outbox yet. Uncertain leads are not waiting: they need a person.
    int queued = 0;
    // Pressed but not confirmed, or not verifiable: a person decides (see Outbox).
    int uncertain = 0;
    // Sent during the day (sent_at in the day), whether reported yet or not.
    int sentToday = 0;
    // Finished without a send during the day: failed, reported or not.
    int failedToday = 0;

    bool operator==(const OutboxFigures& other) const
    {
        return queued == other.queued && uncertain == other.uncertain && sentToday == other.sentToday &&
               failedToday == other.failedToday;
    }
};

// The store's outbox figures, read with indexed, grouped queries. Works on the app's own
// connection and on the read-only connection of `--status` alike.
class OutboxStats
{
public:
    // The local calendar day around `nowUtc`, as [start, end) in UTC.
    static QDateTime localDayStart(const QDateTime& nowUtc);
    static QDateTime localDayEnd(const QDateTime& nowUtc);

    // Figures per SDR id (SDRs with nothing in the outbox are absent). On a database error the
    // result is empty and `error` (when given) says why.
    static QHash<QString, OutboxFigures> perSdr(const QSqlDatabase& db, const QDateTime& dayStartUtc,
                                                const QDateTime& dayEndUtc, QString* error = nullptr);
    // 24 counts: sends in each hour of the day that starts at dayStartUtc.
    static QVector<int> hourlySends(const QSqlDatabase& db, const QDateTime& dayStartUtc,
                                    QString* error = nullptr);
    // 24 counts of the timestamps `sql` selects (its two parameters: the day's start and end), by
    // the hour of the day that starts at dayStartUtc. Shared by every per-hour figure.
    static QVector<int> countPerHour(const QSqlDatabase& db, const QString& sql, const QDateTime& dayStartUtc,
                                     QString* error = nullptr);
};
