#pragma once

#include <QDateTime>
#include <QTimeZone>

// UTC as a QTimeZone. Qt 6.8 deprecates the Qt::TimeSpec constructors of QDateTime; QTimeZone::UTC
// (no time-zone backend lookup) only exists from Qt 6.5 on, so Qt 6.4 uses QTimeZone::utc().
namespace Utc {
inline QTimeZone zone()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QTimeZone(QTimeZone::UTC);
#else
    return QTimeZone::utc();
#endif
}
} // namespace Utc
