#pragma once

#include <QString>
#include <optional>

// E.164 phone numbers as the CRM contract defines them: '+' and 7-15 ASCII digits, the first not 0.
// Accepts what a person types around the digits (spaces, dashes, parentheses, dots) and digits
// without the '+'; rejects everything else with a reason.
class Phone
{
public:
    // Why a number was refused (machine-readable; the text for people comes from reasonText()).
    enum class Error
    {
        None,
        Empty,
        TooLong,       // input far beyond any phone number (refused before looking at it)
        MisplacedPlus, // '+' anywhere but at the start
        BadCharacter,  // letters, unicode digits, symbols
        TooFewDigits,  // fewer than 7
        TooManyDigits, // more than 15
        LeadingZero,   // country codes never start with 0 (national or 00-prefixed numbers)
    };

    // "+905454031918" for any accepted spelling, std::nullopt (and *error) otherwise.
    static std::optional<QString> normalize(const QString& input, Error* error = nullptr);
    static bool isValid(const QString& input) { return normalize(input).has_value(); }
    // Digits only ("905454031918") of a valid number, empty when invalid. What deep links use.
    static QString digits(const QString& input);
    static QString reasonText(Error error);

    static constexpr int MinDigits = 7;
    static constexpr int MaxDigits = 15;
    static constexpr int MaxInputLength = 64;
};
