#pragma once

#include <QObject>

class Credentials;
class CrmClient;

// Hands the CRM client its token from Credentials. From start() until the keychain lookup has
// finished (or the environment fallback was decided) the client holds every call, so nothing goes
// to the CRM without the token: such a call would only earn a 401 that stops the app.
class CrmSignIn : public QObject
{
    Q_OBJECT
public:
    CrmSignIn(Credentials* credentials, CrmClient* crm, QObject* parent = nullptr);

    // Holds the client's calls and reads the token; ends in tokenApplied() (and tokenMissing() when
    // there is none anywhere).
    void start();

signals:
    void tokenApplied();
    void tokenMissing();

private:
    void apply();

    Credentials* m_credentials;
    CrmClient* m_crm;
    QString m_appliedToken; // memory only, never logged
};
