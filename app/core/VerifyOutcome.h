#pragma once

#include <QMetaType>

// Whether a message text is among the outgoing messages of a chat (crash recovery of a lead
// that was left in `sending`).
enum class VerifyOutcome
{
    Found,   // the text is there as an outgoing message: it was sent
    Absent,  // the chat loaded and the text is verifiably not there: safe to send again
    Unknown, // the check could not be made (session not connected, chat did not load, ...)
};
Q_DECLARE_METATYPE(VerifyOutcome)
