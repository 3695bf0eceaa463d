#pragma once

#include "ConnectionState.h"

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QString>

// How a connection state looks to people: a short label, a sentence of advice, a severity and its
// colour. One place, so the sidebar, the dashboard, the session banner and the tray agree.
class StatePresentation
{
    Q_DECLARE_TR_FUNCTIONS(StatePresentation)
public:
    enum class Severity
    {
        Ok,       // connected: green
        Busy,     // loading / syncing: blue, will settle by itself
        Warning,  // phone offline, open elsewhere, wrong number: amber, a person should look
        Critical, // QR scan needed, logged out, unreachable, error: red, nothing is sent
        Idle      // hibernated: grey, wakes by itself
    };

    static QString label(ConnectionState state);
    static QString advice(ConnectionState state);
    static Severity severity(ConnectionState state);
    static QColor color(Severity severity);
    static QColor color(ConnectionState state) { return color(severity(state)); }
    // A round dot in the state's colour (drawn, so it needs no image plugin).
    static QIcon dot(ConnectionState state, int size = 12);
    static QIcon dot(const QColor& color, int size = 12);
};
