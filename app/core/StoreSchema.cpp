#include "StoreSchema.h"

const QVector<QStringList>& StoreSchema::migrations()
{
    static const QVector<QStringList> steps{
        // 0 -> 1: SDRs, connection status, outbox, local queue, activity log, global settings.
        {
            QStringLiteral("CREATE TABLE sdrs ("
                           " id TEXT PRIMARY KEY,"
                           " name TEXT NOT NULL DEFAULT '',"
                           " active INTEGER NOT NULL DEFAULT 1,"
                           " expected_phone TEXT,"
                           " settings TEXT NOT NULL DEFAULT '{}',"  // per-SDR overrides (JSON object)
                           " source TEXT NOT NULL DEFAULT 'local'," // 'crm' | 'local'
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE connection_status ("
                           " sdr_id TEXT PRIMARY KEY REFERENCES sdrs(id) ON DELETE CASCADE,"
                           " whatsapp_connected INTEGER NOT NULL DEFAULT 0,"
                           " whatsapp_session_id TEXT,"
                           " whatsapp_phone TEXT,"
                           " whatsapp_connected_at TEXT,"
                           " state TEXT NOT NULL DEFAULT 'loading',"
                           " last_error TEXT,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE outbox ("
                           " lead_id TEXT PRIMARY KEY,"
                           " sdr_id TEXT NOT NULL,"
                           " name TEXT NOT NULL DEFAULT '',"
                           " phone TEXT NOT NULL DEFAULT '',"
                           " message TEXT NOT NULL DEFAULT '',"
                           " source TEXT NOT NULL DEFAULT 'crm',"
                           " state TEXT NOT NULL,"
                           " attempt_id TEXT,"
                           " attempts INTEGER NOT NULL DEFAULT 0,"
                           " error TEXT,"
                           " detail TEXT,"
                           " lead_created_at TEXT,"
                           " created_at TEXT NOT NULL,"
                           " updated_at TEXT NOT NULL,"
                           " sent_at TEXT,"
                           " reported_at TEXT)"),
            QStringLiteral("CREATE INDEX outbox_sdr_state ON outbox(sdr_id, state)"),
            QStringLiteral("CREATE TABLE local_leads ("
                           " lead_id TEXT PRIMARY KEY,"
                           " sdr_id TEXT NOT NULL,"
                           " name TEXT NOT NULL DEFAULT '',"
                           " phone TEXT NOT NULL,"
                           " message TEXT NOT NULL,"
                           " imported_from TEXT,"
                           " created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX local_leads_sdr ON local_leads(sdr_id, created_at)"),
            QStringLiteral("CREATE TABLE activity ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " at TEXT NOT NULL,"
                           " sdr_id TEXT,"
                           " kind TEXT NOT NULL,"
                           " message TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX activity_sdr_at ON activity(sdr_id, at)"),
            QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        },
        // 1 -> 2: report retry bookkeeping for results and connection status (contract §3, §4).
        {
            QStringLiteral("ALTER TABLE outbox ADD COLUMN report_attempts INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE outbox ADD COLUMN next_report_at TEXT"),
            QStringLiteral(
                "ALTER TABLE connection_status ADD COLUMN report_pending INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE connection_status ADD COLUMN reported_at TEXT"),
        },
        // 2 -> 3: a lead that cannot be sent yet for reasons of its own waits (not_before) without
        // blocking the leads behind it, and fails after a few tries (deferrals); when the current
        // attempt started (a message found in the chat must be no older); a person's resend of an
        // uncertain lead, verified in the chat first (resend_approved).
        {
            QStringLiteral("ALTER TABLE outbox ADD COLUMN deferrals INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE outbox ADD COLUMN not_before TEXT"),
            QStringLiteral("ALTER TABLE outbox ADD COLUMN attempt_started_at TEXT"),
            QStringLiteral("ALTER TABLE outbox ADD COLUMN resend_approved INTEGER NOT NULL DEFAULT 0"),
        },
        // 3 -> 4: what happened after the send (contract §6) and the protections built on it.
        // lead_followup: per sent lead, the first time each event was seen (a row appears with the
        // first observation; the outbox row is the source of the send's fields). lead_events: the
        // events owed to the CRM, written in the same transaction as the observation so a kill
        // between the two loses nothing; UNIQUE makes each (lead, event) once. suppression: the
        // team-wide do-not-contact list. outbox.hold_approved: a person said "send anyway" to a
        // lead held because another SDR contacted its phone recently.
        {
            QStringLiteral("CREATE TABLE lead_followup ("
                           " lead_id TEXT PRIMARY KEY,"
                           " sdr_id TEXT NOT NULL,"
                           " phone TEXT NOT NULL,"
                           " attempt_id TEXT,"
                           " sent_at TEXT NOT NULL,"
                           " delivered_at TEXT,"
                           " read_at TEXT,"
                           " replied_at TEXT,"
                           " reply_text TEXT,"
                           " opted_out INTEGER NOT NULL DEFAULT 0,"
                           " opted_out_at TEXT,"
                           " updated_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX lead_followup_sdr_phone ON lead_followup(sdr_id, phone)"),
            QStringLiteral("CREATE TABLE lead_events ("
                           " id INTEGER PRIMARY KEY AUTOINCREMENT,"
                           " lead_id TEXT NOT NULL,"
                           " sdr_id TEXT NOT NULL,"
                           " attempt_id TEXT,"
                           " event TEXT NOT NULL," // delivered | read | replied | opted_out
                           " at TEXT NOT NULL,"
                           " text TEXT,"
                           " state TEXT NOT NULL DEFAULT 'pending'," // pending | reported | dropped
                           " created_at TEXT NOT NULL,"
                           " report_attempts INTEGER NOT NULL DEFAULT 0,"
                           " next_report_at TEXT,"
                           " reported_at TEXT,"
                           " detail TEXT,"
                           " UNIQUE(lead_id, event))"),
            QStringLiteral("CREATE INDEX lead_events_state ON lead_events(state, id)"),
            QStringLiteral("CREATE TABLE suppression ("
                           " phone TEXT PRIMARY KEY,"
                           " reason TEXT NOT NULL DEFAULT '',"
                           " source TEXT NOT NULL," // opt_out | manual | csv
                           " lead_id TEXT,"
                           " sdr_id TEXT,"
                           " added_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX outbox_phone_sent ON outbox(phone, sent_at)"),
            QStringLiteral("ALTER TABLE outbox ADD COLUMN hold_approved INTEGER NOT NULL DEFAULT 0"),
        },
    };
    return steps;
}
