#pragma once

#include <QCoreApplication>
#include <QString>
#include <memory>

class QLockFile;

// One running SDR Sender per data directory, so two processes never share a browser profile or
// send the same lead. A QLockFile at <data-dir>/sdr-sender.lock: held for the whole run, freed on
// exit; a lock left by a crashed process (its PID gone on this host) is taken over.
class InstanceLock
{
    Q_DECLARE_TR_FUNCTIONS(InstanceLock)

public:
    explicit InstanceLock(const QString& dataDirectory);
    ~InstanceLock();
    InstanceLock(const InstanceLock&) = delete;
    InstanceLock& operator=(const InstanceLock&) = delete;

    static QString fileName(); // "sdr-sender.lock"

    // Does not wait: false (with errorString()) when another process holds it.
    bool tryLock();
    void unlock();
    bool isLocked() const;

    QString lockFilePath() const { return m_lockFilePath; }
    // e.g. "SDR Sender is already running for /home/a/.local/share/sdr-sender (process 1234 on
    // host foo, started by ana)."
    QString errorString() const { return m_errorString; }
    // The holder, when tryLock() failed because another process holds the lock.
    qint64 ownerPid() const { return m_ownerPid; }
    QString ownerHost() const { return m_ownerHost; }

private:
    QString m_dataDirectory;
    QString m_lockFilePath;
    std::unique_ptr<QLockFile> m_lock;
    QString m_errorString;
    qint64 m_ownerPid = 0;
    QString m_ownerHost;
};
