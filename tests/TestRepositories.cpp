#include "ActivityLog.h"
#include "ConnectionStatusRepository.h"
#include "SdrRepository.h"
#include "Settings.h"
#include "Store.h"
#include "Utc.h"
#include "fixtures/ManualClock.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestRepositories : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Store* m_store = nullptr;

    static SdrRecord sdr(const QString& id, const QString& name, const QString& phone = {})
    {
        SdrRecord record;
        record.id = id;
        record.name = name;
        record.expectedPhone = phone;
        return record;
    }

    static ConnectionStatus connected(const QString& sdrId, const QDateTime& updatedAt)
    {
        ConnectionStatus status;
        status.sdrId = sdrId;
        status.whatsappConnected = true;
        status.whatsappSessionId = QStringLiteral("sess-") + sdrId;
        status.whatsappPhone = QStringLiteral("+15551234567");
        status.whatsappConnectedAt = updatedAt.addSecs(-60);
        status.state = ConnectionState::Connected;
        status.updatedAt = updatedAt;
        status.reportPending = true;
        return status;
    }

    int count(const QString& sql)
    {
        QSqlQuery query(m_store->database());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toInt();
    }

private slots:
    void init()
    {
        m_store = new Store(this);
        QVERIFY(m_store->open(
            m_dir.filePath(QStringLiteral("r%1.db").arg(QRandomGenerator::global()->generate()))));
    }
    void cleanup()
    {
        delete m_store;
        m_store = nullptr;
    }

    // --- SdrRepository ---------------------------------------------------------------------------

    void sdrUpsertFindAndOrder()
    {
        SdrRepository repo(m_store);
        QSignalSpy changed(&repo, &SdrRepository::sdrChanged);
        QVERIFY(repo.upsert(
            sdr(QStringLiteral("sdr_z"), QStringLiteral("ana"), QStringLiteral("+905454031918"))));
        QVERIFY(repo.upsert(sdr(QStringLiteral("sdr_a"), QStringLiteral("Zoe"))));
        QVERIFY(repo.upsert(sdr(QStringLiteral("sdr_b"), QStringLiteral("Bob"))));
        QCOMPARE(changed.count(), 3);
        QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("sdr_z"));

        const auto all = repo.all();
        QCOMPARE(all.size(), 3);
        // By name, case-insensitive.
        QCOMPARE(all.at(0).id, QStringLiteral("sdr_z"));
        QCOMPARE(all.at(1).id, QStringLiteral("sdr_b"));
        QCOMPARE(all.at(2).id, QStringLiteral("sdr_a"));

        const auto found = repo.find(QStringLiteral("sdr_z"));
        QVERIFY(found.has_value());
        QCOMPARE(found->name, QStringLiteral("ana"));
        QCOMPARE(found->expectedPhone, QStringLiteral("+905454031918"));
        QVERIFY(found->active);
        QCOMPARE(found->source, QStringLiteral("local"));
        QVERIFY(!repo.find(QStringLiteral("nobody")).has_value());
    }

    void sdrUpsertUpdatesAndKeepsSettingOverrides()
    {
        SdrRepository repo(m_store);
        QVERIFY(
            repo.upsert(sdr(QStringLiteral("sdr_a"), QStringLiteral("Old"), QStringLiteral("+15550000001"))));
        Settings settings(m_store);
        QVERIFY(settings.setForSdr(QStringLiteral("sdr_a"), SettingKeys::DailyCap, 42));

        SdrRecord updated = sdr(QStringLiteral("sdr_a"), QStringLiteral("New"));
        updated.source = QStringLiteral("crm");
        updated.active = false;
        QVERIFY(repo.upsert(updated));

        const auto found = repo.find(QStringLiteral("sdr_a"));
        QVERIFY(found.has_value());
        QCOMPARE(found->name, QStringLiteral("New"));
        QCOMPARE(found->source, QStringLiteral("crm"));
        QVERIFY(!found->active);
        QVERIFY(found->expectedPhone.isEmpty()); // the CRM cleared it
        QCOMPARE(repo.all().size(), 1);
        QCOMPARE(settings.intValue(SettingKeys::DailyCap, QStringLiteral("sdr_a")), 42);
        QCOMPARE(settings.source(SettingKeys::DailyCap, QStringLiteral("sdr_a")), Settings::Source::Sdr);
    }

    void sdrSetActive()
    {
        SdrRepository repo(m_store);
        QVERIFY(repo.upsert(sdr(QStringLiteral("sdr_a"), QStringLiteral("A"))));
        QSignalSpy changed(&repo, &SdrRepository::sdrChanged);
        QVERIFY(repo.setActive(QStringLiteral("sdr_a"), false));
        QCOMPARE(changed.count(), 1);
        QVERIFY(!repo.find(QStringLiteral("sdr_a"))->active);
        QVERIFY(repo.setActive(QStringLiteral("sdr_a"), true));
        QVERIFY(repo.find(QStringLiteral("sdr_a"))->active);

        QVERIFY(!repo.setActive(QStringLiteral("ghost"), false));
        QVERIFY(repo.errorString().contains(QStringLiteral("ghost")));
        QCOMPARE(changed.count(), 2);
    }

    void sdrRejectsEmptyId()
    {
        SdrRepository repo(m_store);
        QSignalSpy changed(&repo, &SdrRepository::sdrChanged);
        QVERIFY(!repo.upsert(sdr(QString(), QStringLiteral("Nameless"))));
        QVERIFY(!repo.errorString().isEmpty());
        QCOMPARE(changed.count(), 0);
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM sdrs")), 0);
    }

    void sdrRemoveDropsStatusKeepsOutbox()
    {
        SdrRepository repo(m_store);
        ConnectionStatusRepository statuses(m_store);
        QVERIFY(repo.upsert(sdr(QStringLiteral("sdr_a"), QStringLiteral("A"))));
        QVERIFY(repo.upsert(sdr(QStringLiteral("sdr_b"), QStringLiteral("B"))));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(statuses.save(connected(QStringLiteral("sdr_a"), now)));
        QVERIFY(statuses.save(connected(QStringLiteral("sdr_b"), now)));
        QSqlQuery query(m_store->database());
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO outbox(lead_id, sdr_id, state, created_at, updated_at) "
                                      "VALUES('lead_1', 'sdr_a', 'sent', 'x', 'x')")));

        QSignalSpy removed(&repo, &SdrRepository::sdrRemoved);
        QVERIFY(repo.remove(QStringLiteral("sdr_a")));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(0).toString(), QStringLiteral("sdr_a"));
        QVERIFY(!repo.find(QStringLiteral("sdr_a")).has_value());
        QVERIFY(!statuses.find(QStringLiteral("sdr_a")).has_value());
        QVERIFY(statuses.find(QStringLiteral("sdr_b")).has_value());
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM outbox WHERE sdr_id = 'sdr_a'")), 1);

        QVERIFY(!repo.remove(QStringLiteral("sdr_a")));
        QCOMPARE(removed.count(), 1);
    }

    // --- ConnectionStatusRepository --------------------------------------------------------------

    void statusSaveAndFindRoundTrip()
    {
        SdrRepository(m_store).upsert(sdr(QStringLiteral("sdr_a"), QStringLiteral("A")));
        ConnectionStatusRepository repo(m_store);
        QSignalSpy saved(&repo, &ConnectionStatusRepository::statusSaved);
        const QDateTime at(QDate(2026, 11, 20), QTime(9, 58, 1, 250), Utc::zone());
        ConnectionStatus status = connected(QStringLiteral("sdr_a"), at);
        status.lastError = QStringLiteral("previous drop");
        QVERIFY(repo.save(status));
        QCOMPARE(saved.count(), 1);
        QCOMPARE(saved.at(0).at(0).value<ConnectionStatus>().updatedAt, at);

        const auto found = repo.find(QStringLiteral("sdr_a"));
        QVERIFY(found.has_value());
        QVERIFY(found->whatsappConnected);
        QCOMPARE(found->whatsappSessionId, QStringLiteral("sess-sdr_a"));
        QCOMPARE(found->whatsappPhone, QStringLiteral("+15551234567"));
        QCOMPARE(found->whatsappConnectedAt, at.addSecs(-60));
        QCOMPARE(found->state, ConnectionState::Connected);
        QCOMPARE(found->lastError, QStringLiteral("previous drop"));
        QCOMPARE(found->updatedAt, at);
        QVERIFY(found->reportPending);

        // Replacing the row: a logout clears the link.
        ConnectionStatus out;
        out.sdrId = QStringLiteral("sdr_a");
        out.state = ConnectionState::LoggedOut;
        out.updatedAt = at.addSecs(30);
        QVERIFY(repo.save(out));
        const auto after = repo.find(QStringLiteral("sdr_a"));
        QCOMPARE(after->state, ConnectionState::LoggedOut);
        QVERIFY(!after->whatsappConnected);
        QVERIFY(after->whatsappPhone.isEmpty());
        QVERIFY(!after->whatsappConnectedAt.isValid());
        QCOMPARE(repo.all().size(), 1);
    }

    void statusNeedsAKnownSdr()
    {
        ConnectionStatusRepository repo(m_store);
        QSignalSpy saved(&repo, &ConnectionStatusRepository::statusSaved);
        QVERIFY(!repo.save(connected(QStringLiteral("ghost"), QDateTime::currentDateTimeUtc())));
        QVERIFY(!repo.errorString().isEmpty());
        QCOMPARE(saved.count(), 0);
    }

    void statusMarkReportedChecksTheVersion()
    {
        SdrRepository sdrs(m_store);
        QVERIFY(sdrs.upsert(sdr(QStringLiteral("sdr_a"), QStringLiteral("A"))));
        QVERIFY(sdrs.upsert(sdr(QStringLiteral("sdr_b"), QStringLiteral("B"))));
        ConnectionStatusRepository repo(m_store);
        const QDateTime v1(QDate(2026, 11, 20), QTime(10, 0, 0, 1), Utc::zone());
        QVERIFY(repo.save(connected(QStringLiteral("sdr_a"), v1)));
        QVERIFY(repo.save(connected(QStringLiteral("sdr_b"), v1)));
        QCOMPARE(repo.pendingReports().size(), 2);

        // The report of v1 is in flight when the state changes again (v2).
        ConnectionStatus v2 = connected(QStringLiteral("sdr_a"), v1.addMSecs(5));
        v2.state = ConnectionState::PhoneOffline;
        QVERIFY(repo.save(v2));
        QVERIFY(repo.markReported(QStringLiteral("sdr_a"), v1, v1.addSecs(1)));
        // v2 still needs reporting.
        QVERIFY(repo.find(QStringLiteral("sdr_a"))->reportPending);

        QVERIFY(repo.markReported(QStringLiteral("sdr_a"), v2.updatedAt, v1.addSecs(2)));
        QVERIFY(!repo.find(QStringLiteral("sdr_a"))->reportPending);
        const auto pending = repo.pendingReports();
        QCOMPARE(pending.size(), 1);
        QCOMPARE(pending.first().sdrId, QStringLiteral("sdr_b"));
        QCOMPARE(count(QStringLiteral("SELECT count(*) FROM connection_status WHERE sdr_id = 'sdr_a' "
                                      "AND reported_at IS NOT NULL")),
                 1);
    }

    // --- ActivityLog -----------------------------------------------------------------------------

    void activityNewestFirstWithClockTime()
    {
        ManualClock clock;
        ActivityLog log(m_store, &clock);
        QSignalSpy added(&log, &ActivityLog::added);
        QVERIFY(log.add(QStringLiteral("sdr_a"), QStringLiteral("state"), QStringLiteral("connected")));
        clock.advance(1500);
        QVERIFY(log.add(QString(), QStringLiteral("config"), QStringLiteral("server changed")));
        QCOMPARE(added.count(), 2);
        const auto second = added.at(1).at(0).value<ActivityEntry>();
        QVERIFY(second.id > 0);

        const auto entries = log.entries();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).id, second.id);
        QCOMPARE(entries.at(0).kind, QStringLiteral("config"));
        QVERIFY(entries.at(0).sdrId.isEmpty());
        QCOMPARE(entries.at(0).at, clock.now());
        QCOMPARE(entries.at(1).sdrId, QStringLiteral("sdr_a"));
        QCOMPARE(entries.at(1).message, QStringLiteral("connected"));
        QCOMPARE(entries.at(1).at, clock.now().addMSecs(-1500));
    }

    void activityPagesBackwards()
    {
        ManualClock clock;
        ActivityLog log(m_store, &clock);
        for (int i = 0; i < 25; ++i) {
            QVERIFY(
                log.add(QStringLiteral("sdr_a"), QStringLiteral("send"), QStringLiteral("entry %1").arg(i)));
            clock.advance(1000);
        }
        QStringList seen;
        qint64 before = 0;
        for (;;) {
            const auto page = log.entries(QString(), 10, before);
            if (page.isEmpty())
                break;
            QVERIFY(page.size() <= 10);
            for (const ActivityEntry& entry : page)
                seen << entry.message;
            before = page.last().id;
        }
        QCOMPARE(seen.size(), 25);
        QCOMPARE(seen.first(), QStringLiteral("entry 24"));
        QCOMPARE(seen.last(), QStringLiteral("entry 0"));
        QCOMPARE(QSet<QString>(seen.begin(), seen.end()).size(), 25); // no entry twice
    }

    void activityFiltersPerSdr()
    {
        ManualClock clock;
        ActivityLog log(m_store, &clock);
        for (int i = 0; i < 6; ++i)
            QVERIFY(log.add(i % 2 ? QStringLiteral("sdr_b") : QStringLiteral("sdr_a"), QStringLiteral("send"),
                            QString::number(i)));
        QVERIFY(log.add(QString(), QStringLiteral("config"), QStringLiteral("global")));

        const auto a = log.entries(QStringLiteral("sdr_a"));
        QCOMPARE(a.size(), 3);
        for (const ActivityEntry& entry : a)
            QCOMPARE(entry.sdrId, QStringLiteral("sdr_a"));
        QCOMPARE(a.first().message, QStringLiteral("4"));

        const auto bPage = log.entries(QStringLiteral("sdr_b"), 2);
        QCOMPARE(bPage.size(), 2);
        QCOMPARE(bPage.at(0).message, QStringLiteral("5"));
        QCOMPARE(bPage.at(1).message, QStringLiteral("3"));
        const auto bRest = log.entries(QStringLiteral("sdr_b"), 2, bPage.last().id);
        QCOMPARE(bRest.size(), 1);
        QCOMPARE(bRest.first().message, QStringLiteral("1"));

        QCOMPARE(log.entries().size(), 7);
        QCOMPARE(log.entries(QStringLiteral("nobody")).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "TestRepositories.moc"
