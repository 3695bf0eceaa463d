#include "StoreCheckpointer.h"

#include "BackgroundPriority.h"
#include "Logging.h"
#include "Store.h"

#include <QFile>
#include <QPointer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace {
QAtomicInt s_checkpointerCounter;
QAtomicInt s_syncsInFlight;

// Counts a sync from the request until its answer ran or was dropped (its context gone).
struct InFlightSync
{
    InFlightSync() { s_syncsInFlight.ref(); }
    ~InFlightSync() { s_syncsInFlight.deref(); }
    InFlightSync(const InFlightSync&) = delete;
    InFlightSync& operator=(const InFlightSync&) = delete;
};

// fsync works on the file, not the descriptor: any descriptor of the log flushes what the store's
// connection wrote to it. A missing log (never written yet) has nothing to sync.
bool syncFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.exists())
        return true;
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    if (::fdatasync(file.handle()) != 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    return true;
}

struct CheckpointResult
{
    bool ran = false;
    bool busy = false;
    QString error;
};

CheckpointResult checkpoint(const QSqlDatabase& db, const char* mode)
{
    CheckpointResult result;
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA wal_checkpoint(%1)").arg(QLatin1String(mode))) || !query.next()) {
        result.error = query.lastError().text();
        return result;
    }
    result.ran = true;
    result.busy = query.value(0).toInt() != 0; // then the log's frames and the ones copied
    return result;
}
} // namespace

StoreCheckpointer::StoreCheckpointer(const QString& databasePath, int intervalMs, QObject* parent)
    : QObject(parent)
    , m_path(databasePath)
    , m_connectionName(
          QStringLiteral("sdrsender-checkpoint-%1").arg(s_checkpointerCounter.fetchAndAddRelaxed(1)))
    , m_thread(std::make_unique<QThread>())
{
    m_thread->setObjectName(QStringLiteral("store-checkpoint"));
    m_context = new QObject;
    m_timer = new QTimer(m_context);
    m_timer->setInterval(qMax(10, intervalMs));
    connect(m_timer, &QTimer::timeout, m_context, [this] { turn(); });
    m_context->moveToThread(m_thread.get());
    m_thread->start();
    QMetaObject::invokeMethod(
        m_context, [] { BackgroundPriority::lowerCurrentThread(BackgroundPriority::DiskNice); },
        Qt::QueuedConnection);
    QMetaObject::invokeMethod(m_timer, qOverload<>(&QTimer::start), Qt::QueuedConnection);
}

StoreCheckpointer::~StoreCheckpointer()
{
    QMetaObject::invokeMethod(
        m_context,
        [this] {
            m_timer->stop();
            Store::dropConnection(m_connectionName);
        },
        Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_context;
}

void StoreCheckpointer::requestTruncate()
{
    m_truncateAsked.storeRelease(1);
}

int StoreCheckpointer::syncsInFlight()
{
    return s_syncsInFlight.loadAcquire();
}

void StoreCheckpointer::syncLog(QObject* context, std::function<void(bool ok, const QString& error)> then)
{
    auto inFlight = std::make_shared<InFlightSync>();
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        m_context,
        [this, guard, then = std::move(then), inFlight]() mutable {
            QString error;
            // The log alone is enough. Frames a checkpoint copied out stay in the log until the
            // log is reused, and it is reused only after a complete checkpoint, which syncs the
            // database file first; checkpoints and syncs take turns on this thread.
            const bool ok = syncFile(m_path + QStringLiteral("-wal"), &error);
            if (!ok)
                qCWarning(lcStore) << "cannot sync the write-ahead log of" << m_path << ":" << error;
            if (!guard)
                return;
            QMetaObject::invokeMethod(
                guard.data(), [then = std::move(then), ok, error, inFlight] { then(ok, error); },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void StoreCheckpointer::turn()
{
    if (!QSqlDatabase::contains(m_connectionName)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        // A truncation waits for the writer to finish its transaction, never longer than this.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=2000"));
        if (!db.open()) {
            qCWarning(lcStore) << "checkpointer cannot open" << m_path << db.lastError().text();
            Store::dropConnection(m_connectionName); // tried again at the next turn
            return;
        }
        QSqlQuery(db).exec(QStringLiteral("PRAGMA synchronous = NORMAL")); // syncs at checkpoints
    }
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // PASSIVE never waits for the app's writer or readers: it copies what it can and says so.
    const CheckpointResult passive = checkpoint(db, "PASSIVE");
    if (!passive.ran) {
        qCInfo(lcStore) << "checkpoint failed:" << passive.error;
        return;
    }
    if (!m_truncateAsked.loadAcquire())
        return;
    // After the passive copy little is left: the truncation holds the writer back only briefly.
    const CheckpointResult truncate = checkpoint(db, "TRUNCATE");
    if (truncate.ran && !truncate.busy) {
        m_truncateAsked.storeRelease(0);
        qCDebug(lcStore) << "write-ahead log emptied";
    } else {
        qCInfo(lcStore) << "log not emptied yet:" << (truncate.ran ? QStringLiteral("busy") : truncate.error);
    }
}
