#include "searchbox.h"

#include "data/searchengine.h"

#include <QKeyEvent>
#include <QListWidget>
#include <QTimer>

namespace atlas {

SearchBox::SearchBox(const SearchEngine* engine, QWidget* parent)
    : QLineEdit(parent), m_engine(engine)
{
    setClearButtonEnabled(true);
    setMinimumWidth(260);
    m_list = new QListWidget(this);
    m_list->setWindowFlags(Qt::Popup | Qt::FramelessWindowHint);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setFocusProxy(this);
    m_list->setMouseTracking(true);
    m_list->setUniformItemSizes(false);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(150);
    connect(this, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_debounce, &QTimer::timeout, this, &SearchBox::runNow);
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) { choose(m_list->row(item)); });
}

QString SearchBox::typeLabel(const QString& type)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("policy"), QT_TR_NOOP("Policies")},
        {QStringLiteral("jurisdiction"), QT_TR_NOOP("Jurisdictions")},
        {QStringLiteral("organization"), QT_TR_NOOP("Organizations")},
        {QStringLiteral("company"), QT_TR_NOOP("Companies")},
        {QStringLiteral("activity"), QT_TR_NOOP("Activities")},
        {QStringLiteral("standard"), QT_TR_NOOP("Standards")},
        {QStringLiteral("statistic"), QT_TR_NOOP("Statistics")},
        {QStringLiteral("reference"), QT_TR_NOOP("References")},
    };
    return tr(labels.value(type, "?"));
}

void SearchBox::runNow()
{
    m_debounce->stop();
    m_list->clear();
    if (!m_engine || text().trimmed().isEmpty()) {
        m_list->hide();
        return;
    }
    auto hits = m_engine->search(text(), {}, 60);
    // Grouped by type, in the order of each type's best hit.
    QStringList order;
    for (const SearchHit& h : hits)
        if (!order.contains(h.type))
            order.append(h.type);
    const Lang other = m_lang == Lang::Korean ? Lang::English : Lang::Korean;
    for (const QString& type : order) {
        auto* header = new QListWidgetItem(typeLabel(type), m_list);
        header->setFlags(Qt::NoItemFlags);
        QFont f = header->font();
        f.setBold(true);
        header->setFont(f);
        for (const SearchHit& h : hits) {
            if (h.type != type)
                continue;
            auto* item = new QListWidgetItem(QStringLiteral("   ") + pick(m_lang, h.titleKo, h.titleEn)
                                                 + (h.date.isEmpty() ? QString() : QStringLiteral("  (") + h.date + QLatin1Char(')')),
                                             m_list);
            item->setToolTip(pick(other, h.titleKo, h.titleEn) + QLatin1Char('\n') + h.source);
            item->setData(Qt::UserRole, h.type);
            item->setData(Qt::UserRole + 1, h.id);
        }
    }
    if (hits.isEmpty()) {
        const QString broken = m_engine->unavailableReason();
        auto* none = new QListWidgetItem(broken.isEmpty() ? tr("No match")
                                                          : tr("Search is unavailable: the search index of this database "
                                                               "is damaged.\nThe other views are not affected."),
                                         m_list);
        none->setFlags(Qt::NoItemFlags);
        none->setToolTip(broken);
    }
    m_list->setFixedWidth(std::max(width(), 480));
    m_list->setFixedHeight(std::min(420, m_list->sizeHintForRow(0) * (m_list->count() + 1) + 6));
    // Right-aligned with the box: it sits in the menu bar's right corner, so the list grows leftwards.
    m_list->move(mapToGlobal(QPoint(width() - m_list->width(), height())));
    m_list->show();
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->flags() & Qt::ItemIsEnabled) {
            m_list->setCurrentRow(i);
            break;
        }
}

void SearchBox::choose(int row)
{
    QListWidgetItem* item = m_list->item(row);
    if (!item || !(item->flags() & Qt::ItemIsEnabled))
        return;
    m_list->hide();
    emit resultActivated(item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString());
}

void SearchBox::keyPressEvent(QKeyEvent* event)
{
    if (m_list->isVisible()) {
        int row = m_list->currentRow();
        const auto step = [&](int d) {
            for (int r = row + d; r >= 0 && r < m_list->count(); r += d)
                if (m_list->item(r)->flags() & Qt::ItemIsEnabled) {
                    m_list->setCurrentRow(r);
                    return;
                }
        };
        switch (event->key()) {
        case Qt::Key_Down: step(1); return;
        case Qt::Key_Up: step(-1); return;
        case Qt::Key_Return:
        case Qt::Key_Enter: choose(row); return;
        case Qt::Key_Escape: m_list->hide(); return;
        default: break;
        }
    } else if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        runNow();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace atlas
