#pragma once

#include <QString>

class QComboBox;
class SdrRepository;

// The "which SDR" filter box of the list views: `allLabel` (no filter) first, then every SDR by
// name, with `current` selected again when it still exists.
class SdrChoices
{
public:
    // False when `current` named an SDR that is gone: the caller drops its filter.
    static bool fill(QComboBox* box, const SdrRepository* sdrs, const QString& current,
                     const QString& allLabel);
};
