#pragma once

#include <QSet>
#include <QVector>
#include <functional>

// Brings a model's rows to a freshly read list with the smallest set of change notifications
// (remove, move, insert, dataChanged) instead of a reset, so views keep their selection and
// scroll position when one SDR changes. Rows are matched by a key (the SDR or lead id) and compared
// with operator==. The hooks wrap the model's protected begin/end calls.
struct RowSyncHooks
{
    std::function<void(int row)> beginRemove;
    std::function<void()> endRemove;
    std::function<void(int row)> beginInsert;
    std::function<void()> endInsert;
    std::function<void(int from, int to)> beginMove; // to < from: moves up
    std::function<void()> endMove;
    std::function<void(int row)> changed;
};

template <typename Row, typename KeyOf>
void syncKeyedRows(QVector<Row>& rows, const QVector<Row>& fresh, KeyOf keyOf, const RowSyncHooks& hooks)
{
    using Key = decltype(keyOf(fresh.first()));
    QSet<Key> freshKeys;
    for (const Row& row : fresh)
        freshKeys.insert(keyOf(row));
    for (int i = int(rows.size()) - 1; i >= 0; --i) {
        if (!freshKeys.contains(keyOf(rows.at(i)))) {
            hooks.beginRemove(i);
            rows.removeAt(i);
            hooks.endRemove();
        }
    }
    for (int i = 0; i < fresh.size(); ++i) {
        const Key key = keyOf(fresh.at(i));
        if (i >= rows.size() || keyOf(rows.at(i)) != key) {
            int from = -1;
            for (int j = i + 1; j < rows.size(); ++j) {
                if (keyOf(rows.at(j)) == key) {
                    from = j;
                    break;
                }
            }
            if (from >= 0) {
                hooks.beginMove(from, i);
                rows.insert(i, rows.takeAt(from));
                hooks.endMove();
            } else {
                hooks.beginInsert(i);
                rows.insert(i, fresh.at(i));
                hooks.endInsert();
                continue;
            }
        }
        if (!(rows.at(i) == fresh.at(i))) {
            rows[i] = fresh.at(i);
            hooks.changed(i);
        }
    }
}
