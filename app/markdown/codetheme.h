// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QString>
#include <QVector>

/// The colours of highlighted code: a class for each kind of element CodeHighlighter marks,
/// with a colour for light paper and one for a dark page. Keywords are also bold and comments
/// italic, so that a greyscale printer still tells them apart.
class CodeTheme final
{
public:
    struct Style
    {
        const char *cssClass;
        QColor light;
        QColor dark;
        bool bold = false;
        bool italic = false;
    };

    static const QVector<Style> &styles();
    /// The CSS rules for the classes, for a dark page or for a light one (and paper).
    static QString styleSheet(bool dark);
    /// The source-highlight element names ("keyword", "string", …) that get a class.
    static QVector<const char *> elements();
    /// The class for a source-highlight element name ("keyword"), or nullptr to leave it plain.
    static const char *classFor(const char *element);
};
