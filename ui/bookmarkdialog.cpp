// SPDX-License-Identifier: MIT
#include "bookmarkdialog.h"

#include "bookmarks/bookmarknode.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPushButton>

namespace {
/// Every folder, in tree order, as (indented name, node).
void addFolders(QComboBox *combo, BookmarkNode &folder, int depth)
{
    for (const auto &child : folder.children) {
        if (child->isFolder()) {
            combo->addItem(QString(depth * 3, u' ') + child->title, QVariant::fromValue(static_cast<void *>(child.get())));
            addFolders(combo, *child, depth + 1);
        }
    }
}
} // namespace

BookmarkDialog::BookmarkDialog(BookmarkNode &root, const QString &title, QWidget *parent)
    : QDialog(parent), m_root(root), m_title(new QLineEdit(title, this)), m_folder(new QComboBox(this)), m_newFolder(new QLineEdit(this))
{
    setWindowTitle(tr("Bookmark This Page"));
    m_folder->addItem(tr("Bookmarks"), QVariant::fromValue(static_cast<void *>(&root)));
    addFolders(m_folder, root, 1);
    m_newFolder->setPlaceholderText(tr("Optional: a new folder in the one above"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_title);
    form->addRow(tr("&Folder:"), m_folder);
    form->addRow(tr("&New folder:"), m_newFolder);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this,
            [this, buttons] { buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_title->text().trimmed().isEmpty()); });
    m_title->selectAll();
}

QString BookmarkDialog::title() const
{
    return m_title->text().simplified();
}

BookmarkNode *BookmarkDialog::folder() const
{
    auto *folder = static_cast<BookmarkNode *>(m_folder->currentData().value<void *>());
    if (!folder)
        folder = &m_root;
    if (const QString name = m_newFolder->text().simplified(); !name.isEmpty()) {
        auto created = std::make_unique<BookmarkNode>();
        created->title = name;
        folder = folder->add(std::move(created));
    }
    return folder;
}
