#pragma once

#include "ConnectionState.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

// One SDR's WhatsApp connection as stored and reported to the CRM (contract §4; the CRM's
// sdr_users columns whatsapp_connected, whatsapp_session_id, whatsapp_phone, whatsapp_connected_at).
struct ConnectionStatus
{
    QString sdrId;
    bool whatsappConnected = false;
    QString whatsappSessionId; // new id per QR link
    QString whatsappPhone;     // E.164 of the linked account, empty when unknown
    QDateTime whatsappConnectedAt;
    ConnectionState state = ConnectionState::Loading;
    QString lastError;
    QDateTime updatedAt;
    bool reportPending = false; // not yet accepted by the CRM
};
Q_DECLARE_METATYPE(ConnectionStatus)
