#pragma once

#include "ConnectionState.h"

#include <QPointer>
#include <QWebEnginePage> // QPointer needs the complete type
#include <QWidget>

class QFrame;
class QLabel;
class QPushButton;
class QStackedWidget;
class QWebEngineView;

// One SDR's WhatsApp Web session on screen: a header (name, number, state), a banner saying what the
// state means and what to do ("Use here" when WhatsApp is open elsewhere), Connect / Disconnect /
// Remove, and the page itself in a QWebEngineView. It knows nothing of the session object: the
// owner pushes the page and the state in through slots and acts on the request signals.
class SessionView : public QWidget
{
    Q_OBJECT
public:
    explicit SessionView(QWidget* parent = nullptr);

    QString sdrId() const { return m_sdrId; }
    ConnectionState state() const { return m_state; }
    QWebEnginePage* page() const { return m_page; }
    // Created on the first page only, so a window without sessions never starts Chromium.
    QWebEngineView* webView() const { return m_view; }

public slots:
    void setSdr(const QString& sdrId, const QString& name);
    void setState(ConnectionState state);
    void setPhone(const QString& phone);
    void setLastError(const QString& error);
    // The SDR's page, or nullptr when its session is hibernated or not created yet.
    void setPage(QWebEnginePage* page);
    void clear();

signals:
    void connectRequested(const QString& sdrId);
    void disconnectRequested(const QString& sdrId);
    void removeRequested(const QString& sdrId);
    void useHereRequested(const QString& sdrId);
    // The person read WhatsApp's warning and resumes sending for this SDR.
    void resumeRequested(const QString& sdrId);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateState();

    QString m_sdrId;
    QString m_name;
    QString m_phone;
    QString m_lastError;
    ConnectionState m_state = ConnectionState::Loading;
    QPointer<QWebEnginePage> m_page;

    QLabel* m_nameLabel;
    QLabel* m_phoneLabel;
    QLabel* m_stateLabel;
    QFrame* m_banner;
    QLabel* m_bannerText;
    QLabel* m_errorLabel;
    QPushButton* m_useHereButton;
    QPushButton* m_resumeButton;
    QPushButton* m_connectButton;
    QPushButton* m_disconnectButton;
    QPushButton* m_removeButton;
    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    QWebEngineView* m_view = nullptr;
};
