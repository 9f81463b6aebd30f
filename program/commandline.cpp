// SPDX-License-Identifier: MIT
#include "commandline.h"

#include "bookmarks/bookmarkstore.h"

#include "content/catalogue.h"
#include "content/catalogueformatter.h"
#include "library/library.h"
#include "library/packcache.h"
#include "models/audiencematrixmodel.h"
#include "print/comparisondocument.h"
#include "print/matrixdocument.h"
#include "print/pdfexporter.h"
#include "searchcommand.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>
#include <QUrl>

#include <functional>

CommandLine::CommandLine()
    : m_content(
        QStringLiteral("content"),
        QCoreApplication::translate(
            "CommandLine",
            "Load the mdBook, notes vault or Markdown folder DIR instead of the bundled pack (with --search, several may be given)."),
        QStringLiteral("DIR")),
      m_list(QStringLiteral("list"),
             QCoreApplication::translate("CommandLine", "Print the audience tree and the category grid as text, then exit.")),
      m_checkContent(QStringLiteral("check-content"),
                     QCoreApplication::translate("CommandLine",
                                                 "Check the content pack (the bundled one, or DIR) and print each problem as file:line: "
                                                 "message; exit with 1 when there are any.")),
      m_screenshot(QStringLiteral("screenshot"),
                   QCoreApplication::translate("CommandLine", "Render the window offscreen to the PNG file FILE, then exit."),
                   QStringLiteral("FILE")),
      m_page(QStringLiteral("page"), QCoreApplication::translate("CommandLine", "Open the page ID (e.g. audiences/students) first."),
             QStringLiteral("ID")),
      m_size(QStringLiteral("size"), QCoreApplication::translate("CommandLine", "Window size for --screenshot, e.g. 1400x880."),
             QStringLiteral("WxH")),
      m_dark(QStringLiteral("dark"), QCoreApplication::translate("CommandLine", "Use the dark palette.")),
      m_lang(QStringLiteral("lang"),
             QCoreApplication::translate("CommandLine", "Use the interface translation CODE (e.g. de, en) instead of the system language."),
             QStringLiteral("CODE")),
      m_search(QStringLiteral("search"),
               QCoreApplication::translate("CommandLine", "Print the pages matching QUERY, best first, with snippets, then exit."),
               QStringLiteral("QUERY")),
      m_limit(QStringLiteral("limit"), QCoreApplication::translate("CommandLine", "With --search: at most N results (default 10)."),
              QStringLiteral("N"), QStringLiteral("10")),
      m_json(QStringLiteral("json"), QCoreApplication::translate("CommandLine", "With --search: print JSON.")),
      m_exportPdf(QStringLiteral("export-pdf"),
                  QCoreApplication::translate(
                      "CommandLine", "Write the whole pack, a page (--page) or a section (--section) to the PDF file FILE, then exit."),
                  QStringLiteral("FILE")),
      m_section(QStringLiteral("section"),
                QCoreApplication::translate(
                    "CommandLine",
                    "With --export-pdf: all, audiences or categories, or the id of a chapter or folder (it and everything under it)."),
                QStringLiteral("SECTION")),
      m_paper(QStringLiteral("paper"),
              QCoreApplication::translate("CommandLine", "With --export-pdf: A4 or Letter (default: from the locale)."),
              QStringLiteral("PAPER")),
      m_strict(QStringLiteral("strict"),
               QCoreApplication::translate("CommandLine", "With --check-content: fail on notes too (links that leave the pack).")),
      m_matrix(QStringLiteral("matrix"),
               QCoreApplication::translate("CommandLine",
                                           "With --list or --export-pdf: the audiences \u00d7 categories table of an atlas instead (one "
                                           "row per audience; one landscape page).")),
      m_compare(QStringLiteral("compare"),
                QCoreApplication::translate("CommandLine",
                                            "With --export-pdf: the pages ID and ID2 side by side, section by section (--compare ID ID2)."),
                QStringLiteral("ID")),
      m_bookmarks(QStringLiteral("bookmarks"),
                  QCoreApplication::translate(
                      "CommandLine", "Print the bookmarks, folder by folder, then exit (1 when the bookmarks file cannot be read)."))
{
    m_parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "An offline atlas of who Rust is for and what Rust is used for."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({m_content, m_list, m_checkContent, m_screenshot, m_page, m_size, m_dark, m_lang, m_search, m_limit, m_json,
                         m_exportPdf, m_section, m_paper, m_strict, m_matrix, m_compare, m_bookmarks});
    m_parser.addPositionalArgument(
        QStringLiteral("DIR"),
        QCoreApplication::translate("CommandLine",
                                    "The folder to open (an mdBook, a notes vault, any folder of Markdown); the same as --content."),
        QStringLiteral("[DIR]"));
}

CommandLine::Mode CommandLine::modeFor(const QStringList &arguments)
{
    static const QStringList console = {QStringLiteral("--list"),      QStringLiteral("--check-content"), QStringLiteral("--search"),
                                        QStringLiteral("--bookmarks"), QStringLiteral("--help"),          QStringLiteral("-h"),
                                        QStringLiteral("--help-all"),  QStringLiteral("--version"),       QStringLiteral("-v")};
    const auto has = [&arguments](const QStringList &names) {
        return std::any_of(arguments.cbegin() + 1, arguments.cend(),
                           [&names](const QString &argument) { return names.contains(argument.section(u'=', 0, 0)); });
    };
    if (has(console))
        return Mode::Console;
    return has({QStringLiteral("--export-pdf")}) ? Mode::Document : Mode::Window;
}

QString CommandLine::peekValue(const QStringList &arguments, const QString &name)
{
    const QString option = QStringLiteral("--") + name;
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == option && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(option + u'='))
            return arguments.at(i).mid(option.size() + 1);
    }
    return {};
}

std::optional<int> CommandLine::process(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    const auto fail = [&err](const QString &message) {
        err << QCoreApplication::applicationName() << ": " << message << Qt::endl;
        return 1;
    };
    if (!m_parser.parse(arguments))
        return fail(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        out << m_parser.helpText();
        return 0;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() > 1 || (positional.size() == 1 && m_parser.isSet(m_content)))
        return fail(QCoreApplication::translate("CommandLine", "unexpected argument '%1'; see --help").arg(positional.last()));
    if (m_parser.values(m_content).size() > 1 && !m_parser.isSet(m_search))
        return fail(QCoreApplication::translate("CommandLine", "--content may be given more than once only with --search"));
    bool limitOk = false;
    if (m_parser.value(m_limit).toInt(&limitOk) < 1 || !limitOk)
        return fail(
            QCoreApplication::translate("CommandLine", "invalid --limit '%1'; expected a positive number").arg(m_parser.value(m_limit)));
    if (m_parser.isSet(m_paper) && !PdfExporter::pageSizeFromName(m_parser.value(m_paper)).isValid())
        return fail(QCoreApplication::translate("CommandLine", "invalid --paper '%1'; expected one of: %2")
                        .arg(m_parser.value(m_paper), PdfExporter::pageSizeNames().join(QStringLiteral(", "))));
    if (m_parser.isSet(m_section) && m_parser.isSet(m_page))
        return fail(QCoreApplication::translate("CommandLine", "--page and --section cannot be combined"));
    if (m_parser.isSet(m_size) && !windowSize().isValid())
        return fail(QCoreApplication::translate("CommandLine", "invalid --size '%1'; expected WIDTHxHEIGHT such as 1400x880")
                        .arg(m_parser.value(m_size)));
    return std::nullopt;
}

Location CommandLine::startLocation() const
{
    return startLocations().value(0);
}

QVector<Location> CommandLine::startLocations() const
{
    QVector<Location> locations;
    for (QString text : m_parser.values(m_page)) {
        if (const QUrl link(text); link.isLocalFile()) {
            // The page is found by its file once the pack is read: Catalogue::pageAtPath().
            locations.push_back({link.adjusted(QUrl::RemoveFragment).toString(), link.fragment()});
            continue;
        }
        if (text.startsWith(QLatin1String("atlas:")))
            text = text.mid(6);
        locations.push_back(Location::fromString(text));
    }
    return locations;
}

QSize CommandLine::windowSize() const
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const auto match = pattern.match(m_parser.value(m_size));
    return match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt()) : QSize();
}

QString CommandLine::contentRoot() const
{
    return contentRoots().first();
}

QStringList CommandLine::contentRoots() const
{
    QStringList roots = m_parser.values(m_content) + m_parser.positionalArguments();
    if (const QStringList ids = compareIds(); ids.size() == 2 && !m_parser.values(m_compare).contains(ids.last()))
        roots.removeOne(ids.last()); // --compare ID ID2: the second id is no folder
    // Made absolute now: whatever later resolves paths against them must not depend on the working folder.
    for (QString &root : roots)
        root = Library::normalized(root);
    if (roots.isEmpty()) {
        // A copied link to a page of a folder (file:///…/page.md#section) names its pack too:
        // the nearest folder above it with a book.toml, else the page's own folder.
        const QUrl link(m_parser.value(m_page));
        if (link.isLocalFile()) {
            QDir folder = QFileInfo(link.toLocalFile()).dir();
            for (QDir up = folder; !up.isRoot(); up.cdUp()) {
                if (up.exists(QStringLiteral("book.toml"))) {
                    folder = up;
                    break;
                }
            }
            roots.push_back(Library::normalized(folder.absolutePath()));
        }
    }
    return roots.isEmpty() ? QStringList{Catalogue::bundledRoot()} : roots;
}

int CommandLine::runHeadless(QTextStream &out, QTextStream &err) const
{
    if (m_parser.isSet(m_bookmarks))
        return printBookmarks(out, err);
    const QString root = contentRoot();
    if (!QFileInfo(root).isDir()) {
        err << QCoreApplication::applicationName() << ": "
            << QCoreApplication::translate("CommandLine", "content folder '%1' does not exist or is not a folder").arg(root) << Qt::endl;
        return 2;
    }
    // Checking reads every page; the other commands take unchanged pages from the pack's cache.
    const bool checking = !m_parser.isSet(m_exportPdf) && !m_parser.isSet(m_search) && !m_parser.isSet(m_list);
    const PackCache cache;
    const Catalogue catalogue = checking ? Catalogue::load(root) : cache.loadFresh(root);
    if (m_parser.isSet(m_exportPdf))
        return exportPdf(catalogue, out, err);
    if (m_parser.isSet(m_search)) {
        // --content A --content B searches both, merged.
        std::vector<std::unique_ptr<Catalogue>> more;
        QVector<const Catalogue *> catalogues{&catalogue};
        for (const QString &other : contentRoots().mid(1)) {
            if (!QFileInfo(other).isDir()) {
                err << QCoreApplication::applicationName() << ": "
                    << QCoreApplication::translate("CommandLine", "content folder '%1' does not exist or is not a folder").arg(other)
                    << Qt::endl;
                return 2;
            }
            more.push_back(std::make_unique<Catalogue>(cache.loadFresh(other)));
            catalogues.push_back(more.back().get());
        }
        return SearchCommand::run(catalogues, m_parser.value(m_search), m_parser.value(m_limit).toInt(), m_parser.isSet(m_json), out, err);
    }
    if (m_parser.isSet(m_list)) {
        out << (m_parser.isSet(m_matrix) ? AudienceMatrixModel(catalogue).text() : CatalogueFormatter::listing(catalogue));
        return 0;
    }
    const QString displayRoot = root == Catalogue::bundledRoot() ? QStringLiteral("content") : catalogue.root();
    out << CatalogueFormatter::problems(catalogue, displayRoot);
    const int errors = catalogue.errorCount();
    const int notes = int(catalogue.problems().size()) - errors;
    err << QCoreApplication::translate("CommandLine", "%n problem(s)", nullptr, errors) << ' '
        << QCoreApplication::translate("CommandLine", "in %n page(s)", nullptr, int(catalogue.pages().size()));
    if (notes > 0)
        err << QCoreApplication::translate("CommandLine", "; %n note(s)", nullptr, notes);
    err << Qt::endl;
    return errors > 0 || (notes > 0 && m_parser.isSet(m_strict)) ? 1 : 0;
}

int CommandLine::exportPdf(const Catalogue &catalogue, QTextStream &out, QTextStream &err) const
{
    PrintSelection selection = PrintSelection::section(PrintSelection::Kind::Atlas);
    if (m_parser.isSet(m_page)) {
        if (!catalogue.page(m_parser.value(m_page))) {
            err << QCoreApplication::applicationName() << ": "
                << QCoreApplication::translate("CommandLine", "no page '%1' in this content pack; see --list").arg(m_parser.value(m_page))
                << Qt::endl;
            return 1;
        }
        selection = PrintSelection::page(m_parser.value(m_page));
    } else if (m_parser.isSet(m_section)) {
        // A section's name, else a chapter's page id or a folder's path.
        const QString section = m_parser.value(m_section);
        selection = PrintSelection::fromSectionName(section).value_or(PrintSelection::branch(section.trimmed()));
    }
    const QPageSize paper
        = m_parser.isSet(m_paper) ? PdfExporter::pageSizeFromName(m_parser.value(m_paper)) : PdfExporter::defaultPageSize();
    const QString file = m_parser.value(m_exportPdf);
    if (m_parser.isSet(m_compare))
        return reportPdf(comparePdf(catalogue, file, paper), file, out, err);
    const PdfExporter::Result result = m_parser.isSet(m_matrix) ? MatrixDocument::exportPdf(AudienceMatrixModel(catalogue), file, paper)
                                                                : PdfExporter::exportPdf(catalogue, selection, file, paper);
    return reportPdf(result, file, out, err);
}

int CommandLine::printBookmarks(QTextStream &out, QTextStream &err)
{
    BookmarkStore store;
    if (!store.load()) {
        err << QCoreApplication::applicationName() << ": " << store.error() << Qt::endl;
        return 1;
    }
    // Folders as headings, indented by depth; each bookmark with where it leads.
    const std::function<void(const BookmarkNode &, int)> print = [&](const BookmarkNode &folder, int depth) {
        for (const auto &child : folder.children) {
            out << QString(depth * 2, u' ') << child->title;
            if (child->isFolder()) {
                out << u'/' << Qt::endl;
                print(*child, depth + 1);
            } else {
                out << "  " << child->href << Qt::endl;
            }
        }
    };
    print(store.root(), 0);
    if (store.root().children.empty())
        out << QCoreApplication::translate("CommandLine", "No bookmarks yet (%1).").arg(QDir::toNativeSeparators(store.path())) << Qt::endl;
    return 0;
}

int CommandLine::reportPdf(const PdfExporter::Result &result, const QString &file, QTextStream &out, QTextStream &err)
{
    if (!result.ok) {
        err << QCoreApplication::applicationName() << ": " << result.errorString << Qt::endl;
        return 1;
    }
    for (const QString &problem : result.problems)
        err << problem << Qt::endl;
    out << QCoreApplication::translate("CommandLine", "Wrote %1 (%n page(s))", nullptr, result.pageCount).arg(file) << Qt::endl;
    return 0;
}

QStringList CommandLine::compareIds() const
{
    QStringList ids = m_parser.values(m_compare);
    if (ids.size() == 1) {
        for (const QString &argument : m_parser.positionalArguments()) {
            if (!QFileInfo(argument).isDir()) {
                ids << argument;
                break;
            }
        }
    }
    return ids;
}

PdfExporter::Result CommandLine::comparePdf(const Catalogue &catalogue, const QString &file, const QPageSize &paper) const
{
    const QStringList ids = compareIds();
    if (ids.size() != 2) {
        PdfExporter::Result result;
        result.errorString = QCoreApplication::translate(
            "CommandLine", "--compare needs two page ids, e.g. --compare categories/audio categories/robotics");
        return result;
    }
    return ComparisonDocument(catalogue, ids.first(), ids.last()).exportPdf(file, paper);
}
