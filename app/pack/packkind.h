// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

/// What kind of collection a pack is. Views adapt their words to it: only an atlas speaks of
/// audiences and categories.
enum class PackKind { Atlas, Book, Vault, Folder };

namespace PackKinds {
/// The name used on the command line and in --list ("atlas", "mdbook", "vault", "folder").
inline QString id(PackKind kind)
{
    switch (kind) {
    case PackKind::Atlas: return QStringLiteral("atlas");
    case PackKind::Book: return QStringLiteral("mdbook");
    case PackKind::Vault: return QStringLiteral("vault");
    case PackKind::Folder: return QStringLiteral("folder");
    }
    return {};
}

/// The translated name shown in the window ("book", "notes vault").
inline QString displayName(PackKind kind)
{
    switch (kind) {
    case PackKind::Atlas: return QCoreApplication::translate("PackKind", "atlas");
    case PackKind::Book: return QCoreApplication::translate("PackKind", "book");
    case PackKind::Vault: return QCoreApplication::translate("PackKind", "notes vault");
    case PackKind::Folder: return QCoreApplication::translate("PackKind", "folder");
    }
    return {};
}
} // namespace PackKinds
