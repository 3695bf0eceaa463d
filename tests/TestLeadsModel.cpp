#include "LeadList.h"
#include "LeadsModel.h"
#include "LeadsView.h"
#include "SdrRepository.h"
#include "Settings.h"
#include "Store.h"
#include "fixtures/ManualClock.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QSqlError>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

// The team lead's Leads view: recent leads with the furthest state each reached, filtered by SDR,
// state and text in SQL, and exported as CSV exactly as shown.
class TestLeadsModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Store* m_store = nullptr;
    Settings* m_settings = nullptr;
    SdrRepository* m_sdrs = nullptr;
    ManualClock m_clock;
    int m_count = 0;

    QDateTime hoursAgo(double hours) const { return m_clock.now().addSecs(qint64(-hours * 3600)); }
    static QVariant stamp(const QDateTime& when)
    {
        return when.isValid() ? QVariant(Store::timestamp(when)) : QVariant();
    }
    void addSdr(const QString& id, const QString& name)
    {
        SdrRecord sdr;
        sdr.id = id;
        sdr.name = name;
        QVERIFY(m_sdrs->upsert(sdr));
    }
    void addLead(const QString& leadId, const QString& sdrId, const QString& name, const QString& state,
                 const QDateTime& updatedAt, const QDateTime& sentAt = {})
    {
        QSqlQuery query(m_store->database());
        query.prepare(
            QStringLiteral("INSERT INTO outbox(lead_id, sdr_id, name, phone, message, state, created_at, "
                           "updated_at, sent_at) VALUES(?, ?, ?, ?, 'Hello', ?, ?, ?, ?)"));
        query.addBindValue(leadId);
        query.addBindValue(sdrId);
        query.addBindValue(name);
        query.addBindValue(QStringLiteral("+9054540%1").arg(qHash(leadId) % 100000, 5, 10, QLatin1Char('0')));
        query.addBindValue(state);
        query.addBindValue(stamp(updatedAt));
        query.addBindValue(stamp(updatedAt));
        query.addBindValue(stamp(sentAt));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    void addFollowUp(const QString& leadId, const QString& sdrId, const QDateTime& sentAt,
                     const QDateTime& delivered, const QDateTime& read = {}, const QDateTime& replied = {},
                     const QString& reply = {}, bool optedOut = false)
    {
        const QDateTime last = optedOut || replied.isValid() ? replied : read.isValid() ? read : delivered;
        QSqlQuery query(m_store->database());
        query.prepare(
            QStringLiteral("INSERT INTO lead_followup(lead_id, sdr_id, phone, sent_at, delivered_at, "
                           "read_at, replied_at, reply_text, opted_out, opted_out_at, updated_at) "
                           "VALUES(?, ?, '+15550000000', ?, ?, ?, ?, ?, ?, ?, ?)"));
        query.addBindValue(leadId);
        query.addBindValue(sdrId);
        query.addBindValue(stamp(sentAt));
        query.addBindValue(stamp(delivered));
        query.addBindValue(stamp(read));
        query.addBindValue(stamp(replied));
        query.addBindValue(reply.isNull() ? QVariant() : QVariant(reply));
        query.addBindValue(optedOut ? 1 : 0);
        query.addBindValue(optedOut ? stamp(replied) : QVariant());
        query.addBindValue(stamp(last));
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    // One lead in every state, for two SDRs.
    void seed()
    {
        addSdr(QStringLiteral("sdr_a"), QStringLiteral("Ahmet"));
        addSdr(QStringLiteral("sdr_b"), QStringLiteral("Bruna"));
        const QString a = QStringLiteral("sdr_a");
        const QString b = QStringLiteral("sdr_b");
        addLead(QStringLiteral("queued"), a, QStringLiteral("Quinn"), QStringLiteral("queued"), hoursAgo(1));
        // Waiting for weeks is still waiting: listed whatever its age.
        addLead(QStringLiteral("queued_old"), b, QStringLiteral("Quentin"), QStringLiteral("queued"),
                hoursAgo(40 * 24));
        addLead(QStringLiteral("sending"), a, QStringLiteral("Sam"), QStringLiteral("sending"),
                hoursAgo(0.1));
        addLead(QStringLiteral("held"), b, QStringLiteral("Hana"), QStringLiteral("held"), hoursAgo(2));
        addLead(QStringLiteral("uncertain"), a, QStringLiteral("Uma"), QStringLiteral("uncertain"),
                hoursAgo(3));
        addLead(QStringLiteral("failed"), a, QStringLiteral("Fay"), QStringLiteral("failed"), hoursAgo(4));
        addLead(QStringLiteral("failed_reported"), b, QStringLiteral("Finn"), QStringLiteral("reported"),
                hoursAgo(5));
        addLead(QStringLiteral("cancelled"), a, QStringLiteral("Cid"), QStringLiteral("cancelled"),
                hoursAgo(1));
        addLead(QStringLiteral("sent"), a, QStringLiteral("Sol"), QStringLiteral("sent"), hoursAgo(6),
                hoursAgo(6));
        const QDateTime sent = hoursAgo(30);
        addLead(QStringLiteral("delivered"), b, QStringLiteral("Dan"), QStringLiteral("reported"), sent,
                sent);
        addFollowUp(QStringLiteral("delivered"), b, sent, hoursAgo(29));
        addLead(QStringLiteral("read"), a, QStringLiteral("Rita"), QStringLiteral("reported"), sent, sent);
        addFollowUp(QStringLiteral("read"), a, sent, hoursAgo(29), hoursAgo(28));
        addLead(QStringLiteral("replied"), a, QStringLiteral("Eve, \"the boss\""), QStringLiteral("reported"),
                sent, sent);
        addFollowUp(QStringLiteral("replied"), a, sent, {}, {}, hoursAgo(0.5),
                    QStringLiteral("<b>Yes</b>, call me\nat five"));
        addLead(QStringLiteral("opted_out"), b, QStringLiteral("Otto"), QStringLiteral("reported"), sent,
                sent);
        addFollowUp(QStringLiteral("opted_out"), b, sent, hoursAgo(29), hoursAgo(29), hoursAgo(20),
                    QStringLiteral("stop"), true);
        // Sent and settled 20 days ago: outside the 14-day watch window.
        addLead(QStringLiteral("old"), a, QStringLiteral("Olga"), QStringLiteral("reported"),
                hoursAgo(20 * 24), hoursAgo(20 * 24));
    }
    QStringList leadIds(const LeadsModel& model) const
    {
        QStringList ids;
        for (int row = 0; row < model.rowCount(); ++row)
            ids << model.lead(row).leadId;
        return ids;
    }
    QHash<QString, QString> statesById(const LeadsModel& model) const
    {
        QHash<QString, QString> states;
        for (int row = 0; row < model.rowCount(); ++row)
            states.insert(model.lead(row).leadId, model.lead(row).state);
        return states;
    }

private slots:
    void init()
    {
        m_store = new Store(this);
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("leads%1.db").arg(++m_count))));
        m_settings = new Settings(m_store, this);
        m_sdrs = new SdrRepository(m_store, this);
        m_clock.set(QDateTime(QDate(2026, 11, 20), QTime(15, 30)).toUTC());
    }
    void cleanup()
    {
        delete m_sdrs;
        delete m_settings;
        delete m_store;
    }

    void eachLeadShowsTheFurthestStateItReached()
    {
        seed();
        LeadsModel model(m_store, m_settings, nullptr, &m_clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refresh();
        QTRY_VERIFY(!model.isRefreshing());
        const QHash<QString, QString> states = statesById(model);
        QHash<QString, QString> expected;
        for (const QString& state : LeadList::states())
            expected.insert(state, state);
        expected.insert(QStringLiteral("queued_old"), QStringLiteral("queued"));
        expected.insert(QStringLiteral("failed_reported"), QStringLiteral("failed"));
        QCOMPARE(states, expected); // no cancelled lead, none outside the watch window
        QCOMPARE(model.rowCount(), 12);
        // Newest event first: the lead whose send is in progress, then the reply half an hour ago.
        QCOMPARE(model.lead(0).leadId, QStringLiteral("sending"));
        QCOMPARE(model.lead(1).leadId, QStringLiteral("replied"));

        const int replied = leadIds(model).indexOf(QStringLiteral("replied"));
        QCOMPARE(model.index(replied, LeadsModel::SdrColumn).data().toString(), QStringLiteral("Ahmet"));
        QCOMPARE(model.index(replied, LeadsModel::StateColumn).data().toString(), QStringLiteral("Replied"));
        // One line in the table; the whole text, escaped, in the tooltip.
        QCOMPARE(model.index(replied, LeadsModel::ReplyColumn).data().toString(),
                 QStringLiteral("<b>Yes</b>, call me at five"));
        const QString tip = model.index(replied, LeadsModel::ReplyColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QStringLiteral("&lt;b&gt;Yes&lt;/b&gt;")), qPrintable(tip));
        QVERIFY(!tip.contains(QStringLiteral("<b>")));
        QCOMPARE(model.index(replied, LeadsModel::SentAtColumn).data().toString(),
                 QLocale().toString(hoursAgo(30).toLocalTime().date(), QLocale::ShortFormat) +
                     QLatin1Char(' ') + hoursAgo(30).toLocalTime().toString(QStringLiteral("HH:mm")));

        // A longer watch window brings the old lead back.
        QVERIFY(m_settings->setGlobal(SettingKeys::FollowUpWatchDays, 30));
        model.refresh();
        QTRY_VERIFY(!model.isRefreshing());
        QVERIFY(leadIds(model).contains(QStringLiteral("old")));
    }

    void filtersBySdrStateAndTextInTheQuery()
    {
        seed();
        LeadsModel model(m_store, m_settings, nullptr, &m_clock);
        model.refresh();
        QTRY_VERIFY(!model.isRefreshing());
        model.setSdrFilter(QStringLiteral("sdr_b"));
        QTRY_VERIFY(!model.isRefreshing());
        QStringList ids = leadIds(model);
        ids.sort();
        QCOMPARE(ids, (QStringList{"delivered", "failed_reported", "held", "opted_out", "queued_old"}));

        model.setStateFilter(QStringLiteral("failed"));
        QTRY_VERIFY(!model.isRefreshing());
        QCOMPARE(leadIds(model), QStringList{QStringLiteral("failed_reported")});
        model.setSdrFilter(QString());
        QTRY_VERIFY(!model.isRefreshing());
        ids = leadIds(model);
        ids.sort();
        QCOMPARE(ids, (QStringList{"failed", "failed_reported"}));

        model.setStateFilter(QStringLiteral("opted_out"));
        QTRY_VERIFY(!model.isRefreshing());
        QCOMPARE(leadIds(model), QStringList{QStringLiteral("opted_out")});
        model.setStateFilter(QString());
        QTRY_VERIFY(!model.isRefreshing());

        // Text: part of a name, of a phone, or of a reply; LIKE's wildcards are taken literally.
        model.setSearchText(QStringLiteral("the boss"));
        QTRY_VERIFY(!model.isRefreshing());
        QCOMPARE(leadIds(model), QStringList{QStringLiteral("replied")});
        model.setSearchText(QStringLiteral("call me"));
        QTRY_VERIFY(!model.isRefreshing());
        QCOMPARE(leadIds(model), QStringList{QStringLiteral("replied")});
        model.setSearchText(QStringLiteral("%"));
        QTRY_VERIFY(!model.isRefreshing());
        QCOMPARE(model.rowCount(), 0);
        model.setSearchText(QString());
        QTRY_VERIFY(!model.isRefreshing());
        QCOMPARE(model.rowCount(), 12);

        model.setLimit(3);
        QTRY_VERIFY(!model.isRefreshing());
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.isTruncated());
    }

    void csvExportIsWhatIsShownAndSafeInASpreadsheet()
    {
        addSdr(QStringLiteral("sdr_a"), QStringLiteral("Ahmet, \"AY\""));
        const QStringList names{QStringLiteral("Smith, John"),
                                QStringLiteral("Say \"hi\""),
                                QStringLiteral("=HYPERLINK(\"http://x\")"),
                                QStringLiteral("Zoë 🚀"),
                                QStringLiteral("مرحبا بالعالم"),
                                QStringLiteral("<script>alert(1)</script>")};
        for (int i = 0; i < names.size(); ++i) {
            const QDateTime sent = hoursAgo(10 - i);
            addLead(QStringLiteral("l%1").arg(i), QStringLiteral("sdr_a"), names.at(i),
                    QStringLiteral("reported"), sent, sent);
        }
        addFollowUp(QStringLiteral("l0"), QStringLiteral("sdr_a"), hoursAgo(10), {}, {}, hoursAgo(1),
                    QStringLiteral("=cmd|' /C calc'!A0"));
        LeadsModel model(m_store, m_settings, nullptr, &m_clock);
        model.refresh();
        QTRY_VERIFY(!model.isRefreshing());
        model.setSearchText(QStringLiteral("Smith"));
        QTRY_VERIFY(!model.isRefreshing());
        QCOMPARE(model.rowCount(), 1);

        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QString error;
        QVERIFY2(model.exportCsv(&buffer, &error), qPrintable(error));
        // A UTF-8 byte order mark first, so spreadsheet programs read the names right.
        QVERIFY(buffer.data().startsWith("\xEF\xBB\xBF"));
        const QString csv = QString::fromUtf8(buffer.data().mid(3));
        const QStringList lines = csv.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2); // the header and the one lead shown
        QCOMPARE(lines.at(0), QStringLiteral("SDR,Lead,Phone,State,Sent at,Last event,Reply,Lead ID"));
        const QString stamp = hoursAgo(10).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        const QString last = hoursAgo(1).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        QCOMPARE(lines.at(1),
                 QStringLiteral("\"Ahmet, \"\"AY\"\"\",\"Smith, John\",%1,Replied,%2,%3,'=cmd|' /C "
                                "calc'!A0,l0")
                     .arg(model.lead(0).phone, stamp, last));

        // All of them, every character kept; formulas defused.
        model.setSearchText(QString());
        QTRY_VERIFY(!model.isRefreshing());
        QCOMPARE(model.rowCount(), names.size());
        buffer.close();
        buffer.setData({});
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(model.exportCsv(&buffer));
        const QString all = QString::fromUtf8(buffer.data());
        QVERIFY(all.contains(QStringLiteral("\"Say \"\"hi\"\"\"")));
        QVERIFY(all.contains(QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"")));
        QVERIFY(all.contains(QStringLiteral(",Zoë 🚀,")));
        QVERIFY(all.contains(QStringLiteral(",مرحبا بالعالم,")));
        QVERIFY(all.contains(QStringLiteral(",<script>alert(1)</script>,")));
    }

    void theViewFiltersAndExports()
    {
        seed();
        LeadsModel model(m_store, m_settings, nullptr, &m_clock);
        LeadsView view(&model, m_sdrs);
        view.resize(1100, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE(model.rowCount(), 12);        // read when shown
        QCOMPARE(view.sdrFilterBox()->count(), 3); // all, Ahmet, Bruna
        QCOMPARE(view.stateFilterBox()->count(), LeadList::states().size() + 1);

        view.showSdr(QStringLiteral("sdr_a"));
        QCOMPARE(model.sdrFilter(), QStringLiteral("sdr_a"));
        view.stateFilterBox()->setCurrentIndex(view.stateFilterBox()->findData(QStringLiteral("replied")));
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(view.table()->model()->rowCount(), 1);
        view.searchEdit()->setText(QStringLiteral("nobody"));
        QTRY_COMPARE(model.rowCount(), 0);

        view.searchEdit()->clear();
        QTRY_COMPARE(model.rowCount(), 1);
        const QString path = m_dir.filePath(QStringLiteral("leads%1.csv").arg(m_count));
        QVERIFY(view.exportTo(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines =
            QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines.at(1).endsWith(QStringLiteral(",replied")));
        QVERIFY(!view.exportTo(m_dir.filePath(QStringLiteral("no/such/dir/leads.csv"))));
    }
};

QTEST_MAIN(TestLeadsModel)
#include "TestLeadsModel.moc"
