#include "Phone.h"

#include <QCoreApplication>

namespace {
// Separators people write inside a number. NBSP shows up when numbers are pasted from web pages.
bool isSeparator(QChar c)
{
    switch (c.unicode()) {
    case ' ':
    case '\t':
    case 0x00A0:
    case '-':
    case '(':
    case ')':
    case '.':
        return true;
    default:
        return false;
    }
}
} // namespace

std::optional<QString> Phone::normalize(const QString& input, Error* error)
{
    auto fail = [error](Error why) -> std::optional<QString> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (error)
        *error = Error::None;
    // Look no further at absurd inputs: nothing legitimate is this long.
    if (input.size() > MaxInputLength)
        return fail(Error::TooLong);

    QString digits;
    digits.reserve(input.size());
    bool seenContent = false;
    for (const QChar c : input) {
        if (isSeparator(c))
            continue;
        if (c == QLatin1Char('+')) {
            if (seenContent)
                return fail(Error::MisplacedPlus);
            seenContent = true;
            continue;
        }
        // Only ASCII digits: QChar::isDigit() would accept Arabic-Indic and other scripts, which
        // WhatsApp's deep link would not understand.
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return fail(Error::BadCharacter);
        seenContent = true;
        digits.append(c);
    }
    if (digits.isEmpty())
        return fail(Error::Empty);
    if (digits.size() < MinDigits)
        return fail(Error::TooFewDigits);
    if (digits.size() > MaxDigits)
        return fail(Error::TooManyDigits);
    if (digits.front() == QLatin1Char('0'))
        return fail(Error::LeadingZero);
    return QLatin1Char('+') + digits;
}

QString Phone::digits(const QString& input)
{
    const auto normalized = normalize(input);
    return normalized ? normalized->mid(1) : QString();
}

QString Phone::reasonText(Error error)
{
    switch (error) {
    case Error::None:
        return {};
    case Error::Empty:
        return QCoreApplication::translate("Phone", "The phone number is empty.");
    case Error::TooLong:
        return QCoreApplication::translate("Phone", "The phone number is far too long.");
    case Error::MisplacedPlus:
        return QCoreApplication::translate("Phone", "A '+' may only stand at the start of the number.");
    case Error::BadCharacter:
        return QCoreApplication::translate("Phone",
                                           "The phone number contains characters other than digits.");
    case Error::TooFewDigits:
        return QCoreApplication::translate("Phone", "The phone number has fewer than 7 digits.");
    case Error::TooManyDigits:
        return QCoreApplication::translate("Phone", "The phone number has more than 15 digits.");
    case Error::LeadingZero:
        return QCoreApplication::translate("Phone",
                                           "The phone number must start with its country code, not 0.");
    }
    return {};
}
