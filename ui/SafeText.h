#pragma once

#include <QString>

// Qt guesses whether a tooltip or message box text is HTML (Qt::mightBeRichText), so a name such
// as "<b>Eve</b>" from the CRM would be rendered as markup. Text that may come from the network is
// passed through here first: it is escaped and wrapped so Qt shows exactly the characters given.
class SafeText
{
public:
    static QString toolTip(const QString& plain);
};
