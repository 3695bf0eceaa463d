#pragma once

#include <QStyledItemDelegate>

// Paints one SDR in the sidebar: state dot, name, number (or state when not connected), unread
// badge. Everything is drawn as plain text: names come from the CRM.
class SdrItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
};
