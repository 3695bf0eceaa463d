#include "CsvLeadImporter.h"

#include "LeadParser.h"
#include "Logging.h"
#include "Phone.h"
#include "SdrRepository.h"
#include "Store.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringDecoder>

namespace {
// Planning's share of the progress: reading and decoding, parsing, checking the rows.
constexpr int DecodedAt = 100;
constexpr int ParsedAt = 600;
constexpr int CheckedAt = 1000;

bool cancelled(const CsvImportProgress* progress)
{
    return progress && progress->cancelRequested.load(std::memory_order_relaxed);
}

void report(CsvImportProgress* progress, int permille)
{
    if (progress)
        progress->permille.store(permille, std::memory_order_relaxed);
}
} // namespace

CsvLeadImporter::CsvLeadImporter(Store* store, SdrRepository* sdrs)
    : m_store(store)
    , m_sdrs(sdrs)
{
}

QString CsvLeadImporter::leadIdFor(const QString& sdrId, const QString& phone, const QString& message)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(sdrId.toUtf8());
    hash.addData(QByteArrayView("\x1f", 1));
    hash.addData(phone.toUtf8());
    hash.addData(QByteArrayView("\x1f", 1));
    hash.addData(message.toUtf8());
    return QStringLiteral("local_") + QString::fromLatin1(hash.result().toHex().left(24));
}

bool CsvLeadImporter::parseCsv(const QString& text, QVector<QStringList>* records, QVector<int>* lineNumbers,
                               QString* error, CsvImportProgress* progress, int upTo)
{
    QStringList record;
    QString field;
    bool inQuotes = false;
    bool fieldWasQuoted = false;
    bool recordHasContent = false;
    int line = 1;
    int recordLine = 1;
    int quoteLine = 1;
    auto endField = [&] {
        record << field;
        field.clear();
        fieldWasQuoted = false;
    };
    auto endRecord = [&] {
        endField();
        // A blank line is no record.
        if (recordHasContent || record.size() > 1 || !record.first().isEmpty()) {
            records->append(record);
            lineNumbers->append(recordLine);
        }
        record.clear();
        recordHasContent = false;
    };
    const int size = int(text.size());
    const int startPermille = progress ? progress->permille.load(std::memory_order_relaxed) : 0;
    for (int i = 0; i < size; ++i) {
        if (progress && (i & 0xffff) == 0) {
            if (cancelled(progress))
                return false;
            report(progress, startPermille + int(qint64(upTo - startPermille) * i / size));
        }
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < size && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c; // line breaks inside quotes are part of the field, as written
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty() && !fieldWasQuoted) {
            inQuotes = true;
            fieldWasQuoted = true;
            recordHasContent = true;
            quoteLine = line;
        } else if (c == QLatin1Char(',')) {
            endField();
            recordHasContent = true;
        } else if (c == QLatin1Char('\r') && i + 1 < size && text.at(i + 1) == QLatin1Char('\n')) {
            continue; // CRLF: the LF ends the record
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            endRecord();
            ++line;
            recordLine = line;
        } else {
            field += c;
        }
    }
    if (inQuotes) {
        if (error)
            *error = tr("Line %1: a quoted field is never closed.").arg(quoteLine);
        return false;
    }
    if (!field.isEmpty() || !record.isEmpty() || recordHasContent)
        endRecord();
    report(progress, upTo);
    return true;
}

std::optional<QSet<QString>> CsvLeadImporter::knownSdrs() const
{
    if (!m_sdrs)
        return std::nullopt;
    QSet<QString> known;
    for (const SdrRecord& sdr : m_sdrs->all())
        known.insert(sdr.id);
    return known;
}

CsvImportResult CsvLeadImporter::importFile(const QString& path)
{
    return writeAll(planFile(path, knownSdrs()));
}

CsvImportResult CsvLeadImporter::importData(const QByteArray& data, const QString& sourceName)
{
    return writeAll(plan(data, sourceName, knownSdrs()));
}

CsvImportResult CsvLeadImporter::writeAll(const CsvImportPlan& planned)
{
    CsvImportResult result;
    if (!planned.ok) {
        result.error = planned.error;
        return result;
    }
    result.rows = planned.rows;
    result.rowErrors = planned.rowErrors;
    QString error;
    if (!write(planned, 0, planned.leads.size(), &result, &error)) {
        CsvImportResult failed;
        failed.error = error;
        return failed;
    }
    result.ok = true;
    qCInfo(lcQueue) << "CSV import" << planned.sourceName << ":" << result.imported << "imported,"
                    << result.duplicates << "duplicates," << result.rowErrors.size() << "rows refused";
    return result;
}

CsvImportPlan CsvLeadImporter::planFile(const QString& path, const std::optional<QSet<QString>>& knownSdrs,
                                        CsvImportProgress* progress)
{
    CsvImportPlan result;
    QFile file(path);
    if (QFileInfo(path).size() > MaxFileBytes) {
        result.error = tr("The file is larger than %1 MiB.").arg(MaxFileBytes / (1024 * 1024));
        return result;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Cannot read %1: %2").arg(path, file.errorString());
        return result;
    }
    return plan(file.read(MaxFileBytes + 1), QFileInfo(path).fileName(), knownSdrs, progress);
}

CsvImportPlan CsvLeadImporter::plan(const QByteArray& data, const QString& sourceName,
                                    const std::optional<QSet<QString>>& knownSdrs,
                                    CsvImportProgress* progress)
{
    CsvImportPlan result;
    result.sourceName = sourceName.isNull() ? QStringLiteral("") : sourceName;
    result.createdAt = QDateTime::currentDateTimeUtc();
    auto stop = [] {
        CsvImportPlan stopped;
        stopped.cancelled = true;
        return stopped;
    };
    if (data.size() > MaxFileBytes) {
        result.error = tr("The file is larger than %1 MiB.").arg(MaxFileBytes / (1024 * 1024));
        return result;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(data);
    if (decoder.hasError()) {
        result.error = tr("The file is not UTF-8 text. Save it as \"CSV UTF-8\" and import it again.");
        return result;
    }
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    report(progress, DecodedAt);
    if (cancelled(progress))
        return stop();

    QVector<QStringList> records;
    QVector<int> lines;
    QString parseError;
    if (!parseCsv(text, &records, &lines, &parseError, progress, ParsedAt)) {
        if (cancelled(progress))
            return stop();
        result.error = parseError;
        return result;
    }
    text.clear(); // half of what a 64 MiB file takes in memory
    if (records.isEmpty()) {
        result.error = tr("The file is empty.");
        return result;
    }
    QHash<QString, int> column;
    const QStringList header = records.first();
    for (int i = 0; i < header.size(); ++i)
        column.insert(header.at(i).trimmed().toLower(), i);
    QStringList missing;
    for (const char* name : {"name", "phone", "message", "assigned_sdr_id"}) {
        if (!column.contains(QLatin1String(name)))
            missing << QLatin1String(name);
    }
    if (!missing.isEmpty()) {
        result.error =
            tr("The header must name the columns name, phone, message and assigned_sdr_id; missing: %1.")
                .arg(missing.join(QStringLiteral(", ")));
        return result;
    }
    const int idColumn = column.value(QStringLiteral("id"), -1);
    const int nameColumn = column.value(QStringLiteral("name"));
    const int phoneColumn = column.value(QStringLiteral("phone"));
    const int messageColumn = column.value(QStringLiteral("message"));
    const int sdrColumn = column.value(QStringLiteral("assigned_sdr_id"));

    result.leads.reserve(records.size() - 1);
    for (int r = 1; r < records.size(); ++r) {
        if (progress && (r & 0x3ff) == 0) {
            if (cancelled(progress))
                return stop();
            report(progress, ParsedAt + int(qint64(CheckedAt - ParsedAt) * r / records.size()));
        }
        const QStringList& record = records.at(r);
        const int line = lines.at(r);
        ++result.rows;
        auto rowError = [&](const QString& message) {
            result.rowErrors.append({line, message});
        };
        if (record.size() != header.size()) {
            rowError(tr("%1 fields, the header has %2.").arg(record.size()).arg(header.size()));
            continue;
        }
        const QString name = record.at(nameColumn).trimmed();
        const QString rawPhone = record.at(phoneColumn);
        const QString message = record.at(messageColumn);
        const QString sdrId = record.at(sdrColumn).trimmed();
        Phone::Error phoneError = Phone::Error::None;
        const auto phone = Phone::normalize(rawPhone, &phoneError);
        if (sdrId.isEmpty()) {
            rowError(tr("assigned_sdr_id is empty."));
            continue;
        }
        if (knownSdrs && !knownSdrs->contains(sdrId)) {
            rowError(tr("There is no SDR \"%1\". Add the SDR first.").arg(sdrId));
            continue;
        }
        if (!phone) {
            rowError(tr("Phone \"%1\": %2").arg(rawPhone.left(40), Phone::reasonText(phoneError)));
            continue;
        }
        if (message.trimmed().isEmpty()) {
            rowError(tr("The message is empty."));
            continue;
        }
        if (LeadParser::messageLength(message) > LeadParser::MaxMessageLength) {
            rowError(tr("The message is longer than %1 characters.").arg(LeadParser::MaxMessageLength));
            continue;
        }
        QString id = idColumn >= 0 ? record.at(idColumn).trimmed() : QString();
        // An id the queue could not use would be refused at every poll without ever being reported,
        // taking a place in the queue for good: refuse it here, where a person sees why.
        if (!id.isEmpty() && !LeadParser::isUsableId(id)) {
            rowError(tr("The id \"%1\" is not usable: at most %2 characters, no spaces or control "
                        "characters.")
                         .arg(id.left(40))
                         .arg(LeadParser::MaxIdLength));
            continue;
        }
        if (id.isEmpty())
            id = leadIdFor(sdrId, *phone, message);
        result.leads.append({id, sdrId, name.isNull() ? QStringLiteral("") : name, *phone, message, r});
    }
    report(progress, CheckedAt);
    result.ok = true;
    return result;
}

bool CsvLeadImporter::write(const CsvImportPlan& plan, qsizetype from, qsizetype count,
                            CsvImportResult* result, QString* error)
{
    QSqlDatabase db = m_store->database();
    if (!db.transaction()) {
        *error = tr("Cannot write to the database: %1").arg(db.lastError().text());
        return false;
    }
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO local_leads(lead_id, sdr_id, name, phone, message, imported_from, "
                       "created_at) VALUES(?, ?, ?, ?, ?, ?, ?) ON CONFLICT(lead_id) DO NOTHING"));
    int imported = 0;
    int duplicates = 0;
    const qsizetype end = qMin(plan.leads.size(), from + count);
    for (qsizetype i = from; i < end; ++i) {
        const CsvLeadRow& lead = plan.leads.at(i);
        insert.addBindValue(lead.id);
        insert.addBindValue(lead.sdrId);
        insert.addBindValue(lead.name);
        insert.addBindValue(lead.phone);
        insert.addBindValue(lead.message);
        insert.addBindValue(plan.sourceName);
        // Rows keep their file order: created_at grows by a millisecond per row.
        insert.addBindValue(Store::timestamp(plan.createdAt.addMSecs(lead.order)));
        if (!insert.exec()) {
            *error = tr("Cannot write to the database: %1").arg(insert.lastError().text());
            db.rollback();
            return false;
        }
        if (insert.numRowsAffected() == 1)
            ++imported;
        else
            ++duplicates;
    }
    if (!db.commit()) {
        *error = tr("Cannot write to the database: %1").arg(db.lastError().text());
        db.rollback();
        return false;
    }
    result->imported += imported;
    result->duplicates += duplicates;
    return true;
}
