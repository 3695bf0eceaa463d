#pragma once

#include <QJsonObject>
#include <QObject>

// The object the injected observer talks to over QWebChannel ("sdrBridge"). Page data arrives as
// a JSON string and is parsed here; anything malformed or oversized is dropped.
class PageBridge : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

public slots:
    void report(const QString& json);

signals:
    void reported(const QJsonObject& snapshot);
};
