#include "countryprofileview.h"

#include "data/repository.h"
#include "render/countryprofile.h"
#include "selection/selectionstate.h"

namespace atlas {

CountryProfileView::CountryProfileView(SelectionState* selection, const Repository* repository, QWidget* parent)
    : QTextBrowser(parent), m_selection(selection), m_repository(repository)
{
    setOpenLinks(false);
    connect(selection, &SelectionState::jurisdictionsChanged, this, &CountryProfileView::refresh);
}

void CountryProfileView::setLanguage(Lang lang)
{
    m_lang = lang;
    refresh();
}

void CountryProfileView::refresh()
{
    QString id;
    int best = 1000;
    for (const Jurisdiction& j : m_repository->jurisdictions()) {
        if (!m_selection->jurisdictions().contains(j.id))
            continue;
        const int rank = j.chapter3Seq > 0 ? j.chapter3Seq : 100;
        if (id.isEmpty() || rank < best) {
            id = j.id;
            best = rank;
        }
    }
    m_shown = id;
    if (id.isEmpty() || !CountryProfile::build(*m_repository, id, m_lang, std::max(400, viewport()->width() - 40), document()))
        setHtml(QStringLiteral("<p style='color:#666'>%1</p>")
                    .arg(tr("Select a jurisdiction on the map, in the matrix or in a table to see its profile.").toHtmlEscaped()));
}

} // namespace atlas
