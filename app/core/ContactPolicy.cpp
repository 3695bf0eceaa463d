#include "ContactPolicy.h"

#include "Clock.h"
#include "Outbox.h"
#include "Settings.h"
#include "SuppressionList.h"
#include "UnansweredBudget.h"

ContactPolicy::ContactPolicy(SuppressionList* suppression, Outbox* outbox, UnansweredBudget* budget,
                             Settings* settings, const Clock* clock)
    : m_suppression(suppression)
    , m_outbox(outbox)
    , m_budget(budget)
    , m_settings(settings)
    , m_clock(clock)
{
}

ContactPolicy::Verdict ContactPolicy::check(const OutboxEntry& entry) const
{
    Verdict verdict;
    if (m_suppression) {
        if (const auto listed = m_suppression->find(entry.phone)) {
            verdict.action = Verdict::Action::FailOptedOut;
            verdict.detail = listed->source == SuppressionList::sourceName(SuppressionList::Source::OptOut)
                                 ? tr("the phone asked not to be contacted again (suppression list)")
                                 : tr("the phone is on the suppression list");
            return verdict;
        }
    }
    const int holdDays = m_settings->intValue(SettingKeys::RecentContactDays);
    if (holdDays > 0 && !entry.holdApproved) {
        const auto other =
            m_outbox->recentContactByOthers(entry.phone, entry.sdrId, m_clock->now().addDays(-holdDays));
        if (other) {
            verdict.action = Verdict::Action::Hold;
            const QDateTime at = other->sentAt.isValid() ? other->sentAt : other->updatedAt;
            verdict.detail = tr("%1 contacted this phone on %2 (lead %3)")
                                 .arg(other->sdrId, at.toString(Qt::ISODate), other->leadId);
            return verdict;
        }
    }
    if (m_budget) {
        const UnansweredBudget::Usage usage = m_budget->usage(entry.sdrId);
        if (usage.exhausted) {
            verdict.action = Verdict::Action::WaitBudget;
            verdict.retryAt = usage.nextRelease;
            verdict.detail = tr("%1 of %2 messages of the last %3 days are unanswered")
                                 .arg(usage.used)
                                 .arg(usage.budget)
                                 .arg(UnansweredBudget::WindowDays);
            return verdict;
        }
    }
    return verdict;
}
