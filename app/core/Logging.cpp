#include "Logging.h"

Q_LOGGING_CATEGORY(lcStore, "sdrsender.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcConfig, "sdrsender.config", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "sdrsender.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCrm, "sdrsender.crm", QtInfoMsg)
Q_LOGGING_CATEGORY(lcQueue, "sdrsender.queue", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRouting, "sdrsender.routing", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOutbox, "sdrsender.outbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcPacing, "sdrsender.pacing", QtInfoMsg)
Q_LOGGING_CATEGORY(lcReport, "sdrsender.report", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFollowUp, "sdrsender.followup", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApp, "sdrsender.app", QtInfoMsg)
// Issue 12: suppression list, recently-contacted hold, unanswered budget.
Q_LOGGING_CATEGORY(lcProtection, "sdrsender.protection", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRetention, "sdrsender.retention", QtInfoMsg)
