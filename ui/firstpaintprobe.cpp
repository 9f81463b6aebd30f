// SPDX-License-Identifier: MIT
#include "firstpaintprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <sys/resource.h>

#include <cstdio>

void FirstPaintProbe::installIfRequested(QWidget *widget)
{
    // One environment look-up is the whole cost when the probe is off.
    if (!widget || qEnvironmentVariableIntValue("RUST_ATLAS_FIRST_PAINT_PROBE") != 1)
        return;
    // Parented to the widget, so it goes away with it and needs no owner. Application-wide,
    // so it sees the paint before the program's own filters can queue work behind the frame:
    // what is timed is the frame on screen, not what the program starts once it is there.
    QCoreApplication::instance()->installEventFilter(new FirstPaintProbe(widget));
}

FirstPaintProbe::FirstPaintProbe(QWidget *widget)
    : QObject(widget), m_widget(widget)
{
}

bool FirstPaintProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget && event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        // Paint events are delivered while the repaint manager composes the frame; it
        // flushes the backing store only after every dirty widget is painted. A zero
        // timer runs once control is back in the event loop, i.e. after that flush,
        // so the time measured is that of a finished frame on screen.
        QTimer::singleShot(0, this, &FirstPaintProbe::report);
    }
    // Never consume the event: the paint being measured must happen.
    return QObject::eventFilter(watched, event);
}

void FirstPaintProbe::report()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    // On Linux ru_maxrss is already in KiB. Plain stdio with an explicit flush: the
    // runner reads this line through a pipe, where stdout is fully buffered.
    std::printf("first-paint rss-kb=%ld\n", usage.ru_maxrss);
    std::fflush(stdout);
    QCoreApplication::quit();
}
