#include "CommandLine.h"
#include "DataDirectory.h"
#include "Settings.h"
#include "Store.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

Q_DECLARE_METATYPE(CommandLine::Action)

class TestCommandLine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QStringList args(const QStringList& rest)
    {
        return QStringList{QStringLiteral("sdr-sender")} + rest;
    }

private slots:
    void actions_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("environment"); // VAR=value
        QTest::addColumn<CommandLine::Action>("action");
        QTest::addColumn<QString>("errorPart");

        using A = CommandLine::Action;
        QTest::newRow("nothing") << QStringList() << QStringList() << A::Run << QString();
        QTest::newRow("--help") << QStringList{QStringLiteral("--help")} << QStringList() << A::Help
                                << QString();
        QTest::newRow("-h") << QStringList{QStringLiteral("-h")} << QStringList() << A::Help << QString();
        QTest::newRow("--version") << QStringList{QStringLiteral("--version")} << QStringList() << A::Version
                                   << QString();
        QTest::newRow("--status") << QStringList{QStringLiteral("--status")} << QStringList() << A::Status
                                  << QString();
        QTest::newRow("--status --json") << QStringList{QStringLiteral("--status"), QStringLiteral("--json")}
                                         << QStringList() << A::Status << QString();
        QTest::newRow("--demo") << QStringList{QStringLiteral("--demo")} << QStringList() << A::Run
                                << QString();
        QTest::newRow("server ok") << QStringList{QStringLiteral("--server"),
                                                  QStringLiteral("https://crm.example.com")}
                                   << QStringList() << A::Run << QString();
        QTest::newRow("server=ok") << QStringList{QStringLiteral("--server=http://127.0.0.1:8080/base")}
                                   << QStringList() << A::Run << QString();
        QTest::newRow("qt window option")
            << QStringList{QStringLiteral("-platform"), QStringLiteral("offscreen")} << QStringList()
            << A::Run << QString();
        QTest::newRow("env urls ok")
            << QStringList()
            << QStringList{QStringLiteral("SDR_SENDER_SERVER=https://crm.example.com"),
                           QStringLiteral("SDR_SENDER_WHATSAPP_URL=http://127.0.0.1:9/")}
            << A::Run << QString();
        QTest::newRow("empty env url is unset")
            << QStringList() << QStringList{QStringLiteral("SDR_SENDER_SERVER=")} << A::Run << QString();

        QTest::newRow("--json alone")
            << QStringList{QStringLiteral("--json")} << QStringList() << A::Error << QStringLiteral("--json");
        QTest::newRow("server without scheme")
            << QStringList{QStringLiteral("--server"), QStringLiteral("crm.example.com")} << QStringList()
            << A::Error << QStringLiteral("--server");
        QTest::newRow("server ftp") << QStringList{QStringLiteral("--server"),
                                                   QStringLiteral("ftp://crm.example.com")}
                                    << QStringList() << A::Error << QStringLiteral("http(s)");
        QTest::newRow("server no host") << QStringList{QStringLiteral("--server"), QStringLiteral("https://")}
                                        << QStringList() << A::Error << QStringLiteral("--server");
        QTest::newRow("server missing value") << QStringList{QStringLiteral("--server")} << QStringList()
                                              << A::Error << QStringLiteral("server");
        QTest::newRow("whatsapp-url bad")
            << QStringList{QStringLiteral("--whatsapp-url"), QStringLiteral("javascript:alert(1)")}
            << QStringList() << A::Error << QStringLiteral("--whatsapp-url");
        QTest::newRow("env server bad")
            << QStringList() << QStringList{QStringLiteral("SDR_SENDER_SERVER=nope")} << A::Error
            << QStringLiteral("SDR_SENDER_SERVER");
        QTest::newRow("env whatsapp bad") << QStringList{QStringLiteral("--status")}
                                          << QStringList{QStringLiteral("SDR_SENDER_WHATSAPP_URL=file:///x")}
                                          << A::Error << QStringLiteral("SDR_SENDER_WHATSAPP_URL");
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")} << QStringList()
                                        << A::Error << QStringLiteral("frobnicate");
        QTest::newRow("positional") << QStringList{QStringLiteral("extra")} << QStringList() << A::Error
                                    << QStringLiteral("extra");
        QTest::newRow("empty data dir")
            << QStringList{QStringLiteral("--data-dir="), QStringLiteral("--status")} << QStringList()
            << A::Error << QStringLiteral("--data-dir");
        QTest::newRow("demo with status") << QStringList{QStringLiteral("--demo"), QStringLiteral("--status")}
                                          << QStringList() << A::Error << QStringLiteral("--demo");
        QTest::newRow("window option with status")
            << QStringList{QStringLiteral("--status"), QStringLiteral("-platform"),
                           QStringLiteral("offscreen")}
            << QStringList() << A::Error << QStringLiteral("platform");
    }

    void actions()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, environment);
        QFETCH(CommandLine::Action, action);
        QFETCH(QString, errorPart);

        QProcessEnvironment env;
        for (const QString& pair : environment) {
            const int eq = pair.indexOf(QLatin1Char('='));
            env.insert(pair.left(eq), pair.mid(eq + 1));
        }
        env.insert(QStringLiteral("SDR_SENDER_DATA_DIR"), m_dir.path());
        CommandLine commandLine;
        QCOMPARE(commandLine.parse(args(arguments), env), action);
        if (action == CommandLine::Action::Error) {
            QVERIFY2(commandLine.errorText().contains(errorPart), qPrintable(commandLine.errorText()));
        } else {
            QVERIFY2(commandLine.errorText().isEmpty(), qPrintable(commandLine.errorText()));
        }
    }

    void flagsAndUrls()
    {
        CommandLine commandLine;
        QCOMPARE(commandLine.parse(args({QStringLiteral("--status"), QStringLiteral("--json")}), {}),
                 CommandLine::Action::Status);
        QVERIFY(commandLine.options().status);
        QVERIFY(commandLine.options().json);
        QVERIFY(!commandLine.options().demo);

        QCOMPARE(commandLine.parse(
                     args({QStringLiteral("--demo"), QStringLiteral("--server"),
                           QStringLiteral(" https://CRM.example.com/api "), QStringLiteral("--whatsapp-url"),
                           QStringLiteral("http://127.0.0.1:8080/")}),
                     {}),
                 CommandLine::Action::Run);
        QVERIFY(commandLine.options().demo);
        QVERIFY(!commandLine.options().status); // a new parse starts from scratch
        QCOMPARE(commandLine.options().serverUrl, QStringLiteral("https://crm.example.com/api"));
        QCOMPARE(commandLine.options().whatsAppUrl, QStringLiteral("http://127.0.0.1:8080/"));
    }

    void dataDirectoryPrecedence()
    {
        QProcessEnvironment env;
        CommandLine commandLine;

        QCOMPARE(commandLine.parse(args({}), env), CommandLine::Action::Run);
        QCOMPARE(commandLine.options().dataDir, DataDirectory::defaultPath());
        QCOMPARE(commandLine.options().dataDirSource, CommandLineOptions::DataDirSource::Default);
        QVERIFY(commandLine.options().dataDir.endsWith(QStringLiteral("/sdr-sender")));

        const QString fromEnv = m_dir.filePath(QStringLiteral("from-env"));
        env.insert(QStringLiteral("SDR_SENDER_DATA_DIR"), fromEnv);
        QCOMPARE(commandLine.parse(args({}), env), CommandLine::Action::Run);
        QCOMPARE(commandLine.options().dataDir, fromEnv);
        QCOMPARE(commandLine.options().dataDirSource, CommandLineOptions::DataDirSource::Environment);

        const QString fromArgs = m_dir.filePath(QStringLiteral("from-args"));
        QCOMPARE(commandLine.parse(args({QStringLiteral("--data-dir"), fromArgs + QStringLiteral("/")}), env),
                 CommandLine::Action::Run);
        QCOMPARE(commandLine.options().dataDir, fromArgs); // cleaned
        QCOMPARE(commandLine.options().dataDirSource, CommandLineOptions::DataDirSource::CommandLine);

        // Relative paths are made absolute against the working directory.
        QCOMPARE(commandLine.parse(args({QStringLiteral("--data-dir"), QStringLiteral("rel/dir")}), env),
                 CommandLine::Action::Run);
        QCOMPARE(commandLine.options().dataDir, QDir::current().absoluteFilePath(QStringLiteral("rel/dir")));

        // Parsing never creates the folder.
        QVERIFY(!QFileInfo::exists(fromEnv));
        QVERIFY(!QFileInfo::exists(fromArgs));
    }

    void dataDirectoryThatIsAFile()
    {
        const QString file = m_dir.filePath(QStringLiteral("plain-file"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        CommandLine commandLine;
        QCOMPARE(commandLine.parse(args({QStringLiteral("--data-dir"), file}), {}),
                 CommandLine::Action::Error);
        QVERIFY(commandLine.errorText().contains(file));
    }

    void helpListsEveryOption()
    {
        CommandLine commandLine;
        QCOMPARE(commandLine.parse(args({QStringLiteral("--help")}), {}), CommandLine::Action::Help);
        const QString help = commandLine.helpText();
        for (const char* option : {"--data-dir", "--server", "--whatsapp-url", "--status", "--json", "--demo",
                                   "--help", "--version", "SDR_SENDER_TOKEN", "SDR_SENDER_DATA_DIR"})
            QVERIFY2(help.contains(QLatin1String(option)), option);
        QVERIFY(!help.contains(QStringLiteral("platformtheme"))); // Qt's own options stay hidden
        QCOMPARE(CommandLine::versionText(), QStringLiteral("sdr-sender " SDR_SENDER_VERSION));
    }

    void appliesUrlsAsCommandLineOverrides()
    {
        qunsetenv("SDR_SENDER_SERVER");
        qunsetenv("SDR_SENDER_WHATSAPP_URL");
        Store store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("settings.db"))));
        Settings settings(&store);
        QVERIFY(settings.setGlobal(SettingKeys::ServerUrl, QStringLiteral("https://stored.example.com")));

        CommandLine commandLine;
        QCOMPARE(commandLine.parse(args({}), {}), CommandLine::Action::Run);
        CommandLine::applyTo(commandLine.options(), settings);
        // Nothing given: the stored value and the default stay in charge.
        QCOMPARE(settings.source(SettingKeys::ServerUrl), Settings::Source::Global);
        QCOMPARE(settings.source(SettingKeys::WhatsAppUrl), Settings::Source::Default);

        QCOMPARE(
            commandLine.parse(args({QStringLiteral("--server"), QStringLiteral("https://cli.example.com"),
                                    QStringLiteral("--whatsapp-url"), QStringLiteral("http://127.0.0.1:1/")}),
                              {}),
            CommandLine::Action::Run);
        CommandLine::applyTo(commandLine.options(), settings);
        QCOMPARE(settings.stringValue(SettingKeys::ServerUrl), QStringLiteral("https://cli.example.com"));
        QCOMPARE(settings.source(SettingKeys::ServerUrl), Settings::Source::CommandLine);
        QCOMPARE(settings.stringValue(SettingKeys::WhatsAppUrl), QStringLiteral("http://127.0.0.1:1/"));
        QCOMPARE(settings.source(SettingKeys::WhatsAppUrl), Settings::Source::CommandLine);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "TestCommandLine.moc"
