#pragma once

#include "QueueSource.h"

#include <QObject>

class ActivityLog;
class Outbox;

// Puts what a poll returned into the outbox: each validated lead once (idempotent by lead id) for
// the SDR whose queue returned it; each rejected lead once as `failed` with its contract code (never
// sent, reported). Nothing here sends: Dispatchers do, each through its own SDR's channel only.
class Router : public QObject
{
    Q_OBJECT
public:
    struct Summary
    {
        int queued = 0;    // newly queued
        int known = 0;     // already in the outbox
        int rejected = 0;  // newly recorded as failed
        int cancelled = 0; // queued leads the CRM no longer assigns to this SDR
    };

    Router(Outbox* outbox, ActivityLog* activity, QObject* parent = nullptr);

    Summary route(const QString& sdrId, const QueueFetch& fetch, const QString& source);

signals:
    // (New leads reach the SDR's Dispatcher from the outbox itself: Outbox::entryChanged.)
    // A lead in the polled queue is assigned to another SDR (routing_mismatch): the CRM knows that
    // SDR, which may be new or re-activated (SdrDirectory::noteSdrId reads the SDR list then).
    void otherSdrNamed(const QString& sdrId);

private:
    Outbox* m_outbox;
    ActivityLog* m_activity;
};
