#pragma once

#include <QDialog>
#include <QHash>
#include <QPointer>

class Credentials;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class SdrRepository;
class Settings;
struct SettingSpec;

// Global settings, per-SDR overrides (through Settings, so the same validation applies), the CRM
// server URL and the CRM token. The token is typed into a password field and handed straight to
// Credentials (the keychain); the dialog only ever shows it masked ("abcd…wxyz") and keeps no copy.
// Invalid values are reported in the dialog and nothing typed is thrown away.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // credentials may be null (no token section then).
    SettingsDialog(Settings* settings, SdrRepository* sdrs, Credentials* credentials,
                   QWidget* parent = nullptr);

    // Saves every changed value. False when some value was refused; the refused ones stay in their
    // fields and errorText() lists them.
    bool apply();
    QString errorText() const;

    // Test and wiring access.
    QWidget* globalEditor(const QString& key) const { return m_globalEditors.value(key); }
    QWidget* sdrEditor(const QString& key) const { return m_sdrEditors.value(key); }
    QCheckBox* sdrOverrideBox(const QString& key) const { return m_sdrOverrideBoxes.value(key); }
    QComboBox* sdrBox() const { return m_sdrBox; }
    QLineEdit* tokenEdit() const { return m_tokenEdit; }
    QLabel* tokenLabel() const { return m_tokenLabel; }
    QTabWidget* tabs() const { return m_tabs; }

public slots:
    void selectSdr(const QString& sdrId);
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    QWidget* createEditor(const SettingSpec& spec, QWidget* parent);
    static QVariant editorValue(const QWidget* editor);
    static void setEditorValue(QWidget* editor, const QVariant& value);
    static QString labelFor(const QString& key);
    QString sourceText(const QString& key) const;
    void loadGlobal();
    void loadSdr();
    bool applyGlobal(QStringList* errors);
    bool applySdr(QStringList* errors);
    void updateToken();
    void saveToken();
    void removeToken();
    void retranslateUi();
    void showErrors(const QStringList& errors);

    Settings* m_settings;
    SdrRepository* m_sdrs;
    QPointer<Credentials> m_credentials;

    QTabWidget* m_tabs;
    QWidget* m_globalPage;
    QWidget* m_sdrPage;
    QWidget* m_crmPage;
    QHash<QString, QWidget*> m_globalEditors;
    QHash<QString, QLabel*> m_globalLabels;
    QHash<QString, QLabel*> m_sourceLabels;
    QHash<QString, QWidget*> m_sdrEditors;
    QHash<QString, QCheckBox*> m_sdrOverrideBoxes;
    QHash<QString, QLabel*> m_sdrLabels;
    QLabel* m_sdrPickLabel;
    QComboBox* m_sdrBox;
    QString m_loadedSdr;
    QLabel* m_sdrHelp;

    QLabel* m_serverLabel;
    QLabel* m_tokenTitle;
    QLabel* m_tokenLabel;
    QLabel* m_tokenStatus;
    QLabel* m_tokenEditLabel;
    QLineEdit* m_tokenEdit;
    QPushButton* m_saveTokenButton;
    QPushButton* m_removeTokenButton;
    QLabel* m_tokenResult;

    QLabel* m_errorLabel;
    QDialogButtonBox* m_buttons;
};
