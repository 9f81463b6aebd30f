// SPDX-License-Identifier: MIT
// Start-up benchmark probe, loaded into the program under test with LD_PRELOAD (ProcessProbe
// does this), so that neither the program nor the floor window carries benchmark code. When
// the application object is made, it watches for the first paint of the page view's viewport
// (the widget named "pageView": the content, not the window's frame), prints the peak RSS on
// stdout once that frame is on screen, and quits.
#include <QAbstractScrollArea>
#include <QCoreApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <sys/resource.h>

#include <cstdio>

namespace {

class FirstPaintProbe final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_painted && event->type() == QEvent::Paint && isPageViewport(watched)) {
            m_painted = true;
            // Paint events are delivered while the repaint manager composes the frame; it
            // flushes the backing store only after every dirty widget is painted. A zero
            // timer runs once control is back in the event loop, i.e. after that flush, so
            // the time measured is that of a finished frame on screen.
            QTimer::singleShot(0, this, &FirstPaintProbe::report);
        }
        return QObject::eventFilter(watched, event); // the paint being measured must happen
    }

private:
    static bool isPageViewport(QObject *object)
    {
        const auto *widget = qobject_cast<QWidget *>(object);
        const auto *page = widget ? qobject_cast<QAbstractScrollArea *>(widget->parentWidget()) : nullptr;
        return page && page->viewport() == widget && page->objectName() == QLatin1String("pageView");
    }

    static void report()
    {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        // On Linux ru_maxrss is already in KiB. Plain stdio with an explicit flush: the
        // runner reads this line through a pipe, where stdout is fully buffered.
        std::printf("first-paint rss-kb=%ld\n", usage.ru_maxrss);
        std::fflush(stdout);
        QCoreApplication::quit();
    }

    bool m_painted = false;
};

void install()
{
    // Application-wide, installed before the program's own filters: it sees the paint before
    // they can queue work behind the frame.
    QCoreApplication::instance()->installEventFilter(new FirstPaintProbe(QCoreApplication::instance()));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(install)
