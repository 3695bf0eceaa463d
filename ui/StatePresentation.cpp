#include "StatePresentation.h"

#include "EngineInfo.h"

#include <QPainter>
#include <QPixmap>
#include <QPixmapCache>

QString StatePresentation::label(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Loading:
        return tr("Loading");
    case ConnectionState::QrRequired:
        return tr("Scan QR");
    case ConnectionState::Syncing:
        return tr("Syncing");
    case ConnectionState::Connected:
        return tr("Connected");
    case ConnectionState::PhoneOffline:
        return tr("Phone offline");
    case ConnectionState::Conflict:
        return tr("Open elsewhere");
    case ConnectionState::LoggedOut:
        return tr("Logged out");
    case ConnectionState::Unreachable:
        return tr("Unreachable");
    case ConnectionState::WrongNumber:
        return tr("Wrong number");
    case ConnectionState::Hibernated:
        return tr("Hibernated");
    case ConnectionState::BrowserUnsupported:
        return tr("Browser refused");
    case ConnectionState::Restricted:
        return tr("Paused: WhatsApp warning");
    case ConnectionState::Error:
        return tr("Error");
    }
    return tr("Error");
}

QString StatePresentation::advice(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Loading:
        return tr("Opening WhatsApp Web…");
    case ConnectionState::QrRequired:
        return tr("Scan the QR code with this SDR's phone: WhatsApp → Settings → Linked devices → "
                  "Link a device.");
    case ConnectionState::Syncing:
        return tr("Linked. WhatsApp is loading the chats; sending starts when it is done.");
    case ConnectionState::Connected:
        return tr("Connected. Leads for this SDR are sent from this number.");
    case ConnectionState::PhoneOffline:
        return tr("WhatsApp says the phone is offline. Linked devices keep sending without it; check that "
                  "it has battery and internet so that it stays linked.");
    case ConnectionState::Conflict:
        return tr("WhatsApp is open in another window. Press \"Use here\" to continue sending from "
                  "this app.");
    case ConnectionState::LoggedOut:
        return tr("This device was logged out from the phone. Press Connect and scan the QR code again.");
    case ConnectionState::Unreachable:
        return tr("WhatsApp Web cannot be loaded. Check the internet connection; the app keeps "
                  "retrying.");
    case ConnectionState::WrongNumber:
        return tr("The linked WhatsApp number is not this SDR's number. Nothing is sent; disconnect and "
                  "scan with the right phone.");
    case ConnectionState::Hibernated:
        return tr("Hibernated to save memory. It wakes by itself when there is work, or when you open it.");
    case ConnectionState::BrowserUnsupported: {
        const QString chromium = EngineInfo::chromiumVersion();
        return tr("WhatsApp Web refuses this app's browser engine%1. Nothing is sent. Run SDR Sender on "
                  "Debian 13 with Qt WebEngine 6.10 from trixie-backports; this session tries again every "
                  "few hours.")
            .arg(chromium.isEmpty() ? QString() : QStringLiteral(" (Chromium %1)").arg(chromium));
    }
    case ConnectionState::Restricted:
        return tr("WhatsApp showed a warning, limit or ban notice for this number (its text is below). "
                  "Sending is paused for this SDR. Read it on the page, then press Resume sending.");
    case ConnectionState::Error:
        return tr("Something went wrong with this session. See the activity log for details.");
    }
    return {};
}

StatePresentation::Severity StatePresentation::severity(ConnectionState state)
{
    switch (state) {
    case ConnectionState::Connected:
        return Severity::Ok;
    case ConnectionState::Loading:
    case ConnectionState::Syncing:
        return Severity::Busy;
    case ConnectionState::PhoneOffline:
    case ConnectionState::Conflict:
    case ConnectionState::WrongNumber:
        return Severity::Warning;
    case ConnectionState::QrRequired:
    case ConnectionState::LoggedOut:
    case ConnectionState::Unreachable:
    case ConnectionState::BrowserUnsupported:
    case ConnectionState::Restricted:
    case ConnectionState::Error:
        return Severity::Critical;
    case ConnectionState::Hibernated:
        return Severity::Idle;
    }
    return Severity::Critical;
}

QColor StatePresentation::color(Severity severity)
{
    switch (severity) {
    case Severity::Ok:
        return QColor(0x1e, 0x9e, 0x5a);
    case Severity::Busy:
        return QColor(0x2f, 0x7c, 0xd6);
    case Severity::Warning:
        return QColor(0xe0, 0x9b, 0x12);
    case Severity::Critical:
        return QColor(0xd6, 0x3c, 0x3c);
    case Severity::Idle:
        return QColor(0x8a, 0x92, 0x9c);
    }
    return Qt::gray;
}

QIcon StatePresentation::dot(ConnectionState state, int size)
{
    return dot(color(state), size);
}

QIcon StatePresentation::dot(const QColor& color, int size)
{
    // QPixmapCache (not a static) so the pixmaps die with the application: the sidebar and the
    // dashboard ask for the same few dots on every paint.
    QIcon icon;
    for (const int dpr : {1, 2}) {
        const QString key = QStringLiteral("sdr-dot/%1/%2/%3").arg(color.name()).arg(size).arg(dpr);
        QPixmap pixmap;
        if (!QPixmapCache::find(key, &pixmap)) {
            pixmap = QPixmap(QSize(size, size) * dpr);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.scale(dpr, dpr);
            painter.setPen(QPen(color.darker(125), 1));
            painter.setBrush(color);
            painter.drawEllipse(QRectF(1.5, 1.5, size - 3, size - 3));
            painter.end();
            QPixmapCache::insert(key, pixmap);
        }
        pixmap.setDevicePixelRatio(dpr);
        icon.addPixmap(pixmap);
    }
    return icon;
}
