// SPDX-License-Identifier: MIT
#pragma once

// Packs and result helpers shared by the search tests (tst_searchindex, tst_indexstore,
// tst_searchindexer): one copy, so every executable indexes the same pages.

#include "search/searchresult.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTest>

namespace SearchTestPack {

using Files = QMap<QString, QByteArray>;

inline void writeFiles(const QString &root, const Files &files)
{
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString path = QDir(root).filePath(it.key());
        QVERIFY(QDir().mkpath(QFileInfo(path).path()));
        QFile file(path);
        QVERIFY2(file.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
        QCOMPARE(file.write(it.value()), it.value().size());
    }
}

/// A small pack whose pages each test one rule of ranking, matching or sections.
inline Files zooPack()
{
    return {
        // Alike in length; the body page says "zephyr" three times. Only the column weights
        // (title 10, headings 4, body 1) put the title page first and the heading page second.
        {QStringLiteral("zephyr.md"), "# Zephyr guide\n\nA short page about the winds that blow over the hills in spring.\n"},
        {QStringLiteral("winds.md"), "# Winds\n\nThe winds blow.\n\n## Zephyr season\n\nWarm air arrives over the hills in spring.\n"},
        {QStringLiteral("weather.md"), "# Weather notes\n\nThe zephyr blew; a zephyr is a warm zephyr over the hills.\n"},
        {QStringLiteral("phrase.md"), "# Guarantees\n\nThe memory safety of the language matters.\n"},
        {QStringLiteral("scattered.md"), "# Scattered\n\nThe safety of memory is discussed here.\n"},
        {QStringLiteral("athletics.md"), "# Athletics\n\nShe was running along the track.\n"},
        {QStringLiteral("quokka.md"), "# Quokka\n\nA small marsupial that smiles.\n"},
        {QStringLiteral("kangaroo.md"), "# Kangaroo\n\nA large marsupial, always hopping.\n"},
        // The snippet shows the second section, where the word is dense; the first match is in the first.
        {QStringLiteral("stripes.md"),
         "# Stripes\n\n## First sighting\n\nOne zebra.\n\n## Herd\n\n"
         "Zebra after zebra, a zebra crossing with zebra foals and zebra mares.\n"},
        {QStringLiteral("links.md"), "# Links\n\nRead [the visible text](https://example.org/hiddenurlword) now.\n"},
        {QStringLiteral("wombat.md"), "# Burrowers\n\nThe wombat digs.\n"},
        {QStringLiteral("platypus.md"), "# Odd ones\n\nThe platypus lays eggs.\n"},
        {QStringLiteral("operators.md"), "# Operators\n\nIn C, `a < b && c > d` is an escapeword example with \"quotes\".\n"},
        {QStringLiteral("sections.md"),
         "# Field guide\n\nIntro paragraph of the guide.\n\n## Getting started\n\nNothing here.\n\n"
         "## Installing the feeder\n\nPlace the numbat feeder near the fence.\n\n"
         "## Cleaning\n\nWash it with water.\n"},
    };
}

inline QStringList ids(const SearchResults &found)
{
    QStringList out;
    for (const SearchResult &result : found.results)
        out << result.pageId;
    return out;
}

/// The user must never read about SQL, FTS5 or their errors.
inline bool soundsFriendly(const QString &message)
{
    static const QRegularExpression technical(QStringLiteral("sql|fts|syntax|parse|malformed|error|near \""),
                                              QRegularExpression::CaseInsensitiveOption);
    return !message.contains(technical);
}

/// \a pages pages named page-0000.md and up, each with its own "topicN" word and 30 lines of
/// "filler" shared by all: enough text for indexing to take a while and for ranking to be tested.
inline void writeLargePack(const QString &root, int pages, const QByteArray &extra = {})
{
    Files files;
    for (int i = 0; i < pages; ++i) {
        const QByteArray n = QByteArray::number(i);
        QByteArray text = "# Page " + n + "\n\nThis page is about topic" + n + " " + extra + ".\n\n## Details\n\n";
        for (int k = 0; k < 30; ++k)
            text += "Filler sentence number " + QByteArray::number(k) + " with common words about rust and memory.\n";
        files.insert(QStringLiteral("page-%1.md").arg(i, 4, 10, QLatin1Char('0')), text);
    }
    writeFiles(root, files);
}

} // namespace SearchTestPack
