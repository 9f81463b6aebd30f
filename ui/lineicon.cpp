// SPDX-License-Identifier: MIT
#include "lineicon.h"

#include "svgimage.h"

#include "windowstyle.h"

#include <QAbstractButton>
#include <QAction>
#include <QFile>
#include <QHash>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace {
constexpr char BundledName[] = "lineIconName";

/// Draws the SVG line drawing in one colour per mode, at the size asked for, when asked:
/// a window's icons cost nothing until they are shown.
class TintedEngine final : public QIconEngine
{
public:
    TintedEngine(QString path, QColor enabled, QColor disabled) : m_path(std::move(path)), m_enabled(enabled), m_disabled(disabled) { }

    QIconEngine *clone() const override { return new TintedEngine(m_path, m_enabled, m_disabled); }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        const QColor colour = mode == QIcon::Disabled ? m_disabled : m_enabled;
        const QString key = QStringLiteral("%1x%2:%3").arg(size.width()).arg(size.height()).arg(colour.name());
        if (const auto cached = m_cache.constFind(key); cached != m_cache.cend())
            return *cached;
        QSvgRenderer renderer(m_path);
        QImage image = SvgImage::draw(renderer, size);
        if (image.isNull())
            return {};
        QPainter painter(&image);
        // The drawing's shape, in one colour.
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(image.rect(), colour);
        painter.end();
        const QPixmap pixmap = QPixmap::fromImage(image);
        m_cache.insert(key, pixmap);
        return pixmap;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal dpr = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        QPixmap drawn = pixmap(rect.size() * dpr, mode, state);
        drawn.setDevicePixelRatio(dpr);
        painter->drawPixmap(rect, drawn);
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }

private:
    QString m_path;
    QColor m_enabled;
    QColor m_disabled;
    QHash<QString, QPixmap> m_cache;
};

void setIcon(QObject *target, const QIcon &icon)
{
    if (auto *action = qobject_cast<QAction *>(target))
        action->setIcon(icon);
    else if (auto *button = qobject_cast<QAbstractButton *>(target))
        button->setIcon(icon);
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
    return QIcon(new TintedEngine(path, enabledColour(palette), disabledColour(palette)));
}

void apply(QObject *target, const QString &name, const QPalette &palette)
{
    if (name.isEmpty())
        return;
    const bool themed = QIcon::hasThemeIcon(name);
    target->setProperty(BundledName, themed ? QString() : name);
    setIcon(target, themed ? QIcon::fromTheme(name) : make(name, palette));
}

void retint(QObject *root, const QPalette &palette)
{
    QList<QObject *> targets = root->findChildren<QObject *>();
    targets.prepend(root);
    for (QObject *target : std::as_const(targets)) {
        if (const QString name = target->property(BundledName).toString(); !name.isEmpty())
            setIcon(target, make(name, palette));
    }
}

} // namespace LineIcon
