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
        // 4 -> 5: what the UI thread reads often costs it no full scan of a 100 000-row outbox, a
        // 200 000-row activity log or 200 000 imported leads (issue 13).
        // outbox(state, updated_at): waiting, uncertain and held leads, today's failures by state;
        // outbox(sent_at, sdr_id): today's sends per SDR and per hour, from the index alone;
        // outbox(updated_at): today's latest send errors; outbox(sdr_id, sent_at, lead_id): an SDR's
        // sends over a window (the unanswered budget each dispatcher checks), from the index alone.
        // activity(sdr_id, id), activity(kind, id): a page of the activity view with either filter.
        // lead_followup(sent_at, sdr_id), lead_followup(replied_at, sdr_id): per-SDR counts of sends
        // and replies over a time range.
        // local_waiting: per SDR, the imported leads the router has not taken into the outbox yet,
        // kept by triggers in the same transaction as every write that changes it (a lead imported,
        // taken, its outbox row or its local row deleted), so the dashboard reads 20 rows instead of
        // probing the outbox once per imported lead.
        {
            QStringLiteral("CREATE INDEX outbox_state_updated ON outbox(state, updated_at)"),
            QStringLiteral("CREATE INDEX outbox_sent_sdr ON outbox(sent_at, sdr_id)"),
            QStringLiteral("CREATE INDEX outbox_updated ON outbox(updated_at)"),
            QStringLiteral("CREATE INDEX outbox_sdr_sent ON outbox(sdr_id, sent_at, lead_id)"),
            QStringLiteral("CREATE INDEX activity_sdr_id ON activity(sdr_id, id)"),
            QStringLiteral("CREATE INDEX activity_kind_id ON activity(kind, id)"),
            QStringLiteral("CREATE INDEX lead_followup_sent ON lead_followup(sent_at, sdr_id)"),
            QStringLiteral("CREATE INDEX lead_followup_replied ON lead_followup(replied_at, sdr_id)"),
            QStringLiteral("CREATE TABLE local_waiting ("
                           " sdr_id TEXT PRIMARY KEY,"
                           " waiting INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral(
                "INSERT INTO local_waiting(sdr_id, waiting) SELECT l.sdr_id, COUNT(*) FROM local_leads l "
                "WHERE NOT EXISTS (SELECT 1 FROM outbox o WHERE o.lead_id = l.lead_id) GROUP BY l.sdr_id"),
            QStringLiteral("CREATE TRIGGER local_waiting_imported AFTER INSERT ON local_leads "
                           "WHEN NOT EXISTS (SELECT 1 FROM outbox WHERE lead_id = NEW.lead_id) BEGIN "
                           "INSERT INTO local_waiting(sdr_id, waiting) VALUES(NEW.sdr_id, 1) "
                           "ON CONFLICT(sdr_id) DO UPDATE SET waiting = waiting + 1; END"),
            QStringLiteral("CREATE TRIGGER local_waiting_unimported AFTER DELETE ON local_leads "
                           "WHEN NOT EXISTS (SELECT 1 FROM outbox WHERE lead_id = OLD.lead_id) BEGIN "
                           "UPDATE local_waiting SET waiting = waiting - 1 WHERE sdr_id = OLD.sdr_id; END"),
            QStringLiteral("CREATE TRIGGER local_waiting_taken AFTER INSERT ON outbox BEGIN "
                           "UPDATE local_waiting SET waiting = waiting - 1 WHERE sdr_id = "
                           "(SELECT sdr_id FROM local_leads WHERE lead_id = NEW.lead_id); END"),
            QStringLiteral("CREATE TRIGGER local_waiting_untaken AFTER DELETE ON outbox BEGIN "
                           "UPDATE local_waiting SET waiting = waiting + 1 WHERE sdr_id = "
                           "(SELECT sdr_id FROM local_leads WHERE lead_id = OLD.lead_id); END"),
        },
        // 5 -> 6: lead_followup(lead_id, replied_at): counting an SDR's unanswered sends (its budget)
        // looks up each send's reply in the index alone instead of in the table too; a third of the
        // time on a 100 000-row outbox (issue 13).
        {
            QStringLiteral("CREATE INDEX lead_followup_lead_replied ON lead_followup(lead_id, replied_at)"),
        },
    };
    return steps;
}
