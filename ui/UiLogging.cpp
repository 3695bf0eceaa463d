#include "UiLogging.h"

Q_LOGGING_CATEGORY(lcUi, "sdrsender.ui", QtInfoMsg)
