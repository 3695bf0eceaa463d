#include "LanguageMenu.h"

#include "SettingKeys.h"
#include "Settings.h"
#include "TranslationLoader.h"
#include "UiLogging.h"

#include <QActionGroup>
#include <QEvent>

LanguageMenu::LanguageMenu(TranslationLoader* loader, Settings* settings, QWidget* parent)
    : QMenu(parent)
    , m_loader(loader)
    , m_settings(settings)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    m_group->setExclusive(true);
    for (const QString& language : m_loader->availableLanguages()) {
        QAction* action = addAction(TranslationLoader::nativeName(language));
        action->setCheckable(true);
        action->setData(language);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { choose(language); });
    }
    connect(m_loader, &TranslationLoader::languageChanged, this, &LanguageMenu::updateChecks);
    setTitle(tr("&Language"));
    updateChecks();
}

void LanguageMenu::applyStoredLanguage()
{
    QString language = m_settings ? m_settings->stringValue(SettingKeys::Language) : QString();
    if (language.isEmpty() || !m_loader->availableLanguages().contains(language))
        language = m_loader->systemLanguage();
    m_loader->setLanguage(language);
    updateChecks();
}

void LanguageMenu::choose(const QString& language)
{
    if (!m_loader->setLanguage(language)) {
        updateChecks();
        return;
    }
    if (m_settings && !m_settings->setGlobal(SettingKeys::Language, language))
        qCWarning(lcUi).noquote() << "cannot keep the language:" << m_settings->errorString();
}

void LanguageMenu::updateChecks()
{
    for (QAction* action : m_group->actions())
        action->setChecked(action->data().toString() == m_loader->language());
}

void LanguageMenu::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        setTitle(tr("&Language"));
    QMenu::changeEvent(event);
}
