#include "ConnectionStatusRepository.h"
#include "SdrListModel.h"
#include "SdrRepository.h"
#include "StatePresentation.h"
#include "Store.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextDocument>
#include <QtTest>

class TestSdrListModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Store* m_store = nullptr;
    SdrRepository* m_sdrs = nullptr;
    ConnectionStatusRepository* m_statuses = nullptr;
    int m_count = 0;

    void addSdr(const QString& id, const QString& name, const QString& expectedPhone = {})
    {
        SdrRecord sdr;
        sdr.id = id;
        sdr.name = name;
        sdr.expectedPhone = expectedPhone;
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
        status.updatedAt = QDateTime::currentDateTimeUtc();
        QVERIFY(m_statuses->save(status));
    }
    QStringList names(const SdrListModel& model)
    {
        QStringList result;
        for (int row = 0; row < model.rowCount(); ++row)
            result << model.index(row).data(Qt::DisplayRole).toString();
        return result;
    }

private slots:
    void init()
    {
        m_store = new Store(this);
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("list%1.db").arg(++m_count))));
        m_sdrs = new SdrRepository(m_store, this);
        m_statuses = new ConnectionStatusRepository(m_store, this);
    }
    void cleanup()
    {
        delete m_statuses;
        delete m_sdrs;
        delete m_store;
    }

    void emptyStore()
    {
        SdrListModel model(m_sdrs, m_statuses);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.sdrIdAt(0), QString());
        QCOMPARE(model.rowOf(QStringLiteral("nobody")), -1);
    }

    void showsStateNumberAndColour()
    {
        addSdr(QStringLiteral("sdr_b"), QStringLiteral("Bruna"), QStringLiteral("+5511999990000"));
        addSdr(QStringLiteral("sdr_a"), QStringLiteral("Ahmet"), QStringLiteral("+905454031918"));
        addSdr(QStringLiteral("sdr_c"), QStringLiteral(""));
        saveStatus(QStringLiteral("sdr_a"), ConnectionState::Connected, QStringLiteral("+905454031918"));
        saveStatus(QStringLiteral("sdr_b"), ConnectionState::QrRequired);

        SdrListModel model(m_sdrs, m_statuses);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Ordered by name; an SDR without a name shows its id.
        QCOMPARE(names(model),
                 (QStringList{QStringLiteral("sdr_c"), QStringLiteral("Ahmet"), QStringLiteral("Bruna")}));
        const QModelIndex ahmet = model.index(model.rowOf(QStringLiteral("sdr_a")));
        QCOMPARE(ahmet.data(SdrListModel::StateRole).toInt(), int(ConnectionState::Connected));
        QCOMPARE(ahmet.data(SdrListModel::StateTextRole).toString(), QStringLiteral("Connected"));
        QCOMPARE(ahmet.data(SdrListModel::PhoneRole).toString(), QStringLiteral("+905454031918"));
        QCOMPARE(ahmet.data(SdrListModel::StateColorRole).value<QColor>(),
                 StatePresentation::color(StatePresentation::Severity::Ok));
        QVERIFY(ahmet.data(SdrListModel::HasStatusRole).toBool());

        const QModelIndex bruna = model.index(model.rowOf(QStringLiteral("sdr_b")));
        QCOMPARE(bruna.data(SdrListModel::StateRole).toInt(), int(ConnectionState::QrRequired));
        QCOMPARE(bruna.data(SdrListModel::StateColorRole).value<QColor>(),
                 StatePresentation::color(StatePresentation::Severity::Critical));
        // Not linked yet: the number the CRM expects is shown.
        QCOMPARE(bruna.data(SdrListModel::PhoneRole).toString(), QStringLiteral("+5511999990000"));

        // No status stored yet: the session is still loading.
        const QModelIndex noStatus = model.index(model.rowOf(QStringLiteral("sdr_c")));
        QCOMPARE(noStatus.data(SdrListModel::StateRole).toInt(), int(ConnectionState::Loading));
        QVERIFY(!noStatus.data(SdrListModel::HasStatusRole).toBool());
    }

    void followsRepositoriesWithoutReset()
    {
        addSdr(QStringLiteral("sdr_a"), QStringLiteral("Ahmet"));
        addSdr(QStringLiteral("sdr_c"), QStringLiteral("Carla"));
        SdrListModel model(m_sdrs, m_statuses);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy moved(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        addSdr(QStringLiteral("sdr_b"), QStringLiteral("Bruna"));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1); // between Ahmet and Carla
        QCOMPARE(names(model),
                 (QStringList{QStringLiteral("Ahmet"), QStringLiteral("Bruna"), QStringLiteral("Carla")}));

        // A rename that changes the order moves the row.
        addSdr(QStringLiteral("sdr_a"), QStringLiteral("Zeynep"));
        QCOMPARE(moved.count() + changed.count() >= 1, true);
        QCOMPARE(names(model),
                 (QStringList{QStringLiteral("Bruna"), QStringLiteral("Carla"), QStringLiteral("Zeynep")}));

        changed.clear();
        saveStatus(QStringLiteral("sdr_c"), ConnectionState::PhoneOffline, QStringLiteral("+34600000000"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), model.rowOf(QStringLiteral("sdr_c")));
        QCOMPARE(
            model.index(model.rowOf(QStringLiteral("sdr_c"))).data(SdrListModel::StateTextRole).toString(),
            QStringLiteral("Phone offline"));

        QVERIFY(m_sdrs->remove(QStringLiteral("sdr_b")));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(names(model), (QStringList{QStringLiteral("Carla"), QStringLiteral("Zeynep")}));
        QCOMPARE(resets.count(), 0);
    }

    void unreadCounts()
    {
        addSdr(QStringLiteral("sdr_a"), QStringLiteral("Ahmet"));
        SdrListModel model(m_sdrs, m_statuses);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setUnreadCount(QStringLiteral("sdr_a"), 4);
        QCOMPARE(model.index(0).data(SdrListModel::UnreadRole).toInt(), 4);
        QCOMPARE(changed.count(), 1);
        model.setUnreadCount(QStringLiteral("sdr_a"), 4); // unchanged: no signal
        QCOMPARE(changed.count(), 1);
        model.setUnreadCount(QStringLiteral("sdr_a"), -3); // nonsense is clamped
        QCOMPARE(model.index(0).data(SdrListModel::UnreadRole).toInt(), 0);
        QCOMPARE(changed.count(), 2);
        // Unknown SDRs are remembered but change no row.
        model.setUnreadCount(QStringLiteral("later"), 2);
        QCOMPARE(model.unreadCount(QStringLiteral("later")), 2);
        QCOMPARE(changed.count(), 2);
    }

    void markupStaysPlainText()
    {
        const QString name = QStringLiteral("<b>Eve</b><img src=x onerror=alert(1)>");
        const QString error = QStringLiteral("<script>alert('x')</script> & more");
        addSdr(QStringLiteral("sdr_x"), name);
        saveStatus(QStringLiteral("sdr_x"), ConnectionState::Error, {}, error);
        SdrListModel model(m_sdrs, m_statuses);
        const QModelIndex index = model.index(0);
        QCOMPARE(index.data(Qt::DisplayRole).toString(), name);
        QCOMPARE(index.data(SdrListModel::LastErrorRole).toString(), error);
        // Qt renders a tooltip that looks like HTML as HTML: the model escapes it, so what a person
        // reads is exactly the name and the error text.
        QTextDocument shown;
        shown.setHtml(index.data(Qt::ToolTipRole).toString());
        QVERIFY(shown.toPlainText().contains(name));
        QVERIFY(shown.toPlainText().contains(error));
    }
};

QTEST_MAIN(TestSdrListModel)
#include "TestSdrListModel.moc"
