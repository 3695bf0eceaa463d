#include "DashboardView.h"

#include "Clock.h"
#include "DashboardModel.h"
#include "SafeText.h"
#include "SendsChart.h"
#include "StatePresentation.h"

#include <QEvent>
#include <QFrame>
#include <QGroupBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

DashboardView::DashboardView(DashboardModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("dashboardView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(12);

    auto* tiles = new QHBoxLayout;
    tiles->setSpacing(10);
    m_connectedTile = addTile(tiles, QStringLiteral("tileConnected"));
    m_attentionTile = addTile(tiles, QStringLiteral("tileAttention"));
    m_queuedTile = addTile(tiles, QStringLiteral("tileQueued"));
    m_sentTile = addTile(tiles, QStringLiteral("tileSent"));
    m_repliedTile = addTile(tiles, QStringLiteral("tileReplied"));
    m_failedTile = addTile(tiles, QStringLiteral("tileFailed"));
    layout->addLayout(tiles);

    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DashboardModel::SortRole);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("dashboardTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(DashboardModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    // Columns added after the last error (per-session memory and CPU, ...) are short figures: the long
    // last error stays the last column on screen, the one that takes what room is left.
    m_table->horizontalHeader()->moveSection(
        m_table->horizontalHeader()->visualIndex(DashboardModel::LastErrorColumn),
        m_table->horizontalHeader()->count() - 1);
    layout->addWidget(m_table, 3);
    // Sixteen columns do not fit a laptop screen: the number (also in the sidebar) and the time of
    // connection start hidden; a right click on the header shows or hides any column.
    m_table->setColumnHidden(DashboardModel::PhoneColumn, true);
    m_table->setColumnHidden(DashboardModel::ConnectedSinceColumn, true);
    m_table->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            [this](const QPoint& pos) {
                QMenu menu(this);
                for (int column = DashboardModel::NameColumn + 1; column < m_model->columnCount(); ++column) {
                    QAction* action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
                    action->setCheckable(true);
                    action->setChecked(!m_table->isColumnHidden(column));
                    connect(action, &QAction::toggled, this, [this, column](bool shown) {
                        m_table->setColumnHidden(column, !shown);
                        fitColumns();
                    });
                }
                menu.exec(m_table->horizontalHeader()->mapToGlobal(pos));
            });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        emit sdrActivated(index.data(DashboardModel::SdrIdRole).toString());
    });

    auto* bottom = new QHBoxLayout;
    bottom->setSpacing(12);
    auto* chartBox = new QVBoxLayout;
    m_chartTitle = new QLabel(this);
    m_chartTitle->setTextFormat(Qt::PlainText);
    QFont titleFont = m_chartTitle->font();
    titleFont.setWeight(QFont::DemiBold);
    m_chartTitle->setFont(titleFont);
    m_chart = new SendsChart(this);
    m_chart->setObjectName(QStringLiteral("sendsChart"));
    chartBox->addWidget(m_chartTitle);
    chartBox->addWidget(m_chart, 1);
    bottom->addLayout(chartBox, 3);

    m_uncertainBox = new QGroupBox(this);
    m_uncertainBox->setObjectName(QStringLiteral("uncertainBox"));
    auto* uncertainLayout = new QVBoxLayout(m_uncertainBox);
    m_uncertainHelp = new QLabel(m_uncertainBox);
    m_uncertainHelp->setTextFormat(Qt::PlainText);
    m_uncertainHelp->setWordWrap(true);
    m_uncertainList = new QTreeWidget(m_uncertainBox);
    m_uncertainList->setObjectName(QStringLiteral("uncertainList"));
    m_uncertainList->setRootIsDecorated(false);
    m_uncertainList->setColumnCount(5);
    m_uncertainList->setSelectionMode(QAbstractItemView::SingleSelection);
    auto* decide = new QHBoxLayout;
    m_resendButton = new QPushButton(m_uncertainBox);
    m_resendButton->setObjectName(QStringLiteral("resendButton"));
    m_dropButton = new QPushButton(m_uncertainBox);
    m_dropButton->setObjectName(QStringLiteral("dropButton"));
    decide->addStretch(1);
    decide->addWidget(m_resendButton);
    decide->addWidget(m_dropButton);
    uncertainLayout->addWidget(m_uncertainHelp);
    uncertainLayout->addWidget(m_uncertainList, 1);
    uncertainLayout->addLayout(decide);
    bottom->addWidget(m_uncertainBox, 2);
    layout->addLayout(bottom, 2);

    connect(m_resendButton, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedLeadId(); !id.isEmpty())
            emit resendRequested(id);
    });
    connect(m_dropButton, &QPushButton::clicked, this, [this] {
        if (const QString id = selectedLeadId(); !id.isEmpty())
            emit dropRequested(id);
    });
    connect(m_uncertainList, &QTreeWidget::itemSelectionChanged, this, [this] {
        const bool any = !selectedLeadId().isEmpty();
        m_resendButton->setEnabled(any);
        m_dropButton->setEnabled(any);
    });

    connect(m_model, &DashboardModel::refreshed, this, &DashboardView::onRefreshed);
    retranslateUi();
    // Only a drag counts as the person's choice; the stretched last section resizes on its own.
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this] {
        if (!m_fittingColumns && QGuiApplication::mouseButtons() != Qt::NoButton)
            m_columnsSizedByUser = true;
    });
    onRefreshed();
}

void DashboardView::fitColumns()
{
    if (m_columnsSizedByUser)
        return;
    m_fittingColumns = true;
    m_table->resizeColumnsToContents();
    // The last column (the last error) takes what is left rather than a scroll bar; long errors
    // are elided and shown whole in their tooltip.
    QHeaderView* header = m_table->horizontalHeader();
    const int last = header->logicalIndex(header->count() - 1); // on screen
    if (header->count() > 1) {
        const int others = header->length() - header->sectionSize(last);
        const int room = qMax(120, m_table->viewport()->width() - others);
        if (header->sectionSize(last) > room)
            header->resizeSection(last, room);
    }
    m_fittingColumns = false;
}

DashboardView::Tile DashboardView::addTile(QHBoxLayout* row, const QString& objectName)
{
    auto* frame = new QFrame(this);
    frame->setObjectName(objectName);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setStyleSheet(QStringLiteral("QFrame#%1 { border: 1px solid palette(mid); border-radius: 8px; "
                                        "background: palette(base); }")
                             .arg(objectName));
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(14, 8, 14, 8);
    layout->setSpacing(0);
    Tile tile;
    tile.value = new QLabel(frame);
    tile.value->setTextFormat(Qt::PlainText);
    tile.value->setObjectName(objectName + QStringLiteral("Value"));
    QFont big = tile.value->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setWeight(QFont::DemiBold);
    tile.value->setFont(big);
    tile.caption = new QLabel(frame);
    tile.caption->setTextFormat(Qt::PlainText);
    QPalette captionPalette = tile.caption->palette();
    QColor dim = captionPalette.color(QPalette::WindowText);
    dim.setAlpha(160);
    captionPalette.setColor(QPalette::WindowText, dim);
    tile.caption->setPalette(captionPalette);
    layout->addWidget(tile.value);
    layout->addWidget(tile.caption);
    row->addWidget(frame, 1);
    return tile;
}

QString DashboardView::selectedLeadId() const
{
    const QList<QTreeWidgetItem*> items = m_uncertainList->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(0, Qt::UserRole).toString();
}

void DashboardView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DashboardView::retranslateUi()
{
    m_connectedTile.caption->setText(tr("Connected"));
    m_attentionTile.caption->setText(tr("Need attention"));
    m_queuedTile.caption->setText(tr("Queued"));
    m_sentTile.caption->setText(tr("Sent today"));
    m_repliedTile.caption->setText(tr("Replied today"));
    m_failedTile.caption->setText(tr("Failed today"));
    m_chartTitle->setText(tr("Sends and replies per hour today"));
    m_uncertainBox->setTitle(tr("Needs a decision"));
    m_uncertainHelp->setText(
        tr("These leads were being sent when the app stopped, and WhatsApp could not "
           "confirm whether they went out; or another SDR messaged their phone recently. "
           "Send or drop each one."));
    // Why comes right after the lead: it is what a person decides on, and must not sit behind the
    // horizontal scrollbar of this narrow list.
    m_uncertainList->setHeaderLabels({tr("Lead"), tr("Why"), tr("Phone"), tr("SDR"), tr("Since")});
    m_resendButton->setText(tr("Send again / anyway"));
    m_dropButton->setText(tr("Drop"));
    // The reasons already listed change language now, not at the next refresh.
    for (int i = 0; i < m_uncertainList->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_uncertainList->topLevelItem(i);
        item->setText(1, reasonText(item->data(1, Qt::UserRole).toBool()));
    }
    m_model->retranslate();
    // Headers and states change length with the language.
    fitColumns();
}

QString DashboardView::reasonText(bool held) const
{
    return held ? tr("Contacted recently by another SDR") : tr("Send not confirmed");
}

void DashboardView::onRefreshed()
{
    // Names, states and numbers arrive after start-up (statuses, CRM list): refit to them.
    fitColumns();
    const DashboardModel::Totals totals = m_model->totals();
    const QLocale locale;
    m_connectedTile.value->setText(QStringLiteral("%1 / %2").arg(totals.connected).arg(totals.sdrs));
    m_attentionTile.value->setText(locale.toString(totals.needAttention));
    m_queuedTile.value->setText(locale.toString(totals.queued));
    m_sentTile.value->setText(locale.toString(totals.sentToday));
    m_repliedTile.value->setText(locale.toString(totals.repliedToday));
    m_failedTile.value->setText(locale.toString(totals.failedToday));
    auto colour = [](QLabel* label, const QColor& color) {
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, color);
        label->setPalette(palette);
    };
    colour(m_connectedTile.value, StatePresentation::color(StatePresentation::Severity::Ok));
    colour(m_attentionTile.value, totals.needAttention > 0
                                      ? StatePresentation::color(StatePresentation::Severity::Warning)
                                      : palette().color(QPalette::WindowText));
    colour(m_failedTile.value, totals.failedToday > 0
                                   ? StatePresentation::color(StatePresentation::Severity::Critical)
                                   : palette().color(QPalette::WindowText));

    m_chart->setCounts(m_model->hourlySends());
    m_chart->setReplyCounts(m_model->hourlyReplies());
    const QDateTime now = m_model->clock()->now().toLocalTime();
    m_chart->setCurrentHour(now.time().hour());

    const QString selected = selectedLeadId();
    m_uncertainList->clear();
    const QVector<UncertainLead> leads = m_model->uncertainLeads();
    for (const UncertainLead& lead : leads) {
        // QTreeWidgetItem text is plain text: CRM data cannot turn into markup here.
        auto* item = new QTreeWidgetItem(
            m_uncertainList, {lead.leadName.isEmpty() ? lead.leadId : lead.leadName, reasonText(lead.held),
                              lead.phone, lead.sdrName.isEmpty() ? lead.sdrId : lead.sdrName,
                              lead.since.toLocalTime().toString(QStringLiteral("dd/MM HH:mm"))});
        item->setData(0, Qt::UserRole, lead.leadId);
        item->setData(1, Qt::UserRole, lead.held);
        item->setToolTip(1, SafeText::toolTip(lead.detail));
        item->setToolTip(0, SafeText::toolTip(lead.leadId));
        if (lead.leadId == selected)
            item->setSelected(true);
    }
    m_uncertainList->resizeColumnToContents(1); // the reason whole; the rest may scroll
    m_uncertainBox->setVisible(!leads.isEmpty());
    const bool any = !selectedLeadId().isEmpty();
    m_resendButton->setEnabled(any);
    m_dropButton->setEnabled(any);
}
