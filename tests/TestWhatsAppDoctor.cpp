// sdr-sender --doctor: the live page checked against every key of the selector pack, in real,
// offscreen Qt WebEngine pages against the fake WhatsApp Web; in process and as the executable.
#include "WebEngineTestMain.h"

#include "PageProbe.h"
#include "ProfileStore.h"
#include "TryInEventLoop.h"
#include "WhatsAppDoctor.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <memory>

namespace {
const QString kMe = QStringLiteral("+905551112233");

bool writeSelectorOverride(const QString& dataDir, const QByteArray& json)
{
    if (!QDir().mkpath(dataDir + QStringLiteral("/whatsapp")))
        return false;
    QFile file(dataDir + QStringLiteral("/whatsapp/selectors.json"));
    return file.open(QIODevice::WriteOnly) && file.write(json) == json.size();
}
} // namespace

class TestWhatsAppDoctor : public QObject
{
    Q_OBJECT

    SessionTestEnv* m_env = nullptr;

    // The doctor on the data directory as it is now (overrides included), run to its end.
    std::unique_ptr<WhatsAppDoctor> runDoctor(const QString& sdrId)
    {
        auto* probe = new PageProbe(m_env->dir.path());
        auto* profiles = new ProfileStore(m_env->dir.path());
        auto doctor = std::make_unique<WhatsAppDoctor>(probe, profiles, m_env->server.url());
        probe->setParent(doctor.get()); // deleted with the doctor, after its page and profile
        profiles->setParent(doctor.get());
        QSignalSpy finished(doctor.get(), &WhatsAppDoctor::finished);
        doctor->run(sdrId);
        if (!finished.wait(120000))
            return nullptr;
        return doctor;
    }

private slots:
    void initTestCase()
    {
        m_env = new SessionTestEnv;
        QVERIFY(m_env->init());
        m_env->makeManager();
        WhatsAppSession* john = m_env->addSdr(QStringLiteral("sdr_john"), kMe);
        QVERIFY(m_env->link(john, kMe));
        m_env->manager.reset(); // the app is closed: its profile is free for the doctor
    }
    void cleanupTestCase() { delete m_env; }

    void linkedSdrPassesWithoutSending()
    {
        const auto doctor = runDoctor(QStringLiteral("sdr_john"));
        QVERIFY(doctor);
        QVERIFY2(doctor->ok(), qPrintable(doctor->text()));
        const QJsonObject report = doctor->report();
        QCOMPARE(report.value(QStringLiteral("state")).toString(), QStringLiteral("connected"));
        QCOMPARE(report.value(QStringLiteral("linked_phone")).toString(), kMe);
        const QJsonObject chat = report.value(QStringLiteral("own_chat")).toObject();
        QVERIFY(chat.value(QStringLiteral("prefilled")).toBool());
        QVERIFY(chat.value(QStringLiteral("send_button")).toBool());
        QVERIFY(m_env->server.messages().isEmpty()); // never sent
        QVERIFY(doctor->text().contains(QStringLiteral("Result: OK")));
        // Every key of the pack is listed with where it applies.
        QStringList keys;
        for (const QJsonValue& key : report.value(QStringLiteral("keys")).toArray())
            keys << key.toObject().value(QStringLiteral("key")).toString();
        QVERIFY(keys.contains(QStringLiteral("editor")) && keys.contains(QStringLiteral("qrCanvas")));
    }

    void missingSelectorIsReportedByItsKey()
    {
        QVERIFY(writeSelectorOverride(m_env->dir.path(),
                                      "{\"sendButton\": \"button[aria-label=\\\"Send it now\\\"]\"}"));
        const auto doctor = runDoctor(QStringLiteral("sdr_john"));
        QVERIFY(doctor);
        QVERIFY(!doctor->ok());
        QCOMPARE(doctor->missingKeys(), QStringList{QStringLiteral("sendButton")});
        QVERIFY(doctor->text().contains(QStringLiteral("Missing: sendButton")));
        QVERIFY(doctor->text().contains(QStringLiteral("whatsapp/selectors.json")));
        QVERIFY(m_env->server.messages().isEmpty());
        QVERIFY(QFile::remove(m_env->dir.filePath(QStringLiteral("whatsapp/selectors.json"))));
    }

    void throwawayProfileChecksTheQrPageButCannotPass()
    {
        const auto doctor = runDoctor(QString());
        QVERIFY(doctor);
        QCOMPARE(doctor->report().value(QStringLiteral("state")).toString(), QStringLiteral("qr_required"));
        QVERIFY(doctor->missingKeys().isEmpty());
        QVERIFY(!doctor->ok()); // sending needs could not be checked
        QVERIFY(doctor->text().contains(QStringLiteral("Not linked")));
    }

    void executableExitsNonZeroAndNamesTheKey()
    {
        QVERIFY(writeSelectorOverride(m_env->dir.path(), "{\"editor\": \"div.no-such-editor\"}"));
        QProcess process;
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start(QStringLiteral(SDR_SENDER_BINARY),
                      {QStringLiteral("--doctor"), QStringLiteral("--sdr"), QStringLiteral("sdr_john"),
                       QStringLiteral("--json"), QStringLiteral("--data-dir"), m_env->dir.path(),
                       QStringLiteral("--whatsapp-url"), m_env->server.url().toString()});
        QVERIFY(process.waitForStarted());
        // The fake server lives in this process: keep its event loop running.
        SDR_TRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 150000);
        const QByteArray output = process.readAllStandardOutput();
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 1);
        const QJsonObject report = QJsonDocument::fromJson(output).object();
        QVERIFY2(report.value(QStringLiteral("missing")).toArray().contains(QStringLiteral("editor")),
                 output.constData());
        QCOMPARE(report.value(QStringLiteral("ok")).toBool(true), false);
        QVERIFY(m_env->server.messages().isEmpty());
        QVERIFY(QFile::remove(m_env->dir.filePath(QStringLiteral("whatsapp/selectors.json"))));

        process.start(QStringLiteral(SDR_SENDER_BINARY),
                      {QStringLiteral("--doctor"), QStringLiteral("--sdr"), QStringLiteral("sdr_john"),
                       QStringLiteral("--data-dir"), m_env->dir.path(), QStringLiteral("--whatsapp-url"),
                       m_env->server.url().toString()});
        QVERIFY(process.waitForStarted());
        SDR_TRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 150000);
        const QByteArray passing = process.readAllStandardOutput();
        QVERIFY2(process.exitCode() == 0, passing.constData());
        qInfo().noquote() << "the report of a passing run:\n" << passing;
    }

    // Help → Check WhatsApp Web while the app runs: the idle session lends its page, the doctor
    // opens the SDR's own chat in it (never sending), sends wait meanwhile, and the page goes back.
    void runningSessionLendsItsPageForTheOwnChatCheck()
    {
        qRegisterMetaType<SendOutcome>();
        m_env->makeManager();
        WhatsAppSession* john = m_env->addSdr(QStringLiteral("sdr_john"), kMe);
        QVERIFY(SessionTestEnv::waitForState(john, ConnectionState::Connected, 30000));
        QVERIFY(john->lendPage());
        QVERIFY(john->isBusy());
        QVERIFY(!john->lendPage()); // one borrower at a time

        QSignalSpy sent(john, &MessageChannel::sendFinished);
        john->send(QStringLiteral("while-lent"), QStringLiteral("15551230000"), QStringLiteral("Hi"));
        QVERIFY(sent.wait(5000));
        const SendOutcome refused = sent.first().at(1).value<SendOutcome>();
        QCOMPARE(int(refused.result), int(SendOutcome::Result::NotAttempted));
        QCOMPARE(refused.error, QStringLiteral("session_busy"));

        WhatsAppDoctor doctor(m_env->manager->pageProbe(), m_env->manager->profileStore(),
                              m_env->server.url());
        QSignalSpy finished(&doctor, &WhatsAppDoctor::finished);
        doctor.inspect(john->page(), QStringLiteral("sdr_john"), true);
        QVERIFY(finished.wait(60000));
        QVERIFY2(doctor.ok(), qPrintable(doctor.text()));
        const QJsonObject chat = doctor.report().value(QStringLiteral("own_chat")).toObject();
        QVERIFY(chat.value(QStringLiteral("prefilled")).toBool());
        QVERIFY(chat.value(QStringLiteral("send_button")).toBool());
        QVERIFY(m_env->server.messages().isEmpty()); // never sent

        john->takePageBack();
        QVERIFY(!john->isBusy());
        SDR_TRY_VERIFY_WITH_TIMEOUT(!john->snapshot().chatOpen && john->state() == ConnectionState::Connected,
                                    20000);
        sent.clear();
        john->send(QStringLiteral("after"), QStringLiteral("15551230000"),
                   QStringLiteral("Hi after the check"));
        QVERIFY(sent.wait(30000));
        QCOMPARE(int(sent.first().at(1).value<SendOutcome>().result), int(SendOutcome::Result::Sent));
        QCOMPARE(m_env->server.messages().size(), 1);
    }
};

SDR_WEBENGINE_TEST_MAIN(TestWhatsAppDoctor)
#include "TestWhatsAppDoctor.moc"
