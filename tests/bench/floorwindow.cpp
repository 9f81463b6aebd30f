// SPDX-License-Identifier: MIT
// The floor of the start-up benchmark: the widgets the real window has (menus, tool bar,
// search field, tree, outline, pane titles, figure area, grid, page, hidden find bar and
// results list, status bar), at its default size, built from the same Qt and the same ui
// library, but with no content loading, no SVG and no settings. What the real program
// needs beyond this is the cost of its own work.

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QProgressBar>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QStringListModel>
#include <QStyle>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <QWidget>

namespace {

// Theme icon with a style fallback: what a desktop app typically does, and as costly.
QIcon themedIcon(const QString &name, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(name, QApplication::style()->standardIcon(fallback));
}

QStandardItemModel *makeTreeModel(QObject *parent)
{
    auto *model = new QStandardItemModel(parent);
    // 5 groups of 4 leaves: 25 rows, about the size of the audience tree.
    for (int group = 1; group <= 5; ++group) {
        auto *groupItem = new QStandardItem(QStringLiteral("Audience %1").arg(group));
        for (int leaf = 1; leaf <= 4; ++leaf)
            groupItem->appendRow(new QStandardItem(QStringLiteral("Topic %1.%2").arg(group).arg(leaf)));
        model->appendRow(groupItem);
    }
    return model;
}

QStandardItemModel *makeGridModel(QObject *parent)
{
    auto *model = new QStandardItemModel(parent);
    const QIcon icon = QApplication::style()->standardIcon(QStyle::SP_FileIcon);
    for (int i = 1; i <= 24; ++i)
        model->appendRow(new QStandardItem(icon, QStringLiteral("Category %1").arg(i)));
    return model;
}

const char16_t pageHtml[] = u"<h1>Rust Atlas</h1>"
                            u"<p>Who Rust is for, and what Rust is used for. This floor page is static text of "
                            u"about the length of a short content page, with <b>bold</b>, <i>italic</i> and "
                            u"<a href=\"#more\">a link</a>.</p>"
                            u"<h2>Categories</h2>"
                            u"<ul><li>Command-line tools</li><li>Web services</li><li>Embedded systems</li>"
                            u"<li>WebAssembly</li><li>Networking</li></ul>"
                            u"<p id=\"more\">Nothing here is loaded from disk.</p>";

QWidget *column(std::initializer_list<QWidget *> widgets)
{
    auto *container = new QWidget;
    auto *layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    for (QWidget *widget : widgets)
        layout->addWidget(widget);
    return container;
}

QLabel *boldLabel(const QString &text)
{
    auto *label = new QLabel(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLineEdit *searchField(const QString &placeholder)
{
    auto *field = new QLineEdit;
    field->setPlaceholderText(placeholder);
    field->setClearButtonEnabled(true);
    return field;
}

// Hidden until Ctrl+F, as in the real window, but built at start-up all the same.
QWidget *findBar()
{
    auto *bar = new QWidget;
    auto *layout = new QHBoxLayout(bar);
    layout->addWidget(searchField(QStringLiteral("Find in page")), 1);
    for (const QStyle::StandardPixmap icon : {QStyle::SP_ArrowUp, QStyle::SP_ArrowDown, QStyle::SP_DialogCloseButton}) {
        auto *button = new QToolButton;
        button->setIcon(QApplication::style()->standardIcon(icon));
        button->setAutoRaise(true);
        layout->addWidget(button);
    }
    layout->addWidget(new QLabel(QStringLiteral("No matches")));
    bar->hide();
    return bar;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);

    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Rust Atlas floor"));

    QStyle *style = QApplication::style();
    auto *back = new QAction(themedIcon(QStringLiteral("go-previous"), QStyle::SP_ArrowBack), QStringLiteral("Back"), &window);
    back->setShortcut(QKeySequence::Back);
    auto *forward = new QAction(themedIcon(QStringLiteral("go-next"), QStyle::SP_ArrowForward), QStringLiteral("Forward"), &window);
    forward->setShortcut(QKeySequence::Forward);
    auto *home = new QAction(themedIcon(QStringLiteral("go-home"), QStyle::SP_DirHomeIcon), QStringLiteral("Home"), &window);
    auto *zoomIn = new QAction(themedIcon(QStringLiteral("zoom-in"), QStyle::SP_ArrowUp), QStringLiteral("Zoom In"), &window);
    zoomIn->setShortcut(QKeySequence::ZoomIn);
    auto *zoomOut = new QAction(themedIcon(QStringLiteral("zoom-out"), QStyle::SP_ArrowDown), QStringLiteral("Zoom Out"), &window);
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    auto *find = new QAction(themedIcon(QStringLiteral("edit-find"), QStyle::SP_FileDialogContentsView), QStringLiteral("Find"), &window);
    find->setShortcut(QKeySequence::Find);
    auto *search
        = new QAction(themedIcon(QStringLiteral("system-search"), QStyle::SP_FileDialogDetailedView), QStringLiteral("Search"), &window);
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    auto *print = new QAction(themedIcon(QStringLiteral("document-print"), QStyle::SP_DialogSaveButton), QStringLiteral("Print"), &window);
    print->setShortcut(QKeySequence::Print);
    auto *quit = new QAction(QStringLiteral("Quit"), &window);
    quit->setShortcut(QKeySequence::Quit);
    auto *about = new QAction(style->standardIcon(QStyle::SP_MessageBoxInformation), QStringLiteral("About"), &window);

    auto *toolBar = window.addToolBar(QStringLiteral("Navigation"));
    toolBar->setObjectName(QStringLiteral("navigationToolBar"));
    toolBar->addActions({back, forward, home});
    toolBar->addSeparator();
    toolBar->addActions({zoomOut, zoomIn});
    toolBar->addSeparator();
    toolBar->addActions({find, search, print});

    QMenuBar *menuBar = window.menuBar();
    QMenu *fileMenu = menuBar->addMenu(QStringLiteral("&File"));
    fileMenu->addActions({print, quit});
    QMenu *viewMenu = menuBar->addMenu(QStringLiteral("&View"));
    viewMenu->addActions({zoomIn, zoomOut, find});
    QMenu *goMenu = menuBar->addMenu(QStringLiteral("&Go"));
    goMenu->addActions({back, forward, home, search});
    QMenu *helpMenu = menuBar->addMenu(QStringLiteral("&Help"));
    helpMenu->addAction(about);

    auto *tree = new QTreeView;
    tree->setObjectName(QStringLiteral("audienceTree"));
    tree->setHeaderHidden(true);
    tree->setModel(makeTreeModel(tree));
    tree->expandAll();
    auto *outline = new QListView;
    outline->setObjectName(QStringLiteral("outline"));
    auto *results = new QListView;
    results->hide();
    // The library: the atlas and one remembered pack, as a list.
    auto *library = new QListView;
    library->setObjectName(QStringLiteral("libraryList"));
    library->setModel(new QStringListModel({QStringLiteral("Rust Atlas"), QStringLiteral("Notes")}, library));
    auto *left = new QSplitter(Qt::Vertical);
    left->addWidget(column({boldLabel(QStringLiteral("Library")), library}));
    left->addWidget(column({boldLabel(QStringLiteral("Audiences")), tree}));
    left->addWidget(column({boldLabel(QStringLiteral("On this page")), outline}));

    auto *figure = new QWidget;
    figure->setObjectName(QStringLiteral("figureArea"));

    auto *grid = new QListView;
    grid->setObjectName(QStringLiteral("categoryGrid"));
    grid->setViewMode(QListView::IconMode);
    grid->setResizeMode(QListView::Adjust);
    grid->setModel(makeGridModel(grid));

    auto *textBrowser = new QTextBrowser;
    textBrowser->setObjectName(QStringLiteral("pageView"));
    textBrowser->setHtml(QString::fromUtf16(pageHtml));

    auto *middle = new QSplitter(Qt::Vertical);
    middle->addWidget(figure);
    middle->addWidget(column({new QLabel(QStringLiteral("All categories (24)")), grid}));

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    auto *scope = new QComboBox;
    scope->addItems({QStringLiteral("This pack"), QStringLiteral("All open packs")});
    splitter->addWidget(column({searchField(QStringLiteral("Search topics")), scope, results, left}));
    splitter->addWidget(middle);
    splitter->addWidget(column({findBar(), textBrowser}));
    window.setCentralWidget(splitter);

    auto *progress = new QProgressBar;
    progress->hide();
    window.statusBar()->addPermanentWidget(progress);
    window.statusBar()->addPermanentWidget(new QLabel(QStringLiteral("atlas \u201cRust Atlas\u201d \u00b7 31 pages")));
    window.statusBar()->showMessage(QStringLiteral("Ready"));

    // The page text is the content: its first paint is the moment the window is usable.

    window.resize(1400, 880);
    window.show();
    return QApplication::exec();
}
