#include "BackgroundPriority.h"

#include "Logging.h"

#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

bool BackgroundPriority::lowerCurrentThread(int niceIncrement)
{
    if (niceIncrement <= 0)
        return true;
#if defined(__linux__)
    // On Linux PRIO_PROCESS with a thread id sets that thread alone (NPTL threads are tasks).
    const auto tid = static_cast<id_t>(::syscall(SYS_gettid));
    errno = 0;
    const int current = ::getpriority(PRIO_PROCESS, tid);
    if (current == -1 && errno != 0)
        return false;
    if (::setpriority(PRIO_PROCESS, tid, current + niceIncrement) != 0) {
        qCDebug(lcStore) << "cannot lower a background thread's priority:" << errno;
        return false;
    }
    return true;
#else
    return false;
#endif
}
