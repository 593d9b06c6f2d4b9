#pragma once

#include "domain/entities.h"

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
    QString jurisdiction() const { return m_shown; }

private:
    SelectionState* m_selection;
    const Repository* m_repository;
    Lang m_lang = Lang::Korean;
    QString m_shown;
};

} // namespace atlas
