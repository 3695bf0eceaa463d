#pragma once

// The app's own background threads (store readers, the checkpointer, import planning, exports)
// run below the UI thread's priority. On two shared cores two busy readers took the CPU from the
// UI thread for 20-40 ms at a time (issue 13, bench/ui_stall with perf sched). Linux gives each
// thread its own nice value; a niced thread still gets its share when the UI thread is idle, and
// the UI thread preempts it at once when it wakes.
class BackgroundPriority
{
public:
    // Scans and copies that take CPU for seconds: the dashboard's reads, planning an import.
    static constexpr int ReaderNice = 10;
    // Work that a send waits for (syncing the log): lowered less.
    static constexpr int DiskNice = 5;

    // Lowers the calling thread by `niceIncrement` (never raises it). False where the platform
    // does not allow it; the thread then runs as before.
    static bool lowerCurrentThread(int niceIncrement);
};
