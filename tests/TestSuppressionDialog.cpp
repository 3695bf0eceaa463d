// The suppression list dialog: what a person sees and does, on a real store.
#include "ActivityLog.h"
#include "ManualClock.h"
#include "Store.h"
#include "SuppressionDialog.h"
#include "SuppressionList.h"

#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

class TestSuppressionDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<ActivityLog> m_activity;
    std::unique_ptr<SuppressionList> m_list;
    QStringList m_answers; // what the person types, in order

    std::unique_ptr<SuppressionDialog> makeDialog()
    {
        auto dialog = std::make_unique<SuppressionDialog>(m_list.get());
        dialog->setAsker([this](const QString&, const QString&) {
            return m_answers.isEmpty() ? QString() : m_answers.takeFirst();
        });
        return dialog;
    }

private slots:
    void init()
    {
        m_store = std::make_unique<Store>();
        QVERIFY(m_store->open(m_dir.filePath("sdr-sender.db")));
        m_activity = std::make_unique<ActivityLog>(m_store.get(), &m_clock);
        m_list = std::make_unique<SuppressionList>(m_store.get(), &m_clock, m_activity.get());
        m_answers.clear();
    }
    void cleanup()
    {
        m_list.reset();
        m_activity.reset();
        m_store.reset();
        QFile::remove(m_dir.filePath("sdr-sender.db"));
    }

    void showsEveryListedPhoneAsPlainText()
    {
        QCOMPARE(
            m_list->add("+15551234567", SuppressionList::Source::OptOut, "<b>STOP</b>", "lead_1", "sdr_a"),
            SuppressionList::AddResult::Added);
        auto dialog = makeDialog();
        QTreeWidget* list = dialog->list();
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(0), "+15551234567");
        QCOMPARE(list->topLevelItem(0)->text(2), "Opt-out reply");
        QCOMPARE(list->topLevelItem(0)->text(3), "<b>STOP</b>");
        // The tooltip shows the characters, not bold text.
        QCOMPARE(list->topLevelItem(0)->toolTip(3), "<qt>&lt;b&gt;STOP&lt;/b&gt;</qt>");
    }

    void addAndRemoveWithAReason()
    {
        auto dialog = makeDialog();
        m_answers = {"+90 545 403 19 18", "asked on the phone"};
        dialog->addPhone();
        QCOMPARE(dialog->list()->topLevelItemCount(), 1);
        QVERIFY(m_list->isSuppressed("+905454031918"));
        QCOMPARE(dialog->list()->topLevelItem(0)->text(2), "Added by a person");

        m_answers = {"not a phone", "x"};
        dialog->addPhone();
        QCOMPARE(m_list->count(), 1);
        QVERIFY(dialog->message()->text().contains("not a phone number"));

        dialog->list()->topLevelItem(0)->setSelected(true);
        m_answers = {""}; // no reason: nothing removed
        dialog->removeSelected();
        QVERIFY(m_list->isSuppressed("+905454031918"));
        m_answers = {"wrong number, the lead asked to be called"};
        dialog->removeSelected();
        QVERIFY(!m_list->isSuppressed("+905454031918"));
        QCOMPARE(dialog->list()->topLevelItemCount(), 0);
        const auto entries = m_activity->entries();
        QVERIFY(std::any_of(entries.cbegin(), entries.cend(), [](const ActivityEntry& e) {
            return e.message.contains("wrong number, the lead asked to be called");
        }));
    }

    void exportsAndImportsCsvFiles()
    {
        QCOMPARE(m_list->add("+15551234567", SuppressionList::Source::Manual, "a"),
                 SuppressionList::AddResult::Added);
        const QString path = m_dir.filePath("export.csv");
        auto dialog = makeDialog();
        dialog->setFilePicker([&path](bool) { return path; });
        dialog->exportCsv();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("+15551234567,a,manual"));
        file.close();

        QFile input(m_dir.filePath("import.csv"));
        QVERIFY(input.open(QIODevice::WriteOnly));
        input.write("phone,reason\n+905454031918,bounced\n12,bad\n+15551234567,again\n");
        input.close();
        dialog->setFilePicker([&input](bool) { return input.fileName(); });
        QSignalSpy progress(dialog->progressBar(), &QProgressBar::valueChanged);
        dialog->importCsv();
        // In the background: the window goes on meanwhile, and the bar goes to the end.
        QVERIFY(dialog->isImporting());
        QVERIFY(!dialog->progressBar()->isHidden());
        QTRY_VERIFY(!dialog->isImporting());
        QVERIFY(dialog->progressBar()->isHidden());
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toInt(), 100);
        QCOMPARE(m_list->count(), 2);
        QCOMPARE(dialog->list()->topLevelItemCount(), 2);
        QVERIFY2(dialog->message()->text().contains("1 phone(s) added"),
                 qPrintable(dialog->message()->text()));
        QVERIFY(dialog->message()->text().contains("1 row(s) refused"));
    }

    void aLargeImportCanBeCancelled()
    {
        // 200 000 phones (about 3 MB): long enough to still be reading when the person cancels.
        QFile input(m_dir.filePath("large.csv"));
        QVERIFY(input.open(QIODevice::WriteOnly));
        QByteArray data("phone,reason\n");
        for (int i = 0; i < 200000; ++i)
            data += "+1555" + QByteArray::number(1000000 + i) + ",bulk\n";
        input.write(data);
        input.close();
        auto dialog = makeDialog();
        dialog->setFilePicker([&input](bool) { return input.fileName(); });
        dialog->importCsv();
        QVERIFY(dialog->isImporting());
        dialog->cancelImport();
        QTRY_VERIFY(!dialog->isImporting());
        // Cancelled while reading: nothing written, and the person is told.
        QCOMPARE(m_list->count(), 0);
        QVERIFY2(dialog->message()->text().contains("import cancelled"),
                 qPrintable(dialog->message()->text()));
        QVERIFY(dialog->progressBar()->isHidden());
    }
};

QTEST_MAIN(TestSuppressionDialog)
#include "TestSuppressionDialog.moc"
