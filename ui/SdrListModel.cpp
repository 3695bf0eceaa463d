#include "SdrListModel.h"

#include "ConnectionStatusRepository.h"
#include "SafeText.h"
#include "SdrRepository.h"
#include "StatePresentation.h"

SdrListModel::SdrListModel(SdrRepository* sdrs, ConnectionStatusRepository* statuses, QObject* parent)
    : KeyedRowModel<QAbstractListModel>(parent)
    , m_sdrs(sdrs)
    , m_statuses(statuses)
{
    connect(m_sdrs, &SdrRepository::sdrChanged, this, &SdrListModel::reload);
    connect(m_sdrs, &SdrRepository::sdrRemoved, this, [this](const QString& id) {
        m_unread.remove(id);
        reload();
    });
    connect(m_statuses, &ConnectionStatusRepository::statusSaved, this, &SdrListModel::onStatusSaved);
    reload();
}

bool SdrListModel::Row::operator==(const Row& other) const
{
    return sdr.id == other.sdr.id && sdr.name == other.sdr.name && sdr.active == other.sdr.active &&
           sdr.expectedPhone == other.sdr.expectedPhone && hasStatus == other.hasStatus &&
           status.state == other.status.state && status.whatsappPhone == other.status.whatsappPhone &&
           status.lastError == other.status.lastError &&
           status.whatsappConnectedAt == other.status.whatsappConnectedAt;
}

void SdrListModel::reload()
{
    QHash<QString, ConnectionStatus> statuses;
    for (const ConnectionStatus& status : m_statuses->all())
        statuses.insert(status.sdrId, status);
    QVector<Row> fresh;
    for (const SdrRecord& sdr : m_sdrs->all()) {
        Row row;
        row.sdr = sdr;
        if (const auto it = statuses.constFind(sdr.id); it != statuses.constEnd()) {
            row.status = *it;
            row.hasStatus = true;
        }
        fresh.append(row);
    }
    syncRows(m_rows, fresh, [](const Row& row) { return row.sdr.id; });
}

void SdrListModel::onStatusSaved(const ConnectionStatus& status)
{
    const int row = rowOf(status.sdrId);
    if (row < 0) {
        reload(); // a status for an SDR we have not seen yet
        return;
    }
    m_rows[row].status = status;
    m_rows[row].hasStatus = true;
    emit dataChanged(index(row), index(row));
}

void SdrListModel::setUnreadCount(const QString& sdrId, int count)
{
    count = qMax(0, count);
    if (m_unread.value(sdrId) == count)
        return;
    if (count == 0)
        m_unread.remove(sdrId);
    else
        m_unread.insert(sdrId, count);
    const int row = rowOf(sdrId);
    if (row >= 0)
        emit dataChanged(index(row), index(row), {UnreadRole, Qt::ToolTipRole});
}

void SdrListModel::retranslate()
{
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1));
}

int SdrListModel::rowOf(const QString& sdrId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).sdr.id == sdrId)
            return i;
    }
    return -1;
}

QString SdrListModel::sdrIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).sdr.id : QString();
}

int SdrListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SdrListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    // Without a stored status the session has not reported yet: it is still loading.
    const ConnectionState state = row.hasStatus ? row.status.state : ConnectionState::Loading;
    const QString name = row.sdr.name.isEmpty() ? row.sdr.id : row.sdr.name;
    const QString phone =
        row.status.whatsappPhone.isEmpty() ? row.sdr.expectedPhone : row.status.whatsappPhone;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return name;
    case Qt::ToolTipRole: {
        QStringList lines{name, StatePresentation::label(state)};
        if (!phone.isEmpty())
            lines << phone;
        if (const int unread = m_unread.value(row.sdr.id))
            lines << tr("%n unread chat(s)", nullptr, unread);
        if (!row.status.lastError.isEmpty())
            lines << row.status.lastError;
        return SafeText::toolTip(lines.join(QLatin1Char('\n')));
    }
    case Qt::DecorationRole:
        return StatePresentation::dot(state);
    case SdrIdRole:
        return row.sdr.id;
    case StateRole:
        return int(state);
    case StateTextRole:
        return StatePresentation::label(state);
    case StateColorRole:
        return StatePresentation::color(state);
    case PhoneRole:
        return phone;
    case UnreadRole:
        return m_unread.value(row.sdr.id);
    case ActiveRole:
        return row.sdr.active;
    case LastErrorRole:
        return row.status.lastError;
    case HasStatusRole:
        return row.hasStatus;
    default:
        return {};
    }
}

QHash<int, QByteArray> SdrListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SdrIdRole, "sdrId");
    names.insert(NameRole, "name");
    names.insert(StateRole, "state");
    names.insert(StateTextRole, "stateText");
    names.insert(StateColorRole, "stateColor");
    names.insert(PhoneRole, "phone");
    names.insert(UnreadRole, "unread");
    names.insert(ActiveRole, "active");
    names.insert(LastErrorRole, "lastError");
    names.insert(HasStatusRole, "hasStatus");
    return names;
}
