// SPDX-License-Identifier: MIT
#pragma once

#include <QMessageBox>

/// Version, purpose and the licences of the program, its content and the libraries it uses.
class AboutDialog final : public QMessageBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);
};
