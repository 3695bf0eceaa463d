#pragma once

#include <QByteArray>

// The reason phrase of an HTTP status line, for the simulated servers of --demo.
QByteArray httpStatusText(int status);
