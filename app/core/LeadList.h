#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QVector>
#include <optional>

class QIODevice;
class QSqlDatabase;

// One lead as the Leads view shows it: its outbox row and what happened after the send.
struct LeadListRow
{
    QString leadId;
    QString sdrId;
    QString sdrName;
    QString leadName;
    QString phone;
    QString state; // one of LeadList::states()
    QDateTime sentAt;
    QDateTime lastEventAt;
    QString replyText; // plain text from the lead; never interpreted

    bool operator==(const LeadListRow& other) const
    {
        return leadId == other.leadId && sdrId == other.sdrId && sdrName == other.sdrName &&
               leadName == other.leadName && phone == other.phone && state == other.state &&
               sentAt == other.sentAt && lastEventAt == other.lastEventAt && replyText == other.replyText;
    }
};

// The recent leads with their follow-up state, read with one query that filters, orders and limits
// in SQL (the outbox may hold 100 000 rows; the view gets at most `limit`). A lead's state is the
// furthest it got: queued, sending, held, uncertain, failed; once sent: sent, delivered, read,
// replied, opted out. Recent: sent within the watch window (the leads whose chats are watched),
// or finished unsent within it; leads still waiting for a send or a person are always listed. Cancelled leads
// (never sent, no longer assigned) are not.
class LeadList
{
public:
    struct Filter
    {
        QDateTime since;  // the watch window's start (UTC)
        QString sdrId;    // empty: every SDR
        QString state;    // empty: every state; else one of states()
        QString search;   // empty: none; else part of the name, phone or reply text
        QString leadId;   // empty: any; else only this lead, whatever its age
        int limit = 2000; // newest first
    };

    // The state names, in the order a lead moves through them.
    static QStringList states();

    // On a database error the result is empty and `error` (when given) says why.
    static QVector<LeadListRow> query(const QSqlDatabase& db, const Filter& filter, QString* error = nullptr);

    // One lead by id, whatever its age or state (nullopt when unknown or on an error).
    static std::optional<LeadListRow> find(const QSqlDatabase& db, const QString& leadId);

    // Writes a table as CSV through CsvWriter (byte order mark, formula guard on): the header line,
    // then the rows. Touches no database or widget, so it may run on a worker thread.
    static bool writeCsv(QIODevice* device, const QStringList& header, const QVector<QStringList>& rows,
                         QString* error = nullptr);
};
