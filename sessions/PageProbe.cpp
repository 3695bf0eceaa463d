#include "PageProbe.h"

#include "SessionsLogging.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QWebEngineProfile>
#include <QWebEngineScript>

namespace {
const QStringList kScripts{QStringLiteral("common.js"),        QStringLiteral("observer.js"),
                           QStringLiteral("clickReloadQr.js"), QStringLiteral("useHere.js"),
                           QStringLiteral("composeState.js"),  QStringLiteral("pressSend.js"),
                           QStringLiteral("messageStatus.js"), QStringLiteral("findOutgoing.js"),
                           QStringLiteral("logout.js"),        QStringLiteral("unregisterServiceWorkers.js"),
                           QStringLiteral("dialogText.js"),    QStringLiteral("doctor.js")};

// A script file is one function expression, possibly followed by ';' and whitespace.
QString functionExpression(QString text)
{
    text = text.trimmed();
    while (text.endsWith(QLatin1Char(';')))
        text.chop(1);
    return text;
}
} // namespace

PageProbe::PageProbe(const QString& dataDir, QObject* parent)
    : QObject(parent)
    , m_dataDir(dataDir)
{
    reload();
}

QString PageProbe::overrideDir() const
{
    return m_dataDir.isEmpty() ? QString() : QDir(m_dataDir).filePath(QStringLiteral("whatsapp"));
}

QString PageProbe::readFile(const QString& name) const
{
    static const QRegularExpression safe(QStringLiteral("^[A-Za-z0-9_-]+\\.(js|json)$"));
    if (!safe.match(name).hasMatch())
        return {};
    if (!overrideDir().isEmpty()) {
        QFile custom(QDir(overrideDir()).filePath(name));
        if (custom.exists() && custom.open(QIODevice::ReadOnly)) {
            qCInfo(lcProbe) << "using the override" << custom.fileName();
            return QString::fromUtf8(custom.readAll());
        }
    }
    QFile builtIn(QStringLiteral(":/whatsapp/") + name);
    if (!builtIn.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(builtIn.readAll());
}

void PageProbe::reload()
{
    m_warnings.clear();
    m_scripts.clear();

    QFile builtIn(QStringLiteral(":/whatsapp/selectors.json"));
    if (builtIn.open(QIODevice::ReadOnly))
        m_selectors = QJsonDocument::fromJson(builtIn.readAll()).object();
    if (m_selectors.isEmpty())
        m_warnings.append(tr("The built-in selector pack is missing or invalid."));

    if (!overrideDir().isEmpty()) {
        QFile custom(QDir(overrideDir()).filePath(QStringLiteral("selectors.json")));
        if (custom.exists()) {
            QJsonParseError error{};
            const QJsonDocument doc = custom.open(QIODevice::ReadOnly)
                                          ? QJsonDocument::fromJson(custom.readAll(), &error)
                                          : QJsonDocument();
            if (!doc.isObject()) {
                m_warnings.append(tr("%1 is not a JSON object (%2); the built-in selectors are used.")
                                      .arg(custom.fileName(), error.errorString()));
            } else {
                const QJsonObject overrides = doc.object();
                for (auto it = overrides.begin(); it != overrides.end(); ++it)
                    m_selectors.insert(it.key(), it.value());
                qCInfo(lcProbe) << "selector overrides from" << custom.fileName() << ":" << overrides.keys();
            }
        }
    }
    for (const QString& name : kScripts) {
        const QString text = readFile(name);
        if (text.trimmed().isEmpty())
            m_warnings.append(tr("The probe script %1 is missing.").arg(name));
        m_scripts.insert(name, functionExpression(text));
    }
    for (const QString& warning : std::as_const(m_warnings))
        qCWarning(lcProbe).noquote() << warning;
}

QString PageProbe::scriptText(const QString& name) const
{
    auto it = m_scripts.constFind(name);
    if (it != m_scripts.constEnd())
        return it.value();
    const QString text = functionExpression(readFile(name));
    if (!text.isEmpty())
        m_scripts.insert(name, text);
    return text;
}

QString PageProbe::jsonLiteral(const QJsonObject& object)
{
    QString text = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    text.replace(QChar(0x2028), QStringLiteral("\\u2028"));
    text.replace(QChar(0x2029), QStringLiteral("\\u2029"));
    return text;
}

QString PageProbe::call(const QString& name, const QJsonObject& args) const
{
    return QStringLiteral(
               "(function () { 'use strict'; var SEL = %1; var H = (%2)(SEL); return (%3)(SEL, %4, H); })()")
        .arg(jsonLiteral(m_selectors), scriptText(QStringLiteral("common.js")), scriptText(name),
             jsonLiteral(args));
}

QWebEngineScript PageProbe::observerScript() const
{
    QString source;
    QFile channel(QStringLiteral(":/qtwebchannel/qwebchannel.js"));
    if (channel.open(QIODevice::ReadOnly))
        source = QString::fromUtf8(channel.readAll());
    else
        qCWarning(lcProbe) << "qwebchannel.js is not available: the page cannot report its state";
    source += QLatin1Char('\n') + call(QStringLiteral("observer.js")) + QLatin1Char(';');
    QWebEngineScript script;
    script.setName(QStringLiteral("sdr-observer"));
    script.setSourceCode(source);
    script.setInjectionPoint(QWebEngineScript::DocumentReady);
    script.setWorldId(QWebEngineScript::ApplicationWorld);
    script.setRunsOnSubFrames(false);
    return script;
}

void PageProbe::configureProfile(QWebEngineProfile* profile) const
{
    const QString language = selector(QStringLiteral("acceptLanguage"));
    if (!language.isEmpty())
        profile->setHttpAcceptLanguage(language);
    const QString userAgent = selector(QStringLiteral("userAgent")).trimmed();
    if (!userAgent.isEmpty())
        profile->setHttpUserAgent(userAgent);
}
