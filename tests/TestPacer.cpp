#include "ConnectionStatusRepository.h"
#include "ManualClock.h"
#include "Outbox.h"
#include "Pacer.h"
#include "SdrRepository.h"
#include "Settings.h"
#include "Store.h"
#include "Utc.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

// TZ=UTC is set for this test (tests/CMakeLists.txt) so local working hours are predictable.
class TestPacer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<ConnectionStatusRepository> m_statuses;
    std::unique_ptr<Outbox> m_outbox;
    ManualClock m_clock;
    QRandomGenerator m_random{42};

    std::unique_ptr<Pacer> makePacer()
    {
        return std::make_unique<Pacer>(m_settings.get(), &m_clock, m_outbox.get(), m_statuses.get(),
                                       &m_random);
    }

private slots:
    void init()
    {
        m_clock.set(QDateTime(QDate(2026, 11, 20), QTime(10, 0), Utc::zone()));
        m_store = std::make_unique<Store>();
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("%1.db").arg(QTest::currentTestFunction()))));
        m_settings = std::make_unique<Settings>(m_store.get());
        m_statuses = std::make_unique<ConnectionStatusRepository>(m_store.get());
        m_outbox = std::make_unique<Outbox>(m_store.get(), &m_clock);
        SdrRepository sdrs(m_store.get());
        QVERIFY(sdrs.upsert(SdrRecord{"sdr_a", "A", true, {}, "local"}));
        QVERIFY(sdrs.upsert(SdrRecord{"sdr_b", "B", true, {}, "local"}));
        QVERIFY(m_settings->setGlobal(SettingKeys::WarmupDays, 0));
    }
    void cleanup()
    {
        m_outbox.reset();
        m_statuses.reset();
        m_settings.reset();
        m_store.reset();
    }

    void firstSendIsImmediate()
    {
        auto pacer = makePacer();
        const auto decision = pacer->decide("sdr_a");
        QCOMPARE(decision.reason, Pacer::Reason::None);
        QCOMPARE(decision.at, m_clock.now());
    }

    void gapsAreRandomWithinBounds()
    {
        QVERIFY(m_settings->setGlobal(SettingKeys::HourlyCap, 100000));
        QVERIFY(m_settings->setGlobal(SettingKeys::DailyCap, 1000000));
        auto pacer = makePacer();
        QSet<qint64> gaps;
        for (int i = 0; i < 200; ++i) {
            pacer->recordSend("sdr_a", m_clock.now());
            const qint64 gap = m_clock.now().msecsTo(pacer->nextSendAt("sdr_a"));
            QVERIFY2(gap >= 30000 && gap <= 60000, qPrintable(QString::number(gap)));
            QCOMPARE(pacer->decide("sdr_a").reason, Pacer::Reason::Gap);
            gaps.insert(gap);
            m_clock.advance(gap);
            QCOMPARE(pacer->decide("sdr_a").reason, Pacer::Reason::None);
        }
        // Never a fixed value: 200 draws over a 30 s range in ms give many distinct gaps.
        QVERIFY(gaps.size() > 150);
        QVERIFY(*std::min_element(gaps.cbegin(), gaps.cend()) < 36000);
        QVERIFY(*std::max_element(gaps.cbegin(), gaps.cend()) > 54000);
    }

    // A person setting the shortest and the longest gap to the same value must not get a fixed beat.
    void equalGapBoundsStillGiveRandomGaps()
    {
        QVERIFY(m_settings->setGlobal(SettingKeys::HourlyCap, 100000));
        QVERIFY(m_settings->setGlobal(SettingKeys::DailyCap, 1000000));
        QVERIFY(m_settings->setGlobal(SettingKeys::SendGapMinSecs, 40));
        QVERIFY(m_settings->setGlobal(SettingKeys::SendGapMaxSecs, 40));
        auto pacer = makePacer();
        QSet<qint64> gaps;
        for (int i = 0; i < 50; ++i) {
            pacer->recordSend("sdr_a", m_clock.now());
            const qint64 gap = m_clock.now().msecsTo(pacer->nextSendAt("sdr_a"));
            QVERIFY2(gap >= 40000 && gap <= 50000, qPrintable(QString::number(gap)));
            gaps.insert(gap);
            m_clock.advance(gap);
        }
        QVERIFY2(gaps.size() > 40, qPrintable(QString::number(gaps.size())));
    }

    // Two sends recorded at the same instant are two sends for the caps.
    void sendsAtTheSameInstantAllCount()
    {
        QVERIFY(m_settings->setGlobal(SettingKeys::HourlyCap, 3));
        QVERIFY(m_settings->setGlobal(SettingKeys::SendGapMinSecs, 0));
        QVERIFY(m_settings->setGlobal(SettingKeys::SendGapMaxSecs, 0));
        auto pacer = makePacer();
        QCOMPARE(pacer->decide("sdr_a").reason, Pacer::Reason::None);
        pacer->recordSend("sdr_a", m_clock.now());
        pacer->recordSend("sdr_a", m_clock.now());
        QCOMPARE(pacer->decide("sdr_a").reason, Pacer::Reason::None);
        pacer->recordSend("sdr_a", m_clock.now());
        QCOMPARE(pacer->decide("sdr_a").reason, Pacer::Reason::HourlyCap);
    }

    void perSdrOverrideOfGap()
    {
        QVERIFY(m_settings->setForSdr("sdr_b", SettingKeys::SendGapMinSecs, 100));
        QVERIFY(m_settings->setForSdr("sdr_b", SettingKeys::SendGapMaxSecs, 120));
        auto pacer = makePacer();
        pacer->recordSend("sdr_a", m_clock.now());
        pacer->recordSend("sdr_b", m_clock.now());
        const qint64 a = m_clock.now().msecsTo(pacer->nextSendAt("sdr_a"));
        const qint64 b = m_clock.now().msecsTo(pacer->nextSendAt("sdr_b"));
        QVERIFY(a >= 30000 && a <= 60000);
        QVERIFY(b >= 100000 && b <= 120000);
    }

    void hourlyCapHolds()
    {
        QVERIFY(m_settings->setGlobal(SettingKeys::HourlyCap, 5));
        QVERIFY(m_settings->setGlobal(SettingKeys::SendGapMinSecs, 1));
        QVERIFY(m_settings->setGlobal(SettingKeys::SendGapMaxSecs, 2));
        auto pacer = makePacer();
        QVector<QDateTime> sends;
        // Simulate a dispatcher that sends whenever allowed, for three hours.
        const QDateTime end = m_clock.now().addSecs(3 * 3600);
        while (m_clock.now() < end) {
            const auto decision = pacer->decide("sdr_a");
            if (decision.at <= m_clock.now()) {
                pacer->recordSend("sdr_a", m_clock.now());
                sends << m_clock.now();
            } else {
                m_clock.set(decision.at);
            }
        }
        QCOMPARE(sends.size(), 15);
        for (int i = 5; i < sends.size(); ++i)
            QVERIFY(sends.at(i - 5).msecsTo(sends.at(i)) >= 3600 * 1000); // any 5 sends span >= 1 h
        m_clock.set(sends.at(4).addSecs(60));
        QCOMPARE(pacer->decide("sdr_a").reason, Pacer::Reason::HourlyCap);
    }

    void dailyCapHoldsAndResetsAtLocalMidnight()
    {
        QVERIFY(m_settings->setGlobal(SettingKeys::DailyCap, 3));
        QVERIFY(m_settings->setGlobal(SettingKeys::SendGapMinSecs, 0));
        QVERIFY(m_settings->setGlobal(SettingKeys::SendGapMaxSecs, 0));
        auto pacer = makePacer();
        for (int i = 0; i < 3; ++i) {
            QVERIFY(pacer->decide("sdr_a").at <= m_clock.now());
            pacer->recordSend("sdr_a", m_clock.now());
            m_clock.advance(1000);
        }
        const auto decision = pacer->decide("sdr_a");
        QCOMPARE(decision.reason, Pacer::Reason::DailyCap);
        QCOMPARE(decision.at, QDateTime(QDate(2026, 11, 21), QTime(0, 0), Utc::zone()));
    }

    void capOfZeroStopsSending()
    {
        QVERIFY(m_settings->setForSdr("sdr_a", SettingKeys::DailyCap, 0));
        auto pacer = makePacer();
        const auto decision = pacer->decide("sdr_a");
        QVERIFY(!decision.at.isValid());
        QCOMPARE(decision.reason, Pacer::Reason::DailyCap);
        QVERIFY(pacer->decide("sdr_b").at.isValid());
    }

    void workingHours_data()
    {
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QTime>("now");
        QTest::addColumn<QDateTime>("expected");
        const QDate day(2026, 11, 20);
        QTest::newRow("inside") << "09:00"
                                << "17:00" << QTime(10, 0) << QDateTime(day, QTime(10, 0), Utc::zone());
        QTest::newRow("before") << "09:00"
                                << "17:00" << QTime(7, 30) << QDateTime(day, QTime(9, 0), Utc::zone());
        QTest::newRow("after") << "09:00"
                               << "17:00" << QTime(17, 0)
                               << QDateTime(day.addDays(1), QTime(9, 0), Utc::zone());
        QTest::newRow("overnight inside late")
            << "22:00"
            << "06:00" << QTime(23, 0) << QDateTime(day, QTime(23, 0), Utc::zone());
        QTest::newRow("overnight inside early")
            << "22:00"
            << "06:00" << QTime(5, 0) << QDateTime(day, QTime(5, 0), Utc::zone());
        QTest::newRow("overnight outside")
            << "22:00"
            << "06:00" << QTime(12, 0) << QDateTime(day, QTime(22, 0), Utc::zone());
    }

    void workingHours()
    {
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(QTime, now);
        QFETCH(QDateTime, expected);
        QVERIFY(m_settings->setGlobal(SettingKeys::WorkingHoursStart, start));
        QVERIFY(m_settings->setGlobal(SettingKeys::WorkingHoursEnd, end));
        m_clock.set(QDateTime(QDate(2026, 11, 20), now, Utc::zone()));
        auto pacer = makePacer();
        const auto decision = pacer->decide("sdr_a");
        QCOMPARE(decision.at, expected);
        QCOMPARE(decision.reason,
                 expected > m_clock.now() ? Pacer::Reason::WorkingHours : Pacer::Reason::None);
    }

    void warmupRampsTheDailyCap()
    {
        QVERIFY(m_settings->setGlobal(SettingKeys::WarmupDays, 10));
        QVERIFY(m_settings->setGlobal(SettingKeys::WarmupDailyStart, 20));
        QVERIFY(m_settings->setGlobal(SettingKeys::DailyCap, 120));
        auto pacer = makePacer();
        QCOMPARE(pacer->effectiveDailyCap("sdr_a"), 120); // no link known: no ramp
        ConnectionStatus status;
        status.sdrId = "sdr_a";
        status.whatsappConnected = true;
        status.state = ConnectionState::Connected;
        status.whatsappConnectedAt = m_clock.now().addSecs(-3600);
        QVERIFY(m_statuses->save(status));
        QCOMPARE(pacer->effectiveDailyCap("sdr_a"), 20);
        status.whatsappConnectedAt = m_clock.now().addDays(-5);
        QVERIFY(m_statuses->save(status));
        QCOMPARE(pacer->effectiveDailyCap("sdr_a"), 70);
        status.whatsappConnectedAt = m_clock.now().addDays(-10);
        QVERIFY(m_statuses->save(status));
        QCOMPARE(pacer->effectiveDailyCap("sdr_a"), 120);
    }

    void countsSendsFromTheOutboxAfterRestart()
    {
        QVERIFY(m_settings->setGlobal(SettingKeys::DailyCap, 2));
        for (const char* id : {"l1", "l2"}) {
            Lead lead;
            lead.id = id;
            lead.sdrId = "sdr_a";
            lead.phone = "+15551234567";
            lead.message = "hi";
            m_outbox->enqueue(lead);
            QVERIFY(m_outbox->beginSend(id));
            QVERIFY(m_outbox->markSent(id, m_clock.now().addSecs(-7200)));
        }
        auto pacer = makePacer();
        QCOMPARE(pacer->decide("sdr_a").reason, Pacer::Reason::DailyCap);
    }

    void nextSendSignal()
    {
        auto pacer = makePacer();
        QSignalSpy spy(pacer.get(), &Pacer::nextSendChanged);
        pacer->recordSend("sdr_a", m_clock.now());
        QVERIFY(spy.size() >= 1);
        QCOMPARE(spy.last().at(0).toString(), QStringLiteral("sdr_a"));
        QCOMPARE(spy.last().at(1).toDateTime(), pacer->nextSendAt("sdr_a"));
    }
};

QTEST_GUILESS_MAIN(TestPacer)
#include "TestPacer.moc"
