#pragma once

#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

// The CRM token. Kept in the OS keychain through QtKeychain (never in a file: the insecure
// plain-text fallback is off); SDR_SENDER_TOKEN from the environment is used when the keychain has
// no token or there is no keychain service at all (headless machines, CI). Every keychain call is
// asynchronous and ends in a signal, so the UI thread never waits on D-Bus.
//
// The entry is keyed by the CRM server URL, so two CRMs used from one desktop never share a token.
class Credentials : public QObject
{
    Q_OBJECT
public:
    enum class Source
    {
        None,        // no token anywhere
        Keychain,    // read from (or just written to) the keychain
        Environment, // SDR_SENDER_TOKEN
    };
    Q_ENUM(Source)

    enum class KeychainState
    {
        Unknown,     // not asked yet
        Available,   // the keychain answered (with or without an entry)
        Unavailable, // no keychain service (no D-Bus session, no Secret Service, access denied, ...)
    };
    Q_ENUM(KeychainState)

    static constexpr const char* ServiceName = "sdr-sender";
    static constexpr const char* EnvironmentVariable = "SDR_SENDER_TOKEN";

    explicit Credentials(const QString& serverUrl = QString(), QObject* parent = nullptr);

    // "crm-token" without a server, else "crm-token:<scheme://host[:port]/path>" (no user info,
    // query, fragment or trailing slash).
    static QString keyFor(const QString& serverUrl);
    QString key() const { return m_key; }
    QString serverUrl() const { return m_serverUrl; }
    // Points at another CRM. The token held so far belonged to the old one, so it is dropped; call
    // load() to fetch the new one.
    void setServerUrl(const QString& serverUrl);

    // Reads the keychain, then falls back to the environment; ends in loaded().
    void load();
    // Writes the token to the keychain; ends in storeFinished(). Refuses an empty token (use
    // remove()) and never writes anywhere else when the keychain is unavailable.
    void store(const QString& token);
    // Deletes the keychain entry (the environment fallback applies again); ends in removeFinished().
    void remove();

    QString token() const { return m_token; } // never log this
    QString maskedToken() const;
    bool hasToken() const { return !m_token.isEmpty(); }
    Source source() const { return m_source; }
    KeychainState keychainState() const { return m_keychainState; }
    QString keychainError() const { return m_keychainError; } // the backend's own words
    bool isBusy() const { return m_pendingJobs > 0; }
    // One sentence for the settings screen, e.g. "No keychain service; using SDR_SENDER_TOKEN from
    // the environment."
    QString statusText() const;

signals:
    void loaded();
    void storeFinished(bool ok, const QString& error);
    void removeFinished(bool ok, const QString& error);
    void tokenChanged(); // token() or source() changed

private:
    void startJob(QKeychain::Job* job);
    void noteKeychainFailure(const QKeychain::Job* job);
    void useEnvironmentFallback();
    void setToken(const QString& token, Source source);

    QString m_serverUrl;
    QString m_key;
    QString m_token;
    Source m_source = Source::None;
    KeychainState m_keychainState = KeychainState::Unknown;
    QString m_keychainError;
    int m_pendingJobs = 0;
    quint64 m_generation = 0; // bumped by setServerUrl so answers for the old key are ignored
};
