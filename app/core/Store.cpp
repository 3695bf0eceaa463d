#include "Store.h"

#include "Logging.h"
#include "StoreCheckpointer.h"
#include "StoreSchema.h"

#include <QAtomicInt>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>

namespace {
QAtomicInt s_connectionCounter;

QString sqlError(const QSqlQuery& query)
{
    return query.lastError().text();
}
} // namespace

Store::Store(QObject* parent)
    : QObject(parent)
    , m_connectionName(QStringLiteral("sdrsender-store-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1)))
{
}

Store::~Store()
{
    close();
}

int Store::currentSchemaVersion()
{
    return StoreSchema::migrations().size();
}

QString Store::timestamp(const QDateTime& when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime Store::parseTimestamp(const QString& text)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    return parsed.toUTC();
}

void Store::dropConnection(const QString& connectionName)
{
    if (!QSqlDatabase::contains(connectionName))
        return;
    QSqlDatabase::database(connectionName, false).close();
    QSqlDatabase::removeDatabase(connectionName);
}

bool Store::fail(OpenError error, const QString& message)
{
    m_openError = error;
    m_errorString = message;
    qCWarning(lcStore).noquote() << message;
    close();
    m_openError = error; // close() must not clear the reason
    m_errorString = message;
    return false;
}

bool Store::open(const QString& filePath)
{
    close();
    m_filePath = filePath;
    m_openError = OpenError::None;
    m_errorString.clear();

    const QFileInfo info(filePath);
    const QFileInfo dirInfo(info.absolutePath());
    if (!dirInfo.exists() && !QDir().mkpath(info.absolutePath()))
        return fail(OpenError::CannotOpen, tr("Cannot create the folder %1.").arg(info.absolutePath()));
    // SQLite would open a read-only file and fail on the first write; say so up front. WAL also
    // needs to create files beside the database. Both are tried for real: permission bits do not
    // tell for root, immutable files, read-only mounts or ACLs.
    if (info.exists() && !QFile(filePath).open(QIODevice::ReadWrite))
        return fail(OpenError::ReadOnly, tr("The database %1 is read-only; SDR Sender needs to write to it.")
                                             .arg(info.absoluteFilePath()));
    if (!QTemporaryFile(info.absolutePath() + QStringLiteral("/.sdr-sender-write-check-XXXXXX")).open())
        return fail(OpenError::ReadOnly,
                    tr("The folder %1 is read-only; SDR Sender needs to write its database there.")
                        .arg(info.absolutePath()));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(filePath);
    if (!db.open())
        return fail(OpenError::CannotOpen,
                    tr("Cannot open the database %1: %2").arg(filePath, db.lastError().text()));

    if (!checkIntegrity() || !configureConnection() || !migrate())
        return false;
    if (!filePath.isEmpty() && filePath != QLatin1String(":memory:"))
        m_checkpointer = std::make_unique<StoreCheckpointer>(filePath);
    qCInfo(lcStore) << "opened" << filePath << "schema" << schemaVersion();
    return true;
}

bool Store::checkIntegrity()
{
    QSqlQuery query(database());
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next())
        return fail(OpenError::Corrupt,
                    tr("The database %1 is damaged or is not an SDR Sender database (%2).")
                        .arg(m_filePath, sqlError(query)));
    const QString verdict = query.value(0).toString();
    if (verdict != QLatin1String("ok"))
        return fail(OpenError::Corrupt,
                    tr("The database %1 failed its integrity check: %2").arg(m_filePath, verdict));
    return true;
}

bool Store::configureConnection()
{
    QSqlQuery query(database());
    const QStringList pragmas{
        QStringLiteral("PRAGMA busy_timeout = 5000"),
        // Before anything writes the file's header (journal_mode does): a new file takes it for
        // good; an existing one keeps its mode until enableIncrementalVacuum().
        QStringLiteral("PRAGMA auto_vacuum = INCREMENTAL"),
        QStringLiteral("PRAGMA journal_mode = WAL"),
        // NORMAL: no fsync in a commit; the checkpointer syncs the log within a second. The one
        // write that must survive a power cut before the app acts on it, a lead's `sending` row,
        // is synced off this thread before Send is pressed (whenDurable), or the lead could go
        // twice after the cut.
        QStringLiteral("PRAGMA synchronous = NORMAL"),
        // Checkpoints run on the checkpointer's thread, never in a commit on this connection.
        QStringLiteral("PRAGMA wal_autocheckpoint = 0"),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA cache_size = %1").arg(PageCacheKiB),
    };
    for (const QString& pragma : pragmas) {
        if (!query.exec(pragma))
            return fail(OpenError::CannotOpen,
                        tr("Cannot configure the database %1: %2").arg(m_filePath, sqlError(query)));
    }
    return true;
}

bool Store::migrate()
{
    const int onDisk = schemaVersion();
    const int current = currentSchemaVersion();
    if (onDisk > current)
        return fail(OpenError::NewerSchema,
                    tr("The database %1 was written by a newer version of SDR Sender (schema %2; this "
                       "version understands up to %3). Update SDR Sender, or use another data directory.")
                        .arg(m_filePath)
                        .arg(onDisk)
                        .arg(current));

    QSqlDatabase db = database();
    const auto& steps = StoreSchema::migrations();
    for (int version = onDisk; version < current; ++version) {
        if (!db.transaction())
            return fail(OpenError::MigrationFailed,
                        tr("Cannot start a migration of %1: %2").arg(m_filePath, db.lastError().text()));
        QSqlQuery query(db);
        bool ok = true;
        QString error;
        for (const QString& statement : steps.at(version)) {
            if (!query.exec(statement)) {
                ok = false;
                error = sqlError(query);
                break;
            }
        }
        if (ok && !query.exec(QStringLiteral("PRAGMA user_version = %1").arg(version + 1))) {
            ok = false;
            error = sqlError(query);
        }
        if (!ok || !db.commit()) {
            db.rollback();
            return fail(OpenError::MigrationFailed, tr("Cannot migrate %1 from schema %2 to %3: %4")
                                                        .arg(m_filePath)
                                                        .arg(version)
                                                        .arg(version + 1)
                                                        .arg(ok ? db.lastError().text() : error));
        }
        qCInfo(lcStore) << "migrated" << m_filePath << "to schema" << version + 1;
    }
    return true;
}

void Store::close()
{
    // First: the last connection to close checkpoints the log into the file and removes it.
    m_checkpointer.reset();
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_openError = OpenError::None;
}

bool Store::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && database().isOpen();
}

int Store::schemaVersion() const
{
    QSqlQuery query(database());
    if (query.exec(QStringLiteral("PRAGMA user_version")) && query.next())
        return query.value(0).toInt();
    return -1;
}

QSqlDatabase Store::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Store::whenDurable(QObject* context, std::function<void(bool, const QString&)> then)
{
    if (m_checkpointer) {
        m_checkpointer->syncLog(context, std::move(then));
        return;
    }
    QMetaObject::invokeMethod(
        context, [then = std::move(then)] { then(true, QString()); }, Qt::QueuedConnection);
}

void Store::requestLogTruncation()
{
    if (m_checkpointer)
        m_checkpointer->requestTruncate();
}

bool Store::usesIncrementalVacuum() const
{
    QSqlQuery query(database());
    // 0 none, 1 full, 2 incremental
    return query.exec(QStringLiteral("PRAGMA auto_vacuum")) && query.next() && query.value(0).toInt() == 2;
}

bool Store::enableIncrementalVacuum()
{
    if (!isOpen())
        return false;
    if (usesIncrementalVacuum())
        return true;
    QElapsedTimer timer;
    timer.start();
    QSqlQuery query(database());
    // The mode of a file that has tables changes only through a VACUUM, which rewrites it (and needs
    // free disk space of about its size): a failure leaves the file as it was, and is tried again at
    // the next start.
    if (!query.exec(QStringLiteral("PRAGMA auto_vacuum = INCREMENTAL")) ||
        !query.exec(QStringLiteral("VACUUM"))) {
        qCWarning(lcStore) << "cannot switch" << m_filePath
                           << "to incremental vacuum:" << query.lastError().text();
        return false;
    }
    const bool ok = usesIncrementalVacuum();
    qCInfo(lcStore) << "switched" << m_filePath << "to incremental vacuum in" << timer.elapsed() << "ms"
                    << (ok ? "" : "(the mode did not change)");
    return ok;
}
