#pragma once

#include <QObject>
#include <QString>

class QWebEngineProfile;

// One named, persistent QWebEngineProfile per SDR, stored under <data-dir>/profiles/<sdrId>/
// (mode 0700). SDR ids are mapped to directory names that cannot leave that directory: letters,
// digits, '_' and '-' are kept, every other byte of the UTF-8 id is percent-encoded ('.', '/' and
// '%' included), so the mapping is one-to-one and never yields "." or "..".
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    explicit ProfileStore(const QString& dataDir, QObject* parent = nullptr);

    QString dataDir() const { return m_dataDir; }
    QString profilesRoot() const;

    // Directory name for an SDR id; empty when the id is refused (empty or too long).
    static QString directoryNameFor(const QString& sdrId);
    // Absolute profile directory; empty when the id is refused.
    QString profileDirFor(const QString& sdrId) const;
    // The engine's default user agent without the "QtWebEngine/x.y" token (WhatsApp Web shows an
    // "unsupported browser" page for it).
    static QString userAgentWithoutQtToken(const QString& userAgent);

    // Creates the SDR's profile with persistent cookies and storage/cache in its directory
    // (created 0700). nullptr (and errorString) when the id is refused or the directory cannot be
    // made. Delete every page of the profile before the profile itself.
    QWebEngineProfile* createProfile(const QString& sdrId, QObject* parent);
    // Removes every file of the SDR's profile. The profile and its pages must be gone already.
    bool wipe(const QString& sdrId);

    QString errorString() const { return m_errorString; }

private:
    bool fail(const QString& message);

    QString m_dataDir;
    QString m_errorString;
};
