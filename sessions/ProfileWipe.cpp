#include "ProfileWipe.h"

#include "ProfileStore.h"
#include "SessionsLogging.h"

#include <QFileInfo>

ProfileWipe::ProfileWipe(const QString& sdrId, ProfileStore* profiles, QObject* parent)
    : ProfileWipe(sdrId, profiles, Timing(), parent)
{
}

ProfileWipe::ProfileWipe(const QString& sdrId, ProfileStore* profiles, const Timing& timing, QObject* parent)
    : QObject(parent)
    , m_sdrId(sdrId)
    , m_profiles(profiles)
    , m_timing(timing)
{
    m_logoutWait.setSingleShot(true);
    connect(&m_logoutWait, &QTimer::timeout, this, &ProfileWipe::wipeFiles);
}

bool ProfileWipe::start(bool loggingOut)
{
    if (m_running)
        return false;
    m_running = true;
    m_logoutConfirmed = false;
    if (loggingOut)
        m_logoutWait.start(m_timing.logoutWaitMs);
    else
        QTimer::singleShot(0, this, &ProfileWipe::wipeFiles);
    return true;
}

void ProfileWipe::noteState(ConnectionState state)
{
    if (!m_logoutWait.isActive())
        return;
    if (state == ConnectionState::LoggedOut)
        m_logoutConfirmed = true; // post_logout: WhatsApp itself logged this device out
    if (state == ConnectionState::QrRequired || state == ConnectionState::LoggedOut) {
        m_logoutWait.stop();
        wipeFiles();
    }
}

void ProfileWipe::wipeFiles()
{
    m_logoutWait.stop();
    emit releasePage();
    m_profiles->wipe(m_sdrId);
    wipeAgain(m_timing.attempts);
}

void ProfileWipe::wipeAgain(int attemptsLeft)
{
    QTimer::singleShot(m_timing.retryMs, this, [this, attemptsLeft] {
        const bool ok = m_profiles->wipe(m_sdrId) && !QFileInfo::exists(m_profiles->profileDirFor(m_sdrId));
        if (!ok && attemptsLeft > 1) {
            wipeAgain(attemptsLeft - 1);
            return;
        }
        m_running = false;
        if (!ok)
            qCWarning(lcProfile) << m_sdrId << "profile files are still there after" << m_timing.attempts
                                 << "tries";
        emit finished(ok);
    });
}
