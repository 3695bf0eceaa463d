#pragma once

#include <QAtomicInt>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QThread;
class QTimer;

// The store's disk work, on a thread and connection of its own, so that the UI thread never waits
// for the disk to sync (issue 13: a sync took up to 85 ms while an import kept the disk busy).
// * Checkpoints: copies the write-ahead log into the database file every interval. The store's
//   connection never does it itself (PRAGMA wal_autocheckpoint = 0): copying and syncing megabytes
//   in a commit was a stall of 50-70 ms every few seconds of writes.
// * Durability: the store commits with synchronous = NORMAL (no sync in a commit). A checkpoint
//   syncs the log first, so every commit is on the disk within one interval; syncLog() says when
//   everything committed so far is, for the one step that must not go ahead before that (Send).
class StoreCheckpointer : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultIntervalMs = 1000;

    explicit StoreCheckpointer(const QString& databasePath, int intervalMs = DefaultIntervalMs,
                               QObject* parent = nullptr);
    // Ends the checkpoint in progress, if any, and closes the connection on its thread.
    ~StoreCheckpointer() override;

    // Also empties the log file at the next turn (after pruning, so the space is given back).
    void requestTruncate();

    // Syncs the log file to the disk (everything committed before the call), then runs `then(ok)`
    // on `context`'s thread; not at all if `context` is gone by then.
    void syncLog(QObject* context, std::function<void(bool ok, const QString& error)> then);
    // Log syncs asked for and not answered yet, in the whole process (tests settle on it).
    static int syncsInFlight();

private:
    void turn(); // on the thread

    QString m_path;
    QString m_connectionName;
    std::unique_ptr<QThread> m_thread;
    QObject* m_context = nullptr; // lives on m_thread
    QTimer* m_timer = nullptr;    // lives on m_thread
    QAtomicInt m_truncateAsked;
};
