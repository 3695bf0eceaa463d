#include "DashboardModel.h"

#include "ActivityLog.h"
#include "BackgroundReader.h"
#include "Clock.h"
#include "ConnectionStatusRepository.h"
#include "FollowUpRepository.h"
#include "OverviewQuery.h"
#include "SafeText.h"
#include "SdrRepository.h"
#include "ShortTime.h"
#include "StatePresentation.h"
#include "Store.h"
#include "UnansweredBudget.h"

#include <QBrush>
#include <QLocale>

DashboardModel::DashboardModel(Store* store, SdrRepository* sdrs, ConnectionStatusRepository* statuses,
                               ActivityLog* activity, const Clock* clock, QObject* parent, Settings* settings)
    : KeyedRowModel<QAbstractTableModel>(parent)
    , m_store(store)
    , m_clock(clock)
    , m_reader(std::make_unique<BackgroundReader>(store))
{
    // The budget's own definition (UnansweredBudget), read on the model's store.
    if (settings && store) {
        m_followUps = std::make_unique<FollowUpRepository>(store);
        m_budget = std::make_unique<UnansweredBudget>(m_followUps.get(), settings, clock);
    }
    m_coalesce.setSingleShot(true);
    // A busy team makes activity several times a second; a read of a large store takes a while
    // (docs/benchmarks.md), so at most one per second.
    m_coalesce.setInterval(1000);
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

DashboardModel::~DashboardModel()
{
    m_reader.reset();
}

void DashboardModel::scheduleRefresh()
{
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void DashboardModel::refresh()
{
    m_coalesce.stop();
    if (m_reading) {
        // The read in flight may have missed what asked for this one: one more after it.
        m_readAgain = true;
        return;
    }
    if (!m_store || !m_store->isOpen())
        return;
    m_reading = true;
    const QDateTime now = m_clock->now();
    const bool withBudget = m_budget != nullptr;
    m_reader->read(
        this,
        [now, withBudget](const QSqlDatabase& db) { return OverviewQuery::snapshot(db, now, withBudget); },
        [this](DashboardSnapshot snapshot) { apply(std::move(snapshot)); });
}

void DashboardModel::apply(DashboardSnapshot snapshot)
{
    m_reading = false;
    QVector<SdrOverview>& fresh = snapshot.rows;
    for (SdrOverview& row : fresh) {
        row.nextSendAt = m_nextSend.value(row.sdrId);
        if (m_budget) {
            const UnansweredBudget::Usage usage =
                m_budget->usageOf(row.sdrId, snapshot.unanswered.value(row.sdrId));
            row.budgetUsed = usage.used;
            row.budgetLimit = usage.budget;
            row.budgetNear = usage.near;
            row.budgetExhausted = usage.exhausted;
        }
    }
    syncRows(m_rows, fresh, [](const SdrOverview& row) { return row.sdrId; });
    m_hourly = snapshot.hourlySends;
    m_hourlyReplies = snapshot.hourlyReplies;
    m_uncertain = snapshot.uncertain;
    if (m_readAgain) {
        m_readAgain = false;
        refresh();
    }
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
        totals.repliedToday += row.followUps.replied.today;
        if (row.budgetNear || row.budgetExhausted)
            ++totals.budgetFlagged;
        if (row.budgetExhausted)
            ++totals.budgetPaused;
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
    return ShortTime::text(when, m_clock->now());
}

namespace {
QString dayWeek(const DayWeek& figure)
{
    const QLocale locale;
    return QStringLiteral("%1 / %2").arg(locale.toString(figure.today), locale.toString(figure.week));
}
} // namespace

QVariant DashboardModel::display(const SdrOverview& row, ConnectionState state, int column) const
{
    const FollowUpFigures& f = row.followUps;
    switch (column) {
    case NameColumn:
        return row.name.isEmpty() ? row.sdrId : row.name;
    case StateColumn: {
        // Paused by the budget is what matters while it lasts, whatever the connection does.
        const QString label =
            row.budgetExhausted ? tr("Paused: unanswered budget") : StatePresentation::label(state);
        return row.active ? label : tr("%1 (inactive)").arg(label);
    }
    case PhoneColumn:
        return row.phone.isEmpty() ? QStringLiteral("—") : row.phone;
    case ConnectedSinceColumn:
        return formatTime(row.connectedSince);
    case QueueColumn:
        return row.queueDepth;
    case SentColumn:
        return dayWeek(f.sent);
    case DeliveredColumn:
        return dayWeek(f.delivered);
    case ReadColumn:
        return dayWeek(f.read);
    case RepliedColumn:
        return dayWeek(f.replied);
    case OptedOutColumn:
        return dayWeek(f.optedOut);
    case ReplyRateColumn:
        return f.replyRatePercent() < 0 ? QStringLiteral("—")
                                        : QLocale().toString(f.replyRatePercent()) + QStringLiteral(" %");
    case BudgetColumn:
        if (row.budgetLimit <= 0)
            return QStringLiteral("—");
        return tr("%1 / %2 (%3 %)")
            .arg(QLocale().toString(row.budgetUsed), QLocale().toString(row.budgetLimit),
                 QLocale().toString(row.budgetPercent()));
    case FailedTodayColumn:
        return row.failedToday;
    case NextSendColumn:
        return state == ConnectionState::Connected && !row.budgetExhausted ? formatTime(row.nextSendAt)
                                                                           : QStringLiteral("—");
    case LastErrorColumn:
        return row.lastError;
    }
    return {};
}

QVariant DashboardModel::sortValue(const SdrOverview& row, ConnectionState state, int column) const
{
    const FollowUpFigures& f = row.followUps;
    // "today / 7 days" columns sort by today, then by the week.
    auto pair = [](const DayWeek& figure) {
        return qint64(figure.today) * 10000000 + figure.week;
    };
    switch (column) {
    case NameColumn:
        return (row.name.isEmpty() ? row.sdrId : row.name).toLower();
    case StateColumn:
        return (row.budgetExhausted ? 1000 : 0) + int(StatePresentation::severity(state)) * 100 + int(state);
    case PhoneColumn:
        return row.phone;
    case ConnectedSinceColumn:
        return row.connectedSince.isValid() ? row.connectedSince.toMSecsSinceEpoch() : qint64(0);
    case QueueColumn:
        return row.queueDepth;
    case SentColumn:
        return pair(f.sent);
    case DeliveredColumn:
        return pair(f.delivered);
    case ReadColumn:
        return pair(f.read);
    case RepliedColumn:
        return pair(f.replied);
    case OptedOutColumn:
        return pair(f.optedOut);
    case ReplyRateColumn:
        return f.replyRatePercent();
    case BudgetColumn:
        return row.budgetLimit > 0 ? qint64(row.budgetUsed) * 1000000 / row.budgetLimit : qint64(-1);
    case FailedTodayColumn:
        return row.failedToday;
    case NextSendColumn:
        return row.nextSendAt.isValid() ? row.nextSendAt.toMSecsSinceEpoch() : qint64(0);
    case LastErrorColumn:
        return row.lastError;
    }
    return {};
}

QVariant DashboardModel::toolTip(const SdrOverview& row, ConnectionState state, int column) const
{
    const FollowUpFigures& f = row.followUps;
    auto figures = [](const QString& what, const DayWeek& figure) {
        return tr("%1: %2 today, %3 in the last 7 days").arg(what).arg(figure.today).arg(figure.week);
    };
    switch (column) {
    case StateColumn:
        if (row.budgetExhausted) {
            return tr("Sending is paused for this SDR: %1 of its last 30 days' messages got no reply "
                      "(budget %2). It resumes when leads reply, old messages leave the 30 days, or the "
                      "budget is raised in Settings. Connection: %3.")
                .arg(row.budgetUsed)
                .arg(row.budgetLimit)
                .arg(StatePresentation::label(state));
        }
        return StatePresentation::advice(state);
    case LastErrorColumn:
        return row.lastError.isEmpty() ? QVariant() : QVariant(SafeText::toolTip(row.lastError));
    case ConnectedSinceColumn:
        return row.connectedSince.isValid()
                   ? QVariant(QLocale().toString(row.connectedSince.toLocalTime(), QLocale::LongFormat))
                   : QVariant();
    case SentColumn:
        return figures(tr("Sent"), f.sent);
    case DeliveredColumn:
        return figures(tr("Delivered"), f.delivered);
    case ReadColumn:
        return figures(tr("Read"), f.read);
    case RepliedColumn:
        return figures(tr("Replied"), f.replied);
    case OptedOutColumn:
        return figures(tr("Opted out"), f.optedOut);
    case ReplyRateColumn:
        return f.sent.week > 0 ? QVariant(tr("%1 of the %2 messages sent in the last 7 days got a reply.")
                                              .arg(f.weekSentReplied)
                                              .arg(f.sent.week))
                               : QVariant(tr("Nothing sent in the last 7 days."));
    case BudgetColumn: {
        if (row.budgetLimit <= 0)
            return {};
        QString text = tr("Unanswered budget used: %1 / %2 (%3 %): messages of the last 30 days without a "
                          "reply, against this SDR's budget.")
                           .arg(row.budgetUsed)
                           .arg(row.budgetLimit)
                           .arg(row.budgetPercent());
        if (row.budgetExhausted)
            text += QLatin1Char(' ') + tr("Sending is paused for this SDR.");
        else if (row.budgetNear)
            text += QLatin1Char(' ') + tr("At 100 % sending pauses for this SDR.");
        return text;
    }
    }
    return {};
}

QVariant DashboardModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SdrOverview& row = m_rows.at(index.row());
    const ConnectionState state = row.hasStatus ? row.state : ConnectionState::Loading;
    const int column = index.column();
    const QColor warning = StatePresentation::color(StatePresentation::Severity::Warning);
    const QColor critical = StatePresentation::color(StatePresentation::Severity::Critical);
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
    case BudgetFlagRole:
        return row.budgetExhausted ? 2 : row.budgetNear ? 1 : 0;
    case Qt::DisplayRole:
        return display(row, state, column);
    case SortRole:
        return sortValue(row, state, column);
    case Qt::DecorationRole:
        if (column == StateColumn)
            return row.budgetExhausted ? StatePresentation::dot(critical) : StatePresentation::dot(state);
        // The 80 % flag: a marker a person sees without reading the figures.
        if (column == BudgetColumn && (row.budgetNear || row.budgetExhausted))
            return StatePresentation::dot(row.budgetExhausted ? critical : warning);
        return {};
    case Qt::ToolTipRole:
        return toolTip(row, state, column);
    case Qt::TextAlignmentRole:
        if (column == StateColumn || column == NameColumn || column == PhoneColumn ||
            column == ConnectedSinceColumn || column == NextSendColumn || column == LastErrorColumn)
            return int(Qt::AlignLeft | Qt::AlignVCenter);
        return int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (!row.active)
            return QBrush(Qt::gray);
        if (column == FailedTodayColumn && row.failedToday > 0)
            return QBrush(critical);
        if (column == LastErrorColumn && !row.lastError.isEmpty())
            return QBrush(critical.darker(115));
        if ((column == BudgetColumn || column == StateColumn) && row.budgetExhausted)
            return QBrush(critical);
        if (column == BudgetColumn && row.budgetNear)
            return QBrush(warning.darker(130));
        return {};
    default:
        return {};
    }
}

QVariant DashboardModel::headerToolTip(int section) const
{
    const QString period = tr("Today / the last 7 days (today included).");
    switch (section) {
    case SentColumn:
        return tr("Messages sent.") + QLatin1Char(' ') + period;
    case DeliveredColumn:
        return tr("Messages delivered to the lead's phone (two grey ticks).") + QLatin1Char(' ') + period;
    case ReadColumn:
        return tr("Messages the lead read (two blue ticks).") + QLatin1Char(' ') + period;
    case RepliedColumn:
        return tr("Leads who replied.") + QLatin1Char(' ') + period;
    case OptedOutColumn:
        return tr("Leads who asked not to be contacted again.") + QLatin1Char(' ') + period;
    case ReplyRateColumn:
        return tr("Of the messages sent in the last 7 days, the share that got a reply.");
    case BudgetColumn:
        return tr("Messages of the last 30 days without a reply, against the SDR's unanswered budget. "
                  "Flagged at 80 %; at 100 % sending pauses for the SDR.");
    case QueueColumn:
        return tr("Leads waiting to be sent.");
    }
    return {};
}

QVariant DashboardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole)
        return headerToolTip(section);
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
    case SentColumn:
        return tr("Sent");
    case DeliveredColumn:
        return tr("Delivered");
    case ReadColumn:
        return tr("Read");
    case RepliedColumn:
        return tr("Replied");
    case OptedOutColumn:
        return tr("Opted out");
    case ReplyRateColumn:
        return tr("Reply rate");
    case BudgetColumn:
        return tr("Unanswered");
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
