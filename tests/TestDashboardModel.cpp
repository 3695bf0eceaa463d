#include "ActivityLog.h"
#include "ConnectionStatusRepository.h"
#include "DashboardModel.h"
#include "FollowUpRepository.h"
#include "OverviewQuery.h"
#include "SdrRepository.h"
#include "Settings.h"
#include "Store.h"
#include "UnansweredBudget.h"
#include "fixtures/ManualClock.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestDashboardModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Store* m_store = nullptr;
    SdrRepository* m_sdrs = nullptr;
    ConnectionStatusRepository* m_statuses = nullptr;
    ActivityLog* m_activity = nullptr;
    ManualClock m_clock;
    QDateTime m_dayStart;
    int m_count = 0;

    void addSdr(const QString& id, const QString& name, bool active = true)
    {
        SdrRecord sdr;
        sdr.id = id;
        sdr.name = name;
        sdr.active = active;
        QVERIFY(m_sdrs->upsert(sdr));
    }
    void saveStatus(const QString& id, ConnectionState state, const QString& phone = {},
                    const QDateTime& connectedAt = {}, const QString& error = {})
    {
        ConnectionStatus status;
        status.sdrId = id;
        status.state = state;
        status.whatsappConnected = state == ConnectionState::Connected;
        status.whatsappPhone = phone;
        status.whatsappConnectedAt = connectedAt;
        status.lastError = error;
        status.updatedAt = m_clock.now();
        QVERIFY(m_statuses->save(status));
    }
    // One outbox row as the queue code writes it (columns from StoreSchema).
    void addLead(const QString& leadId, const QString& sdrId, const QString& state,
                 const QDateTime& updatedAt, const QDateTime& sentAt = {}, const QString& error = {},
                 const QString& detail = {})
    {
        QSqlQuery query(m_store->database());
        query.prepare(
            QStringLiteral("INSERT INTO outbox(lead_id, sdr_id, name, phone, message, state, error, "
                           "detail, created_at, updated_at, sent_at) VALUES(?,?,?,?,?,?,?,?,?,?,?)"));
        query.addBindValue(leadId);
        query.addBindValue(sdrId);
        query.addBindValue(QStringLiteral("Lead %1").arg(leadId));
        query.addBindValue(QStringLiteral("+905454031918"));
        query.addBindValue(QStringLiteral("Hello"));
        query.addBindValue(state);
        query.addBindValue(error.isEmpty() ? QVariant() : QVariant(error));
        query.addBindValue(detail.isEmpty() ? QVariant() : QVariant(detail));
        query.addBindValue(Store::timestamp(updatedAt));
        query.addBindValue(Store::timestamp(updatedAt));
        query.addBindValue(sentAt.isValid() ? QVariant(Store::timestamp(sentAt)) : QVariant());
        QVERIFY2(query.exec(), qPrintable(query.lastQuery()));
    }
    void addLocalLead(const QString& leadId, const QString& sdrId)
    {
        QSqlQuery query(m_store->database());
        query.prepare(QStringLiteral("INSERT INTO local_leads(lead_id, sdr_id, phone, message, created_at) "
                                     "VALUES(?, ?, '+15551234567', 'Hi', ?)"));
        query.addBindValue(leadId);
        query.addBindValue(sdrId);
        query.addBindValue(Store::timestamp(m_clock.now()));
        QVERIFY(query.exec());
    }
    // What the tracker stores after a send (lead_followup): a reply at repliedAt, when valid.
    void addFollowUp(const QString& leadId, const QString& sdrId, const QDateTime& sentAt,
                     const QDateTime& repliedAt = {})
    {
        QSqlQuery query(m_store->database());
        query.prepare(
            QStringLiteral("INSERT INTO lead_followup(lead_id, sdr_id, phone, sent_at, delivered_at, "
                           "replied_at, reply_text, updated_at) VALUES(?,?,?,?,?,?,?,?)"));
        query.addBindValue(leadId);
        query.addBindValue(sdrId);
        query.addBindValue(QStringLiteral("+905454031918"));
        query.addBindValue(Store::timestamp(sentAt));
        query.addBindValue(Store::timestamp(sentAt.addSecs(60)));
        query.addBindValue(repliedAt.isValid() ? QVariant(Store::timestamp(repliedAt)) : QVariant());
        query.addBindValue(repliedAt.isValid() ? QVariant(QStringLiteral("Yes please")) : QVariant());
        query.addBindValue(Store::timestamp(repliedAt.isValid() ? repliedAt : sentAt));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    QDateTime at(int hour, int minute = 0) const { return m_dayStart.addSecs(hour * 3600 + minute * 60); }

private slots:
    void init()
    {
        m_store = new Store(this);
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("dash%1.db").arg(++m_count))));
        m_sdrs = new SdrRepository(m_store, this);
        m_statuses = new ConnectionStatusRepository(m_store, this);
        m_activity = new ActivityLog(m_store, &m_clock, this);
        m_clock.set(QDateTime(QDate(2026, 11, 20), QTime(15, 30)).toUTC());
        m_dayStart = OverviewQuery::localDayStart(m_clock.now());
    }
    void cleanup()
    {
        delete m_activity;
        delete m_statuses;
        delete m_sdrs;
        delete m_store;
    }

    void replyFiguresAndTheUnansweredBudgetFlag()
    {
        Settings settings(m_store);
        addSdr(QStringLiteral("sdr_a"), QStringLiteral("Ahmet"));
        addSdr(QStringLiteral("sdr_b"), QStringLiteral("Bruna"));
        addSdr(QStringLiteral("sdr_c"), QStringLiteral("Carla"));
        saveStatus(QStringLiteral("sdr_a"), ConnectionState::Connected);
        saveStatus(QStringLiteral("sdr_b"), ConnectionState::Connected);
        QVERIFY(settings.setForSdr(QStringLiteral("sdr_a"), SettingKeys::UnansweredBudget, 10));
        QVERIFY(settings.setForSdr(QStringLiteral("sdr_b"), SettingKeys::UnansweredBudget, 10));
        // Ahmet: 8 unanswered sends ten days ago (in the budget's 30 days, not in the week), one
        // send today that got a reply today: 8 / 10 = 80 %, flagged. Bruna: 10 unanswered: paused.
        for (int i = 0; i < 8; ++i) {
            const QDateTime sent = at(9 - 10 * 24, i);
            addLead(QStringLiteral("a%1").arg(i), QStringLiteral("sdr_a"), QStringLiteral("reported"), sent,
                    sent);
            addFollowUp(QStringLiteral("a%1").arg(i), QStringLiteral("sdr_a"), sent);
        }
        addLead(QStringLiteral("a_today"), QStringLiteral("sdr_a"), QStringLiteral("reported"), at(9), at(9));
        addFollowUp(QStringLiteral("a_today"), QStringLiteral("sdr_a"), at(9), at(11, 20));
        for (int i = 0; i < 10; ++i)
            addLead(QStringLiteral("b%1").arg(i), QStringLiteral("sdr_b"), QStringLiteral("reported"),
                    at(8, i), at(8, i));

        DashboardModel model(m_store, m_sdrs, m_statuses, m_activity, &m_clock, nullptr, &settings);
        QTRY_VERIFY(!model.isRefreshing()); // the first snapshot
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int a = model.rowOf(QStringLiteral("sdr_a"));
        const int b = model.rowOf(QStringLiteral("sdr_b"));
        const int c = model.rowOf(QStringLiteral("sdr_c"));
        auto text = [&](int row, int column) {
            return model.index(row, column).data().toString();
        };

        QCOMPARE(text(a, DashboardModel::SentColumn), QStringLiteral("1 / 1"));
        QCOMPARE(text(a, DashboardModel::DeliveredColumn), QStringLiteral("1 / 1"));
        QCOMPARE(text(a, DashboardModel::RepliedColumn), QStringLiteral("1 / 1"));
        QCOMPARE(text(a, DashboardModel::ReadColumn), QStringLiteral("0 / 0"));
        QCOMPARE(text(a, DashboardModel::ReplyRateColumn), QStringLiteral("100 %"));
        QCOMPARE(text(b, DashboardModel::ReplyRateColumn), QStringLiteral("0 %"));
        QCOMPARE(text(c, DashboardModel::ReplyRateColumn), QStringLiteral("—"));

        // The budget as UnansweredBudget counts it, flagged at 80 %.
        FollowUpRepository repository(m_store);
        UnansweredBudget budget(&repository, &settings, &m_clock);
        QCOMPARE(model.overview(a).budgetUsed, budget.usage(QStringLiteral("sdr_a")).used);
        // Every SDR in one read gives what each read on its own gives.
        const QStringList ids{QStringLiteral("sdr_a"), QStringLiteral("sdr_b"), QStringLiteral("sdr_c")};
        const auto all = budget.usage(ids);
        for (const QString& id : ids) {
            const UnansweredBudget::Usage one = budget.usage(id);
            QCOMPARE(all.value(id).used, one.used);
            QCOMPARE(all.value(id).budget, one.budget);
            QCOMPARE(all.value(id).near, one.near);
            QCOMPARE(all.value(id).exhausted, one.exhausted);
            QCOMPARE(all.value(id).nextRelease, one.nextRelease);
        }
        QVERIFY(all.value(QStringLiteral("sdr_a")).nextRelease.isValid());
        QCOMPARE(text(a, DashboardModel::BudgetColumn), QStringLiteral("8 / 10 (80 %)"));
        QCOMPARE(model.index(a, DashboardModel::BudgetColumn).data(DashboardModel::BudgetFlagRole).toInt(),
                 1);
        QVERIFY(!model.index(a, DashboardModel::BudgetColumn).data(Qt::DecorationRole).isNull());
        QVERIFY(model.index(a, DashboardModel::BudgetColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("8 / 10")));
        QCOMPARE(text(a, DashboardModel::StateColumn), QStringLiteral("Connected"));
        // At 100 %: paused, and the state says so.
        QCOMPARE(model.index(b, DashboardModel::BudgetColumn).data(DashboardModel::BudgetFlagRole).toInt(),
                 2);
        QCOMPARE(text(b, DashboardModel::StateColumn), QStringLiteral("Paused: unanswered budget"));
        QVERIFY(model.index(b, DashboardModel::StateColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("10")));
        QCOMPARE(model.index(c, DashboardModel::BudgetColumn).data(DashboardModel::BudgetFlagRole).toInt(),
                 0);
        QVERIFY(model.index(c, DashboardModel::BudgetColumn).data(Qt::DecorationRole).isNull());
        QCOMPARE(text(c, DashboardModel::BudgetColumn), QStringLiteral("0 / 150 (0 %)"));

        const DashboardModel::Totals totals = model.totals();
        QCOMPARE(totals.repliedToday, 1);
        QCOMPARE(totals.budgetFlagged, 2);
        QCOMPARE(totals.budgetPaused, 1);
        QCOMPARE(model.hourlyReplies().at(11), 1);
        for (int column = 0; column < model.columnCount(); ++column)
            QVERIFY(!model.headerData(column, Qt::Horizontal).toString().isEmpty());
        QVERIFY(model.headerData(DashboardModel::RepliedColumn, Qt::Horizontal, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("7 days")));

        // A reply frees budget: Bruna's first lead answers, and she is flagged, no longer paused.
        addFollowUp(QStringLiteral("b0"), QStringLiteral("sdr_b"), at(8, 0), at(15));
        model.refresh();
        QTRY_VERIFY(!model.isRefreshing());
        QCOMPARE(model.index(b, DashboardModel::BudgetColumn).data(DashboardModel::BudgetFlagRole).toInt(),
                 1);
        QCOMPARE(text(b, DashboardModel::StateColumn), QStringLiteral("Connected"));
    }

    void localDayStartIsLocalMidnight()
    {
        QCOMPARE(m_dayStart.toLocalTime().time(), QTime(0, 0));
        QCOMPARE(m_dayStart.toLocalTime().date(), QDate(2026, 11, 20));
        QCOMPARE(m_dayStart.timeSpec(), Qt::UTC);
    }

    void figuresPerSdr()
    {
        addSdr(QStringLiteral("sdr_a"), QStringLiteral("Ahmet"));
        addSdr(QStringLiteral("sdr_b"), QStringLiteral("Bruna"));
        saveStatus(QStringLiteral("sdr_a"), ConnectionState::Connected, QStringLiteral("+905454031918"),
                   at(8, 5));
        saveStatus(QStringLiteral("sdr_b"), ConnectionState::PhoneOffline, {}, {},
                   QStringLiteral("phone has no internet"));
        // Ahmet: 2 queued, 1 sending, 3 sent today (one already reported), 1 sent yesterday,
        // 1 failed today (reported), 1 failed yesterday, 1 uncertain, 1 imported lead not taken up.
        addLead(QStringLiteral("q1"), QStringLiteral("sdr_a"), QStringLiteral("queued"), at(15));
        addLead(QStringLiteral("q2"), QStringLiteral("sdr_a"), QStringLiteral("queued"), at(15));
        addLead(QStringLiteral("s1"), QStringLiteral("sdr_a"), QStringLiteral("sending"), at(15, 20));
        addLead(QStringLiteral("t1"), QStringLiteral("sdr_a"), QStringLiteral("sent"), at(9, 10), at(9, 10));
        addLead(QStringLiteral("t2"), QStringLiteral("sdr_a"), QStringLiteral("reported"), at(9, 40),
                at(9, 40));
        addLead(QStringLiteral("t3"), QStringLiteral("sdr_a"), QStringLiteral("sent"), at(14, 2), at(14, 2));
        addLead(QStringLiteral("y1"), QStringLiteral("sdr_a"), QStringLiteral("reported"), at(-2), at(-2));
        addLead(QStringLiteral("f1"), QStringLiteral("sdr_a"), QStringLiteral("reported"), at(11), {},
                QStringLiteral("invalid_phone"), QStringLiteral("Phone number shared via url is invalid."));
        addLead(QStringLiteral("f0"), QStringLiteral("sdr_a"), QStringLiteral("failed"), at(-5), {},
                QStringLiteral("send_timeout"));
        addLead(QStringLiteral("u1"), QStringLiteral("sdr_a"), QStringLiteral("uncertain"), at(12));
        addLocalLead(QStringLiteral("local1"), QStringLiteral("sdr_a"));
        addLocalLead(QStringLiteral("q1"), QStringLiteral("sdr_a")); // already in the outbox: not twice

        DashboardModel model(m_store, m_sdrs, m_statuses, m_activity, &m_clock);
        QTRY_VERIFY(!model.isRefreshing()); // the first snapshot
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(DashboardModel::ColumnCount));

        const SdrOverview ahmet = model.overview(model.rowOf(QStringLiteral("sdr_a")));
        QCOMPARE(ahmet.state, ConnectionState::Connected);
        QCOMPARE(ahmet.phone, QStringLiteral("+905454031918"));
        QCOMPARE(ahmet.connectedSince, at(8, 5));
        QCOMPARE(ahmet.queueDepth, 4);
        QCOMPARE(ahmet.sentToday, 3);
        QCOMPARE(ahmet.failedToday, 1);
        QCOMPARE(ahmet.uncertain, 1);
        // No connection error: the last send error of today is shown.
        QCOMPARE(ahmet.lastError, QStringLiteral("invalid_phone: Phone number shared via url is invalid."));

        const SdrOverview bruna = model.overview(model.rowOf(QStringLiteral("sdr_b")));
        QCOMPARE(bruna.state, ConnectionState::PhoneOffline);
        QVERIFY(!bruna.connectedSince.isValid());
        QCOMPARE(bruna.lastError, QStringLiteral("phone has no internet"));
        QCOMPARE(bruna.sentToday, 0);

        const int row = model.rowOf(QStringLiteral("sdr_a"));
        // Sent today / in the last 7 days (y1 went out yesterday).
        QCOMPARE(model.index(row, DashboardModel::SentColumn).data().toString(), QStringLiteral("3 / 4"));
        QCOMPARE(model.index(row, DashboardModel::StateColumn).data().toString(),
                 QStringLiteral("Connected"));
        QCOMPARE(model.index(row, DashboardModel::NameColumn).data().toString(), QStringLiteral("Ahmet"));
        QCOMPARE(model.headerData(DashboardModel::FailedTodayColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Failed today"));

        const DashboardModel::Totals totals = model.totals();
        QCOMPARE(totals.sdrs, 2);
        QCOMPARE(totals.connected, 1);
        QCOMPARE(totals.needAttention, 1);
        QCOMPARE(totals.sentToday, 3);
        QCOMPARE(totals.queued, 4);

        QVector<int> expectedHours(24, 0);
        expectedHours[9] = 2;
        expectedHours[14] = 1;
        QCOMPARE(model.hourlySends(), expectedHours);

        const QVector<UncertainLead> uncertain = model.uncertainLeads();
        QCOMPARE(uncertain.size(), 1);
        QCOMPARE(uncertain.first().leadId, QStringLiteral("u1"));
        QCOMPARE(uncertain.first().sdrName, QStringLiteral("Ahmet"));
    }

    void refreshesOnSignalsWithoutReset()
    {
        addSdr(QStringLiteral("sdr_a"), QStringLiteral("Ahmet"));
        DashboardModel model(m_store, m_sdrs, m_statuses, m_activity, &m_clock);
        QTRY_VERIFY(!model.isRefreshing()); // the first snapshot
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy refreshed(&model, &DashboardModel::refreshed);

        addSdr(QStringLiteral("sdr_b"), QStringLiteral("Bruna"));
        QTRY_COMPARE(model.rowCount(), 2);

        saveStatus(QStringLiteral("sdr_b"), ConnectionState::QrRequired);
        QTRY_COMPARE(model.overview(model.rowOf(QStringLiteral("sdr_b"))).state, ConnectionState::QrRequired);

        // A send shows up after the activity entry that goes with it.
        addLead(QStringLiteral("t1"), QStringLiteral("sdr_b"), QStringLiteral("sent"), at(15, 1), at(15, 1));
        m_activity->add(QStringLiteral("sdr_b"), QStringLiteral("send"), QStringLiteral("sent to lead t1"));
        QTRY_COMPARE(model.overview(model.rowOf(QStringLiteral("sdr_b"))).sentToday, 1);

        QVERIFY(m_sdrs->remove(QStringLiteral("sdr_a")));
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(resets.count(), 0);
        QVERIFY(refreshed.count() >= 3);
    }

    void nextSendTime()
    {
        addSdr(QStringLiteral("sdr_a"), QStringLiteral("Ahmet"));
        saveStatus(QStringLiteral("sdr_a"), ConnectionState::Connected, QStringLiteral("+905454031918"),
                   at(8));
        DashboardModel model(m_store, m_sdrs, m_statuses, m_activity, &m_clock);
        QTRY_VERIFY(!model.isRefreshing()); // the first snapshot
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        const QModelIndex cell = model.index(0, DashboardModel::NextSendColumn);
        QCOMPARE(cell.data().toString(), QStringLiteral("—"));

        const QDateTime next = at(15, 31);
        model.setNextSendAt(QStringLiteral("sdr_a"), next);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cell.data().toString(), next.toLocalTime().toString(QStringLiteral("HH:mm")));
        QCOMPARE(cell.data(DashboardModel::SortRole).toLongLong(), next.toMSecsSinceEpoch());
        // It survives a re-read of the store.
        model.refresh();
        QTRY_VERIFY(!model.isRefreshing());
        QCOMPARE(model.overview(0).nextSendAt, next);
        model.setNextSendAt(QStringLiteral("sdr_a"), {});
        QCOMPARE(cell.data().toString(), QStringLiteral("—"));
    }

    void anAwakeSessionShowsItsRenderersMemoryAndCpuAndAnAsleepOneSaysSo()
    {
        addSdr(QStringLiteral("sdr_a"), QStringLiteral("Ahmet"));
        addSdr(QStringLiteral("sdr_b"), QStringLiteral("Beatriz"));
        addSdr(QStringLiteral("sdr_c"), QStringLiteral("Carla")); // no session at all
        DashboardModel model(m_store, m_sdrs, m_statuses, m_activity, &m_clock);
        QTRY_VERIFY(!model.isRefreshing()); // the first snapshot
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QLocale::setDefault(QLocale::c());
        auto cell = [&](const QString& id, int column, int role = Qt::DisplayRole) {
            return model.index(model.rowOf(id), column).data(role);
        };
        QCOMPARE(model.headerData(DashboardModel::MemoryColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Memory"));
        QCOMPARE(model.headerData(DashboardModel::CpuColumn, Qt::Horizontal).toString(),
                 QStringLiteral("CPU"));
        QCOMPARE(cell(QStringLiteral("sdr_a"), DashboardModel::MemoryColumn).toString(), QStringLiteral("—"));

        SessionUsage awake;
        awake.awake = true;
        awake.pid = 4242;
        awake.memoryKb = 350 * 1024 + 100;
        awake.proportional = true;
        awake.cpuPercent = 2.54;
        SessionUsage woken = awake; // woken since the last sample: nothing measured yet
        woken.memoryKb = -1;
        woken.cpuPercent = -1;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setSessionUsage({{QStringLiteral("sdr_a"), awake}, {QStringLiteral("sdr_b"), SessionUsage()}});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cell(QStringLiteral("sdr_a"), DashboardModel::MemoryColumn).toString(),
                 QStringLiteral("350 MB"));
        QCOMPARE(cell(QStringLiteral("sdr_a"), DashboardModel::CpuColumn).toString(),
                 QStringLiteral("2.5 %"));
        QVERIFY(cell(QStringLiteral("sdr_a"), DashboardModel::MemoryColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("PSS")));
        QCOMPARE(cell(QStringLiteral("sdr_b"), DashboardModel::MemoryColumn).toString(),
                 QStringLiteral("asleep"));
        QCOMPARE(cell(QStringLiteral("sdr_b"), DashboardModel::CpuColumn).toString(),
                 QStringLiteral("asleep"));
        QCOMPARE(cell(QStringLiteral("sdr_c"), DashboardModel::CpuColumn).toString(), QStringLiteral("—"));
        // Sorting puts the biggest first (descending) and asleep ones last; the row's SDR id stays.
        QVERIFY(
            cell(QStringLiteral("sdr_a"), DashboardModel::MemoryColumn, DashboardModel::SortRole).toDouble() >
            cell(QStringLiteral("sdr_b"), DashboardModel::MemoryColumn, DashboardModel::SortRole).toDouble());
        QCOMPARE(
            cell(QStringLiteral("sdr_b"), DashboardModel::CpuColumn, DashboardModel::SdrIdRole).toString(),
            QStringLiteral("sdr_b"));

        model.setSessionUsage({{QStringLiteral("sdr_a"), woken}});
        QCOMPARE(cell(QStringLiteral("sdr_a"), DashboardModel::MemoryColumn).toString(), QStringLiteral("—"));
        QCOMPARE(cell(QStringLiteral("sdr_b"), DashboardModel::MemoryColumn).toString(), QStringLiteral("—"));
        // The figures survive a re-read of the store.
        model.setSessionUsage({{QStringLiteral("sdr_a"), awake}});
        model.refresh();
        QTRY_VERIFY(!model.isRefreshing());
        QCOMPARE(cell(QStringLiteral("sdr_a"), DashboardModel::MemoryColumn).toString(),
                 QStringLiteral("350 MB"));
        QLocale::setDefault(QLocale::system());
    }

    void plainTextFromTheNetwork()
    {
        const QString name = QStringLiteral("<i>Mallory</i><script>alert(1)</script>");
        addSdr(QStringLiteral("sdr_m"), name);
        saveStatus(QStringLiteral("sdr_m"), ConnectionState::Error, {}, {}, QStringLiteral("<b>boom</b>"));
        DashboardModel model(m_store, m_sdrs, m_statuses, m_activity, &m_clock);
        QTRY_VERIFY(!model.isRefreshing()); // the first snapshot
        QCOMPARE(model.index(0, DashboardModel::NameColumn).data().toString(), name);
        QCOMPARE(model.index(0, DashboardModel::LastErrorColumn).data().toString(),
                 QStringLiteral("<b>boom</b>"));
        QVERIFY(model.index(0, DashboardModel::LastErrorColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("&lt;b&gt;boom&lt;/b&gt;")));
    }
};

QTEST_MAIN(TestDashboardModel)
#include "TestDashboardModel.moc"
