// SPDX-License-Identifier: MIT
#pragma once

#include "markdown/parsedpage.h"

#include <QFont>
#include <QTextBrowser>

class QTimer;

class Catalogue;

/// Shows one page of the catalogue. Links are reported, never followed by the widget itself;
/// images load only from inside the content pack, and a missing one becomes a visible placeholder.
class PageView final : public QTextBrowser
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PageView)

public:
    static constexpr int MinZoom = 50;
    static constexpr int MaxZoom = 300;
    static constexpr int ZoomStep = 10;

    explicit PageView(const Catalogue &catalogue, QWidget *parent = nullptr);

    /// Shows pages of \a catalogue from now on (another pack); shows nothing until showPage().
    void setCatalogue(const Catalogue &catalogue);
    /// Shows \a pageId scrolled to \a anchor; returns false (and shows nothing new) if there is no such page.
    bool showPage(const QString &pageId, const QString &anchor = {});
    QString pageId() const { return m_pageId; }

    /// Marks every occurrence of \a terms (case-insensitive) and scrolls to the first one;
    /// returns how many were marked. Opening another page clears the marks.
    int highlightTerms(const QStringList &terms);

    /// The links and images of the shown page, resolved when it was read; the page's HTML
    /// carries their LinkTarget::href().
    const ParsedPage &content() const { return m_content; }

    /// What following the link @p target does, in a reader's words (the page's title, not its file).
    QString linkDescription(const LinkTarget &target) const;
    /// What "Copy Link Location" copies for @p target: a web address as it is; a page of the
    /// bundled atlas as "atlas:ID#section" (which --page opens); a page of a folder as the full
    /// file:// address of its Markdown file. Never a path relative to the page.
    QString linkToCopy(const LinkTarget &target) const;
    /// The code block at \a pos (viewport coordinates) as plain text, without mdBook's hidden
    /// lines (the page never shows them); empty outside code blocks.
    QString codeAt(const QPoint &pos) const;
    /// The anchor of the section at \a pos (the last heading above it); empty above the first.
    QString sectionAt(const QPoint &pos) const;

    int zoomPercent() const { return m_zoom; }
    /// The font at 100 % zoom.
    QFont baseFont() const { return m_baseFont; }
    void setBaseFont(const QFont &font);
    void setZoomPercent(int percent);

signals:
    void pageLinkActivated(const QString &pageId, const QString &anchor);
    void externalLinkActivated(const QUrl &url);
    void linkRefused(const QString &href, const QString &reason);
    void zoomChanged(int percent);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
    /// Copied text links as "Copy Link Location" does: other programs cannot follow the page's
    /// own addresses.
    QMimeData *createMimeDataFromSelection() const override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void onAnchorClicked(const QUrl &url);
    void render();
    /// render(), keeping the scroll position (a new zoom or font).
    void renderInPlace();
    QString readingLinks() const;
    QImage imageFor(const QString &path) const;
    QImage placeholder(const QString &text) const;
    QString altTextFor(const LinkTarget &target) const;
    /// Images are fitted to the width they are loaded for: loads them again for the new one.
    void refitImages();
    int imageWidth() const; ///< The widest an image is shown

    const Catalogue *m_catalogue;
    QString m_pageId;
    ParsedPage m_content;
    QFont m_baseFont;
    int m_zoom = 100;
    QList<QUrl> m_images; ///< The images the page shows, in the document's resources
    int m_fittedWidth = 0; ///< The width they were fitted to
    QTimer *m_refit; ///< Waits for a resize to settle
};
