// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Errors are shown in one way everywhere: a message box titled by the kind of error, with every
// problem on its own line. Inline problems use problemText().

#include "error.h"

#include <QString>

#include <exception>

class QWidget;

namespace barter::ui {

// "line 12: quantity: must be greater than zero", or "quantity: …" without a file line.
QString problemText(const Problem& problem);
// The whole error as text: its message, or each of its problems on its own line.
QString describeError(const std::exception& error);
void showError(QWidget* parent, const std::exception& error);

} // namespace barter::ui
