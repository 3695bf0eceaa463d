#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <atomic>
#include <optional>

class SdrRepository;
class Store;

// One problem with one CSV row (the row is not imported; the others are).
struct CsvRowError
{
    int line = 0; // 1-based line in the file where the row starts (the header is line 1)
    QString message;
};

struct CsvImportResult
{
    bool ok = false;    // false: the file as a whole was refused (see error); nothing was imported
    QString error;      // file-level problem (unreadable, not UTF-8, bad header, unterminated quote)
    int rows = 0;       // data rows seen
    int imported = 0;   // new leads in local_leads
    int duplicates = 0; // rows already imported before (same SDR, phone and message, or same id)
    QVector<CsvRowError> rowErrors;
    // Stopped by a person (CsvLeadImportJob::cancel): `imported` leads were written before it, the
    // rest of the file was not. ok stays true when the file itself was fine.
    bool cancelled = false;
};
Q_DECLARE_METATYPE(CsvImportResult)

// A row that passed every check, ready for local_leads.
struct CsvLeadRow
{
    QString id;
    QString sdrId;
    QString name;
    QString phone;
    QString message;
    int order = 0; // its record's place in the file: created_at keeps the file's order
};

// What reading and checking a file gives, before anything is written.
struct CsvImportPlan
{
    bool ok = false;
    bool cancelled = false;
    QString error;
    QString sourceName;
    QDateTime createdAt; // created_at of the first row; each later row a millisecond more
    int rows = 0;
    QVector<CsvLeadRow> leads;
    QVector<CsvRowError> rowErrors;
};

// Shared between the thread that plans an import and the one that asked for it.
struct CsvImportProgress
{
    std::atomic<bool> cancelRequested{false};
    std::atomic<int> permille{0}; // of the planning: reading, decoding, parsing, checking
};

// Imports leads for the CRM-less mode from a CSV file into the local_leads table; LocalQueueSource
// then feeds them to the same Router as CRM leads.
//
// Format: RFC 4180 (comma separated, fields in double quotes may hold commas, quotes written twice
// and line breaks), UTF-8 with or without BOM, CRLF or LF. The header names the columns in any
// order: name, phone, message, assigned_sdr_id (required), id (optional); other columns are
// ignored. Without an id column a lead's id is derived from SDR + phone + message, so importing the
// same file twice adds nothing and the same message is never queued twice for the same person.
//
// importFile()/importData() do everything at once on the caller's thread, in one transaction;
// CsvLeadImportJob splits the same steps so the UI thread never waits long: plan() (any thread, no
// database) and then write() in small slices.
class CsvLeadImporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvLeadImporter)
public:
    static constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;

    // sdrs: when given, rows for unknown SDRs are refused.
    explicit CsvLeadImporter(Store* store, SdrRepository* sdrs = nullptr);

    CsvImportResult importFile(const QString& path);
    CsvImportResult importData(const QByteArray& data, const QString& sourceName = {});

    // The SDR ids rows may name (empty optional: any), as the constructor's SdrRepository has them.
    std::optional<QSet<QString>> knownSdrs() const;

    // Reads and checks without touching the database; safe on any thread. knownSdrs: rows for
    // other SDRs are refused. progress (optional) is updated as it goes and asked for cancellation.
    static CsvImportPlan planFile(const QString& path, const std::optional<QSet<QString>>& knownSdrs,
                                  CsvImportProgress* progress = nullptr);
    static CsvImportPlan plan(const QByteArray& data, const QString& sourceName,
                              const std::optional<QSet<QString>>& knownSdrs,
                              CsvImportProgress* progress = nullptr);
    // Writes plan.leads[from, from + count) in one transaction; counts into *result. False and
    // *error when the database refused (nothing of this call's rows is written then).
    bool write(const CsvImportPlan& plan, qsizetype from, qsizetype count, CsvImportResult* result,
               QString* error);

    // RFC 4180 records of UTF-8 text; lineNumbers gets the start line of each record. False and
    // *error on an unterminated quoted field. With progress: its permille goes from 0 to `upTo` and
    // a cancellation stops the parse (false, no error).
    static bool parseCsv(const QString& text, QVector<QStringList>* records, QVector<int>* lineNumbers,
                         QString* error, CsvImportProgress* progress = nullptr, int upTo = 0);
    static QString leadIdFor(const QString& sdrId, const QString& phone, const QString& message);

private:
    CsvImportResult writeAll(const CsvImportPlan& plan);

    Store* m_store;
    SdrRepository* m_sdrs;
};
