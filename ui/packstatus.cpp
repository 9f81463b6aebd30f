// SPDX-License-Identifier: MIT
#include "packstatus.h"

#include "library/openpack.h"
#include "search/indexingthread.h"
#include "search/searchindex.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

PackStatus::PackStatus(QWidget *parent) : QWidget(parent), m_progress(new QProgressBar), m_label(new QLabel)
{
    m_progress->setObjectName(QStringLiteral("indexProgress"));
    m_progress->setMaximumWidth(180);
    m_progress->setFormat(tr("Indexing %p%"));
    m_progress->setAccessibleName(tr("Search indexing progress"));
    m_progress->hide();
    m_label->setObjectName(QStringLiteral("packLabel"));
    m_label->setToolTip(tr("The open pack: its kind, title and size"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_progress);
    layout->addWidget(m_label);
}

QString PackStatus::openedMessage(const Catalogue &catalogue)
{
    const QString kind = PackKinds::displayName(catalogue.kind());
    if (catalogue.pages().isEmpty())
        return tr("The folder %1 holds no Markdown pages (.md or .markdown files)").arg(catalogue.layout().root);
    const int errors = catalogue.errorCount();
    return errors == 0 ? tr("Opened the %1 \u201c%2\u201d").arg(kind, catalogue.title())
                       : tr("Opened the %1 \u201c%2\u201d with %n problem(s); rust-atlas --check-content lists them", nullptr, errors)
                             .arg(kind, catalogue.title());
}

void PackStatus::showOpening(const QString &root)
{
    m_progress->setRange(0, 0);
    m_progress->setFormat(tr("Opening\u2026"));
    m_progress->setToolTip(tr("Reading %1").arg(root));
    m_progress->show();
}

void PackStatus::setPack(OpenPack *pack)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    const Catalogue &catalogue = pack->catalogue();
    m_label->setText(tr("%1 \u201c%2\u201d \u00b7 %n page(s)", nullptr, int(catalogue.pages().size()))
                         .arg(PackKinds::displayName(catalogue.kind()), catalogue.title()));
    m_progress->hide();
    m_progress->setFormat(tr("Indexing %p%"));
    m_progress->setToolTip(QString());
    if (catalogue.isSketch()) { // browsable by file names while its pages are read
        m_progress->setRange(0, 0);
        m_progress->setFormat(tr("Reading pages\u2026"));
        m_progress->setToolTip(tr("Reading the %n page(s) of %1; titles follow when they are read", nullptr, int(catalogue.pages().size()))
                                   .arg(catalogue.layout().root));
        m_progress->show();
    }
    m_connections = {
        connect(&pack->indexing(), &IndexingThread::progress, this,
                [this](int done, int total) {
                    m_progress->setRange(0, total);
                    m_progress->setValue(done);
                    m_progress->setVisible(done < total);
                }),
        connect(&pack->indexing(), &IndexingThread::finished, m_progress, &QWidget::hide),
        connect(pack, &OpenPack::cacheProblem, this,
                [this](const QString &reason) { emit statusMessage(tr("The pack opens more slowly next time: %1").arg(reason), 10000); }),
        connect(&pack->searchIndex(), &SearchIndex::statusChanged, this,
                [this](const QString &status) { emit statusMessage(status, 6000); }),
    };
}
