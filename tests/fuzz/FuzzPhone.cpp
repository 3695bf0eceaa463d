// libFuzzer target: phone normalisation (E.164) of any text a CRM or a CSV file may hold.
#include "Phone.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString input = QString::fromUtf8(reinterpret_cast<const char*>(data), int(size));
    Phone::Error error{};
    const std::optional<QString> phone = Phone::normalize(input, &error);
    if (phone) {
        // A normalised number is "+" and 7 to 15 digits, and normalising it again changes nothing.
        const QString digits = phone->mid(1);
        if (!phone->startsWith(QLatin1Char('+')) || digits.size() < Phone::MinDigits ||
            digits.size() > Phone::MaxDigits)
            abort();
        for (const QChar c : digits) {
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                abort();
        }
        if (Phone::normalize(*phone) != phone)
            abort();
    } else if (Phone::reasonText(error).isEmpty()) {
        abort(); // every refusal has a reason a person can read
    }
    return 0;
}
