#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace atlas {

/// \brief ISO 3166-1 codes and Korean/English names of every map area, from maps/countries.tsv
/// (i18n-iso-countries 7.14.0, plus the documented keys of areas without an ISO code).
///
/// The database names the report's jurisdictions; this table names everything else on the map, so a
/// tooltip over Brazil can still say 브라질 / Brazil.
class CountryTable
{
public:
    struct Entry
    {
        QString alpha3;
        QString numeric;
        QString alpha2;
        QString nameEn;
        QString nameKo;
    };

    /// Parses the TSV text (header line first). Malformed lines are skipped.
    static CountryTable fromTsv(const QByteArray& tsv);
    /// :/maps/countries.tsv, parsed on first use.
    static const CountryTable& bundled();

    const Entry* find(const QString& alpha3) const;
    QString alpha3ForNumeric(const QString& numeric) const;
    int size() const { return int(m_entries.size()); }

private:
    QHash<QString, Entry> m_entries;
    QHash<QString, QString> m_byNumeric;
};

} // namespace atlas
