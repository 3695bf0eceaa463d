#include "SessionStateTracker.h"

#include "ConnectionTracker.h"
#include "SessionRestriction.h"
#include "SessionsLogging.h"

SessionStateTracker::SessionStateTracker(const QString& sdrId, SessionRestriction* restriction,
                                         QObject* parent)
    : QObject(parent)
    , m_sdrId(sdrId)
    , m_restriction(restriction)
{
}

QString SessionStateTracker::lastError() const
{
    return isRestricted() ? m_restriction->text() : m_lastError;
}

bool SessionStateTracker::isRestricted() const
{
    return m_restriction->isActive();
}

bool SessionStateTracker::isReadyToSend() const
{
    // "Phone not connected" is a relic of WhatsApp Web before multi-device: a linked device sends
    // without the phone, so that banner does not stop sending.
    if ((m_state != ConnectionState::Connected && m_state != ConnectionState::PhoneOffline) ||
        m_linkedPhone.isEmpty())
        return false;
    return ConnectionTracker::effectiveState(ConnectionState::Connected, m_linkedPhone, m_expectedPhone) ==
           ConnectionState::Connected;
}

bool SessionStateTracker::applySnapshot(const PageSnapshot& snapshot, bool jobRunning, bool sendNotPressed)
{
    const ConnectionState raw = snapshot.state();
    if (!snapshot.restriction.isEmpty())
        restrict(snapshot.restriction);
    else if (!snapshot.dialog.isEmpty() && isRestricted())
        restrict(snapshot.dialog); // fills in the text of a pause made before the page reported it
    // Never press Send under a dialog the app does not know: stop the send before it is pressed.
    // Only a dialog over the open chat counts here: before the chat shows, WhatsApp may be busy
    // opening it. pressSend.js checks again, whatever is open, right before pressing.
    const bool stopSend =
        sendNotPressed && !snapshot.dialog.isEmpty() && snapshot.chatOpen && snapshot.editor;
    if (stopSend)
        restrict(snapshot.dialog);

    const QString phone = PageSnapshot::phoneFromWid(snapshot.wid);
    if (raw == ConnectionState::QrRequired || raw == ConnectionState::LoggedOut)
        setLinkedPhone(QString());
    else if (!phone.isEmpty())
        setLinkedPhone(phone);
    setQrRef(snapshot.qr ? snapshot.qrRef : QString());

    // A job's deep link reloads WhatsApp Web: its loading screen is not a state change.
    const bool jobReload = jobRunning &&
                           (raw == ConnectionState::Loading || raw == ConnectionState::Syncing) &&
                           isLinkedState(m_state);
    if (isRestricted())
        setState(ConnectionState::Restricted);
    else if (m_state == ConnectionState::BrowserUnsupported && raw == ConnectionState::Loading)
        ; // a rare retry is loading: still refused until WhatsApp Web shows something else
    else if (!jobReload)
        setState(ConnectionTracker::effectiveState(raw, m_linkedPhone, m_expectedPhone));
    if (m_state == ConnectionState::Unreachable && snapshot.computerOffline)
        setLastError(QStringLiteral("whatsapp_unreachable"));
    return stopSend;
}

void SessionStateTracker::browserRefused(const QString& chromiumVersion, int retrySecs)
{
    if (m_state == ConnectionState::BrowserUnsupported)
        return;
    qCWarning(lcSession) << m_sdrId << "WhatsApp Web refuses this browser engine (Chromium" << chromiumVersion
                         << "); next try in" << retrySecs << "s";
    setLastError(QStringLiteral("WhatsApp Web refuses this browser (Chromium %1): it shows \"WhatsApp works "
                                "with Google Chrome\" instead of the app")
                     .arg(chromiumVersion.isEmpty() ? QStringLiteral("?") : chromiumVersion));
    setState(ConnectionState::BrowserUnsupported);
}

void SessionStateTracker::restrict(const QString& text)
{
    const bool wasRestricted = isRestricted();
    if (!m_restriction->restrict(text))
        return;
    if (!wasRestricted)
        qCWarning(lcSession) << m_sdrId << "paused: WhatsApp shows a warning or an unknown dialog";
    emit detailsChanged();
    setState(ConnectionState::Restricted);
}

bool SessionStateTracker::resume()
{
    if (!m_restriction->resume())
        return false;
    qCInfo(lcSession) << m_sdrId << "resumed by a person";
    emit detailsChanged();
    // WhatsApp Web is detected afresh (a warning still shown pauses again).
    setState(ConnectionState::Loading);
    return true;
}

void SessionStateTracker::setState(ConnectionState state)
{
    if (state == m_state)
        return;
    qCInfo(lcSession) << m_sdrId << "state" << connectionStateName(m_state) << "->"
                      << connectionStateName(state);
    m_state = state;
    if (state == ConnectionState::Connected || state == ConnectionState::QrRequired)
        setLastError(QString());
    emit stateChanged(state);
}

void SessionStateTracker::setLastError(const QString& error)
{
    if (error == m_lastError)
        return;
    m_lastError = error;
    emit detailsChanged();
}

void SessionStateTracker::fail(ConnectionState state, const QString& error)
{
    setLastError(error);
    setState(state);
}

void SessionStateTracker::hibernated()
{
    if (!isRestricted() && m_state != ConnectionState::BrowserUnsupported)
        setState(ConnectionState::Hibernated);
}

void SessionStateTracker::pageReleased()
{
    setLinkedPhone(QString());
    setQrRef(QString());
    setState(ConnectionState::LoggedOut);
}

void SessionStateTracker::setLinkedPhone(const QString& digits)
{
    if (digits == m_linkedPhone)
        return;
    m_linkedPhone = digits;
    emit detailsChanged();
}

void SessionStateTracker::setQrRef(const QString& ref)
{
    if (ref == m_qrRef)
        return;
    m_qrRef = ref;
    emit qrRefChanged(ref);
}
