#pragma once

#include <QTableView>

namespace atlas {

class SelectionState;

/// \brief The 첨부 1 matrix as a grid: a click selects the cell (jurisdiction + field) in the shared
/// selection, Ctrl-click adds or removes the jurisdiction, a click on a row header selects the whole row.
/// It repaints the selection from SelectionState, never from its own QItemSelectionModel.
class Appendix1MatrixView : public QTableView
{
    Q_OBJECT
public:
    Appendix1MatrixView(SelectionState* selection, QWidget* parent = nullptr);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    void activate(const QModelIndex& index, bool toggle);
    SelectionState* m_selection;
};

} // namespace atlas
