#pragma once

#include "domain/entities.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace atlas {

class SelectionState;

/// \brief One chip per selected jurisdiction (each with its own ×), the field, the time range and the
/// selected policies and companies, plus an always-visible "Show all": an empty view never looks broken.
class SelectionBar : public QWidget
{
    Q_OBJECT
public:
    SelectionBar(SelectionState* selection, QWidget* parent = nullptr);
    /// Names for ids: jurisdictions, fields, companies (code -> {ko, en}).
    void setNames(const QHash<QString, QPair<QString, QString>>& names) { m_names = names; refresh(); }
    void setLanguage(Lang lang) { m_lang = lang; refresh(); }
    void refresh();
    QPushButton* showAllButton() const { return m_showAll; }
    QString summaryText() const;

private:
    QString name(const QString& key) const;
    void addChip(const QString& text, const QString& tooltip, std::function<void()> remove);
    SelectionState* m_selection;
    Lang m_lang = Lang::Korean;
    QHash<QString, QPair<QString, QString>> m_names;
    QHBoxLayout* m_chips;
    QLabel* m_label;
    QPushButton* m_showAll;
    QList<QWidget*> m_chipWidgets;
};

} // namespace atlas
