// Pure logic of the sessions layer: page classification, wid/title parsing, profile names, user
// agent, deep links and the probe pack with its data-directory overrides.
#include "PageProbe.h"
#include "PageSnapshot.h"
#include "ProfileStore.h"
#include "SendJob.h"
#include "WhatsAppPage.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QWebEngineScript>
#include <QtTest>

class TestSessionState : public QObject
{
    Q_OBJECT

private slots:
    void classifiesPage_data()
    {
        QTest::addColumn<QJsonObject>("snapshot");
        QTest::addColumn<ConnectionState>("expected");
        const QString wid = QStringLiteral("\"905551112233:3@c.us\"");
        QTest::newRow("blank") << QJsonObject{} << ConnectionState::Loading;
        QTest::newRow("startup progress") << QJsonObject{{"progress", true}} << ConnectionState::Loading;
        QTest::newRow("syncing") << QJsonObject{{"progress", true}, {"wid", wid}} << ConnectionState::Syncing;
        QTest::newRow("qr") << QJsonObject{{"qr", true}, {"qrRef", "2@x"}} << ConnectionState::QrRequired;
        QTest::newRow("qr after logout")
            << QJsonObject{{"qr", true}, {"loggedOutUrl", true}} << ConnectionState::LoggedOut;
        QTest::newRow("chat list") << QJsonObject{{"chatList", true}, {"wid", wid}}
                                   << ConnectionState::Connected;
        QTest::newRow("phone offline")
            << QJsonObject{{"chatList", true}, {"phoneOffline", true}} << ConnectionState::PhoneOffline;
        QTest::newRow("computer offline")
            << QJsonObject{{"chatList", true}, {"computerOffline", true}, {"phoneOffline", true}}
            << ConnectionState::Unreachable;
        QTest::newRow("conflict over app")
            << QJsonObject{{"chatList", true}, {"conflict", true}} << ConnectionState::Conflict;
        QTest::newRow("chat list beats stale logout url")
            << QJsonObject{{"chatList", true}, {"loggedOutUrl", true}} << ConnectionState::Connected;
        QTest::newRow("qr with old-logout-cred")
            << QJsonObject{{"qr", true}, {"invalidated", true}} << ConnectionState::LoggedOut;
        QTest::newRow("chat list beats old-logout-cred")
            << QJsonObject{{"chatList", true}, {"invalidated", true}} << ConnectionState::Connected;
        QTest::newRow("refusal page: the session decides")
            << QJsonObject{{"refused", true}} << ConnectionState::Loading;
    }
    void classifiesPage()
    {
        QFETCH(QJsonObject, snapshot);
        QFETCH(ConnectionState, expected);
        QCOMPARE(PageSnapshot::fromJson(snapshot).state(), expected);
    }

    void parsesWid_data()
    {
        QTest::addColumn<QString>("wid");
        QTest::addColumn<QString>("digits");
        QTest::newRow("json quoted") << QStringLiteral("\"905551112233:3@c.us\"")
                                     << QStringLiteral("905551112233");
        QTest::newRow("bare") << QStringLiteral("15551234567:12@c.us") << QStringLiteral("15551234567");
        QTest::newRow("no device") << QStringLiteral("\"4915123456789@c.us\"")
                                   << QStringLiteral("4915123456789");
        QTest::newRow("s.whatsapp.net")
            << QStringLiteral("15551234567:1@s.whatsapp.net") << QStringLiteral("15551234567");
        QTest::newRow("json quoted s.whatsapp.net")
            << QStringLiteral(" \"905551112233:12@s.whatsapp.net\" ") << QStringLiteral("905551112233");
        QTest::newRow("agent part") << QStringLiteral("\"905551112233.0:3@s.whatsapp.net\"")
                                    << QStringLiteral("905551112233");
        QTest::newRow("escaped json")
            << QStringLiteral("\"905551112233:3\\u0040c.us\"") << QStringLiteral("905551112233");
        QTest::newRow("lid is not a phone") << QStringLiteral("\"123456789012345:3@lid\"") << QString();
        QTest::newRow("two devices") << QStringLiteral("\"905551112233:3:4@c.us\"") << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("group id") << QStringLiteral("\"120363025@g.us\"") << QString();
        QTest::newRow("too short") << QStringLiteral("\"12345:1@c.us\"") << QString();
        QTest::newRow("garbage") << QStringLiteral("\"<script>:1@c.us\"") << QString();
        QTest::newRow("broken json") << QStringLiteral("\"905551112233:3@c.us") << QString();
    }
    void parsesWid()
    {
        QFETCH(QString, wid);
        QFETCH(QString, digits);
        QCOMPARE(PageSnapshot::phoneFromWid(wid), digits);
    }

    void parsesUnreadTitle_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<int>("unread");
        QTest::newRow("none") << QStringLiteral("WhatsApp") << 0;
        QTest::newRow("three") << QStringLiteral("(3) WhatsApp") << 3;
        QTest::newRow("many") << QStringLiteral("(128) WhatsApp Business") << 128;
        QTest::newRow("not at start") << QStringLiteral("WhatsApp (3)") << 0;
        QTest::newRow("not a number") << QStringLiteral("(x) WhatsApp") << 0;
    }
    void parsesUnreadTitle()
    {
        QFETCH(QString, title);
        QFETCH(int, unread);
        QCOMPARE(PageSnapshot::unreadFromTitle(title), unread);
    }

    void mapsSdrIdsToSafeDirectories_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << QStringLiteral("sdr_john-2") << QStringLiteral("sdr_john-2");
        QTest::newRow("dot dot") << QStringLiteral("..") << QStringLiteral("%2E%2E");
        QTest::newRow("traversal") << QStringLiteral("../../etc") << QStringLiteral("%2E%2E%2F%2E%2E%2Fetc");
        QTest::newRow("percent") << QStringLiteral("a%2Fb") << QStringLiteral("a%252Fb");
        QTest::newRow("space and unicode") << QStringLiteral("ç d") << QStringLiteral("%C3%A7%20d");
        QTest::newRow("empty refused") << QString() << QString();
        QTest::newRow("too long refused") << QString(200, QLatin1Char('x')) << QString();
    }
    void mapsSdrIdsToSafeDirectories()
    {
        QFETCH(QString, id);
        QFETCH(QString, name);
        QCOMPARE(ProfileStore::directoryNameFor(id), name);
        if (!name.isEmpty()) {
            QVERIFY(!name.contains(QLatin1Char('/')));
            QTemporaryDir dir;
            ProfileStore store(dir.path());
            QCOMPARE(QFileInfo(store.profileDirFor(id)).dir().absolutePath(),
                     QDir(store.profilesRoot()).absolutePath());
        }
    }

    void opensOnlySafeLinksExternally_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("openable");
        QTest::newRow("https") << QStringLiteral("https://example.com/a?b=c") << true;
        QTest::newRow("http") << QStringLiteral("http://example.com/") << true;
        QTest::newRow("mailto") << QStringLiteral("mailto:ahmet@example.com") << true;
        QTest::newRow("tel") << QStringLiteral("tel:+905551112233") << true;
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false;
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false;
        QTest::newRow("smb") << QStringLiteral("smb://host/share") << false;
        QTest::newRow("custom scheme") << QStringLiteral("steam://run/1") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void opensOnlySafeLinksExternally()
    {
        QFETCH(QString, url);
        QFETCH(bool, openable);
        QCOMPARE(WhatsAppPage::isOpenableExternally(QUrl(url)), openable);
    }

    void stripsQtWebEngineFromUserAgent_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("qt 6.4")
            << QStringLiteral("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                              "QtWebEngine/6.4.2 Chrome/102.0.5005.177 Safari/537.36")
            << QStringLiteral("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
                              "Chrome/102.0.5005.177 Safari/537.36");
        QTest::newRow("absent") << QStringLiteral("Mozilla/5.0 Chrome/120.0 Safari/537.36")
                                << QStringLiteral("Mozilla/5.0 Chrome/120.0 Safari/537.36");
    }
    void stripsQtWebEngineFromUserAgent()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(ProfileStore::userAgentWithoutQtToken(in), out);
    }

    void deepLinkCarriesTextExactly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("Hello there");
        QTest::newRow("reserved") << QStringLiteral("a+b=c&d=e#f?g/h%20i");
        QTest::newRow("newlines quotes html") << QStringLiteral("line 1\nline \"2\" 'x'\n</script><b>&amp;");
        QTest::newRow("emoji rtl") << QStringLiteral("مرحبا 👋🏽 שלום 👨‍👩‍👧");
    }
    void deepLinkCarriesTextExactly()
    {
        QFETCH(QString, text);
        const QUrl url = SendJob::deepLink(QUrl(QStringLiteral("https://web.whatsapp.com/")),
                                           QStringLiteral("905551112233"), text);
        QCOMPARE(url.path(), QStringLiteral("/send"));
        QVERIFY(url.isValid());
        const QUrlQuery query(url);
        QCOMPARE(query.queryItemValue(QStringLiteral("phone")), QStringLiteral("905551112233"));
        QCOMPARE(query.queryItemValue(QStringLiteral("text"), QUrl::FullyDecoded), text);
        // '+' would turn into a space in the page's URLSearchParams: it must travel encoded.
        QVERIFY(!url.query(QUrl::FullyEncoded).contains(QLatin1Char('+')));
        const QUrl withoutText =
            SendJob::deepLink(QUrl(QStringLiteral("https://web.whatsapp.com/")), QStringLiteral("1234567"));
        QVERIFY(!QUrlQuery(withoutText).hasQueryItem(QStringLiteral("text")));
    }

    void validatesPhoneDigits_data()
    {
        QTest::addColumn<QString>("digits");
        QTest::addColumn<bool>("valid");
        QTest::newRow("e164 digits") << QStringLiteral("905551112233") << true;
        QTest::newRow("seven") << QStringLiteral("1234567") << true;
        QTest::newRow("six") << QStringLiteral("123456") << false;
        QTest::newRow("sixteen") << QStringLiteral("1234567890123456") << false;
        QTest::newRow("plus") << QStringLiteral("+905551112233") << false;
        QTest::newRow("injection") << QStringLiteral("905551112233&text=x") << false;
    }
    void validatesPhoneDigits()
    {
        QFETCH(QString, digits);
        QFETCH(bool, valid);
        QCOMPARE(SendJob::isValidPhoneDigits(digits), valid);
    }

    void probeWrapsDataAsJson()
    {
        PageProbe probe{QString()};
        QVERIFY2(probe.warnings().isEmpty(), qPrintable(probe.warnings().join(QLatin1Char('\n'))));
        QCOMPARE(probe.selector(QStringLiteral("widStorageKey")), QStringLiteral("last-wid-md"));
        const QString evil = QStringLiteral("\"); alert(1); (\"\u2028</script>");
        const QString code = probe.call(QStringLiteral("pressSend.js"), QJsonObject{{"text", evil}});
        QVERIFY(!code.contains(evil));                     // never spliced raw
        QVERIFY(code.contains(QStringLiteral("\\u2028"))); // line separators escaped for JS
        QVERIFY(!code.contains(QChar(0x2028)));
        QVERIFY(probe.observerScript().sourceCode().contains(QStringLiteral("QWebChannel")));

        // The data is the script's argument as one JSON literal, "%N" in it left alone.
        const QJsonObject args{{"text", QStringLiteral("%1 %2 %3 %4 50% off\n\\ ${x} `y` \u2029")}};
        const QString withArgs = probe.call(QStringLiteral("messageStatus.js"), args);
        QVERIFY(withArgs.endsWith(QStringLiteral(", ") + PageProbe::jsonLiteral(args) +
                                  QStringLiteral(", H); })()")));
        QCOMPARE(withArgs.count(PageProbe::jsonLiteral(args)), 1);
        QVERIFY(withArgs.contains(PageProbe::jsonLiteral(probe.selectors())));
    }

    void dataDirectoryOverridesSelectorsAndScripts()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("whatsapp")));
        QFile selectors(dir.filePath(QStringLiteral("whatsapp/selectors.json")));
        QVERIFY(selectors.open(QIODevice::WriteOnly));
        selectors.write("{\"qrReloadButton\": \"#my-reload\"}");
        selectors.close();
        QFile script(dir.filePath(QStringLiteral("whatsapp/clickReloadQr.js")));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("(function (SEL, ARGS, H) { return 'custom'; });\n");
        script.close();

        PageProbe probe(dir.path());
        QCOMPARE(probe.selector(QStringLiteral("qrReloadButton")), QStringLiteral("#my-reload"));
        // Keys the override does not name keep their built-in value.
        QCOMPARE(probe.selector(QStringLiteral("widStorageKey")), QStringLiteral("last-wid-md"));
        QCOMPARE(probe.scriptText(QStringLiteral("clickReloadQr.js")),
                 QStringLiteral("(function (SEL, ARGS, H) { return 'custom'; })"));
        QVERIFY(probe.scriptText(QStringLiteral("pressSend.js")).contains(QStringLiteral("pressed")));

        // A broken override is reported and the built-in pack stays in use.
        QVERIFY(selectors.open(QIODevice::WriteOnly | QIODevice::Truncate));
        selectors.write("{not json");
        selectors.close();
        probe.reload();
        QCOMPARE(probe.warnings().size(), 1);
        QVERIFY(probe.selector(QStringLiteral("qrReloadButton"))
                    .startsWith(QStringLiteral("div[data-ref] > span > button")));
    }
};

QTEST_GUILESS_MAIN(TestSessionState)
#include "TestSessionState.moc"
