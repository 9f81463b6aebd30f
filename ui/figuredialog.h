// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

/// The atlas figure large, fitted to the dialog, with its caption below.
class FigureDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FigureDialog)

public:
    FigureDialog(const QString &svgPath, const QString &caption, QWidget *parent = nullptr);
};
