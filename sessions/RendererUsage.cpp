#include "RendererUsage.h"

#include <QFile>
#include <QList>

#include <unistd.h>

namespace {
// The first number after `key` in a "Key:   123 kB" file, or -1.
qint64 kilobytesAfter(const QString& path, const QByteArray& key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    // Both files are a few hundred bytes to a few KB; /proc files report size 0, so read to the end.
    const QByteArray text = file.readAll();
    for (const QByteArray& line : text.split('\n')) {
        if (!line.startsWith(key))
            continue;
        bool ok = false;
        const qint64 value = line.mid(key.size()).trimmed().split(' ').value(0).toLongLong(&ok);
        return ok ? value : -1;
    }
    return -1;
}
} // namespace

RendererUsage::RendererUsage(const QString& procRoot)
    : m_procRoot(procRoot)
{
}

RendererUsage::Reading RendererUsage::read(qint64 pid) const
{
    Reading reading;
    if (pid <= 0)
        return reading;
    const QString dir = m_procRoot + QLatin1Char('/') + QString::number(pid) + QLatin1Char('/');
    // PSS shares pages common to several renderers out fairly, so the sessions' figures add up to
    // what they cost together; kernels before 4.14 (or a ptrace-restricted /proc) lack it: RSS then.
    qint64 kb = kilobytesAfter(dir + QStringLiteral("smaps_rollup"), "Pss:");
    reading.proportional = kb >= 0;
    if (kb < 0)
        kb = kilobytesAfter(dir + QStringLiteral("status"), "VmRSS:");

    QFile stat(dir + QStringLiteral("stat"));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray text = stat.readAll();
        // "pid (comm) state ppid ...": comm may hold spaces and parentheses, so count fields after the
        // last ')'. utime and stime are fields 14 and 15, i.e. 11 and 12 after it (state is 0).
        const int close = text.lastIndexOf(')');
        const QList<QByteArray> fields = close < 0 ? QList<QByteArray>() : text.mid(close + 2).split(' ');
        bool okUser = false;
        bool okSystem = false;
        const qint64 user = fields.value(11).toLongLong(&okUser);
        const qint64 system = fields.value(12).toLongLong(&okSystem);
        if (okUser && okSystem)
            reading.cpuTicks = user + system;
    }
    reading.memoryKb = qMax<qint64>(0, kb);
    reading.ok = kb >= 0;
    return reading;
}

double RendererUsage::cpuPercent(qint64 ticksBefore, qint64 ticksAfter, qint64 elapsedMs, long ticksPerSecond)
{
    if (ticksBefore < 0 || ticksAfter < ticksBefore || elapsedMs <= 0 || ticksPerSecond <= 0)
        return -1;
    return 100.0 * double(ticksAfter - ticksBefore) * 1000.0 / double(ticksPerSecond) / double(elapsedMs);
}

long RendererUsage::ticksPerSecond()
{
    static const long ticks = ::sysconf(_SC_CLK_TCK);
    return ticks;
}
