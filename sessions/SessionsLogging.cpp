#include "SessionsLogging.h"

Q_LOGGING_CATEGORY(lcProfile, "sdrsender.profile", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSession, "sdrsender.session", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProbe, "sdrsender.probe", QtInfoMsg)
Q_LOGGING_CATEGORY(lcHibernation, "sdrsender.hibernation", QtInfoMsg)
