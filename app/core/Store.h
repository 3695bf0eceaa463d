#pragma once

#include <QDateTime>
#include <QObject>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

class StoreCheckpointer;

// The one SQLite database in the data directory. Owns the connection, the pragmas and the schema;
// the domain classes (Outbox, SdrRepository, ConnectionTracker, ActivityLog, ...) run their own
// short queries on database().
class Store : public QObject
{
    Q_OBJECT
public:
    // The UI thread's connection's page cache, negative = KiB (SQLite's default is 2 MiB). Months of
    // outbox and activity outgrow 2 MiB of index pages, and then the engine's lookups went back to
    // the file (preads on the UI thread in a profile of bench/ui_stall). The background readers keep
    // the default: their scans would fill a large cache for little gain, and memory counts too.
    static constexpr int PageCacheKiB = -16384;

    enum class OpenError
    {
        None,
        CannotOpen,
        ReadOnly,
        Corrupt,
        NewerSchema,
        MigrationFailed
    };
    Q_ENUM(OpenError)

    explicit Store(QObject* parent = nullptr);
    ~Store() override;

    // The schema version this build writes (PRAGMA user_version).
    static int currentSchemaVersion();
    // ISO 8601 UTC with milliseconds, as every timestamp column holds it.
    static QString timestamp(const QDateTime& when);
    static QDateTime parseTimestamp(const QString& text);

    // Closes and forgets a named connection of this thread (Qt SQL connections belong to the
    // thread that opened them): the background threads' own connections.
    static void dropConnection(const QString& connectionName);

    bool open(const QString& filePath);
    void close();
    bool isOpen() const;

    OpenError openError() const { return m_openError; }
    QString errorString() const { return m_errorString; }
    QString filePath() const { return m_filePath; }
    int schemaVersion() const; // as found on disk after open/migration

    QSqlDatabase database() const;

    // Runs `then(ok, error)` on `context`'s thread once everything committed so far is on the disk
    // (synced off this thread). A database without a file has nothing to sync: `then(true)` from
    // the event loop.
    void whenDurable(QObject* context, std::function<void(bool ok, const QString& error)> then);

    // Empties the write-ahead log soon, on the checkpointer's thread (after pruning: the log can
    // hold as much as was deleted). Nothing for a database without a file.
    void requestLogTruncation();

    // The file gives pages freed by deletions back in steps (PRAGMA auto_vacuum = INCREMENTAL, so
    // DataRetention can keep its size flat with PRAGMA incremental_vacuum). New files are created so;
    // a file from an earlier version is switched by enableIncrementalVacuum().
    bool usesIncrementalVacuum() const;
    // Switches an existing file to incremental vacuum: one full VACUUM (rewrites the file; seconds
    // for a large one, so it runs once, at start). True when the file uses it afterwards.
    bool enableIncrementalVacuum();

private:
    bool fail(OpenError error, const QString& message);
    bool configureConnection();
    bool checkIntegrity();
    bool migrate();

    QString m_connectionName;
    QString m_filePath;
    std::unique_ptr<StoreCheckpointer> m_checkpointer; // a file's store only
    QString m_errorString;
    OpenError m_openError = OpenError::None;
};
