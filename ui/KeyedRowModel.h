#pragma once

#include "KeyedRowSync.h"

#include <QAbstractItemModel>

// A model base (QAbstractListModel or QAbstractTableModel) whose rows are kept in step with a
// freshly read list by syncKeyedRows, with the model's own begin/end notifications.
template <typename Base> class KeyedRowModel : public Base
{
public:
    using Base::Base;

protected:
    template <typename Row, typename KeyOf>
    void syncRows(QVector<Row>& rows, const QVector<Row>& fresh, KeyOf keyOf)
    {
        RowSyncHooks hooks;
        hooks.beginRemove = [this](int row) {
            this->beginRemoveRows({}, row, row);
        };
        hooks.endRemove = [this] {
            this->endRemoveRows();
        };
        hooks.beginInsert = [this](int row) {
            this->beginInsertRows({}, row, row);
        };
        hooks.endInsert = [this] {
            this->endInsertRows();
        };
        hooks.beginMove = [this](int from, int to) {
            this->beginMoveRows({}, from, from, {}, to);
        };
        hooks.endMove = [this] {
            this->endMoveRows();
        };
        hooks.changed = [this](int row) {
            const QAbstractItemModel* model = this; // columnCount() is private in QAbstractListModel
            emit this->dataChanged(this->index(row, 0), this->index(row, model->columnCount({}) - 1));
        };
        syncKeyedRows(rows, fresh, keyOf, hooks);
    }
};
