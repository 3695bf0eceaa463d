#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

// What a MessageChannel says about one send request.
struct SendOutcome
{
    enum class Result
    {
        // WhatsApp's status icon left the clock: the message is on its way.
        Sent,
        // WhatsApp refused the number (e.g. "Phone number shared via url is invalid."): a final
        // failure for this lead, reported with `error`.
        Rejected,
        // Nothing was typed and Send was not pressed (session not ready, editor never appeared,
        // logout or phone offline before Send). Safe to try again later; `error` says why.
        NotAttempted,
        // Send was pressed but no confirmation came in time: the message may or may not go out.
        // Never resent blindly; the lead must be verified in the chat first.
        Unconfirmed,
    };

    Result result = Result::NotAttempted;
    QString error;  // contract error code: invalid_phone, send_timeout, session_logged_out, ...
    QString detail; // human-readable detail, never the message body
    QDateTime sentAt;
};
Q_DECLARE_METATYPE(SendOutcome)
