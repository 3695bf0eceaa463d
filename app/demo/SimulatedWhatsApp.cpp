#include "SimulatedWhatsApp.h"

#include "DemoLogging.h"
#include "HttpStatusText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>

namespace {
constexpr qsizetype kMaxRequestBytes = 1024 * 1024;

QString randomHex(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char& c : raw)
        c = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(raw.toHex().toUpper());
}
} // namespace

SimulatedWhatsApp::SimulatedWhatsApp(QObject* parent)
    : QObject(parent)
{
    m_clock.start();
}

SimulatedWhatsApp::~SimulatedWhatsApp()
{
    stop();
}

bool SimulatedWhatsApp::start(quint16 port)
{
    stop();
    m_server = new QTcpServer(this);
    connect(m_server, &QTcpServer::newConnection, this, &SimulatedWhatsApp::onNewConnection);
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        qCWarning(lcDemo) << "simulated WhatsApp cannot listen:" << m_server->errorString();
        delete m_server;
        m_server = nullptr;
        return false;
    }
    qCInfo(lcDemo) << "simulated WhatsApp Web on" << url().toString();
    return true;
}

void SimulatedWhatsApp::stop()
{
    if (!m_server)
        return;
    m_server->close();
    delete m_server;
    m_server = nullptr;
}

quint16 SimulatedWhatsApp::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QUrl SimulatedWhatsApp::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(port()));
}

QString SimulatedWhatsApp::digitsOf(const QString& phone)
{
    QString digits;
    for (const QChar c : phone) {
        if (c.isDigit())
            digits.append(c);
    }
    return digits;
}

QString SimulatedWhatsApp::newRef()
{
    // Looks like WhatsApp's: "2@<base64-ish>,<key>,<key>,<key>"; unique per rotation.
    return QStringLiteral("2@%1,%2,%3").arg(randomHex(18), randomHex(12), randomHex(6));
}

SimulatedWhatsApp::Account& SimulatedWhatsApp::account(const QString& digits)
{
    auto it = m_accounts.find(digits);
    if (it == m_accounts.end()) {
        Account fresh;
        fresh.digits = digits;
        it = m_accounts.insert(digits, fresh);
    }
    return it.value();
}

bool SimulatedWhatsApp::scan(const QString& ref, const QString& phone)
{
    const QString digits = digitsOf(phone);
    if (digits.size() < 7 || digits.size() > 15)
        return false;
    for (auto it = m_clients.begin(); it != m_clients.end(); ++it) {
        Client& client = it.value();
        if (client.ref != ref || client.expired || !client.linkedToken.isEmpty())
            continue;
        Account& acc = account(digits);
        Session session;
        session.digits = digits;
        session.device = acc.nextDevice++;
        client.linkedToken = randomHex(16);
        m_sessions.insert(client.linkedToken, session);
        emit linked(QLatin1Char('+') + digits);
        return true;
    }
    return false;
}

QStringList SimulatedWhatsApp::currentRefs() const
{
    QList<const Client*> shown;
    for (const Client& client : m_clients) {
        if (!client.expired && client.linkedToken.isEmpty())
            shown.append(&client);
    }
    std::sort(shown.begin(), shown.end(),
              [](const Client* a, const Client* b) { return a->issuedAtMs > b->issuedAtMs; });
    QStringList refs;
    for (const Client* client : shown)
        refs.append(client->ref);
    return refs;
}

void SimulatedWhatsApp::setPhoneOffline(const QString& phone, bool offline)
{
    account(digitsOf(phone)).phoneOffline = offline;
    confirmPending();
}

void SimulatedWhatsApp::setConflict(const QString& phone, bool conflict)
{
    account(digitsOf(phone)).conflict = conflict;
}

void SimulatedWhatsApp::logoutFromPhone(const QString& phone)
{
    const QString digits = digitsOf(phone);
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (it->digits == digits)
            it = m_sessions.erase(it);
        else
            ++it;
    }
}

void SimulatedWhatsApp::setNotOnWhatsApp(const QString& toPhone, bool notOnWhatsApp)
{
    if (notOnWhatsApp)
        m_notOnWhatsApp.insert(digitsOf(toPhone));
    else
        m_notOnWhatsApp.remove(digitsOf(toPhone));
}

void SimulatedWhatsApp::holdConfirmations(bool hold)
{
    m_hold = hold;
    confirmPending();
}

void SimulatedWhatsApp::setUnread(const QString& phone, int unread)
{
    account(digitsOf(phone)).unread = qMax(0, unread);
}

namespace {
QString chatKey(const QString& accountDigits, const QString& peerDigits)
{
    return accountDigits + QLatin1Char(':') + peerDigits;
}
// How WhatsApp shows a number it has no contact name for: "+<country> <groups>". The grouping here
// is simple (blocks of three, then four); real pages group by country, so readers must compare
// digits, never the formatted text.
QString displayNumber(const QString& digits)
{
    QString out = QLatin1Char('+') + digits.left(digits.size() > 11 ? 2 : 1);
    QString rest = digits.mid(out.size() - 1);
    while (rest.size() > 4) {
        out += QLatin1Char(' ') + rest.left(3);
        rest = rest.mid(3);
    }
    return rest.isEmpty() ? out : out + QLatin1Char(' ') + rest;
}
} // namespace

void SimulatedWhatsApp::setPeerStatus(const QString& fromPhone, const QString& toPhone, const QString& status)
{
    const QString from = QLatin1Char('+') + digitsOf(fromPhone);
    const QString to = QLatin1Char('+') + digitsOf(toPhone);
    const QStringList order{QStringLiteral("msg-time"), QStringLiteral("msg-check"),
                            QStringLiteral("msg-dblcheck"), QStringLiteral("msg-read")};
    for (SimulatedWhatsAppMessage& message : m_messages) {
        // Ticks only move forward, and a message still on the clock is not on the peer's phone.
        if (message.incoming || message.fromPhone != from || message.toPhone != to ||
            message.status == QLatin1String("msg-time") ||
            order.indexOf(message.status) >= order.indexOf(status))
            continue;
        message.status = status;
    }
}

void SimulatedWhatsApp::deliver(const QString& fromPhone, const QString& toPhone)
{
    setPeerStatus(fromPhone, toPhone, QStringLiteral("msg-dblcheck"));
}

void SimulatedWhatsApp::markReadByPeer(const QString& fromPhone, const QString& toPhone)
{
    setPeerStatus(fromPhone, toPhone, QStringLiteral("msg-read"));
}

void SimulatedWhatsApp::receive(const QString& fromPhone, const QString& toPhone, const QString& text,
                                const QDateTime& at)
{
    SimulatedWhatsAppMessage message;
    message.fromPhone = QLatin1Char('+') + digitsOf(fromPhone);
    message.toPhone = QLatin1Char('+') + digitsOf(toPhone);
    message.text = text;
    message.id = QStringLiteral("3A") + randomHex(9);
    message.incoming = true;
    message.seeded = true;
    message.at = at.isValid() ? at : QDateTime::currentDateTimeUtc();
    m_messages.append(message);
    // An answer means the peer's phone has the account's earlier messages, and has read them.
    markReadByPeer(toPhone, fromPhone);
    ++m_chatUnread[chatKey(digitsOf(toPhone), digitsOf(fromPhone))];
}

int SimulatedWhatsApp::chatOpenCount(const QString& accountPhone, const QString& peerPhone) const
{
    return m_chatOpens.value(chatKey(digitsOf(accountPhone), digitsOf(peerPhone)));
}

int SimulatedWhatsApp::chatUnread(const QString& accountPhone, const QString& peerPhone) const
{
    return m_chatUnread.value(chatKey(digitsOf(accountPhone), digitsOf(peerPhone)));
}

void SimulatedWhatsApp::addExistingMessage(const QString& fromPhone, const QString& toPhone,
                                           const QString& text, const QDateTime& at)
{
    SimulatedWhatsAppMessage message;
    message.fromPhone = QLatin1Char('+') + digitsOf(fromPhone);
    message.toPhone = QLatin1Char('+') + digitsOf(toPhone);
    message.text = text;
    message.id = QStringLiteral("3EB0") + randomHex(8);
    message.status = QStringLiteral("msg-dblcheck");
    message.seeded = true;
    message.at = at.isValid() ? at : QDateTime::currentDateTimeUtc();
    m_messages.append(message);
}

void SimulatedWhatsApp::setMinimumChromeVersion(int major)
{
    m_minimumChrome = qMax(0, major);
}

void SimulatedWhatsApp::setRefuseOncePerProfile(bool refuse)
{
    m_refuseOnce = refuse;
}

void SimulatedWhatsApp::setMarkup(Markup markup)
{
    m_markup = markup;
}

void SimulatedWhatsApp::setDialogOnChat(const QString& toPhone, const QString& text)
{
    if (text.isEmpty())
        m_chatDialogs.remove(digitsOf(toPhone));
    else
        m_chatDialogs.insert(digitsOf(toPhone), text);
}

void SimulatedWhatsApp::setAccountNotice(const QString& phone, const QString& text)
{
    account(digitsOf(phone)).notice = text;
}

void SimulatedWhatsApp::setAutoLinkPhones(const QStringList& phones, int afterMs)
{
    m_autoLinkPhones = phones;
    m_autoLinkAfterMs = qMax(0, afterMs);
}

void SimulatedWhatsApp::setQrRotation(int intervalMs, int rotationsBeforeReload)
{
    m_qrIntervalMs = qMax(100, intervalMs);
    m_qrRotations = qMax(1, rotationsBeforeReload);
}

void SimulatedWhatsApp::setConfirmDelay(int msecs)
{
    m_confirmDelayMs = qMax(0, msecs);
}

void SimulatedWhatsApp::setStartupDelay(int msecs)
{
    m_startupDelayMs = qMax(0, msecs);
}

void SimulatedWhatsApp::setSyncDelay(int msecs)
{
    m_syncDelayMs = qMax(0, msecs);
}

QVector<SimulatedWhatsAppMessage> SimulatedWhatsApp::messages() const
{
    QVector<SimulatedWhatsAppMessage> sent;
    for (const SimulatedWhatsAppMessage& message : m_messages) {
        if (!message.seeded)
            sent.append(message);
    }
    return sent;
}

// --- HTTP -------------------------------------------------------------------------------------

void SimulatedWhatsApp::onNewConnection()
{
    while (QTcpSocket* socket = m_server->nextPendingConnection()) {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        if (!acceptsConnections()) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    }
}

void SimulatedWhatsApp::onReadyRead(QTcpSocket* socket)
{
    // Requests are small: buffer on the socket until the head and the declared body are there.
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    auto reply = [socket](const Response& response) {
        QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
                         httpStatusText(response.status) + "\r\nContent-Type: " + response.contentType +
                         "\r\nContent-Length: " + QByteArray::number(response.body.size()) +
                         "\r\nCache-Control: no-store\r\nConnection: close\r\n";
        if (!response.setCookie.isEmpty())
            out += "Set-Cookie: " + response.setCookie + "\r\n";
        out += "\r\n" + response.body;
        socket->write(out);
        socket->disconnectFromHost();
    };
    if (buffer.size() > kMaxRequestBytes) {
        reply(Response{413, "text/plain", "too large"});
        return;
    }
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        socket->setProperty("buffer", buffer);
        return;
    }
    const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    qsizetype contentLength = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const QByteArray lower = line.toLower();
        if (lower.startsWith("content-length:"))
            contentLength = line.mid(15).trimmed().toLongLong();
        else if (lower.startsWith("user-agent:"))
            socket->setProperty("userAgent", line.mid(11).trimmed());
        else if (lower.startsWith("cookie:"))
            socket->setProperty("cookie", line.mid(7).trimmed());
    }
    if (buffer.size() < headEnd + 4 + contentLength) {
        socket->setProperty("buffer", buffer);
        return;
    }
    socket->setProperty("buffer", QByteArray());
    if (requestLine.size() < 2) {
        reply(Response{400, "text/plain", "bad request"});
        return;
    }
    ++m_requests;
    Request request;
    request.method = requestLine.at(0);
    const QUrl target(QString::fromLatin1(requestLine.at(1)));
    request.path = target.path();
    const QUrlQuery query(target);
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded))
        request.query.insert(key, value);
    request.body = buffer.mid(headEnd + 4, contentLength);
    request.userAgent = socket->property("userAgent").toByteArray();
    request.cookie = socket->property("cookie").toByteArray();
    reply(respond(request));
}

SimulatedWhatsApp::Response SimulatedWhatsApp::json(const QJsonObject& object, int status)
{
    return Response{status, "application/json; charset=utf-8",
                    QJsonDocument(object).toJson(QJsonDocument::Compact)};
}

SimulatedWhatsApp::Response SimulatedWhatsApp::serveStatic(const QString& name) const
{
    static const QRegularExpression safe(QStringLiteral("^[a-z0-9_-]+\\.(js|css|html|svg)$"));
    if (!safe.match(name).hasMatch())
        return Response{404, "text/plain", "not found"};
    QFile file(QStringLiteral(":/simulatedwhatsapp/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return Response{404, "text/plain", "not found"};
    QByteArray type = "text/plain";
    if (name.endsWith(QLatin1String(".js")))
        type = "text/javascript; charset=utf-8";
    else if (name.endsWith(QLatin1String(".css")))
        type = "text/css; charset=utf-8";
    else if (name.endsWith(QLatin1String(".html")))
        type = "text/html; charset=utf-8";
    else if (name.endsWith(QLatin1String(".svg")))
        type = "image/svg+xml";
    return Response{200, type, file.readAll()};
}

SimulatedWhatsApp::Response SimulatedWhatsApp::respond(const Request& request)
{
    const QString& path = request.path;
    if (path.startsWith(QLatin1String("/static/")))
        return serveStatic(path.mid(8));
    if (path == QLatin1String("/favicon.ico"))
        return Response{404, "text/plain", "not found"};
    if (!path.startsWith(QLatin1String("/api/")))
        return servePage(request); // "/", "/send", ...: the single-page app (or the refusal page)
    if (path == QLatin1String("/api/qr"))
        return apiQr(request);
    if (path == QLatin1String("/api/qr/reload")) {
        auto it = m_clients.find(request.query.value(QStringLiteral("client")));
        if (it == m_clients.end())
            return json({{QStringLiteral("error"), QStringLiteral("unknown client")}}, 404);
        it->rotations = 0;
        it->expired = false;
        it->ref = newRef();
        it->issuedAtMs = m_clock.elapsed();
        ++m_qrReloads;
        emit qrReloaded();
        return apiQr(request);
    }
    if (path == QLatin1String("/api/session"))
        return apiSession(request);
    if (path == QLatin1String("/api/state"))
        return apiState(request);
    if (path == QLatin1String("/api/chat"))
        return apiChat(request);
    if (path == QLatin1String("/api/send") && request.method == "POST")
        return apiSend(request);
    if (path == QLatin1String("/api/usehere") && request.method == "POST")
        return apiUseHere(request);
    if (path == QLatin1String("/api/logout") && request.method == "POST")
        return apiLogout(request);
    return json({{QStringLiteral("error"), QStringLiteral("not found")}}, 404);
}

SimulatedWhatsApp::Response SimulatedWhatsApp::servePage(const Request& request)
{
    ++m_pageLoads;
    m_lastUserAgent = QString::fromLatin1(request.userAgent);
    static const QRegularExpression chrome(QStringLiteral("Chrome/([0-9]+)"));
    const QRegularExpressionMatch match = chrome.match(m_lastUserAgent);
    const int major = match.hasMatch() ? match.captured(1).toInt() : 0;
    const bool tooOld = m_minimumChrome > 0 && major < m_minimumChrome;
    // The cookie stands for the fresh service worker a reload installs.
    const bool stale = m_refuseOnce && !request.cookie.contains("fakewa-sw=fresh");
    if (tooOld || stale) {
        ++m_refusals;
        Response refusal = serveStatic(QStringLiteral("refusal.html"));
        if (stale)
            refusal.setCookie = "fakewa-sw=fresh; Path=/";
        return refusal;
    }
    return serveStatic(QStringLiteral("app.html"));
}

void SimulatedWhatsApp::rotate(Client& client)
{
    const qint64 now = m_clock.elapsed();
    while (!client.expired && now - client.issuedAtMs >= m_qrIntervalMs) {
        if (client.rotations + 1 >= m_qrRotations) {
            client.expired = true; // the page shows "Click to reload QR code"
            break;
        }
        ++client.rotations;
        client.ref = newRef();
        client.issuedAtMs += m_qrIntervalMs;
    }
}

SimulatedWhatsApp::Response SimulatedWhatsApp::apiQr(const Request& request)
{
    const QString clientId = request.query.value(QStringLiteral("client"));
    if (clientId.isEmpty() || clientId.size() > 64)
        return json({{QStringLiteral("error"), QStringLiteral("client required")}}, 400);
    auto it = m_clients.find(clientId);
    if (it == m_clients.end()) {
        Client client;
        client.ref = newRef();
        client.issuedAtMs = m_clock.elapsed();
        it = m_clients.insert(clientId, client);
        if (!m_autoLinkPhones.isEmpty()) {
            const QString phone = m_autoLinkPhones.takeFirst();
            QTimer::singleShot(m_autoLinkAfterMs, this, [this, clientId, phone] {
                const auto client = m_clients.constFind(clientId);
                if (client != m_clients.constEnd())
                    scan(client->ref, phone);
            });
        }
    }
    Client& client = it.value();
    QJsonObject reply;
    if (!client.linkedToken.isEmpty() && m_sessions.contains(client.linkedToken)) {
        const Session& session = m_sessions.value(client.linkedToken);
        reply.insert(QStringLiteral("linked"), true);
        reply.insert(QStringLiteral("token"), client.linkedToken);
        reply.insert(QStringLiteral("wid"),
                     QStringLiteral("%1:%2@c.us").arg(session.digits).arg(session.device));
        m_clients.erase(it); // the page keeps the token; this QR page is done
        return json(reply);
    }
    rotate(client);
    reply.insert(QStringLiteral("linked"), false);
    reply.insert(QStringLiteral("ref"), client.ref);
    reply.insert(QStringLiteral("expired"), client.expired);
    return json(reply);
}

const SimulatedWhatsApp::Session* SimulatedWhatsApp::sessionFor(const Request& request) const
{
    QString token = request.query.value(QStringLiteral("token"));
    if (token.isEmpty() && !request.body.isEmpty())
        token = QJsonDocument::fromJson(request.body).object().value(QStringLiteral("token")).toString();
    auto it = m_sessions.constFind(token);
    return it == m_sessions.constEnd() ? nullptr : &it.value();
}

SimulatedWhatsApp::Response SimulatedWhatsApp::apiSession(const Request& request) const
{
    const Session* session = sessionFor(request);
    QJsonObject reply{{QStringLiteral("valid"), session != nullptr},
                      {QStringLiteral("startupMs"), m_startupDelayMs},
                      {QStringLiteral("syncMs"), m_syncDelayMs},
                      {QStringLiteral("renamedTextClasses"), m_renamedTextClasses},
                      {QStringLiteral("markup"),
                       m_markup == Markup::Current ? QStringLiteral("current") : QStringLiteral("classic")}};
    if (session)
        reply.insert(QStringLiteral("wid"),
                     QStringLiteral("%1:%2@c.us").arg(session->digits).arg(session->device));
    return json(reply);
}

SimulatedWhatsApp::Response SimulatedWhatsApp::apiState(const Request& request) const
{
    const Session* session = sessionFor(request);
    if (!session)
        return json({{QStringLiteral("valid"), false}});
    const Account acc = m_accounts.value(session->digits);
    const QString me = QLatin1Char('+') + session->digits;
    QJsonObject statuses;
    int unread = acc.unread;
    for (const SimulatedWhatsAppMessage& message : m_messages) {
        if (message.fromPhone == me && !message.incoming)
            statuses.insert(message.id, message.status);
    }
    for (auto it = m_chatUnread.cbegin(); it != m_chatUnread.cend(); ++it) {
        if (it.key().startsWith(session->digits + QLatin1Char(':')))
            unread += it.value();
    }
    return json({{QStringLiteral("valid"), true},
                 {QStringLiteral("phoneOffline"), acc.phoneOffline},
                 {QStringLiteral("conflict"), acc.conflict},
                 {QStringLiteral("notice"), acc.notice},
                 {QStringLiteral("unread"), unread},
                 {QStringLiteral("statuses"), statuses},
                 {QStringLiteral("chats"), chatList(session->digits)}});
}

// The account's chats, most recent first, as the chat list shows them: the number, the last
// message (its text, whether it came in, its ticks when it went out) and the unread count.
QJsonArray SimulatedWhatsApp::chatList(const QString& accountDigits) const
{
    const QString me = QLatin1Char('+') + accountDigits;
    QHash<QString, const SimulatedWhatsAppMessage*> last; // by peer digits
    for (const SimulatedWhatsAppMessage& message : m_messages) {
        if (message.incoming ? message.toPhone == me : message.fromPhone == me)
            last.insert(digitsOf(message.incoming ? message.fromPhone : message.toPhone), &message);
    }
    QList<const SimulatedWhatsAppMessage*> newestFirst = last.values();
    std::sort(newestFirst.begin(), newestFirst.end(),
              [](const auto* a, const auto* b) { return a->at > b->at; });
    QJsonArray chats;
    for (const SimulatedWhatsAppMessage* message : std::as_const(newestFirst)) {
        const QString peer = digitsOf(message->incoming ? message->fromPhone : message->toPhone);
        chats.append(
            QJsonObject{{QStringLiteral("phone"), QLatin1Char('+') + peer},
                        {QStringLiteral("title"), displayNumber(peer)},
                        {QStringLiteral("last"), message->text},
                        {QStringLiteral("incoming"), message->incoming},
                        {QStringLiteral("status"), message->status},
                        {QStringLiteral("at"), message->at.toMSecsSinceEpoch()},
                        {QStringLiteral("unread"), m_chatUnread.value(chatKey(accountDigits, peer))}});
    }
    return chats;
}

SimulatedWhatsApp::Response SimulatedWhatsApp::apiChat(const Request& request)
{
    const Session* session = sessionFor(request);
    if (!session)
        return json({{QStringLiteral("valid"), false}}, 401);
    const QString peer = digitsOf(request.query.value(QStringLiteral("phone")));
    const bool exists = peer.size() >= 7 && peer.size() <= 15 && !m_notOnWhatsApp.contains(peer);
    QJsonArray list;
    if (exists) {
        const QString me = QLatin1Char('+') + session->digits;
        const QString them = QLatin1Char('+') + peer;
        for (const SimulatedWhatsAppMessage& message : m_messages) {
            const bool mine = !message.incoming && message.fromPhone == me && message.toPhone == them;
            const bool theirs = message.incoming && message.fromPhone == them && message.toPhone == me;
            if (mine || theirs) {
                list.append(QJsonObject{{QStringLiteral("id"), message.id},
                                        {QStringLiteral("text"), message.text},
                                        {QStringLiteral("status"), message.status},
                                        {QStringLiteral("incoming"), message.incoming},
                                        {QStringLiteral("at"), message.at.toMSecsSinceEpoch()}});
            }
        }
        // Opening a chat reads it, as on WhatsApp Web.
        const QString key = chatKey(session->digits, peer);
        ++m_chatOpens[key];
        m_chatUnread.remove(key);
    }
    return json({{QStringLiteral("valid"), true},
                 {QStringLiteral("exists"), exists},
                 {QStringLiteral("phone"), QLatin1Char('+') + peer},
                 {QStringLiteral("dialog"), m_chatDialogs.value(peer)},
                 {QStringLiteral("messages"), list}});
}

SimulatedWhatsApp::Response SimulatedWhatsApp::apiSend(const Request& request)
{
    const Session* session = sessionFor(request);
    if (!session)
        return json({{QStringLiteral("valid"), false}}, 401);
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    const QString id = body.value(QStringLiteral("id")).toString();
    const QString to = digitsOf(body.value(QStringLiteral("to")).toString());
    if (id.isEmpty() || to.isEmpty() || !body.value(QStringLiteral("text")).isString())
        return json({{QStringLiteral("error"), QStringLiteral("bad message")}}, 400);
    for (const SimulatedWhatsAppMessage& known : std::as_const(m_messages)) {
        if (known.id == id) // the page retried a post we already have: WhatsApp de-duplicates by id
            return json({{QStringLiteral("ok"), true}});
    }
    SimulatedWhatsAppMessage message;
    message.fromPhone = QLatin1Char('+') + session->digits;
    message.toPhone = QLatin1Char('+') + to;
    message.text = body.value(QStringLiteral("text")).toString();
    message.id = id;
    message.status = QStringLiteral("msg-time");
    message.at = QDateTime::currentDateTimeUtc();
    m_messages.append(message);
    qCDebug(lcDemo) << "simulated WhatsApp received a message" << id << "from" << message.fromPhone;
    emit messageReceived(message);
    QTimer::singleShot(m_confirmDelayMs, this, &SimulatedWhatsApp::confirmPending);
    return json({{QStringLiteral("ok"), true}});
}

void SimulatedWhatsApp::confirmPending()
{
    if (m_hold)
        return;
    for (SimulatedWhatsAppMessage& message : m_messages) {
        if (message.status != QLatin1String("msg-time"))
            continue;
        // Multi-device: the current page's messages do not wait for the phone.
        if (m_markup == Markup::Classic && m_accounts.value(digitsOf(message.fromPhone)).phoneOffline)
            continue;
        message.status = QStringLiteral("msg-check");
    }
}

SimulatedWhatsApp::Response SimulatedWhatsApp::apiUseHere(const Request& request)
{
    const Session* session = sessionFor(request);
    if (!session)
        return json({{QStringLiteral("valid"), false}}, 401);
    account(session->digits).conflict = false;
    ++m_useHere;
    return json({{QStringLiteral("ok"), true}});
}

SimulatedWhatsApp::Response SimulatedWhatsApp::apiLogout(const Request& request)
{
    QString token = request.query.value(QStringLiteral("token"));
    if (token.isEmpty())
        token = QJsonDocument::fromJson(request.body).object().value(QStringLiteral("token")).toString();
    m_sessions.remove(token);
    return json({{QStringLiteral("ok"), true}});
}
