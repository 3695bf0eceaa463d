// Writes screenshots of the main window for the docs: a team lead's Monday morning with ten SDRs,
// eight connected, one phone offline, one waiting for a QR scan, a week of sends and what came of
// them (delivered, read, replies, an opt-out).
// Usage: sdr-screenshot [output-dir]   (default: the project's docs/ folder)

#include "ActivityLog.h"
#include "Clock.h"
#include "ConnectionStatusRepository.h"
#include "DashboardModel.h"
#include "FollowUpRepository.h"
#include "LeadsModel.h"
#include "MainWindow.h"
#include "OverviewQuery.h"
#include "SdrRepository.h"
#include "SessionUsage.h"
#include "SessionView.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "Store.h"
#include "TranslationLoader.h"
#include "UnansweredBudget.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>
#include <cmath>
#include <iterator>

namespace {

class FixedClock : public Clock
{
public:
    explicit FixedClock(const QDateTime& now)
        : m_now(now)
    {
    }
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& when) { m_now = when; }

private:
    QDateTime m_now;
};

struct Member
{
    const char* id;
    const char* name;
    const char* phone;
    ConnectionState state;
    int sent;
    int failed;
    int queued;
};

const Member kTeam[] = {
    {"sdr_ana", "Ana Beatriz Souza", "+5511987654321", ConnectionState::Connected, 34, 1, 6},
    {"sdr_ahmet", "Ahmet Yılmaz", "+905454031918", ConnectionState::Connected, 41, 0, 4},
    {"sdr_carlos", "Carlos Méndez", "+34612345678", ConnectionState::Connected, 28, 2, 9},
    {"sdr_elif", "Elif Demir", "+905321112233", ConnectionState::PhoneOffline, 12, 0, 11},
    {"sdr_john", "John Smith", "+15551234567", ConnectionState::Connected, 37, 0, 3},
    {"sdr_lucia", "Lucía Fernández", "+5491155556666", ConnectionState::Connected, 25, 1, 7},
    {"sdr_mehmet", "Mehmet Kaya", "+905061234567", ConnectionState::QrRequired, 0, 0, 14},
    {"sdr_paula", "Paula Oliveira", "+5521998877665", ConnectionState::Connected, 30, 3, 5},
    {"sdr_sarah", "Sarah Johnson", "+447700900123", ConnectionState::Connected, 22, 0, 8},
    {"sdr_tiago", "Tiago Ramos", "+351912345678", ConnectionState::Connected, 19, 0, 6},
};

void exec(QSqlQuery& query)
{
    if (!query.exec())
        qFatal("screenshot: query failed");
}

const char* const kFirstNames[] = {"Mariana", "Emre",  "Sofía",  "Lucas",  "Zeynep", "Gabriel",   "Olivia",
                                   "Mateo",   "Ayşe",  "Rafael", "Chloe",  "Burak",  "Valentina", "Noah",
                                   "Camila",  "Deniz", "Pedro",  "Isabel", "Kerem",  "Julia"};
const char* const kLastNames[] = {"Costa", "Aydın", "García", "Pereira", "Şahin",  "Almeida", "Brown",
                                  "López", "Koç",   "Santos", "Wilson",  "Öztürk", "Ruiz",    "Miller"};
const char* const kReplies[] = {
    "Olá! Pode me ligar amanhã de manhã?",
    "Merhaba, fiyat listesini gönderebilir misiniz?",
    "Sí, me interesa. ¿Cuándo podemos hablar?",
    "Thanks — what does the premium plan include?",
    "Yes please, send me the details",
    "Can we do a call at 4pm?",
    "Bom dia, já tenho fornecedor mas posso ouvir a proposta",
    "Şu an müsait değilim, haftaya yazın lütfen",
    "<b>Interested</b> — is there a trial?",
    "Ok, call me after 5",
};

// What followed a send, as the tracker would have stored it: most messages delivered, many read,
// about a fifth answered, now and then an opt-out. Nothing after `now`.
void addFollowUp(Store* store, QRandomGenerator& random, const QString& leadId, const QString& sdrId,
                 const QString& phone, const QDateTime& sentAt, const QDateTime& now)
{
    if (random.bounded(100) >= 93)
        return;
    const QDateTime delivered = sentAt.addSecs(30 + random.bounded(600));
    QDateTime read;
    QDateTime replied;
    QString reply;
    bool optedOut = false;
    if (random.bounded(100) < 72) {
        read = delivered.addSecs(120 + random.bounded(3 * 3600));
        if (random.bounded(100) < 30) {
            replied = read.addSecs(60 + random.bounded(2 * 3600));
            optedOut = random.bounded(100) < 6;
            reply = optedOut ? QStringLiteral("Please stop messaging me")
                             : QString::fromUtf8(kReplies[random.bounded(int(std::size(kReplies)))]);
        }
    }
    auto until = [&](const QDateTime& when) {
        return when.isValid() && when <= now ? when : QDateTime();
    };
    const QDateTime d = until(delivered);
    const QDateTime r = d.isValid() ? until(read) : QDateTime();
    const QDateTime a = r.isValid() ? until(replied) : QDateTime();
    if (!d.isValid())
        return;
    QSqlQuery query(store->database());
    query.prepare(
        QStringLiteral("INSERT INTO lead_followup(lead_id, sdr_id, phone, sent_at, delivered_at, read_at, "
                       "replied_at, reply_text, opted_out, opted_out_at, updated_at) "
                       "VALUES(?,?,?,?,?,?,?,?,?,?,?)"));
    auto stamp = [](const QDateTime& when) {
        return when.isValid() ? QVariant(Store::timestamp(when)) : QVariant();
    };
    query.addBindValue(leadId);
    query.addBindValue(sdrId);
    query.addBindValue(phone);
    query.addBindValue(Store::timestamp(sentAt));
    query.addBindValue(stamp(d));
    query.addBindValue(stamp(r));
    query.addBindValue(stamp(a));
    query.addBindValue(a.isValid() ? QVariant(reply) : QVariant());
    query.addBindValue(a.isValid() && optedOut ? 1 : 0);
    query.addBindValue(a.isValid() && optedOut ? stamp(a) : QVariant());
    query.addBindValue(Store::timestamp(a.isValid() ? a : r.isValid() ? r : d));
    exec(query);
}

void seed(Store* store, SdrRepository* sdrs, ConnectionStatusRepository* statuses, ActivityLog* activity,
          FixedClock* clock, const QDateTime& now)
{
    const QDateTime dayStart = OverviewQuery::localDayStart(now);
    QRandomGenerator random(20261123); // the same pictures every run
    int leadNumber = 1000;
    for (const Member& member : kTeam) {
        SdrRecord sdr;
        sdr.id = QString::fromUtf8(member.id);
        sdr.name = QString::fromUtf8(member.name);
        sdr.expectedPhone = QString::fromUtf8(member.phone);
        sdr.source = QStringLiteral("crm");
        sdrs->upsert(sdr);

        ConnectionStatus status;
        status.sdrId = sdr.id;
        status.state = member.state;
        status.whatsappConnected = member.state == ConnectionState::Connected;
        status.whatsappPhone = member.state == ConnectionState::QrRequired ? QString() : sdr.expectedPhone;
        status.whatsappConnectedAt = dayStart.addSecs(8 * 3600 + int(random.bounded(50)) * 60);
        status.whatsappSessionId = QStringLiteral("s-%1").arg(sdr.id);
        if (member.state == ConnectionState::PhoneOffline)
            status.lastError = QStringLiteral("Phone not connected since 14:52");
        status.updatedAt = now;
        statuses->save(status);

        QSqlQuery query(store->database());
        query.prepare(
            QStringLiteral("INSERT INTO outbox(lead_id, sdr_id, name, phone, message, state, error, "
                           "detail, created_at, updated_at, sent_at) VALUES(?,?,?,?,?,?,?,?,?,?,?)"));
        auto addLead = [&](const QString& state, const QDateTime& at, bool sent, const QString& error) {
            const QString leadId = QStringLiteral("lead_%1").arg(++leadNumber);
            const QString phone =
                QStringLiteral("+90545%1").arg(leadNumber * 37 % 10000000, 7, 10, QLatin1Char('0'));
            query.addBindValue(leadId);
            query.addBindValue(sdr.id);
            query.addBindValue(QStringLiteral("%1 %2").arg(
                QString::fromUtf8(kFirstNames[leadNumber % int(std::size(kFirstNames))]),
                QString::fromUtf8(kLastNames[(leadNumber / 3) % int(std::size(kLastNames))])));
            query.addBindValue(phone);
            query.addBindValue(QStringLiteral("Hello"));
            query.addBindValue(state);
            query.addBindValue(error.isEmpty() ? QVariant() : QVariant(error));
            query.addBindValue(error == QLatin1String("invalid_phone")
                                   ? QVariant(QStringLiteral("Phone number shared via url is invalid."))
                                   : QVariant());
            query.addBindValue(Store::timestamp(at));
            query.addBindValue(Store::timestamp(at));
            query.addBindValue(sent ? QVariant(Store::timestamp(at)) : QVariant());
            exec(query);
            if (sent)
                addFollowUp(store, random, leadId, sdr.id, phone, at, now);
        };
        // The six days before today, for the 7-day figures and the unanswered budget.
        for (int day = 6; day >= 1 && member.sent > 0; --day) {
            const int count = int(member.sent * (0.7 + random.generateDouble() * 0.5));
            for (int i = 0; i < count; ++i)
                addLead(QStringLiteral("reported"),
                        dayStart.addDays(-day).addSecs(9 * 3600 + random.bounded(9 * 3600)), true, {});
        }
        // Sends between 09:00 and now, more around late morning.
        const qint64 span = dayStart.addSecs(9 * 3600).secsTo(now);
        for (int i = 0; i < member.sent; ++i) {
            const qint64 offset = qint64(span * std::pow(random.generateDouble(), 0.8));
            addLead(QStringLiteral("reported"), dayStart.addSecs(9 * 3600 + offset), true, {});
        }
        for (int i = 0; i < member.failed; ++i)
            addLead(QStringLiteral("reported"), now.addSecs(-int(random.bounded(5 * 3600))), false,
                    i % 2 ? QStringLiteral("send_timeout") : QStringLiteral("invalid_phone"));
        for (int i = 0; i < member.queued; ++i)
            addLead(QStringLiteral("queued"), now.addSecs(-int(random.bounded(1800))), false, {});
    }
    // One lead caught mid-send by a crash, waiting for a person's decision.
    QSqlQuery query(store->database());
    query.prepare(QStringLiteral("INSERT INTO outbox(lead_id, sdr_id, name, phone, message, state, detail, "
                                 "created_at, updated_at) VALUES('lead_0999', 'sdr_carlos', 'Javier Ruiz', "
                                 "'+34699887766', 'Hola', 'uncertain', 'chat did not load', ?, ?)"));
    query.addBindValue(Store::timestamp(now.addSecs(-3000)));
    query.addBindValue(Store::timestamp(now.addSecs(-3000)));
    exec(query);

    const struct
    {
        int minutesAgo;
        const char* sdr;
        const char* kind;
        const char* message;
    } entries[] = {
        {95, "sdr_mehmet", "state", "connected → logged_out: the phone removed this linked device"},
        {94, "sdr_mehmet", "state", "logged_out → qr_required: QR scan needed"},
        {41, "sdr_paula", "fail",
         "lead_1187 failed: invalid_phone (Phone number shared via url is invalid.)"},
        {38, "sdr_paula", "report", "Result of lead_1187 accepted by the CRM"},
        {28, "sdr_elif", "state", "connected → phone_offline"},
        {12, "", "poll", "Queue checked for 10 SDRs: 73 leads waiting"},
        {6, "sdr_carlos", "report", "Result of lead_1101 accepted by the CRM"},
        {4, "sdr_ahmet", "send", "lead_1042 sent to +905321234567"},
        {3, "sdr_ana", "send", "lead_1010 sent to +5511912345678"},
        {1, "sdr_john", "send", "lead_1203 sent to +15559876543"},
    };
    for (const auto& entry : entries) {
        clock->set(now.addSecs(-entry.minutesAgo * 60 - 17));
        activity->add(QString::fromUtf8(entry.sdr), QString::fromUtf8(entry.kind),
                      QString::fromUtf8(entry.message));
    }
    clock->set(now);
}

bool save(QWidget* widget, const QString& path)
{
    const bool ok = widget->grab().save(path);
    QTextStream(stdout) << (ok ? "wrote " : "FAILED ") << QDir::toNativeSeparators(path) << Qt::endl;
    return ok;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("sdr-screenshot"));
    const QString outDir = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(SDR_DOCS_DIR);
    QDir().mkpath(outDir);

    QTemporaryDir dir;
    Store store;
    if (!store.open(dir.filePath(QStringLiteral("screenshot.db"))))
        qFatal("screenshot: cannot open the store");
    const QDateTime now = QDateTime(QDate::currentDate(), QTime(15, 20)).toUTC();
    FixedClock clock(now);
    Settings settings(&store);
    settings.setGlobal(QStringLiteral("server_url"), QStringLiteral("https://crm.example.com/"));
    // A team that raised the unanswered budget for its volume (the default is 150).
    settings.setGlobal(QStringLiteral("unanswered_budget"), 1500);
    SdrRepository sdrs(&store);
    ConnectionStatusRepository statuses(&store);
    ActivityLog activity(&store, &clock);
    seed(&store, &sdrs, &statuses, &activity, &clock, now);

    MainWindow::Dependencies deps;
    deps.store = &store;
    deps.settings = &settings;
    deps.sdrs = &sdrs;
    deps.statuses = &statuses;
    deps.activity = &activity;
    deps.clock = &clock;
    TranslationLoader translations;
    translations.setLanguage(QStringLiteral("en"));
    deps.translations = &translations;
    MainWindow window(deps);
    window.resize(1360, 820);
    window.setUnreadCount(QStringLiteral("sdr_ahmet"), 3);
    window.setUnreadCount(QStringLiteral("sdr_lucia"), 1);
    window.setUnreadCount(QStringLiteral("sdr_john"), 12);
    int gap = 40;
    for (const Member& member : kTeam) {
        if (member.state == ConnectionState::Connected)
            window.setNextSendAt(QString::fromUtf8(member.id), now.addSecs(gap));
        gap += 23;
    }
    // What the sampler would show (issue 13): the awake sessions' renderers, the rest asleep.
    SessionUsageMap usage;
    auto awake = [&](const char* id, qint64 mb, double cpu) {
        SessionUsage one;
        one.awake = true;
        one.pid = 1000 + usage.size();
        one.memoryKb = mb * 1024;
        one.proportional = true;
        one.cpuPercent = cpu;
        one.awakeSince = now.addSecs(-3 * 3600);
        usage.insert(QString::fromUtf8(id), one);
    };
    for (const Member& member : kTeam)
        usage.insert(QString::fromUtf8(member.id), SessionUsage()); // asleep
    awake("sdr_ana", 312, 1.8);
    awake("sdr_ahmet", 287, 0.9);
    awake("sdr_carlos", 846, 2.4);
    awake("sdr_mehmet", 164, 0.6);
    window.dashboardModel()->setSessionUsage(usage);
    activity.add(
        QStringLiteral("sdr_john"), QStringLiteral("state"),
        QStringLiteral("WhatsApp Web was reloaded for this SDR while idle: its page used 1187 MB of memory "
                       "(limit 1024 MB). The link is kept."));
    window.dashboardModel()->refresh();
    window.show();

    int failures = 0;
    // The dashboard and the Leads view read in the background: a picture waits for their reads.
    auto settle = [&window] {
        QElapsedTimer waited;
        waited.start();
        do
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        while ((window.dashboardModel()->isRefreshing() || window.leadsModel()->isRefreshing()) &&
               waited.elapsed() < 10000);
    };
    QTimer::singleShot(300, &app, [&] {
        settle();
        window.showDashboard();
        failures += !save(&window, QDir(outDir).filePath(QStringLiteral("screenshot-dashboard.png")));
        {
            // The per-session columns sit right of the follow-up figures; hide those for this picture,
            // as a user does from the header's context menu.
            auto* table = window.findChild<QTableView*>(QStringLiteral("dashboardTable"));
            const QVector<int> followUp = {DashboardModel::SentColumn,     DashboardModel::DeliveredColumn,
                                           DashboardModel::ReadColumn,     DashboardModel::RepliedColumn,
                                           DashboardModel::OptedOutColumn, DashboardModel::ReplyRateColumn,
                                           DashboardModel::BudgetColumn};
            for (int column : followUp)
                table->setColumnHidden(column, true);
            failures +=
                !save(&window, QDir(outDir).filePath(QStringLiteral("screenshot-dashboard-resources.png")));
            for (int column : followUp)
                table->setColumnHidden(column, false);
        }
        window.showActivity();
        failures += !save(&window, QDir(outDir).filePath(QStringLiteral("screenshot-activity.png")));
        window.showSdr(QStringLiteral("sdr_mehmet"));
        failures += !save(&window, QDir(outDir).filePath(QStringLiteral("screenshot-session.png")));
        window.setDemoMode(true);
        window.showDashboard();
        failures += !save(&window, QDir(outDir).filePath(QStringLiteral("screenshot-demo.png")));
        window.setDemoMode(false);
        translations.setLanguage(QStringLiteral("pt_BR"));
        QCoreApplication::processEvents();
        failures += !save(&window, QDir(outDir).filePath(QStringLiteral("screenshot-dashboard-pt_BR.png")));
        translations.setLanguage(QStringLiteral("en"));
        QCoreApplication::processEvents();
        SettingsDialog dialog(&settings, &sdrs, nullptr, &window);
        dialog.show();
        dialog.resize(640, 560);
        failures += !save(&dialog, QDir(outDir).filePath(QStringLiteral("screenshot-settings.png")));
        dialog.hide();

        // Reply figures, with one SDR flagged near the unanswered budget and one paused by it.
        {
            FollowUpRepository repository(&store);
            UnansweredBudget budget(&repository, &settings, &clock);
            const int carlos = budget.usage(QStringLiteral("sdr_carlos")).used;
            const int sarah = budget.usage(QStringLiteral("sdr_sarah")).used;
            settings.setForSdr(QStringLiteral("sdr_carlos"), QStringLiteral("unanswered_budget"),
                               qMax(1, carlos * 100 / 86));
            settings.setForSdr(QStringLiteral("sdr_sarah"), QStringLiteral("unanswered_budget"),
                               qMax(1, sarah));
        }
        window.dashboardModel()->refresh();
        window.showDashboard();
        settle();
        failures += !save(&window, QDir(outDir).filePath(QStringLiteral("screenshot-dashboard-replies.png")));
        window.showLeads(QStringLiteral("sdr_carlos"));
        settle();
        failures += !save(&window, QDir(outDir).filePath(QStringLiteral("screenshot-leads.png")));

        // Two SDRs that need a person: WhatsApp's warning paused one, WhatsApp Web refuses the
        // engine for the other.
        auto needsPerson = [&](const char* id, ConnectionState state, const QString& detail) {
            auto status = statuses.find(QString::fromUtf8(id));
            status->state = state;
            status->lastError = detail;
            statuses.save(*status);
        };
        needsPerson("sdr_paula", ConnectionState::Restricted,
                    QStringLiteral("You're nearing your limit of messages to people who haven't replied. "
                                   "Wait for replies before you message more new people."));
        needsPerson("sdr_tiago", ConnectionState::BrowserUnsupported,
                    QStringLiteral("WhatsApp Web refuses this browser (Chromium 102.0.5005.177): it shows "
                                   "\"WhatsApp works with Google Chrome\" instead of the app"));
        window.dashboardModel()->refresh();
        window.showSdr(QStringLiteral("sdr_paula"));
        settle();
        failures += !save(&window, QDir(outDir).filePath(QStringLiteral("screenshot-restricted.png")));
        window.showSdr(QStringLiteral("sdr_tiago"));
        QCoreApplication::processEvents();
        failures +=
            !save(&window, QDir(outDir).filePath(QStringLiteral("screenshot-browser-unsupported.png")));
        window.showDashboard();
        QCoreApplication::processEvents();
        failures +=
            !save(&window, QDir(outDir).filePath(QStringLiteral("screenshot-dashboard-needs-person.png")));
        app.exit(failures ? 1 : 0);
    });
    return app.exec();
}
