#pragma once

#include <QString>
#include <QStringList>

class QIODevice;

// Writes RFC 4180 CSV (UTF-8, CRLF line ends, fields quoted when they hold a comma, quote, CR or LF,
// quotes doubled). With the formula guard on, a text field that a spreadsheet would run as a
// formula (starting with = + - @ or a tab/CR, and not simply a number such as "+905454031918")
// gets a leading apostrophe, since exported text can come from the network.
class CsvWriter
{
public:
    enum class FormulaGuard
    {
        Off,
        On
    };

    explicit CsvWriter(QIODevice* device, FormulaGuard guard = FormulaGuard::On);

    // A UTF-8 byte order mark, so spreadsheet programs pick the right encoding. Call first.
    bool writeByteOrderMark();
    bool writeRow(const QStringList& fields);
    QString errorString() const { return m_errorString; }

    static QString escapeField(const QString& field, FormulaGuard guard = FormulaGuard::On);
    static QString formatRow(const QStringList& fields, FormulaGuard guard = FormulaGuard::On);

private:
    bool write(const QByteArray& bytes);

    QIODevice* m_device;
    FormulaGuard m_guard;
    QString m_errorString;
};
