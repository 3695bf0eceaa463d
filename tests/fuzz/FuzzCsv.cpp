// libFuzzer target: the RFC 4180 reader behind File → Import leads. Any bytes end in records or in
// a clear error; each record's line number is within the text and never goes backwards.
#include "CsvLeadImporter.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), int(size));
    QVector<QStringList> records;
    QVector<int> lines;
    QString error;
    if (!CsvLeadImporter::parseCsv(text, &records, &lines, &error)) {
        if (error.isEmpty())
            abort();
        return 0;
    }
    if (records.size() != lines.size())
        abort();
    const int lineCount = int(text.count(QLatin1Char('\n')) + text.count(QLatin1Char('\r'))) + 1;
    int previous = 0;
    for (int line : lines) {
        if (line < 1 || line < previous || line > lineCount)
            abort();
        previous = line;
    }
    return 0;
}
