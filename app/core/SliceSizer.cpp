#include "SliceSizer.h"

SliceSizer::SliceSizer(int budgetMs, qsizetype initial, qsizetype minimum, qsizetype maximum)
    : m_budgetMs(qMax(1, budgetMs))
    , m_size(qBound(minimum, initial, maximum))
    , m_minimum(minimum)
    , m_maximum(maximum)
{
}

void SliceSizer::measured(qsizetype items, qint64 elapsedNs)
{
    if (items <= 0)
        return;
    const qint64 spentUs = qMax<qint64>(1, elapsedNs / 1000);
    const qsizetype fitting = qsizetype(items * qint64(m_budgetMs) * 1000 / spentUs);
    // Smaller at once, larger by at most double: a quick slice was often quick because its rows'
    // pages were cached, and the next rows' are not (a 4x jump then overshot to 30-70 ms).
    m_size = qBound(m_minimum, qMin(fitting, 2 * items), m_maximum);
}
