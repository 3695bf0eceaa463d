#include "ActivityExportJob.h"

#include "BackgroundPriority.h"
#include "CsvWriter.h"
#include "Logging.h"
#include "Store.h"

#include <QAtomicInt>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <limits>

namespace {
QAtomicInt s_connectionCounter;
constexpr int PageSize = 2000;
} // namespace

ActivityExportJob::ActivityExportJob(Store* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
    m_pollTimer.setInterval(50);
    connect(&m_pollTimer, &QTimer::timeout, this, [this] {
        const int percent = m_progress ? m_progress->permille.load() / 10 : 0;
        if (percent != m_percent) {
            m_percent = percent;
            emit progressChanged(percent);
        }
    });
}

ActivityExportJob::~ActivityExportJob()
{
    if (m_thread) {
        m_progress->cancelRequested = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool ActivityExportJob::write(const QSqlDatabase& db, QIODevice* device, const Filter& filter,
                              const QHash<QString, QString>& names, Progress* progress, int* rows,
                              QString* error)
{
    QStringList conditions;
    QVariantList binds;
    if (!filter.sdrId.isEmpty()) {
        conditions << QStringLiteral("sdr_id = ?");
        binds << filter.sdrId;
    }
    if (!filter.kind.isEmpty()) {
        conditions << QStringLiteral("kind = ?");
        binds << filter.kind;
    }
    const QString where = conditions.join(QStringLiteral(" AND "));
    QSqlQuery query(db);
    qint64 total = 0;
    if (progress) {
        query.prepare(QStringLiteral("SELECT COUNT(*) FROM activity%1")
                          .arg(where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where));
        for (const QVariant& bind : binds)
            query.addBindValue(bind);
        if (query.exec() && query.next())
            total = query.value(0).toLongLong();
    }

    CsvWriter writer(device);
    if (!writer.writeByteOrderMark() ||
        !writer.writeRow({QStringLiteral("time_utc"), QStringLiteral("sdr_id"), QStringLiteral("sdr_name"),
                          QStringLiteral("kind"), QStringLiteral("message")})) {
        *error = writer.errorString();
        return false;
    }
    // Paged by id, newest first: each page is a short read, so the WAL is never held open long.
    query.prepare(QStringLiteral("SELECT id, at, sdr_id, kind, message FROM activity WHERE %1id < ? "
                                 "ORDER BY id DESC LIMIT %2")
                      .arg(where.isEmpty() ? QString() : where + QStringLiteral(" AND "))
                      .arg(PageSize));
    qint64 before = std::numeric_limits<qint64>::max();
    int written = 0;
    for (;;) {
        if (progress && progress->cancelRequested)
            return false;
        for (const QVariant& bind : binds)
            query.addBindValue(bind);
        query.addBindValue(before);
        if (!query.exec()) {
            *error = query.lastError().text();
            return false;
        }
        int inPage = 0;
        while (query.next()) {
            ++inPage;
            before = query.value(0).toLongLong();
            const QString sdrId = query.value(2).toString();
            if (!writer.writeRow({Store::parseTimestamp(query.value(1).toString()).toString(Qt::ISODate),
                                  sdrId, sdrId.isEmpty() ? QString() : names.value(sdrId),
                                  query.value(3).toString(), query.value(4).toString()})) {
                *error = writer.errorString();
                return false;
            }
            ++written;
        }
        if (rows)
            *rows = written;
        if (progress && total > 0)
            progress->permille = int(qMin<qint64>(1000, qint64(written) * 1000 / total));
        if (inPage < PageSize)
            break;
    }
    return true;
}

bool ActivityExportJob::start(const QString& filePath, const Filter& filter,
                              const QHash<QString, QString>& names)
{
    if (m_thread)
        return false;
    m_progress = std::make_shared<Progress>();
    m_outcome = std::make_shared<Outcome>();
    m_percent = 0;
    const QString databasePath = m_store->filePath();
    const QString connection =
        QStringLiteral("sdrsender-export-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
    m_thread = QThread::create(
        [databasePath, connection, filePath, filter, names, progress = m_progress, outcome = m_outcome] {
            BackgroundPriority::lowerCurrentThread(BackgroundPriority::ReaderNice);
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
                db.setDatabaseName(databasePath);
                // Read-only: never writes, never migrates; WAL lets it read while the app writes.
                db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
                QSaveFile file(filePath);
                if (!db.open()) {
                    outcome->error = tr("Cannot read the activity log: %1").arg(db.lastError().text());
                } else if (!file.open(QIODevice::WriteOnly)) {
                    outcome->error = tr("Cannot write %1: %2").arg(filePath, file.errorString());
                } else {
                    QString error;
                    if (!write(db, &file, filter, names, progress.get(), &outcome->rows, &error)) {
                        file.cancelWriting();
                        if (!error.isEmpty())
                            outcome->error = tr("Cannot write %1: %2").arg(filePath, error);
                    } else if (!file.commit()) {
                        outcome->error = tr("Cannot write %1: %2").arg(filePath, file.errorString());
                    } else {
                        outcome->ok = true;
                    }
                }
                db.close();
            }
            QSqlDatabase::removeDatabase(connection);
        });
    m_thread->setObjectName(QStringLiteral("activity-export"));
    connect(m_thread, &QThread::finished, this, &ActivityExportJob::onDone);
    m_thread->start();
    m_pollTimer.start();
    return true;
}

void ActivityExportJob::cancel()
{
    if (m_progress)
        m_progress->cancelRequested = true;
}

void ActivityExportJob::onDone()
{
    m_pollTimer.stop();
    m_thread->deleteLater();
    m_thread = nullptr;
    const bool cancelled = !m_outcome->ok && m_outcome->error.isEmpty();
    if (m_outcome->ok && m_percent != 100) {
        m_percent = 100;
        emit progressChanged(100);
    }
    qCInfo(lcStore) << "activity export"
                    << (m_outcome->ok ? "written:"
                        : cancelled   ? "cancelled:"
                                      : "failed:")
                    << m_outcome->rows << "rows";
    emit finished(m_outcome->ok, cancelled, m_outcome->error, m_outcome->rows);
}
