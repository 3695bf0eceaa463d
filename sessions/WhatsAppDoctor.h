#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <functional>

class PageProbe;
class ProfileStore;
class QWebEnginePage;
class QWebEngineProfile;

// sdr-sender --doctor and Help → Check WhatsApp Web: loads WhatsApp Web in an SDR's profile (or a
// throwaway one) and checks the live page against every key of the selector pack. For a linked
// SDR it also opens the SDR's own chat by the deep link and checks the compose box, its prefill
// and the Send button, without ever pressing it. ok() only when everything sending needs was
// found; the report names the keys to override in <data-dir>/whatsapp/selectors.json.
class WhatsAppDoctor : public QObject
{
    Q_OBJECT
public:
    WhatsAppDoctor(PageProbe* probe, ProfileStore* profiles, const QUrl& whatsappUrl,
                   QObject* parent = nullptr);
    ~WhatsAppDoctor() override;

    // sdrId empty: a throwaway (off-the-record) profile. Emits finished() once.
    void run(const QString& sdrId, int timeoutMs = 90000);
    // Checks a page that is already open (Help → Check WhatsApp Web on a running session) as it
    // is; withOwnChat (a page the session lent, see WhatsAppSession::lendPage) it then opens
    // the SDR's own chat in it by the deep link, like run() does, never sending.
    void inspect(QWebEnginePage* page, const QString& sdrId, bool withOwnChat = false);

    bool ok() const { return m_ok; }
    QStringList missingKeys() const { return m_missing; }
    QJsonObject report() const { return m_report; }
    QString text() const;

    // Where a key applies and whether sending needs it ("" for unknown keys).
    static QString whereKeyApplies(const QString& key);
    static QString kindOf(const QString& key);

signals:
    void finished();

private:
    enum class Phase
    {
        Idle,
        Landing, // WhatsApp Web is loading: wait for its state to settle
        OwnChat, // the deep link to the SDR's own chat
        Done,
    };
    void poll();
    void onLanding(const QJsonObject& result);
    void onOwnChat(const QJsonObject& result);
    void openOwnChat();
    void finish(const QString& note = {});
    QJsonObject probeArgs(bool withText) const;
    void evaluate(QWebEnginePage* page, bool withText, const std::function<void(const QJsonObject&)>& done);

    PageProbe* m_probe;
    ProfileStore* m_profiles;
    QUrl m_whatsappUrl;
    QString m_sdrId;
    QWebEngineProfile* m_profile = nullptr;
    QPointer<QWebEnginePage> m_page;
    bool m_ownsPage = false;
    Phase m_phase = Phase::Idle;
    QTimer m_poll;
    QTimer m_timeout;
    QTimer m_chatTimeout;
    bool m_probing = false;
    QString m_lastState;
    int m_sameState = 0;
    QJsonObject m_landing; // doctor.js on the settled page
    QJsonObject m_chat;    // doctor.js in the own chat
    QString m_phone;
    bool m_ok = false;
    QStringList m_missing;
    QJsonObject m_report;
};
