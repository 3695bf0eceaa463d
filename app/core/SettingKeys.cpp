#include "SettingKeys.h"

namespace SettingKeys {

const QVector<SettingSpec>& all()
{
    using T = SettingSpec::Type;
    static const QVector<SettingSpec> specs{
        {"server_url", "SDR_SENDER_SERVER", T::Url, QString(), 0, 0, false},
        {"whatsapp_url", "SDR_SENDER_WHATSAPP_URL", T::Url, QStringLiteral("https://web.whatsapp.com/"), 0, 0,
         false},
        {"language", "SDR_SENDER_LANGUAGE", T::String, QString(), 0, 0, false},
        {"poll_interval_s", "SDR_SENDER_POLL_INTERVAL", T::Int, 15, 1, 3600, true},
        {"queue_limit", "SDR_SENDER_QUEUE_LIMIT", T::Int, 20, 1, 500, true},
        {"send_gap_min_s", "SDR_SENDER_GAP_MIN", T::Int, 30, 0, 86400, true},
        {"send_gap_max_s", "SDR_SENDER_GAP_MAX", T::Int, 60, 0, 86400, true},
        {"hourly_cap", "SDR_SENDER_HOURLY_CAP", T::Int, 30, 0, 100000, true},
        {"daily_cap", "SDR_SENDER_DAILY_CAP", T::Int, 200, 0, 1000000, true},
        {"working_hours_start", "SDR_SENDER_WORK_START", T::TimeOfDay, QString(), 0, 0, true},
        {"working_hours_end", "SDR_SENDER_WORK_END", T::TimeOfDay, QString(), 0, 0, true},
        {"warmup_days", "SDR_SENDER_WARMUP_DAYS", T::Int, 7, 0, 365, true},
        {"warmup_daily_start", "SDR_SENDER_WARMUP_DAILY_START", T::Int, 20, 1, 1000000, true},
        {"send_timeout_s", "SDR_SENDER_SEND_TIMEOUT", T::Int, 60, 5, 3600, true},
        {"hibernate_idle_s", "SDR_SENDER_HIBERNATE_IDLE", T::Int, 300, 1, 86400, false},
        {"discard_after_s", "SDR_SENDER_DISCARD_AFTER", T::Int, 600, 0, 86400, false},
        {"max_awake_sessions", "SDR_SENDER_MAX_AWAKE", T::Int, 4, 1, 1000, false},
        // WhatsApp unlinks a device that has not connected for about 30 days: wake a sleeping,
        // linked session this often so WhatsApp sees it (0: never).
        {"keepalive_wake_s", "SDR_SENDER_KEEPALIVE_WAKE", T::Int, 5 * 86400, 0, 30 * 86400, false},
        // WhatsApp Web's page grows for days (users of comparable tools see gigabytes): a fresh
        // renderer for an idle session past either limit. Real WhatsApp Web holds about 150 MB of
        // live objects after loading, so 1 GB is clearly grown, not just big.
        {"session_reload_memory_mb", "SDR_SENDER_SESSION_RELOAD_MEMORY", T::Int, 1024, 0, 65536, false},
        {"session_max_awake_h", "SDR_SENDER_SESSION_MAX_AWAKE_HOURS", T::Int, 24, 0, 24 * 365, false},
        // WhatsApp Web refused the engine: look again this rarely (not a reload loop).
        {"browser_refused_retry_s", "SDR_SENDER_BROWSER_REFUSED_RETRY", T::Int, 6 * 3600, 1, 7 * 86400,
         false},
        {"followup_watch_days", "SDR_SENDER_FOLLOWUP_DAYS", T::Int, 14, 1, 90, false},
        // 0: no hold.
        {"recent_contact_days", "SDR_SENDER_RECENT_CONTACT_DAYS", T::Int, 7, 0, 90, false},
        // Conservative: WhatsApp caps messages to people who have not replied (late 2025) and bans
        // after a handful of spam reports; a new SDR should meet this pause long before either.
        {"unanswered_budget", "SDR_SENDER_UNANSWERED_BUDGET", T::Int, 150, 1, 100000, true},
        // Follow-up of sent leads (delivered, read, replied): an awake session's chat list is read
        // this often; a sleeping one is woken for it this often, within working hours (0: never);
        // at most this many chats are opened per look.
        {"follow_up_awake_s", "SDR_SENDER_FOLLOW_UP_AWAKE", T::Int, 300, 10, 86400, true},
        {"follow_up_wake_s", "SDR_SENDER_FOLLOW_UP_WAKE", T::Int, 1800, 0, 7 * 86400, true},
        {"follow_up_chat_opens", "SDR_SENDER_FOLLOW_UP_CHAT_OPENS", T::Int, 3, 0, 50, true},
        // Bounded data: the store keeps what pending work needs for good, the rest this long.
        {"retention_days", "SDR_SENDER_RETENTION_DAYS", T::Int, 90, 0, 3650, false},
        {"message_retention_days", "SDR_SENDER_MESSAGE_RETENTION_DAYS", T::Int, 30, 0, 3650, false},
    };
    return specs;
}

const SettingSpec* find(const QString& key)
{
    for (const SettingSpec& spec : all()) {
        if (key == QLatin1String(spec.key))
            return &spec;
    }
    return nullptr;
}

} // namespace SettingKeys
