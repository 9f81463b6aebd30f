// SPDX-License-Identifier: MIT
#pragma once

#include "markdown/linktarget.h"

#include <functional>

class QMimeData;
class QTextDocumentFragment;

/// What copying part of a page puts on the clipboard: its text, and its HTML with each link's
/// own address (LinkTarget::href(), which only the atlas can follow) made a whole one, as
/// "Copy Link Location" has it; a link with none becomes text.
namespace CopiedSelection {
QMimeData *mimeData(const QTextDocumentFragment &selection, const std::function<QString(const LinkTarget &)> &linkToCopy);
} // namespace CopiedSelection
