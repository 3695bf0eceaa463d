#include "ActivityLog.h"
#include "ConnectionStatusRepository.h"
#include "MainWindow.h"
#include "SdrRepository.h"
#include "SessionView.h"
#include "Settings.h"
#include "Store.h"
#include "TryInEventLoop.h"
#include "WebEngineEnvironment.h"
#include "fixtures/ManualClock.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineView>
#include <QtTest>

// SessionView with real Qt WebEngine pages, offscreen.
class TestSessionView : public QObject
{
    Q_OBJECT

    static QString evaluate(QWebEnginePage* page, const QString& script)
    {
        QString result;
        bool done = false;
        page->runJavaScript(script, [&](const QVariant& value) {
            result = value.toString();
            done = true;
        });
        if (!EventLoopWait::until([&] { return done; }, 10000))
            return QStringLiteral("<timeout>");
        return result;
    }

private slots:
    void noPageStartsNoBrowser()
    {
        SessionView view;
        view.setSdr(QStringLiteral("sdr_a"), QStringLiteral("Ahmet"));
        view.setState(ConnectionState::Hibernated);
        view.show();
        QVERIFY(!view.webView());
        auto* placeholder = view.findChild<QLabel*>(QStringLiteral("sessionPlaceholder"));
        QVERIFY(placeholder->isVisible());
        QVERIFY(placeholder->text().contains(QStringLiteral("hibernated")));
        QVERIFY(view.findChild<QPushButton*>(QStringLiteral("connectButton"))->isEnabled());
    }

    void aPausedSdrOffersResumeSendingAndShowsWhy()
    {
        SessionView view;
        view.setSdr(QStringLiteral("sdr_a"), QStringLiteral("Ahmet"));
        view.setState(ConnectionState::Connected);
        view.show();
        auto* resume = view.findChild<QPushButton*>(QStringLiteral("resumeButton"));
        QVERIFY(resume);
        QVERIFY(!resume->isVisible());
        view.setState(ConnectionState::Restricted);
        QVERIFY(resume->isVisible());
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("sessionAdvice"))
                    ->text()
                    .contains(QStringLiteral("Resume")));
        QSignalSpy resumed(&view, &SessionView::resumeRequested);
        resume->click();
        QCOMPARE(resumed.count(), 1);
        QCOMPARE(resumed.first().at(0).toString(), QStringLiteral("sdr_a"));
        // The refused browser says what to do.
        view.setState(ConnectionState::BrowserUnsupported);
        QVERIFY(!resume->isVisible());
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("sessionAdvice"))
                    ->text()
                    .contains(QStringLiteral("Debian 13")));
    }

    void hostsTheSessionsPage()
    {
        QWebEngineProfile profile; // off the record, like a test double of the SDR's profile
        QObject session;           // the page's owner, as WhatsAppSession owns its page
        auto* page = new QWebEnginePage(&profile, &session);
        QSignalSpy loaded(page, &QWebEnginePage::loadFinished);
        page->setHtml(QStringLiteral("<html><body><div id='qr' data-ref='abc'>QR</div></body></html>"));
        SDR_TRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 20000);

        SessionView view;
        view.resize(900, 700);
        view.setSdr(QStringLiteral("sdr_a"), QStringLiteral("Ahmet"));
        view.setState(ConnectionState::QrRequired);
        view.setPage(page);
        view.show();
        QVERIFY(view.webView());
        QCOMPARE(view.webView()->page(), page);
        QVERIFY(view.webView()->isVisible());
        QCOMPARE(evaluate(page, QStringLiteral("document.getElementById('qr').dataset.ref")),
                 QStringLiteral("abc"));
        // The page stays the session's: the view does not own it.
        QCOMPARE(page->parent(), &session);

        // The session discards its page (hibernation): the view falls back to the placeholder.
        delete page;
        QVERIFY(!view.page());
        QVERIFY(view.findChild<QLabel*>(QStringLiteral("sessionPlaceholder"))->isVisible());
        view.setState(ConnectionState::Hibernated);
        QVERIFY(view.findChild<QPushButton*>(QStringLiteral("connectButton"))->isEnabled());
    }

    void windowAsksTheProviderForPages()
    {
        QTemporaryDir dir;
        Store store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("s.db"))));
        Settings settings(&store);
        SdrRepository sdrs(&store);
        ConnectionStatusRepository statuses(&store);
        ManualClock clock;
        ActivityLog activity(&store, &clock);
        SdrRecord sdr;
        sdr.id = QStringLiteral("sdr_a");
        sdr.name = QStringLiteral("Ahmet");
        QVERIFY(sdrs.upsert(sdr));
        sdr.id = QStringLiteral("sdr_b");
        sdr.name = QStringLiteral("Bruna");
        QVERIFY(sdrs.upsert(sdr));

        MainWindow::Dependencies deps;
        deps.store = &store;
        deps.settings = &settings;
        deps.sdrs = &sdrs;
        deps.statuses = &statuses;
        deps.activity = &activity;
        deps.clock = &clock;
        MainWindow window(deps);
        QWebEngineProfile profile;
        QWebEnginePage pageA(&profile);
        QWebEnginePage* current = &pageA;
        QStringList asked;
        window.setPageProvider([&](const QString& id) -> QWebEnginePage* {
            asked << id;
            return id == QLatin1String("sdr_a") ? current : nullptr;
        });
        window.show();
        window.showSdr(QStringLiteral("sdr_a"));
        QCOMPARE(asked, QStringList{QStringLiteral("sdr_a")});
        QCOMPARE(window.sessionView()->page(), &pageA);
        window.showSdr(QStringLiteral("sdr_b"));
        QCOMPARE(window.sessionView()->page(), nullptr);

        // The session rebuilt its page (after a renderer crash): the window shows the new one.
        window.showSdr(QStringLiteral("sdr_a"));
        QWebEnginePage pageA2(&profile);
        current = &pageA2;
        window.sessionPageChanged(QStringLiteral("sdr_b")); // not on screen: ignored
        QCOMPARE(window.sessionView()->page(), &pageA);
        window.sessionPageChanged(QStringLiteral("sdr_a"));
        QCOMPARE(window.sessionView()->page(), &pageA2);
        QCOMPARE(window.sessionView()->webView()->page(), &pageA2);
        window.showDashboard(); // the view lets go of the page before the page goes away
        QCOMPARE(window.sessionView()->page(), nullptr);
    }
};

int main(int argc, char* argv[])
{
    WebEngineEnvironment::prepare();
    QApplication app(argc, argv);
    TestSessionView test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "TestSessionView.moc"
