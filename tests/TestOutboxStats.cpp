#include "DataDirectory.h"
#include "FollowUpRepository.h"
#include "FollowUpStats.h"
#include "OutboxStats.h"
#include "OverviewQuery.h"
#include "SdrRepository.h"
#include "StatusReport.h"
#include "Store.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

Q_DECLARE_METATYPE(OutboxFigures)

// Every outbox figure the team lead sees has one definition (OutboxStats); the dashboard and
// `sdr-sender --status` read the same numbers from the same store.
class TestOutboxStats : public QObject
{
    Q_OBJECT

    // Noon local time: "today" is that local day whatever the machine's zone.
    const QDateTime m_now = QDateTime(QDate(2026, 11, 20), QTime(12, 0)).toUTC();
    QTemporaryDir m_dir;
    int m_count = 0;

    enum class When
    {
        Never,
        Today,
        Yesterday,
        Tomorrow
    };

    QVariant at(When when) const
    {
        switch (when) {
        case When::Never:
            return {};
        case When::Today:
            return Store::timestamp(m_now.addSecs(-3600));
        case When::Yesterday:
            return Store::timestamp(m_now.addDays(-1));
        case When::Tomorrow:
            return Store::timestamp(m_now.addDays(1));
        }
        return {};
    }

    static bool addOutbox(Store& store, const QString& leadId, const QString& sdrId, const QString& state,
                          const QVariant& updatedAt, const QVariant& sentAt, const QString& error = {})
    {
        QSqlQuery query(store.database());
        query.prepare(QStringLiteral("INSERT INTO outbox(lead_id, sdr_id, state, error, created_at, "
                                     "updated_at, sent_at) VALUES(?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(leadId);
        query.addBindValue(sdrId);
        query.addBindValue(state);
        query.addBindValue(error.isEmpty() ? QVariant() : QVariant(error));
        query.addBindValue(updatedAt);
        query.addBindValue(updatedAt);
        query.addBindValue(sentAt);
        return query.exec();
    }

    static bool addLocalLead(Store& store, const QString& leadId, const QString& sdrId)
    {
        QSqlQuery query(store.database());
        query.prepare(QStringLiteral("INSERT INTO local_leads(lead_id, sdr_id, phone, message, created_at) "
                                     "VALUES(?, ?, '+15550000000', 'hi', '2026-11-20T09:00:00.000Z')"));
        query.addBindValue(leadId);
        query.addBindValue(sdrId);
        return query.exec();
    }

    static QVariant stamp(const QDateTime& when)
    {
        return when.isValid() ? QVariant(Store::timestamp(when)) : QVariant();
    }
    static QDateTime local(int day, int hour, int minute = 0, int second = 0)
    {
        return QDateTime(QDate(2026, 11, day), QTime(hour, minute, second)).toUTC();
    }
    // A sent lead and what followed it, as the tracker stores it (lead_followup).
    static bool addSent(Store& store, const QString& leadId, const QString& sdrId, const QDateTime& sentAt,
                        const QDateTime& delivered = {}, const QDateTime& read = {},
                        const QDateTime& replied = {}, const QDateTime& optedOut = {})
    {
        if (!addOutbox(store, leadId, sdrId, QStringLiteral("reported"), stamp(sentAt), stamp(sentAt)))
            return false;
        QSqlQuery query(store.database());
        query.prepare(
            QStringLiteral("INSERT INTO lead_followup(lead_id, sdr_id, phone, sent_at, delivered_at, "
                           "read_at, replied_at, reply_text, opted_out, opted_out_at, updated_at) "
                           "VALUES(?, ?, '+15550000000', ?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(leadId);
        query.addBindValue(sdrId);
        query.addBindValue(stamp(sentAt));
        query.addBindValue(stamp(delivered));
        query.addBindValue(stamp(read));
        query.addBindValue(stamp(replied));
        query.addBindValue(replied.isValid() ? QVariant(QStringLiteral("ok")) : QVariant());
        query.addBindValue(optedOut.isValid() ? 1 : 0);
        query.addBindValue(stamp(optedOut));
        query.addBindValue(stamp(sentAt)); // older than the events: the figures must not depend on it
        return query.exec();
    }

private slots:
    void eachRowCountsOnceWhereItBelongs_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("updated");
        QTest::addColumn<int>("sent");
        QTest::addColumn<QString>("error");
        QTest::addColumn<OutboxFigures>("expected");
        const auto figures = [](int queued, int uncertain, int sent, int failed) {
            OutboxFigures f;
            f.queued = queued;
            f.uncertain = uncertain;
            f.sentToday = sent;
            f.failedToday = failed;
            return f;
        };
        const int never = int(When::Never), today = int(When::Today), yesterday = int(When::Yesterday),
                  tomorrow = int(When::Tomorrow);
        QTest::newRow("queued waits") << "queued" << yesterday << never << "" << figures(1, 0, 0, 0);
        QTest::newRow("sending waits") << "sending" << today << never << "" << figures(1, 0, 0, 0);
        QTest::newRow("uncertain is its own figure")
            << "uncertain" << yesterday << never << "" << figures(0, 1, 0, 0);
        QTest::newRow("sent today") << "sent" << today << today << "" << figures(0, 0, 1, 0);
        QTest::newRow("sent today, reported") << "reported" << today << today << "" << figures(0, 0, 1, 0);
        QTest::newRow("sent yesterday, reported today")
            << "reported" << today << yesterday << "" << figures(0, 0, 0, 0);
        QTest::newRow("sent tomorrow (clock skew)")
            << "sent" << tomorrow << tomorrow << "" << figures(0, 0, 0, 0);
        QTest::newRow("failed today") << "failed" << today << never << "send_timeout" << figures(0, 0, 0, 1);
        QTest::newRow("failed today, reported")
            << "reported" << today << never << "invalid_phone" << figures(0, 0, 0, 1);
        QTest::newRow("failed yesterday")
            << "failed" << yesterday << never << "send_timeout" << figures(0, 0, 0, 0);
    }

    void eachRowCountsOnceWhereItBelongs()
    {
        QFETCH(QString, state);
        QFETCH(int, updated);
        QFETCH(int, sent);
        QFETCH(QString, error);
        QFETCH(OutboxFigures, expected);
        Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("rows%1.db").arg(++m_count))));
        QVERIFY(addOutbox(store, QStringLiteral("l1"), QStringLiteral("sdr_john"), state, at(When(updated)),
                          at(When(sent)), error));
        QString queryError;
        const auto figures = OutboxStats::perSdr(store.database(), OutboxStats::localDayStart(m_now),
                                                 OutboxStats::localDayEnd(m_now), &queryError);
        QVERIFY2(queryError.isEmpty(), qPrintable(queryError));
        QCOMPARE(figures.value(QStringLiteral("sdr_john")), expected);
    }

    void importedLeadsWaitUntilTheRouterTakesThem()
    {
        Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("local%1.db").arg(++m_count))));
        QVERIFY(addLocalLead(store, QStringLiteral("csv1"), QStringLiteral("sdr_ana")));
        QVERIFY(addLocalLead(store, QStringLiteral("csv2"), QStringLiteral("sdr_ana")));
        // csv2 is in the outbox already (sent): counted there, not twice.
        QVERIFY(addOutbox(store, QStringLiteral("csv2"), QStringLiteral("sdr_ana"), QStringLiteral("sent"),
                          at(When::Today), at(When::Today)));
        const auto figures = OutboxStats::perSdr(store.database(), OutboxStats::localDayStart(m_now),
                                                 OutboxStats::localDayEnd(m_now));
        QCOMPARE(figures.value(QStringLiteral("sdr_ana")).queued, 1);
        QCOMPARE(figures.value(QStringLiteral("sdr_ana")).sentToday, 1);
    }

    void hourlySendsFallInTheirLocalHour()
    {
        Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("hours%1.db").arg(++m_count))));
        const QDateTime dayStart = OutboxStats::localDayStart(m_now);
        QVERIFY(addOutbox(store, QStringLiteral("a"), QStringLiteral("s"), QStringLiteral("sent"),
                          Store::timestamp(dayStart.addSecs(9 * 3600 + 5)),
                          Store::timestamp(dayStart.addSecs(9 * 3600 + 5))));
        QVERIFY(addOutbox(store, QStringLiteral("b"), QStringLiteral("s"), QStringLiteral("reported"),
                          Store::timestamp(dayStart.addSecs(9 * 3600 + 3599)),
                          Store::timestamp(dayStart.addSecs(9 * 3600 + 3599))));
        QVERIFY(addOutbox(store, QStringLiteral("c"), QStringLiteral("s"), QStringLiteral("sent"),
                          Store::timestamp(dayStart.addSecs(-1)), Store::timestamp(dayStart.addSecs(-1))));
        const QVector<int> hours = OutboxStats::hourlySends(store.database(), dayStart);
        QCOMPARE(hours.size(), 24);
        QCOMPARE(hours.at(9), 2);
        QCOMPARE(std::accumulate(hours.begin(), hours.end(), 0), 2);
    }

    void theWeekIsTheSevenLocalDaysEndingToday()
    {
        const QDateTime dayStart = OutboxStats::localDayStart(m_now);
        QCOMPARE(FollowUpStats::weekStart(dayStart), local(14, 0));
        QCOMPARE(FollowUpStats::weekStart(dayStart).timeSpec(), Qt::UTC);
    }

    void followUpEventsCountInTheDayAndWeekTheyHappened()
    {
        Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("followups%1.db").arg(++m_count))));
        const QString a = QStringLiteral("sdr_a");
        // Today, the whole way to a reply.
        QVERIFY(addSent(store, QStringLiteral("l1"), a, local(20, 9), local(20, 9, 1), local(20, 9, 5),
                        local(20, 10)));
        // Sent a second before today began, delivered just after.
        QVERIFY(addSent(store, QStringLiteral("l2"), a, local(19, 23, 59, 59), local(20, 0, 0, 30)));
        // Sent on the week's first moment; replied that morning, and the reply was an opt-out.
        QVERIFY(addSent(store, QStringLiteral("l3"), a, local(14, 0), {}, {}, local(14, 8), local(14, 8)));
        // Sent just before the week: not a send of the week, but its reply came within it.
        QVERIFY(addSent(store, QStringLiteral("l4"), a, local(13, 23, 59, 59), {}, {}, local(15, 10)));
        // Events before the week (and a send after today) count nowhere.
        QVERIFY(
            addSent(store, QStringLiteral("l5"), a, local(10, 9), local(10, 9), local(10, 9), local(13, 9)));
        QVERIFY(addSent(store, QStringLiteral("l6"), a, local(21, 0)));
        QVERIFY(addSent(store, QStringLiteral("b1"), QStringLiteral("sdr_b"), local(20, 11)));
        // Not sent: no figure.
        QVERIFY(
            addOutbox(store, QStringLiteral("q1"), a, QStringLiteral("queued"), stamp(local(20, 11)), {}));

        QString error;
        const QDateTime dayStart = OutboxStats::localDayStart(m_now);
        const auto figures =
            FollowUpStats::perSdr(store.database(), dayStart, OutboxStats::localDayEnd(m_now), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const FollowUpFigures f = figures.value(a);
        QCOMPARE(f.sent, (DayWeek{1, 3}));      // l1 | l1 l2 l3
        QCOMPARE(f.delivered, (DayWeek{2, 2})); // l1 l2
        QCOMPARE(f.read, (DayWeek{1, 1}));      // l1
        QCOMPARE(f.replied, (DayWeek{1, 3}));   // l1 | l1 l3 l4
        QCOMPARE(f.optedOut, (DayWeek{0, 1}));  // l3
        QCOMPARE(f.weekSentReplied, 2);         // of l1 l2 l3: l1 l3
        QCOMPARE(f.replyRatePercent(), 66);
        const FollowUpFigures b = figures.value(QStringLiteral("sdr_b"));
        QCOMPARE(b.sent, (DayWeek{1, 1}));
        QCOMPARE(b.replied, (DayWeek{0, 0}));
        QCOMPARE(b.replyRatePercent(), 0);
        QCOMPARE(FollowUpFigures().replyRatePercent(), -1);

        const QVector<int> replies = FollowUpStats::hourlyReplies(store.database(), dayStart);
        QCOMPARE(replies.size(), 24);
        QCOMPARE(replies.at(10), 1);
        QCOMPARE(std::accumulate(replies.begin(), replies.end(), 0), 1);
    }

    void theReplyJoinGoesThroughTheFollowUpKey()
    {
        // Not a timing test: the week's sends are joined to their follow-up row through its primary
        // key, never by scanning lead_followup per outbox row (docs/benchmarks.md has the timings).
        Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("plan%1.db").arg(++m_count))));
        QSqlQuery query(store.database());
        QVERIFY(query.exec(QStringLiteral("EXPLAIN QUERY PLAN SELECT o.sdr_id FROM outbox o LEFT JOIN "
                                          "lead_followup f ON f.lead_id = o.lead_id WHERE o.sent_at >= '' "
                                          "GROUP BY o.sdr_id")));
        QStringList plan;
        while (query.next())
            plan << query.value(3).toString();
        // The join to lead_followup goes through its primary key, never a scan per outbox row.
        const QString joined = plan.join(QLatin1Char('|'));
        QVERIFY2(joined.contains(QStringLiteral("SEARCH f USING")) &&
                     joined.contains(QStringLiteral("(lead_id=?)")),
                 qPrintable(joined));
    }

    void anSdrsBudgetIsCountedFromIndexesAlone()
    {
        // Not a timing test: each dispatcher's budget count walks the SDR's sends in the index of
        // (sdr_id, sent_at) and looks each reply up in the index of (lead_id, replied_at), never in
        // the tables (docs/benchmarks.md has the timings).
        Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("plan%1.db").arg(++m_count))));
        const QString plan = FollowUpRepository::unansweredPlan(store.database());
        QVERIFY2(plan.contains(QStringLiteral("SEARCH o USING COVERING INDEX outbox_sdr_sent")),
                 qPrintable(plan));
        QVERIFY2(plan.contains(QStringLiteral("SEARCH f USING COVERING INDEX lead_followup_lead_replied")),
                 qPrintable(plan));
    }

    void theDashboardAndStatusShowTheSameFigures()
    {
        QTemporaryDir dataDir;
        {
            Store store;
            QVERIFY(store.open(DataDirectory(dataDir.path()).databasePath()));
            SdrRepository sdrs(&store);
            QVERIFY(sdrs.upsert({QStringLiteral("sdr_john"), QStringLiteral("John"), true, QString(),
                                 QStringLiteral("crm")}));
            QVERIFY(sdrs.upsert({QStringLiteral("sdr_ana"), QStringLiteral("Ana"), true, QString(),
                                 QStringLiteral("local")}));
            int n = 0;
            const QStringList states{QStringLiteral("queued"),    QStringLiteral("sending"),
                                     QStringLiteral("uncertain"), QStringLiteral("sent"),
                                     QStringLiteral("reported"),  QStringLiteral("failed")};
            for (const QString& sdr : {QStringLiteral("sdr_john"), QStringLiteral("sdr_ana")}) {
                for (const QString& state : states) {
                    for (When when : {When::Today, When::Yesterday}) {
                        const bool sent = state == QLatin1String("sent") ||
                                          (state == QLatin1String("reported") && n % 2 == 0);
                        QVERIFY(addOutbox(store, QStringLiteral("lead%1").arg(++n), sdr, state, at(when),
                                          sent ? at(when) : QVariant(),
                                          sent ? QString() : QStringLiteral("send_timeout")));
                    }
                }
            }
            QVERIFY(addLocalLead(store, QStringLiteral("csv1"), QStringLiteral("sdr_ana")));
            QVERIFY(addSent(store, QStringLiteral("f1"), QStringLiteral("sdr_ana"), local(20, 8),
                            local(20, 8, 1), local(20, 9), local(20, 10)));
            QVERIFY(addSent(store, QStringLiteral("f2"), QStringLiteral("sdr_ana"), local(17, 8),
                            local(17, 8, 1), {}, local(18, 10), local(18, 10)));

            const QVector<SdrOverview> dashboard =
                OverviewQuery::snapshot(store.database(), m_now, false).rows;
            StatusReport status;
            QVERIFY2(status.load(dataDir.path(), m_now), qPrintable(status.errorString()));
            QCOMPARE(status.rows().at(0).followUps.replied, (DayWeek{1, 2})); // Ana
            const QJsonObject ana = status.toJson().value(QStringLiteral("sdrs")).toArray().at(0).toObject();
            QCOMPARE(ana.value(QStringLiteral("replied_7d")).toInt(), 2);
            QVERIFY(status.toTable().contains(QStringLiteral("REPLIED TODAY/7D")));
            QCOMPARE(dashboard.size(), 2);
            QCOMPARE(status.rows().size(), 2);
            for (int i = 0; i < 2; ++i) {
                const SdrOverview& d = dashboard.at(i);
                const SdrStatusRow& s = status.rows().at(i);
                QCOMPARE(d.sdrId, s.id);
                QCOMPARE(d.queueDepth, s.queueDepth);
                QCOMPARE(d.uncertain, s.uncertain);
                QCOMPARE(d.sentToday, s.sentToday);
                QCOMPARE(d.failedToday, s.failedToday);
                QCOMPARE(d.followUps, s.followUps);
                // "Sent today" of the outbox figures and of the follow-up figures is one number.
                QCOMPARE(d.followUps.sent.today, d.sentToday);
                QVERIFY(d.queueDepth + d.uncertain + d.sentToday + d.failedToday > 0);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestOutboxStats)
#include "TestOutboxStats.moc"
