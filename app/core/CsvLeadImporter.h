#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

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
};

// Imports leads for the CRM-less mode from a CSV file into the local_leads table; LocalQueueSource
// then feeds them to the same Router as CRM leads.
//
// Format: RFC 4180 (comma separated, fields in double quotes may hold commas, quotes written twice
// and line breaks), UTF-8 with or without BOM, CRLF or LF. The header names the columns in any
// order: name, phone, message, assigned_sdr_id (required), id (optional); other columns are
// ignored. Without an id column a lead's id is derived from SDR + phone + message, so importing the
// same file twice adds nothing and the same message is never queued twice for the same person.
class CsvLeadImporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvLeadImporter)
public:
    static constexpr qint64 MaxFileBytes = 64 * 1024 * 1024;

    // sdrs: when given, rows for unknown SDRs are refused.
    explicit CsvLeadImporter(Store* store, SdrRepository* sdrs = nullptr);

    CsvImportResult importFile(const QString& path);
    CsvImportResult importData(const QByteArray& data, const QString& sourceName = {});

    // RFC 4180 records of UTF-8 text; lineNumbers gets the start line of each record. False and
    // *error on an unterminated quoted field.
    static bool parseCsv(const QString& text, QVector<QStringList>* records, QVector<int>* lineNumbers,
                         QString* error);
    static QString leadIdFor(const QString& sdrId, const QString& phone, const QString& message);

private:
    Store* m_store;
    SdrRepository* m_sdrs;
};
