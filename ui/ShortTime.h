#pragma once

#include <QDateTime>
#include <QString>

// How the tables show a moment: "HH:mm" for today, the short local date before it for older days,
// "—" when there is none. 24-hour times read the same in every language the app ships.
class ShortTime
{
public:
    static QString text(const QDateTime& when, const QDateTime& now);
};
