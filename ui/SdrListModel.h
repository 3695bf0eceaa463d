#pragma once

#include "ConnectionStatus.h"
#include "KeyedRowModel.h"
#include "SdrRecord.h"

#include <QAbstractListModel>
#include <QHash>
#include <QVector>

class ConnectionStatusRepository;
class SdrRepository;

// The SDRs for the sidebar: name, connection state (and its colour), linked number, unread chats.
// Reads the sdrs and connection_status tables and follows their repositories' signals; unread
// counts come from the sessions (setUnreadCount), as only the page knows them.
class SdrListModel : public KeyedRowModel<QAbstractListModel>
{
    Q_OBJECT
public:
    enum Role
    {
        SdrIdRole = Qt::UserRole + 1,
        NameRole,
        StateRole,     // int(ConnectionState)
        StateTextRole, // translated label
        StateColorRole,
        PhoneRole, // linked number, else the expected one
        UnreadRole,
        ActiveRole,
        LastErrorRole,
        HasStatusRole // false until the session reported a state
    };
    Q_ENUM(Role)

    SdrListModel(SdrRepository* sdrs, ConnectionStatusRepository* statuses, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int rowOf(const QString& sdrId) const;
    QString sdrIdAt(int row) const;
    int unreadCount(const QString& sdrId) const { return m_unread.value(sdrId); }

public slots:
    void reload();
    void setUnreadCount(const QString& sdrId, int count);
    // Labels are translated: call after a language switch.
    void retranslate();

private:
    struct Row
    {
        SdrRecord sdr;
        ConnectionStatus status;
        bool hasStatus = false;
        bool operator==(const Row& other) const;
    };
    void onStatusSaved(const ConnectionStatus& status);

    SdrRepository* m_sdrs;
    ConnectionStatusRepository* m_statuses;
    QVector<Row> m_rows;
    QHash<QString, int> m_unread;
};
