#pragma once

#include "ConnectionState.h"
#include "PageSnapshot.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>
#include <QVariant>
#include <functional>

class Clock;

// What a page job (PageJob and its subclasses) needs of the session it runs in, and nothing more:
// the session's state, its page to navigate and to run resource scripts on, and the few facts jobs
// leave for the next job. Jobs never see the whole session (WhatsAppSession runs them through its
// PageJobRunner), so tests can run a job on any page.
class PageHost : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~PageHost() override = default;

    virtual QString sdrId() const = 0;
    virtual ConnectionState state() const = 0;
    // Connected, and linked to the SDR's expected number when one is set.
    virtual bool isReadyToSend() const = 0;
    // The session's clock: a job's deadline runs on it (tests move it instead of waiting).
    virtual const Clock* clock() const = 0;
    // WhatsApp Web's start page (deep links are made from it).
    virtual QUrl whatsappUrl() const = 0;
    // What the page's observer reported last.
    virtual PageSnapshot snapshot() const = 0;
    // The job waits for a hibernated or discarded session: wake it (its state is detected again).
    virtual void wake() = 0;
    virtual void navigate(const QUrl& url) = 0;
    // Runs a resource script in the page's isolated world; the callback gets its result, an invalid
    // QVariant when there is no active page (gone, frozen, discarded). Always called back.
    virtual void runProbe(const QString& script, const QJsonObject& args,
                          const std::function<void(const QVariant&)>& callback) = 0;

    // The text reader (selectors.json messageText) read the text of an outgoing message on this
    // page: only then can "not among the outgoing messages" prove anything.
    virtual void noteTextReaderWorks() = 0;
    virtual bool textReaderWorks() const = 0;
    // Send was pressed for `text` to `phoneDigits`; lastIdBefore is the newest outgoing message
    // before (a verification then knows which bubbles came after the press).
    virtual void notePress(const QString& phoneDigits, const QString& text, const QString& lastIdBefore) = 0;

signals:
    void stateChanged(ConnectionState state);
    // A navigation of the page finished (ok false: it failed).
    void pageLoadFinished(bool ok);
};
