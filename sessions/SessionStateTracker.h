#pragma once

#include "ConnectionState.h"
#include "PageSnapshot.h"

#include <QObject>
#include <QString>

class SessionRestriction;

// One session's connection state as the core and a person see it: the state, the linked number,
// the last failure of the session itself and the QR on screen, made from what the page's observer
// reports and from what happened to the page. A pause after a WhatsApp warning (SessionRestriction)
// wins over whatever the page shows. It knows no page: the session hands it the facts (a snapshot,
// a job under way, a crash), so every rule can be tried with snapshots alone.
class SessionStateTracker : public QObject
{
    Q_OBJECT
public:
    SessionStateTracker(const QString& sdrId, SessionRestriction* restriction, QObject* parent = nullptr);

    ConnectionState state() const { return m_state; }
    // Digits of the linked number, empty when unknown.
    QString linkedPhone() const { return m_linkedPhone; }
    // While paused: the warning's text; otherwise the last failure of the session itself.
    QString lastError() const;
    QString qrRef() const { return m_qrRef; }
    bool isRestricted() const;
    // Connected, and linked to the expected number when one is set.
    bool isReadyToSend() const;
    // The number the SDR should be linked to (digits or +digits; empty: any). Takes effect with the
    // next snapshot.
    void setExpectedPhone(const QString& phone) { m_expectedPhone = phone; }

    // What the page's observer reported (not its refusal page: see browserRefused). jobRunning: a
    // page job runs, so a deep link's reload of WhatsApp Web is no state change. sendNotPressed: a
    // send job has not pressed Send yet. Returns whether that send must stop because a dialog the
    // app does not know is open over the chat (sending is paused then).
    bool applySnapshot(const PageSnapshot& snapshot, bool jobRunning, bool sendNotPressed);
    // WhatsApp Web still shows "use Chrome" after the cure: refused (with the engine's version in
    // lastError) until the page shows something other than its loading screen.
    void browserRefused(const QString& chromiumVersion, int retrySecs);
    // Pauses sending with the dialog's text (see SessionRestriction::restrict).
    void restrict(const QString& text);
    // A person resumes: the state is detected afresh (Loading). False when nothing was paused.
    bool resume();

    // What happened to the page.
    void setState(ConnectionState state);
    void setLastError(const QString& error);
    void fail(ConnectionState state, const QString& error);
    // The page froze: hibernated, unless a person must still see why this SDR does not send.
    void hibernated();
    // The page and its profile are gone (disconnect): logged out, no number, no QR.
    void pageReleased();

signals:
    void stateChanged(ConnectionState state);
    // linkedPhone() or lastError() changed.
    void detailsChanged();
    void qrRefChanged(const QString& ref);

private:
    void setLinkedPhone(const QString& digits);
    void setQrRef(const QString& ref);

    QString m_sdrId;
    SessionRestriction* m_restriction;
    QString m_expectedPhone;
    ConnectionState m_state = ConnectionState::Loading;
    QString m_linkedPhone;
    QString m_lastError;
    QString m_qrRef;
};
