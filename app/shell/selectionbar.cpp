#include "selectionbar.h"

#include "selection/selectionstate.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>

#include <algorithm>
#include <functional>

namespace atlas {

SelectionBar::SelectionBar(SelectionState* selection, QWidget* parent)
    : QWidget(parent), m_selection(selection)
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("selectionLabel"));
    layout->addWidget(m_label);
    m_chips = new QHBoxLayout;
    m_chips->setSpacing(4);
    layout->addLayout(m_chips);
    layout->addStretch(1);
    m_showAll = new QPushButton(this);
    m_showAll->setObjectName(QStringLiteral("showAllButton"));
    layout->addWidget(m_showAll);
    connect(m_showAll, &QPushButton::clicked, selection, &SelectionState::clear);
    connect(selection, &SelectionState::changed, this, &SelectionBar::refresh);
    refresh();
}

QString SelectionBar::name(const QString& key) const
{
    const auto it = m_names.constFind(key);
    return it == m_names.constEnd() ? key.section(QLatin1Char(':'), -1) : pick(m_lang, it->first, it->second);
}

void SelectionBar::addChip(const QString& text, const QString& tooltip, std::function<void()> remove)
{
    auto* chip = new QToolButton(this);
    chip->setText(text + QStringLiteral("  ×"));
    chip->setToolTip(tooltip);
    chip->setAutoRaise(false);
    chip->setStyleSheet(QStringLiteral("QToolButton{border:1px solid #9BB3D6;border-radius:9px;padding:1px 8px;"
                                       "background:#EAF1FB}"));
    connect(chip, &QToolButton::clicked, this, [remove] { remove(); });
    m_chips->addWidget(chip);
    m_chipWidgets.append(chip);
}

QString SelectionBar::summaryText() const
{
    QStringList parts;
    QStringList ids(m_selection->jurisdictions().cbegin(), m_selection->jurisdictions().cend());
    std::sort(ids.begin(), ids.end());
    for (const QString& id : ids)
        parts.append(name(id));
    if (!m_selection->field().isEmpty())
        parts.append(name(QStringLiteral("field:") + m_selection->field()));
    const TimeRange& r = m_selection->timeRange();
    if (!r.isEmpty())
        parts.append(QStringLiteral("%1 – %2").arg(r.from, r.to));
    return parts.join(QStringLiteral(" · "));
}

void SelectionBar::refresh()
{
    // deleteLater: refresh() often runs inside a chip's own clicked() signal.
    for (QWidget* w : std::as_const(m_chipWidgets)) {
        w->hide();
        w->deleteLater();
    }
    m_chipWidgets.clear();
    m_showAll->setText(tr("Show all"));
    m_showAll->setToolTip(tr("Clear the selection and show every jurisdiction and field (Esc)"));
    m_showAll->setEnabled(!m_selection->isEmpty());
    m_label->setText(m_selection->isEmpty() ? tr("Showing all jurisdictions and fields") : tr("Selection:"));

    QStringList ids(m_selection->jurisdictions().cbegin(), m_selection->jurisdictions().cend());
    std::sort(ids.begin(), ids.end());
    for (const QString& id : ids)
        addChip(name(id), tr("Remove %1 from the selection").arg(name(id)),
                [this, id] { m_selection->toggleJurisdiction(id); });
    if (!m_selection->field().isEmpty()) {
        const QString field = name(QStringLiteral("field:") + m_selection->field());
        addChip(field, tr("Show every field"), [this] { m_selection->setField({}); });
    }
    const TimeRange& r = m_selection->timeRange();
    if (!r.isEmpty())
        addChip(QStringLiteral("%1 – %2").arg(r.from, r.to), tr("Remove the time range"),
                [this] { m_selection->setTimeRange({}); });
    if (!m_selection->policies().isEmpty())
        addChip(tr("%n policy(ies)", nullptr, static_cast<int>(m_selection->policies().size())), tr("Clear the selected policies"),
                [this] { m_selection->setPolicies({}); });
    for (qint64 c : m_selection->companies()) {
        const QString n = name(QStringLiteral("company:") + QString::number(c));
        addChip(n, tr("Remove %1 from the selection").arg(n), [this, c] {
            QSet<qint64> remaining = m_selection->companies();
            remaining.remove(c);
            m_selection->setCompanies(remaining);
        });
    }
}

} // namespace atlas
