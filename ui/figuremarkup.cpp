// SPDX-License-Identifier: MIT
#include "figuremarkup.h"

#include <QSvgRenderer>
#include <QTransform>
#include <QXmlStreamReader>

namespace {
const QString kTilePrefix = QStringLiteral("tile-");
const QString kIconPrefix = QStringLiteral("icon-");
const QString kLabelPrefix = QStringLiteral("label-");

QRectF boundsOf(const QSvgRenderer &renderer, const QString &id)
{
    if (!renderer.elementExists(id))
        return {};
    return renderer.transformForElement(id).mapRect(renderer.boundsOnElement(id));
}
} // namespace

QByteArray FigureMarkup::withoutLabels(const QByteArray &svg, QStringList *tileSlugs)
{
    tileSlugs->clear();
    // Offsets count characters, so the text is cut as a string and encoded again.
    const QString text = QString::fromUtf8(svg);
    QXmlStreamReader reader(text);
    QString kept;
    kept.reserve(text.size());
    qint64 copiedUpTo = 0;
    qint64 tokenStart = 0;
    qint64 labelStart = -1;
    int labelDepth = 0;
    while (!reader.atEnd()) {
        tokenStart = reader.characterOffset();
        reader.readNext();
        if (reader.isStartElement()) {
            if (labelStart >= 0) {
                ++labelDepth;
                continue;
            }
            const QString id = reader.attributes().value(QStringLiteral("id")).toString();
            if (id.startsWith(kTilePrefix) && id.size() > kTilePrefix.size()) {
                tileSlugs->append(id.mid(kTilePrefix.size()));
            } else if (id.startsWith(kLabelPrefix)) {
                // The reader may have read past the tag's "<" already, to end the text before it.
                labelStart = text.lastIndexOf(QLatin1Char('<'), tokenStart);
                labelDepth = 1;
            }
        } else if (reader.isEndElement() && labelStart >= 0 && --labelDepth == 0) {
            kept += QStringView(text).mid(copiedUpTo, labelStart - copiedUpTo);
            copiedUpTo = reader.characterOffset();
            labelStart = -1;
        }
    }
    if (reader.hasError()) {
        tileSlugs->clear();
        return svg;
    }
    kept += QStringView(text).mid(copiedUpTo);
    return kept.toUtf8();
}

QColor FigureMarkup::paper(bool dark)
{
    return dark ? QColor(0x26, 0x28, 0x2c) : QColor(0xfb, 0xf8, 0xf5);
}

QByteArray FigureMarkup::onDarkPaper(const QByteArray &svg)
{
    QByteArray dark = svg;
    const QByteArray darkPaper = QByteArray("\"") + paper(true).name().toUpper().toLatin1() + QByteArray("\"");
    return dark.replace("\"#FBF8F5\"", darkPaper)
        .replace("\"#1F2328\"", "\"#E6E6E6\"") // ink: title and legend
        .replace("\"#59636E\"", "\"#A9B1BA\""); // muted: subtitle and credit
}

QVector<FigureTile> FigureMarkup::tiles(const QSvgRenderer &renderer, const QStringList &slugs)
{
    QVector<FigureTile> tiles;
    for (const QString &slug : slugs) {
        const QRectF bounds = boundsOf(renderer, kTilePrefix + slug);
        if (bounds.isEmpty())
            continue;
        // The label fills the tile below the pictogram, a small margin in from its edges.
        const qreal margin = bounds.width() * 0.035;
        const QRectF icon = boundsOf(renderer, kIconPrefix + slug);
        const qreal top = icon.isEmpty() ? bounds.top() + margin : icon.bottom() + margin / 2;
        const QRectF room(QPointF(bounds.left() + margin, top), QPointF(bounds.right() - margin, bounds.bottom() - margin));
        tiles.push_back({slug, bounds, room.isValid() ? room : bounds});
    }
    return tiles;
}
