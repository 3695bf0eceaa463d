#pragma once

#include <QString>

// How a secret is shown to people: never in full. Used wherever the CRM token appears on screen.
class SecretMask
{
public:
    // "abcd…wxyz" (first 4, an ellipsis, last 4). Secrets of 8 characters or fewer would give away
    // most of themselves that way, so they are shown as "••••". An empty secret stays empty.
    static QString mask(const QString& secret);
};
