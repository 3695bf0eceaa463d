#include "ActivityModel.h"

#include "ActivityExportJob.h"
#include "ActivityLog.h"
#include "SafeText.h"
#include "SdrRepository.h"
#include "StatePresentation.h"
#include "Store.h"

#include <QFile>
#include <QLocale>
#include <QSaveFile>

ActivityModel::ActivityModel(ActivityLog* log, SdrRepository* sdrs, QObject* parent)
    : QAbstractTableModel(parent)
    , m_log(log)
    , m_sdrs(sdrs)
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(100);
    connect(&m_batchTimer, &QTimer::timeout, this, &ActivityModel::flushPending);
    connect(m_log, &ActivityLog::added, this, &ActivityModel::onAdded);
    if (m_sdrs) {
        auto names = [this] {
            reloadNames();
            if (!m_entries.isEmpty())
                emit dataChanged(index(0, SdrColumn), index(int(m_entries.size()) - 1, SdrColumn));
        };
        connect(m_sdrs, &SdrRepository::sdrChanged, this, names);
        connect(m_sdrs, &SdrRepository::sdrRemoved, this, names);
    }
    reloadNames();
    reload();
}

void ActivityModel::reloadNames()
{
    m_names.clear();
    if (!m_sdrs)
        return;
    for (const SdrRecord& sdr : m_sdrs->all())
        m_names.insert(sdr.id, sdr.name);
}

QString ActivityModel::sdrName(const QString& sdrId) const
{
    const QString name = m_names.value(sdrId);
    return name.isEmpty() ? sdrId : name;
}

bool ActivityModel::matches(const ActivityEntry& entry) const
{
    return (m_sdrFilter.isEmpty() || entry.sdrId == m_sdrFilter) &&
           (m_kindFilter.isEmpty() || entry.kind == m_kindFilter);
}

QVector<ActivityEntry> ActivityModel::nextPage()
{
    // Both filters run in SQL on indexes: a rare kind costs one short query, not a walk through the
    // whole log page by page.
    const QVector<ActivityEntry> page =
        m_log->entries(m_sdrFilter, m_pageSize, m_oldestLoadedId, m_kindFilter);
    if (page.size() < m_pageSize)
        m_exhausted = true;
    if (!page.isEmpty())
        m_oldestLoadedId = page.last().id;
    for (const ActivityEntry& entry : page) {
        if (!m_seenKinds.contains(entry.kind))
            m_seenKinds << entry.kind;
    }
    return page;
}

void ActivityModel::reload()
{
    beginResetModel();
    m_batchTimer.stop();
    m_pending.clear(); // the store has them: the first page reads them
    m_entries.clear();
    m_oldestLoadedId = 0;
    m_exhausted = false;
    m_entries = nextPage();
    endResetModel();
}

bool ActivityModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_exhausted;
}

void ActivityModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || m_exhausted)
        return;
    const QVector<ActivityEntry> more = nextPage();
    if (more.isEmpty())
        return;
    beginInsertRows({}, int(m_entries.size()), int(m_entries.size() + more.size()) - 1);
    m_entries += more;
    endInsertRows();
}

void ActivityModel::onAdded(const ActivityEntry& entry)
{
    if (!m_seenKinds.contains(entry.kind))
        m_seenKinds << entry.kind;
    if (!matches(entry))
        return;
    m_pending.append(entry);
    if (!m_batchTimer.isActive())
        m_batchTimer.start();
}

void ActivityModel::flushPending()
{
    m_batchTimer.stop();
    if (m_pending.isEmpty())
        return;
    const int count = int(m_pending.size());
    beginInsertRows({}, 0, count - 1);
    QVector<ActivityEntry> rows;
    rows.reserve(count + m_entries.size());
    for (auto it = m_pending.crbegin(); it != m_pending.crend(); ++it)
        rows.append(*it); // newest first
    rows += m_entries;
    m_entries = std::move(rows);
    m_pending.clear();
    endInsertRows();
    trimToMaxRows();
}

void ActivityModel::trimToMaxRows()
{
    if (m_entries.size() <= m_maxRows)
        return;
    // The oldest go; the paging cursor moves up so fetchMore reads them again when asked.
    beginRemoveRows({}, m_maxRows, int(m_entries.size()) - 1);
    m_entries.resize(m_maxRows);
    endRemoveRows();
    m_oldestLoadedId = m_entries.last().id;
    m_exhausted = false;
}

void ActivityModel::setSdrFilter(const QString& sdrId)
{
    if (sdrId == m_sdrFilter)
        return;
    m_sdrFilter = sdrId;
    reload();
}

void ActivityModel::setKindFilter(const QString& kind)
{
    if (kind == m_kindFilter)
        return;
    m_kindFilter = kind;
    reload();
}

void ActivityModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_entries.size()) - 1, ColumnCount - 1));
}

QVector<ActivityEntry> ActivityModel::allMatching() const
{
    QVector<ActivityEntry> result;
    qint64 before = 0;
    const int page = 1000;
    for (;;) {
        const QVector<ActivityEntry> entries = m_log->entries(m_sdrFilter, page, before, m_kindFilter);
        result += entries;
        if (entries.size() < page)
            break;
        before = entries.last().id;
    }
    return result;
}

QStringList ActivityModel::knownKinds() const
{
    QStringList kinds{QStringLiteral("state"),  QStringLiteral("send"), QStringLiteral("fail"),
                      QStringLiteral("report"), QStringLiteral("poll"), QStringLiteral("config"),
                      QStringLiteral("error")};
    for (const QString& kind : m_seenKinds) {
        if (!kinds.contains(kind))
            kinds << kind;
    }
    return kinds;
}

QColor ActivityModel::kindColor(const QString& kind)
{
    using Severity = StatePresentation::Severity;
    if (kind == QLatin1String("send"))
        return StatePresentation::color(Severity::Ok);
    if (kind == QLatin1String("fail") || kind == QLatin1String("error"))
        return StatePresentation::color(Severity::Critical);
    if (kind == QLatin1String("state"))
        return StatePresentation::color(Severity::Busy);
    return StatePresentation::color(Severity::Idle);
}

QString ActivityModel::kindLabel(const QString& kind)
{
    if (kind == QLatin1String("state"))
        return tr("Connection");
    if (kind == QLatin1String("send"))
        return tr("Sent");
    if (kind == QLatin1String("fail"))
        return tr("Failed");
    if (kind == QLatin1String("report"))
        return tr("Report");
    if (kind == QLatin1String("poll"))
        return tr("Queue");
    if (kind == QLatin1String("config"))
        return tr("Settings");
    if (kind == QLatin1String("error"))
        return tr("Error");
    return kind;
}

bool ActivityModel::exportCsv(const QString& filePath, QString* errorString) const
{
    // QSaveFile: an existing file is replaced only once the whole export is written. The same
    // writer as ActivityExportJob's, on this thread (the view exports in the background).
    QSaveFile file(filePath);
    auto fail = [errorString](const QString& message) {
        if (errorString)
            *errorString = message;
        return false;
    };
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(filePath, file.errorString()));
    QString error;
    if (!ActivityExportJob::write(m_log->store()->database(), &file, {m_sdrFilter, m_kindFilter}, m_names,
                                  nullptr, nullptr, &error)) {
        file.cancelWriting();
        return fail(tr("Cannot write %1: %2").arg(filePath, error));
    }
    if (!file.commit())
        return fail(tr("Cannot write %1: %2").arg(filePath, file.errorString()));
    return true;
}

int ActivityModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ActivityModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActivityModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActivityEntry& entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(entry.at.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        case SdrColumn:
            return entry.sdrId.isEmpty() ? tr("(app)") : sdrName(entry.sdrId);
        case KindColumn:
            return kindLabel(entry.kind);
        case MessageColumn:
            return entry.message;
        }
        return {};
    case Qt::DecorationRole:
        if (index.column() == KindColumn)
            return StatePresentation::dot(kindColor(entry.kind), 10);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == MessageColumn)
            return SafeText::toolTip(entry.message);
        if (index.column() == SdrColumn)
            return SafeText::toolTip(entry.sdrId);
        return {};
    case EntryIdRole:
        return entry.id;
    case SdrIdRole:
        return entry.sdrId;
    case KindRole:
        return entry.kind;
    case TimestampRole:
        return entry.at;
    default:
        return {};
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case SdrColumn:
        return tr("SDR");
    case KindColumn:
        return tr("Kind");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}
