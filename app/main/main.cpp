// The executable: parses the command line before any application object exists, so --help,
// --version, --status and usage errors run on a QCoreApplication (no display needed), and only the
// window path builds a QApplication.

#include "Application.h"
#include "CommandLine.h"
#include "DataDirectory.h"
#include "DemoWorld.h"
#include "EngineInfo.h"
#include "InstanceLock.h"
#include "PageProbe.h"
#include "ProfileStore.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "StatusReport.h"
#include "Store.h"
#include "WebEngineEnvironment.h"
#include "WhatsAppDoctor.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <memory>

namespace {
QStringList argumentList(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

int runWithoutWindow(int argc, char* argv[], const CommandLine& commandLine, CommandLine::Action action)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    switch (action) {
    case CommandLine::Action::Help:
        out << commandLine.helpText();
        return 0;
    case CommandLine::Action::Version:
        out << CommandLine::versionText() << '\n' << EngineInfo::summary() << '\n';
        return 0;
    case CommandLine::Action::Status:
        return StatusReport::run(commandLine.options().dataDir, commandLine.options().json, out, err);
    case CommandLine::Action::Error:
    case CommandLine::Action::Run:
    case CommandLine::Action::Doctor:
        break;
    }
    err << QCoreApplication::applicationName() << ": " << commandLine.errorText() << '\n'
        << QCoreApplication::translate("main", "Try '%1 --help' for more information.")
               .arg(QCoreApplication::applicationName())
        << '\n';
    return CommandLine::UsageExitCode;
}

// --doctor: loads WhatsApp Web (a throwaway profile, or the SDR's with --sdr) and checks it against
// the selector pack. Exit code 0 only when everything sending needs was found.
int runDoctor(int argc, char* argv[], const CommandLineOptions& options)
{
    WebEngineEnvironment::prepare(); // before the QGuiApplication exists
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    DataDirectory dataDirectory(options.dataDir);
    std::unique_ptr<InstanceLock> lock;
    Store store;
    if (!options.doctorSdrId.isEmpty()) {
        // The SDR's profile must never be open in two processes at once.
        if (!dataDirectory.ensureExists()) {
            err << dataDirectory.errorString() << '\n';
            return 1;
        }
        lock = std::make_unique<InstanceLock>(dataDirectory.path());
        if (!lock->tryLock()) {
            err << lock->errorString() << '\n'
                << QCoreApplication::translate(
                       "main", "Close SDR Sender first, or use Help > Check WhatsApp Web in it.")
                << '\n';
            return 1;
        }
        const QString profileDir = ProfileStore(dataDirectory.path()).profileDirFor(options.doctorSdrId);
        if (profileDir.isEmpty() || !QFileInfo::exists(profileDir)) {
            err << QCoreApplication::translate("main",
                                               "There is no WhatsApp profile for the SDR \"%1\" in %2.")
                       .arg(options.doctorSdrId, dataDirectory.path())
                << '\n';
            return 1;
        }
        if (QFileInfo::exists(dataDirectory.databasePath()))
            store.open(dataDirectory.databasePath()); // for a stored WhatsApp URL; defaults otherwise
    }
    Settings settings(store.isOpen() ? &store : nullptr);
    CommandLine::applyTo(options, settings);
    QString url = settings.stringValue(SettingKeys::WhatsAppUrl);
    if (!url.endsWith(QLatin1Char('/')))
        url.append(QLatin1Char('/'));

    PageProbe probe(dataDirectory.path());
    ProfileStore profiles(dataDirectory.path());
    WhatsAppDoctor doctor(&probe, &profiles, QUrl(url));
    QObject::connect(&doctor, &WhatsAppDoctor::finished, &app, &QCoreApplication::quit);
    doctor.run(options.doctorSdrId);
    app.exec();
    if (options.json)
        out << QString::fromUtf8(QJsonDocument(doctor.report()).toJson(QJsonDocument::Indented));
    else
        out << doctor.text();
    out.flush();
    return doctor.ok() ? 0 : 1;
}

// A start-up failure: always on stderr; in a message box too when there is a screen to show it on.
int fail(const QString& message)
{
    QTextStream(stderr) << message << '\n';
    const QString platform = QGuiApplication::platformName();
    if (platform != QLatin1String("offscreen") && platform != QLatin1String("minimal")) {
        // Plain text: the message names paths and hosts, which must not be read as HTML.
        QMessageBox box(QMessageBox::Critical, QCoreApplication::translate("main", "SDR Sender"), message);
        box.setTextFormat(Qt::PlainText);
        box.exec(); // start-up failure: nothing else runs yet
    }
    return 1;
}
} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("sdr-sender"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SDR_SENDER_VERSION));

    CommandLine commandLine;
    const CommandLine::Action action = commandLine.parse(argumentList(argc, argv));
    if (action == CommandLine::Action::Doctor)
        return runDoctor(argc, argv, commandLine.options());
    if (action != CommandLine::Action::Run)
        return runWithoutWindow(argc, argv, commandLine, action);

    WebEngineEnvironment::prepare(); // before the QApplication exists
    QApplication app(argc, argv);
    QGuiApplication::setApplicationDisplayName(QStringLiteral("SDR Sender"));
    const CommandLineOptions& options = commandLine.options();

    // The demo's fake SDRs and leads must never mix with a real team's store: unless --data-dir names
    // a directory, the demo runs in a throwaway one.
    QTemporaryDir demoDataDir(QDir::tempPath() + QStringLiteral("/sdr-sender-demo-XXXXXX"));
    const bool throwawayDemoDir =
        options.demo && options.dataDirSource != CommandLineOptions::DataDirSource::CommandLine;
    if (throwawayDemoDir && !demoDataDir.isValid())
        return fail(QCoreApplication::translate("main", "Cannot create a temporary folder for the demo."));
    DataDirectory dataDirectory(throwawayDemoDir ? demoDataDir.path() : options.dataDir);
    if (!dataDirectory.ensureExists())
        return fail(dataDirectory.errorString());
    InstanceLock lock(dataDirectory.path());
    if (!lock.tryLock())
        return fail(lock.errorString());

    // --demo: a simulated CRM and WhatsApp Web on 127.0.0.1 (test doubles, linked for this mode only).
    // Declared first so it outlives the sessions that talk to it.
    std::unique_ptr<DemoWorld> demo;
    Application application(dataDirectory.path(), options);
    if (options.demo) {
        demo = std::make_unique<DemoWorld>();
        if (!demo->start())
            return fail(demo->errorString());
        DemoWorld* world = demo.get();
        application.setDemo({world->crmUrl(), world->whatsAppUrl(), DemoWorld::token(),
                             [world](const QString& sdrId, const QString& ref) {
                                 return world->scan(sdrId, ref);
                             }});
    }
    if (!application.start())
        return fail(application.errorString());
    return app.exec();
}
