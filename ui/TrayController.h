#pragma once

#include "Notifier.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QSystemTrayIcon;
class QWidget;

// The tray icon (menu: Show, Quit) and the desktop notifications Notifier asks for. Where the
// desktop has no tray (or the offscreen platform), notifications are logged and kept as the last
// message so nothing is lost silently.
class TrayController : public QObject
{
    Q_OBJECT
public:
    explicit TrayController(QWidget* window, QObject* parent = nullptr);
    ~TrayController() override;

    bool isAvailable() const;
    QSystemTrayIcon* trayIcon() const { return m_tray; }
    QString lastTitle() const { return m_lastTitle; }
    QString lastMessage() const { return m_lastMessage; }
    // The body as handed to the desktop (escaped where the desktop reads markup).
    QString lastBody() const { return m_lastBody; }
    int shownCount() const { return m_shownCount; }
    QString lastSdrId() const { return m_lastSdrId; }

public slots:
    void attach(Notifier* notifier);
    void showNotification(Notifier::Kind kind, const QString& sdrId, const QString& title,
                          const QString& message);
    // e.g. "8 of 10 SDRs connected"
    void setSummary(const QString& summary);
    void showWindow();

signals:
    void quitRequested();
    // The person clicked the last notification: show that SDR.
    void sdrRequested(const QString& sdrId);

private:
    void retranslate();
    bool eventFilter(QObject* watched, QEvent* event) override;

    QPointer<QWidget> m_window;
    QSystemTrayIcon* m_tray = nullptr;
    QMenu* m_menu = nullptr;
    QAction* m_showAction = nullptr;
    QAction* m_quitAction = nullptr;
    QString m_summary;
    QString m_lastTitle;
    QString m_lastMessage;
    QString m_lastBody;
    int m_shownCount = 0;
    QString m_lastSdrId;
};
