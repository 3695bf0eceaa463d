#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QObject>
#include <QVector>
#include <optional>

class ActivityLog;
class Clock;
struct CsvImportProgress;
class QIODevice;
class Store;

// One phone nobody in the team may message.
struct SuppressionEntry
{
    QString phone; // E.164
    QString reason;
    QString source; // SuppressionList::sourceName(): opt_out | manual | csv
    QString leadId; // the lead whose reply opted out (opt_out only)
    QString sdrId;  // the SDR that received that reply (opt_out only)
    QDateTime addedAt;
};

// The team-wide suppression list (table `suppression`): phones that asked not to be contacted
// again, or that a person put there. Every SDR of this app checks it before a lead is sent
// (ContactPolicy), so a phone that said STOP to one SDR is never messaged by another. Phones are
// kept in E.164 (Phone::normalize), so "+90 545 403 19 18" and "905454031918" are one entry.
// A removal needs a reason and is written to the activity log: taking a phone off the list
// means someone may message a person who asked not to be.
class SuppressionList : public QObject
{
    Q_OBJECT
public:
    enum class Source
    {
        OptOut,    // a reply matched an opt-out phrase
        Manual,    // added by a person in the app
        CsvImport, // imported from a CSV file
    };
    enum class AddResult
    {
        Added,
        AlreadyListed, // kept as it was (the first reason and source stay)
        InvalidPhone,
        Error,
    };
    struct ImportResult
    {
        bool ok = false; // false: the file as a whole was refused (error); nothing was imported
        QString error;
        int rows = 0;
        int added = 0;
        int alreadyListed = 0;
        QStringList rowErrors; // "Line n: why", one per refused row
        // Stopped by a person (SuppressionImportJob::cancel): `added` phones were written before it.
        bool cancelled = false;
    };
    // What reading and checking a CSV gives, before anything is written: made on any thread.
    struct ImportPlan
    {
        struct Row
        {
            QString phone; // E.164
            QString reason;
        };
        bool ok = false;
        bool cancelled = false;
        QString error;
        int rows = 0;
        QVector<Row> phones; // the rows that passed, in file order
        QStringList rowErrors;
    };

    SuppressionList(Store* store, const Clock* clock, ActivityLog* activity = nullptr,
                    QObject* parent = nullptr);

    static QString sourceName(Source source);

    // Runs inside the caller's transaction when there is one (the follow-up tracker adds an
    // opted-out phone with the observation, atomically).
    AddResult add(const QString& phone, Source source, const QString& reason, const QString& leadId = {},
                  const QString& sdrId = {});
    // False when the phone is not listed, the reason is empty, or the store failed.
    bool remove(const QString& phone, const QString& reason);
    bool isSuppressed(const QString& phone) const;
    std::optional<SuppressionEntry> find(const QString& phone) const;
    QVector<SuppressionEntry> entries() const; // newest first
    int count() const;

    // CSV with a header naming a `phone` column (any order; `reason` optional, other columns
    // ignored), RFC 4180, UTF-8 with or without BOM. Rows with a bad phone are refused one by one.
    // Everything at once on the caller's thread, in one transaction.
    ImportResult importCsv(const QByteArray& data, const QString& sourceName = {});
    ImportResult importCsvFile(const QString& path);
    // The same in steps, for SuppressionImportJob: plan on any thread (no database; progress, when
    // given, is updated and asked for cancellation), then write slices on the store's thread, each
    // its own transaction (false and result->error when the store refused it: nothing of that slice
    // is written), then finishImport() once.
    static ImportPlan planCsv(const QByteArray& data, const QString& sourceName,
                              CsvImportProgress* progress = nullptr);
    static ImportPlan planCsvFile(const QString& path, CsvImportProgress* progress = nullptr);
    bool writePlanned(const ImportPlan& plan, qsizetype from, qsizetype count, ImportResult* result);
    void finishImport(const ImportResult& result);
    // phone, reason, source, lead_id, sdr_id, added_at (UTC ISO 8601); formula-guarded.
    bool exportCsv(QIODevice* device, QString* error = nullptr) const;

    QString errorString() const { return m_errorString; }

signals:
    void changed();

private:
    AddResult insert(const QString& phone, Source source, const QString& reason, const QString& leadId,
                     const QString& sdrId);
    ImportResult importPlanned(const ImportPlan& plan);
    AddResult insertNormalized(const QString& phone, Source source, const QString& reason,
                               const QString& leadId, const QString& sdrId);

    Store* m_store;
    const Clock* m_clock;
    ActivityLog* m_activity;
    mutable QString m_errorString;
};
