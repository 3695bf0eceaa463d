#include "CrmSignIn.h"

#include "Credentials.h"
#include "CrmClient.h"
#include "Logging.h"

CrmSignIn::CrmSignIn(Credentials* credentials, CrmClient* crm, QObject* parent)
    : QObject(parent)
    , m_credentials(credentials)
    , m_crm(crm)
{
    // loaded() also ends a lookup that found nothing new (tokenChanged() does not fire then).
    connect(m_credentials, &Credentials::loaded, this, &CrmSignIn::apply);
    // A token saved or removed later (settings dialog) replaces the one in use.
    connect(m_credentials, &Credentials::tokenChanged, this, &CrmSignIn::apply);
}

void CrmSignIn::start()
{
    m_crm->awaitToken();
    m_credentials->load();
}

void CrmSignIn::apply()
{
    const QString token = m_credentials->token();
    if (!m_crm->isAwaitingToken() && token == m_appliedToken)
        return;
    m_appliedToken = token;
    qCInfo(lcSecrets) << "CRM token from" << m_credentials->source();
    m_crm->setToken(token);
    emit tokenApplied();
    if (token.isEmpty())
        emit tokenMissing();
}
