#include "TranslationLoader.h"

#include "UiLogging.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {
const QString kPrefix = QStringLiteral("sdr-sender_");
}

TranslationLoader::TranslationLoader(const QString& directory, QObject* parent)
    : QObject(parent)
    , m_directory(directory)
{
}

QString TranslationLoader::defaultDirectory(const QString& applicationDir)
{
    const QDir installed(applicationDir + QStringLiteral("/../share/sdr-sender/translations"));
    if (!installed.entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files).isEmpty())
        return installed.canonicalPath();
    return QStringLiteral(":/i18n");
}

TranslationLoader::~TranslationLoader()
{
    removeTranslators();
}

QStringList TranslationLoader::availableLanguages() const
{
    QStringList languages{sourceLanguage()};
    const QStringList files = QDir(m_directory).entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files);
    for (const QString& file : files) {
        const QString language = file.mid(kPrefix.size()).chopped(3);
        if (!language.isEmpty() && !languages.contains(language))
            languages << language;
    }
    std::sort(languages.begin() + 1, languages.end());
    return languages;
}

QString TranslationLoader::nativeName(const QString& language)
{
    // The languages the app ships, named as their speakers name them in a language menu (CLDR's
    // own names are longer, e.g. "español de España").
    static const QHash<QString, QString> names{
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("es"), QStringLiteral("Español")},
        {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")},
        {QStringLiteral("tr"), QStringLiteral("Türkçe")},
    };
    if (const auto it = names.constFind(language); it != names.constEnd())
        return *it;
    QString name = QLocale(language).nativeLanguageName();
    if (name.isEmpty())
        return language;
    name[0] = name[0].toUpper();
    return name;
}

QString TranslationLoader::systemLanguage() const
{
    const QStringList available = availableLanguages();
    for (const QString& ui : QLocale::system().uiLanguages()) {
        const QString code = QString(ui).replace(QLatin1Char('-'), QLatin1Char('_'));
        if (available.contains(code))
            return code;
        const QString base = code.section(QLatin1Char('_'), 0, 0);
        if (available.contains(base))
            return base;
        for (const QString& language : available) {
            if (language.section(QLatin1Char('_'), 0, 0) == base)
                return language;
        }
    }
    return sourceLanguage();
}

void TranslationLoader::removeTranslators()
{
    for (QTranslator** translator : {&m_appTranslator, &m_qtTranslator}) {
        if (*translator) {
            QCoreApplication::removeTranslator(*translator);
            delete *translator;
            *translator = nullptr;
        }
    }
}

bool TranslationLoader::setLanguage(const QString& requested)
{
    const QString language = requested.isEmpty() ? sourceLanguage() : requested;
    if (language == m_language && m_appTranslator)
        return true;

    // English needs a file too, for its plural forms ("1 lead" / "2 leads"); without one the
    // source texts still read correctly, so only other languages fail when it is missing.
    auto* app = new QTranslator(this);
    if (!app->load(kPrefix + language, m_directory)) {
        delete app;
        app = nullptr;
        if (language != sourceLanguage()) {
            m_errorString = tr("No translation for \"%1\".").arg(language);
            qCWarning(lcUi).noquote() << m_errorString;
            return false;
        }
    }
    QTranslator* qt = nullptr;
    if (language != sourceLanguage()) {
        qt = new QTranslator(this);
        // Qt's own strings (standard buttons, file dialogs); their absence is not an error.
        if (!qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"),
                      QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            delete qt;
            qt = nullptr;
        }
    }
    removeTranslators();
    m_appTranslator = app;
    m_qtTranslator = qt;
    if (m_qtTranslator)
        QCoreApplication::installTranslator(m_qtTranslator);
    if (m_appTranslator)
        QCoreApplication::installTranslator(m_appTranslator);
    const bool changed = language != m_language;
    m_language = language;
    QLocale::setDefault(QLocale(language));
    qCInfo(lcUi) << "language" << language;
    if (changed)
        emit languageChanged(language);
    return true;
}
