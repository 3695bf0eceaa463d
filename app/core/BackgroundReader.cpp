#include "BackgroundReader.h"

#include "BackgroundPriority.h"
#include "Logging.h"
#include "Store.h"

#include <QSqlError>

namespace {
QAtomicInt s_readerCounter;
} // namespace

BackgroundReader::BackgroundReader(const Store* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_connectionName(QStringLiteral("sdrsender-reader-%1").arg(s_readerCounter.fetchAndAddRelaxed(1)))
{
    if (store && store->isOpen() && !store->filePath().isEmpty() &&
        store->filePath() != QLatin1String(":memory:")) {
        m_path = store->filePath();
        m_thread = std::make_unique<QThread>();
        m_thread->setObjectName(QStringLiteral("store-reader"));
        m_context = new QObject;
        m_context->moveToThread(m_thread.get());
        m_thread->start();
        QMetaObject::invokeMethod(
            m_context, [] { BackgroundPriority::lowerCurrentThread(BackgroundPriority::ReaderNice); },
            Qt::QueuedConnection);
    }
}

BackgroundReader::~BackgroundReader()
{
    if (!m_thread)
        return;
    // Reads not started yet are dropped; the one in progress ends, then the connection closes on
    // the thread that opened it (Qt SQL connections belong to one thread).
    m_stopping.storeRelease(1);
    QMetaObject::invokeMethod(
        m_context, [this] { Store::dropConnection(m_connectionName); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_context;
}

void BackgroundReader::run(std::function<void(const QSqlDatabase&)> job)
{
    if (!m_thread) {
        job(m_store ? m_store->database() : QSqlDatabase());
        return;
    }
    QMetaObject::invokeMethod(
        m_context,
        [this, job = std::move(job)] {
            if (m_stopping.loadAcquire())
                return;
            // One read transaction: the figures of one read all come from the same committed state.
            QSqlDatabase db = connection();
            const bool snapshot = db.isOpen() && db.transaction();
            job(db);
            if (snapshot)
                db.commit();
        },
        Qt::QueuedConnection);
}

QSqlDatabase BackgroundReader::connection()
{
    if (QSqlDatabase::contains(m_connectionName))
        return QSqlDatabase::database(m_connectionName, false);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    // Read-only, as `--status` reads: never migrates, never writes, never holds a write lock.
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        qCWarning(lcStore) << "background reader cannot open" << m_path << db.lastError().text();
    return db;
}
