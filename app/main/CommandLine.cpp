#include "CommandLine.h"

#include "DataDirectory.h"
#include "Logging.h"
#include "SettingKeys.h"
#include "Settings.h"

#include <QDir>
#include <QFileInfo>

namespace {
const QString kDataDir = QStringLiteral("data-dir");
const QString kServer = QStringLiteral("server");
const QString kWhatsAppUrl = QStringLiteral("whatsapp-url");
const QString kStatus = QStringLiteral("status");
const QString kJson = QStringLiteral("json");
const QString kDoctor = QStringLiteral("doctor");
const QString kSdr = QStringLiteral("sdr");
const QString kDemo = QStringLiteral("demo");

// Options Qt's GUI classes take from argv themselves (QGuiApplication / QApplication). They are
// accepted and left to QApplication, so "sdr-sender -platform offscreen" works.
const QStringList kQtValueOptions{
    QStringLiteral("platform"),        QStringLiteral("platformpluginpath"),
    QStringLiteral("platformtheme"),   QStringLiteral("plugin"),
    QStringLiteral("qwindowgeometry"), QStringLiteral("qwindowicon"),
    QStringLiteral("qwindowtitle"),    QStringLiteral("session"),
    QStringLiteral("display"),         QStringLiteral("geometry"),
    QStringLiteral("style"),           QStringLiteral("stylesheet"),
    QStringLiteral("qmljsdebugger"),
};
const QStringList kQtFlagOptions{
    QStringLiteral("reverse"), QStringLiteral("widgetcount"), QStringLiteral("nograb"),
    QStringLiteral("dograb"),  QStringLiteral("sync"),
};
} // namespace

CommandLine::CommandLine()
{
    m_parser.setApplicationDescription(
        tr("SDR Sender sends CRM leads through each SDR's own WhatsApp Web session.\n\n"
           "Environment: SDR_SENDER_DATA_DIR, SDR_SENDER_SERVER, SDR_SENDER_TOKEN (the CRM token when the "
           "keychain has none), SDR_SENDER_WHATSAPP_URL."));
    // "-platform offscreen" is one long option, as Qt itself reads it.
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({
        {kDataDir,
         tr("Keep the database, lock and WhatsApp profiles in <dir> (default: $SDR_SENDER_DATA_DIR, else "
            "%1).")
             .arg(DataDirectory::defaultPath()),
         tr("dir")},
        {kServer,
         tr("The CRM's base URL (http or https), e.g. https://crm.example.com. Overrides "
            "$SDR_SENDER_SERVER and the stored setting."),
         tr("url")},
        {kWhatsAppUrl, tr("The WhatsApp Web address (default https://web.whatsapp.com/)."), tr("url")},
        {kStatus, tr("Print every SDR's connection status and queue figures, then exit.")},
        {kDoctor, tr("Load WhatsApp Web and check it against every selector SDR Sender uses (with --sdr: in "
                     "that SDR's profile, opening their own chat without sending), print the result and "
                     "exit; exit code 0 only when everything sending needs was found.")},
        {kSdr, tr("With --doctor: use this SDR's WhatsApp profile (the app must be closed)."), tr("id")},
        {kJson, tr("With --status or --doctor: print JSON instead of a table.")},
        {kDemo, tr("Run against a built-in fake CRM and fake WhatsApp Web (nothing is really sent), "
                   "in a throwaway data directory unless --data-dir is given.")},
    });
    for (const QString& name : kQtValueOptions) {
        QCommandLineOption option(name, QString(), QStringLiteral("value"));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        m_parser.addOption(option);
    }
    for (const QString& name : kQtFlagOptions) {
        QCommandLineOption option(name);
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        m_parser.addOption(option);
    }
}

QString CommandLine::checkedWebUrl(const QString& text)
{
    // The same rule Settings applies to stored and environment values.
    const QVariant checked = Settings::validated(*SettingKeys::find(SettingKeys::ServerUrl), text);
    return checked.isValid() ? checked.toString() : QString();
}

CommandLine::Action CommandLine::fail(const QString& message)
{
    m_errorText = message;
    return Action::Error;
}

CommandLine::Action CommandLine::parse(const QStringList& arguments, const QProcessEnvironment& env)
{
    m_options = CommandLineOptions();
    m_errorText.clear();

    if (!m_parser.parse(arguments))
        return fail(m_parser.errorText());
    if (!m_parser.positionalArguments().isEmpty())
        return fail(tr("Unexpected argument: %1").arg(m_parser.positionalArguments().constFirst()));
    if (m_parser.isSet(QStringLiteral("help")) || m_parser.isSet(QStringLiteral("help-all")))
        return Action::Help;
    if (m_parser.isSet(QStringLiteral("version")))
        return Action::Version;

    // Data directory.
    QString dir;
    if (m_parser.isSet(kDataDir)) {
        dir = m_parser.value(kDataDir);
        if (dir.trimmed().isEmpty())
            return fail(tr("--data-dir needs a folder."));
        m_options.dataDirSource = CommandLineOptions::DataDirSource::CommandLine;
    } else if (!env.value(QLatin1String(DataDirectory::EnvironmentVariable)).trimmed().isEmpty()) {
        dir = env.value(QLatin1String(DataDirectory::EnvironmentVariable));
        m_options.dataDirSource = CommandLineOptions::DataDirSource::Environment;
    }
    m_options.dataDir = DataDirectory(dir).path();
    const QFileInfo dirInfo(m_options.dataDir);
    if (dirInfo.exists() && !dirInfo.isDir())
        return fail(tr("The data directory %1 is a file, not a folder.").arg(m_options.dataDir));

    // URLs: the command line, and the environment variables Settings will read later.
    if (m_parser.isSet(kServer)) {
        m_options.serverUrl = checkedWebUrl(m_parser.value(kServer));
        if (m_options.serverUrl.isEmpty())
            return fail(
                tr("--server: \"%1\" is not an http(s) URL with a host name.").arg(m_parser.value(kServer)));
    }
    if (m_parser.isSet(kWhatsAppUrl)) {
        m_options.whatsAppUrl = checkedWebUrl(m_parser.value(kWhatsAppUrl));
        if (m_options.whatsAppUrl.isEmpty())
            return fail(tr("--whatsapp-url: \"%1\" is not an http(s) URL with a host name.")
                            .arg(m_parser.value(kWhatsAppUrl)));
    }
    for (const QLatin1String key : {SettingKeys::ServerUrl, SettingKeys::WhatsAppUrl}) {
        const SettingSpec* spec = SettingKeys::find(key);
        const QString var = QLatin1String(spec->envVar);
        // An empty variable means "not set" (Settings treats it the same way).
        if (env.contains(var) && !env.value(var).trimmed().isEmpty() &&
            checkedWebUrl(env.value(var)).isEmpty())
            return fail(tr("%1: \"%2\" is not an http(s) URL with a host name.").arg(var, env.value(var)));
    }

    m_options.status = m_parser.isSet(kStatus);
    m_options.json = m_parser.isSet(kJson);
    m_options.demo = m_parser.isSet(kDemo);
    m_options.doctor = m_parser.isSet(kDoctor);
    if (m_parser.isSet(kSdr)) {
        if (!m_options.doctor)
            return fail(tr("--sdr only goes with --doctor."));
        m_options.doctorSdrId = m_parser.value(kSdr).trimmed();
        if (m_options.doctorSdrId.isEmpty())
            return fail(tr("--sdr needs an SDR id."));
    }
    if (m_options.json && !m_options.status && !m_options.doctor)
        return fail(tr("--json only goes with --status or --doctor."));
    if (m_options.demo && (m_options.status || m_options.doctor))
        return fail(tr("--demo cannot be combined with --status or --doctor."));
    if (m_options.status && m_options.doctor)
        return fail(tr("--status and --doctor are separate commands."));
    if (m_options.doctor)
        return Action::Doctor;
    if (m_options.status) {
        for (const QString& name : kQtValueOptions + kQtFlagOptions) {
            if (m_parser.isSet(name))
                return fail(tr("-%1 is a window option; --status opens no window.").arg(name));
        }
    }
    return m_options.status ? Action::Status : Action::Run;
}

QString CommandLine::helpText() const
{
    return m_parser.helpText();
}

QString CommandLine::versionText()
{
    return QStringLiteral("sdr-sender %1").arg(QStringLiteral(SDR_SENDER_VERSION));
}

void CommandLine::applyTo(const CommandLineOptions& options, Settings& settings)
{
    if (!options.serverUrl.isEmpty())
        settings.setCommandLineOverride(SettingKeys::ServerUrl, options.serverUrl);
    if (!options.whatsAppUrl.isEmpty())
        settings.setCommandLineOverride(SettingKeys::WhatsAppUrl, options.whatsAppUrl);
    qCInfo(lcConfig) << "command line: server" << (options.serverUrl.isEmpty() ? "not set" : "set")
                     << "whatsapp-url" << (options.whatsAppUrl.isEmpty() ? "default" : "set");
}
