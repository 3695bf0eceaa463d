#include "UnansweredBudget.h"

#include "Clock.h"
#include "FollowUpRepository.h"
#include "Settings.h"

UnansweredBudget::UnansweredBudget(FollowUpRepository* repository, Settings* settings, const Clock* clock)
    : m_repository(repository)
    , m_settings(settings)
    , m_clock(clock)
{
}

UnansweredBudget::Usage UnansweredBudget::makeUsage(const QString& sdrId, int used,
                                                    const QDateTime& oldest) const
{
    Usage usage;
    usage.budget = qMax(1, m_settings->intValue(SettingKeys::UnansweredBudget, sdrId));
    usage.used = used;
    usage.near = qint64(usage.used) * 100 >= qint64(usage.budget) * NearPercent;
    usage.exhausted = usage.used >= usage.budget;
    if (oldest.isValid())
        usage.nextRelease = oldest.addDays(WindowDays);
    return usage;
}

UnansweredBudget::Usage UnansweredBudget::usage(const QString& sdrId) const
{
    const QDateTime since = m_clock->now().addDays(-WindowDays);
    return makeUsage(sdrId, m_repository->unansweredSince(sdrId, since),
                     m_repository->oldestUnansweredSince(sdrId, since));
}

QHash<QString, UnansweredBudget::Usage> UnansweredBudget::usage(const QStringList& sdrIds) const
{
    const QHash<QString, FollowUpRepository::Unanswered> counts =
        m_repository->unansweredPerSdr(m_clock->now().addDays(-WindowDays));
    QHash<QString, Usage> result;
    for (const QString& sdrId : sdrIds) {
        const FollowUpRepository::Unanswered entry = counts.value(sdrId);
        result.insert(sdrId, makeUsage(sdrId, entry.count, entry.oldest));
    }
    return result;
}
