#pragma once

#include <QMenu>

class QActionGroup;
class Settings;
class TranslationLoader;

// "Language" menu: English plus every compiled translation, each in its own name. Picking one
// switches at once (TranslationLoader) and is kept in the "language" setting.
class LanguageMenu : public QMenu
{
    Q_OBJECT
public:
    LanguageMenu(TranslationLoader* loader, Settings* settings, QWidget* parent = nullptr);

    QActionGroup* actionGroup() const { return m_group; }

public slots:
    // Applies the stored language (or the system's best match when none is stored).
    void applyStoredLanguage();

protected:
    void changeEvent(QEvent* event) override;

private:
    void choose(const QString& language);
    void updateChecks();

    TranslationLoader* m_loader;
    Settings* m_settings;
    QActionGroup* m_group;
};
