#include "ConnectionTracker.h"

#include "ActivityLog.h"
#include "Clock.h"
#include "ConnectionStatusRepository.h"
#include "Logging.h"
#include "MessageChannel.h"
#include "SdrRepository.h"

#include <QUuid>

namespace {
enum class Link
{
    Alive,   // the page shows a linked WhatsApp
    Gone,    // the page asks for a QR / was logged out
    Unknown, // cannot tell now (loading, hibernated, unreachable, error): keep the last known link
};

Link linkOf(ConnectionState state)
{
    if (isLinkedState(state))
        return Link::Alive;
    if (state == ConnectionState::QrRequired || state == ConnectionState::LoggedOut)
        return Link::Gone;
    return Link::Unknown;
}
} // namespace

ConnectionTracker::ConnectionTracker(ConnectionStatusRepository* statuses, ActivityLog* activity,
                                     SdrRepository* sdrs, const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_statuses(statuses)
    , m_activity(activity)
    , m_sdrs(sdrs)
    , m_clock(clock)
{
    // A corrected expected number changes the effective state (wrong_number or not) at once.
    if (m_sdrs)
        connect(m_sdrs, &SdrRepository::sdrChanged, this, [this](const QString& id) {
            if (MessageChannel* channel = m_channels.value(id))
                update(channel);
        });
}

QString ConnectionTracker::digitsOf(const QString& phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

ConnectionState ConnectionTracker::effectiveState(ConnectionState state, const QString& linkedDigits,
                                                  const QString& expectedPhone)
{
    if (state != ConnectionState::Connected)
        return state;
    const QString expected = digitsOf(expectedPhone);
    const QString linked = digitsOf(linkedDigits);
    if (!expected.isEmpty() && !linked.isEmpty() && expected != linked)
        return ConnectionState::WrongNumber;
    return state;
}

void ConnectionTracker::track(MessageChannel* channel)
{
    if (!channel)
        return;
    const QString id = channel->sdrId();
    untrack(id);
    m_channels.insert(id, channel);
    connect(channel, &MessageChannel::stateChanged, this, [this, channel] { update(channel); });
    connect(channel, &MessageChannel::detailsChanged, this, [this, channel] { update(channel); });
    connect(channel, &QObject::destroyed, this, [this, id] { m_channels.remove(id); });
    update(channel);
}

void ConnectionTracker::untrack(const QString& sdrId)
{
    const QPointer<MessageChannel> old = m_channels.take(sdrId);
    if (old)
        disconnect(old, nullptr, this, nullptr);
}

bool ConnectionTracker::isTracking(const QString& sdrId) const
{
    return m_channels.value(sdrId) != nullptr;
}

std::optional<ConnectionStatus> ConnectionTracker::status(const QString& sdrId) const
{
    return m_statuses->find(sdrId);
}

QString ConnectionTracker::expectedPhoneOf(const QString& sdrId) const
{
    if (!m_sdrs)
        return {};
    const auto sdr = m_sdrs->find(sdrId);
    return sdr ? sdr->expectedPhone : QString();
}

void ConnectionTracker::update(MessageChannel* channel)
{
    const QString id = channel->sdrId();
    const QString linkedDigits = digitsOf(channel->linkedPhone());
    ConnectionState state = effectiveState(channel->state(), linkedDigits, expectedPhoneOf(id));

    const std::optional<ConnectionStatus> stored = m_statuses->find(id);
    // Hibernating does not change the link: an SDR who still has to scan the QR code stays
    // "qr_required" (or "logged_out") for the team lead and the CRM while the page sleeps.
    if (state == ConnectionState::Hibernated && stored && linkOf(stored->state) == Link::Gone)
        state = stored->state;
    ConnectionStatus next = stored.value_or(ConnectionStatus());
    next.sdrId = id;
    next.state = state;
    next.lastError = channel->lastError();
    const QDateTime now = m_clock->now();

    switch (linkOf(state)) {
    case Link::Alive:
        if (!linkedDigits.isEmpty()) {
            const QString phone = QLatin1Char('+') + linkedDigits;
            // A new QR link (or another account): a new session id. A restart with the same link
            // keeps the stored one.
            // (A session linked to the wrong phone keeps its link: a corrected expected number is
            // not a new QR login.)
            const bool wasLinked =
                next.whatsappConnected || (stored && stored->state == ConnectionState::WrongNumber);
            if (next.whatsappSessionId.isEmpty() || next.whatsappPhone != phone || !wasLinked) {
                next.whatsappSessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
                next.whatsappConnectedAt = now;
            }
            next.whatsappPhone = phone;
            // Contract §4: "connected" means this SDR's own WhatsApp can send. Linked to somebody
            // else's phone it is not (whatsapp_phone still says which phone was scanned).
            next.whatsappConnected = state != ConnectionState::WrongNumber;
        }
        break;
    case Link::Gone:
        next.whatsappConnected = false;
        next.whatsappSessionId.clear();
        next.whatsappPhone.clear();
        next.whatsappConnectedAt = QDateTime();
        break;
    case Link::Unknown:
        break;
    }

    if (stored && stored->state == next.state && stored->whatsappConnected == next.whatsappConnected &&
        stored->whatsappSessionId == next.whatsappSessionId && stored->whatsappPhone == next.whatsappPhone &&
        stored->whatsappConnectedAt == next.whatsappConnectedAt && stored->lastError == next.lastError)
        return;

    next.updatedAt = now;
    next.reportPending = true;
    if (!m_statuses->save(next)) {
        qCWarning(lcApp) << "cannot store the connection status of" << id;
        return;
    }
    QString message = tr("WhatsApp: %1").arg(connectionStateName(state));
    if (next.whatsappConnected && !next.whatsappPhone.isEmpty())
        message += QStringLiteral(" (%1)").arg(next.whatsappPhone);
    if (!next.lastError.isEmpty())
        message += QStringLiteral(" - %1").arg(next.lastError);
    if (m_activity)
        m_activity->add(id, QStringLiteral("state"), message);
    qCInfo(lcApp).noquote() << id << message;
    emit statusChanged(next);
}
