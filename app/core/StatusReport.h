#pragma once

#include "ConnectionState.h"
#include "FollowUpStats.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QVector>

class QSqlDatabase;
class QTextStream;

// One SDR's line in `sdr-sender --status`.
struct SdrStatusRow
{
    QString id;
    QString name;
    bool active = true;
    QString expectedPhone;
    bool hasStatus = false; // false: no session has reported a state yet
    ConnectionState state = ConnectionState::Loading;
    bool whatsappConnected = false;
    QString whatsappPhone;
    QString whatsappSessionId;
    QDateTime whatsappConnectedAt;
    QString lastError;
    int queueDepth = 0;
    int uncertain = 0;
    int sentToday = 0;
    int failedToday = 0;
    // After the send (FollowUpStats; zero for a database from before schema 4).
    FollowUpFigures followUps;
};

// `--status`: reads the store of a data directory read-only (it works next to a running app,
// which holds the instance lock, and never creates or migrates anything) and prints every SDR's
// connection and today's queue figures as an aligned table or as JSON ({"sdrs": [...]}, with the
// CRM contract's field names).
class StatusReport
{
    Q_DECLARE_TR_FUNCTIONS(StatusReport)

public:
    // Loads the report; false with errorString() when the database is damaged, from a newer
    // version, or cannot be read. A missing data directory or database is an empty report.
    bool load(const QString& dataDirectory, const QDateTime& now = QDateTime::currentDateTimeUtc());

    const QVector<SdrStatusRow>& rows() const { return m_rows; }
    QString errorString() const { return m_errorString; }

    QString toTable() const;       // "No SDRs yet." when empty
    QJsonObject toJson() const;    // {"sdrs": [...]}
    QByteArray toJsonText() const; // indented, with a final newline

    // The whole --status path: prints to out (or the error to err) and gives the exit code
    // (0, or 1 when the store cannot be read).
    static int run(const QString& dataDirectory, bool json, QTextStream& out, QTextStream& err,
                   const QDateTime& now = QDateTime::currentDateTimeUtc());

private:
    bool read(const QSqlDatabase& db, const QString& path, const QDateTime& now);

    QVector<SdrStatusRow> m_rows;
    QString m_errorString;
};
