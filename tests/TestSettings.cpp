#include "Settings.h"
#include "Store.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

class TestSettings : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Store* m_store = nullptr;

    void addSdr(const QString& id)
    {
        QSqlQuery query(m_store->database());
        query.prepare(
            QStringLiteral("INSERT INTO sdrs(id, name, created_at, updated_at) VALUES(?, ?, 'x', 'x')"));
        query.addBindValue(id);
        query.addBindValue(id);
        QVERIFY(query.exec());
    }

private slots:
    void init()
    {
        qunsetenv("SDR_SENDER_POLL_INTERVAL");
        qunsetenv("SDR_SENDER_WHATSAPP_URL");
        m_store = new Store(this);
        QVERIFY(m_store->open(
            m_dir.filePath(QStringLiteral("s%1.db").arg(QRandomGenerator::global()->generate()))));
        addSdr(QStringLiteral("sdr_a"));
        addSdr(QStringLiteral("sdr_b"));
    }
    void cleanup()
    {
        delete m_store;
        m_store = nullptr;
        qunsetenv("SDR_SENDER_POLL_INTERVAL");
        qunsetenv("SDR_SENDER_WHATSAPP_URL");
    }

    void builtInDefault()
    {
        Settings settings(m_store);
        QCOMPARE(settings.intValue(SettingKeys::PollIntervalSecs, QStringLiteral("sdr_a")), 15);
        QCOMPARE(settings.source(SettingKeys::PollIntervalSecs, QStringLiteral("sdr_a")),
                 Settings::Source::Default);
        QCOMPARE(settings.stringValue(SettingKeys::WhatsAppUrl), QStringLiteral("https://web.whatsapp.com/"));
    }

    void environmentOverridesDefault()
    {
        qputenv("SDR_SENDER_POLL_INTERVAL", "42");
        Settings settings(m_store);
        QCOMPARE(settings.intValue(SettingKeys::PollIntervalSecs), 42);
        QCOMPARE(settings.source(SettingKeys::PollIntervalSecs), Settings::Source::Environment);
    }

    void invalidEnvironmentFallsBackToDefault()
    {
        qputenv("SDR_SENDER_POLL_INTERVAL", "soon");
        Settings settings(m_store);
        QCOMPARE(settings.intValue(SettingKeys::PollIntervalSecs), 15);
        qputenv("SDR_SENDER_POLL_INTERVAL", "0");
        QCOMPARE(settings.intValue(SettingKeys::PollIntervalSecs), 15);
        qputenv("SDR_SENDER_WHATSAPP_URL", "javascript:alert(1)");
        QCOMPARE(settings.stringValue(SettingKeys::WhatsAppUrl), QStringLiteral("https://web.whatsapp.com/"));
    }

    void globalOverridesEnvironmentAndPersists()
    {
        qputenv("SDR_SENDER_POLL_INTERVAL", "42");
        {
            Settings settings(m_store);
            QSignalSpy changed(&settings, &Settings::changed);
            QVERIFY(settings.setGlobal(SettingKeys::PollIntervalSecs, 20));
            QCOMPARE(changed.count(), 1);
        }
        Settings settings(m_store);
        QCOMPARE(settings.intValue(SettingKeys::PollIntervalSecs, QStringLiteral("sdr_a")), 20);
        QCOMPARE(settings.source(SettingKeys::PollIntervalSecs), Settings::Source::Global);
        QVERIFY(settings.clearGlobal(SettingKeys::PollIntervalSecs));
        QCOMPARE(settings.intValue(SettingKeys::PollIntervalSecs), 42);
    }

    void perSdrOverridesGlobalForThatSdrOnly()
    {
        Settings settings(m_store);
        QVERIFY(settings.setGlobal(SettingKeys::SendGapMinSecs, 40));
        QVERIFY(settings.setForSdr(QStringLiteral("sdr_a"), SettingKeys::SendGapMinSecs, 90));
        QCOMPARE(settings.intValue(SettingKeys::SendGapMinSecs, QStringLiteral("sdr_a")), 90);
        QCOMPARE(settings.source(SettingKeys::SendGapMinSecs, QStringLiteral("sdr_a")),
                 Settings::Source::Sdr);
        QCOMPARE(settings.intValue(SettingKeys::SendGapMinSecs, QStringLiteral("sdr_b")), 40);
        QCOMPARE(settings.intValue(SettingKeys::SendGapMinSecs), 40);
        QVERIFY(settings.clearForSdr(QStringLiteral("sdr_a"), SettingKeys::SendGapMinSecs));
        QCOMPARE(settings.intValue(SettingKeys::SendGapMinSecs, QStringLiteral("sdr_a")), 40);
    }

    void commandLineWins()
    {
        Settings settings(m_store);
        QVERIFY(settings.setGlobal(SettingKeys::WhatsAppUrl, QStringLiteral("http://127.0.0.1:1/")));
        settings.setCommandLineOverride(SettingKeys::WhatsAppUrl, QStringLiteral("http://127.0.0.1:2/"));
        QCOMPARE(settings.stringValue(SettingKeys::WhatsAppUrl), QStringLiteral("http://127.0.0.1:2/"));
        QCOMPARE(settings.source(SettingKeys::WhatsAppUrl), Settings::Source::CommandLine);
    }

    void rejectsBadValues_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("unknown key") << QStringLiteral("no_such_key") << QStringLiteral("1");
        QTest::newRow("not a number") << QStringLiteral("poll_interval_s") << QStringLiteral("fast");
        QTest::newRow("below minimum") << QStringLiteral("poll_interval_s") << QStringLiteral("0");
        QTest::newRow("above maximum") << QStringLiteral("poll_interval_s") << QStringLiteral("99999");
        QTest::newRow("url without scheme")
            << QStringLiteral("server_url") << QStringLiteral("crm.example.com");
        QTest::newRow("file url") << QStringLiteral("server_url") << QStringLiteral("file:///etc/passwd");
        QTest::newRow("bad time") << QStringLiteral("working_hours_start") << QStringLiteral("25:00");
    }
    void rejectsBadValues()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        Settings settings(m_store);
        QVERIFY(!settings.setGlobal(key, value));
        QVERIFY(!settings.errorString().isEmpty());
    }

    void globalOnlyKeysCannotBeSetPerSdr()
    {
        Settings settings(m_store);
        QVERIFY(!settings.setForSdr(QStringLiteral("sdr_a"), SettingKeys::WhatsAppUrl,
                                    QStringLiteral("http://x/")));
        QVERIFY(!settings.setForSdr(QStringLiteral("nobody"), SettingKeys::SendGapMinSecs, 10));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "TestSettings.moc"
