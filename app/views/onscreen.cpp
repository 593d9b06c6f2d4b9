#include "onscreen.h"

#include <QRegion>
#include <QWidget>

namespace atlas {

bool isOnScreen(const QWidget* widget)
{
    // visibleRegion() is clipped by every parent: empty for a dock moved out of the window.
    return widget->isVisible() && !widget->visibleRegion().isEmpty();
}

} // namespace atlas
