#include "ProfileWipe.h"

#include "ProfileStore.h"
#include "SessionsLogging.h"

#include <QFileInfo>
#include <QTimer>

ProfileWipe::ProfileWipe(const QString& sdrId, ProfileStore* profiles, const Clock* clock, QObject* parent)
    : ProfileWipe(sdrId, profiles, Timing(), clock, parent)
{
}

ProfileWipe::ProfileWipe(const QString& sdrId, ProfileStore* profiles, const Timing& timing,
                         const Clock* clock, QObject* parent)
    : QObject(parent)
    , m_sdrId(sdrId)
    , m_profiles(profiles)
    , m_timing(timing)
    , m_logoutWait(clock)
    , m_retry(clock)
{
    connect(&m_logoutWait, &ClockTimer::timeout, this, &ProfileWipe::wipeFiles);
    connect(&m_retry, &ClockTimer::timeout, this, &ProfileWipe::lookAgain);
}

bool ProfileWipe::start(bool loggingOut)
{
    if (m_running)
        return false;
    m_running = true;
    m_logoutConfirmed = false;
    if (loggingOut)
        m_logoutWait.startIn(m_timing.logoutWaitMs);
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
    m_attemptsLeft = m_timing.attempts;
    m_retry.startIn(m_timing.retryMs);
}

void ProfileWipe::lookAgain()
{
    const bool ok = m_profiles->wipe(m_sdrId) && !QFileInfo::exists(m_profiles->profileDirFor(m_sdrId));
    if (!ok && --m_attemptsLeft > 0) {
        m_retry.startIn(m_timing.retryMs);
        return;
    }
    m_running = false;
    if (!ok)
        qCWarning(lcProfile) << m_sdrId << "profile files are still there after" << m_timing.attempts
                             << "tries";
    emit finished(ok);
}
