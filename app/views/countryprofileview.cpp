#include "countryprofileview.h"

#include "data/repository.h"
#include "onscreen.h"
#include "render/countryprofile.h"
#include "selection/selectionstate.h"

#include <QTimer>

namespace atlas {

CountryProfileView::CountryProfileView(SelectionState* selection, const Repository* repository, QWidget* parent)
    : QTextBrowser(parent), m_selection(selection), m_repository(repository)
{
    setOpenLinks(false);
    // A profile is a long rich-text document (tens of ms to lay out): like PlotJuggler's plots, it
    // follows the selection after a short pause, so clicking through countries stays fluid.
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(100);
    connect(m_debounce, &QTimer::timeout, this, &CountryProfileView::refresh);
    connect(selection, &SelectionState::jurisdictionsChanged, this, &CountryProfileView::requestRefresh);
}

void CountryProfileView::setLanguage(Lang lang)
{
    m_lang = lang;
    requestRefresh();
}

void CountryProfileView::reloadData()
{
    // Read when the profile is first shown: most of the database, seconds at 100x the report.
    m_data = {};
    m_dataStale = true;
    requestRefresh();
}

void CountryProfileView::requestRefresh()
{
    m_dirty = true;
    if (isOnScreen(this))
        m_debounce->start();
}

void CountryProfileView::bringUpToDate()
{
    if (m_dirty)
        refresh();
}

void CountryProfileView::showEvent(QShowEvent* event)
{
    QTextBrowser::showEvent(event);
    if (isOnScreen(this))
        bringUpToDate();
}

void CountryProfileView::refresh()
{
    m_dirty = false;
    m_debounce->stop();
    if (m_dataStale) {
        m_dataStale = false;
        m_data = CountryProfile::Data::load(*m_repository);
    }
    QString id;
    int best = 1000;
    for (const Jurisdiction& j : m_data.timeline.jurisdictions) {
        if (!m_selection->jurisdictions().contains(j.id))
            continue;
        const int rank = j.chapter3Seq > 0 ? j.chapter3Seq : 100;
        if (id.isEmpty() || rank < best) {
            id = j.id;
            best = rank;
        }
    }
    m_shown = id;
    if (id.isEmpty() || !CountryProfile::build(m_data, id, m_lang, std::max(400, viewport()->width() - 40), document()))
        setHtml(QStringLiteral("<p style='color:#666'>%1</p>")
                    .arg(tr("Select a jurisdiction on the map, in the matrix or in a table to see its profile.").toHtmlEscaped()));
}

} // namespace atlas
