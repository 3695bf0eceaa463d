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

UnansweredBudget::Usage UnansweredBudget::usage(const QString& sdrId) const
{
    Usage usage;
    const QDateTime since = m_clock->now().addDays(-WindowDays);
    usage.budget = qMax(1, m_settings->intValue(SettingKeys::UnansweredBudget, sdrId));
    usage.used = m_repository->unansweredSince(sdrId, since);
    usage.near = qint64(usage.used) * 100 >= qint64(usage.budget) * NearPercent;
    usage.exhausted = usage.used >= usage.budget;
    const QDateTime oldest = m_repository->oldestUnansweredSince(sdrId, since);
    if (oldest.isValid())
        usage.nextRelease = oldest.addDays(WindowDays);
    return usage;
}
