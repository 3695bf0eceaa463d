#include "OptOutDetector.h"

#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {
// A phrase file is small; anything larger is not one (and is not read into memory whole).
constexpr qint64 kMaxFileBytes = 1024 * 1024;
// Replies are bounded by the contract (4096 characters); a longer text is folded only this far.
constexpr int kMaxReplyChars = 8192;

QString readFile(const QString& path, bool* ok)
{
    QFile file(path);
    *ok = false;
    if (!file.open(QIODevice::ReadOnly) || file.size() > kMaxFileBytes)
        return {};
    *ok = true;
    return QString::fromUtf8(file.readAll());
}
} // namespace

OptOutDetector::OptOutDetector()
{
    bool ok = false;
    const QString text = readFile(QString::fromLatin1(ResourcePath), &ok);
    if (!ok || !setPhrases(text))
        qCWarning(lcFollowUp) << "the shipped opt-out phrases could not be read";
    m_source = QString::fromLatin1(ResourcePath);
}

bool OptOutDetector::loadOverride(const QString& dataDirectory)
{
    const QString path = QDir(dataDirectory).filePath(QString::fromLatin1(OverrideFileName));
    if (!QFileInfo::exists(path))
        return false;
    bool ok = false;
    const QString text = readFile(path, &ok);
    // A broken or empty override must not switch opt-out detection off: the shipped list stays.
    const QStringList anywhere = m_anywhere;
    const QStringList whole = m_whole;
    if (!ok || !setPhrases(text)) {
        m_anywhere = anywhere;
        m_whole = whole;
        qCWarning(lcFollowUp).noquote() << "ignoring" << path << ": unreadable or without phrases";
        return false;
    }
    m_source = path;
    qCInfo(lcFollowUp).noquote() << "opt-out phrases from" << path << "(" << phraseCount() << ")";
    return true;
}

bool OptOutDetector::setPhrases(const QString& text)
{
    QStringList anywhere;
    QStringList whole;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (QString line : lines) {
        line = line.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const bool wholeOnly = line.startsWith(QLatin1Char('='));
        const QString folded = fold(wholeOnly ? line.mid(1) : line);
        if (folded.trimmed().isEmpty())
            continue; // punctuation only: it would match everything
        (wholeOnly ? whole : anywhere).append(folded);
    }
    if (anywhere.isEmpty() && whole.isEmpty())
        return false;
    anywhere.removeDuplicates();
    whole.removeDuplicates();
    m_anywhere = anywhere;
    m_whole = whole;
    return true;
}

QString OptOutDetector::fold(const QString& text)
{
    // NFKD splits accented letters into base + combining marks (and full-width or ligature forms
    // into plain ones); the marks are dropped. İ becomes I + a dot mark, so it folds to i; the
    // dotless ı has no decomposition and is mapped by hand.
    const QString decomposed = text.left(kMaxReplyChars).normalized(QString::NormalizationForm_KD);
    QString result;
    result.reserve(decomposed.size() + 2);
    result += QLatin1Char(' ');
    bool space = true;
    for (QChar c : decomposed) {
        const QChar::Category category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining ||
            category == QChar::Mark_Enclosing)
            continue;
        if (c == QChar(0x0131))
            c = QLatin1Char('i');
        // Surrogate halves (emoji) are neither letters nor digits here: they separate words.
        if (c.isLetterOrNumber()) {
            result += c;
            space = false;
        } else if (c == QLatin1Char('\'') || c == QChar(0x2019)) {
            continue; // "don't" and "dont" are the same word
        } else if (!space) {
            result += QLatin1Char(' ');
            space = true;
        }
    }
    if (!space)
        result += QLatin1Char(' ');
    return result.toCaseFolded();
}

QString OptOutDetector::matchedPhrase(const QString& reply) const
{
    const QString folded = fold(reply);
    for (const QString& phrase : m_whole) {
        if (folded == phrase)
            return phrase.trimmed();
    }
    for (const QString& phrase : m_anywhere) {
        if (folded.contains(phrase))
            return phrase.trimmed();
    }
    return {};
}
