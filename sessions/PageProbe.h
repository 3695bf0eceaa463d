#pragma once

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>

class QWebEngineProfile;
class QWebEngineScript;

// The selector pack and the probe scripts SDR Sender uses on WhatsApp Web. Built in as resources
// (:/whatsapp/<name>); a file with the same name in <data-dir>/whatsapp/ overrides one without a
// rebuild (for selectors.json: its keys replace the built-in ones).
//
// Every script is a JavaScript function expression `function (SEL, ARGS, H)`; call() wraps it so
// the selectors and the arguments reach it only as JSON data, never spliced into code.
class PageProbe : public QObject
{
    Q_OBJECT
public:
    explicit PageProbe(const QString& dataDir, QObject* parent = nullptr);

    // Re-reads every file (built-in and overrides).
    void reload();

    QJsonObject selectors() const { return m_selectors; }
    QString selector(const QString& key) const { return m_selectors.value(key).toString(); }
    // What the selector pack asks of every profile that loads WhatsApp Web (the sessions and the
    // doctor alike): its `acceptLanguage` (the probes read WhatsApp's English texts; empty keeps
    // the system's languages) and its `userAgent` when it names one (else the engine's own).
    void configureProfile(QWebEngineProfile* profile) const;
    // The script's text (override or built-in); empty when unknown.
    QString scriptText(const QString& name) const;
    // JavaScript that runs script `name` with the selectors and `args` and evaluates to its result.
    QString call(const QString& name, const QJsonObject& args = {}) const;
    // The observer injected into every WhatsApp page: qwebchannel.js + observer.js, ApplicationWorld.
    QWebEngineScript observerScript() const;

    // Where a same-named override is looked for.
    QString overrideDir() const;
    // Problems met while loading (bad override JSON, unreadable files); empty when none.
    QStringList warnings() const { return m_warnings; }

    // JSON text safe to embed in a script (U+2028/U+2029 escaped as well).
    static QString jsonLiteral(const QJsonObject& object);

private:
    QString readFile(const QString& name) const;

    QString m_dataDir;
    QJsonObject m_selectors;
    mutable QHash<QString, QString> m_scripts;
    QStringList m_warnings;
};
