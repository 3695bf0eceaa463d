#include "ProfileStore.h"

#include "EngineInfo.h"
#include "SessionsLogging.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QWebEngineProfile>

namespace {
constexpr int kMaxDirectoryName = 160;
constexpr QFile::Permissions kOwnerOnly = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner;

bool makePrivateDir(const QString& path)
{
    if (!QDir().mkpath(path))
        return false;
    return QFile::setPermissions(path, kOwnerOnly);
}
} // namespace

ProfileStore::ProfileStore(const QString& dataDir, QObject* parent)
    : QObject(parent)
    , m_dataDir(QDir(dataDir).absolutePath())
{
}

QString ProfileStore::profilesRoot() const
{
    return m_dataDir + QStringLiteral("/profiles");
}

QString ProfileStore::directoryNameFor(const QString& sdrId)
{
    if (sdrId.isEmpty())
        return {};
    QString name;
    const QByteArray utf8 = sdrId.toUtf8();
    for (const char byte : utf8) {
        const auto c = static_cast<unsigned char>(byte);
        const bool keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                          c == '_' || c == '-';
        if (keep)
            name.append(QLatin1Char(char(c)));
        else
            name.append(QStringLiteral("%%1").arg(c, 2, 16, QLatin1Char('0')).toUpper());
    }
    if (name.size() > kMaxDirectoryName)
        return {};
    return name;
}

QString ProfileStore::profileDirFor(const QString& sdrId) const
{
    const QString name = directoryNameFor(sdrId);
    if (name.isEmpty())
        return {};
    return profilesRoot() + QLatin1Char('/') + name;
}

QString ProfileStore::userAgentWithoutQtToken(const QString& userAgent)
{
    static const QRegularExpression token(QStringLiteral("\\s*QtWebEngine/[0-9.]+"));
    QString cleaned = userAgent;
    cleaned.remove(token);
    return cleaned.simplified();
}

bool ProfileStore::fail(const QString& message)
{
    m_errorString = message;
    qCWarning(lcProfile).noquote() << message;
    return false;
}

QWebEngineProfile* ProfileStore::createProfile(const QString& sdrId, QObject* parent)
{
    const QString dir = profileDirFor(sdrId);
    if (dir.isEmpty()) {
        fail(tr("The SDR id \"%1\" cannot be used as a profile name.").arg(sdrId.left(40)));
        return nullptr;
    }
    if (!makePrivateDir(profilesRoot()) || !makePrivateDir(dir) ||
        !makePrivateDir(dir + QStringLiteral("/storage")) ||
        !makePrivateDir(dir + QStringLiteral("/cache"))) {
        fail(tr("Cannot create the profile directory %1.").arg(dir));
        return nullptr;
    }
    auto* profile = new QWebEngineProfile(QStringLiteral("sdr-") + directoryNameFor(sdrId), parent);
    profile->setPersistentStoragePath(dir + QStringLiteral("/storage"));
    profile->setCachePath(dir + QStringLiteral("/cache"));
    profile->setPersistentCookiesPolicy(QWebEngineProfile::ForcePersistentCookies);
    profile->setHttpCacheType(QWebEngineProfile::DiskHttpCache);
    EngineInfo::rememberUserAgent(profile->httpUserAgent());
    profile->setHttpUserAgent(userAgentWithoutQtToken(profile->httpUserAgent()));
    qCInfo(lcProfile) << "profile for" << sdrId << "in" << dir;
    return profile;
}

bool ProfileStore::wipe(const QString& sdrId)
{
    const QString dir = profileDirFor(sdrId);
    if (dir.isEmpty())
        return fail(tr("The SDR id \"%1\" cannot be used as a profile name.").arg(sdrId.left(40)));
    if (!QDir(dir).exists())
        return true;
    if (!QDir(dir).removeRecursively())
        return fail(tr("Cannot remove the profile directory %1.").arg(dir));
    qCInfo(lcProfile) << "wiped the profile of" << sdrId;
    return true;
}
