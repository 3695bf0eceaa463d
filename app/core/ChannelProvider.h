#pragma once

#include <QList>
#include <QString>

class MessageChannel;
struct SdrRecord;

// The core's view of the sessions layer: it owns one MessageChannel per served SDR. The core
// (SenderEngine) decides the lifecycle: ensureChannel() when it starts serving an SDR,
// releaseChannel() when it stops. The provider tells its listeners (each SDR's Dispatcher) when an
// SDR's channel appeared, went away or changed state, which is the one way the core learns of it.
// Implemented by the sessions layer's SessionManager; free of sessions types so the core stays
// without WebEngine.
class ChannelProvider
{
public:
    class Listener
    {
    public:
        virtual ~Listener() = default;
        // The SDR's channel appeared, was replaced or removed, or its state or details changed.
        // Called synchronously from the provider: a listener only notes it and acts later.
        virtual void channelChanged(const QString& sdrId) = 0;
    };

    virtual ~ChannelProvider() = default;
    // nullptr when the SDR has no channel (not served, unknown, removed).
    virtual MessageChannel* channelFor(const QString& sdrId) = 0;
    // Creates (and starts) the SDR's channel, or gives an existing one the new record. False when
    // the SDR cannot have one (an id that cannot name a profile).
    virtual bool ensureChannel(const SdrRecord& sdr) = 0;
    // The SDR is no longer served here: its channel stops and goes away; what it keeps on disk
    // (a WhatsApp profile) stays.
    virtual void releaseChannel(const QString& sdrId) = 0;

    // Listeners must remove themselves before they are destroyed; the provider outlives them.
    void addListener(Listener* listener)
    {
        if (!m_listeners.contains(listener))
            m_listeners.append(listener);
    }
    void removeListener(Listener* listener) { m_listeners.removeAll(listener); }

protected:
    void notifyChannelChanged(const QString& sdrId)
    {
        // A copy: a listener may remove itself (or another) while being told.
        const QList<Listener*> listeners = m_listeners;
        for (Listener* listener : listeners) {
            if (m_listeners.contains(listener))
                listener->channelChanged(sdrId);
        }
    }

private:
    QList<Listener*> m_listeners;
};
