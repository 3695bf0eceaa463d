#include "OutboxEntry.h"

#include <array>

namespace {
struct StateName
{
    OutboxState state;
    const char* name;
};
constexpr std::array<StateName, 8> kNames{{
    {OutboxState::Queued, "queued"},
    {OutboxState::Sending, "sending"},
    {OutboxState::Sent, "sent"},
    {OutboxState::Failed, "failed"},
    {OutboxState::Uncertain, "uncertain"},
    {OutboxState::Reported, "reported"},
    {OutboxState::Cancelled, "cancelled"},
    {OutboxState::Held, "held"},
}};
} // namespace

QString outboxStateName(OutboxState state)
{
    for (const auto& entry : kNames) {
        if (entry.state == state)
            return QLatin1String(entry.name);
    }
    return QStringLiteral("queued");
}

OutboxState outboxStateFromName(const QString& name, bool* ok)
{
    for (const auto& entry : kNames) {
        if (name == QLatin1String(entry.name)) {
            if (ok)
                *ok = true;
            return entry.state;
        }
    }
    if (ok)
        *ok = false;
    return OutboxState::Failed;
}
