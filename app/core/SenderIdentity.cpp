#include "SenderIdentity.h"

#include "Logging.h"
#include "Store.h"

#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>

namespace {
// A key of the settings table that no SettingSpec uses: not a setting a person edits.
const QString kKey = QStringLiteral("internal.sender_id");
} // namespace

QString SenderIdentity::loadOrCreate(Store* store)
{
    QSqlQuery query(store->database());
    query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(kKey);
    if (query.exec() && query.next() && !query.value(0).toString().isEmpty())
        return query.value(0).toString();
    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlQuery insert(store->database());
    insert.prepare(QStringLiteral("INSERT OR IGNORE INTO settings(key, value) VALUES(?, ?)"));
    insert.addBindValue(kKey);
    insert.addBindValue(id);
    if (!insert.exec()) {
        qCWarning(lcStore) << "cannot store this sender's id";
        return {};
    }
    // Another writer may have been first (INSERT OR IGNORE): read what is there.
    QSqlQuery again(store->database());
    again.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    again.addBindValue(kKey);
    if (again.exec() && again.next())
        return again.value(0).toString();
    return id;
}

QString SenderIdentity::hostName()
{
    const QString name = QSysInfo::machineHostName();
    return name.isEmpty() ? QStringLiteral("unknown host") : name;
}
