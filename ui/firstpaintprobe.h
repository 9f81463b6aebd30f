// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QEvent;
class QWidget;

/// Start-up benchmark hook: reports peak RSS on stdout once a widget has been
/// painted for the first time, then quits the application.
///
/// Enabled only when RUST_ATLAS_FIRST_PAINT_PROBE=1, so tests/bench/bench_startup
/// can time "process start to first painted content" for the real program and for
/// the floor window alike, without a special build.
class FirstPaintProbe final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstPaintProbe)

public:
    /// Watches @p widget when the probe is requested; otherwise does nothing.
    /// Pass the widget that shows the content (e.g. a text view's viewport), not the
    /// window: the window frame is painted before the content is there.
    static void installIfRequested(QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    explicit FirstPaintProbe(QWidget *widget);

    static void report();

    const QWidget *m_widget;
    bool m_painted = false;
};
