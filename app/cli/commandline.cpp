// SPDX-License-Identifier: MIT
#include "commandline.h"

#include "content/catalogue.h"
#include "content/catalogueformatter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTextStream>

CommandLine::CommandLine()
    : m_content(QStringLiteral("content"), QCoreApplication::translate("CommandLine", "Load the content pack or Markdown folder DIR instead of the bundled pack."),
                QStringLiteral("DIR")),
      m_list(QStringLiteral("list"), QCoreApplication::translate("CommandLine", "Print the audience tree and the category grid as text, then exit.")),
      m_checkContent(QStringLiteral("check-content"),
                     QCoreApplication::translate("CommandLine", "Check the content pack (the bundled one, or DIR) and print each problem as file:line: message; exit with 1 when there are any.")),
      m_screenshot(QStringLiteral("screenshot"), QCoreApplication::translate("CommandLine", "Render the window offscreen to the PNG file FILE, then exit."), QStringLiteral("FILE")),
      m_page(QStringLiteral("page"), QCoreApplication::translate("CommandLine", "Open the page ID (e.g. audiences/students) first."), QStringLiteral("ID")),
      m_size(QStringLiteral("size"), QCoreApplication::translate("CommandLine", "Window size for --screenshot, e.g. 1400x880."), QStringLiteral("WxH")),
      m_dark(QStringLiteral("dark"), QCoreApplication::translate("CommandLine", "Use the dark palette."))
{
    m_parser.setApplicationDescription(QCoreApplication::translate("CommandLine", "An offline atlas of who Rust is for and what Rust is used for."));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({m_content, m_list, m_checkContent, m_screenshot, m_page, m_size, m_dark});
    m_parser.addPositionalArgument(QStringLiteral("DIR"), QCoreApplication::translate("CommandLine", "Folder for --check-content."), QStringLiteral("[DIR]"));
}

bool CommandLine::isHeadless(const QStringList &arguments)
{
    static const QStringList headless = {QStringLiteral("--list"), QStringLiteral("--check-content"),
                                         QStringLiteral("--help"), QStringLiteral("-h"), QStringLiteral("--help-all"),
                                         QStringLiteral("--version"), QStringLiteral("-v")};
    return std::any_of(arguments.cbegin() + 1, arguments.cend(),
                       [](const QString &argument) { return headless.contains(argument); });
}

void CommandLine::process(const QStringList &arguments)
{
    m_parser.process(arguments);
    const auto fail = [](const QString &message) {
        QTextStream(stderr) << QCoreApplication::applicationName() << ": " << message << Qt::endl;
        ::exit(1);
    };
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() > (m_parser.isSet(m_checkContent) ? 1 : 0))
        fail(QCoreApplication::translate("CommandLine", "unexpected argument '%1'; see --help").arg(positional.last()));
    if (m_parser.isSet(m_size) && !windowSize().isValid())
        fail(QCoreApplication::translate("CommandLine", "invalid --size '%1'; expected WIDTHxHEIGHT such as 1400x880").arg(m_parser.value(m_size)));
}

QSize CommandLine::windowSize() const
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const auto match = pattern.match(m_parser.value(m_size));
    return match.hasMatch() ? QSize(match.captured(1).toInt(), match.captured(2).toInt()) : QSize();
}

QString CommandLine::contentRoot() const
{
    if (m_parser.isSet(m_content))
        return m_parser.value(m_content);
    if (!m_parser.positionalArguments().isEmpty())
        return m_parser.positionalArguments().first();
    return Catalogue::bundledRoot();
}

int CommandLine::runHeadless(QTextStream &out, QTextStream &err) const
{
    const QString root = contentRoot();
    if (!QFileInfo(root).isDir()) {
        err << QCoreApplication::applicationName() << ": "
            << QCoreApplication::translate("CommandLine", "content folder '%1' does not exist or is not a folder").arg(root) << Qt::endl;
        return 2;
    }
    const Catalogue catalogue = Catalogue::load(root);
    if (m_parser.isSet(m_list)) {
        out << CatalogueFormatter::listing(catalogue);
        return 0;
    }
    const QString displayRoot = root == Catalogue::bundledRoot() ? QStringLiteral("content") : root;
    out << CatalogueFormatter::problems(catalogue, displayRoot);
    err << QCoreApplication::translate("CommandLine", "%n problem(s) in %1 page(s)", nullptr, int(catalogue.problems().size()))
               .arg(catalogue.pages().size()) << Qt::endl;
    return catalogue.problems().isEmpty() ? 0 : 1;
}
