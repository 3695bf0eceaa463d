// The team lead's reads on a large store: the dashboard's figures (OutboxStats, FollowUpStats, the
// unanswered budget of every SDR) and the Leads view's query (LeadList), each timed over a store of
// N outbox rows (default 100 000) spread over 20 SDRs and 90 days, a quarter of the last month's
// sends answered. Prints the median of several runs and SQLite's query plans.
// Usage: followup_figures [rows]

#include "Clock.h"
#include "FollowUpRepository.h"
#include "FollowUpStats.h"
#include "LeadList.h"
#include "OutboxStats.h"
#include "Settings.h"
#include "Store.h"
#include "UnansweredBudget.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <functional>

namespace {
class FixedClock : public Clock
{
public:
    QDateTime now() const override { return m_now; }
    QDateTime m_now;
};

QTextStream out(stdout);

void time(const QString& name, int runs, const std::function<int()>& read)
{
    QVector<double> ms;
    int rows = 0;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        rows = read();
        ms.append(timer.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    out << QStringLiteral("%1  %2 ms (median of %3; min %4 ms), %5 rows")
               .arg(name, -44)
               .arg(ms.at(ms.size() / 2), 7, 'f', 1)
               .arg(runs)
               .arg(ms.first(), 0, 'f', 1)
               .arg(rows)
        << Qt::endl;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const int rows = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    Store store;
    if (!store.open(dir.filePath(QStringLiteral("bench.db"))))
        qFatal("cannot open the store");
    FixedClock clock;
    clock.m_now = QDateTime(QDate(2026, 11, 20), QTime(15, 0)).toUTC();
    const QDateTime now = clock.m_now;
    QRandomGenerator random(42);

    QSqlDatabase db = store.database();
    db.transaction();
    QSqlQuery outbox(db);
    outbox.prepare(
        QStringLiteral("INSERT INTO outbox(lead_id, sdr_id, name, phone, message, state, created_at, "
                       "updated_at, sent_at) VALUES(?, ?, ?, ?, 'Hello', ?, ?, ?, ?)"));
    QSqlQuery followUp(db);
    followUp.prepare(
        QStringLiteral("INSERT INTO lead_followup(lead_id, sdr_id, phone, sent_at, delivered_at, "
                       "read_at, replied_at, reply_text, updated_at) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery sdr(db);
    sdr.prepare(
        QStringLiteral("INSERT INTO sdrs(id, name, active, source, created_at, updated_at) "
                       "VALUES(?, ?, 1, 'crm', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"));
    QStringList sdrIds;
    for (int i = 0; i < 20; ++i) {
        sdrIds << QStringLiteral("sdr_%1").arg(i);
        sdr.addBindValue(sdrIds.last());
        sdr.addBindValue(QStringLiteral("SDR %1").arg(i));
        if (!sdr.exec())
            qFatal("insert sdr failed");
    }
    for (int i = 0; i < rows; ++i) {
        const QString leadId = QStringLiteral("lead_%1").arg(i);
        const QString sdrId = sdrIds.at(i % sdrIds.size());
        const QString phone = QStringLiteral("+9055%1").arg(i, 7, 10, QLatin1Char('0'));
        const QDateTime at = now.addSecs(-qint64(random.bounded(90 * 86400)));
        const int kind = random.bounded(10);
        const bool sent = kind < 8;
        outbox.addBindValue(leadId);
        outbox.addBindValue(sdrId);
        outbox.addBindValue(QStringLiteral("Lead %1").arg(i));
        outbox.addBindValue(phone);
        outbox.addBindValue(sent        ? QStringLiteral("reported")
                            : kind == 8 ? QStringLiteral("failed")
                                        : QStringLiteral("queued"));
        outbox.addBindValue(Store::timestamp(at));
        outbox.addBindValue(Store::timestamp(at));
        outbox.addBindValue(sent ? QVariant(Store::timestamp(at)) : QVariant());
        if (!outbox.exec())
            qFatal("insert outbox failed");
        if (sent && at > now.addDays(-30)) {
            const QDateTime delivered = at.addSecs(300);
            const bool replied = random.bounded(4) == 0;
            const QDateTime reply = at.addSecs(7200);
            followUp.addBindValue(leadId);
            followUp.addBindValue(sdrId);
            followUp.addBindValue(phone);
            followUp.addBindValue(Store::timestamp(at));
            followUp.addBindValue(Store::timestamp(delivered));
            followUp.addBindValue(Store::timestamp(at.addSecs(3600)));
            followUp.addBindValue(replied ? QVariant(Store::timestamp(reply)) : QVariant());
            followUp.addBindValue(replied ? QVariant(QStringLiteral("Yes, tell me more")) : QVariant());
            followUp.addBindValue(Store::timestamp(replied ? reply : delivered));
            if (!followUp.exec())
                qFatal("insert follow-up failed");
        }
    }
    db.commit();
    QSqlQuery(db).exec(QStringLiteral("ANALYZE"));

    const QDateTime dayStart = OutboxStats::localDayStart(now);
    const QDateTime dayEnd = OutboxStats::localDayEnd(now);
    Settings settings(&store);
    FollowUpRepository repository(&store);
    UnansweredBudget budget(&repository, &settings, &clock);
    const int runs = 7;
    out << rows << " outbox rows, 20 SDRs" << Qt::endl;
    time(QStringLiteral("OutboxStats::perSdr"), runs,
         [&] { return int(OutboxStats::perSdr(db, dayStart, dayEnd).size()); });
    time(QStringLiteral("OutboxStats::hourlySends"), runs,
         [&] { return int(OutboxStats::hourlySends(db, dayStart).size()); });
    time(QStringLiteral("FollowUpStats::perSdr"), runs,
         [&] { return int(FollowUpStats::perSdr(db, dayStart, dayEnd).size()); });
    time(QStringLiteral("FollowUpStats::hourlyReplies"), runs,
         [&] { return int(FollowUpStats::hourlyReplies(db, dayStart).size()); });
    time(QStringLiteral("UnansweredBudget::usage(all 20 SDRs)"), runs,
         [&] { return int(budget.usage(sdrIds).size()); });
    time(QStringLiteral("UnansweredBudget::usage(one SDR) x 20"), runs, [&] {
        for (const QString& id : sdrIds)
            budget.usage(id);
        return int(sdrIds.size());
    });
    LeadList::Filter filter;
    filter.since = now.addDays(-14);
    time(QStringLiteral("LeadList::query (all, newest 2000)"), runs,
         [&] { return int(LeadList::query(db, filter).size()); });
    filter.sdrId = QStringLiteral("sdr_3");
    time(QStringLiteral("LeadList::query (one SDR)"), runs,
         [&] { return int(LeadList::query(db, filter).size()); });
    filter.state = QStringLiteral("replied");
    time(QStringLiteral("LeadList::query (one SDR, replied)"), runs,
         [&] { return int(LeadList::query(db, filter).size()); });
    filter = {};
    filter.since = now.addDays(-14);
    filter.search = QStringLiteral("Lead 4242");
    time(QStringLiteral("LeadList::query (text search)"), runs,
         [&] { return int(LeadList::query(db, filter).size()); });
    return 0;
}
