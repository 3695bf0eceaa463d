#include "CsvWriter.h"

#include <QIODevice>
#include <QRegularExpression>

CsvWriter::CsvWriter(QIODevice* device, FormulaGuard guard)
    : m_device(device)
    , m_guard(guard)
{
}

QString CsvWriter::escapeField(const QString& field, FormulaGuard guard)
{
    QString text = field;
    if (guard == FormulaGuard::On && !text.isEmpty()) {
        static const QRegularExpression number(QStringLiteral("^[+-]?[0-9][0-9 .,]*$"));
        const QChar first = text.front();
        const bool risky = first == QLatin1Char('=') || first == QLatin1Char('+') ||
                           first == QLatin1Char('-') || first == QLatin1Char('@') ||
                           first == QLatin1Char('\t') || first == QLatin1Char('\r');
        if (risky && !number.match(text).hasMatch())
            text.prepend(QLatin1Char('\''));
    }
    const bool quote = text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) ||
                       text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'));
    if (!quote)
        return text;
    text.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

QString CsvWriter::formatRow(const QStringList& fields, FormulaGuard guard)
{
    QStringList escaped;
    escaped.reserve(fields.size());
    for (const QString& field : fields)
        escaped << escapeField(field, guard);
    return escaped.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

bool CsvWriter::write(const QByteArray& bytes)
{
    if (!m_device || !m_device->isWritable()) {
        m_errorString = QStringLiteral("the file is not open for writing");
        return false;
    }
    if (m_device->write(bytes) != bytes.size()) {
        m_errorString = m_device->errorString();
        return false;
    }
    return true;
}

bool CsvWriter::writeByteOrderMark()
{
    return write(QByteArrayLiteral("\xEF\xBB\xBF"));
}

bool CsvWriter::writeRow(const QStringList& fields)
{
    return write(formatRow(fields, m_guard).toUtf8());
}
