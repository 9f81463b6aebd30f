// SPDX-License-Identifier: MIT
#include "pack/linkresolver.h"

#include <QTest>

Q_DECLARE_METATYPE(LinkTarget::Kind)

class TestLinkResolver : public QObject
{
    Q_OBJECT

private slots:
    void resolve_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("href");
        QTest::addColumn<LinkTarget::Kind>("kind");
        QTest::addColumn<QString>("pageId");
        QTest::addColumn<QString>("anchor");
        QTest::addColumn<QString>("path");
        using K = LinkTarget::Kind;
        QTest::newRow("sibling") << "index.md"
                                 << "who.md" << K::Page << "who"
                                 << ""
                                 << "who.md";
        QTest::newRow("parent folder") << "audiences/teams.md"
                                       << "../categories/Audio.md#why-rust-fits" << K::Page << "categories/audio"
                                       << "why-rust-fits"
                                       << "categories/Audio.md";
        QTest::newRow("same page anchor") << "a/b.md"
                                          << "#top" << K::Page << "a/b"
                                          << "top"
                                          << "a/b.md";
        QTest::newRow("image file") << "what.md"
                                    << "figures/x.svg" << K::File << ""
                                    << ""
                                    << "figures/x.svg";
        QTest::newRow("percent encoded") << "a.md"
                                         << "my%20page.md" << K::Page << "my page"
                                         << ""
                                         << "my page.md";
        QTest::newRow("pack absolute") << "a/b.md"
                                       << "/c.md" << K::Page << "c"
                                       << ""
                                       << "c.md";
        QTest::newRow("outside") << "a.md"
                                 << "../etc/passwd" << K::Outside << ""
                                 << ""
                                 << "../etc/passwd";
        QTest::newRow("outside deep") << "a/b.md"
                                      << "../../x.md" << K::Outside << ""
                                      << ""
                                      << "../x.md";
        QTest::newRow("empty") << "a.md"
                               << "" << K::Invalid << ""
                               << ""
                               << "";
        QTest::newRow("https") << "a.md"
                               << "https://www.rust-lang.org/" << K::External << ""
                               << ""
                               << "";
        QTest::newRow("mailto") << "a.md"
                                << "mailto:someone@example.org" << K::External << ""
                                << ""
                                << "";
        QTest::newRow("file scheme") << "a.md"
                                     << "file:///etc/passwd" << K::External << ""
                                     << ""
                                     << "";
        // Only resolution writes the canonical addresses: an author's "ra-page:" leads nowhere.
        QTest::newRow("own scheme written") << "a.md"
                                            << "RA-Page:secret" << K::Invalid << ""
                                            << ""
                                            << "";
    }
    void resolve()
    {
        QFETCH(QString, from);
        QFETCH(QString, href);
        QFETCH(LinkTarget::Kind, kind);
        QFETCH(QString, pageId);
        QFETCH(QString, anchor);
        QFETCH(QString, path);
        const LinkTarget target = LinkResolver::resolve(from, href);
        QCOMPARE(target.kind, kind);
        QCOMPARE(target.pageId, pageId);
        QCOMPARE(target.anchor, anchor);
        QCOMPARE(target.path, path);
        if (kind == LinkTarget::Kind::External)
            QCOMPARE(target.url.toString(), href);
    }

    void canonicalAddressLeadsBack_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("href");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("page") << "guide/a.md"
                              << "../intro.md#why"
                              << "ra-page:intro#why";
        QTest::newRow("spaces and hash") << "a.md"
                                         << "my%20notes/C%23%20tips.md#x%20y"
                                         << "ra-page:my%20notes/c%23%20tips#x%2520y"; // anchors stay as written
        QTest::newRow("file") << "a.md"
                              << "img/crab 1.png"
                              << "ra-file:img/crab%201.png";
        QTest::newRow("outside") << "a.md"
                                 << "../../std/index.html"
                                 << "ra-outside:../../std/index.html";
        QTest::newRow("web") << "a.md"
                             << "https://example.org/a%20b?q=1#f"
                             << "https://example.org/a%20b?q=1#f";
    }
    void canonicalAddressLeadsBack()
    {
        QFETCH(QString, from);
        QFETCH(QString, href);
        QFETCH(QString, canonical);
        const LinkTarget target = LinkResolver::resolve(from, href);
        QCOMPARE(target.href(), canonical);
        const LinkTarget back = LinkTarget::fromHref(canonical);
        QCOMPARE(back.kind, target.kind);
        QCOMPARE(back.pageId, target.pageId);
        QCOMPARE(back.anchor, target.anchor);
        QCOMPARE(back.url, target.url);
        if (target.kind != LinkTarget::Kind::Page)
            QCOMPARE(back.path, target.path);
        // As a QTextBrowser hands it back when it is clicked.
        QCOMPARE(LinkTarget::fromUrl(QUrl(canonical)).pageId, target.pageId);
    }

    void mayOpenExternally_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://www.rust-lang.org/" << true;
        QTest::newRow("http upper case") << "HTTP://example.org" << true;
        QTest::newRow("mailto") << "mailto:someone@example.org" << true;
        QTest::newRow("file") << "file:///etc/passwd" << false;
        QTest::newRow("javascript") << "javascript:alert(1)" << false;
        QTest::newRow("ftp") << "ftp://example.org/x" << false;
        QTest::newRow("data") << "data:text/html,hi" << false;
    }
    void mayOpenExternally()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(LinkResolver::mayOpenExternally(QUrl(url)), allowed);
    }
};

QTEST_GUILESS_MAIN(TestLinkResolver)
#include "tst_linkresolver.moc"
