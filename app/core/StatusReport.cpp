#include "StatusReport.h"

#include "DataDirectory.h"
#include "FollowUpStats.h"
#include "Logging.h"
#include "OutboxStats.h"
#include "Store.h"

#include <QAtomicInt>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

namespace {
QAtomicInt s_connectionCounter;

constexpr int kMaxErrorWidth = 60;

// Text from the CRM or a web page goes to a terminal as plain text: control characters (escape
// sequences included) become spaces.
QString plainCell(const QString& text, int maxWidth = -1)
{
    QString clean;
    clean.reserve(text.size());
    for (const QChar c : text) {
        const ushort u = c.unicode();
        clean.append(u < 0x20 || (u >= 0x7f && u < 0xa0) ? QChar(u'\x20') : c);
    }
    clean = clean.simplified();
    if (maxWidth > 0 && clean.size() > maxWidth)
        clean = clean.left(maxWidth - 1) + QChar(0x2026);
    return clean.isEmpty() ? QStringLiteral("-") : clean;
}

QJsonValue nullable(const QString& text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// Contract format: ISO 8601 UTC without milliseconds.
QJsonValue jsonTime(const QDateTime& when)
{
    return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}
} // namespace

bool StatusReport::load(const QString& dataDirectory, const QDateTime& now)
{
    m_rows.clear();
    m_errorString.clear();
    const QString path = DataDirectory(dataDirectory).databasePath();
    if (!QFileInfo::exists(path))
        return true; // a new data directory: nothing to report, and nothing is created

    const QString connection =
        QStringLiteral("sdrsender-status-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        // Read-only: never migrates, never writes; WAL lets it read while the app is writing.
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open())
            m_errorString = tr("Cannot open the database %1: %2").arg(path, db.lastError().text());
        else
            ok = read(db, path, now);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!ok) {
        m_rows.clear();
        qCWarning(lcStore).noquote() << m_errorString;
    }
    return ok;
}

bool StatusReport::read(const QSqlDatabase& db, const QString& path, const QDateTime& now)
{
    QSqlQuery query(db);
    auto damaged = [&](const QString& detail) {
        m_errorString =
            tr("The database %1 is damaged or is not an SDR Sender database (%2).").arg(path, detail);
        return false;
    };
    if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next())
        return damaged(query.lastError().text());
    if (query.value(0).toString() != QLatin1String("ok"))
        return damaged(query.value(0).toString());
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return damaged(query.lastError().text());
    const int version = query.value(0).toInt();
    if (version > Store::currentSchemaVersion()) {
        m_errorString = tr("The database %1 was written by a newer version of SDR Sender (schema %2; this "
                           "version understands up to %3). Update SDR Sender.")
                            .arg(path)
                            .arg(version)
                            .arg(Store::currentSchemaVersion());
        return false;
    }
    if (version == 0)
        return true; // created but never initialised: no SDRs

    QString figuresError;
    const QHash<QString, OutboxFigures> figures = OutboxStats::perSdr(
        db, OutboxStats::localDayStart(now), OutboxStats::localDayEnd(now), &figuresError);
    if (!figuresError.isEmpty())
        return damaged(figuresError);
    // lead_followup came with schema 4; an older, not yet migrated database has no such figures.
    QHash<QString, FollowUpFigures> followUps;
    if (version >= 4) {
        followUps = FollowUpStats::perSdr(db, OutboxStats::localDayStart(now), OutboxStats::localDayEnd(now),
                                          &figuresError);
        if (!figuresError.isEmpty())
            return damaged(figuresError);
    }

    // Only columns of schema 1, so an older database that the app has not migrated yet reads too.
    if (!query.exec(QStringLiteral(
            "SELECT s.id, s.name, s.active, s.expected_phone, c.sdr_id, c.state, c.whatsapp_connected,"
            " c.whatsapp_phone, c.whatsapp_session_id, c.whatsapp_connected_at, c.last_error"
            " FROM sdrs s LEFT JOIN connection_status c ON c.sdr_id = s.id"
            " ORDER BY s.name COLLATE NOCASE, s.id")))
        return damaged(query.lastError().text());
    while (query.next()) {
        SdrStatusRow row;
        row.id = query.value(0).toString();
        row.name = query.value(1).toString();
        row.active = query.value(2).toBool();
        row.expectedPhone = query.value(3).toString();
        row.hasStatus = !query.value(4).isNull();
        if (row.hasStatus) {
            row.state = connectionStateFromName(query.value(5).toString());
            row.whatsappConnected = query.value(6).toBool();
            row.whatsappPhone = query.value(7).toString();
            row.whatsappSessionId = query.value(8).toString();
            if (!query.value(9).isNull())
                row.whatsappConnectedAt = Store::parseTimestamp(query.value(9).toString());
            row.lastError = query.value(10).toString();
        }
        const OutboxFigures f = figures.value(row.id);
        row.queueDepth = f.queued;
        row.uncertain = f.uncertain;
        row.sentToday = f.sentToday;
        row.failedToday = f.failedToday;
        row.followUps = followUps.value(row.id);
        m_rows.append(row);
    }
    return true;
}

QString StatusReport::toTable() const
{
    if (m_rows.isEmpty())
        return tr("No SDRs yet.") + QLatin1Char('\n');

    const QStringList headers{
        tr("ID"),        tr("NAME"),      tr("STATE"),      tr("NUMBER"),           tr("CONNECTED SINCE"),
        tr("QUEUE"),     tr("UNCERTAIN"), tr("SENT TODAY"), tr("REPLIED TODAY/7D"), tr("FAILED TODAY"),
        tr("LAST ERROR")};
    const QVector<bool> rightAligned{false, false, false, false, false, true, true, true, true, true, false};
    QVector<QStringList> lines{headers};
    for (const SdrStatusRow& row : m_rows) {
        QString state = row.hasStatus ? connectionStateName(row.state) : QStringLiteral("-");
        if (!row.active)
            state += tr(" (inactive)");
        lines.append({
            plainCell(row.id),
            plainCell(row.name),
            state,
            plainCell(row.whatsappPhone),
            row.whatsappConnectedAt.isValid()
                ? row.whatsappConnectedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                : QStringLiteral("-"),
            QString::number(row.queueDepth),
            QString::number(row.uncertain),
            QString::number(row.sentToday),
            QStringLiteral("%1/%2").arg(row.followUps.replied.today).arg(row.followUps.replied.week),
            QString::number(row.failedToday),
            plainCell(row.lastError, kMaxErrorWidth),
        });
    }
    QVector<int> widths(headers.size(), 0);
    for (const QStringList& line : lines) {
        for (int i = 0; i < line.size(); ++i)
            widths[i] = qMax(widths[i], int(line.at(i).size()));
    }
    QString text;
    for (const QStringList& line : lines) {
        QStringList cells;
        for (int i = 0; i < line.size(); ++i) {
            const bool last = i == line.size() - 1;
            if (rightAligned.at(i))
                cells << line.at(i).rightJustified(widths.at(i));
            else
                cells << (last ? line.at(i) : line.at(i).leftJustified(widths.at(i)));
        }
        text += cells.join(QStringLiteral("  ")) + QLatin1Char('\n');
    }
    return text;
}

QJsonObject StatusReport::toJson() const
{
    QJsonArray sdrs;
    for (const SdrStatusRow& row : m_rows) {
        sdrs.append(QJsonObject{
            {QStringLiteral("id"), row.id},
            {QStringLiteral("name"), row.name},
            {QStringLiteral("active"), row.active},
            {QStringLiteral("expected_phone"), nullable(row.expectedPhone)},
            {QStringLiteral("state"),
             row.hasStatus ? QJsonValue(connectionStateName(row.state)) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("whatsapp_connected"),
             row.whatsappConnected && !(row.hasStatus && needsPersonWithDetail(row.state))},
            {QStringLiteral("whatsapp_phone"), nullable(row.whatsappPhone)},
            {QStringLiteral("whatsapp_session_id"), nullable(row.whatsappSessionId)},
            {QStringLiteral("whatsapp_connected_at"), jsonTime(row.whatsappConnectedAt)},
            {QStringLiteral("last_error"), nullable(row.lastError)},
            {QStringLiteral("queue_depth"), row.queueDepth},
            {QStringLiteral("uncertain"), row.uncertain},
            {QStringLiteral("sent_today"), row.sentToday},
            {QStringLiteral("failed_today"), row.failedToday},
            {QStringLiteral("sent_7d"), row.followUps.sent.week},
            {QStringLiteral("delivered_today"), row.followUps.delivered.today},
            {QStringLiteral("delivered_7d"), row.followUps.delivered.week},
            {QStringLiteral("read_today"), row.followUps.read.today},
            {QStringLiteral("read_7d"), row.followUps.read.week},
            {QStringLiteral("replied_today"), row.followUps.replied.today},
            {QStringLiteral("replied_7d"), row.followUps.replied.week},
            {QStringLiteral("opted_out_today"), row.followUps.optedOut.today},
            {QStringLiteral("opted_out_7d"), row.followUps.optedOut.week},
            // Of the last 7 days' sends, the share (%) that got a reply; null when nothing was sent.
            {QStringLiteral("reply_rate_7d"), row.followUps.replyRatePercent() < 0
                                                  ? QJsonValue(QJsonValue::Null)
                                                  : QJsonValue(row.followUps.replyRatePercent())},
        });
    }
    return QJsonObject{{QStringLiteral("sdrs"), sdrs}};
}

QByteArray StatusReport::toJsonText() const
{
    return QJsonDocument(toJson()).toJson(QJsonDocument::Indented);
}

int StatusReport::run(const QString& dataDirectory, bool json, QTextStream& out, QTextStream& err,
                      const QDateTime& now)
{
    StatusReport report;
    if (!report.load(dataDirectory, now)) {
        err << report.errorString() << '\n';
        err.flush();
        return 1;
    }
    if (json)
        out << QString::fromUtf8(report.toJsonText());
    else
        out << report.toTable();
    out.flush();
    return 0;
}
