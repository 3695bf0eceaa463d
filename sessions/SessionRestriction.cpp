#include "SessionRestriction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {
constexpr int kMaxTextChars = 300;
}

SessionRestriction::SessionRestriction(const QString& file, QObject* parent)
    : QObject(parent)
    , m_file(file)
{
    QFile in(m_file);
    if (!m_file.isEmpty() && in.open(QIODevice::ReadOnly))
        m_text = QString::fromUtf8(in.readAll()).trimmed();
}

QString SessionRestriction::genericText() const
{
    // Under the context it was translated in before the session was split (keeps its translations).
    return QCoreApplication::translate("WhatsAppSession", "WhatsApp showed a dialog over the chat");
}

bool SessionRestriction::restrict(const QString& dialogText)
{
    const QString detail = dialogText.simplified().left(kMaxTextChars);
    if (isActive() && (m_text != genericText() || detail.isEmpty()))
        return false;
    m_text = detail.isEmpty() ? genericText() : detail;
    if (!m_file.isEmpty() && QDir().mkpath(QFileInfo(m_file).path())) {
        QFile out(m_file);
        if (out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            out.write(m_text.toUtf8());
    }
    emit changed();
    return true;
}

bool SessionRestriction::resume()
{
    if (!isActive())
        return false;
    m_text.clear();
    if (!m_file.isEmpty())
        QFile::remove(m_file);
    emit changed();
    return true;
}
