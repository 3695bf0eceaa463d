#include "CsvWriter.h"

#include <QBuffer>
#include <QtTest>

class TestCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void escapeField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<bool>("guard");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "hello" << true << "hello";
        QTest::newRow("empty") << "" << true << "";
        QTest::newRow("comma") << "a,b" << true << "\"a,b\"";
        QTest::newRow("quote") << "say \"hi\"" << true << "\"say \"\"hi\"\"\"";
        QTest::newRow("newline") << "line1\nline2" << true << "\"line1\nline2\"";
        QTest::newRow("carriage return") << "a\rb" << true << "\"a\rb\"";
        QTest::newRow("spaces kept") << "  padded  " << true << "  padded  ";
        QTest::newRow("unicode") << QStringLiteral("Ağrı, São Paulo") << true
                                 << QStringLiteral("\"Ağrı, São Paulo\"");
        QTest::newRow("formula") << "=HYPERLINK(\"http://x\")" << true << "\"'=HYPERLINK(\"\"http://x\"\")\"";
        QTest::newRow("formula off") << "=1+1" << false << "=1+1";
        QTest::newRow("at sign") << "@SUM(A1)" << true << "'@SUM(A1)";
        QTest::newRow("minus formula") << "-2+3*cmd" << true << "'-2+3*cmd";
        QTest::newRow("tab") << "\tx" << true << "'\tx";
        QTest::newRow("phone stays") << "+905454031918" << true << "+905454031918";
        QTest::newRow("negative number stays") << "-12.5" << true << "-12.5";
    }
    void escapeField()
    {
        QFETCH(QString, field);
        QFETCH(bool, guard);
        QFETCH(QString, expected);
        QCOMPARE(
            CsvWriter::escapeField(field, guard ? CsvWriter::FormulaGuard::On : CsvWriter::FormulaGuard::Off),
            expected);
    }

    void writesRowsWithCrlfAndBom()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter writer(&buffer);
        QVERIFY(writer.writeByteOrderMark());
        QVERIFY(writer.writeRow({QStringLiteral("id"), QStringLiteral("message")}));
        QVERIFY(writer.writeRow({QStringLiteral("1"), QStringLiteral("Olá, \"mundo\"")}));
        QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBFid,message\r\n1,\"Ol\xC3\xA1, \"\"mundo\"\"\"\r\n"));
    }

    void reportsADeviceThatCannotBeWritten()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        CsvWriter writer(&buffer);
        QVERIFY(!writer.writeRow({QStringLiteral("x")}));
        QVERIFY(!writer.errorString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "TestCsvWriter.moc"
