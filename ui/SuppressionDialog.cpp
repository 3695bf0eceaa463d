#include "SuppressionDialog.h"

#include "SafeText.h"
#include "SuppressionImportJob.h"
#include "SuppressionList.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTreeWidget>
#include <QVBoxLayout>

SuppressionDialog::SuppressionDialog(SuppressionList* list, QWidget* parent)
    : QDialog(parent)
    , m_suppression(list)
{
    setObjectName(QStringLiteral("suppressionDialog"));
    auto* layout = new QVBoxLayout(this);
    m_help = new QLabel(this);
    m_help->setTextFormat(Qt::PlainText);
    m_help->setWordWrap(true);
    layout->addWidget(m_help);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("suppressionList"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(4);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list, 1);
    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 100);
    m_progress->hide();
    m_cancelImportButton = new QPushButton(this);
    m_cancelImportButton->hide();
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelImportButton);
    layout->addLayout(progressRow);
    m_importJob = new SuppressionImportJob(list, this);
    auto* buttons = new QHBoxLayout;
    m_addButton = new QPushButton(this);
    m_removeButton = new QPushButton(this);
    m_importButton = new QPushButton(this);
    m_exportButton = new QPushButton(this);
    m_closeButton = new QPushButton(this);
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch(1);
    buttons->addWidget(m_importButton);
    buttons->addWidget(m_exportButton);
    buttons->addWidget(m_closeButton);
    layout->addLayout(buttons);

    connect(m_addButton, &QPushButton::clicked, this, &SuppressionDialog::addPhone);
    connect(m_removeButton, &QPushButton::clicked, this, &SuppressionDialog::removeSelected);
    connect(m_importButton, &QPushButton::clicked, this, &SuppressionDialog::importCsv);
    connect(m_exportButton, &QPushButton::clicked, this, &SuppressionDialog::exportCsv);
    connect(m_cancelImportButton, &QPushButton::clicked, this, &SuppressionDialog::cancelImport);
    connect(m_importJob, &SuppressionImportJob::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_importJob, &SuppressionImportJob::finished, this, &SuppressionDialog::importFinished);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_removeButton->setEnabled(!selectedPhone().isEmpty()); });
    connect(m_suppression, &SuppressionList::changed, this, &SuppressionDialog::reload);
    retranslateUi();
    reload();
    resize(760, 480);
}

void SuppressionDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SuppressionDialog::retranslateUi()
{
    setWindowTitle(tr("Suppression list"));
    m_help->setText(tr("No SDR sends to these phones. Phones that replied with an opt-out are added "
                       "automatically; a lead for a listed phone is reported as failed (opted_out) without "
                       "opening its chat."));
    m_list->setHeaderLabels({tr("Phone"), tr("Added"), tr("Source"), tr("Reason")});
    m_addButton->setText(tr("Add…"));
    m_removeButton->setText(tr("Remove…"));
    m_importButton->setText(tr("Import CSV…"));
    m_exportButton->setText(tr("Export CSV…"));
    m_cancelImportButton->setText(tr("Cancel import"));
    m_closeButton->setText(tr("Close"));
    reload();
}

void SuppressionDialog::reload()
{
    const QString selected = selectedPhone();
    m_list->clear();
    for (const SuppressionEntry& entry : m_suppression->entries()) {
        QString source = entry.source;
        if (source == QLatin1String("opt_out"))
            source = tr("Opt-out reply");
        else if (source == QLatin1String("manual"))
            source = tr("Added by a person");
        else if (source == QLatin1String("csv"))
            source = tr("CSV import");
        // QTreeWidgetItem text is plain text: a reason quoting a reply cannot become markup.
        auto* item = new QTreeWidgetItem(
            m_list, {entry.phone, entry.addedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     source, entry.reason});
        item->setToolTip(3, SafeText::toolTip(entry.reason));
        if (entry.phone == selected)
            item->setSelected(true);
    }
    m_removeButton->setEnabled(!selectedPhone().isEmpty());
}

QString SuppressionDialog::selectedPhone() const
{
    const QList<QTreeWidgetItem*> items = m_list->selectedItems();
    return items.isEmpty() ? QString() : items.first()->text(0);
}

QString SuppressionDialog::ask(const QString& title, const QString& label)
{
    if (m_asker)
        return m_asker(title, label);
    bool ok = false;
    const QString text = QInputDialog::getText(this, title, label, QLineEdit::Normal, QString(), &ok);
    return ok ? text : QString();
}

void SuppressionDialog::say(const QString& text)
{
    m_message->setText(text);
}

void SuppressionDialog::addPhone()
{
    const QString phone = ask(tr("Add a phone"), tr("Phone number (with country code):"));
    if (phone.isNull())
        return;
    const QString reason = ask(tr("Add a phone"), tr("Why may nobody message it?"));
    if (reason.isNull())
        return;
    switch (m_suppression->add(phone, SuppressionList::Source::Manual, reason.trimmed())) {
    case SuppressionList::AddResult::Added:
        say(tr("Added."));
        break;
    case SuppressionList::AddResult::AlreadyListed:
        say(tr("That phone is on the list already."));
        break;
    case SuppressionList::AddResult::InvalidPhone:
    case SuppressionList::AddResult::Error:
        say(m_suppression->errorString());
        break;
    }
}

void SuppressionDialog::removeSelected()
{
    const QString phone = selectedPhone();
    if (phone.isEmpty())
        return;
    const QString reason = ask(tr("Remove %1").arg(phone),
                               tr("Why may this phone be messaged again? (kept in the activity log)"));
    if (reason.isNull())
        return;
    if (m_suppression->remove(phone, reason))
        say(tr("Removed %1.").arg(phone));
    else
        say(m_suppression->errorString());
}

void SuppressionDialog::importCsv()
{
    const QString path = m_filePicker ? m_filePicker(false)
                                      : QFileDialog::getOpenFileName(this, tr("Import suppression list"),
                                                                     QString(), tr("CSV files (*.csv)"));
    if (path.isEmpty() || !m_importJob->start(path))
        return;
    m_importButton->setEnabled(false);
    m_progress->setValue(0);
    m_progress->show();
    m_cancelImportButton->show();
    say(tr("Importing…"));
}

bool SuppressionDialog::isImporting() const
{
    return m_importJob->isRunning();
}

void SuppressionDialog::cancelImport()
{
    m_importJob->cancel();
}

void SuppressionDialog::importFinished(const SuppressionList::ImportResult& result)
{
    m_importButton->setEnabled(true);
    m_progress->hide();
    m_cancelImportButton->hide();
    if (!result.ok) {
        say(result.error);
        return;
    }
    QString text = tr("%n phone(s) added", nullptr, result.added);
    if (result.alreadyListed > 0)
        text += QStringLiteral("; ") + tr("%n already listed", nullptr, result.alreadyListed);
    if (!result.rowErrors.isEmpty())
        text += QStringLiteral("; ") + tr("%n row(s) refused: %1", nullptr, int(result.rowErrors.size()))
                                           .arg(result.rowErrors.mid(0, 3).join(QStringLiteral("; ")));
    if (result.cancelled)
        text += QStringLiteral("; ") + tr("import cancelled: the rest of the file was not imported");
    say(text);
}

void SuppressionDialog::exportCsv()
{
    const QString path = m_filePicker ? m_filePicker(true)
                                      : QFileDialog::getSaveFileName(this, tr("Export suppression list"),
                                                                     QStringLiteral("suppression-list.csv"),
                                                                     tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    QString error;
    if (!file.open(QIODevice::WriteOnly) || !m_suppression->exportCsv(&file, &error) || !file.commit()) {
        say(tr("Cannot write %1: %2").arg(path, error.isEmpty() ? file.errorString() : error));
        return;
    }
    say(tr("Exported %n phone(s).", nullptr, m_suppression->count()));
}
