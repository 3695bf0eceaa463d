#pragma once

#include "ManualClock.h"
#include "PageHost.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineScript>

// A PageHost over a plain, real QWebEnginePage (no WhatsApp, no session) for the page jobs' own
// tests: the test sets the state, and the HTML navigate() shows (with the deep link as its base
// URL, or the real URL when loadUrls is set). A probe runs window.__probe({name, args}) in the
// page, so the test's HTML decides what each resource script answers. The jobs' deadlines run on
// manualClock, which only the test moves.
// (No Q_OBJECT: it adds no signals, and the header is not a moc input of the tests.)
class PlainPageHost : public PageHost
{
public:
    explicit PlainPageHost(QObject* parent = nullptr)
        : PageHost(parent)
        , m_page(new QWebEnginePage(this))
    {
        connect(m_page, &QWebEnginePage::loadFinished, this, &PageHost::pageLoadFinished);
    }

    // --- what the test sets ---
    void setState(ConnectionState state, bool ready)
    {
        m_ready = ready;
        if (state == m_state)
            return;
        m_state = state;
        emit stateChanged(state);
    }
    void setHtml(const QString& html) { m_html = html; }
    // navigate() loads the real URL (e.g. one nothing listens on) instead of the HTML.
    bool loadUrls = false;
    // The page is gone (as when a renderer is released): probes answer an invalid QVariant.
    void dropPage()
    {
        delete m_page;
        m_page = nullptr;
    }
    QWebEnginePage* page() const { return m_page; }

    ManualClock manualClock;

    // --- what the test reads ---
    QList<QUrl> navigated;
    int wakes = 0;
    QStringList probes;
    QList<QJsonObject> probeArgs;
    int readerNotes = 0;

    // --- PageHost ---
    QString sdrId() const override { return QStringLiteral("sdr_test"); }
    ConnectionState state() const override { return m_state; }
    bool isReadyToSend() const override { return m_ready; }
    const Clock* clock() const override { return &manualClock; }
    QUrl whatsappUrl() const override { return QUrl(QStringLiteral("http://127.0.0.1:9/")); }
    PageSnapshot snapshot() const override { return m_snapshot; }
    void wake() override { ++wakes; }
    void navigate(const QUrl& url) override
    {
        navigated << url;
        if (!m_page)
            return;
        if (loadUrls)
            m_page->load(url);
        else
            m_page->setHtml(m_html, url);
    }
    void runProbe(const QString& script, const QJsonObject& args,
                  const std::function<void(const QVariant&)>& callback) override
    {
        probes << script;
        probeArgs << args;
        if (!m_page) {
            QTimer::singleShot(0, this, [callback] { callback(QVariant()); });
            return;
        }
        const QJsonObject probe{{QStringLiteral("name"), script}, {QStringLiteral("args"), args}};
        const QString call = QStringLiteral("window.__probe ? window.__probe(%1) : undefined")
                                 .arg(QString::fromUtf8(QJsonDocument(probe).toJson(QJsonDocument::Compact)));
        m_page->runJavaScript(call, QWebEngineScript::MainWorld, callback);
    }
    void noteTextReaderWorks() override
    {
        ++readerNotes;
        m_textReaderWorks = true;
    }
    bool textReaderWorks() const override { return m_textReaderWorks; }
    void setTextReaderWorks(bool works) { m_textReaderWorks = works; }
    void notePress(const QString&, const QString&, const QString&) override {}

private:
    QWebEnginePage* m_page;
    ConnectionState m_state = ConnectionState::Connected;
    bool m_ready = true;
    bool m_textReaderWorks = false;
    QString m_html;
    PageSnapshot m_snapshot;
};
