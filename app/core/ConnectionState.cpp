#include "ConnectionState.h"

#include <array>
#include <utility>

namespace {
constexpr std::array<std::pair<ConnectionState, const char*>, 13> kNames{{
    {ConnectionState::Loading, "loading"},
    {ConnectionState::QrRequired, "qr_required"},
    {ConnectionState::Syncing, "syncing"},
    {ConnectionState::Connected, "connected"},
    {ConnectionState::PhoneOffline, "phone_offline"},
    {ConnectionState::Conflict, "conflict"},
    {ConnectionState::LoggedOut, "logged_out"},
    {ConnectionState::Unreachable, "unreachable"},
    {ConnectionState::WrongNumber, "wrong_number"},
    {ConnectionState::Hibernated, "hibernated"},
    {ConnectionState::BrowserUnsupported, "browser_unsupported"},
    {ConnectionState::Restricted, "restricted"},
    {ConnectionState::Error, "error"},
}};
} // namespace

QString connectionStateName(ConnectionState state)
{
    for (const auto& [value, name] : kNames) {
        if (value == state)
            return QString::fromLatin1(name);
    }
    return QStringLiteral("error");
}

ConnectionState connectionStateFromName(const QString& name, bool* ok)
{
    for (const auto& [value, wire] : kNames) {
        if (name == QLatin1String(wire)) {
            if (ok)
                *ok = true;
            return value;
        }
    }
    if (ok)
        *ok = false;
    return ConnectionState::Error;
}

bool isLinkedState(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Connected:
    case ConnectionState::Syncing:
    case ConnectionState::PhoneOffline:
    case ConnectionState::Conflict:
    case ConnectionState::WrongNumber:
        return true;
    default:
        return false;
    }
}

bool needsPersonWithDetail(ConnectionState state)
{
    return state == ConnectionState::BrowserUnsupported || state == ConnectionState::Restricted;
}
