#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

class Settings;

// What the command line and the environment asked for, checked.
struct CommandLineOptions
{
    enum class DataDirSource
    {
        CommandLine,
        Environment,
        Default
    };

    QString dataDir; // absolute
    DataDirSource dataDirSource = DataDirSource::Default;
    QString serverUrl;   // --server, normalised; empty when not given (the environment is Settings' job)
    QString whatsAppUrl; // --whatsapp-url, normalised; empty when not given
    bool status = false;
    bool doctor = false;
    QString doctorSdrId; // --doctor --sdr ID: that SDR's profile; empty: a throwaway profile
    bool json = false;
    bool demo = false;
};

// Parses the arguments (before any application object exists, so main can choose between a
// QCoreApplication for --status/--help/--version and a QApplication for the window).
// Precedence for the data directory: --data-dir > SDR_SENDER_DATA_DIR > the platform default.
// SDR_SENDER_SERVER / SDR_SENDER_WHATSAPP_URL are validated here too, so a bad value stops the
// start with a clear message instead of being skipped quietly.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    enum class Action
    {
        Run,     // open the window
        Status,  // print --status and exit
        Doctor,  // check WhatsApp Web against the selector pack, print and exit
        Help,    // print helpText() and exit 0
        Version, // print versionText() and exit 0
        Error,   // print errorText() on stderr and exit UsageExitCode
    };

    static constexpr int UsageExitCode = 2;

    CommandLine();

    // arguments[0] is the program; env is normally QProcessEnvironment::systemEnvironment().
    Action parse(const QStringList& arguments,
                 const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment());

    const CommandLineOptions& options() const { return m_options; }
    QString errorText() const { return m_errorText; }
    QString helpText() const; // needs a Q(Core)Application for the program name
    static QString versionText();

    // --server / --whatsapp-url become command-line overrides (the top level of Settings).
    static void applyTo(const CommandLineOptions& options, Settings& settings);

    // "http(s)://host..." normalised, or empty when text is not a web URL with a host.
    static QString checkedWebUrl(const QString& text);

private:
    Action fail(const QString& message);

    QCommandLineParser m_parser;
    CommandLineOptions m_options;
    QString m_errorText;
};
