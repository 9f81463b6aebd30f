// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

/// What would stop a pack's image from showing, found cheaply at load: a raster image whose
/// header claims more pixels than the reader may allocate (read from the header alone), or an
/// SVG that declares XML entities (the "billion laughs" bomb), which Qt refuses to expand.
class ImageCheck final
{
public:
    /// QImageReader::setAllocationLimit() for the whole program, in MiB.
    static constexpr int AllocationLimitMiB = 128;

    /// Why the image at \a path cannot be shown, in words for a problem list; empty when it can.
    static QString problem(const QString &path);
};
