#include "UnansweredBudget.h"

#include "BackgroundReader.h"
#include "Clock.h"
#include "FollowUpTracker.h"
#include "Outbox.h"
#include "Settings.h"

UnansweredBudget::UnansweredBudget(FollowUpRepository* repository, Settings* settings, const Clock* clock,
                                   QObject* parent)
    : QObject(parent)
    , m_repository(repository)
    , m_settings(settings)
    , m_clock(clock)
{
}

UnansweredBudget::~UnansweredBudget() = default;

void UnansweredBudget::follow(Outbox* outbox, FollowUpTracker* tracker)
{
    m_following = true;
    m_kept.clear();
    if (outbox) {
        connect(outbox, &Outbox::entryChanged, this,
                [this](const QString&, const QString& sdrId, OutboxState state) {
                    if (state == OutboxState::Sent)
                        noteSent(sdrId);
                });
    }
    if (tracker) {
        // A reply takes a send out of the count; which one (and whether it was still in the window)
        // only the store knows, so the SDR's count is read again when next asked.
        connect(tracker, &FollowUpTracker::replied, this,
                [this](const QString& sdrId, const QString&) { forget(sdrId); });
        connect(tracker, &FollowUpTracker::optedOut, this,
                [this](const QString& sdrId, const QString&, const QString&) { forget(sdrId); });
    }
}

void UnansweredBudget::prime(const Store* store, std::function<void()> ready)
{
    if (!m_following || m_priming) {
        if (ready)
            ready();
        return;
    }
    m_priming = true;
    m_changedWhilePriming.clear();
    m_primer = std::make_unique<BackgroundReader>(store);
    const QDateTime now = m_clock->now();
    const QDateTime since = now.addDays(-WindowDays);
    m_primer->read(
        this, [since](const QSqlDatabase& db) { return FollowUpRepository::unansweredPerSdr(db, since); },
        [this, now, ready = std::move(ready)](const QHash<QString, FollowUpRepository::Unanswered>& counts) {
            primed(counts, now);
            if (ready)
                ready();
        });
}

void UnansweredBudget::primed(const QHash<QString, FollowUpRepository::Unanswered>& counts,
                              const QDateTime& countedAt)
{
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        // A count read here meanwhile is newer; one that changed meanwhile is read again when asked.
        if (!m_kept.contains(it.key()) && !m_changedWhilePriming.contains(it.key()))
            m_kept.insert(it.key(), Kept{it.value(), countedAt});
    }
    m_priming = false;
    m_changedWhilePriming.clear();
    // Not from inside its own callback: the reader's destructor waits for its thread.
    m_primer.release()->deleteLater();
}

void UnansweredBudget::forget(const QString& sdrId)
{
    m_kept.remove(sdrId);
    if (m_priming)
        m_changedWhilePriming.insert(sdrId);
}

void UnansweredBudget::noteSent(const QString& sdrId)
{
    if (m_priming)
        m_changedWhilePriming.insert(sdrId);
    const auto it = m_kept.find(sdrId);
    if (it == m_kept.end())
        return;
    // A send just made is in the window and unanswered: one more. When it is the only one, its
    // time becomes the oldest, which only the store has exactly: read again.
    if (it->counted.count == 0)
        m_kept.erase(it);
    else
        ++it->counted.count;
}

FollowUpRepository::Unanswered UnansweredBudget::count(const QString& sdrId, const QDateTime& now) const
{
    const QDateTime since = now.addDays(-WindowDays);
    if (!m_following)
        return m_repository->unanswered(sdrId, since);
    const auto it = m_kept.constFind(sdrId);
    if (it != m_kept.constEnd()) {
        const bool fresh = it->countedAt <= now && it->countedAt.secsTo(now) < RecountSeconds;
        // The count holds while its oldest send is still in the window.
        const bool inWindow = !it->counted.oldest.isValid() || it->counted.oldest >= since;
        if (fresh && inWindow)
            return it->counted;
    }
    const FollowUpRepository::Unanswered counted = m_repository->unanswered(sdrId, since);
    m_kept.insert(sdrId, Kept{counted, now});
    return counted;
}

FollowUpRepository::Unanswered UnansweredBudget::keptCount(const QString& sdrId) const
{
    const auto it = m_kept.constFind(sdrId);
    if (it == m_kept.constEnd())
        return {-1, {}};
    return it->counted;
}

UnansweredBudget::Usage UnansweredBudget::usageOf(const QString& sdrId,
                                                  const FollowUpRepository::Unanswered& counted) const
{
    Usage usage;
    usage.budget = qMax(1, m_settings->intValue(SettingKeys::UnansweredBudget, sdrId));
    usage.used = counted.count;
    usage.near = qint64(usage.used) * 100 >= qint64(usage.budget) * NearPercent;
    usage.exhausted = usage.used >= usage.budget;
    if (counted.oldest.isValid())
        usage.nextRelease = counted.oldest.addDays(WindowDays);
    return usage;
}

UnansweredBudget::Usage UnansweredBudget::usage(const QString& sdrId) const
{
    const QDateTime now = m_clock->now();
    Usage result = usageOf(sdrId, count(sdrId, now));
    if (result.exhausted && m_following) {
        // A pause rests on a count at most PauseRecountSeconds old (a reply no signal told of ends
        // it by then); not on every check, since a paused SDR's dispatcher is woken by every lead
        // routed to it.
        const auto it = m_kept.constFind(sdrId);
        if (it != m_kept.constEnd() && it->countedAt.secsTo(now) >= PauseRecountSeconds) {
            m_kept.remove(sdrId);
            result = usageOf(sdrId, count(sdrId, now));
        }
    }
    return result;
}

QHash<QString, UnansweredBudget::Usage> UnansweredBudget::usage(const QStringList& sdrIds) const
{
    const QHash<QString, FollowUpRepository::Unanswered> counts =
        m_repository->unansweredPerSdr(m_clock->now().addDays(-WindowDays));
    QHash<QString, Usage> result;
    for (const QString& sdrId : sdrIds)
        result.insert(sdrId, usageOf(sdrId, counts.value(sdrId)));
    return result;
}
