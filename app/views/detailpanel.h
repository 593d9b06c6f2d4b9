#pragma once

#include "domain/entities.h"

#include <QTextBrowser>

namespace atlas {

class Repository;

/// \brief Shows one entity with all its fields, its sources (section, table, printed page, lines) and
/// the data notes that say where the report contradicts itself about it.
class DetailPanel : public QTextBrowser
{
    Q_OBJECT
public:
    DetailPanel(const Repository* repository, QWidget* parent = nullptr);

    void setLanguage(Lang lang);
    void showPolicy(qint64 policyId, const Appendix1Entry* entry = nullptr);
    void showHint(const QString& text);
    qint64 currentPolicy() const { return m_policyId; }

private:
    void render();
    const Repository* m_repository;
    Lang m_lang = Lang::Korean;
    qint64 m_policyId = 0;
    std::optional<Appendix1Entry> m_entry;
    QString m_hint;
};

} // namespace atlas
