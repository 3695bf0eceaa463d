#include "InstanceLock.h"

#include "Logging.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>

InstanceLock::InstanceLock(const QString& dataDirectory)
    : m_dataDirectory(QDir::cleanPath(QDir(dataDirectory).absolutePath()))
    , m_lockFilePath(QDir(m_dataDirectory).filePath(fileName()))
    , m_lock(std::make_unique<QLockFile>(m_lockFilePath))
{
    // The lock is held for as long as the app runs (days), so it must never go stale by age; a
    // crashed holder is still detected by its PID.
    m_lock->setStaleLockTime(0);
}

InstanceLock::~InstanceLock() = default; // QLockFile unlocks on destruction

QString InstanceLock::fileName()
{
    return QStringLiteral("sdr-sender.lock");
}

bool InstanceLock::tryLock()
{
    m_errorString.clear();
    m_ownerPid = 0;
    m_ownerHost.clear();
    if (m_lock->isLocked())
        return true;
    if (m_lock->tryLock(0)) {
        qCInfo(lcApp).noquote() << "holding instance lock" << m_lockFilePath;
        return true;
    }

    switch (m_lock->error()) {
    case QLockFile::LockFailedError: {
        QString appName;
        if (m_lock->getLockInfo(&m_ownerPid, &m_ownerHost, &appName)) {
            // The lock file's owner is the account that started the other instance.
            const QString user = QFileInfo(m_lockFilePath).owner();
            m_errorString =
                tr("SDR Sender is already running for %1 (process %2 on host %3, started by %4). Use that "
                   "window, or quit it first.")
                    .arg(m_dataDirectory)
                    .arg(m_ownerPid)
                    .arg(m_ownerHost.isEmpty() ? tr("unknown") : m_ownerHost,
                         user.isEmpty() ? (appName.isEmpty() ? tr("unknown") : appName) : user);
        } else {
            m_errorString = tr("SDR Sender is already running for %1 (the lock file %2 is held by another "
                               "process).")
                                .arg(m_dataDirectory, m_lockFilePath);
        }
        break;
    }
    case QLockFile::PermissionError:
        m_errorString = tr("Cannot create the lock file %1: permission denied.").arg(m_lockFilePath);
        break;
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        m_errorString = tr("Cannot create the lock file %1.").arg(m_lockFilePath);
        break;
    }
    qCWarning(lcApp).noquote() << m_errorString;
    return false;
}

void InstanceLock::unlock()
{
    if (m_lock->isLocked())
        m_lock->unlock();
}

bool InstanceLock::isLocked() const
{
    return m_lock->isLocked();
}
