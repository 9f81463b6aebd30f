// SPDX-License-Identifier: MIT
#include "lineicon.h"

#include "windowstyle.h"

#include <QAction>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace {
constexpr char BundledName[] = "lineIconName";

QPixmap tinted(QSvgRenderer &renderer, int side, qreal dpr, const QColor &colour)
{
    QImage image(QSize(side, side) * dpr, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    renderer.render(&painter);
    // The drawing's shape, in one colour.
    painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
    painter.fillRect(image.rect(), colour);
    painter.end();
    image.setDevicePixelRatio(dpr);
    return QPixmap::fromImage(image);
}
} // namespace

namespace LineIcon {

QColor enabledColour(const QPalette &palette)
{
    return palette.color(QPalette::Active, QPalette::ButtonText);
}

QColor disabledColour(const QPalette &palette)
{
    return WindowStyle::mix(enabledColour(palette), palette.color(QPalette::Active, QPalette::Button), 0.6);
}

QIcon make(const QString &name, const QPalette &palette)
{
    const QString path = QStringLiteral(":/icons/") + name + QStringLiteral(".svg");
    if (!QFile::exists(path))
        return {};
    QSvgRenderer renderer(path);
    if (!renderer.isValid())
        return {};
    QIcon icon;
    for (const int side : {16, 22, 24, 32}) {
        for (const qreal dpr : {1.0, 2.0}) {
            icon.addPixmap(tinted(renderer, side, dpr, enabledColour(palette)), QIcon::Normal);
            icon.addPixmap(tinted(renderer, side, dpr, disabledColour(palette)), QIcon::Disabled);
        }
    }
    return icon;
}

void apply(QAction *action, const QString &name, const QPalette &palette)
{
    if (name.isEmpty())
        return;
    if (QIcon::hasThemeIcon(name)) {
        action->setIcon(QIcon::fromTheme(name));
        return;
    }
    action->setProperty(BundledName, name);
    action->setIcon(make(name, palette));
}

void retint(const QObject *root, const QPalette &palette)
{
    for (QAction *action : root->findChildren<QAction *>()) {
        if (const QString name = action->property(BundledName).toString(); !name.isEmpty())
            action->setIcon(make(name, palette));
    }
}

} // namespace LineIcon
