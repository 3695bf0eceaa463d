#pragma once

#include <QString>

// How a secret is shown to people: never in full. Used wherever the CRM token appears on screen.
class SecretMask
{
public:
    // "abcd…wxyz" (first 4, an ellipsis, last 4). Secrets shorter than 16 characters would give away
    // more than half of themselves that way, so they are shown as "••••". An empty secret stays empty.
    static QString mask(const QString& secret);
};
