#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <QTimer>

#include <atomic>
#include <memory>

class QIODevice;
class QSqlDatabase;
class QThread;
class Store;

// Writes the activity log (newest first, optionally one SDR's and/or one kind's entries) as CSV on a
// worker thread, with its own read-only connection to the store's file: WAL lets it read while the
// app writes, and the UI thread neither reads 200 000 rows nor formats them. The file is replaced
// only once the whole export is written (QSaveFile); a cancelled export leaves no file behind.
class ActivityExportJob : public QObject
{
    Q_OBJECT
public:
    struct Filter
    {
        QString sdrId; // empty: every SDR
        QString kind;  // empty: every kind
    };
    struct Progress
    {
        std::atomic<bool> cancelRequested{false};
        std::atomic<int> permille{0};
    };

    explicit ActivityExportJob(Store* store, QObject* parent = nullptr);
    // Cancels and waits for the worker.
    ~ActivityExportJob() override;

    // names: SDR id -> name for the sdr_name column. False when an export is already running.
    bool start(const QString& filePath, const Filter& filter, const QHash<QString, QString>& names);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }
    int percent() const { return m_percent; }

    // The CSV itself (time in UTC, SDR id, SDR name, kind, message), on any connection and thread.
    // *rows: entries written. False and *error when the device refused a write, the database a read,
    // or progress asked to stop (error empty then).
    static bool write(const QSqlDatabase& db, QIODevice* device, const Filter& filter,
                      const QHash<QString, QString>& names, Progress* progress, int* rows, QString* error);

signals:
    void progressChanged(int percent);
    // Once per start(): ok (the file is written), or cancelled, or error says why.
    void finished(bool ok, bool cancelled, const QString& error, int rows);

private:
    struct Outcome
    {
        bool ok = false;
        QString error;
        int rows = 0;
    };
    void onDone();

    Store* m_store;
    QThread* m_thread = nullptr;
    std::shared_ptr<Progress> m_progress;
    std::shared_ptr<Outcome> m_outcome;
    QTimer m_pollTimer;
    int m_percent = 0;
};
