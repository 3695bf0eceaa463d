#include "SecretMask.h"

namespace {
constexpr int kShown = 4;
} // namespace

QString SecretMask::mask(const QString& secret)
{
    if (secret.isEmpty())
        return QString();
    // Showing both ends is fine only while at least half of the secret stays hidden: a 9-character
    // token shown as "abcd…fghi" would give away eight of its nine characters.
    if (secret.size() < 4 * kShown)
        return QStringLiteral("\u2022\u2022\u2022\u2022");
    return secret.left(kShown) + QChar(0x2026) + secret.right(kShown);
}
