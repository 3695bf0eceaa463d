#include "SecretMask.h"

namespace {
constexpr int kShown = 4;
} // namespace

QString SecretMask::mask(const QString& secret)
{
    if (secret.isEmpty())
        return QString();
    if (secret.size() <= 2 * kShown)
        return QStringLiteral("\u2022\u2022\u2022\u2022");
    return secret.left(kShown) + QChar(0x2026) + secret.right(kShown);
}
