#pragma once

#include <QString>

class MessageChannel;

// Finds the MessageChannel of an SDR; implemented by the sessions layer's SessionManager.
class ChannelProvider
{
public:
    virtual ~ChannelProvider() = default;
    // nullptr when the SDR has no session (unknown, removed).
    virtual MessageChannel* channelFor(const QString& sdrId) = 0;
};
