#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class Clock;
class Outbox;
class Settings;
class SuppressionList;
class UnansweredBudget;
struct OutboxEntry;

// What protects every SDR's number, asked by the dispatcher about the next queued lead before it
// opens a chat: a suppressed phone fails the lead (opted_out) without a chat; a phone another SDR
// of this app contacted within recent_contact_days holds the lead for a person (unless a person
// already said "send anyway"); an SDR whose unanswered budget is used up sends nothing until it is
// not (the lead stays queued). Checked in that order.
class ContactPolicy
{
    Q_DECLARE_TR_FUNCTIONS(ContactPolicy)
public:
    struct Verdict
    {
        enum class Action
        {
            Send,
            FailOptedOut, // fail with `opted_out`, never open the chat
            Hold,         // queued -> held, a person decides
            WaitBudget,   // leave it queued; look again at retryAt (or when woken)
        };
        Action action = Action::Send;
        QString detail; // for people (activity log, the failure's detail)
        QDateTime retryAt;
    };

    ContactPolicy(SuppressionList* suppression, Outbox* outbox, UnansweredBudget* budget, Settings* settings,
                  const Clock* clock);

    Verdict check(const OutboxEntry& entry) const;
    UnansweredBudget* budget() const { return m_budget; }

private:
    SuppressionList* m_suppression;
    Outbox* m_outbox;
    UnansweredBudget* m_budget;
    Settings* m_settings;
    const Clock* m_clock;
};
