#include "UserPreferences.h"

#include <QSettings>

namespace {
const QString kReplyNotifications = QStringLiteral("notifications/lead_replied");
}

UserPreferences::UserPreferences(const QString& filePath, QObject* parent)
    : QObject(parent)
    , m_settings(filePath.isEmpty()
                     ? std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope,
                                                   QStringLiteral("sdr-sender"), QStringLiteral("sdr-sender"))
                     : std::make_unique<QSettings>(filePath, QSettings::IniFormat))
{
}

UserPreferences::~UserPreferences() = default;

bool UserPreferences::replyNotifications() const
{
    return m_settings->value(kReplyNotifications, false).toBool();
}

void UserPreferences::setReplyNotifications(bool enabled)
{
    if (enabled == replyNotifications())
        return;
    m_settings->setValue(kReplyNotifications, enabled);
    m_settings->sync();
    emit replyNotificationsChanged(enabled);
}
