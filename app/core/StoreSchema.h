#pragma once

#include <QStringList>
#include <QVector>

// Additive schema migrations: step i brings user_version from i to i + 1. Never edit a released
// step; append a new one.
class StoreSchema
{
public:
    static const QVector<QStringList>& migrations();
};
