#include "SettingsDialog.h"

#include "Credentials.h"
#include "SdrRepository.h"
#include "SecretMask.h"
#include "SettingKeys.h"
#include "Settings.h"
#include "UiLogging.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace {
QLabel* plainLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}

bool isShownGlobally(const SettingSpec& spec)
{
    // The language has its own menu; the server URL sits with the token on the CRM page.
    const QString key = QLatin1String(spec.key);
    return key != SettingKeys::Language && key != SettingKeys::ServerUrl;
}
} // namespace

SettingsDialog::SettingsDialog(Settings* settings, SdrRepository* sdrs, Credentials* credentials,
                               QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_sdrs(sdrs)
    , m_credentials(credentials)
{
    setObjectName(QStringLiteral("settingsDialog"));
    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);

    // --- CRM: server and token -----------------------------------------------------------------
    m_crmPage = new QWidget(m_tabs);
    auto* crmLayout = new QFormLayout(m_crmPage);
    m_serverLabel = new QLabel(m_crmPage);
    const SettingSpec* serverSpec = SettingKeys::find(SettingKeys::ServerUrl);
    QWidget* serverEditor = createEditor(*serverSpec, m_crmPage);
    m_globalEditors.insert(SettingKeys::ServerUrl, serverEditor);
    QLabel* serverSource = plainLabel(m_crmPage);
    m_sourceLabels.insert(SettingKeys::ServerUrl, serverSource);
    m_globalLabels.insert(SettingKeys::ServerUrl, m_serverLabel);
    m_serverLabel->setBuddy(serverEditor);
    crmLayout->addRow(m_serverLabel, serverEditor);
    crmLayout->addRow(QString(), serverSource);

    m_tokenTitle = new QLabel(m_crmPage);
    m_tokenLabel = plainLabel(m_crmPage);
    m_tokenLabel->setObjectName(QStringLiteral("tokenMasked"));
    m_tokenStatus = plainLabel(m_crmPage);
    m_tokenStatus->setWordWrap(true);
    crmLayout->addRow(m_tokenTitle, m_tokenLabel);
    crmLayout->addRow(QString(), m_tokenStatus);
    m_tokenEditLabel = new QLabel(m_crmPage);
    m_tokenEdit = new QLineEdit(m_crmPage);
    m_tokenEdit->setObjectName(QStringLiteral("tokenEdit"));
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_tokenEdit->setClearButtonEnabled(true);
    m_tokenEditLabel->setBuddy(m_tokenEdit);
    crmLayout->addRow(m_tokenEditLabel, m_tokenEdit);
    auto* tokenButtons = new QHBoxLayout;
    m_saveTokenButton = new QPushButton(m_crmPage);
    m_saveTokenButton->setObjectName(QStringLiteral("saveTokenButton"));
    m_removeTokenButton = new QPushButton(m_crmPage);
    m_removeTokenButton->setObjectName(QStringLiteral("removeTokenButton"));
    tokenButtons->addWidget(m_saveTokenButton);
    tokenButtons->addWidget(m_removeTokenButton);
    tokenButtons->addStretch(1);
    crmLayout->addRow(QString(), tokenButtons);
    m_tokenResult = plainLabel(m_crmPage);
    m_tokenResult->setObjectName(QStringLiteral("tokenResult"));
    m_tokenResult->setWordWrap(true);
    crmLayout->addRow(QString(), m_tokenResult);
    connect(m_saveTokenButton, &QPushButton::clicked, this, &SettingsDialog::saveToken);
    connect(m_removeTokenButton, &QPushButton::clicked, this, &SettingsDialog::removeToken);
    connect(m_tokenEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_saveTokenButton->setEnabled(m_credentials && !text.trimmed().isEmpty());
    });
    if (m_credentials) {
        connect(m_credentials, &Credentials::tokenChanged, this, &SettingsDialog::updateToken);
        connect(m_credentials, &Credentials::loaded, this, &SettingsDialog::updateToken);
        connect(m_credentials, &Credentials::storeFinished, this, [this](bool ok, const QString& error) {
            m_tokenResult->setText(ok ? tr("The token was saved in the keychain.")
                                      : tr("The token could not be saved: %1").arg(error));
            updateToken();
        });
        connect(m_credentials, &Credentials::removeFinished, this, [this](bool ok, const QString& error) {
            m_tokenResult->setText(ok ? tr("The token was removed from the keychain.")
                                      : tr("The token could not be removed: %1").arg(error));
            updateToken();
        });
    }
    m_tabs->addTab(m_crmPage, QString());

    // --- Global settings -------------------------------------------------------------------------
    auto* globalScroll = new QScrollArea(m_tabs);
    globalScroll->setWidgetResizable(true);
    globalScroll->setFrameShape(QFrame::NoFrame);
    m_globalPage = new QWidget(globalScroll);
    auto* globalForm = new QFormLayout(m_globalPage);
    for (const SettingSpec& spec : SettingKeys::all()) {
        if (!isShownGlobally(spec))
            continue;
        const QString key = QLatin1String(spec.key);
        QWidget* editor = createEditor(spec, m_globalPage);
        auto* label = new QLabel(m_globalPage);
        label->setBuddy(editor);
        QLabel* source = plainLabel(m_globalPage);
        QFont small = source->font();
        small.setPointSizeF(small.pointSizeF() * 0.9);
        source->setFont(small);
        auto* row = new QHBoxLayout;
        row->addWidget(editor, 1);
        row->addWidget(source);
        globalForm->addRow(label, row);
        m_globalEditors.insert(key, editor);
        m_globalLabels.insert(key, label);
        m_sourceLabels.insert(key, source);
    }
    globalScroll->setWidget(m_globalPage);
    m_tabs->addTab(globalScroll, QString());

    // --- Per-SDR overrides -----------------------------------------------------------------------
    m_sdrPage = new QWidget(m_tabs);
    auto* sdrLayout = new QVBoxLayout(m_sdrPage);
    auto* pick = new QHBoxLayout;
    m_sdrPickLabel = new QLabel(m_sdrPage);
    m_sdrBox = new QComboBox(m_sdrPage);
    m_sdrBox->setObjectName(QStringLiteral("settingsSdrBox"));
    m_sdrPickLabel->setBuddy(m_sdrBox);
    pick->addWidget(m_sdrPickLabel);
    pick->addWidget(m_sdrBox, 1);
    sdrLayout->addLayout(pick);
    m_sdrHelp = plainLabel(m_sdrPage);
    m_sdrHelp->setWordWrap(true);
    sdrLayout->addWidget(m_sdrHelp);
    auto* sdrForm = new QFormLayout;
    for (const SettingSpec& spec : SettingKeys::all()) {
        if (!spec.perSdr)
            continue;
        const QString key = QLatin1String(spec.key);
        auto* override = new QCheckBox(m_sdrPage);
        QWidget* editor = createEditor(spec, m_sdrPage);
        editor->setEnabled(false);
        connect(override, &QCheckBox::toggled, editor, &QWidget::setEnabled);
        auto* row = new QHBoxLayout;
        row->addWidget(override);
        row->addWidget(editor, 1);
        auto* label = new QLabel(m_sdrPage);
        label->setBuddy(override);
        sdrForm->addRow(label, row);
        m_sdrEditors.insert(key, editor);
        m_sdrOverrideBoxes.insert(key, override);
        m_sdrLabels.insert(key, label);
    }
    sdrLayout->addLayout(sdrForm);
    sdrLayout->addStretch(1);
    if (m_sdrs) {
        for (const SdrRecord& sdr : m_sdrs->all())
            m_sdrBox->addItem(sdr.name.isEmpty() ? sdr.id : sdr.name, sdr.id);
    }
    connect(m_sdrBox, &QComboBox::currentIndexChanged, this, [this] {
        // Keep what was typed for the previous SDR before showing the next one.
        QStringList errors;
        if (!applySdr(&errors)) {
            const QSignalBlocker blocker(m_sdrBox);
            m_sdrBox->setCurrentIndex(m_sdrBox->findData(m_loadedSdr));
            showErrors(errors);
            return;
        }
        loadSdr();
    });
    m_tabs->addTab(m_sdrPage, QString());

    m_errorLabel = plainLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("settingsErrors"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    m_buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);

    retranslateUi();
    loadGlobal();
    loadSdr();
    updateToken();
    resize(640, 560);
}

QWidget* SettingsDialog::createEditor(const SettingSpec& spec, QWidget* parent)
{
    QWidget* editor = nullptr;
    switch (spec.type) {
    case SettingSpec::Type::Int: {
        auto* spin = new QSpinBox(parent);
        spin->setRange(spec.minimum, spec.maximum);
        spin->setAccelerated(true);
        editor = spin;
        break;
    }
    case SettingSpec::Type::Bool:
        editor = new QCheckBox(parent);
        break;
    case SettingSpec::Type::Url: {
        auto* line = new QLineEdit(parent);
        line->setPlaceholderText(QStringLiteral("https://"));
        editor = line;
        break;
    }
    case SettingSpec::Type::TimeOfDay: {
        auto* line = new QLineEdit(parent);
        line->setPlaceholderText(tr("HH:mm, empty = any time"));
        line->setMaxLength(5);
        editor = line;
        break;
    }
    case SettingSpec::Type::String:
        editor = new QLineEdit(parent);
        break;
    }
    editor->setObjectName(QLatin1String(spec.key));
    return editor;
}

QVariant SettingsDialog::editorValue(const QWidget* editor)
{
    if (const auto* spin = qobject_cast<const QSpinBox*>(editor))
        return spin->value();
    if (const auto* check = qobject_cast<const QCheckBox*>(editor))
        return check->isChecked();
    if (const auto* line = qobject_cast<const QLineEdit*>(editor))
        return line->text().trimmed();
    return {};
}

void SettingsDialog::setEditorValue(QWidget* editor, const QVariant& value)
{
    if (auto* spin = qobject_cast<QSpinBox*>(editor))
        spin->setValue(value.toInt());
    else if (auto* check = qobject_cast<QCheckBox*>(editor))
        check->setChecked(value.toBool());
    else if (auto* line = qobject_cast<QLineEdit*>(editor))
        line->setText(value.toString());
}

QString SettingsDialog::labelFor(const QString& key)
{
    static const QHash<QString, const char*> labels{
        {SettingKeys::ServerUrl, QT_TR_NOOP("CRM server URL")},
        {SettingKeys::WhatsAppUrl, QT_TR_NOOP("WhatsApp Web URL")},
        {SettingKeys::PollIntervalSecs, QT_TR_NOOP("Queue check every (s)")},
        {SettingKeys::QueueLimit, QT_TR_NOOP("Leads per queue check")},
        {SettingKeys::SendGapMinSecs, QT_TR_NOOP("Shortest gap between sends (s)")},
        {SettingKeys::SendGapMaxSecs, QT_TR_NOOP("Longest gap between sends (s)")},
        {SettingKeys::HourlyCap, QT_TR_NOOP("Most sends per hour")},
        {SettingKeys::DailyCap, QT_TR_NOOP("Most sends per day")},
        {SettingKeys::WorkingHoursStart, QT_TR_NOOP("Working hours start")},
        {SettingKeys::WorkingHoursEnd, QT_TR_NOOP("Working hours end")},
        {SettingKeys::WarmupDays, QT_TR_NOOP("Warm-up days for a new number")},
        {SettingKeys::WarmupDailyStart, QT_TR_NOOP("Sends on the first warm-up day")},
        {SettingKeys::SendTimeoutSecs, QT_TR_NOOP("Send timeout (s)")},
        {SettingKeys::HibernateIdleSecs, QT_TR_NOOP("Hibernate idle sessions after (s)")},
        {SettingKeys::DiscardAfterSecs, QT_TR_NOOP("Free hibernated sessions' memory after (s)")},
        {SettingKeys::MaxAwakeSessions, QT_TR_NOOP("Most sessions awake at once")},
        {SettingKeys::BrowserRefusedRetrySecs, QT_TR_NOOP("Retry a refused browser after (s)")},
        {SettingKeys::KeepAliveWakeSecs, QT_TR_NOOP("Wake a sleeping linked session after (s)")},
        {SettingKeys::SessionReloadMemoryMb,
         QT_TR_NOOP("Reload an idle session using more than (MB, 0 = never)")},
        {SettingKeys::SessionMaxAwakeHours,
         QT_TR_NOOP("Reload an idle session awake longer than (h, 0 = never)")},
        {SettingKeys::FollowUpWatchDays, QT_TR_NOOP("Watch a sent lead's chat for (days)")},
        {SettingKeys::RecentContactDays, QT_TR_NOOP("Hold a lead another SDR contacted within (days)")},
        {SettingKeys::UnansweredBudget, QT_TR_NOOP("Unanswered messages allowed per 30 days")},
        {SettingKeys::RetentionDays,
         QT_TR_NOOP("Delete finished leads and activity after (days, 0 = never)")},
        {SettingKeys::MessageRetentionDays,
         QT_TR_NOOP("Blank the texts of finished leads after (days, 0 = never)")},
        {SettingKeys::Language, QT_TR_NOOP("Language")},
    };
    const auto it = labels.constFind(key);
    return it == labels.constEnd() ? key : tr(*it);
}

QString SettingsDialog::sourceText(const QString& key) const
{
    switch (m_settings->source(key)) {
    case Settings::Source::CommandLine:
        return tr("set on the command line");
    case Settings::Source::Environment:
        return tr("from the environment");
    case Settings::Source::Default:
        return tr("default");
    case Settings::Source::Global:
    case Settings::Source::Sdr:
        break;
    }
    return QString();
}

void SettingsDialog::loadGlobal()
{
    for (auto it = m_globalEditors.cbegin(); it != m_globalEditors.cend(); ++it) {
        setEditorValue(it.value(), m_settings->value(it.key()));
        if (QLabel* source = m_sourceLabels.value(it.key()))
            source->setText(sourceText(it.key()));
        // A command-line value wins over anything saved here: say so rather than pretend.
        it.value()->setEnabled(m_settings->source(it.key()) != Settings::Source::CommandLine);
    }
}

void SettingsDialog::loadSdr()
{
    m_loadedSdr = m_sdrBox->currentData().toString();
    const QJsonObject overrides =
        m_loadedSdr.isEmpty() ? QJsonObject() : m_settings->sdrOverrides(m_loadedSdr);
    for (auto it = m_sdrEditors.cbegin(); it != m_sdrEditors.cend(); ++it) {
        const bool overridden = overrides.contains(it.key());
        QCheckBox* box = m_sdrOverrideBoxes.value(it.key());
        box->setEnabled(!m_loadedSdr.isEmpty());
        box->setChecked(overridden);
        setEditorValue(it.value(),
                       overridden ? overrides.value(it.key()).toVariant() : m_settings->value(it.key()));
        it.value()->setEnabled(overridden);
    }
}

void SettingsDialog::selectSdr(const QString& sdrId)
{
    const int index = m_sdrBox->findData(sdrId);
    if (index >= 0) {
        m_sdrBox->setCurrentIndex(index);
        m_tabs->setCurrentWidget(m_sdrPage);
    }
}

bool SettingsDialog::applyGlobal(QStringList* errors)
{
    bool ok = true;
    for (auto it = m_globalEditors.cbegin(); it != m_globalEditors.cend(); ++it) {
        if (!it.value()->isEnabled())
            continue;
        const QVariant value = editorValue(it.value());
        if (value.toString() == m_settings->value(it.key()).toString())
            continue; // unchanged: leaves environment and default values where they come from
        if (!m_settings->setGlobal(it.key(), value)) {
            ok = false;
            *errors << tr("%1: \"%2\" is not valid.").arg(labelFor(it.key()), value.toString());
        }
    }
    if (ok && m_credentials) {
        // The token is kept per CRM server: follow the URL so the token shown is the right one.
        const QString server = m_settings->stringValue(SettingKeys::ServerUrl);
        if (server != m_credentials->serverUrl()) {
            m_credentials->setServerUrl(server);
            m_credentials->load();
        }
    }
    return ok;
}

bool SettingsDialog::applySdr(QStringList* errors)
{
    if (m_loadedSdr.isEmpty())
        return true;
    bool ok = true;
    const QJsonObject overrides = m_settings->sdrOverrides(m_loadedSdr);
    for (auto it = m_sdrEditors.cbegin(); it != m_sdrEditors.cend(); ++it) {
        const bool wanted = m_sdrOverrideBoxes.value(it.key())->isChecked();
        const bool present = overrides.contains(it.key());
        if (!wanted) {
            if (present && !m_settings->clearForSdr(m_loadedSdr, it.key())) {
                ok = false;
                *errors << m_settings->errorString();
            }
            continue;
        }
        const QVariant value = editorValue(it.value());
        if (present && overrides.value(it.key()).toVariant().toString() == value.toString())
            continue;
        if (!m_settings->setForSdr(m_loadedSdr, it.key(), value)) {
            ok = false;
            *errors << tr("%1 (%2): \"%3\" is not valid.")
                           .arg(labelFor(it.key()), m_sdrBox->currentText(), value.toString());
        }
    }
    return ok;
}

bool SettingsDialog::apply()
{
    QStringList errors;
    const bool globalOk = applyGlobal(&errors);
    const bool sdrOk = applySdr(&errors);
    showErrors(errors);
    // Refresh the "from where" hints, but leave refused values in their fields to be fixed.
    for (auto it = m_sourceLabels.cbegin(); it != m_sourceLabels.cend(); ++it)
        it.value()->setText(sourceText(it.key()));
    if (globalOk && sdrOk)
        qCInfo(lcUi) << "settings saved";
    return globalOk && sdrOk;
}

void SettingsDialog::showErrors(const QStringList& errors)
{
    m_errorLabel->setText(errors.join(QLatin1Char('\n')));
    m_errorLabel->setVisible(!errors.isEmpty());
}

QString SettingsDialog::errorText() const
{
    return m_errorLabel->text();
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

void SettingsDialog::updateToken()
{
    const bool available = m_credentials;
    m_tokenEdit->setEnabled(available);
    m_saveTokenButton->setEnabled(available && !m_tokenEdit->text().trimmed().isEmpty());
    if (!available) {
        m_tokenLabel->setText(tr("(not available)"));
        m_tokenStatus->clear();
        m_removeTokenButton->setEnabled(false);
        return;
    }
    const QString masked = SecretMask::mask(m_credentials->token());
    m_tokenLabel->setText(masked.isEmpty() ? tr("(none)") : masked);
    m_tokenStatus->setText(m_credentials->statusText());
    m_removeTokenButton->setEnabled(m_credentials->source() == Credentials::Source::Keychain);
}

void SettingsDialog::saveToken()
{
    const QString token = m_tokenEdit->text().trimmed();
    if (!m_credentials || token.isEmpty())
        return;
    // Handed to the keychain and dropped from the field at once: the dialog keeps no copy.
    m_credentials->store(token);
    m_tokenEdit->clear();
    m_tokenResult->setText(tr("Saving…"));
}

void SettingsDialog::removeToken()
{
    if (!m_credentials)
        return;
    m_credentials->remove();
    m_tokenResult->setText(tr("Removing…"));
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_tabs->setTabText(0, tr("CRM"));
    m_tabs->setTabText(1, tr("All SDRs"));
    m_tabs->setTabText(2, tr("Per SDR"));
    for (auto it = m_globalLabels.cbegin(); it != m_globalLabels.cend(); ++it)
        it.value()->setText(labelFor(it.key()) + QLatin1Char(':'));
    for (auto it = m_sdrLabels.cbegin(); it != m_sdrLabels.cend(); ++it)
        it.value()->setText(labelFor(it.key()) + QLatin1Char(':'));
    for (QCheckBox* box : std::as_const(m_sdrOverrideBoxes))
        box->setText(tr("Override"));
    m_sdrPickLabel->setText(tr("&SDR:"));
    m_sdrHelp->setText(tr("Values ticked here apply to this SDR only; the others follow the \"All SDRs\" "
                          "page."));
    m_tokenTitle->setText(tr("CRM token:"));
    m_tokenEditLabel->setText(tr("New &token:"));
    m_tokenEdit->setPlaceholderText(tr("Paste the token from the CRM"));
    m_saveTokenButton->setText(tr("Save in keychain"));
    m_removeTokenButton->setText(tr("Remove from keychain"));
    for (auto it = m_sourceLabels.cbegin(); it != m_sourceLabels.cend(); ++it)
        it.value()->setText(sourceText(it.key()));
    for (auto it = m_globalEditors.cbegin(); it != m_globalEditors.cend(); ++it) {
        if (auto* line = qobject_cast<QLineEdit*>(it.value());
            line && SettingKeys::find(it.key())->type == SettingSpec::Type::TimeOfDay)
            line->setPlaceholderText(tr("HH:mm, empty = any time"));
    }
    updateToken();
}
