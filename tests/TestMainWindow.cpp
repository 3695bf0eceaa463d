#include "ActivityLog.h"
#include "ActivityView.h"
#include "ConnectionStatusRepository.h"
#include "Credentials.h"
#include "DashboardModel.h"
#include "DashboardView.h"
#include "ImportLeadsDialog.h"
#include "LeadsModel.h"
#include "LeadsView.h"
#include "MainWindow.h"
#include "Notifier.h"
#include "SdrListModel.h"
#include "SdrRepository.h"
#include "SdrSidebar.h"
#include "SendsChart.h"
#include "SessionView.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "Store.h"
#include "TranslationLoader.h"
#include "TrayController.h"
#include "UserPreferences.h"
#include "fixtures/ManualClock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QStyledItemDelegate>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Store* m_store = nullptr;
    Settings* m_settings = nullptr;
    SdrRepository* m_sdrs = nullptr;
    ConnectionStatusRepository* m_statuses = nullptr;
    ActivityLog* m_activity = nullptr;
    ManualClock m_clock;
    MainWindow* m_window = nullptr;
    int m_count = 0;
    bool m_answer = true;
    int m_questions = 0;

    const QString m_evilName = QStringLiteral("<b>Eve</b><img src=x onerror=alert(1)>");
    const QString m_evilError = QStringLiteral("<script>alert('pwned')</script><a href='x'>click</a>");

    void addSdr(const QString& id, const QString& name)
    {
        SdrRecord sdr;
        sdr.id = id;
        sdr.name = name;
        QVERIFY(m_sdrs->upsert(sdr));
    }
    void saveStatus(const QString& id, ConnectionState state, const QString& phone = {},
                    const QString& error = {})
    {
        ConnectionStatus status;
        status.sdrId = id;
        status.state = state;
        status.whatsappConnected = state == ConnectionState::Connected;
        status.whatsappPhone = phone;
        status.lastError = error;
        status.updatedAt = m_clock.now();
        QVERIFY(m_statuses->save(status));
    }
    // Every label that shows text with markup characters must show it as plain text.
    void verifyNoRichLabels(QWidget* root)
    {
        const QList<QLabel*> labels = root->findChildren<QLabel*>();
        for (const QLabel* label : labels) {
            if (label->text().contains(QLatin1Char('<')))
                QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
        }
    }

    TranslationLoader* m_translations = nullptr;

    // The window's figures are read in the background (BackgroundReader): wait for the reads asked.
    void settle()
    {
        QTRY_VERIFY(!m_window->dashboardModel()->isRefreshing() && !m_window->leadsModel()->isRefreshing());
    }

private slots:
    void initTestCase()
    {
        // English plural forms ("2 SDRs") come from the English translation file, as in the app.
        m_translations = new TranslationLoader(QStringLiteral(":/i18n"), this);
        QVERIFY(m_translations->setLanguage(QStringLiteral("en")));
    }
    void init()
    {
        m_store = new Store(this);
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("w%1.db").arg(++m_count))));
        m_settings = new Settings(m_store, this);
        m_sdrs = new SdrRepository(m_store, this);
        m_statuses = new ConnectionStatusRepository(m_store, this);
        m_activity = new ActivityLog(m_store, &m_clock, this);
        addSdr(QStringLiteral("sdr_a"), QStringLiteral("Ahmet"));
        addSdr(QStringLiteral("sdr_e"), m_evilName);
        saveStatus(QStringLiteral("sdr_a"), ConnectionState::Connected, QStringLiteral("+905454031918"));
        saveStatus(QStringLiteral("sdr_e"), ConnectionState::Conflict, {}, m_evilError);
        m_activity->add(QStringLiteral("sdr_e"), QStringLiteral("error"), m_evilError);

        MainWindow::Dependencies deps;
        deps.store = m_store;
        deps.settings = m_settings;
        deps.sdrs = m_sdrs;
        deps.statuses = m_statuses;
        deps.activity = m_activity;
        deps.clock = &m_clock;
        m_window = new MainWindow(deps);
        m_questions = 0;
        m_answer = true;
        m_window->setConfirmer([this](const QString&, const QString& question) {
            ++m_questions;
            Q_UNUSED(question)
            return m_answer;
        });
        m_window->show();
        settle();
    }
    void cleanup()
    {
        delete m_window;
        delete m_activity;
        delete m_statuses;
        delete m_sdrs;
        delete m_settings;
        delete m_store;
    }

    void startsOnTheDashboard()
    {
        QCOMPARE(m_window->currentPage(), m_window->dashboardView());
        QCOMPARE(m_window->dashboardModel()->rowCount(), 2);
        QCOMPARE(m_window->sdrListModel()->rowCount(), 2);
        QVERIFY(!m_window->demoBanner()->isVisible());
        verifyNoRichLabels(m_window);
    }

    void repliesReachTheChartAndTheLeadsView()
    {
        // A lead of sdr_a sent ten minutes ago that answered a minute ago.
        const QDateTime sent = m_clock.now().addSecs(-600);
        const QDateTime replied = m_clock.now().addSecs(-60);
        QSqlQuery query(m_store->database());
        query.prepare(
            QStringLiteral("INSERT INTO outbox(lead_id, sdr_id, name, phone, message, state, created_at, "
                           "updated_at, sent_at) VALUES('lead_r', 'sdr_a', 'Rita', '+15551234567', 'Hi', "
                           "'reported', ?, ?, ?)"));
        query.addBindValue(Store::timestamp(sent));
        query.addBindValue(Store::timestamp(sent));
        query.addBindValue(Store::timestamp(sent));
        QVERIFY(query.exec());
        query.prepare(
            QStringLiteral("INSERT INTO lead_followup(lead_id, sdr_id, phone, sent_at, replied_at, "
                           "reply_text, updated_at) VALUES('lead_r', 'sdr_a', '+15551234567', ?, ?, "
                           "'<i>Yes</i>', ?)"));
        query.addBindValue(Store::timestamp(sent));
        query.addBindValue(Store::timestamp(replied));
        query.addBindValue(Store::timestamp(replied));
        QVERIFY(query.exec());

        m_window->dashboardModel()->refresh();
        settle();
        const QVector<int> replies = m_window->dashboardView()->chart()->replyCounts();
        QCOMPARE(replies, m_window->dashboardModel()->hourlyReplies());
        QCOMPARE(replies.at(replied.toLocalTime().time().hour()), 1);

        // The Leads view, from the window like the activity log.
        m_window->showLeads();
        settle();
        QCOMPARE(m_window->currentPage(), m_window->leadsView());
        QCOMPARE(m_window->leadsModel()->rowCount(), 1);
        QCOMPARE(m_window->leadsModel()->lead(0).state, QStringLiteral("replied"));
        QCOMPARE(m_window->leadsModel()->index(0, LeadsModel::ReplyColumn).data().toString(),
                 QStringLiteral("<i>Yes</i>"));
        m_window->showLeads(QStringLiteral("sdr_e"));
        settle();
        QCOMPARE(m_window->leadsModel()->rowCount(), 0);
        m_window->showDashboard();
        QCOMPARE(m_window->currentPage(), m_window->dashboardView());
        verifyNoRichLabels(m_window);
        QVERIFY(!m_window->replyNotificationsAction()); // no preferences given: no option
    }

    void replyNotificationsAreAChoiceOfThisUser()
    {
        UserPreferences preferences(m_dir.filePath(QStringLiteral("prefs%1.ini").arg(m_count)));
        MainWindow::Dependencies deps;
        deps.store = m_store;
        deps.settings = m_settings;
        deps.sdrs = m_sdrs;
        deps.statuses = m_statuses;
        deps.activity = m_activity;
        deps.clock = &m_clock;
        deps.preferences = &preferences;
        MainWindow window(deps);
        QAction* action = window.replyNotificationsAction();
        QVERIFY(action);
        QVERIFY(action->isCheckable());
        QVERIFY(!action->isChecked()); // off by default
        action->trigger();
        QVERIFY(preferences.replyNotifications());
        preferences.setReplyNotifications(false);
        QVERIFY(!action->isChecked());
    }

    void helpMenuChecksTheOpenSdrsWhatsAppWeb()
    {
        QAction* check = nullptr;
        for (QAction* action : m_window->findChildren<QAction*>()) {
            if (action->text().remove(QLatin1Char('&')) == QLatin1String("Check WhatsApp Web"))
                check = action;
        }
        QVERIFY(check);
        QSignalSpy requested(m_window, &MainWindow::checkWhatsAppRequested);
        m_window->showSdr(QStringLiteral("sdr_e"));
        check->trigger();
        QCOMPARE(requested.count(), 1);
        QCOMPARE(requested.first().at(0).toString(), QStringLiteral("sdr_e"));
        // The result is plain text in a box that does not block the event loop.
        m_window->showWhatsAppCheck(QStringLiteral("<b>Missing: sendButton</b>"), false);
        auto* box = m_window->findChild<QMessageBox*>();
        QVERIFY(box);
        QCOMPARE(box->textFormat(), Qt::PlainText);
        QCOMPARE(box->detailedText(), QStringLiteral("<b>Missing: sendButton</b>"));
        box->close();
    }

    void demoBanner()
    {
        m_window->setDemoMode(true);
        QVERIFY(m_window->demoBanner()->isVisible());
        QVERIFY(m_window->demoBanner()->text().contains(QStringLiteral("DEMO")));
        QVERIFY(m_window->demoBanner()->text().contains(QStringLiteral("no real messages are sent")));
        QVERIFY(m_window->windowTitle().contains(QStringLiteral("DEMO")));
        m_window->setDemoMode(false);
        QVERIFY(!m_window->demoBanner()->isVisible());
    }

    void markupFromTheNetworkIsShownAsText()
    {
        QSignalSpy shown(m_window, &MainWindow::sessionShown);
        m_window->showSdr(QStringLiteral("sdr_e"));
        QCOMPARE(shown.count(), 1);
        QCOMPARE(m_window->currentPage(), m_window->sessionView());
        auto* name = m_window->sessionView()->findChild<QLabel*>(QStringLiteral("sessionName"));
        QVERIFY(name);
        QCOMPARE(name->text(), m_evilName);
        QCOMPARE(name->textFormat(), Qt::PlainText);
        auto* error = m_window->sessionView()->findChild<QLabel*>(QStringLiteral("sessionError"));
        QVERIFY(error->isVisible());
        QVERIFY(error->text().contains(m_evilError));
        QCOMPARE(error->textFormat(), Qt::PlainText);
        verifyNoRichLabels(m_window);

        // The table and the activity log hand the raw strings to a plain-text delegate.
        const QModelIndex nameCell = m_window->dashboardModel()->index(
            m_window->dashboardModel()->rowOf(QStringLiteral("sdr_e")), DashboardModel::NameColumn);
        QCOMPARE(nameCell.data().toString(), m_evilName);
        QVERIFY(qobject_cast<QStyledItemDelegate*>(m_window->dashboardView()->table()->itemDelegate()));
        m_window->showActivity();
        QTableView* log = m_window->activityView()->table();
        QCOMPARE(log->model()->index(0, 3).data().toString(), m_evilError);
        QCOMPARE(log->model()->index(0, 1).data().toString(), m_evilName);
        QComboBox* sdrBox = m_window->activityView()->sdrFilterBox();
        QCOMPARE(sdrBox->itemText(sdrBox->findData(QStringLiteral("sdr_e"))), m_evilName);
    }

    void sessionButtonsFollowTheState()
    {
        m_window->showSdr(QStringLiteral("sdr_e"));
        SessionView* view = m_window->sessionView();
        auto* useHere = view->findChild<QPushButton*>(QStringLiteral("useHereButton"));
        QVERIFY(useHere->isVisible()); // conflict
        QSignalSpy useHereSpy(m_window, &MainWindow::useHereRequested);
        QTest::mouseClick(useHere, Qt::LeftButton);
        QCOMPARE(useHereSpy.count(), 1);
        QCOMPARE(useHereSpy.first().first().toString(), QStringLiteral("sdr_e"));

        saveStatus(QStringLiteral("sdr_e"), ConnectionState::Connected, QStringLiteral("+15551234567"));
        QVERIFY(!useHere->isVisible());
        QCOMPARE(view->findChild<QLabel*>(QStringLiteral("sessionPhone"))->text(),
                 QStringLiteral("+15551234567"));
        QCOMPARE(view->findChild<QLabel*>(QStringLiteral("sessionState"))->text(),
                 QStringLiteral("Connected"));
        QVERIFY(!view->findChild<QLabel*>(QStringLiteral("sessionError"))->isVisible());
    }

    void destructiveActionsAreConfirmed()
    {
        m_window->showSdr(QStringLiteral("sdr_a"));
        auto* disconnectButton =
            m_window->sessionView()->findChild<QPushButton*>(QStringLiteral("disconnectButton"));
        auto* removeButton = m_window->sessionView()->findChild<QPushButton*>(QStringLiteral("removeButton"));
        QSignalSpy disconnects(m_window, &MainWindow::disconnectRequested);
        QSignalSpy removes(m_window, &MainWindow::removeRequested);
        m_answer = false;
        QTest::mouseClick(disconnectButton, Qt::LeftButton);
        QTest::mouseClick(removeButton, Qt::LeftButton);
        QCOMPARE(m_questions, 2);
        QCOMPARE(disconnects.count(), 0);
        QCOMPARE(removes.count(), 0);
        m_answer = true;
        QTest::mouseClick(disconnectButton, Qt::LeftButton);
        QTest::mouseClick(removeButton, Qt::LeftButton);
        QCOMPARE(disconnects.count(), 1);
        QCOMPARE(removes.count(), 1);
        QCOMPARE(removes.first().first().toString(), QStringLiteral("sdr_a"));
    }

    // The real question box: the click returns at once (no nested event loop), the box shows the
    // network-supplied SDR name as plain text, and only "Yes" acts.
    void realConfirmationDoesNotBlock()
    {
        m_window->setConfirmer({});
        m_window->showSdr(QStringLiteral("sdr_e"));
        auto* removeButton = m_window->sessionView()->findChild<QPushButton*>(QStringLiteral("removeButton"));
        QSignalSpy removes(m_window, &MainWindow::removeRequested);

        QTest::mouseClick(removeButton, Qt::LeftButton); // returns: open(), not exec()
        auto* box = m_window->findChild<QMessageBox*>();
        QVERIFY(box);
        QTRY_VERIFY(box->isVisible());
        QCOMPARE(box->textFormat(), Qt::PlainText);
        QVERIFY(box->text().contains(m_evilName));
        QCOMPARE(removes.count(), 0);
        QPointer<QMessageBox> noBox(box);
        box->button(QMessageBox::No)->click();
        QTRY_VERIFY(noBox.isNull()); // deleted on close
        QCOMPARE(removes.count(), 0);

        QTest::mouseClick(removeButton, Qt::LeftButton);
        box = m_window->findChild<QMessageBox*>();
        QVERIFY(box);
        box->button(QMessageBox::Yes)->click();
        QCOMPARE(removes.count(), 1);
        QCOMPARE(removes.first().first().toString(), QStringLiteral("sdr_e"));
    }

    void sidebarSelectionShowsAndHidesSessions()
    {
        QSignalSpy shown(m_window, &MainWindow::sessionShown);
        QSignalSpy hidden(m_window, &MainWindow::sessionHidden);
        SdrSidebar* sidebar = m_window->sidebar();
        const int row = m_window->sdrListModel()->rowOf(QStringLiteral("sdr_a"));
        const QRect rect = sidebar->visualRect(m_window->sdrListModel()->index(row));
        QTest::mouseClick(sidebar->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(shown.count(), 1);
        QCOMPARE(m_window->currentSdrId(), QStringLiteral("sdr_a"));
        m_window->showSdr(QStringLiteral("sdr_e"));
        QCOMPARE(hidden.count(), 1);
        QCOMPARE(hidden.first().first().toString(), QStringLiteral("sdr_a"));
        QCOMPARE(sidebar->currentSdrId(), QStringLiteral("sdr_e"));
        m_window->showDashboard();
        QCOMPARE(hidden.count(), 2);
        QCOMPARE(sidebar->currentSdrId(), QString());

        // Removing the SDR on screen goes back to the dashboard.
        m_window->showSdr(QStringLiteral("sdr_a"));
        QVERIFY(m_sdrs->remove(QStringLiteral("sdr_a")));
        QCOMPARE(m_window->currentPage(), m_window->dashboardView());
        QCOMPARE(m_window->currentSdrId(), QString());
    }

    void uncertainLeadsAskForADecision()
    {
        QSqlQuery query(m_store->database());
        QVERIFY(query.exec(QStringLiteral(
            "INSERT INTO outbox(lead_id, sdr_id, name, phone, message, state, created_at, updated_at) VALUES("
            "'lead_9', 'sdr_a', '<u>Zé</u>', '+5511988887777', 'Oi', 'uncertain', "
            "'2026-11-20T09:00:00.000Z', "
            "'2026-11-20T09:00:00.000Z')")));
        m_window->dashboardModel()->refresh();
        settle();
        QTreeWidget* list = m_window->dashboardView()->uncertainList();
        QVERIFY(list->isVisible());
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("<u>Zé</u>"));
        QCOMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Send not confirmed"));
        // The reason follows a change of language at once, not at the next refresh.
        QVERIFY(m_translations->setLanguage(QStringLiteral("pt_BR")));
        QTRY_COMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Envio não confirmado"));
        QVERIFY(m_translations->setLanguage(QStringLiteral("en")));
        QTRY_COMPARE(list->topLevelItem(0)->text(1), QStringLiteral("Send not confirmed"));
        list->topLevelItem(0)->setSelected(true);
        QSignalSpy resend(m_window, &MainWindow::resendRequested);
        QSignalSpy drop(m_window, &MainWindow::dropRequested);
        QTest::mouseClick(m_window->dashboardView()->findChild<QPushButton*>(QStringLiteral("resendButton")),
                          Qt::LeftButton);
        QCOMPARE(resend.count(), 1);
        QCOMPARE(resend.first().first().toString(), QStringLiteral("lead_9"));
        m_answer = false;
        QTest::mouseClick(m_window->dashboardView()->findChild<QPushButton*>(QStringLiteral("dropButton")),
                          Qt::LeftButton);
        QCOMPARE(drop.count(), 0);
        m_answer = true;
        QTest::mouseClick(m_window->dashboardView()->findChild<QPushButton*>(QStringLiteral("dropButton")),
                          Qt::LeftButton);
        QCOMPARE(drop.count(), 1);
    }

    void settingsRefuseBadValuesAndKeepThem()
    {
        m_window->openSettings();
        SettingsDialog* dialog = m_window->settingsDialog();
        QVERIFY(dialog);
        auto* whatsapp = qobject_cast<QLineEdit*>(dialog->globalEditor(SettingKeys::WhatsAppUrl));
        auto* hourly = qobject_cast<QSpinBox*>(dialog->globalEditor(SettingKeys::HourlyCap));
        QVERIFY(whatsapp && hourly);
        QCOMPARE(hourly->value(), 30);
        hourly->setValue(12);
        whatsapp->setText(QStringLiteral("not a url <b>"));
        QVERIFY(!dialog->apply());
        QVERIFY(dialog->errorText().contains(QStringLiteral("not a url <b>")));
        QCOMPARE(whatsapp->text(), QStringLiteral("not a url <b>")); // nothing typed is lost
        QCOMPARE(m_settings->intValue(SettingKeys::HourlyCap), 12);  // the valid one is saved
        QCOMPARE(m_settings->stringValue(SettingKeys::WhatsAppUrl),
                 QStringLiteral("https://web.whatsapp.com/"));
        verifyNoRichLabels(dialog);

        whatsapp->setText(QStringLiteral("http://127.0.0.1:8080/"));
        QVERIFY(dialog->apply());
        QCOMPARE(m_settings->stringValue(SettingKeys::WhatsAppUrl), QStringLiteral("http://127.0.0.1:8080/"));
        QVERIFY(dialog->errorText().isEmpty());
    }

    void perSdrOverrides()
    {
        m_window->openSettings();
        SettingsDialog* dialog = m_window->settingsDialog();
        dialog->selectSdr(QStringLiteral("sdr_a"));
        QCOMPARE(dialog->sdrBox()->currentData().toString(), QStringLiteral("sdr_a"));
        QCheckBox* override = dialog->sdrOverrideBox(SettingKeys::DailyCap);
        auto* daily = qobject_cast<QSpinBox*>(dialog->sdrEditor(SettingKeys::DailyCap));
        QVERIFY(override && daily);
        QVERIFY(!daily->isEnabled());
        override->setChecked(true);
        QVERIFY(daily->isEnabled());
        daily->setValue(45);
        QVERIFY(dialog->apply());
        QCOMPARE(m_settings->intValue(SettingKeys::DailyCap, QStringLiteral("sdr_a")), 45);
        QCOMPARE(m_settings->source(SettingKeys::DailyCap, QStringLiteral("sdr_a")), Settings::Source::Sdr);
        QCOMPARE(m_settings->intValue(SettingKeys::DailyCap, QStringLiteral("sdr_e")), 200);

        // Switching SDR keeps what was set; unticking removes the override.
        dialog->selectSdr(QStringLiteral("sdr_e"));
        QVERIFY(!dialog->sdrOverrideBox(SettingKeys::DailyCap)->isChecked());
        dialog->selectSdr(QStringLiteral("sdr_a"));
        QVERIFY(override->isChecked());
        QCOMPARE(daily->value(), 45);
        override->setChecked(false);
        QVERIFY(dialog->apply());
        QCOMPARE(m_settings->source(SettingKeys::DailyCap, QStringLiteral("sdr_a")),
                 Settings::Source::Default);
    }

    void tokenIsOnlyShownMasked()
    {
        const QByteArray token = "tok_live_9f8e7d6c5b4a3210";
        qputenv(Credentials::EnvironmentVariable, token);
        // A server no keychain entry exists for: the environment token is the one in use.
        Credentials credentials(QStringLiteral("http://127.0.0.1:9/ui-test-%1").arg(m_count));
        credentials.load();
        QTRY_VERIFY_WITH_TIMEOUT(credentials.hasToken() && !credentials.isBusy(), 15000);
        SettingsDialog dialog(m_settings, m_sdrs, &credentials);
        QCOMPARE(dialog.tokenLabel()->text(), QStringLiteral("tok_…3210"));
        QCOMPARE(dialog.tokenEdit()->echoMode(), QLineEdit::Password);
        QCOMPARE(dialog.tokenEdit()->text(), QString());
        for (const QLabel* label : dialog.findChildren<QLabel*>())
            QVERIFY(!label->text().contains(QString::fromLatin1(token)));
        qunsetenv(Credentials::EnvironmentVariable);
    }

    void importReportIsShownRowByRow()
    {
        QFile csv(m_dir.filePath(QStringLiteral("leads%1.csv").arg(m_count)));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("id,assigned_sdr_id,name,phone,message\n");
        csv.close();
        QString seenPath;
        m_window->setLeadImporter([&seenPath](const QString& path, const LeadImportCallbacks& callbacks) {
            seenPath = path;
            LeadImportReport report;
            report.imported = 2;
            report.problems.append({3, QStringLiteral("lead_x"), QStringLiteral("bad phone <i>12</i>")});
            report.problems.append({4, QString(), QStringLiteral("missing assigned_sdr_id")});
            callbacks.progress(100);
            callbacks.done(report);
            return LeadImportCancel();
        });
        QSignalSpy imported(m_window, &MainWindow::leadsImported);
        m_window->openImportDialog();
        ImportLeadsDialog* dialog = m_window->importDialog();
        QVERIFY(dialog);
        dialog->setFilePath(csv.fileName());
        QVERIFY(dialog->importFile());
        QCOMPARE(seenPath, csv.fileName());
        QCOMPARE(imported.count(), 1);
        QCOMPARE(imported.first().first().toInt(), 2);
        QCOMPARE(dialog->problemList()->topLevelItemCount(), 2);
        QCOMPARE(dialog->problemList()->topLevelItem(0)->text(0), QStringLiteral("3"));
        QCOMPARE(dialog->problemList()->topLevelItem(0)->text(2), QStringLiteral("bad phone <i>12</i>"));
        QVERIFY(dialog->summaryLabel()->text().contains(QStringLiteral("2 leads imported")));

        // A file that cannot be read is refused before the importer runs.
        seenPath.clear();
        dialog->setFilePath(m_dir.filePath(QStringLiteral("does-not-exist.csv")));
        QVERIFY(!dialog->importFile());
        QVERIFY(seenPath.isEmpty());
        QVERIFY(dialog->summaryLabel()->text().startsWith(QStringLiteral("Nothing was imported")));
        QCOMPARE(imported.count(), 1);
    }

    void defaultImporterUsesTheStore()
    {
        QFile csv(m_dir.filePath(QStringLiteral("real%1.csv").arg(m_count)));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("id,assigned_sdr_id,name,phone,message\n"
                  "l1,sdr_a,Zeynep,+905454031918,Merhaba\n"
                  "l2,sdr_nobody,Bob,+15551234567,Hi\n"
                  "l3,sdr_a,Joe,12,Hi\n");
        csv.close();
        m_window->openImportDialog();
        ImportLeadsDialog* dialog = m_window->importDialog();
        dialog->setFilePath(csv.fileName());
        QSignalSpy finished(dialog, &ImportLeadsDialog::finished);
        QVERIFY(dialog->importFile());
        QVERIFY(dialog->isImporting());
        QVERIFY(dialog->progressBar()->isVisible());
        QVERIFY(dialog->cancelButton()->isVisible());
        QVERIFY(finished.wait(10000));
        QVERIFY(!dialog->isImporting());
        QVERIFY(!dialog->progressBar()->isVisible());
        QCOMPARE(dialog->lastReport().imported, 1);
        QCOMPARE(dialog->problemList()->topLevelItemCount(), 2);
        QCOMPARE(dialog->problemList()->topLevelItem(0)->text(0), QStringLiteral("3"));
        QSqlQuery query(m_store->database());
        QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM local_leads WHERE sdr_id = 'sdr_a'")));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        // The new lead counts in the dashboard's queue.
        QTRY_COMPARE(m_window->dashboardModel()->totals().queued, 1);
    }

    void trayShowsNotifierNotices()
    {
        Notifier notifier(m_sdrs, &m_clock);
        notifier.watch(m_statuses);
        TrayController tray(m_window);
        tray.attach(&notifier);
        saveStatus(QStringLiteral("sdr_a"), ConnectionState::PhoneOffline); // was connected
        QCOMPARE(tray.lastSdrId(), QStringLiteral("sdr_a"));
        QCOMPARE(tray.lastTitle(), QStringLiteral("Ahmet dropped out"));
        QVERIFY(tray.lastMessage().contains(QStringLiteral("Phone offline")));

        m_window->hide();
        QSignalSpy quit(&tray, &TrayController::quitRequested);
        const QList<QAction*> actions = tray.trayIcon()->contextMenu()->actions();
        actions.first()->trigger(); // Show
        QVERIFY(m_window->isVisible());
        actions.last()->trigger(); // Quit
        QCOMPARE(quit.count(), 1);
    }

    void statusBarSummary()
    {
        QStatusBar* bar = m_window->statusBar();
        auto* label = bar->findChild<QLabel*>();
        QVERIFY(label);
        QVERIFY(label->text().contains(QStringLiteral("1 of 2 SDRs connected")));
        QVERIFY(label->text().contains(QStringLiteral("Local leads (no CRM)")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
