#pragma once

#include <QObject>
#include <memory>

class QSettings;

// Choices that belong to the person at this computer, not to the team: they live in the OS user's
// QSettings (e.g. ~/.config/sdr-sender/sdr-sender.conf), not in the shared store, so a second
// lead on the same data directory keeps their own. Today: whether a lead's reply shows a desktop
// notification (off by default: replies can be many, and not everyone wants them).
class UserPreferences : public QObject
{
    Q_OBJECT
public:
    // filePath empty: the OS user's native settings for "sdr-sender"; else an INI file (tests).
    explicit UserPreferences(const QString& filePath = {}, QObject* parent = nullptr);
    ~UserPreferences() override;

    bool replyNotifications() const;

public slots:
    void setReplyNotifications(bool enabled);

signals:
    void replyNotificationsChanged(bool enabled);

private:
    std::unique_ptr<QSettings> m_settings;
};
