// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class Catalogue;
class OpenPack;
class QLabel;
class QProgressBar;

/// The permanent part of the status bar: which pack is open (kind, title, size) and how far
/// its search index has come. Follows the pack it is given.
class PackStatus final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PackStatus)

public:
    explicit PackStatus(QWidget *parent = nullptr);

    void setPack(OpenPack *pack);
    /// A busy bar while the folder \a root is read; setPack() ends it.
    void showOpening(const QString &root);
    /// "Opened the book “…”", with the number of problems when there are any.
    static QString openedMessage(const Catalogue &catalogue);

signals:
    /// What the index says it did ("Search index up to date (31 pages)").
    void statusMessage(const QString &message, int timeoutMs);

private:
    QProgressBar *m_progress;
    QLabel *m_label;
    QList<QMetaObject::Connection> m_connections;
};
