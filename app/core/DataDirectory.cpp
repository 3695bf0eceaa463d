#include "DataDirectory.h"

#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

DataDirectory::DataDirectory(const QString& path)
    : m_path(QDir::cleanPath(QDir(path.isEmpty() ? defaultPath() : path).absolutePath()))
{
}

QString DataDirectory::defaultPath()
{
    // Not AppDataLocation itself: the command line is parsed before the application object (and
    // its name) exists, and test binaries have other names.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("sdr-sender"));
}

QString DataDirectory::databasePath() const
{
    return filePath(QStringLiteral("sdr-sender.db"));
}

QString DataDirectory::lockFilePath() const
{
    return filePath(QStringLiteral("sdr-sender.lock"));
}

QString DataDirectory::profilesPath() const
{
    return filePath(QStringLiteral("profiles"));
}

QString DataDirectory::filePath(const QString& name) const
{
    return QDir(m_path).filePath(name);
}

bool DataDirectory::exists() const
{
    return QFileInfo(m_path).isDir();
}

bool DataDirectory::ensureExists()
{
    const QFileInfo info(m_path);
    if (info.exists() && !info.isDir()) {
        m_errorString = tr("The data directory %1 is a file, not a folder.").arg(m_path);
        return false;
    }
    if (!info.exists()) {
        if (!QDir().mkpath(m_path)) {
            m_errorString = tr("Cannot create the data directory %1.").arg(m_path);
            return false;
        }
        // Sessions and the store hold other people's chats and links: owner only.
        QFile::setPermissions(m_path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qCInfo(lcConfig).noquote() << "created data directory" << m_path;
    }
    if (!QFileInfo(m_path).isWritable()) {
        m_errorString = tr("The data directory %1 is not writable.").arg(m_path);
        return false;
    }
    m_errorString.clear();
    return true;
}
