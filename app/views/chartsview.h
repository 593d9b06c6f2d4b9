#pragma once

#include "chartbuilder.h"
#include "selection/selectionstate.h"

#include <QWidget>

class QComboBox;
class QLabel;
QT_BEGIN_NAMESPACE
class QChartView;
QT_END_NAMESPACE

namespace atlas {

class SelectionState;

/// \brief One chart at a time, chosen from the data-driven catalogue; rebuilt when the selection changes
/// so that selected jurisdictions and companies are highlighted and policy events overlaid.
class ChartsView : public QWidget
{
    Q_OBJECT
public:
    ChartsView(SelectionState* selection, ChartBuilder* builder, QWidget* parent = nullptr);

    void setLanguage(Lang lang);
    void reload();                       ///< after the database changed
    bool showChart(const QString& id);   ///< false for an unknown id
    QString currentChart() const;
    QChartView* chartView() const { return m_view; }
    QString footnote() const;

protected:
    void showEvent(QShowEvent* event) override;

private:
    void rebuild();
    void requestRebuild();   ///< now when visible, else when shown
    bool m_dirty = true;
    QString m_builtId;                       ///< the chart on screen and the selection it was made for
    Lang m_builtLang = Lang::Korean;
    SelectionState::Snapshot m_builtFor;
    SelectionState* m_selection;
    ChartBuilder* m_builder;
    Lang m_lang = Lang::Korean;
    QComboBox* m_combo;
    QChartView* m_view;
    QLabel* m_footnote;
};

} // namespace atlas
