#pragma once

#include <QIcon>

// The application icon (":/icons/sdr-sender-<size>.png", drawn for this app).
class AppIcon
{
public:
    static QIcon icon();
};
