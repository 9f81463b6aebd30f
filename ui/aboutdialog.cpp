// SPDX-License-Identifier: MIT
#include "aboutdialog.h"

#include <QCoreApplication>
#include <QIcon>

AboutDialog::AboutDialog(QWidget *parent) : QMessageBox(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Rust Atlas"));
    setIconPixmap(QIcon(QStringLiteral(":/icons/rust-atlas.svg")).pixmap(64, 64));
    setTextFormat(Qt::RichText);
    setText(tr("<h3>Rust Atlas %1</h3>"
               "<p>An offline atlas of who Rust is for and what Rust is used for.</p>")
                .arg(QCoreApplication::applicationVersion()));
    setInformativeText(tr("<p>Rust Atlas and its bundled content and figures: MIT licence.</p>"
                          "<p>Built with Qt %1 (LGPL-3.0) and md4c (MIT). "
                          "Rust is a trademark of the Rust Foundation; this atlas is not affiliated with it.</p>")
                           .arg(QString::fromLatin1(qVersion())));
    setStandardButtons(QMessageBox::Close);
}
