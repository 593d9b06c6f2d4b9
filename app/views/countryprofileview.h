#pragma once

#include "domain/entities.h"
#include "render/countryprofile.h"

#include <QTextBrowser>

namespace atlas {

class Repository;
class SelectionState;

/// \brief The profile of the selected jurisdiction (the first one, in chapter order, when several are).
class CountryProfileView : public QTextBrowser
{
    Q_OBJECT
public:
    CountryProfileView(SelectionState* selection, const Repository* repository, QWidget* parent = nullptr);
    void setLanguage(Lang lang);
    void refresh();
    void reloadData();   ///< after the database changed; read again when next shown
    /// Refreshes now what changed while the pane was not on screen (e.g. when its tab is chosen).
    void bringUpToDate();
    bool isStale() const { return m_dirty; }
    QString jurisdiction() const { return m_shown; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    /// Building a profile reads most of the database: done when the pane is on screen, else on showing it.
    void requestRefresh();
    bool m_dirty = true;
    bool m_dataStale = true;   ///< m_data is to be read before the next refresh
    CountryProfile::Data m_data;
    class QTimer* m_debounce;
    SelectionState* m_selection;
    const Repository* m_repository;
    Lang m_lang = Lang::Korean;
    QString m_shown;
};

} // namespace atlas
