#include "Credentials.h"

#include "Logging.h"
#include "SecretMask.h"

#include <QUrl>
#include <qt6keychain/keychain.h>

namespace {
// A failure that says the keychain itself cannot be used, as opposed to "no such entry".
bool isServiceFailure(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::OtherError: // libsecret reports "no D-Bus" / "no Secret Service" this way
        return true;
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::CouldNotDeleteEntry:
        return false;
    }
    return true;
}
} // namespace

Credentials::Credentials(const QString& serverUrl, QObject* parent)
    : QObject(parent)
    , m_serverUrl(serverUrl)
    , m_key(keyFor(serverUrl))
{
}

QString Credentials::keyFor(const QString& serverUrl)
{
    const QString base = QStringLiteral("crm-token");
    const QUrl url(serverUrl.trimmed());
    if (serverUrl.trimmed().isEmpty() || !url.isValid() || url.host().isEmpty())
        return base;
    QUrl normalised = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment |
                                   QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    if (normalised.path() == QLatin1String("/")) // StripTrailingSlash keeps a lone "/"
        normalised.setPath(QString());
    return base + QLatin1Char(':') + normalised.toString();
}

void Credentials::setServerUrl(const QString& serverUrl)
{
    const QString key = keyFor(serverUrl);
    m_serverUrl = serverUrl;
    if (key == m_key)
        return;
    m_key = key;
    ++m_generation;
    setToken(QString(), Source::None);
}

void Credentials::startJob(QKeychain::Job* job)
{
    job->setKey(m_key);
    job->setAutoDelete(true);
    // Never the plain-text QSettings store QtKeychain can fall back to.
    job->setInsecureFallback(false);
    ++m_pendingJobs;
    job->start();
}

void Credentials::noteKeychainFailure(const QKeychain::Job* job)
{
    m_keychainState = KeychainState::Unavailable;
    m_keychainError = job->errorString();
    qCWarning(lcSecrets).noquote() << "keychain unavailable:" << m_keychainError;
}

void Credentials::useEnvironmentFallback()
{
    const QString fromEnv = qEnvironmentVariable(EnvironmentVariable).trimmed();
    if (fromEnv.isEmpty())
        setToken(QString(), Source::None);
    else
        setToken(fromEnv, Source::Environment);
}

void Credentials::setToken(const QString& token, Source source)
{
    if (token == m_token && source == m_source)
        return;
    m_token = token;
    m_source = source;
    emit tokenChanged();
}

void Credentials::load()
{
    auto* job = new QKeychain::ReadPasswordJob(QLatin1String(ServiceName));
    const quint64 generation = m_generation;
    connect(job, &QKeychain::Job::finished, this, [this, generation](QKeychain::Job* finished) {
        --m_pendingJobs;
        if (generation != m_generation)
            return;
        const auto* read = static_cast<QKeychain::ReadPasswordJob*>(finished);
        if (read->error() == QKeychain::NoError && !read->textData().isEmpty()) {
            m_keychainState = KeychainState::Available;
            m_keychainError.clear();
            setToken(read->textData(), Source::Keychain);
        } else {
            if (read->error() == QKeychain::NoError || read->error() == QKeychain::EntryNotFound) {
                m_keychainState = KeychainState::Available;
                m_keychainError.clear();
            } else if (isServiceFailure(read->error())) {
                noteKeychainFailure(read);
            }
            useEnvironmentFallback();
        }
        qCInfo(lcSecrets) << "token source:" << m_source << "keychain:" << m_keychainState;
        emit loaded();
    });
    startJob(job);
}

void Credentials::store(const QString& token)
{
    const QString trimmed = token.trimmed();
    if (trimmed.isEmpty()) {
        // Queued, like every other answer, so callers can connect after calling.
        QMetaObject::invokeMethod(
            this, [this] { emit storeFinished(false, tr("The token is empty; nothing was saved.")); },
            Qt::QueuedConnection);
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(QLatin1String(ServiceName));
    job->setTextData(trimmed);
    const quint64 generation = m_generation;
    connect(job, &QKeychain::Job::finished, this, [this, generation, trimmed](QKeychain::Job* finished) {
        --m_pendingJobs;
        if (generation != m_generation) {
            emit storeFinished(false, tr("The CRM server changed while the token was being saved."));
            return;
        }
        if (finished->error() != QKeychain::NoError) {
            if (isServiceFailure(finished->error()))
                noteKeychainFailure(finished);
            const QString error =
                m_keychainState == KeychainState::Unavailable
                    ? tr("No keychain service (%1); the token was not saved. Set %2 in "
                         "the environment instead.")
                          .arg(finished->errorString(), QLatin1String(EnvironmentVariable))
                    : tr("The keychain did not save the token: %1").arg(finished->errorString());
            emit storeFinished(false, error);
            return;
        }
        m_keychainState = KeychainState::Available;
        m_keychainError.clear();
        setToken(trimmed, Source::Keychain);
        qCInfo(lcSecrets) << "token saved to the keychain";
        emit storeFinished(true, QString());
    });
    startJob(job);
}

void Credentials::remove()
{
    auto* job = new QKeychain::DeletePasswordJob(QLatin1String(ServiceName));
    const quint64 generation = m_generation;
    connect(job, &QKeychain::Job::finished, this, [this, generation](QKeychain::Job* finished) {
        --m_pendingJobs;
        if (generation != m_generation) {
            emit removeFinished(false, tr("The CRM server changed while the token was being removed."));
            return;
        }
        // Deleting an entry that is not there is what the caller wanted.
        if (finished->error() != QKeychain::NoError && finished->error() != QKeychain::EntryNotFound) {
            if (isServiceFailure(finished->error()))
                noteKeychainFailure(finished);
            emit removeFinished(false,
                                tr("The keychain did not remove the token: %1").arg(finished->errorString()));
            return;
        }
        m_keychainState = KeychainState::Available;
        m_keychainError.clear();
        useEnvironmentFallback();
        qCInfo(lcSecrets) << "token removed from the keychain; source now" << m_source;
        emit removeFinished(true, QString());
    });
    startJob(job);
}

QString Credentials::maskedToken() const
{
    return SecretMask::mask(m_token);
}

QString Credentials::statusText() const
{
    const QString env = QLatin1String(EnvironmentVariable);
    switch (m_source) {
    case Source::Keychain:
        return tr("Token from the keychain.");
    case Source::Environment:
        if (m_keychainState == KeychainState::Unavailable)
            return tr("No keychain service; using %1 from the environment.").arg(env);
        return tr("No token in the keychain; using %1 from the environment.").arg(env);
    case Source::None:
        break;
    }
    if (m_keychainState == KeychainState::Unavailable)
        return tr("No keychain service and no %1 in the environment: no token.").arg(env);
    if (m_keychainState == KeychainState::Unknown)
        return tr("The token has not been read yet.");
    return tr("No token: save one in the keychain or set %1.").arg(env);
}
