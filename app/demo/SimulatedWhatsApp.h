#pragma once

#include <QDateTime>

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QString>
#include <QUrl>
#include <QVector>

class QTcpServer;
class QTcpSocket;

// One message the simulated WhatsApp received from a page, exactly as the page posted it.
struct SimulatedWhatsAppMessage
{
    QString fromPhone; // E.164 of the sending (linked) account, "+905551112233"
    QString toPhone;   // E.164 of the chat, "+15551234567"
    QString text;
    QString id; // the page's message id
    // Outgoing: "msg-time" until confirmed, "msg-check" (sent), "msg-dblcheck" (delivered),
    // "msg-read" (read by the peer: two blue ticks). Empty for incoming messages.
    QString status;
    bool seeded = false;   // put there by the demo or a test (history), not sent by a page
    bool incoming = false; // from the peer (fromPhone) to the linked account (toPhone)
    QDateTime at;          // when it was sent (the page shows it in data-pre-plain-text)
};

// The WhatsApp Web of `sdr-sender --demo`: an HTTP/1.1 server on 127.0.0.1 (port 0 by default)
// serving a single-page app (app/demo/simulatedwhatsapp/) that looks to automation code like the
// real page (QR landing with rotating data-ref, chat list, Lexical-like editor, status icons,
// dialogs, both markup generations), plus a JSON API the page polls. The demo (or a test, through
// tests/fixtures/FakeWhatsAppServer) drives the "phone" side through the methods below. The link
// lives in the page's localStorage, so it belongs to one browser profile.
class SimulatedWhatsApp : public QObject
{
    Q_OBJECT
public:
    // Which generation of WhatsApp Web's markup the page imitates, for selector fallbacks.
    enum class Markup
    {
        Classic, // div[data-ref] > span > button, data-icon="menu", msg-* status icons, post_logout=1
        Current, // [data-ref] > div > button, data-icon="more-refreshed" "More options", status only
                 // by aria-label, post_logout=1&logout_reason=, old-logout-cred after a phone logout
    };

    explicit SimulatedWhatsApp(QObject* parent = nullptr);
    ~SimulatedWhatsApp() override;

    bool start(quint16 port = 0);
    void stop();
    quint16 port() const;
    QUrl url() const; // "http://127.0.0.1:<port>/"

    // --- the phone side -----------------------------------------------------------------------
    // Links the page currently showing `ref` to `phone` (E.164 or digits). False when no page
    // shows that ref (expired, rotated away or unknown).
    bool scan(const QString& ref, const QString& phone);
    // The refs currently shown by QR pages (most recent first).
    QStringList currentRefs() const;
    void setPhoneOffline(const QString& phone, bool offline);
    // WhatsApp opened in another window: every page of the account shows "Use here".
    void setConflict(const QString& phone, bool conflict);
    // "Log out" from the phone's Linked devices: every linked page of the account is logged out.
    void logoutFromPhone(const QString& phone);
    void setNotOnWhatsApp(const QString& toPhone, bool notOnWhatsApp = true);
    // While held, sent messages stay at msg-time; releasing confirms the held ones.
    void holdConfirmations(bool hold);
    void setUnread(const QString& phone, int unread);
    // History: an outgoing message already in the chat (confirmed), for verification tests; sent at
    // `at` (default: now).
    void addExistingMessage(const QString& fromPhone, const QString& toPhone, const QString& text,
                            const QDateTime& at = {});
    // The peer's phone got the account's messages to it (two grey ticks).
    void deliver(const QString& fromPhone, const QString& toPhone);
    // The peer read them (two blue ticks; only for peers with read receipts on). Implies delivered.
    void markReadByPeer(const QString& fromPhone, const QString& toPhone);
    // The peer `fromPhone` writes to the linked account `toPhone`: an incoming message, unread in
    // that chat until a page of the account opens the chat (at: default now).
    void receive(const QString& fromPhone, const QString& toPhone, const QString& text,
                 const QDateTime& at = {});
    // How many times pages of `accountPhone` opened the chat with `peerPhone`.
    int chatOpenCount(const QString& accountPhone, const QString& peerPhone) const;
    // Unread incoming messages in that chat.
    int chatUnread(const QString& accountPhone, const QString& peerPhone) const;
    // A WhatsApp release that renamed its message text classes: pages loaded afterwards render
    // message texts without selectable-text / copyable-text (data-pre-plain-text stays).
    void setRenamedTextClasses(bool renamed) { m_renamedTextClasses = renamed; }
    // The refusal page ("WhatsApp works with Google Chrome 85+") for a user agent whose Chrome
    // major version is below `major` (0: none refused).
    void setMinimumChromeVersion(int major);
    // Like a stale service worker: the first page load of each browser profile gets the refusal
    // page; a reload serves the app (the profile is told apart by a cookie).
    void setRefuseOncePerProfile(bool refuse);
    void setMarkup(Markup markup);
    // A dialog WhatsApp shows over the chat with `toPhone` as soon as it opens (empty: none).
    void setDialogOnChat(const QString& toPhone, const QString& text);
    // A notice about the account (e.g. a limit warning) shown as a dialog on every page of it.
    void setAccountNotice(const QString& phone, const QString& text);

    // For --demo: each new QR page is "scanned" by the next of these phones after `afterMs`, as if
    // someone linked it (one phone per page, in order).
    void setAutoLinkPhones(const QStringList& phones, int afterMs = 3000);

    // --- timing knobs (defaults suit tests; --demo may slow them down) --------------------------
    void setQrRotation(int intervalMs, int rotationsBeforeReload);
    void setConfirmDelay(int msecs);
    void setStartupDelay(int msecs); // loading screen before the app appears
    void setSyncDelay(int msecs);    // "Loading your chats" after linking / on start

    // --- what happened ------------------------------------------------------------------------
    // Messages sent by pages (not the seeded history), in arrival order.
    QVector<SimulatedWhatsAppMessage> messages() const;
    int qrReloadCount() const { return m_qrReloads; }
    int useHereCount() const { return m_useHere; }
    int requestCount() const { return m_requests; }
    int linkedDeviceCount() const { return int(m_sessions.size()); }
    int pageLoadCount() const { return m_pageLoads; } // HTML page loads (app or refusal)
    int refusalCount() const { return m_refusals; }   // refusal pages served
    QString lastUserAgent() const { return m_lastUserAgent; }

signals:
    void messageReceived(const SimulatedWhatsAppMessage& message);
    void qrReloaded();
    void linked(const QString& phone);

protected:
    struct Request
    {
        QByteArray method;
        QString path;
        QHash<QString, QString> query;
        QByteArray body;
        QByteArray userAgent;
        QByteArray cookie;
    };
    struct Response
    {
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
        QByteArray setCookie = {};
    };

    // The answer to one request; a test double overrides it to fail on purpose.
    virtual Response respond(const Request& request);
    // False: connections are closed at once, unanswered (a test double's dead proxy).
    virtual bool acceptsConnections() const { return true; }

private:
    struct Client // one page load showing the QR
    {
        QString ref;
        int rotations = 0;
        qint64 issuedAtMs = 0;
        bool expired = false;
        QString linkedToken;
    };
    struct Account
    {
        QString digits;
        bool phoneOffline = false;
        bool conflict = false;
        QString notice;
        int unread = 0;
        int nextDevice = 1;
    };
    struct Session // one linked page profile (a token in that profile's localStorage)
    {
        QString digits;
        int device = 0;
    };

    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);
    Response serveStatic(const QString& name) const;
    Response servePage(const Request& request);
    Response apiQr(const Request& request);
    Response apiSession(const Request& request) const;
    Response apiState(const Request& request) const;
    QJsonArray chatList(const QString& accountDigits) const;
    Response apiChat(const Request& request);
    void setPeerStatus(const QString& fromPhone, const QString& toPhone, const QString& status);
    Response apiSend(const Request& request);
    Response apiUseHere(const Request& request);
    Response apiLogout(const Request& request);
    const Session* sessionFor(const Request& request) const;
    Account& account(const QString& digits);
    void rotate(Client& client);
    void confirmPending();
    static Response json(const QJsonObject& object, int status = 200);
    static QString digitsOf(const QString& phone);
    static QString newRef();

    QTcpServer* m_server = nullptr;
    QElapsedTimer m_clock;
    QHash<QString, Client> m_clients;      // by client id
    QHash<QString, Account> m_accounts;    // by digits
    QHash<QString, Session> m_sessions;    // by token
    QSet<QString> m_notOnWhatsApp;         // digits
    QHash<QString, QString> m_chatDialogs; // by digits of the chat
    QHash<QString, int> m_chatOpens;       // by "account digits:peer digits"
    QHash<QString, int> m_chatUnread;      // by "account digits:peer digits"
    QStringList m_autoLinkPhones;
    int m_autoLinkAfterMs = 3000;
    QVector<SimulatedWhatsAppMessage> m_messages;
    bool m_hold = false;
    bool m_renamedTextClasses = false;
    int m_qrIntervalMs = 20000; // WhatsApp rotates its QR about every 20 s
    int m_qrRotations = 5;
    int m_confirmDelayMs = 300;
    int m_startupDelayMs = 300;
    int m_syncDelayMs = 400;
    int m_qrReloads = 0;
    int m_minimumChrome = 0;
    bool m_refuseOnce = false;
    Markup m_markup = Markup::Classic;
    int m_pageLoads = 0;
    int m_refusals = 0;
    QString m_lastUserAgent;
    int m_useHere = 0;
    int m_requests = 0;
};
