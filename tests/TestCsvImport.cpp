#include "CsvLeadImporter.h"
#include "LeadParser.h"
#include "LocalQueueSource.h"
#include "QueueTestEnv.h"

#include <QSqlQuery>
#include <QtTest>

class TestCsvImport : public QObject
{
    Q_OBJECT

    static QStringList messagesOf(Store* store)
    {
        QStringList result;
        QSqlQuery query(store->database());
        query.exec("SELECT message FROM local_leads ORDER BY created_at");
        while (query.next())
            result << query.value(0).toString();
        return result;
    }

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QVector<QStringList>>("records");
        QTest::addColumn<QVector<int>>("lines");
        QTest::newRow("simple") << "a,b\n1,2\n"
                                << QVector<QStringList>{{"a", "b"}, {"1", "2"}} << QVector<int>{1, 2};
        QTest::newRow("crlf no final newline")
            << "a,b\r\n1,2" << QVector<QStringList>{{"a", "b"}, {"1", "2"}} << QVector<int>{1, 2};
        QTest::newRow("quoted comma and quote")
            << "a\n\"x, \"\"y\"\"\"\n"
            << QVector<QStringList>{{"a"}, {"x, \"y\""}} << QVector<int>{1, 2};
        QTest::newRow("newline in quotes")
            << "a,b\n\"line1\nline2\",z\nnext,row\n"
            << QVector<QStringList>{{"a", "b"}, {"line1\nline2", "z"}, {"next", "row"}}
            << QVector<int>{1, 2, 4};
        QTest::newRow("blank lines skipped") << "a\n\n1\n\n"
                                             << QVector<QStringList>{{"a"}, {"1"}} << QVector<int>{1, 3};
        QTest::newRow("empty fields")
            << "a,b,c\n,,\n"
            << QVector<QStringList>{{"a", "b", "c"}, {"", "", ""}} << QVector<int>{1, 2};
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QVector<QStringList>, records);
        QFETCH(QVector<int>, lines);
        QVector<QStringList> parsed;
        QVector<int> parsedLines;
        QString error;
        QVERIFY(CsvLeadImporter::parseCsv(text, &parsed, &parsedLines, &error));
        QCOMPARE(parsed, records);
        QCOMPARE(parsedLines, lines);
    }

    void unterminatedQuoteIsAFileError()
    {
        QVector<QStringList> parsed;
        QVector<int> lines;
        QString error;
        QVERIFY(!CsvLeadImporter::parseCsv("a\n\"open\n", &parsed, &lines, &error));
        QVERIFY(error.contains("Line 2"));
    }

    void importsWithPerRowErrors()
    {
        QueueTestEnv env;
        QVERIFY(env.open());
        env.addSdr("sdr_a");
        env.addSdr("sdr_b");
        CsvLeadImporter importer(env.store.get(), env.sdrs.get());
        QByteArray csv = "\xEF\xBB\xBF" // BOM
                         "name,phone,message,assigned_sdr_id\r\n"
                         "Ahmet,+90 545 403 19 18,\"Hi Ahmet,\nthis is \"\"John\"\"\",sdr_a\r\n"
                         "Bad,12345,hello,sdr_a\r\n"
                         "Nobody,+15551234567,hello,sdr_x\r\n"
                         "Empty,+15551234567,,sdr_b\r\n"
                         "Short,+15551234567\r\n"
                         "Mary,15551234567,Olá \xF0\x9F\x91\x8B,sdr_b\r\n";
        const CsvImportResult result = importer.importData(csv, "leads.csv");
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rows, 6);
        QCOMPARE(result.imported, 2);
        QCOMPARE(result.rowErrors.size(), 4);
        QCOMPARE(result.rowErrors.at(0).line, 4); // the quoted newline moves the next rows down
        QVERIFY(result.rowErrors.at(0).message.contains("12345"));
        QVERIFY(result.rowErrors.at(1).message.contains("sdr_x"));
        QCOMPARE(result.rowErrors.at(3).line, 7);
        QCOMPARE(messagesOf(env.store.get()),
                 QStringList({"Hi Ahmet,\nthis is \"John\"", QString::fromUtf8("Olá \xF0\x9F\x91\x8B")}));

        // Importing the same file again adds nothing.
        const CsvImportResult again = importer.importData(csv, "leads.csv");
        QCOMPARE(again.imported, 0);
        QCOMPARE(again.duplicates, 2);

        // The local queue offers them as validated leads, with the normalised phone.
        LocalQueueSource source(env.store.get());
        const QueueFetch fetch = source.read("sdr_a", 20);
        QVERIFY(fetch.ok);
        QCOMPARE(fetch.parsed.leads.size(), 1);
        QCOMPARE(fetch.parsed.leads.first().phone, QStringLiteral("+905454031918"));
        QCOMPARE(fetch.parsed.leads.first().sdrId, QStringLiteral("sdr_a"));
    }

    void fileLevelErrors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("missing columns") << QByteArray("name,phone\nA,+15551234567\n") << "message";
        QTest::newRow("latin-1") << QByteArray(
                                        "name,phone,message,assigned_sdr_id\nJos\xE9,+15551234567,hi,a\n")
                                 << "UTF-8";
        QTest::newRow("unterminated quote")
            << QByteArray("name,phone,message,assigned_sdr_id\nA,1,\"hi,a\n") << "Line 2";
    }

    void fileLevelErrors()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, mentions);
        QueueTestEnv env;
        QVERIFY(env.open());
        CsvLeadImporter importer(env.store.get());
        const CsvImportResult result = importer.importData(data);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(mentions), qPrintable(result.error));
        QCOMPARE(result.imported, 0);
        QVERIFY(messagesOf(env.store.get()).isEmpty());
    }

    void columnsInAnyOrderWithId()
    {
        QueueTestEnv env;
        QVERIFY(env.open());
        CsvLeadImporter importer(env.store.get());
        const auto result = importer.importData("assigned_sdr_id,message,extra,phone,name,id\n"
                                                "sdr_a,hello,x,+15551234567,A,my-id-1\n");
        QVERIFY(result.ok);
        QCOMPARE(result.imported, 1);
        LocalQueueSource source(env.store.get());
        QCOMPARE(source.read("sdr_a", 20).parsed.leads.first().id, QStringLiteral("my-id-1"));
    }

    // An id the queue cannot use (spaces, control characters, too long) would be refused by every
    // poll without being reportable and would block a place in the queue: the import refuses the row.
    void unusableIdsAreRowErrors()
    {
        QueueTestEnv env;
        QVERIFY(env.open());
        CsvLeadImporter importer(env.store.get());
        const QByteArray longId(LeadParser::MaxIdLength + 1, 'x');
        const auto result = importer.importData("id,assigned_sdr_id,message,phone,name\n"
                                                "has space,sdr_a,one,+15551234567,A\n"
                                                "\"tab\there\",sdr_a,two,+15551234567,B\n" +
                                                longId +
                                                ",sdr_a,three,+15551234567,C\n"
                                                "fine-id,sdr_a,four,+15551234567,D\n");
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.rows, 4);
        QCOMPARE(result.imported, 1);
        QCOMPARE(result.rowErrors.size(), 3);
        QCOMPARE(result.rowErrors.at(0).line, 2);
        QVERIFY2(result.rowErrors.at(0).message.contains("has space"),
                 qPrintable(result.rowErrors.at(0).message));
        QCOMPARE(result.rowErrors.at(2).line, 4);
        LocalQueueSource source(env.store.get());
        const QueueFetch fetch = source.read("sdr_a", 20);
        QCOMPARE(fetch.parsed.entries, 1);
        QCOMPARE(fetch.parsed.rejected.size(), 0);
        QCOMPARE(fetch.parsed.leads.first().id, QStringLiteral("fine-id"));
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "TestCsvImport.moc"
