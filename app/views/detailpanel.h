#pragma once

#include "domain/entities.h"

#include <QTextBrowser>

#include <optional>

namespace atlas {

class Repository;

/// \brief Shows one entity with all its fields, its sources (section, table, printed page, lines), the
/// data notes that say where the report contradicts itself about it, and links to related entities
/// (policy ↔ 첨부 1 entries; company ↔ activities ↔ financials ↔ 첨부 3 rows). Links navigate here and are
/// also announced, so the shell can follow them in the selection.
class DetailPanel : public QTextBrowser
{
    Q_OBJECT
public:
    DetailPanel(const Repository* repository, QWidget* parent = nullptr);

    void setLanguage(Lang lang);
    void showPolicy(qint64 policyId, const Appendix1Entry* entry = nullptr);
    /// entity: policy(ies), company(ies), organization(s), activity(ies), statistic(s), standard(s),
    /// reference(s), financial(s) (id = company id), jurisdiction (id = its code).
    void showEntity(const QString& entity, const QVariant& id);
    void showHint(const QString& text);
    qint64 currentPolicy() const { return m_kind == QStringLiteral("policy") ? m_id.toLongLong() : 0; }
    QString currentKind() const { return m_kind; }

signals:
    void linkActivated(const QString& entity, const QVariant& id);

private:
    void render();
    QString policyHtml(qint64 id) const;
    QString companyHtml(qint64 id) const;
    QString organizationHtml(qint64 id) const;
    QString activityHtml(qint64 id) const;
    QString statisticHtml(qint64 id) const;
    QString standardHtml(qint64 id) const;
    QString referenceHtml(qint64 id) const;
    QString jurisdictionHtml(const QString& id) const;
    QString notesHtml(const QString& entityType, const QString& key) const;
    QString sourceHtml(const SourceRef& s) const;

    const Repository* m_repository;
    Lang m_lang = Lang::Korean;
    QString m_kind;
    QVariant m_id;
    std::optional<Appendix1Entry> m_entry;
    QString m_hint;
};

} // namespace atlas
