#pragma once

#include <QCoreApplication>
#include <QString>

// The one folder that holds everything SDR Sender keeps on disk: the SQLite store, the instance
// lock, the per-SDR browser profiles and the selector override file.
class DataDirectory
{
    Q_DECLARE_TR_FUNCTIONS(DataDirectory)

public:
    enum class Source
    {
        CommandLine, // --data-dir
        Environment, // SDR_SENDER_DATA_DIR
        Default,     // the platform's per-user application data folder
    };

    static constexpr const char* EnvironmentVariable = "SDR_SENDER_DATA_DIR";

    explicit DataDirectory(const QString& path = QString());

    // The platform's folder for app "sdr-sender" without organisation (what
    // QStandardPaths::AppDataLocation gives for it), e.g. ~/.local/share/sdr-sender.
    static QString defaultPath();

    QString path() const { return m_path; } // absolute, clean
    QString databasePath() const;           // <dir>/sdr-sender.db
    QString lockFilePath() const;           // <dir>/sdr-sender.lock
    QString profilesPath() const;           // <dir>/profiles
    QString filePath(const QString& name) const;

    bool exists() const;
    // Creates the folder (owner-only, 0700) if needed and checks it is a writable directory.
    bool ensureExists();
    QString errorString() const { return m_errorString; }

private:
    QString m_path;
    QString m_errorString;
};
