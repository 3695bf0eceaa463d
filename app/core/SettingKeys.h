#pragma once

#include <QLatin1String>
#include <QVariant>
#include <QVector>

// Every setting the app knows: its key, the environment variable that can set it, its type, its
// built-in default and its range. Settings resolves them; nothing else reads the environment
// for these values.
struct SettingSpec
{
    enum class Type
    {
        String,
        Int,
        Bool,
        Url,
        TimeOfDay
    };

    const char* key;
    const char* envVar; // nullptr when the environment cannot set it
    Type type;
    QVariant defaultValue;
    int minimum = 0;     // for Int
    int maximum = 0;     // for Int
    bool perSdr = false; // may be overridden per SDR
};

namespace SettingKeys {
inline constexpr QLatin1String ServerUrl{"server_url"};
inline constexpr QLatin1String WhatsAppUrl{"whatsapp_url"};
inline constexpr QLatin1String Language{"language"};
inline constexpr QLatin1String PollIntervalSecs{"poll_interval_s"};
inline constexpr QLatin1String QueueLimit{"queue_limit"};
inline constexpr QLatin1String SendGapMinSecs{"send_gap_min_s"};
inline constexpr QLatin1String SendGapMaxSecs{"send_gap_max_s"};
inline constexpr QLatin1String HourlyCap{"hourly_cap"};
inline constexpr QLatin1String DailyCap{"daily_cap"};
inline constexpr QLatin1String WorkingHoursStart{"working_hours_start"}; // "HH:mm" local, empty = always
inline constexpr QLatin1String WorkingHoursEnd{"working_hours_end"};
inline constexpr QLatin1String WarmupDays{"warmup_days"};
inline constexpr QLatin1String WarmupDailyStart{"warmup_daily_start"};
inline constexpr QLatin1String SendTimeoutSecs{"send_timeout_s"};
inline constexpr QLatin1String HibernateIdleSecs{"hibernate_idle_s"};
inline constexpr QLatin1String DiscardAfterSecs{"discard_after_s"};
inline constexpr QLatin1String MaxAwakeSessions{"max_awake_sessions"};
inline constexpr QLatin1String BrowserRefusedRetrySecs{"browser_refused_retry_s"};
inline constexpr QLatin1String KeepAliveWakeSecs{"keepalive_wake_s"};
// Issue 13: an idle session gets a fresh renderer when its page grew past this (MB, 0 = never) or
// has been awake longer than this (hours, 0 = never).
inline constexpr QLatin1String SessionReloadMemoryMb{"session_reload_memory_mb"};
inline constexpr QLatin1String SessionMaxAwakeHours{"session_max_awake_h"};
// Issue 12: how long a sent lead's chat is watched; the recently-contacted hold; the budget of
// unanswered messages per SDR over the last 30 days.
inline constexpr QLatin1String FollowUpWatchDays{"followup_watch_days"};
inline constexpr QLatin1String RecentContactDays{"recent_contact_days"};
inline constexpr QLatin1String UnansweredBudget{"unanswered_budget"};
inline constexpr QLatin1String FollowUpAwakeSecs{"follow_up_awake_s"};
inline constexpr QLatin1String FollowUpWakeSecs{"follow_up_wake_s"};
inline constexpr QLatin1String FollowUpChatOpens{"follow_up_chat_opens"};
// Finished outbox rows and activity entries older than this are deleted; message texts of finished
// rows are blanked after MessageRetentionDays. 0 keeps them for good (DataRetention).
inline constexpr QLatin1String RetentionDays{"retention_days"};
inline constexpr QLatin1String MessageRetentionDays{"message_retention_days"};

const QVector<SettingSpec>& all();
const SettingSpec* find(const QString& key);
} // namespace SettingKeys
