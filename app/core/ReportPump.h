#pragma once

#include <QObject>
#include <QTimer>
#include <functional>

// Drives a reporter's step from the event loop: soon after kick() (coalesced, never re-entrant
// from a caller's slot), or after a delay (retry with backoff), and never while stopped or paused.
class ReportPump : public QObject
{
    Q_OBJECT
public:
    explicit ReportPump(std::function<void()> step, QObject* parent = nullptr);

    void start();
    void stop();
    void setPaused(bool paused);
    void kick();
    void runIn(qint64 msecs);
    bool canRun() const { return m_running && !m_paused; }

private:
    std::function<void()> m_step;
    QTimer m_timer;
    bool m_running = false;
    bool m_paused = false;
    bool m_kickQueued = false;
};
