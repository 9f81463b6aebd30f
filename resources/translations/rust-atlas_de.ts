<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Rust Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rust Atlas %1&lt;/h3&gt;&lt;p&gt;An offline atlas of who Rust is for and what Rust is used for.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Rust Atlas and its bundled content and figures: MIT licence.&lt;/p&gt;&lt;p&gt;Built with Qt %1 (LGPL-3.0) and md4c (MIT). Rust is a trademark of the Rust Foundation; this atlas is not affiliated with it.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtlasDocumentBuilder</name>
    <message>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no page “%1” in the atlas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The atlas has no pages to print for this choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rust Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 audiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and the category that matters to this audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and the %1 categories that matter to this audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p.&#xa0;%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AudienceTreeModel</name>
    <message>
        <source>Open the page “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to the section “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BrowserActions</name>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Rust Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryPane</name>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What Rust is used for: press Enter or double-click a tile to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories for %1 (%2 of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Load the content pack or Markdown folder DIR instead of the bundled pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the audience tree and the category grid as text, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the content pack (the bundled one, or DIR) and print each problem as file:line: message; exit with 1 when there are any.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the window offscreen to the PNG file FILE, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the page ID (e.g. audiences/students) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1400x880.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the dark palette.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An offline atlas of who Rust is for and what Rust is used for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for --check-content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; see --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --size &apos;%1&apos;; expected WIDTHxHEIGHT such as 1400x880</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content folder &apos;%1&apos; does not exist or is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1 page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Use the interface translation CODE (e.g. de, en) instead of the system language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the pages matching QUERY, best first, with snippets, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --search: at most N results (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --search: print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the whole atlas, a page (--page) or a section (--section) to the PDF file FILE, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --export-pdf: audiences, categories or all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --export-pdf: A4 or Letter (default: from the locale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --limit &apos;%1&apos;; expected a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --section &apos;%1&apos;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid --paper &apos;%1&apos;; expected one of: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page and --section cannot be combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no page &apos;%1&apos; in this content pack; see --list</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FigureDialog</name>
    <message>
        <source>Figure — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FigureView</name>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to see the figure large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or Space to see the figure large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure not available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text to find in the page, ignoring case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Audiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who Rust is for: choose an audience to see the categories it cares about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections of the current page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this &amp;page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not open “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no page “%1” in this content pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Rust Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 in the system browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open %1: no application handles it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search indexing progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) highlighted</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <source>Jump to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page does not exist in this content pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only http, https and mailto links open outside the atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>files are not opened from the atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link leads outside the content pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image not in the atlas: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing image: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaginatedPrinter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>Cannot export to %1: the paper size is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export to %1: the PDF could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current &amp;Audience…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All A&amp;udiences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All &amp;Categories…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Whole Atlas…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print &amp;Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Audiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Whole Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing printed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the selection of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not print “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print Preview – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported “%1” to %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>No results for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>Search index not built yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing the pages for search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a word to look for: words after a minus sign only leave pages out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still indexing the pages; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search is not available: the pages have not been indexed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a search failed on the old one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed because the search index is damaged; it will be rebuilt the next time this pack is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No matches yet; still indexing the pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pages match your search.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchIndexer</name>
    <message>
        <source>the old one was damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last indexing did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the old one was made by an older version of Rust Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the old one was made by a newer version of Rust Atlas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search indexing was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cache folder cannot be created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the cache folder is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there was none for this folder yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the index file is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the index file could not be updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search index up to date (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search index updated: %1 changed, %2 added, %3 removed (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the old index file cannot be replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search index rebuilt: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search index built: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search is unavailable: the index could not be built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search index built in memory (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search index kept in memory: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search topics (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all pages: words must all appear; use &quot;quotes&quot; for phrases, -word to exclude, OR for either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or click to open a result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search status</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) so far; still indexing…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
