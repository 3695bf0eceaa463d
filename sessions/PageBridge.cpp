#include "PageBridge.h"

#include "SessionsLogging.h"

#include <QJsonDocument>

void PageBridge::report(const QString& json)
{
    constexpr int kMaxSnapshotChars = 64 * 1024;
    if (json.size() > kMaxSnapshotChars) {
        qCWarning(lcProbe) << "dropped an oversized page report of" << json.size() << "characters";
        return;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject()) {
        qCWarning(lcProbe) << "dropped a page report that is not a JSON object";
        return;
    }
    emit reported(doc.object());
}
