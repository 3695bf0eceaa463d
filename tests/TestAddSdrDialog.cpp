#include "AddSdrDialog.h"
#include "SdrRepository.h"
#include "Store.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

class TestAddSdrDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<SdrRepository> m_sdrs;

private slots:
    void init()
    {
        m_store = std::make_unique<Store>();
        QVERIFY(m_store->open(
            m_dir.filePath(QStringLiteral("%1.db").arg(QRandomGenerator::global()->generate()))));
        m_sdrs = std::make_unique<SdrRepository>(m_store.get());
        SdrRecord existing;
        existing.id = QStringLiteral("sdr_taken");
        existing.name = QStringLiteral("Taken");
        QVERIFY(m_sdrs->upsert(existing));
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("phone");
        QTest::newRow("empty id") << ""
                                  << "John"
                                  << "";
        QTest::newRow("path in id") << "../etc"
                                    << "John"
                                    << "";
        QTest::newRow("space in id") << "sdr john"
                                     << "John"
                                     << "";
        QTest::newRow("id too long") << QString(65, QLatin1Char('a')) << "John"
                                     << "";
        QTest::newRow("existing id") << "sdr_taken"
                                     << "John"
                                     << "";
        QTest::newRow("empty name") << "sdr_john"
                                    << "   "
                                    << "";
        QTest::newRow("bad phone") << "sdr_john"
                                   << "John"
                                   << "12-34";
        QTest::newRow("letters in phone") << "sdr_john"
                                          << "John"
                                          << "+1555CALLNOW";
    }
    void refusesBadInput()
    {
        QFETCH(QString, id);
        QFETCH(QString, name);
        QFETCH(QString, phone);
        AddSdrDialog dialog(m_sdrs.get());
        dialog.idEdit()->setText(id);
        dialog.nameEdit()->setText(name);
        dialog.phoneEdit()->setText(phone);
        QSignalSpy added(&dialog, &AddSdrDialog::sdrAdded);
        dialog.accept();
        QCOMPARE(added.count(), 0);
        QVERIFY(!dialog.validationError().isEmpty());
        QCOMPARE(dialog.errorLabel()->text(), dialog.validationError());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(m_sdrs->all().size(), 1);
    }

    void savesAValidSdrWithItsNumberNormalised()
    {
        AddSdrDialog dialog(m_sdrs.get());
        dialog.idEdit()->setText(QStringLiteral(" sdr_john "));
        dialog.nameEdit()->setText(QStringLiteral("<b>John</b> Smith"));
        dialog.phoneEdit()->setText(QStringLiteral("+1 (555) 123-4567"));
        QSignalSpy added(&dialog, &AddSdrDialog::sdrAdded);
        dialog.accept();
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.first().first().toString(), QStringLiteral("sdr_john"));
        const auto sdr = m_sdrs->find(QStringLiteral("sdr_john"));
        QVERIFY(sdr);
        QCOMPARE(sdr->name, QStringLiteral("<b>John</b> Smith")); // kept as text, never interpreted
        QCOMPARE(sdr->expectedPhone, QStringLiteral("+15551234567"));
        QCOMPARE(sdr->source, QStringLiteral("local"));
        QVERIFY(sdr->active);
        QCOMPARE(dialog.errorLabel()->textFormat(), Qt::PlainText);
    }

    void phoneIsOptional()
    {
        AddSdrDialog dialog(m_sdrs.get());
        dialog.idEdit()->setText(QStringLiteral("sdr_ana"));
        dialog.nameEdit()->setText(QStringLiteral("Ana"));
        dialog.accept();
        const auto sdr = m_sdrs->find(QStringLiteral("sdr_ana"));
        QVERIFY(sdr);
        QVERIFY(sdr->expectedPhone.isEmpty());
    }
};

QTEST_MAIN(TestAddSdrDialog)
#include "TestAddSdrDialog.moc"
