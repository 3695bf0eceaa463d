#include "SdrChoices.h"

#include "SdrRepository.h"

#include <QComboBox>
#include <QSignalBlocker>

bool SdrChoices::fill(QComboBox* box, const SdrRepository* sdrs, const QString& current,
                      const QString& allLabel)
{
    const QSignalBlocker blocker(box);
    box->clear();
    box->addItem(allLabel, QString());
    if (sdrs) {
        for (const SdrRecord& sdr : sdrs->all())
            box->addItem(sdr.name.isEmpty() ? sdr.id : sdr.name, sdr.id);
    }
    const int index = box->findData(current);
    box->setCurrentIndex(index >= 0 ? index : 0);
    return index >= 0 || current.isEmpty();
}
