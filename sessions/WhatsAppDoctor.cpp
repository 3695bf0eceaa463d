#include "WhatsAppDoctor.h"

#include "EngineInfo.h"
#include "PageProbe.h"
#include "PageSnapshot.h"
#include "ProfileStore.h"
#include "SendJob.h"
#include "SessionsLogging.h"

#include <QDir>
#include <QJsonDocument>
#include <QVariantMap>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineScript>

namespace {
constexpr int kPollMs = 500;
constexpr int kStablePolls = 3;       // the same state for 1.5 s: settled
constexpr int kChatTimeoutMs = 30000; // the own chat by deep link
constexpr int kChatSettlePolls = 6;   // after the chat opened, time for the box to fill (3 s)
// Put in the compose box of the SDR's own chat by the deep link; never sent.
const QString kProbeText = QStringLiteral("SDR Sender check - not sent");

enum class Need
{
    None,             // situational: only shown in some situations, never required
    QrPage,           // required when the page shows the QR code
    Linked,           // required on a linked page (chat list)
    Chat,             // required in the SDR's own chat (opened by the deep link)
    ChatWithMessages, // required when that chat shows messages of the SDR's
};

struct KeyInfo
{
    const char* key;
    const char* kind;
    const char* where;
    Need need;
};

// Every key of resources/whatsapp/selectors.json, where SDR Sender uses it, and when sending needs it.
const KeyInfo kKeys[] = {
    {"acceptLanguage", "setting", "every page (asks WhatsApp Web for its English texts)", Need::None},
    {"userAgent", "setting", "every page (empty: the engine's own user agent)", Need::None},
    {"refusalText", "text", "refusal page (\"works with Google Chrome\")", Need::None},
    {"refusalLink", "selector", "refusal page", Need::None},
    {"qrContainer", "selector", "QR page", Need::QrPage},
    {"qrCanvas", "selector", "QR page", Need::QrPage},
    {"qrReloadButton", "selector", "QR page, once the QR code expired", Need::None},
    {"qrReloadText", "text", "QR page, once the QR code expired", Need::None},
    {"progress", "selector", "loading screens", Need::None},
    {"side", "selector", "chat list (linked)", Need::None},
    {"chatList", "selector", "chat list (linked)", Need::Linked},
    {"searchBox", "selector", "chat list (linked)", Need::None},
    {"phoneOffline", "selector", "phone-offline banner", Need::None},
    {"computerOffline", "selector", "computer-offline banner", Need::None},
    {"dialog", "selector", "dialogs (another window, invalid number, warnings)", Need::None},
    {"noticeContainer", "selector", "alerts and banners", Need::None},
    {"restrictionTexts", "text", "limit, restriction and ban notices", Need::None},
    {"transientDialogTexts", "text", "passing pop-ups while a chat opens (never block a send)", Need::None},
    {"useHereText", "text", "\"open in another window\" dialog", Need::None},
    {"invalidPhoneText", "text", "invalid-number dialog", Need::None},
    {"loggedOutParam", "setting", "URL after a logout", Need::None},
    {"invalidatedStorageKey", "storage", "local storage of a session WhatsApp invalidated", Need::None},
    {"widStorageKey", "storage", "local storage (linked): the linked number", Need::Linked},
    {"widFallbackKey", "storage", "local storage of older pages", Need::None},
    {"mainPanel", "selector", "open chat", Need::Chat},
    {"editor", "selector", "open chat: compose box", Need::Chat},
    {"sendButton", "selector", "open chat: Send button", Need::Chat},
    {"outgoingMessage", "selector", "open chat: own messages", Need::ChatWithMessages},
    {"incomingMessage", "selector", "open chat: received messages", Need::None},
    {"messageList", "selector", "open chat: message list", Need::Chat},
    {"messageText", "selector", "open chat: message text", Need::ChatWithMessages},
    {"readMore", "selector", "open chat: long messages", Need::None},
    {"readMoreText", "text", "open chat: long messages", Need::None},
    {"statusIcon", "selector", "open chat: status of own messages", Need::ChatWithMessages},
    {"statusLabels", "setting", "open chat: status of own messages", Need::None},
    {"pendingIcon", "setting", "open chat: status of own messages", Need::None},
    {"sentIcons", "setting", "open chat: status of own messages", Need::None},
    {"readLabels", "setting", "open chat and chat list: a read message's tick label (follow-up)", Need::None},
    {"readIcons", "setting", "open chat and chat list: read-tick icon names some pages use (follow-up)",
     Need::None},
    {"chatRow", "selector", "chat list: one row per chat (follow-up of sent leads)", Need::None},
    {"chatTitle", "selector", "chat list: a chat's name or number (follow-up)", Need::None},
    {"chatListStatus", "selector", "chat list: ticks of a chat's last message (follow-up)", Need::None},
    {"unreadBadge", "selector", "chat list: unread badge, when a chat has one (follow-up)", Need::None},
    {"menuButton", "selector", "chat list: menu (Disconnect logs out through it)", Need::None},
    {"logoutText", "text", "menu: Log out (Disconnect)", Need::None},
};

const KeyInfo* infoFor(const QString& key)
{
    for (const KeyInfo& info : kKeys) {
        if (key == QLatin1String(info.key))
            return &info;
    }
    return nullptr;
}

bool isLinkedName(const QString& state)
{
    return state == QLatin1String("connected") || state == QLatin1String("phone_offline");
}
} // namespace

WhatsAppDoctor::WhatsAppDoctor(PageProbe* probe, ProfileStore* profiles, const QUrl& whatsappUrl,
                               QObject* parent)
    : QObject(parent)
    , m_probe(probe)
    , m_profiles(profiles)
    , m_whatsappUrl(whatsappUrl)
{
    m_poll.setInterval(kPollMs);
    connect(&m_poll, &QTimer::timeout, this, &WhatsAppDoctor::poll);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this,
            [this] { finish(tr("WhatsApp Web did not settle in time (still %1).").arg(m_lastState)); });
    m_chatTimeout.setSingleShot(true);
    connect(&m_chatTimeout, &QTimer::timeout, this,
            [this] { finish(tr("The SDR's own chat did not open by the deep link in time.")); });
}

WhatsAppDoctor::~WhatsAppDoctor()
{
    // Pages always go before their profile.
    if (m_ownsPage)
        delete m_page.data();
    delete m_profile;
}

QString WhatsAppDoctor::whereKeyApplies(const QString& key)
{
    const KeyInfo* info = infoFor(key);
    return info ? QString::fromLatin1(info->where) : QString();
}

QString WhatsAppDoctor::kindOf(const QString& key)
{
    const KeyInfo* info = infoFor(key);
    return info ? QString::fromLatin1(info->kind) : QString();
}

QJsonObject WhatsAppDoctor::probeArgs(bool withText) const
{
    QJsonObject kinds;
    for (const KeyInfo& info : kKeys)
        kinds.insert(QLatin1String(info.key), QLatin1String(info.kind));
    QJsonObject args{{QStringLiteral("kinds"), kinds}};
    if (withText)
        args.insert(QStringLiteral("text"), kProbeText);
    return args;
}

void WhatsAppDoctor::run(const QString& sdrId, int timeoutMs)
{
    m_sdrId = sdrId;
    if (!sdrId.isEmpty()) {
        m_profile = m_profiles->createProfile(sdrId, nullptr);
        if (!m_profile) {
            finish(m_profiles->errorString());
            return;
        }
    } else {
        m_profile = new QWebEngineProfile(); // off the record: a throwaway
        m_profile->setHttpUserAgent(ProfileStore::userAgentWithoutQtToken(m_profile->httpUserAgent()));
    }
    m_probe->configureProfile(m_profile);
    m_page = new QWebEnginePage(m_profile);
    m_ownsPage = true;
    m_phase = Phase::Landing;
    qCInfo(lcProbe) << "doctor: loading" << m_whatsappUrl.toString() << "in"
                    << (sdrId.isEmpty() ? QStringLiteral("a throwaway profile") : sdrId);
    m_page->load(m_whatsappUrl);
    m_poll.start();
    m_timeout.start(timeoutMs);
}

void WhatsAppDoctor::inspect(QWebEnginePage* page, const QString& sdrId, bool withOwnChat)
{
    m_sdrId = sdrId;
    m_page = page;
    m_ownsPage = false;
    m_phase = Phase::Landing;
    if (!page) {
        finish(tr("There is no WhatsApp Web page to check."));
        return;
    }
    evaluate(page, false, [this, withOwnChat](const QJsonObject& result) {
        const PageSnapshot snapshot =
            PageSnapshot::fromJson(result.value(QStringLiteral("snapshot")).toObject());
        m_lastState =
            snapshot.refused ? QStringLiteral("browser_unsupported") : connectionStateName(snapshot.state());
        m_phone = PageSnapshot::phoneFromWid(snapshot.wid);
        m_landing = result;
        if (withOwnChat && isLinkedName(m_lastState) && !m_phone.isEmpty()) {
            openOwnChat();
            m_poll.start();
            return;
        }
        finish(withOwnChat ? QString()
                           : tr("The page of a running session was checked as it is; its own chat was not "
                                "opened because the session was busy (try again when it is idle)."));
    });
}

void WhatsAppDoctor::evaluate(QWebEnginePage* page, bool withText,
                              const std::function<void(const QJsonObject&)>& done)
{
    m_probing = true;
    QPointer<WhatsAppDoctor> self(this);
    page->runJavaScript(m_probe->call(QStringLiteral("doctor.js"), probeArgs(withText)),
                        QWebEngineScript::ApplicationWorld, [self, done](const QVariant& value) {
                            if (!self || self->m_phase == Phase::Done)
                                return;
                            self->m_probing = false;
                            done(QJsonObject::fromVariantMap(value.toMap()));
                        });
}

void WhatsAppDoctor::poll()
{
    if (m_probing || !m_page || m_phase == Phase::Done)
        return;
    const bool ownChat = m_phase == Phase::OwnChat;
    evaluate(m_page, ownChat, [this, ownChat](const QJsonObject& result) {
        if (ownChat)
            onOwnChat(result);
        else
            onLanding(result);
    });
}

void WhatsAppDoctor::onLanding(const QJsonObject& result)
{
    if (result.isEmpty())
        return; // between two documents
    const PageSnapshot snapshot = PageSnapshot::fromJson(result.value(QStringLiteral("snapshot")).toObject());
    const QString state =
        snapshot.refused ? QStringLiteral("browser_unsupported") : connectionStateName(snapshot.state());
    if (state == m_lastState) {
        ++m_sameState;
    } else {
        m_lastState = state;
        m_sameState = 1;
    }
    if (state == QLatin1String("loading") || state == QLatin1String("syncing") || m_sameState < kStablePolls)
        return;
    m_landing = result;
    m_phone = PageSnapshot::phoneFromWid(snapshot.wid);
    if (isLinkedName(state) && !m_phone.isEmpty()) {
        openOwnChat();
        return;
    }
    finish();
}

void WhatsAppDoctor::openOwnChat()
{
    // The SDR's own chat ("message yourself") by the deep link, prefilled, never sent.
    m_phase = Phase::OwnChat;
    m_sameState = 0;
    m_chatTimeout.start(kChatTimeoutMs);
    m_page->load(SendJob::deepLink(m_whatsappUrl, m_phone, kProbeText));
}

void WhatsAppDoctor::onOwnChat(const QJsonObject& result)
{
    if (result.isEmpty())
        return;
    const PageSnapshot snapshot = PageSnapshot::fromJson(result.value(QStringLiteral("snapshot")).toObject());
    if (!snapshot.chatOpen && !snapshot.invalidPhone)
        return;
    m_chat = result;
    const QJsonObject compose = result.value(QStringLiteral("compose")).toObject();
    const bool complete = compose.value(QStringLiteral("editor")).toBool() &&
                          compose.value(QStringLiteral("prefilled")).toBool() &&
                          compose.value(QStringLiteral("sendButton")).toBool();
    // Complete, or the chat is open and had time to fill: what is missing stays missing.
    if (complete || snapshot.invalidPhone || ++m_sameState >= kChatSettlePolls)
        finish(snapshot.invalidPhone ? tr("WhatsApp says the SDR's own number is invalid.") : QString());
}

void WhatsAppDoctor::finish(const QString& note)
{
    if (m_phase == Phase::Done)
        return;
    m_phase = Phase::Done;
    m_poll.stop();
    m_timeout.stop();
    m_chatTimeout.stop();

    const QJsonObject landingKeys = m_landing.value(QStringLiteral("keys")).toObject();
    const QJsonObject chatKeys = m_chat.value(QStringLiteral("keys")).toObject();
    const QJsonObject compose = m_chat.value(QStringLiteral("compose")).toObject();
    const bool linked = isLinkedName(m_lastState);
    const bool chatChecked = !m_chat.isEmpty();
    const bool ownMessages =
        chatKeys.value(QStringLiteral("outgoingMessage")).toObject().value(QStringLiteral("count")).toInt() >
        0;

    QJsonArray keys;
    m_missing.clear();
    QStringList names = m_probe->selectors().keys();
    for (const QString& key : std::as_const(names)) {
        if (key.startsWith(QLatin1Char('_')))
            continue;
        const KeyInfo* info = infoFor(key);
        const QJsonObject onLanding = landingKeys.value(key).toObject();
        const QJsonObject inChat = chatKeys.value(key).toObject();
        const QJsonObject best =
            inChat.value(QStringLiteral("count")).toInt() > onLanding.value(QStringLiteral("count")).toInt()
                ? inChat
                : onLanding;
        const int count = best.value(QStringLiteral("count")).toInt();
        const bool valid = onLanding.value(QStringLiteral("valid")).toBool(true) &&
                           inChat.value(QStringLiteral("valid")).toBool(true);
        bool required = false;
        switch (info ? info->need : Need::None) {
        case Need::QrPage:
            required = m_lastState == QLatin1String("qr_required");
            break;
        case Need::Linked:
            required = linked;
            break;
        case Need::Chat:
            required = linked;
            break;
        case Need::ChatWithMessages:
            required = linked && chatChecked && ownMessages;
            break;
        case Need::None:
            break;
        }
        const QString kind =
            info ? QString::fromLatin1(info->kind) : best.value(QStringLiteral("kind")).toString();
        const bool checkable = kind == QLatin1String("selector") || kind == QLatin1String("text") ||
                               kind == QLatin1String("storage");
        const bool missing = (required && count == 0) || !valid;
        if (missing)
            m_missing << key;
        keys.append(QJsonObject{
            {QStringLiteral("key"), key},
            {QStringLiteral("kind"), kind},
            {QStringLiteral("where"),
             info ? QString::fromLatin1(info->where) : tr("not used by this version")},
            {QStringLiteral("required"), required},
            {QStringLiteral("checked"), checkable},
            {QStringLiteral("found"), count > 0},
            {QStringLiteral("count"), count},
            {QStringLiteral("valid"), valid},
            {QStringLiteral("matched"), best.value(QStringLiteral("matched")).toArray()},
            {QStringLiteral("missing"), missing},
        });
    }

    QStringList notes;
    if (!note.isEmpty())
        notes << note;
    if (m_lastState == QLatin1String("browser_unsupported"))
        notes << tr("WhatsApp Web shows its refusal page (\"works with Google Chrome\") for this engine. Run "
                    "SDR Sender on Debian 13 with Qt WebEngine 6.10 (trixie-backports), or set \"userAgent\" "
                    "in the override file.");
    else if (!linked)
        notes << tr("Not linked: what sending needs could not be checked. Link this SDR in the app, close "
                    "it, then run sdr-sender --doctor --sdr ID.");
    if (linked && chatChecked && !ownMessages)
        notes << tr("The SDR's own chat shows no message of theirs: outgoingMessage, messageText and "
                    "statusIcon could not be checked.");
    const bool composeOk = compose.value(QStringLiteral("editor")).toBool() &&
                           compose.value(QStringLiteral("prefilled")).toBool() &&
                           compose.value(QStringLiteral("sendButton")).toBool();
    m_ok = linked && chatChecked && composeOk && m_missing.isEmpty();

    const QString overrideFile =
        m_probe->overrideDir().isEmpty()
            ? QStringLiteral("<data-dir>/whatsapp/selectors.json")
            : QDir(m_probe->overrideDir()).filePath(QStringLiteral("selectors.json"));
    m_report = QJsonObject{
        {QStringLiteral("engine"), QJsonObject{{QStringLiteral("qt"), EngineInfo::qtVersion()},
                                               {QStringLiteral("webengine"), EngineInfo::webEngineVersion()},
                                               {QStringLiteral("chromium"), EngineInfo::chromiumVersion()},
                                               {QStringLiteral("user_agent"),
                                                m_page ? m_page->profile()->httpUserAgent() : QString()}}},
        {QStringLiteral("url"), m_whatsappUrl.toString()},
        {QStringLiteral("profile"), m_sdrId.isEmpty() ? QStringLiteral("throwaway") : m_sdrId},
        {QStringLiteral("refusal_page"), m_lastState == QLatin1String("browser_unsupported")},
        {QStringLiteral("state"), m_lastState.isEmpty() ? QStringLiteral("loading") : m_lastState},
        {QStringLiteral("linked_phone"), m_phone.isEmpty() ? QString() : QLatin1Char('+') + m_phone},
        {QStringLiteral("own_chat"),
         chatChecked
             ? QJsonObject{{QStringLiteral("opened"), true},
                           {QStringLiteral("compose_box"), compose.value(QStringLiteral("editor")).toBool()},
                           {QStringLiteral("prefilled"), compose.value(QStringLiteral("prefilled")).toBool()},
                           {QStringLiteral("send_button"),
                            compose.value(QStringLiteral("sendButton")).toBool()},
                           {QStringLiteral("sent"), false}}
             : QJsonObject{{QStringLiteral("opened"), false}}},
        {QStringLiteral("keys"), keys},
        {QStringLiteral("missing"), QJsonArray::fromStringList(m_missing)},
        {QStringLiteral("override_file"), overrideFile},
        {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
        {QStringLiteral("ok"), m_ok},
    };
    qCInfo(lcProbe) << "doctor:" << m_lastState << "ok" << m_ok << "missing" << m_missing;
    QTimer::singleShot(0, this, &WhatsAppDoctor::finished);
}

QString WhatsAppDoctor::text() const
{
    const QJsonObject engine = m_report.value(QStringLiteral("engine")).toObject();
    QString out;
    auto line = [&out](const QString& label, const QString& value) {
        out += label.leftJustified(14) + value + QLatin1Char('\n');
    };
    auto yesNo = [](bool value) {
        return value ? tr("yes") : tr("no");
    };
    out += tr("SDR Sender: WhatsApp Web check") + QStringLiteral("\n\n");
    line(tr("Engine"), QStringLiteral("Qt %1, Qt WebEngine %2, Chromium %3")
                           .arg(engine.value(QStringLiteral("qt")).toString(),
                                engine.value(QStringLiteral("webengine")).toString(),
                                engine.value(QStringLiteral("chromium")).toString()));
    line(tr("User agent"), engine.value(QStringLiteral("user_agent")).toString());
    line(tr("Page"), m_report.value(QStringLiteral("url")).toString());
    line(tr("Profile"), m_report.value(QStringLiteral("profile")).toString());
    line(tr("Refusal page"), yesNo(m_report.value(QStringLiteral("refusal_page")).toBool()));
    QString state = m_report.value(QStringLiteral("state")).toString();
    if (!m_report.value(QStringLiteral("linked_phone")).toString().isEmpty())
        state += QStringLiteral(" (%1)").arg(m_report.value(QStringLiteral("linked_phone")).toString());
    line(tr("State"), state);
    const QJsonObject chat = m_report.value(QStringLiteral("own_chat")).toObject();
    if (chat.value(QStringLiteral("opened")).toBool())
        line(tr("Own chat"),
             tr("opened by the deep link, not sent: compose box %1, prefilled %2, Send button %3")
                 .arg(yesNo(chat.value(QStringLiteral("compose_box")).toBool()),
                      yesNo(chat.value(QStringLiteral("prefilled")).toBool()),
                      yesNo(chat.value(QStringLiteral("send_button")).toBool())));
    else
        line(tr("Own chat"), tr("not opened"));
    out += QLatin1Char('\n');

    const QJsonArray keys = m_report.value(QStringLiteral("keys")).toArray();
    int width = 4;
    for (const QJsonValue& value : keys)
        width = qMax(width, int(value.toObject().value(QStringLiteral("key")).toString().size()));
    out += tr("KEY").leftJustified(width + 2) + tr("FOUND").leftJustified(12) + tr("WHERE IT APPLIES") +
           QLatin1Char('\n');
    for (const QJsonValue& value : keys) {
        const QJsonObject key = value.toObject();
        QString found;
        if (!key.value(QStringLiteral("valid")).toBool())
            found = tr("INVALID");
        else if (!key.value(QStringLiteral("checked")).toBool())
            found = QStringLiteral("-");
        else if (key.value(QStringLiteral("found")).toBool())
            found = tr("yes (%1)").arg(key.value(QStringLiteral("count")).toInt());
        else
            found = key.value(QStringLiteral("missing")).toBool() ? tr("MISSING") : tr("no");
        QString where = key.value(QStringLiteral("where")).toString();
        if (key.value(QStringLiteral("required")).toBool())
            where += tr(" [needed to send]");
        out += key.value(QStringLiteral("key")).toString().leftJustified(width + 2) +
               found.leftJustified(12) + where + QLatin1Char('\n');
    }
    out += QLatin1Char('\n');
    for (const QJsonValue& note : m_report.value(QStringLiteral("notes")).toArray())
        out += QStringLiteral("Note: ") + note.toString() + QLatin1Char('\n');
    if (m_ok) {
        out += tr("Result: OK. Everything sending needs was found.") + QLatin1Char('\n');
    } else {
        out += tr("Result: NOT OK.");
        if (!m_missing.isEmpty())
            out += QLatin1Char(' ') +
                   tr("Missing: %1. Put corrected values for these keys in %2 (a JSON object with just "
                      "those keys); it takes effect at the next start.")
                       .arg(m_missing.join(QStringLiteral(", ")),
                            m_report.value(QStringLiteral("override_file")).toString());
        out += QLatin1Char('\n');
    }
    return out;
}
