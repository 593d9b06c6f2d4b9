#pragma once

class QWidget;

namespace atlas {

/// \brief Whether a pane can be seen now. A dock widget tabbed behind another one stays isVisible():
/// Qt only moves it out of the window. Views that load or filter lazily ask this, not isVisible(),
/// and are brought up to date when their dock comes to the front (MainWindow connects
/// QDockWidget::visibilityChanged).
bool isOnScreen(const QWidget* widget);

} // namespace atlas
