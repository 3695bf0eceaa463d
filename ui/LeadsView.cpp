#include "LeadsView.h"

#include "LeadsModel.h"
#include "SdrChoices.h"
#include "SdrRepository.h"
#include "UiLogging.h"

#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

LeadsView::LeadsView(LeadsModel* model, SdrRepository* sdrs, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_sdrs(sdrs)
{
    setObjectName(QStringLiteral("leadsView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);

    auto* filters = new QHBoxLayout;
    m_sdrLabel = new QLabel(this);
    m_sdrBox = new QComboBox(this);
    m_sdrBox->setObjectName(QStringLiteral("leadsSdrFilter"));
    m_sdrBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_stateLabel = new QLabel(this);
    m_stateBox = new QComboBox(this);
    m_stateBox->setObjectName(QStringLiteral("leadsStateFilter"));
    m_stateBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("leadsSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(220);
    m_exportButton = new QPushButton(this);
    m_exportButton->setObjectName(QStringLiteral("leadsExportButton"));
    m_sdrLabel->setBuddy(m_sdrBox);
    m_stateLabel->setBuddy(m_stateBox);
    filters->addWidget(m_sdrLabel);
    filters->addWidget(m_sdrBox);
    filters->addSpacing(12);
    filters->addWidget(m_stateLabel);
    filters->addWidget(m_stateBox);
    filters->addSpacing(12);
    filters->addWidget(m_search);
    filters->addStretch(1);
    filters->addWidget(m_exportButton);
    layout->addLayout(filters);

    // Sorting by a header sorts what was read (the newest `limit` leads); the query itself returns
    // them newest event first.
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(LeadsModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("leadsTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(LeadsModel::LastEventColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(m_table, 1);

    auto* bottom = new QHBoxLayout;
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("leadsCount"));
    m_count->setTextFormat(Qt::PlainText);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("leadsStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    bottom->addWidget(m_count);
    bottom->addSpacing(16);
    bottom->addWidget(m_status, 1);
    layout->addLayout(bottom);

    connect(m_sdrBox, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setSdrFilter(m_sdrBox->currentData().toString()); });
    connect(m_stateBox, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setStateFilter(m_stateBox->currentData().toString()); });
    // A query per pause in typing, not per key.
    auto* searchDelay = new QTimer(this);
    searchDelay->setSingleShot(true);
    searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, searchDelay, qOverload<>(&QTimer::start));
    connect(searchDelay, &QTimer::timeout, this, [this] { m_model->setSearchText(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this, searchDelay] {
        searchDelay->stop();
        m_model->setSearchText(m_search->text());
    });
    connect(m_exportButton, &QPushButton::clicked, this, &LeadsView::chooseExportFile);
    connect(m_model, &LeadsModel::refreshed, this, &LeadsView::updateCount);
    if (m_sdrs) {
        connect(m_sdrs, &SdrRepository::sdrChanged, this, &LeadsView::fillSdrBox);
        connect(m_sdrs, &SdrRepository::sdrRemoved, this, &LeadsView::fillSdrBox);
    }

    retranslateUi();
    updateCount();
    const QFontMetrics fm = m_table->fontMetrics();
    m_table->setColumnWidth(LeadsModel::SdrColumn, 140);
    m_table->setColumnWidth(LeadsModel::LeadColumn, 170);
    m_table->setColumnWidth(LeadsModel::PhoneColumn,
                            fm.horizontalAdvance(QStringLiteral("+000000000000000")) + 20);
    m_table->setColumnWidth(LeadsModel::StateColumn, fm.horizontalAdvance(QStringLiteral("Opted out")) + 40);
    m_table->setColumnWidth(LeadsModel::SentAtColumn,
                            fm.horizontalAdvance(QStringLiteral("00/00/0000 00:00")) + 20);
    m_table->setColumnWidth(LeadsModel::LastEventColumn,
                            fm.horizontalAdvance(QStringLiteral("00/00/0000 00:00")) + 20);
}

void LeadsView::fillSdrBox()
{
    if (!SdrChoices::fill(m_sdrBox, m_sdrs, m_model->sdrFilter(), tr("All SDRs")))
        m_model->setSdrFilter(QString()); // the filtered SDR was removed
}

void LeadsView::fillStateBox()
{
    const QString current = m_model->stateFilter();
    const QSignalBlocker blocker(m_stateBox);
    m_stateBox->clear();
    m_stateBox->addItem(tr("All states"), QString());
    for (const QString& state : LeadList::states())
        m_stateBox->addItem(LeadsModel::stateLabel(state), state);
    const int index = m_stateBox->findData(current);
    m_stateBox->setCurrentIndex(index >= 0 ? index : 0);
}

void LeadsView::showSdr(const QString& sdrId)
{
    const int index = m_sdrBox->findData(sdrId);
    m_sdrBox->setCurrentIndex(index >= 0 ? index : 0);
}

void LeadsView::updateCount()
{
    const int shown = m_model->rowCount();
    if (!m_model->errorString().isEmpty())
        m_count->setText(tr("The leads could not be read: %1").arg(m_model->errorString()));
    else if (m_model->isTruncated())
        m_count->setText(
            tr("The newest %n lead(s) shown; narrow the filters to see older ones.", nullptr, shown));
    else
        m_count->setText(tr("%n lead(s)", nullptr, shown));
}

void LeadsView::chooseExportFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export leads"),
        QDir(dir).filePath(
            QStringLiteral("sdr-sender-leads-%1.csv").arg(QDate::currentDate().toString(Qt::ISODate))),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool LeadsView::exportTo(const QString& filePath)
{
    // All or nothing: a half-written file never replaces a good one.
    QSaveFile file(filePath);
    QString error;
    bool ok = file.open(QIODevice::WriteOnly);
    if (!ok)
        error = file.errorString();
    if (ok)
        ok = m_model->exportCsv(&file, &error);
    if (ok && !file.commit()) {
        ok = false;
        error = file.errorString();
    }
    if (!ok) {
        qCWarning(lcUi).noquote() << "leads export failed:" << error;
        m_status->setText(tr("Export failed: %1").arg(error));
        return false;
    }
    qCInfo(lcUi) << "leads exported:" << m_model->rowCount();
    m_status->setText(tr("Exported to %1").arg(QDir::toNativeSeparators(filePath)));
    return true;
}

void LeadsView::showEvent(QShowEvent* event)
{
    m_model->setActive(true);
    m_model->refresh();
    QWidget::showEvent(event);
}

void LeadsView::hideEvent(QHideEvent* event)
{
    m_model->setActive(false);
    QWidget::hideEvent(event);
}

void LeadsView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LeadsView::retranslateUi()
{
    m_sdrLabel->setText(tr("&SDR:"));
    m_stateLabel->setText(tr("S&tate:"));
    m_search->setPlaceholderText(tr("Search name, phone or reply"));
    m_exportButton->setText(tr("Export CSV…"));
    m_exportButton->setToolTip(tr("Save the leads shown (with the current filters) as a CSV file"));
    fillSdrBox();
    fillStateBox();
    m_model->retranslate();
    updateCount();
}
