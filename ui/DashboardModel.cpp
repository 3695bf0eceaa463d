#include "DashboardModel.h"

#include "ActivityLog.h"
#include "Clock.h"
#include "ConnectionStatusRepository.h"
#include "OverviewQuery.h"
#include "SafeText.h"
#include "SdrRepository.h"
#include "StatePresentation.h"

#include <QBrush>
#include <QLocale>

DashboardModel::DashboardModel(Store* store, SdrRepository* sdrs, ConnectionStatusRepository* statuses,
                               ActivityLog* activity, const Clock* clock, QObject* parent)
    : KeyedRowModel<QAbstractTableModel>(parent)
    , m_store(store)
    , m_clock(clock)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(200);
    connect(&m_coalesce, &QTimer::timeout, this, &DashboardModel::refresh);
    m_periodic.setInterval(30 * 1000);
    connect(&m_periodic, &QTimer::timeout, this, &DashboardModel::refresh);
    m_periodic.start();
    if (sdrs) {
        connect(sdrs, &SdrRepository::sdrChanged, this, &DashboardModel::scheduleRefresh);
        connect(sdrs, &SdrRepository::sdrRemoved, this, [this](const QString& id) {
            m_nextSend.remove(id);
            scheduleRefresh();
        });
    }
    if (statuses)
        connect(statuses, &ConnectionStatusRepository::statusSaved, this, &DashboardModel::scheduleRefresh);
    // Sends, failures and reports all leave an activity entry: a cheap "the outbox moved" signal.
    if (activity)
        connect(activity, &ActivityLog::added, this, &DashboardModel::scheduleRefresh);
    refresh();
}

void DashboardModel::scheduleRefresh()
{
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void DashboardModel::refresh()
{
    m_coalesce.stop();
    const QDateTime dayStart = OverviewQuery::localDayStart(m_clock->now());
    QVector<SdrOverview> fresh = OverviewQuery::overviews(m_store, dayStart);
    for (SdrOverview& row : fresh)
        row.nextSendAt = m_nextSend.value(row.sdrId);
    syncRows(m_rows, fresh, [](const SdrOverview& row) { return row.sdrId; });
    m_hourly = OverviewQuery::hourlySends(m_store, dayStart);
    m_uncertain = OverviewQuery::uncertainLeads(m_store);
    emit refreshed();
}

void DashboardModel::setNextSendAt(const QString& sdrId, const QDateTime& when)
{
    if (when.isValid())
        m_nextSend.insert(sdrId, when);
    else
        m_nextSend.remove(sdrId);
    const int row = rowOf(sdrId);
    if (row >= 0 && m_rows.at(row).nextSendAt != when) {
        m_rows[row].nextSendAt = when;
        emit dataChanged(index(row, NextSendColumn), index(row, NextSendColumn));
    }
}

void DashboardModel::setSessionUsage(const SessionUsageMap& usage)
{
    m_usage = usage;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, MemoryColumn), index(int(m_rows.size()) - 1, CpuColumn));
}

QVariant DashboardModel::usageData(const QString& sdrId, int column, int role) const
{
    const auto it = m_usage.constFind(sdrId);
    const bool known = it != m_usage.constEnd();
    const bool measured =
        known && it->awake && (column == MemoryColumn ? it->memoryKb >= 0 : it->cpuPercent >= 0);
    switch (role) {
    case Qt::DisplayRole:
        if (known && !it->awake)
            return tr("asleep");
        if (!measured)
            return QStringLiteral("—");
        if (column == MemoryColumn)
            return tr("%1 MB").arg(QLocale().toString(it->memoryKb / 1024));
        return tr("%1 %").arg(QLocale().toString(it->cpuPercent, 'f', 1));
    case SortRole:
        // Asleep and unknown sort below every measured figure.
        if (!measured)
            return -1.0;
        return column == MemoryColumn ? double(it->memoryKb) : it->cpuPercent;
    case Qt::ToolTipRole:
        if (known && !it->awake)
            return tr("Hibernated: no renderer process, no memory or CPU of its own.");
        if (!measured)
            return {};
        if (column == MemoryColumn)
            return it->proportional
                       ? tr("Memory of this session's renderer process (PSS: shared pages counted "
                            "in proportion).")
                       : tr("Memory of this session's renderer process (resident set size).");
        return tr("CPU use of this session's renderer process since the previous sample (100 % = one core).");
    case Qt::TextAlignmentRole:
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

void DashboardModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int DashboardModel::rowOf(const QString& sdrId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).sdrId == sdrId)
            return i;
    }
    return -1;
}

DashboardModel::Totals DashboardModel::totals() const
{
    Totals totals;
    for (const SdrOverview& row : m_rows) {
        ++totals.sdrs;
        if (row.hasStatus && row.state == ConnectionState::Connected)
            ++totals.connected;
        const auto severity = StatePresentation::severity(row.state);
        if (row.hasStatus && row.active &&
            (severity == StatePresentation::Severity::Warning ||
             severity == StatePresentation::Severity::Critical))
            ++totals.needAttention;
        totals.queued += row.queueDepth;
        totals.sentToday += row.sentToday;
        totals.failedToday += row.failedToday;
        totals.uncertain += row.uncertain;
    }
    return totals;
}

int DashboardModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DashboardModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DashboardModel::formatTime(const QDateTime& when) const
{
    if (!when.isValid())
        return QStringLiteral("—");
    // 24-hour times read the same in every language the app ships; older days get the date too.
    const QDateTime local = when.toLocalTime();
    if (local.date() == m_clock->now().toLocalTime().date())
        return local.toString(QStringLiteral("HH:mm"));
    return QLocale().toString(local.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           local.toString(QStringLiteral("HH:mm"));
}

QVariant DashboardModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SdrOverview& row = m_rows.at(index.row());
    const ConnectionState state = row.hasStatus ? row.state : ConnectionState::Loading;
    const int column = index.column();
    if ((column == MemoryColumn || column == CpuColumn) && role != SdrIdRole && role != StateRole) {
        if (role == Qt::ForegroundRole)
            return row.active ? QVariant() : QBrush(Qt::gray);
        return usageData(row.sdrId, column, role);
    }

    switch (role) {
    case SdrIdRole:
        return row.sdrId;
    case StateRole:
        return int(state);
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return row.name.isEmpty() ? row.sdrId : row.name;
        case StateColumn:
            return row.active ? StatePresentation::label(state)
                              : tr("%1 (inactive)").arg(StatePresentation::label(state));
        case PhoneColumn:
            return row.phone.isEmpty() ? QStringLiteral("—") : row.phone;
        case ConnectedSinceColumn:
            return formatTime(row.connectedSince);
        case QueueColumn:
            return row.queueDepth;
        case SentTodayColumn:
            return row.sentToday;
        case FailedTodayColumn:
            return row.failedToday;
        case NextSendColumn:
            return state == ConnectionState::Connected ? formatTime(row.nextSendAt) : QStringLiteral("—");
        case LastErrorColumn:
            return row.lastError;
        }
        return {};
    case SortRole:
        switch (column) {
        case NameColumn:
            return (row.name.isEmpty() ? row.sdrId : row.name).toLower();
        case StateColumn:
            return int(StatePresentation::severity(state)) * 100 + int(state);
        case PhoneColumn:
            return row.phone;
        case ConnectedSinceColumn:
            return row.connectedSince.isValid() ? row.connectedSince.toMSecsSinceEpoch() : qint64(0);
        case QueueColumn:
            return row.queueDepth;
        case SentTodayColumn:
            return row.sentToday;
        case FailedTodayColumn:
            return row.failedToday;
        case NextSendColumn:
            return row.nextSendAt.isValid() ? row.nextSendAt.toMSecsSinceEpoch() : qint64(0);
        case LastErrorColumn:
            return row.lastError;
        }
        return {};
    case Qt::DecorationRole:
        if (column == StateColumn)
            return StatePresentation::dot(state);
        return {};
    case Qt::ToolTipRole:
        if (column == StateColumn)
            return StatePresentation::advice(state);
        if (column == LastErrorColumn && !row.lastError.isEmpty())
            return SafeText::toolTip(row.lastError);
        if (column == ConnectedSinceColumn && row.connectedSince.isValid())
            return QLocale().toString(row.connectedSince.toLocalTime(), QLocale::LongFormat);
        return {};
    case Qt::TextAlignmentRole:
        if (column == QueueColumn || column == SentTodayColumn || column == FailedTodayColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (!row.active)
            return QBrush(Qt::gray);
        if (column == FailedTodayColumn && row.failedToday > 0)
            return QBrush(StatePresentation::color(StatePresentation::Severity::Critical));
        if (column == LastErrorColumn && !row.lastError.isEmpty())
            return QBrush(StatePresentation::color(StatePresentation::Severity::Critical).darker(115));
        return {};
    default:
        return {};
    }
}

QVariant DashboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("SDR");
    case StateColumn:
        return tr("State");
    case PhoneColumn:
        return tr("Number");
    case ConnectedSinceColumn:
        return tr("Connected since");
    case QueueColumn:
        return tr("Queue");
    case SentTodayColumn:
        return tr("Sent today");
    case FailedTodayColumn:
        return tr("Failed today");
    case NextSendColumn:
        return tr("Next send");
    case LastErrorColumn:
        return tr("Last error");
    case MemoryColumn:
        return tr("Memory");
    case CpuColumn:
        return tr("CPU");
    }
    return {};
}
