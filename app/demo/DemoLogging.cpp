#include "DemoLogging.h"

Q_LOGGING_CATEGORY(lcDemo, "sdrsender.demo", QtInfoMsg)
