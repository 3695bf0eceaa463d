#include "ImportLeadsDialog.h"

#include "CsvLeadImporter.h"
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
    connect(m_pathEdit, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_importButton->setEnabled(!text.trimmed().isEmpty()); });

    m_importButton->setEnabled(false);
    retranslateUi();
    resize(640, 420);
}

LeadImporter ImportLeadsDialog::csvImporter(Store* store, SdrRepository* sdrs)
{
    return [store, sdrs](const QString& path) {
        CsvLeadImporter importer(store, sdrs);
        const CsvImportResult result = importer.importFile(path);
        LeadImportReport report;
        if (!result.ok) {
            report.fatalError = result.error;
            return report;
        }
        report.imported = result.imported;
        report.duplicates = result.duplicates;
        for (const CsvRowError& error : result.rowErrors)
            report.problems.append({error.line, QString(), error.message});
        return report;
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
    const QString path = QDir::fromNativeSeparators(m_pathEdit->text().trimmed());
    m_lastReport = LeadImportReport();
    if (path.isEmpty()) {
        m_lastReport.fatalError = tr("Choose a file first.");
    } else if (!QFileInfo(path).isFile() || !QFileInfo(path).isReadable()) {
        m_lastReport.fatalError = tr("%1 cannot be read.").arg(QDir::toNativeSeparators(path));
    } else if (!m_importer) {
        m_lastReport.fatalError = tr("Importing leads is not available in this set-up.");
    } else {
        m_lastReport = m_importer(path);
    }
    m_hasReport = true;
    showReport();
    qCInfo(lcUi) << "lead import:" << m_lastReport.imported << "imported," << m_lastReport.problems.size()
                 << "refused";
    if (!m_lastReport.fatalError.isEmpty())
        return false;
    if (m_lastReport.imported > 0)
        emit imported(m_lastReport.imported);
    return true;
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
    QStringList parts{tr("%n lead(s) imported.", nullptr, m_lastReport.imported)};
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
    m_help->setText(tr("Choose a CSV file with a header row and the columns id, assigned_sdr_id, name, phone "
                       "and message. Each lead is sent only through its assigned SDR's WhatsApp; rows that "
                       "do not pass the checks are listed below and not imported."));
    m_fileLabel->setText(tr("&File:"));
    m_browseButton->setText(tr("Browse…"));
    m_importButton->setText(tr("&Import"));
    m_problems->setHeaderLabels({tr("Line"), tr("Lead"), tr("Problem")});
    showReport();
}
