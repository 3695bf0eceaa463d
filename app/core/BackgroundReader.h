#pragma once

#include <QAtomicInt>
#include <QObject>
#include <QSqlDatabase>
#include <QThread>
#include <functional>
#include <memory>
#include <type_traits>

class Store;

// A worker thread with its own read-only connection to the store's file, for the screens' figures
// (issue 13): a read of a large store takes hundreds of milliseconds, which stalls the window when it
// runs on the UI thread. WAL lets this connection read while the app writes, and each read sees one
// committed state. Reads run one after the other in the order asked; each result comes back to the
// receiver's thread by a queued call. The receiver must outlive the reader (own it): the reader's
// destructor waits for the read in progress and drops the ones not started.
// A store without a file (not open) has no second connection: reads then run at once on the store's
// own connection, and the result still arrives queued, so callers see one behaviour.
class BackgroundReader : public QObject
{
    Q_OBJECT
public:
    explicit BackgroundReader(const Store* store, QObject* parent = nullptr);
    ~BackgroundReader() override;

    // Runs `query` on the reader's connection, then `done(result)` on `receiver`'s thread.
    template <typename Query, typename Done> void read(QObject* receiver, Query query, Done done)
    {
        using Result = std::invoke_result_t<Query, const QSqlDatabase&>;
        run([receiver, query = std::move(query), done = std::move(done)](const QSqlDatabase& db) mutable {
            auto result = std::make_shared<Result>(query(db));
            QMetaObject::invokeMethod(
                receiver, [result, done = std::move(done)]() mutable { done(std::move(*result)); },
                Qt::QueuedConnection);
        });
    }

    // True when reads run on the worker thread (the store has a file).
    bool isThreaded() const { return m_thread != nullptr; }

private:
    void run(std::function<void(const QSqlDatabase&)> job);
    QSqlDatabase connection();

    const Store* m_store;
    QString m_path;
    QString m_connectionName;
    std::unique_ptr<QThread> m_thread;
    QObject* m_context = nullptr; // lives on m_thread; jobs are queued to it
    QAtomicInt m_stopping;
};
