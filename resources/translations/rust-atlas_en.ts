<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AtlasDocumentBuilder</name>
    <message numerus="yes">
        <source>%n audience(s)</source>
        <translation>
            <numerusform>%n audience</numerusform>
            <numerusform>%n audiences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n categories</source>
        <translation>
            <numerusform>%n category</numerusform>
            <numerusform>%n categories</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and the %n categories that matter to this audience</source>
        <translation>
            <numerusform>and the %n category that matters to this audience</numerusform>
            <numerusform>and the %n categories that matter to this audience</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s)</source>
        <translation>
            <numerusform>%n chapter</numerusform>
            <numerusform>%n chapters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n page(s)</source>
        <translation>
            <numerusform>in %n page</numerusform>
            <numerusform>in %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n note(s)</source>
        <translation>
            <numerusform>; %n note</numerusform>
            <numerusform>; %n notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s))</source>
        <translation>
            <numerusform>Wrote %1 (%n page)</numerusform>
            <numerusform>Wrote %1 (%n pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryModel</name>
    <message numerus="yes">
        <source>%1 — %2, %n page(s)
%3</source>
        <translation>
            <numerusform>%1 — %2, %n page
%3</numerusform>
            <numerusform>%1 — %2, %n pages
%3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n match(es) highlighted</source>
        <translation>
            <numerusform>%n match highlighted</numerusform>
            <numerusform>%n matches highlighted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PackStatus</name>
    <message numerus="yes">
        <source>Opened the %1 “%2” with %n problem(s); rust-atlas --check-content lists them</source>
        <translation>
            <numerusform>Opened the %1 “%2” with %n problem; rust-atlas --check-content lists them</numerusform>
            <numerusform>Opened the %1 “%2” with %n problems; rust-atlas --check-content lists them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 “%2” · %n page(s)</source>
        <translation>
            <numerusform>%1 “%2” · %n page</numerusform>
            <numerusform>%1 “%2” · %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading the %n page(s) of %1; titles follow when they are read</source>
        <translation>
            <numerusform>Reading the %n page of %1; titles follow when they are read</numerusform>
            <numerusform>Reading the %n pages of %1; titles follow when they are read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintController</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchIndexer</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of more than %n result(s)</source>
        <translation>
            <numerusform>%1 of more than %n result</numerusform>
            <numerusform>%1 of more than %n results</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n result(s)</source>
        <translation>
            <numerusform>%1 of %n result</numerusform>
            <numerusform>%1 of %n results</numerusform>
        </translation>
    </message>
</context>
</TS>
