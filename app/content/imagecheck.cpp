// SPDX-License-Identifier: MIT
#include "imagecheck.h"

#include <QFile>
#include <QImageReader>

QString ImageCheck::problem(const QString &path)
{
    if (path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive)) {
        QFile file(path);
        // Entities are declared in the DOCTYPE, before the first element.
        if (file.open(QIODevice::ReadOnly) && file.read(4096).contains("<!ENTITY"))
            return QStringLiteral("declares XML entities, which are not expanded; the image is not shown");
        return {};
    }
    QImageReader reader(path);
    const QSize size = reader.size(); // the header only
    if (!size.isValid())
        return {};
    if (qint64(size.width()) * size.height() * 4 > qint64(AllocationLimitMiB) * 1024 * 1024)
        return QStringLiteral("is %1 \u00d7 %2 pixels, more than the %3 MiB an image may take; not shown")
            .arg(size.width())
            .arg(size.height())
            .arg(AllocationLimitMiB);
    return {};
}
