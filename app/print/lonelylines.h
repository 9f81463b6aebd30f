// SPDX-License-Identifier: MIT
#pragma once

class QTextDocument;

/// Keeps lines together on paper: a short paragraph is not split so that one of its lines
/// stands alone at the foot or the head of a page (an orphan or a widow), and a heading does
/// not end a page apart from what it heads. Such blocks start on the next page instead.
namespace LonelyLines {
/// Paragraphs of at most this many lines move whole; longer ones may be split anywhere.
constexpr int MaxMovedLines = 8;
/// Sets page breaks in @p document, laid out in pages already; returns how many it set.
int avoid(QTextDocument *document);
} // namespace LonelyLines
