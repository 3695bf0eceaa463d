#pragma once

#include "SettingKeys.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QVariant>

class Store;

// Resolves every setting in one place:
//   command line > per-SDR override > global (stored) > environment variable > built-in default.
// Values that fail validation at a level are skipped (with a warning) so the next level applies.
class Settings : public QObject
{
    Q_OBJECT
public:
    enum class Source
    {
        CommandLine,
        Sdr,
        Global,
        Environment,
        Default
    };
    Q_ENUM(Source)

    explicit Settings(Store* store, QObject* parent = nullptr);

    QVariant value(const QString& key, const QString& sdrId = {}) const;
    int intValue(const QString& key, const QString& sdrId = {}) const { return value(key, sdrId).toInt(); }
    QString stringValue(const QString& key, const QString& sdrId = {}) const
    {
        return value(key, sdrId).toString();
    }
    Source source(const QString& key, const QString& sdrId = {}) const;

    // Validates against the key's spec; false (and errorString) for unknown keys or bad values.
    bool setGlobal(const QString& key, const QVariant& value);
    bool clearGlobal(const QString& key);
    bool setForSdr(const QString& sdrId, const QString& key, const QVariant& value);
    bool clearForSdr(const QString& sdrId, const QString& key);
    void setCommandLineOverride(const QString& key, const QVariant& value);

    QJsonObject sdrOverrides(const QString& sdrId) const;
    QString errorString() const { return m_errorString; }

    // Checks and normalises a value for a spec (ints parsed and range-checked, URLs need a scheme
    // and host, times are HH:mm). Invalid QVariant when it does not fit.
    static QVariant validated(const SettingSpec& spec, const QVariant& raw);

signals:
    void changed(const QString& key, const QString& sdrId);

private:
    QVariant resolve(const QString& key, const QString& sdrId, Source* source) const;
    bool writeSdrOverrides(const QString& sdrId, const QJsonObject& overrides);
    bool fail(const QString& message);

    Store* m_store;
    QHash<QString, QVariant> m_commandLine;
    mutable QString m_errorString;
};
