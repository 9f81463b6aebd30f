// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>

/// Turns heading texts into GitHub-style anchors, unique within one page
/// ("Why Rust fits" -> "why-rust-fits", a second one -> "why-rust-fits-1").
class AnchorGenerator
{
public:
    QString anchorFor(const QString &headingText);
    static QString slug(const QString &text);

private:
    QHash<QString, int> m_seen;
};
