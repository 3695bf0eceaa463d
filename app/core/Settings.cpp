#include "Settings.h"

#include "Logging.h"
#include "Store.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTime>
#include <QUrl>

Settings::Settings(Store* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
}

QVariant Settings::validated(const SettingSpec& spec, const QVariant& raw)
{
    if (!raw.isValid() || raw.isNull())
        return {};
    switch (spec.type) {
    case SettingSpec::Type::String:
        return raw.toString();
    case SettingSpec::Type::Int: {
        bool ok = false;
        const qlonglong number = raw.toString().trimmed().toLongLong(&ok);
        if (!ok || number < spec.minimum || number > spec.maximum)
            return {};
        return int(number);
    }
    case SettingSpec::Type::Bool: {
        const QString text = raw.toString().trimmed().toLower();
        if (text == QLatin1String("1") || text == QLatin1String("true") || text == QLatin1String("yes"))
            return true;
        if (text == QLatin1String("0") || text == QLatin1String("false") || text == QLatin1String("no"))
            return false;
        return {};
    }
    case SettingSpec::Type::Url: {
        const QString text = raw.toString().trimmed();
        if (text.isEmpty())
            return QString();
        const QUrl url(text, QUrl::StrictMode);
        const bool web = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
        if (!url.isValid() || !web || url.host().isEmpty())
            return {};
        return url.toString();
    }
    case SettingSpec::Type::TimeOfDay: {
        const QString text = raw.toString().trimmed();
        if (text.isEmpty())
            return QString();
        const QTime time = QTime::fromString(text, QStringLiteral("HH:mm"));
        if (!time.isValid())
            return {};
        return time.toString(QStringLiteral("HH:mm"));
    }
    }
    return {};
}

QVariant Settings::value(const QString& key, const QString& sdrId) const
{
    return resolve(key, sdrId, nullptr);
}

Settings::Source Settings::source(const QString& key, const QString& sdrId) const
{
    Source source = Source::Default;
    resolve(key, sdrId, &source);
    return source;
}

QVariant Settings::resolve(const QString& key, const QString& sdrId, Source* source) const
{
    const SettingSpec* spec = SettingKeys::find(key);
    if (!spec) {
        qCWarning(lcConfig) << "unknown setting" << key;
        return {};
    }
    auto found = [source](Source level, const QVariant& value) {
        if (source)
            *source = level;
        return value;
    };

    if (const auto it = m_commandLine.constFind(key); it != m_commandLine.constEnd())
        return found(Source::CommandLine, *it);

    if (spec->perSdr && !sdrId.isEmpty()) {
        const QJsonObject overrides = sdrOverrides(sdrId);
        if (overrides.contains(key)) {
            const QVariant value = validated(*spec, overrides.value(key).toVariant());
            if (value.isValid())
                return found(Source::Sdr, value);
            qCWarning(lcConfig) << "ignoring invalid per-SDR value for" << key << "of" << sdrId;
        }
    }

    if (m_store && m_store->isOpen()) {
        QSqlQuery query(m_store->database());
        query.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
        query.addBindValue(key);
        if (query.exec() && query.next()) {
            const QVariant value = validated(*spec, query.value(0));
            if (value.isValid())
                return found(Source::Global, value);
            qCWarning(lcConfig) << "ignoring invalid stored value for" << key;
        }
    }

    if (spec->envVar && qEnvironmentVariableIsSet(spec->envVar)) {
        const QVariant value = validated(*spec, qEnvironmentVariable(spec->envVar));
        if (value.isValid())
            return found(Source::Environment, value);
        qCWarning(lcConfig) << "ignoring invalid value of environment variable" << spec->envVar;
    }

    return found(Source::Default, spec->defaultValue);
}

bool Settings::fail(const QString& message)
{
    m_errorString = message;
    qCWarning(lcConfig).noquote() << message;
    return false;
}

bool Settings::setGlobal(const QString& key, const QVariant& value)
{
    const SettingSpec* spec = SettingKeys::find(key);
    if (!spec)
        return fail(tr("Unknown setting \"%1\".").arg(key));
    const QVariant checked = validated(*spec, value);
    if (!checked.isValid())
        return fail(tr("\"%1\" is not a valid value for %2.").arg(value.toString(), key));
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES(?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(checked.toString());
    if (!query.exec())
        return fail(tr("Cannot save the setting %1: %2").arg(key, query.lastError().text()));
    emit changed(key, QString());
    return true;
}

bool Settings::clearGlobal(const QString& key)
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("DELETE FROM settings WHERE key = ?"));
    query.addBindValue(key);
    if (!query.exec())
        return fail(tr("Cannot clear the setting %1: %2").arg(key, query.lastError().text()));
    emit changed(key, QString());
    return true;
}

QJsonObject Settings::sdrOverrides(const QString& sdrId) const
{
    if (!m_store || !m_store->isOpen())
        return {};
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("SELECT settings FROM sdrs WHERE id = ?"));
    query.addBindValue(sdrId);
    if (!query.exec() || !query.next())
        return {};
    return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
}

bool Settings::writeSdrOverrides(const QString& sdrId, const QJsonObject& overrides)
{
    QSqlQuery query(m_store->database());
    query.prepare(QStringLiteral("UPDATE sdrs SET settings = ?, updated_at = ? WHERE id = ?"));
    query.addBindValue(QString::fromUtf8(QJsonDocument(overrides).toJson(QJsonDocument::Compact)));
    query.addBindValue(Store::timestamp(QDateTime::currentDateTimeUtc()));
    query.addBindValue(sdrId);
    if (!query.exec())
        return fail(tr("Cannot save the settings of %1: %2").arg(sdrId, query.lastError().text()));
    if (query.numRowsAffected() != 1)
        return fail(tr("There is no SDR \"%1\".").arg(sdrId));
    return true;
}

bool Settings::setForSdr(const QString& sdrId, const QString& key, const QVariant& value)
{
    const SettingSpec* spec = SettingKeys::find(key);
    if (!spec)
        return fail(tr("Unknown setting \"%1\".").arg(key));
    if (!spec->perSdr)
        return fail(tr("%1 cannot be set per SDR.").arg(key));
    const QVariant checked = validated(*spec, value);
    if (!checked.isValid())
        return fail(tr("\"%1\" is not a valid value for %2.").arg(value.toString(), key));
    QJsonObject overrides = sdrOverrides(sdrId);
    overrides.insert(key, QJsonValue::fromVariant(checked));
    if (!writeSdrOverrides(sdrId, overrides))
        return false;
    emit changed(key, sdrId);
    return true;
}

bool Settings::clearForSdr(const QString& sdrId, const QString& key)
{
    QJsonObject overrides = sdrOverrides(sdrId);
    overrides.remove(key);
    if (!writeSdrOverrides(sdrId, overrides))
        return false;
    emit changed(key, sdrId);
    return true;
}

void Settings::setCommandLineOverride(const QString& key, const QVariant& value)
{
    m_commandLine.insert(key, value);
    emit changed(key, QString());
}
