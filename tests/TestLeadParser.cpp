#include "LeadParser.h"
#include "Utc.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

namespace {
QJsonObject goodLead()
{
    return QJsonObject{{"id", "lead_1"},
                       {"assigned_sdr_id", "sdr_john"},
                       {"name", "Ahmet"},
                       {"phone", "+905454031918"},
                       {"message", "Hi Ahmet, this is John"},
                       {"created_at", "2026-11-20T10:00:00Z"}};
}
QJsonObject with(QJsonObject object, const QString& key, const QJsonValue& value)
{
    if (value.isUndefined())
        object.remove(key);
    else
        object.insert(key, value);
    return object;
}
QByteArray queueOf(const QJsonArray& leads, const QString& sdrId = QStringLiteral("sdr_john"))
{
    return QJsonDocument(QJsonObject{{"sdrId", sdrId}, {"leads", leads}}).toJson(QJsonDocument::Compact);
}
} // namespace

class TestLeadParser : public QObject
{
    Q_OBJECT

private slots:
    void lead_data()
    {
        QTest::addColumn<QJsonValue>("lead");
        QTest::addColumn<QString>("error"); // empty = accepted
        QTest::addColumn<QString>("recordedId");

        const QJsonObject good = goodLead();
        const QJsonValue none = QJsonValue(QJsonValue::Undefined);
        QTest::newRow("good") << QJsonValue(good) << ""
                              << "lead_1";
        QTest::newRow("extra fields ignored")
            << QJsonValue(with(good, "campaign", QJsonObject{{"x", 1}})) << ""
            << "lead_1";
        QTest::newRow("no name") << QJsonValue(with(good, "name", none)) << ""
                                 << "lead_1";
        QTest::newRow("null name") << QJsonValue(with(good, "name", QJsonValue())) << ""
                                   << "lead_1";
        QTest::newRow("digits without plus") << QJsonValue(with(good, "phone", "905454031918")) << ""
                                             << "lead_1";
        QTest::newRow("message 4096 code points of emoji")
            << QJsonValue(with(good, "message", QString::fromUtf8("\U0001F600").repeated(4096))) << ""
            << "lead_1";

        QTest::newRow("not an object") << QJsonValue("lead_1") << "malformed_lead"
                                       << "";
        QTest::newRow("array") << QJsonValue(QJsonArray{1, 2}) << "malformed_lead"
                               << "";
        QTest::newRow("null") << QJsonValue() << "malformed_lead"
                              << "";
        QTest::newRow("missing id") << QJsonValue(with(good, "id", none)) << "malformed_lead"
                                    << "";
        QTest::newRow("numeric id") << QJsonValue(with(good, "id", 123)) << "malformed_lead"
                                    << "";
        QTest::newRow("empty id") << QJsonValue(with(good, "id", "")) << "malformed_lead"
                                  << "";
        QTest::newRow("id with newline") << QJsonValue(with(good, "id", "a\nb")) << "malformed_lead"
                                         << "";
        QTest::newRow("huge id") << QJsonValue(with(good, "id", QString(5000, 'x'))) << "malformed_lead"
                                 << "";
        QTest::newRow("missing assigned_sdr_id")
            << QJsonValue(with(good, "assigned_sdr_id", none)) << "malformed_lead"
            << "lead_1";
        QTest::newRow("assigned_sdr_id number")
            << QJsonValue(with(good, "assigned_sdr_id", 7)) << "malformed_lead"
            << "lead_1";
        QTest::newRow("mismatch") << QJsonValue(with(good, "assigned_sdr_id", "sdr_mary"))
                                  << "routing_mismatch"
                                  << "lead_1";
        QTest::newRow("mismatch wins over bad phone")
            << QJsonValue(with(with(good, "assigned_sdr_id", "sdr_mary"), "phone", "abc"))
            << "routing_mismatch"
            << "lead_1";
        QTest::newRow("case differs is a mismatch")
            << QJsonValue(with(good, "assigned_sdr_id", "SDR_JOHN")) << "routing_mismatch"
            << "lead_1";
        QTest::newRow("missing phone") << QJsonValue(with(good, "phone", none)) << "invalid_phone"
                                       << "lead_1";
        QTest::newRow("numeric phone") << QJsonValue(with(good, "phone", 905454031918.0)) << "invalid_phone"
                                       << "lead_1";
        QTest::newRow("6 digits") << QJsonValue(with(good, "phone", "123456")) << "invalid_phone"
                                  << "lead_1";
        QTest::newRow("16 digits") << QJsonValue(with(good, "phone", "1234567890123456")) << "invalid_phone"
                                   << "lead_1";
        QTest::newRow("letters") << QJsonValue(with(good, "phone", "+90545ABC1918")) << "invalid_phone"
                                 << "lead_1";
        QTest::newRow("arabic digits")
            << QJsonValue(with(good, "phone", QString::fromUtf8("٩٠٥٤٥٤٠٣١٩١٨"))) << "invalid_phone"
            << "lead_1";
        QTest::newRow("plus inside") << QJsonValue(with(good, "phone", "9054+54031918")) << "invalid_phone"
                                     << "lead_1";
        QTest::newRow("huge phone") << QJsonValue(with(good, "phone", QString(1 << 20, '1')))
                                    << "invalid_phone"
                                    << "lead_1";
        QTest::newRow("missing message") << QJsonValue(with(good, "message", none)) << "malformed_lead"
                                         << "lead_1";
        QTest::newRow("empty message") << QJsonValue(with(good, "message", "")) << "malformed_lead"
                                       << "lead_1";
        QTest::newRow("blank message") << QJsonValue(with(good, "message", " \n\t ")) << "malformed_lead"
                                       << "lead_1";
        QTest::newRow("message array")
            << QJsonValue(with(good, "message", QJsonArray{"hi"})) << "malformed_lead"
            << "lead_1";
        QTest::newRow("message 4097")
            << QJsonValue(with(good, "message", QString(4097, 'a'))) << "malformed_lead"
            << "lead_1";
        QTest::newRow("message 4097 code points of emoji")
            << QJsonValue(with(good, "message", QString::fromUtf8("\U0001F600").repeated(4097)))
            << "malformed_lead"
            << "lead_1";
        QTest::newRow("name number") << QJsonValue(with(good, "name", 5)) << "malformed_lead"
                                     << "lead_1";
        QTest::newRow("created_at number") << QJsonValue(with(good, "created_at", 5)) << "malformed_lead"
                                           << "lead_1";
    }

    void lead()
    {
        QFETCH(QJsonValue, lead);
        QFETCH(QString, error);
        QFETCH(QString, recordedId);
        const auto parsed = LeadParser::parseLead(lead, QStringLiteral("sdr_john"));
        if (error.isEmpty()) {
            if (const auto* rejected = std::get_if<RejectedLead>(&parsed))
                QFAIL(qPrintable(rejected->error + QLatin1Char(' ') + rejected->detail));
            const Lead& accepted = std::get<Lead>(parsed);
            QCOMPARE(accepted.id, recordedId);
            QCOMPARE(accepted.sdrId, QStringLiteral("sdr_john"));
            QCOMPARE(accepted.phone, QStringLiteral("+905454031918"));
            QCOMPARE(accepted.message, lead.toObject().value("message").toString()); // exact text
        } else {
            QVERIFY(std::holds_alternative<RejectedLead>(parsed));
            const RejectedLead& rejected = std::get<RejectedLead>(parsed);
            QCOMPARE(rejected.error, error);
            QCOMPARE(rejected.id, recordedId);
            QCOMPARE(rejected.sdrId, QStringLiteral("sdr_john"));
            QVERIFY(!rejected.detail.isEmpty());
            QVERIFY(rejected.phone.size() <= 256);
        }
    }

    void keepsExactTextAndCreatedAt()
    {
        const QString text =
            QString::fromUtf8("Line 1\r\nLine 2 \"quoted\" <b>&amp; </script> \u202eRTL\u202c \U0001F44B");
        const auto parsed = LeadParser::parseLead(with(goodLead(), "message", text), "sdr_john");
        const Lead lead = std::get<Lead>(parsed);
        QCOMPARE(lead.message, text);
        QCOMPARE(lead.createdAt, QDateTime(QDate(2026, 11, 20), QTime(10, 0), Utc::zone()));
        QCOMPARE(lead.name, QStringLiteral("Ahmet"));
    }

    void messageLengthCountsCodePoints()
    {
        QCOMPARE(LeadParser::messageLength(QStringLiteral("abc")), 3);
        QCOMPARE(LeadParser::messageLength(QString::fromUtf8("\U0001F600\U0001F600")), 2);
        QCOMPARE(LeadParser::messageLength(QString::fromUtf8("\u00e9")), 1);
        // A lone surrogate still counts as one.
        QCOMPARE(LeadParser::messageLength(QString(QChar(0xD800))), 1);
    }

    void queue_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("accepted");
        QTest::addColumn<int>("rejected");

        const QJsonObject good = goodLead();
        QTest::newRow("one good") << queueOf({good}) << true << 1 << 0;
        QTest::newRow("empty queue") << queueOf({}) << true << 0 << 0;
        QTest::newRow("no sdrId key is fine") << QByteArray(R"({"leads":[]})") << true << 0 << 0;
        QTest::newRow("mixed") << queueOf({good, with(good, "id", "lead_2"), with(good, "id", QJsonValue()),
                                           with(with(good, "id", "lead_3"), "assigned_sdr_id", "sdr_mary"),
                                           with(with(good, "id", "lead_4"), "phone", "12")})
                               << true << 2 << 3;
        QTest::newRow("duplicate id counted once") << queueOf({good, good}) << true << 1 << 0;
        QTest::newRow("extra top-level keys")
            << QByteArray(R"({"sdrId":"sdr_john","leads":[],"next":null})") << true << 0 << 0;
        QTest::newRow("not json") << QByteArray("<html>login</html>") << false << 0 << 0;
        QTest::newRow("empty body") << QByteArray() << false << 0 << 0;
        QTest::newRow("truncated json")
            << QByteArray(R"({"sdrId":"sdr_john","leads":[{"id":)") << false << 0 << 0;
        QTest::newRow("array top level") << QByteArray("[]") << false << 0 << 0;
        QTest::newRow("leads not array")
            << QByteArray(R"({"sdrId":"sdr_john","leads":{}})") << false << 0 << 0;
        QTest::newRow("no leads key") << QByteArray(R"({"sdrId":"sdr_john","items":[]})") << false << 0 << 0;
        QTest::newRow("response for another SDR") << queueOf({good}, "sdr_mary") << false << 0 << 0;
        QTest::newRow("sdrId number") << QByteArray(R"({"sdrId":5,"leads":[]})") << false << 0 << 0;
        QByteArray huge = queueOf({});
        huge.append(QByteArray(8 * 1024 * 1024, ' '));
        QTest::newRow("over 8 MiB") << huge << false << 0 << 0;
    }

    void queue()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, ok);
        QFETCH(int, accepted);
        QFETCH(int, rejected);
        const QueueParseResult result = LeadParser::parseQueue(body, QStringLiteral("sdr_john"));
        QCOMPARE(result.ok, ok);
        QCOMPARE(result.error.isEmpty(), ok);
        QCOMPARE(result.leads.size(), accepted);
        QCOMPARE(result.rejected.size(), rejected);
        for (const Lead& lead : result.leads)
            QCOMPARE(lead.sdrId, QStringLiteral("sdr_john"));
    }
};

QTEST_GUILESS_MAIN(TestLeadParser)
#include "TestLeadParser.moc"
