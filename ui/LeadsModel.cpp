#include "LeadsModel.h"

#include "ActivityLog.h"
#include "BackgroundReader.h"
#include "Clock.h"
#include "SafeText.h"
#include "Settings.h"
#include "ShortTime.h"
#include "StatePresentation.h"
#include "Store.h"
#include "UiLogging.h"

#include <QBrush>
#include <QLocale>

LeadsModel::LeadsModel(Store* store, Settings* settings, ActivityLog* activity, const Clock* clock,
                       QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_settings(settings)
    , m_clock(clock)
    , m_reader(std::make_unique<BackgroundReader>(store))
{
    m_filter.limit = DefaultLimit;
    m_coalesce.setSingleShot(true);
    // At most one read per two seconds while the team is busy: the list is for reading, and a read
    // of a large outbox is not free (docs/benchmarks.md).
    m_coalesce.setInterval(2000);
    connect(&m_coalesce, &QTimer::timeout, this, &LeadsModel::refresh);
    // Ticks and replies leave no activity entry: a read every half minute while shown finds them.
    m_periodic.setInterval(30 * 1000);
    connect(&m_periodic, &QTimer::timeout, this, &LeadsModel::scheduleRefresh);
    m_periodic.start();
    // Sends, failures, reports and opt-outs leave an activity entry; replies and ticks are caught by
    // the next read (view shown, a filter changed, or the next activity).
    if (activity)
        connect(activity, &ActivityLog::added, this, &LeadsModel::scheduleRefresh);
    // Nothing is read until refresh() or setActive(true): the view reads when it is first shown.
    m_stale = true;
}

LeadsModel::~LeadsModel()
{
    m_reader.reset();
}

void LeadsModel::setActive(bool active)
{
    m_active = active;
    if (m_active && m_stale)
        refresh();
}

void LeadsModel::scheduleRefresh()
{
    if (!m_active) {
        m_stale = true;
        return;
    }
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void LeadsModel::refresh()
{
    m_coalesce.stop();
    m_stale = false;
    const int days = m_settings ? qMax(1, m_settings->intValue(SettingKeys::FollowUpWatchDays)) : 14;
    m_filter.since = m_clock->now().addDays(-days);
    if (m_reading) {
        // The read in flight has an older filter or missed a change: one more after it.
        m_readAgain = true;
        return;
    }
    if (!m_store || !m_store->isOpen()) {
        apply({}, m_filter.limit, QString());
        return;
    }
    m_reading = true;
    struct Result
    {
        QVector<LeadListRow> rows;
        QString error;
    };
    m_reader->read(
        this,
        [filter = m_filter](const QSqlDatabase& db) {
            Result result;
            result.rows = LeadList::query(db, filter, &result.error);
            return result;
        },
        [this, limit = m_filter.limit](Result result) {
            m_reading = false;
            apply(result.rows, limit, result.error);
        });
}

void LeadsModel::apply(const QVector<LeadListRow>& rows, int limit, const QString& error)
{
    m_error = error;
    if (!m_error.isEmpty())
        qCWarning(lcUi) << "leads query failed:" << m_error;
    m_shownLimit = limit;
    // A fresh list in one go: it is at most `limit` rows and the order may change on any event.
    if (rows != m_rows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
    }
    if (m_readAgain) {
        m_readAgain = false;
        refresh();
    }
    emit refreshed();
}

void LeadsModel::setSdrFilter(const QString& sdrId)
{
    if (sdrId == m_filter.sdrId)
        return;
    m_filter.sdrId = sdrId;
    refresh();
}

void LeadsModel::setStateFilter(const QString& state)
{
    if (state == m_filter.state)
        return;
    m_filter.state = state;
    refresh();
}

void LeadsModel::setSearchText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filter.search)
        return;
    m_filter.search = trimmed;
    refresh();
}

void LeadsModel::setLimit(int limit)
{
    m_filter.limit = qMax(1, limit);
    refresh();
}

void LeadsModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

QString LeadsModel::stateLabel(const QString& state)
{
    if (state == QLatin1String("queued"))
        return tr("Queued");
    if (state == QLatin1String("sending"))
        return tr("Sending");
    if (state == QLatin1String("held"))
        return tr("Held");
    if (state == QLatin1String("uncertain"))
        return tr("Uncertain");
    if (state == QLatin1String("failed"))
        return tr("Failed");
    if (state == QLatin1String("sent"))
        return tr("Sent");
    if (state == QLatin1String("delivered"))
        return tr("Delivered");
    if (state == QLatin1String("read"))
        return tr("Read");
    if (state == QLatin1String("replied"))
        return tr("Replied");
    if (state == QLatin1String("opted_out"))
        return tr("Opted out");
    return state;
}

int LeadsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LeadsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LeadsModel::formatTime(const QDateTime& when) const
{
    return ShortTime::text(when, m_clock->now());
}

namespace {
// One line, cut: the table row stays one line high whatever the lead wrote.
QString elided(const QString& text, int maxChars)
{
    QString line = text.simplified();
    if (line.size() > maxChars)
        line = line.left(maxChars - 1) + QChar(0x2026);
    return line;
}
} // namespace

QVariant LeadsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LeadListRow& row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case LeadIdRole:
        return row.leadId;
    case StateNameRole:
        return row.state;
    case Qt::DisplayRole:
        switch (column) {
        case SdrColumn:
            return row.sdrName.isEmpty() ? row.sdrId : row.sdrName;
        case LeadColumn:
            return row.leadName.isEmpty() ? row.leadId : row.leadName;
        case PhoneColumn:
            return row.phone;
        case StateColumn:
            return stateLabel(row.state);
        case SentAtColumn:
            return formatTime(row.sentAt);
        case LastEventColumn:
            return formatTime(row.lastEventAt);
        case ReplyColumn:
            return elided(row.replyText, ReplyDisplayChars);
        }
        return {};
    case SortRole:
        switch (column) {
        case StateColumn:
            return int(LeadList::states().indexOf(row.state));
        case SentAtColumn:
            return row.sentAt.isValid() ? row.sentAt.toMSecsSinceEpoch() : qint64(0);
        case LastEventColumn:
            return row.lastEventAt.isValid() ? row.lastEventAt.toMSecsSinceEpoch() : qint64(0);
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case Qt::ToolTipRole:
        // Everything here may come from the network: escaped, so "<b>" shows as typed.
        switch (column) {
        case LeadColumn:
            return SafeText::toolTip(
                row.leadName.isEmpty() ? row.leadId : QStringLiteral("%1\n%2").arg(row.leadName, row.leadId));
        case ReplyColumn:
            return SafeText::toolTip(row.replyText);
        case SentAtColumn:
            return row.sentAt.isValid() ? QLocale().toString(row.sentAt.toLocalTime(), QLocale::LongFormat)
                                        : QString();
        case LastEventColumn:
            return row.lastEventAt.isValid()
                       ? QLocale().toString(row.lastEventAt.toLocalTime(), QLocale::LongFormat)
                       : QString();
        }
        return {};
    case Qt::ForegroundRole:
        if (column != StateColumn)
            return {};
        if (row.state == QLatin1String("replied"))
            return QBrush(StatePresentation::color(StatePresentation::Severity::Ok).darker(120));
        if (row.state == QLatin1String("failed") || row.state == QLatin1String("opted_out"))
            return QBrush(StatePresentation::color(StatePresentation::Severity::Critical));
        if (row.state == QLatin1String("held") || row.state == QLatin1String("uncertain"))
            return QBrush(StatePresentation::color(StatePresentation::Severity::Warning).darker(130));
        return {};
    default:
        return {};
    }
}

QVariant LeadsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SdrColumn:
        return tr("SDR");
    case LeadColumn:
        return tr("Lead");
    case PhoneColumn:
        return tr("Phone");
    case StateColumn:
        return tr("State");
    case SentAtColumn:
        return tr("Sent at");
    case LastEventColumn:
        return tr("Last event");
    case ReplyColumn:
        return tr("Reply");
    }
    return {};
}

QStringList LeadsModel::csvHeader() const
{
    QStringList header;
    for (int column = 0; column < ColumnCount; ++column)
        header << headerData(column, Qt::Horizontal).toString();
    header << tr("Lead ID");
    return header;
}

QVector<QStringList> LeadsModel::csvRows() const
{
    // Full timestamps (a file outlives "today") and the whole reply.
    auto stamp = [](const QDateTime& when) {
        return when.isValid() ? when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                              : QString();
    };
    QVector<QStringList> rows;
    rows.reserve(m_rows.size());
    for (const LeadListRow& row : m_rows) {
        rows.append({row.sdrName.isEmpty() ? row.sdrId : row.sdrName, row.leadName, row.phone,
                     stateLabel(row.state), stamp(row.sentAt), stamp(row.lastEventAt), row.replyText,
                     row.leadId});
    }
    return rows;
}

bool LeadsModel::exportCsv(QIODevice* device, QString* error) const
{
    return LeadList::writeCsv(device, csvHeader(), csvRows(), error);
}
