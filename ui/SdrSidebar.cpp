#include "SdrSidebar.h"

#include "SdrItemDelegate.h"
#include "SdrListModel.h"

#include <QItemSelectionModel>

SdrSidebar::SdrSidebar(SdrListModel* model, QWidget* parent)
    : QListView(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("sdrSidebar"));
    // Connected before setModel so it runs before the selection model moves the current index.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this, [this] { m_removingRows = true; });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] { m_removingRows = false; });
    setModel(m_model);
    setItemDelegate(new SdrItemDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setUniformItemSizes(true);
    setFrameShape(QFrame::NoFrame);
    // When the selected SDR's row goes away the view moves the current index to a neighbour; that
    // is not a choice the person made, so it is not announced (the window reacts to the removal).
    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex& current) {
        if (!m_removingRows)
            emit sdrSelected(m_model->sdrIdAt(current.row()));
    });
}

QString SdrSidebar::currentSdrId() const
{
    const QModelIndexList selected = selectionModel()->selectedIndexes();
    return selected.isEmpty() ? QString() : m_model->sdrIdAt(selected.first().row());
}

void SdrSidebar::selectSdr(const QString& sdrId)
{
    const int row = sdrId.isEmpty() ? -1 : m_model->rowOf(sdrId);
    if (row < 0) {
        selectionModel()->clear();
        return;
    }
    const QModelIndex index = m_model->index(row);
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    scrollTo(index);
}
