#include "ActivityLog.h"
#include "ConnectionStatusRepository.h"
#include "LanguageMenu.h"
#include "MainWindow.h"
#include "SdrRepository.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "Store.h"
#include "TranslationLoader.h"
#include "fixtures/ManualClock.h"

#include <QActionGroup>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QToolButton>
#include <QXmlStreamReader>
#include <QtTest>

class TestTranslations : public QObject
{
    Q_OBJECT

    static QStringList placeholders(const QString& text)
    {
        static const QRegularExpression marker(QStringLiteral("%(\\d+|n)"));
        QStringList found;
        auto it = marker.globalMatch(text);
        while (it.hasNext())
            found << it.next().captured(0);
        found.sort();
        found.removeDuplicates();
        return found;
    }

private slots:
    void availableLanguages()
    {
        TranslationLoader loader;
        const QStringList languages = loader.availableLanguages();
        QCOMPARE(languages.first(), QStringLiteral("en"));
        for (const QString& language : {QStringLiteral("pt_BR"), QStringLiteral("es"), QStringLiteral("tr")})
            QVERIFY2(languages.contains(language), qPrintable(language));
        QCOMPARE(TranslationLoader::nativeName(QStringLiteral("es")), QStringLiteral("Español"));
        QVERIFY(
            TranslationLoader::nativeName(QStringLiteral("pt_BR")).startsWith(QStringLiteral("Português")));
    }

    void anInstalledAppReadsItsTranslationsFromShare()
    {
        QTemporaryDir prefix;
        QVERIFY(QDir(prefix.path()).mkpath(QStringLiteral("bin")));
        const QString bin = prefix.filePath(QStringLiteral("bin"));
        // Nothing installed beside the binary (a build tree): the embedded copies.
        QCOMPARE(TranslationLoader::defaultDirectory(bin), QStringLiteral(":/i18n"));

        const QString share = prefix.filePath(QStringLiteral("share/sdr-sender/translations"));
        QVERIFY(QDir().mkpath(share));
        QVERIFY(QFile::copy(QStringLiteral(":/i18n/sdr-sender_es.qm"),
                            share + QStringLiteral("/sdr-sender_es.qm")));
        const QString directory = TranslationLoader::defaultDirectory(bin);
        QCOMPARE(directory, QDir(share).canonicalPath());
        TranslationLoader loader(directory);
        QCOMPARE(loader.availableLanguages(), QStringList({QStringLiteral("en"), QStringLiteral("es")}));
        QVERIFY(loader.setLanguage(QStringLiteral("es")));
        QVERIFY(loader.setLanguage(QStringLiteral("en"))); // back to English for the other tests
    }

    void translatesKnownStrings_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<QString>("expected");
        QTest::newRow("pt_BR dashboard") << "pt_BR"
                                         << "MainWindow"
                                         << "Dashboard"
                                         << "Painel";
        QTest::newRow("es dashboard") << "es"
                                      << "MainWindow"
                                      << "Dashboard"
                                      << "Panel";
        QTest::newRow("tr dashboard") << "tr"
                                      << "MainWindow"
                                      << "Dashboard"
                                      << "Pano";
        QTest::newRow("pt_BR connected") << "pt_BR"
                                         << "StatePresentation"
                                         << "Connected"
                                         << "Conectado";
        QTest::newRow("es scan") << "es"
                                 << "StatePresentation"
                                 << "Scan QR"
                                 << "Escanear QR";
        QTest::newRow("tr phone offline") << "tr"
                                          << "StatePresentation"
                                          << "Phone offline"
                                          << "Telefon çevrimdışı";
    }
    void translatesKnownStrings()
    {
        QFETCH(QString, language);
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(QString, expected);
        TranslationLoader loader;
        QVERIFY(loader.setLanguage(language));
        QCOMPARE(loader.language(), language);
        QCOMPARE(QCoreApplication::translate(qPrintable(context), qPrintable(source)), expected);
        QVERIFY(loader.setLanguage(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate(qPrintable(context), qPrintable(source)), source);
    }

    void englishPluralForms()
    {
        TranslationLoader loader;
        QVERIFY(loader.setLanguage(QStringLiteral("en")));
        QCOMPARE(QCoreApplication::translate("MainWindow", "%n queued", nullptr, 1),
                 QStringLiteral("1 queued"));
        QCOMPARE(QCoreApplication::translate("ImportLeadsDialog", "%n lead(s) imported.", nullptr, 1),
                 QStringLiteral("1 lead imported."));
        QCOMPARE(QCoreApplication::translate("ImportLeadsDialog", "%n lead(s) imported.", nullptr, 3),
                 QStringLiteral("3 leads imported."));
    }

    void unknownLanguageChangesNothing()
    {
        TranslationLoader loader;
        QVERIFY(loader.setLanguage(QStringLiteral("es")));
        QVERIFY(!loader.setLanguage(QStringLiteral("xx")));
        QCOMPARE(loader.language(), QStringLiteral("es"));
        QVERIFY(!loader.errorString().isEmpty());
        QCOMPARE(QCoreApplication::translate("MainWindow", "Dashboard"), QStringLiteral("Panel"));
    }

    // Every message of every language is translated and keeps the source's placeholders.
    void filesAreComplete_data()
    {
        QTest::addColumn<QString>("file");
        const QStringList files = QDir(QStringLiteral(SDR_TRANSLATIONS_DIR))
                                      .entryList({QStringLiteral("sdr-sender_*.ts")}, QDir::Files);
        QVERIFY(!files.isEmpty());
        for (const QString& file : files) {
            if (file != QLatin1String("sdr-sender_en.ts")) // English holds plural forms only
                QTest::newRow(qPrintable(file)) << QDir(QStringLiteral(SDR_TRANSLATIONS_DIR)).filePath(file);
        }
    }
    void filesAreComplete()
    {
        QFETCH(QString, file);
        QFile ts(file);
        QVERIFY(ts.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&ts);
        QString source;
        QStringList translations;
        bool unfinished = false;
        int messages = 0;
        QStringList problems;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("message")) {
                source.clear();
                translations.clear();
                unfinished = false;
            } else if (xml.isStartElement() && xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.isStartElement() && xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                    continue;
                unfinished = type == QLatin1String("unfinished");
                const bool numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                Q_UNUSED(numerus)
                // Either plain text or <numerusform> children.
                QString text;
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isEndElement() && xml.name() == QLatin1String("numerusform")) {
                        translations << text;
                        text.clear();
                    }
                }
                if (!text.trimmed().isEmpty())
                    translations << text;
            } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                ++messages;
                if (unfinished || translations.isEmpty()) {
                    problems << QStringLiteral("untranslated: ") + source;
                    continue;
                }
                for (const QString& translation : translations) {
                    QStringList expected = placeholders(source);
                    QStringList actual = placeholders(translation);
                    // A single plural form may leave out %n ("un lead" style) only when the source has %n.
                    if (expected != actual && !(expected.contains(QStringLiteral("%n")) &&
                                                (actual << QStringLiteral("%n"), actual.sort(),
                                                 actual.removeDuplicates(), actual == expected)))
                        problems << QStringLiteral("placeholders differ: %1 -> %2").arg(source, translation);
                }
            }
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(messages > 100);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join(QLatin1Char('\n'))));
    }

    void switchingRetranslatesTheWindow()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("t.db"))));
        Settings settings(&store);
        SdrRepository sdrs(&store);
        ConnectionStatusRepository statuses(&store);
        ManualClock clock;
        ActivityLog activity(&store, &clock);
        TranslationLoader loader;
        MainWindow::Dependencies deps;
        deps.store = &store;
        deps.settings = &settings;
        deps.sdrs = &sdrs;
        deps.statuses = &statuses;
        deps.activity = &activity;
        deps.clock = &clock;
        deps.translations = &loader;
        MainWindow window(deps);
        auto* dashboard = window.findChild<QToolButton*>(QStringLiteral("dashboardButton"));
        QVERIFY(dashboard);
        QVERIFY(loader.setLanguage(QStringLiteral("en")));
        QCOMPARE(dashboard->text(), QStringLiteral("Dashboard"));
        QVERIFY(loader.setLanguage(QStringLiteral("tr")));
        QTRY_COMPARE(dashboard->text(), QStringLiteral("Pano"));
        QVERIFY(loader.setLanguage(QStringLiteral("pt_BR")));
        QTRY_COMPARE(dashboard->text(), QStringLiteral("Painel"));
        QVERIFY(loader.setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(dashboard->text(), QStringLiteral("Dashboard"));

        // The menu choice is kept in the "language" setting.
        QVERIFY(window.languageMenu());
        for (QAction* action : window.languageMenu()->actionGroup()->actions()) {
            if (action->data().toString() == QLatin1String("es"))
                action->trigger();
        }
        QCOMPARE(loader.language(), QStringLiteral("es"));
        QCOMPARE(settings.stringValue(SettingKeys::Language), QStringLiteral("es"));
        QTRY_COMPARE(dashboard->text(), QStringLiteral("Panel"));
        QVERIFY(loader.setLanguage(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
