#include "ActivityView.h"

#include "ActivityExportJob.h"
#include "ActivityLog.h"
#include "ActivityModel.h"
#include "SdrChoices.h"
#include "SdrRepository.h"
#include "UiLogging.h"

#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

ActivityView::ActivityView(ActivityModel* model, SdrRepository* sdrs, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_sdrs(sdrs)
{
    setObjectName(QStringLiteral("activityView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);

    auto* filters = new QHBoxLayout;
    m_sdrLabel = new QLabel(this);
    m_sdrBox = new QComboBox(this);
    m_sdrBox->setObjectName(QStringLiteral("activitySdrFilter"));
    m_sdrBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_kindLabel = new QLabel(this);
    m_kindBox = new QComboBox(this);
    m_kindBox->setObjectName(QStringLiteral("activityKindFilter"));
    m_kindBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("exportCsvButton"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    m_cancelButton = new QPushButton(this);
    m_cancelButton->setObjectName(QStringLiteral("cancelExportButton"));
    m_cancelButton->hide();
    m_exportJob = new ActivityExportJob(m_model->log()->store(), this);
    m_sdrLabel->setBuddy(m_sdrBox);
    m_kindLabel->setBuddy(m_kindBox);
    filters->addWidget(m_sdrLabel);
    filters->addWidget(m_sdrBox);
    filters->addSpacing(12);
    filters->addWidget(m_kindLabel);
    filters->addWidget(m_kindBox);
    filters->addStretch(1);
    filters->addWidget(m_progress);
    filters->addWidget(m_cancelButton);
    filters->addWidget(m_exportButton);
    layout->addLayout(filters);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("activityTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(m_table, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("activityStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    connect(m_sdrBox, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setSdrFilter(m_sdrBox->currentData().toString()); });
    connect(m_kindBox, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setKindFilter(m_kindBox->currentData().toString()); });
    connect(m_exportButton, &QPushButton::clicked, this, &ActivityView::chooseExportFile);
    connect(m_cancelButton, &QPushButton::clicked, this, &ActivityView::cancelExport);
    connect(m_exportJob, &ActivityExportJob::progressChanged, m_progress, &QProgressBar::setValue);
    connect(m_exportJob, &ActivityExportJob::finished, this, &ActivityView::onExportFinished);
    if (m_sdrs) {
        connect(m_sdrs, &SdrRepository::sdrChanged, this, &ActivityView::fillSdrBox);
        connect(m_sdrs, &SdrRepository::sdrRemoved, this, &ActivityView::fillSdrBox);
    }
    // A new kind may show up with a new entry.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_kindBox->count() - 1 < m_model->knownKinds().size())
            fillKindBox();
    });

    retranslateUi();
    m_table->setColumnWidth(ActivityModel::TimeColumn,
                            m_table->fontMetrics().horizontalAdvance(QStringLiteral("0000-00-00 00:00:00")) +
                                24);
    m_table->setColumnWidth(ActivityModel::SdrColumn, 160);
    m_table->setColumnWidth(ActivityModel::KindColumn, 110);
}

void ActivityView::fillSdrBox()
{
    if (!SdrChoices::fill(m_sdrBox, m_sdrs, m_model->sdrFilter(), tr("All SDRs")))
        m_model->setSdrFilter(QString()); // the filtered SDR was removed
}

void ActivityView::fillKindBox()
{
    const QString current = m_model->kindFilter();
    const QSignalBlocker blocker(m_kindBox);
    m_kindBox->clear();
    m_kindBox->addItem(tr("All kinds"), QString());
    for (const QString& kind : m_model->knownKinds())
        m_kindBox->addItem(ActivityModel::kindLabel(kind), kind);
    const int index = m_kindBox->findData(current);
    m_kindBox->setCurrentIndex(index >= 0 ? index : 0);
}

void ActivityView::showSdr(const QString& sdrId)
{
    const int index = m_sdrBox->findData(sdrId);
    m_sdrBox->setCurrentIndex(index >= 0 ? index : 0);
}

void ActivityView::chooseExportFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export activity log"),
        QDir(dir).filePath(
            QStringLiteral("sdr-sender-activity-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate))),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool ActivityView::isExporting() const
{
    return m_exportJob->isRunning();
}

bool ActivityView::exportTo(const QString& filePath)
{
    if (!m_exportJob->start(filePath, {m_model->sdrFilter(), m_model->kindFilter()}, m_model->sdrNames()))
        return false;
    m_exportPath = filePath;
    m_exportButton->setEnabled(false);
    m_progress->setValue(0);
    m_progress->show();
    m_cancelButton->show();
    m_status->setText(tr("Exporting…"));
    return true;
}

void ActivityView::cancelExport()
{
    m_exportJob->cancel();
}

void ActivityView::onExportFinished(bool ok, bool cancelled, const QString& error, int rows)
{
    m_progress->hide();
    m_cancelButton->hide();
    m_exportButton->setEnabled(true);
    if (ok) {
        qCInfo(lcUi) << "activity log exported:" << rows << "entries";
        m_status->setText(tr("Exported to %1").arg(QDir::toNativeSeparators(m_exportPath)));
    } else if (cancelled) {
        m_status->setText(tr("Export cancelled; no file was written."));
    } else {
        qCWarning(lcUi).noquote() << "activity export failed:" << error;
        m_status->setText(error);
    }
    emit exportFinished(ok);
}

void ActivityView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ActivityView::retranslateUi()
{
    m_sdrLabel->setText(tr("&SDR:"));
    m_kindLabel->setText(tr("&Kind:"));
    m_exportButton->setText(tr("Export CSV…"));
    m_exportButton->setToolTip(tr("Save the entries shown (with the current filters) as a CSV file"));
    m_cancelButton->setText(tr("Cancel"));
    fillSdrBox();
    fillKindBox();
    m_model->retranslate();
}
