#include "ImportLeadsDialog.h"

#include "CsvLeadImportJob.h"
#include "SafeText.h"
#include "UiLogging.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

ImportLeadsDialog::ImportLeadsDialog(LeadImporter importer, QWidget* parent)
    : QDialog(parent)
    , m_importer(std::move(importer))
{
    setObjectName(QStringLiteral("importLeadsDialog"));
    auto* layout = new QVBoxLayout(this);
    m_help = new QLabel(this);
    m_help->setTextFormat(Qt::PlainText);
    m_help->setWordWrap(true);
    layout->addWidget(m_help);

    auto* fileRow = new QHBoxLayout;
    m_fileLabel = new QLabel(this);
    m_pathEdit = new QLineEdit(this);
    m_pathEdit->setObjectName(QStringLiteral("importPath"));
    m_fileLabel->setBuddy(m_pathEdit);
    m_browseButton = new QPushButton(this);
    m_importButton = new QPushButton(this);
    m_importButton->setObjectName(QStringLiteral("importButton"));
    m_importButton->setDefault(true);
    fileRow->addWidget(m_fileLabel);
    fileRow->addWidget(m_pathEdit, 1);
    fileRow->addWidget(m_browseButton);
    fileRow->addWidget(m_importButton);
    layout->addLayout(fileRow);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto* progressRow = new QHBoxLayout;
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setRange(0, 100);
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelImportButton"));
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelButton);
    layout->addLayout(progressRow);
    m_progress->hide();
    m_cancelButton->hide();

    m_problems = new QTreeWidget(this);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setRootIsDecorated(false);
    m_problems->setColumnCount(3);
    m_problems->setAlternatingRowColors(true);
    m_problems->header()->setStretchLastSection(true);
    layout->addWidget(m_problems, 1);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_closeButton = buttons->button(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &ImportLeadsDialog::reject);
    connect(m_browseButton, &QPushButton::clicked, this, &ImportLeadsDialog::browse);
    connect(m_importButton, &QPushButton::clicked, this, &ImportLeadsDialog::importFile);
    connect(m_cancelButton, &QPushButton::clicked, this, &ImportLeadsDialog::cancelImport);
    connect(m_pathEdit, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_importButton->setEnabled(!text.trimmed().isEmpty()); });

    m_importButton->setEnabled(false);
    retranslateUi();
    resize(640, 420);
}

LeadImporter ImportLeadsDialog::csvImporter(Store* store, SdrRepository* sdrs, QObject* owner)
{
    return
        [store, sdrs, owner](const QString& path, const LeadImportCallbacks& callbacks) -> LeadImportCancel {
            auto* job = new CsvLeadImportJob(store, sdrs, owner);
            QObject::connect(job, &CsvLeadImportJob::progressChanged, job, [callbacks](int percent) {
                if (callbacks.progress)
                    callbacks.progress(percent);
            });
            QObject::connect(job, &CsvLeadImportJob::finished, job,
                             [job, callbacks](const CsvImportResult& result) {
                                 LeadImportReport report;
                                 report.imported = result.imported;
                                 report.duplicates = result.duplicates;
                                 report.cancelled = result.cancelled;
                                 if (!result.ok)
                                     report.fatalError = result.error;
                                 for (const CsvRowError& error : result.rowErrors)
                                     report.problems.append({error.line, QString(), error.message});
                                 // Written in part, then the database refused: what was written is said, and
                                 // why the rest was not.
                                 if (result.ok && !result.error.isEmpty())
                                     report.problems.append({0, QString(), result.error});
                                 job->deleteLater();
                                 if (callbacks.done)
                                     callbacks.done(report);
                             });
            job->start(path);
            const QPointer<CsvLeadImportJob> guard(job);
            return [guard] {
                if (guard)
                    guard->cancel();
            };
        };
}

void ImportLeadsDialog::setFilePath(const QString& path)
{
    m_pathEdit->setText(QDir::toNativeSeparators(path));
}

void ImportLeadsDialog::browse()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Choose a CSV file of leads"), m_pathEdit->text(), tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

bool ImportLeadsDialog::importFile()
{
    if (m_importing)
        return false;
    const QString path = QDir::fromNativeSeparators(m_pathEdit->text().trimmed());
    m_lastReport = LeadImportReport();
    if (path.isEmpty()) {
        m_lastReport.fatalError = tr("Choose a file first.");
    } else if (!QFileInfo(path).isFile() || !QFileInfo(path).isReadable()) {
        m_lastReport.fatalError = tr("%1 cannot be read.").arg(QDir::toNativeSeparators(path));
    } else if (!m_importer) {
        m_lastReport.fatalError = tr("Importing leads is not available in this set-up.");
    }
    if (!m_lastReport.fatalError.isEmpty()) {
        m_hasReport = true;
        showReport();
        return false;
    }
    setImporting(true);
    const QPointer<ImportLeadsDialog> self(this);
    LeadImportCallbacks callbacks;
    callbacks.progress = [self](int percent) {
        if (self)
            self->m_progress->setValue(percent);
    };
    callbacks.done = [self](const LeadImportReport& report) {
        if (self)
            self->onImportDone(report);
    };
    m_cancel = m_importer(path, callbacks);
    return true;
}

void ImportLeadsDialog::cancelImport()
{
    if (m_importing && m_cancel) {
        m_cancelButton->setEnabled(false);
        m_summary->setText(tr("Cancelling…"));
        m_cancel();
    }
}

void ImportLeadsDialog::reject()
{
    if (m_importing) {
        cancelImport();
        return;
    }
    QDialog::reject();
}

void ImportLeadsDialog::setImporting(bool importing)
{
    m_importing = importing;
    m_progress->setValue(0);
    m_progress->setVisible(importing);
    m_cancelButton->setVisible(importing);
    m_cancelButton->setEnabled(importing);
    m_importButton->setEnabled(!importing && !m_pathEdit->text().trimmed().isEmpty());
    m_browseButton->setEnabled(!importing);
    m_pathEdit->setReadOnly(importing);
    if (importing) {
        m_summary->setText(tr("Importing…"));
        m_problems->clear();
        m_problems->hide();
    }
}

void ImportLeadsDialog::onImportDone(const LeadImportReport& report)
{
    m_cancel = nullptr;
    m_lastReport = report;
    m_hasReport = true;
    setImporting(false);
    showReport();
    qCInfo(lcUi) << "lead import:" << m_lastReport.imported << "imported," << m_lastReport.problems.size()
                 << "refused" << (m_lastReport.cancelled ? "(cancelled)" : "");
    const bool ok = m_lastReport.fatalError.isEmpty();
    if (ok && m_lastReport.imported > 0)
        emit imported(m_lastReport.imported);
    emit finished(ok);
}

void ImportLeadsDialog::showReport()
{
    m_problems->clear();
    if (!m_hasReport) {
        m_summary->clear();
        m_problems->hide();
        return;
    }
    if (!m_lastReport.fatalError.isEmpty()) {
        m_summary->setText(tr("Nothing was imported: %1").arg(m_lastReport.fatalError));
        m_problems->hide();
        return;
    }
    QStringList parts;
    if (m_lastReport.cancelled) {
        parts << (m_lastReport.imported > 0
                      ? tr("Import cancelled: %n lead(s) imported before it stay in the queue; the rest of "
                           "the file was not imported. Importing the same file again adds only the rest.",
                           nullptr, m_lastReport.imported)
                      : tr("Import cancelled: nothing was imported."));
    } else {
        parts << tr("%n lead(s) imported.", nullptr, m_lastReport.imported);
    }
    if (m_lastReport.duplicates > 0)
        parts << tr("%n already known, left unchanged.", nullptr, m_lastReport.duplicates);
    if (!m_lastReport.problems.isEmpty())
        parts << tr("%n row(s) refused:", nullptr, int(m_lastReport.problems.size()));
    m_summary->setText(parts.join(QLatin1Char(' ')));
    for (const LeadImportProblem& problem : std::as_const(m_lastReport.problems)) {
        // Plain text items: file content is shown, never interpreted.
        auto* item =
            new QTreeWidgetItem(m_problems, {problem.line > 0 ? QString::number(problem.line) : QString(),
                                             problem.leadId, problem.reason});
        item->setToolTip(2, SafeText::toolTip(problem.reason));
    }
    m_problems->setVisible(!m_lastReport.problems.isEmpty());
    m_problems->resizeColumnToContents(0);
    m_problems->resizeColumnToContents(1);
}

void ImportLeadsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ImportLeadsDialog::retranslateUi()
{
    setWindowTitle(tr("Import leads"));
    m_help->setText(
        tr("Choose a CSV file with a header row and the columns id, assigned_sdr_id, name, phone "
           "and message. Each lead is sent only through its assigned SDR's WhatsApp; rows that "
           "do not pass the checks are listed below and not imported. Cancel stops an import: the "
           "leads imported until then stay, and importing the same file again adds only the "
           "rest."));
    m_fileLabel->setText(tr("&File:"));
    m_browseButton->setText(tr("Browse…"));
    m_importButton->setText(tr("&Import"));
    m_cancelButton->setText(tr("Cancel import"));
    m_problems->setHeaderLabels({tr("Line"), tr("Lead"), tr("Problem")});
    showReport();
}
