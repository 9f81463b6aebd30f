<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Rust Atlas</source>
        <translation>Über Rust Atlas</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Rust Atlas %1&lt;/h3&gt;&lt;p&gt;An offline atlas of who Rust is for and what Rust is used for.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rust Atlas %1&lt;/h3&gt;&lt;p&gt;Ein Offline-Atlas darüber, für wen Rust gedacht ist und wofür Rust eingesetzt wird.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Rust Atlas and its bundled content and figures: MIT licence.&lt;/p&gt;&lt;p&gt;Built with Qt %1 (LGPL-3.0) and md4c (MIT). Rust is a trademark of the Rust Foundation; this atlas is not affiliated with it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Rust Atlas samt mitgelieferten Inhalten und Abbildungen: MIT-Lizenz.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %1 (LGPL-3.0) und md4c (MIT). Rust ist eine Marke der Rust Foundation; dieser Atlas steht in keiner Verbindung zu ihr.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>AtlasDocumentBuilder</name>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Rust Atlas</source>
        <translation>Rust Atlas</translation>
    </message>
    <message>
        <source>Image not available: %1</source>
        <translation>Bild nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>p.&#xa0;%1</source>
        <translation>S.&#xa0;%1</translation>
    </message>
    <message numerus="yes">
        <source>%n audience(s)</source>
        <translation>
            <numerusform>%n Zielgruppe</numerusform>
            <numerusform>%n Zielgruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n categories</source>
        <translation>
            <numerusform>%n Kategorie</numerusform>
            <numerusform>%n Kategorien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and the %n categories that matter to this audience</source>
        <translation>
            <numerusform>und die %n Kategorie, die für diese Zielgruppe zählt</numerusform>
            <numerusform>und die %n Kategorien, die für diese Zielgruppe zählen</numerusform>
        </translation>
    </message>
    <message>
        <source>Chapter %1</source>
        <translation>Kapitel %1</translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s)</source>
        <translation>
            <numerusform>%n Kapitel</numerusform>
            <numerusform>%n Kapitel</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AudienceMatrixModel</name>
    <message>
        <source>%1 and %2: not linked</source>
        <translation>%1 und %2: nicht verlinkt</translation>
    </message>
    <message>
        <source>%1 and %2: %3</source>
        <translation>%1 und %2: %3</translation>
    </message>
</context>
<context>
    <name>AudienceTreeModel</name>
    <message>
        <source>Open the page “%1”</source>
        <translation>Seite „%1“ öffnen</translation>
    </message>
    <message>
        <source>Jump to the section “%1”</source>
        <translation>Zum Abschnitt „%1“ springen</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>BookTreeBuilder</name>
    <message>
        <source>Not in the summary</source>
        <translation>Nicht im Inhaltsverzeichnis</translation>
    </message>
</context>
<context>
    <name>BookmarkController</name>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Lesezeichen</translation>
    </message>
    <message>
        <source>&amp;Bookmark This Page…</source>
        <translation>Diese Seite als &amp;Lesezeichen …</translation>
    </message>
    <message>
        <source>&amp;Manage Bookmarks…</source>
        <translation>Lesezeichen &amp;verwalten …</translation>
    </message>
    <message>
        <source>&amp;Import Bookmarks…</source>
        <translation>Lesezeichen &amp;importieren …</translation>
    </message>
    <message>
        <source>&amp;Export Bookmarks…</source>
        <translation>Lesezeichen &amp;exportieren …</translation>
    </message>
    <message>
        <source>The bookmarks file cannot be read</source>
        <translation>Die Lesezeichendatei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Bookmarked “%1”</source>
        <translation>Lesezeichen „%1“ gesetzt</translation>
    </message>
    <message>
        <source>Import Bookmarks</source>
        <translation>Lesezeichen importieren</translation>
    </message>
    <message>
        <source>XBEL bookmarks (*.xbel *.xml);;All files (*)</source>
        <translation>XBEL-Lesezeichen (*.xbel *.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export Bookmarks</source>
        <translation>Lesezeichen exportieren</translation>
    </message>
    <message>
        <source>XBEL bookmarks (*.xbel)</source>
        <translation>XBEL-Lesezeichen (*.xbel)</translation>
    </message>
    <message>
        <source>Bookmarks exported to %1</source>
        <translation>Lesezeichen nach %1 exportiert</translation>
    </message>
</context>
<context>
    <name>BookmarkDialog</name>
    <message>
        <source>Bookmark This Page</source>
        <translation>Diese Seite als Lesezeichen</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>Optional: a new folder in the one above</source>
        <translation>Wahlweise: ein neuer Ordner im obigen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>&amp;New folder:</source>
        <translation>N&amp;euer Ordner:</translation>
    </message>
</context>
<context>
    <name>BookmarkManager</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Manage Bookmarks</source>
        <translation>Lesezeichen verwalten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Leads to</source>
        <translation>Führt zu</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>Lesezeichen</translation>
    </message>
    <message>
        <source>New &amp;Folder</source>
        <translation>Neuer &amp;Ordner</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>New folder</source>
        <translation>Neuer Ordner</translation>
    </message>
</context>
<context>
    <name>BookmarkStore</name>
    <message>
        <source>The bookmarks in %1 cannot be read (%2); the file is left as it is.</source>
        <translation>Die Lesezeichen in %1 können nicht gelesen werden (%2); die Datei bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>it is larger than %1 MiB</source>
        <translation>sie ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>The bookmarks cannot be saved: the folder %1 cannot be created.</source>
        <translation>Die Lesezeichen können nicht gespeichert werden: Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The bookmarks cannot be saved to %1: %2</source>
        <translation>Die Lesezeichen können nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
    <message>
        <source>it is too large</source>
        <translation>sie ist zu groß</translation>
    </message>
</context>
<context>
    <name>BrowserActions</name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vorwärts</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>S&amp;tartseite</translation>
    </message>
    <message>
        <source>&amp;Find in Page…</source>
        <translation>Auf Seite &amp;suchen …</translation>
    </message>
    <message>
        <source>Find &amp;Next</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Find Pre&amp;vious</source>
        <translation>&amp;Rückwärts suchen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Rust Atlas</source>
        <translation>Ü&amp;ber Rust Atlas</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;Previous Page</source>
        <translation>&amp;Vorherige Seite</translation>
    </message>
    <message>
        <source>&amp;Next Page</source>
        <translation>&amp;Nächste Seite</translation>
    </message>
    <message>
        <source>Audiences × &amp;Categories…</source>
        <translation>Zielgruppen × &amp;Kategorien …</translation>
    </message>
    <message>
        <source>P&amp;references…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>This page cannot be read: %1</source>
        <translation>Diese Seite kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>CategoryPane</name>
    <message>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <source>Categories for %1 (%2 of %3)</source>
        <translation>Kategorien für %1 (%2 von %3)</translation>
    </message>
    <message>
        <source>All categories (%1)</source>
        <translation>Alle Kategorien (%1)</translation>
    </message>
    <message>
        <source>Compare “%1” With</source>
        <translation>„%1“ vergleichen mit</translation>
    </message>
    <message>
        <source>What Rust is used for: click a tile, or press Enter, to open it</source>
        <translation>Wofür Rust verwendet wird: zum Öffnen eine Kachel anklicken oder die Eingabetaste drücken</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Print the audience tree and the category grid as text, then exit.</source>
        <translation>Gibt den Zielgruppenbaum und das Kategorienraster als Text aus und beendet dann das Programm.</translation>
    </message>
    <message>
        <source>Check the content pack (the bundled one, or DIR) and print each problem as file:line: message; exit with 1 when there are any.</source>
        <translation>Prüft das Inhaltspaket (das mitgelieferte oder DIR) und gibt jedes Problem als Datei:Zeile: Meldung aus; endet mit dem Status 1, wenn es welche gibt.</translation>
    </message>
    <message>
        <source>Render the window offscreen to the PNG file FILE, then exit.</source>
        <translation>Zeichnet das Fenster ohne Bildschirmanzeige in die PNG-Datei FILE und beendet dann das Programm.</translation>
    </message>
    <message>
        <source>Open the page ID (e.g. audiences/students) first.</source>
        <translation>Öffnet zuerst die Seite ID (z. B. audiences/students).</translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1400x880.</source>
        <translation>Fenstergröße für --screenshot, z. B. 1400x880.</translation>
    </message>
    <message>
        <source>Use the dark palette.</source>
        <translation>Verwendet die dunkle Farbpalette.</translation>
    </message>
    <message>
        <source>An offline atlas of who Rust is for and what Rust is used for.</source>
        <translation>Ein Offline-Atlas darüber, für wen Rust gedacht ist und wofür Rust eingesetzt wird.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;; see --help</source>
        <translation>unerwartetes Argument „%1“; siehe --help</translation>
    </message>
    <message>
        <source>invalid --size &apos;%1&apos;; expected WIDTHxHEIGHT such as 1400x880</source>
        <translation>ungültiger Wert für --size: „%1“; erwartet wird BREITExHÖHE wie 1400x880</translation>
    </message>
    <message>
        <source>content folder &apos;%1&apos; does not exist or is not a folder</source>
        <translation>Inhaltsordner „%1“ existiert nicht oder ist kein Ordner</translation>
    </message>
    <message>
        <source>Use the interface translation CODE (e.g. de, en) instead of the system language.</source>
        <translation>Verwendet die Oberflächenübersetzung CODE (z. B. de, en) anstelle der Systemsprache.</translation>
    </message>
    <message>
        <source>Print the pages matching QUERY, best first, with snippets, then exit.</source>
        <translation>Gibt die zu QUERY passenden Seiten mit Textauszügen aus, die besten zuerst, und beendet dann das Programm.</translation>
    </message>
    <message>
        <source>With --search: at most N results (default 10).</source>
        <translation>Mit --search: höchstens N Ergebnisse (Standard: 10).</translation>
    </message>
    <message>
        <source>With --search: print JSON.</source>
        <translation>Mit --search: Ausgabe als JSON.</translation>
    </message>
    <message>
        <source>With --export-pdf: A4 or Letter (default: from the locale).</source>
        <translation>Mit --export-pdf: A4 oder Letter (Standard: nach Gebietsschema).</translation>
    </message>
    <message>
        <source>invalid --limit &apos;%1&apos;; expected a positive number</source>
        <translation>ungültiger Wert für --limit: „%1“; erwartet wird eine positive Zahl</translation>
    </message>
    <message>
        <source>invalid --paper &apos;%1&apos;; expected one of: %2</source>
        <translation>ungültiger Wert für --paper: „%1“; erlaubt sind: %2</translation>
    </message>
    <message>
        <source>--page and --section cannot be combined</source>
        <translation>--page und --section können nicht kombiniert werden</translation>
    </message>
    <message>
        <source>no page &apos;%1&apos; in this content pack; see --list</source>
        <translation>keine Seite „%1“ in diesem Inhaltspaket; siehe --list</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>%1 geschrieben (%n Seite)</numerusform>
            <numerusform>%1 geschrieben (%n Seiten)</numerusform>
        </translation>
    </message>
    <message>
        <source>With --check-content: fail on notes too (links that leave the pack).</source>
        <translation>Mit --check-content: auch bei Hinweisen scheitern (Links, die das Paket verlassen).</translation>
    </message>
    <message>
        <source>The folder to open (an mdBook, a notes vault, any folder of Markdown); the same as --content.</source>
        <translation>Der zu öffnende Ordner (ein mdBook, ein Notizen-Vault, ein beliebiger Markdown-Ordner); wie --content.</translation>
    </message>
    <message numerus="yes">
        <source>; %n note(s)</source>
        <translation>
            <numerusform>; %n Hinweis</numerusform>
            <numerusform>; %n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>Load the mdBook, notes vault or Markdown folder DIR instead of the bundled pack (with --search, several may be given).</source>
        <translation>Lädt das mdBook, den Notizen-Vault oder den Markdown-Ordner DIR statt des mitgelieferten Pakets (mit --search auch mehrere).</translation>
    </message>
    <message>
        <source>--content may be given more than once only with --search</source>
        <translation>--content darf nur mit --search mehrfach angegeben werden</translation>
    </message>
    <message>
        <source>With --list or --export-pdf: the audiences × categories table of an atlas instead (one row per audience; one landscape page).</source>
        <translation>Mit --list oder --export-pdf: stattdessen die Tabelle Zielgruppen × Kategorien eines Atlas (eine Zeile je Zielgruppe; eine Seite im Querformat).</translation>
    </message>
    <message>
        <source>With --export-pdf: the pages ID and ID2 side by side, section by section (--compare ID ID2).</source>
        <translation>Mit --export-pdf: die Seiten ID und ID2 nebeneinander, Abschnitt für Abschnitt (--compare ID ID2).</translation>
    </message>
    <message>
        <source>--compare needs two page ids, e.g. --compare categories/audio categories/robotics</source>
        <translation>--compare braucht zwei Seiten-IDs, z. B. --compare categories/audio categories/robotics</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n page(s)</source>
        <translation>
            <numerusform>in %n Seite</numerusform>
            <numerusform>in %n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Write the whole pack, a page (--page) or a section (--section) to the PDF file FILE, then exit.</source>
        <translation>Das ganze Paket, eine Seite (--page) oder einen Abschnitt (--section) in die PDF-Datei FILE schreiben und beenden.</translation>
    </message>
    <message>
        <source>With --export-pdf: all, audiences or categories, or the id of a chapter or folder (it and everything under it).</source>
        <translation>Mit --export-pdf: all, audiences oder categories, oder die Kennung eines Kapitels oder Ordners (mit allem darunter).</translation>
    </message>
    <message>
        <source>Print the bookmarks, folder by folder, then exit (1 when the bookmarks file cannot be read).</source>
        <translation>Die Lesezeichen Ordner für Ordner ausgeben und beenden (1, wenn die Lesezeichendatei nicht lesbar ist).</translation>
    </message>
    <message>
        <source>No bookmarks yet (%1).</source>
        <translation>Noch keine Lesezeichen (%1).</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare %1</source>
        <translation>Vergleich: %1</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>Als PDF &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>comparison.pdf</source>
        <translation>vergleich.pdf</translation>
    </message>
</context>
<context>
    <name>ComparisonDocument</name>
    <message>
        <source>no page &apos;%1&apos; in this content pack</source>
        <translation>keine Seite „%1“ in diesem Inhaltspaket</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>Export nach %1 nicht möglich: %2</translation>
    </message>
</context>
<context>
    <name>FigureCanvas</name>
    <message>
        <source>Figure not available</source>
        <translation>Abbildung nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>FigureDialog</name>
    <message>
        <source>Figure — %1</source>
        <translation>Abbildung — %1</translation>
    </message>
    <message>
        <source>Figure: %1</source>
        <translation>Abbildung: %1</translation>
    </message>
</context>
<context>
    <name>FigureView</name>
    <message>
        <source>Figure</source>
        <translation>Abbildung</translation>
    </message>
    <message>
        <source>Figure: %1</source>
        <translation>Abbildung: %1</translation>
    </message>
    <message>
        <source>Figure not available</source>
        <translation>Abbildung nicht verfügbar</translation>
    </message>
    <message>
        <source>%1 (not among the categories of the chosen audience)</source>
        <translation>%1 (nicht unter den Kategorien der gewählten Zielgruppe)</translation>
    </message>
    <message>
        <source>Show the figure large</source>
        <translation>Abbildung groß anzeigen</translation>
    </message>
    <message>
        <source>A map of the categories: use the arrow keys to choose one and Enter to open it</source>
        <translation>Eine Karte der Kategorien: mit den Pfeiltasten eine wählen, mit der Eingabetaste öffnen</translation>
    </message>
    <message>
        <source>Click beside the tiles to see the figure large</source>
        <translation>Neben die Kacheln klicken, um die Abbildung groß zu sehen</translation>
    </message>
    <message>
        <source>Not among the categories of the chosen audience</source>
        <translation>Nicht unter den Kategorien der gewählten Zielgruppe</translation>
    </message>
    <message>
        <source>Enlarge</source>
        <translation>Vergrößern</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Find previous match (Shift+Enter)</source>
        <translation>Vorherigen Treffer suchen (Umschalt+Enter)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Find next match (Enter)</source>
        <translation>Nächsten Treffer suchen (Enter)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Auf Seite suchen</translation>
    </message>
    <message>
        <source>Text to find in the page, ignoring case</source>
        <translation>Suchtext für diese Seite; Groß-/Kleinschreibung wird ignoriert</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>HistoryController</name>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Verlauf …</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Filter by title or page</source>
        <translation>Nach Titel oder Seite filtern</translation>
    </message>
    <message>
        <source>Filter history</source>
        <translation>Verlauf filtern</translation>
    </message>
    <message>
        <source>Pages visited</source>
        <translation>Besuchte Seiten</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Visited</source>
        <translation>Besucht</translation>
    </message>
    <message>
        <source>&amp;Clear History</source>
        <translation>Verlauf &amp;löschen</translation>
    </message>
    <message>
        <source>Rust Atlas</source>
        <translation>Rust Atlas</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Rust Atlas</source>
        <translation>Rust Atlas</translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>bundled with Rust Atlas</source>
        <translation>mit Rust Atlas geliefert</translation>
    </message>
    <message>
        <source>%1
The folder %2 cannot be found; remove it from the library or reconnect the drive.</source>
        <translation>%1
Der Ordner %2 ist nicht zu finden; entfernen Sie ihn aus der Bibliothek oder schließen Sie das Laufwerk wieder an.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, %n page(s)
%3</source>
        <translation>
            <numerusform>%1 — %2, %n Seite
%3</numerusform>
            <numerusform>%1 — %2, %n Seiten
%3</numerusform>
        </translation>
    </message>
    <message>
        <source>Last opened %1</source>
        <translation>Zuletzt geöffnet %1</translation>
    </message>
</context>
<context>
    <name>LibraryPane</name>
    <message>
        <source>&amp;Open Folder…</source>
        <translation>Ordner ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Close Pack</source>
        <translation>Paket s&amp;chließen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open a Folder of Markdown</source>
        <translation>Einen Markdown-Ordner öffnen</translation>
    </message>
    <message>
        <source>Open an mdBook, a notes vault or any folder of Markdown (Ctrl+O)</source>
        <translation>Ein mdBook, einen Notizen-Vault oder einen beliebigen Markdown-Ordner öffnen (Strg+O)</translation>
    </message>
    <message>
        <source>Close the pack on screen; it stays in the library</source>
        <translation>Das angezeigte Paket schließen; es bleibt in der Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Your packs: choose one to read it; right-click to close or remove it</source>
        <translation>Ihre Pakete: eines wählen, um es zu lesen; Rechtsklick zum Schließen oder Entfernen</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>No other packs yet</source>
        <translation>Noch keine anderen Pakete</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Remove from Library</source>
        <translation>Aus der Bibliothek entfernen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Who Rust is for: choose an audience to see the categories it cares about</source>
        <translation>Für wen Rust gedacht ist: Zielgruppe auswählen, um die für sie wichtigen Kategorien zu sehen</translation>
    </message>
    <message>
        <source>On this page</source>
        <translation>Auf dieser Seite</translation>
    </message>
    <message>
        <source>Sections of the current page</source>
        <translation>Abschnitte der aktuellen Seite</translation>
    </message>
    <message>
        <source>&amp;Audiences</source>
        <translation>&amp;Zielgruppen</translation>
    </message>
    <message>
        <source>On this &amp;page</source>
        <translation>Auf dieser &amp;Seite</translation>
    </message>
    <message>
        <source>Zoom %1%</source>
        <translation>Zoom %1&#xa0;%</translation>
    </message>
    <message>
        <source>Did not open “%1”: %2</source>
        <translation>„%1“ wurde nicht geöffnet: %2</translation>
    </message>
    <message>
        <source>%1 — Rust Atlas</source>
        <translation>%1 — Rust Atlas</translation>
    </message>
    <message>
        <source>Opened %1 in the system browser</source>
        <translation>%1 im Standardbrowser geöffnet</translation>
    </message>
    <message>
        <source>Could not open %1: no application handles it</source>
        <translation>%1 konnte nicht geöffnet werden: keine passende Anwendung vorhanden</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) highlighted</source>
        <translation>
            <numerusform>%n Treffer hervorgehoben</numerusform>
            <numerusform>%n Treffer hervorgehoben</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>The book&apos;s chapters in reading order</source>
        <translation>Die Kapitel des Buchs in Lesereihenfolge</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>The notes by folder, then by tag</source>
        <translation>Die Notizen nach Ordner, dann nach Schlagwort</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>&amp;Seiten</translation>
    </message>
    <message>
        <source>The folder&apos;s pages</source>
        <translation>Die Seiten des Ordners</translation>
    </message>
    <message>
        <source>The folder %1 cannot be found; it may be on a drive that is not connected</source>
        <translation>Der Ordner %1 ist nicht zu finden; vielleicht liegt er auf einem nicht angeschlossenen Laufwerk</translation>
    </message>
    <message>
        <source>The folder %1 is gone; its pack is marked missing in the library</source>
        <translation>Der Ordner %1 ist verschwunden; sein Paket ist in der Bibliothek als fehlend markiert</translation>
    </message>
    <message>
        <source>Reloaded “%1” after a change on disk</source>
        <translation>„%1“ nach einer Änderung auf der Festplatte neu geladen</translation>
    </message>
</context>
<context>
    <name>MatrixDialog</name>
    <message>
        <source>Audiences × Categories</source>
        <translation>Zielgruppen × Kategorien</translation>
    </message>
    <message>
        <source>Audiences and the categories their pages link to</source>
        <translation>Zielgruppen und die Kategorien, auf die ihre Seiten verweisen</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>Als PDF &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>audiences-and-categories.pdf</source>
        <translation>zielgruppen-und-kategorien.pdf</translation>
    </message>
</context>
<context>
    <name>MatrixDocument</name>
    <message>
        <source>Audiences × categories</source>
        <translation>Zielgruppen × Kategorien</translation>
    </message>
    <message>
        <source>%1 marks a category that the audience&apos;s page links to.</source>
        <translation>%1 markiert eine Kategorie, auf die die Seite der Zielgruppe verweist.</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>There is no page “%1” in this content pack</source>
        <translation>In diesem Inhaltspaket gibt es keine Seite „%1“</translation>
    </message>
    <message>
        <source>Opened “%1”</source>
        <translation>„%1“ geöffnet</translation>
    </message>
</context>
<context>
    <name>OpenPack</name>
    <message>
        <source>Reading the pages before indexing them…</source>
        <translation>Die Seiten werden gelesen, danach indiziert …</translation>
    </message>
</context>
<context>
    <name>OutlineModel</name>
    <message>
        <source>Jump to “%1”</source>
        <translation>Zu „%1“ springen</translation>
    </message>
</context>
<context>
    <name>OutlineView</name>
    <message>
        <source>This page has no sections.</source>
        <translation>Diese Seite hat keine Abschnitte.</translation>
    </message>
</context>
<context>
    <name>PackCache</name>
    <message>
        <source>the cache folder %1 cannot be created</source>
        <translation>der Cache-Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the pack cache cannot be written: %1</source>
        <translation>der Cache des Pakets kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the pack cache cannot be replaced</source>
        <translation>der Cache des Pakets kann nicht ersetzt werden</translation>
    </message>
</context>
<context>
    <name>PackKind</name>
    <message>
        <source>atlas</source>
        <translation>Atlas</translation>
    </message>
    <message>
        <source>book</source>
        <translation>Buch</translation>
    </message>
    <message>
        <source>notes vault</source>
        <translation>Notizen-Vault</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
</context>
<context>
    <name>PackStatus</name>
    <message>
        <source>Indexing %p%</source>
        <translation>Indizierung %p&#xa0;%</translation>
    </message>
    <message>
        <source>Search indexing progress</source>
        <translation>Fortschritt der Suchindizierung</translation>
    </message>
    <message>
        <source>The open pack: its kind, title and size</source>
        <translation>Das geöffnete Paket: Art, Titel und Umfang</translation>
    </message>
    <message numerus="yes">
        <source>%1 “%2” · %n page(s)</source>
        <translation>
            <numerusform>%1 „%2“ · %n Seite</numerusform>
            <numerusform>%1 „%2“ · %n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Opened the %1 “%2”</source>
        <translation>%1 „%2“ geöffnet</translation>
    </message>
    <message numerus="yes">
        <source>Opened the %1 “%2” with %n problem(s); rust-atlas --check-content lists them</source>
        <translation>
            <numerusform>%1 „%2“ geöffnet, mit %n Problem; rust-atlas --check-content listet es auf</numerusform>
            <numerusform>%1 „%2“ geöffnet, mit %n Problemen; rust-atlas --check-content listet sie auf</numerusform>
        </translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>The folder %1 holds no Markdown pages (.md or .markdown files)</source>
        <translation>Der Ordner %1 enthält keine Markdown-Seiten (.md- oder .markdown-Dateien)</translation>
    </message>
    <message>
        <source>Reading pages…</source>
        <translation>Seiten werden gelesen …</translation>
    </message>
    <message numerus="yes">
        <source>Reading the %n page(s) of %1; titles follow when they are read</source>
        <translation>
            <numerusform>Die %n Seite von %1 wird gelesen; der Titel folgt danach</numerusform>
            <numerusform>Die %n Seiten von %1 werden gelesen; die Titel folgen danach</numerusform>
        </translation>
    </message>
    <message>
        <source>The pack opens more slowly next time: %1</source>
        <translation>Das Paket öffnet beim nächsten Mal langsamer: %1</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>the page does not exist in this content pack</source>
        <translation>die Seite gibt es in diesem Inhaltspaket nicht</translation>
    </message>
    <message>
        <source>only http, https and mailto links open outside the atlas</source>
        <translation>nur http-, https- und mailto-Links werden außerhalb des Atlas geöffnet</translation>
    </message>
    <message>
        <source>files are not opened from the atlas</source>
        <translation>Dateien werden aus dem Atlas heraus nicht geöffnet</translation>
    </message>
    <message>
        <source>the link leads outside the content pack</source>
        <translation>der Link führt aus dem Inhaltspaket hinaus</translation>
    </message>
    <message>
        <source>Image not in the atlas: %1</source>
        <translation>Bild nicht im Atlas enthalten: %1</translation>
    </message>
    <message>
        <source>Missing image: %1</source>
        <translation>Fehlendes Bild: %1</translation>
    </message>
    <message>
        <source>← Previous: %1</source>
        <translation>← Zurück: %1</translation>
    </message>
    <message>
        <source>Next: %1 →</source>
        <translation>Weiter: %1 →</translation>
    </message>
    <message>
        <source>Missing page: %1</source>
        <translation>Fehlende Seite: %1</translation>
    </message>
    <message>
        <source>Go to “%1” on this page</source>
        <translation>Zu „%1“ auf dieser Seite</translation>
    </message>
    <message>
        <source>Go to “%1”</source>
        <translation>Zu „%1“</translation>
    </message>
    <message>
        <source>Open %1 in the browser</source>
        <translation>%1 im Browser öffnen</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>Nicht geöffnet: %1</translation>
    </message>
    <message>
        <source>Copy Code</source>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>Copy Link to This Section</source>
        <translation>Link zu diesem Abschnitt kopieren</translation>
    </message>
    <message>
        <source>Image cannot be shown: %1</source>
        <translation>Bild kann nicht angezeigt werden: %1</translation>
    </message>
</context>
<context>
    <name>PaginatedPrinter</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>PaperActions</name>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>Nothing could be printed.</source>
        <translation>Es konnte nichts gedruckt werden.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <source>Cannot export to %1: the paper size is not valid.</source>
        <translation>Export nach %1 nicht möglich: Das Papierformat ist ungültig.</translation>
    </message>
    <message>
        <source>Cannot export to %1: %2</source>
        <translation>Export nach %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot export to %1: the PDF could not be drawn.</source>
        <translation>Export nach %1 nicht möglich: Das PDF konnte nicht erzeugt werden.</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>The language is used from the next start.</source>
        <translation>Die Sprache gilt ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Farbschema:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Page &amp;font:</source>
        <translation>Seiten&amp;schrift:</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau …</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>Als PDF &amp;exportieren …</translation>
    </message>
    <message>
        <source>Current &amp;Audience…</source>
        <translation>Aktuelle &amp;Zielgruppe …</translation>
    </message>
    <message>
        <source>All A&amp;udiences…</source>
        <translation>&amp;Alle Zielgruppen …</translation>
    </message>
    <message>
        <source>All &amp;Categories…</source>
        <translation>Alle &amp;Kategorien …</translation>
    </message>
    <message>
        <source>&amp;Whole Atlas…</source>
        <translation>&amp;Gesamter Atlas …</translation>
    </message>
    <message>
        <source>Print &amp;Section</source>
        <translation>&amp;Abschnitt drucken</translation>
    </message>
    <message>
        <source>Audience “%1”…</source>
        <translation>Zielgruppe „%1“ …</translation>
    </message>
    <message>
        <source>All Audiences</source>
        <translation>Alle Zielgruppen</translation>
    </message>
    <message>
        <source>All Categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <source>The Whole Atlas</source>
        <translation>Gesamter Atlas</translation>
    </message>
    <message>
        <source>Nothing printed: %1</source>
        <translation>Nichts gedruckt: %1</translation>
    </message>
    <message>
        <source>the selection of “%1”</source>
        <translation>Auswahl aus „%1“</translation>
    </message>
    <message>
        <source>Printed %1 (%2)</source>
        <translation>Gedruckt: %1 (%2)</translation>
    </message>
    <message>
        <source>Could not print “%1”.</source>
        <translation>„%1“ konnte nicht gedruckt werden.</translation>
    </message>
    <message>
        <source>Print “%1”</source>
        <translation>„%1“ drucken</translation>
    </message>
    <message>
        <source>Print Preview – %1</source>
        <translation>Druckvorschau – %1</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Als PDF exportieren</translation>
    </message>
    <message>
        <source>page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Exported “%1” to %2 (%3)</source>
        <translation>„%1“ nach %2 exportiert (%3)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <comment>a quoted title</comment>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Current &amp;Chapter…</source>
        <translation>Aktuelles &amp;Kapitel …</translation>
    </message>
    <message>
        <source>Pages &amp;Tagged</source>
        <translation>Seiten mit &amp;Schlagwort</translation>
    </message>
    <message>
        <source>&amp;Whole Book…</source>
        <translation>&amp;Ganzes Buch …</translation>
    </message>
    <message>
        <source>&amp;All Pages…</source>
        <translation>&amp;Alle Seiten …</translation>
    </message>
    <message>
        <source>Chapter “%1” with Its Sections…</source>
        <translation>Kapitel „%1“ mit Unterkapiteln …</translation>
    </message>
    <message>
        <source>Current &amp;Folder…</source>
        <translation>Aktueller &amp;Ordner …</translation>
    </message>
    <message>
        <source>Folder “%1”…</source>
        <translation>Ordner „%1“ …</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintParts</name>
    <message>
        <source>There is no page “%1” in this pack.</source>
        <translation>In diesem Paket gibt es keine Seite „%1“.</translation>
    </message>
    <message>
        <source>There is no chapter or folder “%1” in this pack.</source>
        <translation>In diesem Paket gibt es kein Kapitel und keinen Ordner „%1“.</translation>
    </message>
    <message>
        <source>This pack has no pages to print for this choice.</source>
        <translation>Für diese Auswahl hat das Paket keine Seiten zum Drucken.</translation>
    </message>
</context>
<context>
    <name>SearchCommand</name>
    <message>
        <source>No results for “%1”.</source>
        <translation>Keine Ergebnisse für „%1“.</translation>
    </message>
    <message>
        <source>Did you mean: %1?</source>
        <translation>Meinten Sie: %1?</translation>
    </message>
    <message>
        <source>Showing results for “%1”</source>
        <translation>Ergebnisse für „%1“</translation>
    </message>
</context>
<context>
    <name>SearchIndex</name>
    <message>
        <source>Search index not built yet</source>
        <translation>Suchindex noch nicht erstellt</translation>
    </message>
    <message>
        <source>Indexing the pages for search…</source>
        <translation>Seiten werden für die Suche indiziert …</translation>
    </message>
    <message>
        <source>Add a word to look for: words after a minus sign only leave pages out.</source>
        <translation>Bitte ein Suchwort hinzufügen: Wörter mit vorangestelltem Minuszeichen schließen nur Seiten aus.</translation>
    </message>
    <message>
        <source>Type a word to search for.</source>
        <translation>Bitte ein Suchwort eingeben.</translation>
    </message>
    <message>
        <source>Still indexing the pages; try again in a moment.</source>
        <translation>Die Seiten werden noch indiziert; bitte gleich noch einmal versuchen.</translation>
    </message>
    <message>
        <source>Search is not available: the pages have not been indexed.</source>
        <translation>Die Suche ist nicht verfügbar: Die Seiten wurden nicht indiziert.</translation>
    </message>
    <message>
        <source>a search failed on the old one</source>
        <translation>eine Suche im alten ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Search failed because the search index is damaged; it will be rebuilt the next time this pack is opened.</source>
        <translation>Die Suche ist fehlgeschlagen, weil der Suchindex beschädigt ist; er wird beim nächsten Öffnen dieses Pakets neu erstellt.</translation>
    </message>
    <message>
        <source>No matches yet; still indexing the pages.</source>
        <translation>Noch keine Treffer; die Seiten werden noch indiziert.</translation>
    </message>
    <message>
        <source>No pages match your search.</source>
        <translation>Keine Seite passt zu Ihrer Suche.</translation>
    </message>
</context>
<context>
    <name>SearchIndexer</name>
    <message>
        <source>the old one was damaged</source>
        <translation>der alte war beschädigt</translation>
    </message>
    <message>
        <source>the last indexing did not finish</source>
        <translation>die letzte Indizierung wurde nicht abgeschlossen</translation>
    </message>
    <message>
        <source>the old one was made by an older version of Rust Atlas</source>
        <translation>der alte stammt von einer älteren Version von Rust Atlas</translation>
    </message>
    <message>
        <source>the old one was made by a newer version of Rust Atlas</source>
        <translation>der alte stammt von einer neueren Version von Rust Atlas</translation>
    </message>
    <message>
        <source>Search indexing was cancelled</source>
        <translation>Die Suchindizierung wurde abgebrochen</translation>
    </message>
    <message>
        <source>the cache folder cannot be created</source>
        <translation>der Cache-Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>the cache folder is read-only</source>
        <translation>der Cache-Ordner ist schreibgeschützt</translation>
    </message>
    <message>
        <source>there was none for this folder yet</source>
        <translation>für diesen Ordner gab es noch keinen</translation>
    </message>
    <message>
        <source>the index file is read-only</source>
        <translation>die Indexdatei ist schreibgeschützt</translation>
    </message>
    <message>
        <source>the index file could not be updated</source>
        <translation>die Indexdatei konnte nicht aktualisiert werden</translation>
    </message>
    <message>
        <source>Search index up to date (%1)</source>
        <translation>Suchindex ist aktuell (%1)</translation>
    </message>
    <message>
        <source>Search index updated: %1 changed, %2 added, %3 removed (%4)</source>
        <translation>Suchindex aktualisiert: %1 geändert, %2 hinzugefügt, %3 entfernt (%4)</translation>
    </message>
    <message>
        <source>the old index file cannot be replaced</source>
        <translation>die alte Indexdatei kann nicht ersetzt werden</translation>
    </message>
    <message>
        <source>Search index rebuilt: %1 (%2)</source>
        <translation>Suchindex neu erstellt: %1 (%2)</translation>
    </message>
    <message>
        <source>Search index built: %1 (%2)</source>
        <translation>Suchindex erstellt: %1 (%2)</translation>
    </message>
    <message>
        <source>Search is unavailable: the index could not be built</source>
        <translation>Suche nicht verfügbar: Der Index konnte nicht erstellt werden</translation>
    </message>
    <message>
        <source>Search is ready (%1)</source>
        <translation>Suche bereit (%1)</translation>
    </message>
    <message>
        <source>Search works until Rust Atlas is closed: %1 (%2)</source>
        <translation>Suche funktioniert, bis Rust Atlas geschlossen wird: %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <source>Search topics (Ctrl+K)</source>
        <translation>Themen suchen (Strg+K)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Search all pages: words must all appear; use &quot;quotes&quot; for phrases, -word to exclude, OR for either</source>
        <translation>Alle Seiten durchsuchen: Alle Wörter müssen vorkommen; &quot;Anführungszeichen&quot; für Wortgruppen, -Wort zum Ausschließen, OR für Alternativen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Press Enter or click to open a result</source>
        <translation>Eingabetaste drücken oder klicken, um ein Ergebnis zu öffnen</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Suchstatus</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n Ergebnis</numerusform>
            <numerusform>%n Ergebnisse</numerusform>
        </translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation>Keine Ergebnisse für „%1“.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
    <message>
        <source>This pack</source>
        <translation>Dieses Paket</translation>
    </message>
    <message>
        <source>All open packs</source>
        <translation>Alle geöffneten Pakete</translation>
    </message>
    <message>
        <source>Search in</source>
        <translation>Suchen in</translation>
    </message>
    <message>
        <source>Search the pack on screen, or every pack open in the library</source>
        <translation>Das angezeigte Paket durchsuchen oder jedes in der Bibliothek geöffnete Paket</translation>
    </message>
    <message numerus="yes">
        <source>%1 of more than %n result(s)</source>
        <translation>
            <numerusform>%1 von mehr als %n Ergebnis</numerusform>
            <numerusform>%1 von mehr als %n Ergebnissen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n result(s)</source>
        <translation>
            <numerusform>%1 von %n Ergebnis</numerusform>
            <numerusform>%1 von %n Ergebnissen</numerusform>
        </translation>
    </message>
    <message>
        <source>still indexing…</source>
        <translation>Indizierung läuft noch…</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Mehr anzeigen</translation>
    </message>
    <message>
        <source>Showing results for %1</source>
        <translation>Ergebnisse für %1</translation>
    </message>
    <message>
        <source>Search instead for %1</source>
        <translation>Stattdessen nach %1 suchen</translation>
    </message>
</context>
<context>
    <name>SearchResultModel</name>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
</context>
<context>
    <name>TabController</name>
    <message>
        <source>Open pages</source>
        <translation>Geöffnete Seiten</translation>
    </message>
    <message>
        <source>&amp;Duplicate Tab</source>
        <translation>Tab &amp;duplizieren</translation>
    </message>
    <message>
        <source>Close &amp;Other Tabs</source>
        <translation>&amp;Andere Tabs schließen</translation>
    </message>
    <message>
        <source>&amp;Close Tab</source>
        <translation>Tab &amp;schließen</translation>
    </message>
    <message>
        <source>New &amp;Tab</source>
        <translation>Neuer &amp;Tab</translation>
    </message>
    <message>
        <source>&amp;Reopen Closed Tab</source>
        <translation>Geschlossenen Tab &amp;wieder öffnen</translation>
    </message>
    <message>
        <source>&amp;Next Tab</source>
        <translation>&amp;Nächster Tab</translation>
    </message>
    <message>
        <source>&amp;Previous Tab</source>
        <translation>&amp;Vorheriger Tab</translation>
    </message>
</context>
<context>
    <name>ToolAction</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>TreeBuilder</name>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
</context>
<context>
    <name>Xbel</name>
    <message>
        <source>the file is larger than %1 MiB</source>
        <translation>die Datei ist größer als %1 MiB</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>this is no XBEL file (it starts with &lt;%1&gt;)</source>
        <translation>dies ist keine XBEL-Datei (sie beginnt mit &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>XBEL version %1 is not supported</source>
        <translation>XBEL-Version %1 wird nicht unterstützt</translation>
    </message>
    <message>
        <source>folders are nested deeper than %1</source>
        <translation>Ordner sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
</context>
</TS>
