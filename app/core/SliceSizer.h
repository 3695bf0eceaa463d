#pragma once

#include <QtGlobal>

// How many items the next slice of work on the UI thread may take, sized from what the last slice
// cost: a slice takes about budgetMs whatever the disk, the rows and the machine's load (a fixed
// count was a few ms on a quiet machine and hundreds of ms on a loaded one, issue 13).
class SliceSizer
{
public:
    SliceSizer(int budgetMs, qsizetype initial, qsizetype minimum, qsizetype maximum);

    qsizetype next() const { return m_size; }
    // A slice of `items` took elapsedNs: size the next one (at most twice as many).
    void measured(qsizetype items, qint64 elapsedNs);

    int budgetMs() const { return m_budgetMs; }
    void setBudgetMs(int ms) { m_budgetMs = qMax(1, ms); }

private:
    int m_budgetMs;
    qsizetype m_size;
    qsizetype m_minimum;
    qsizetype m_maximum;
};
