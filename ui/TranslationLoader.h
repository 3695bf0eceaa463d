#pragma once

#include <QObject>
#include <QStringList>

class QTranslator;

// Installs the app's translation (":/i18n/sdr-sender_<lang>.qm", compiled from translations/*.ts)
// and Qt's own (qtbase_<lang>.qm from the Qt installation, for standard dialogs) at run time.
// Installing a translator makes Qt send QEvent::LanguageChange to every widget, which calls each
// widget's retranslateUi(). English is the source language: it needs no file.
class TranslationLoader : public QObject
{
    Q_OBJECT
public:
    explicit TranslationLoader(const QString& directory = QStringLiteral(":/i18n"),
                               QObject* parent = nullptr);
    ~TranslationLoader() override;

    static QString sourceLanguage() { return QStringLiteral("en"); }
    // Where an installed app keeps its translations (<prefix>/share/sdr-sender/translations,
    // found from the executable's folder <prefix>/bin) when that folder holds any; else the
    // copies embedded in the binary (":/i18n"), as for a run from the build tree.
    static QString defaultDirectory(const QString& applicationDir);
    // "en" plus every language with a .qm in the directory ("es", "pt_BR", "tr", ...), sorted
    // after English.
    QStringList availableLanguages() const;
    // The language's own name for itself ("Português (Brasil)").
    static QString nativeName(const QString& language);
    // The best available language for the system locale, else English.
    QString systemLanguage() const;

    QString language() const { return m_language; }
    QString errorString() const { return m_errorString; }

public slots:
    // Switches to a language; false (and nothing changed) when it has no translation file. Call it
    // once at start-up for English too: its file holds the plural forms.
    bool setLanguage(const QString& language);

signals:
    void languageChanged(const QString& language);

private:
    void removeTranslators();

    QString m_directory;
    QString m_language = sourceLanguage();
    QString m_errorString;
    QTranslator* m_appTranslator = nullptr;
    QTranslator* m_qtTranslator = nullptr;
};
