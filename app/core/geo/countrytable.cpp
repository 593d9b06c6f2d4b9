#include "countrytable.h"

#include <QFile>

namespace atlas {

CountryTable CountryTable::fromTsv(const QByteArray& tsv)
{
    CountryTable table;
    const QList<QByteArray> lines = tsv.split('\n');
    for (int i = 1; i < lines.size(); ++i) {
        const QList<QByteArray> cols = lines.at(i).split('\t');
        if (cols.size() != 5 || cols.at(0).isEmpty())
            continue;
        Entry e{QString::fromUtf8(cols.at(0)), QString::fromUtf8(cols.at(1)), QString::fromUtf8(cols.at(2)),
                QString::fromUtf8(cols.at(3)), QString::fromUtf8(cols.at(4)).trimmed()};
        if (!e.numeric.isEmpty())
            table.m_byNumeric.insert(e.numeric, e.alpha3);
        table.m_entries.insert(e.alpha3, e);
    }
    return table;
}

const CountryTable& CountryTable::bundled()
{
    static const CountryTable table = [] {
        QFile file(QStringLiteral(":/maps/countries.tsv"));
        return file.open(QIODevice::ReadOnly) ? fromTsv(file.readAll()) : CountryTable();
    }();
    return table;
}

const CountryTable::Entry* CountryTable::find(const QString& alpha3) const
{
    const auto it = m_entries.constFind(alpha3);
    return it == m_entries.cend() ? nullptr : &it.value();
}

QString CountryTable::alpha3ForNumeric(const QString& numeric) const
{
    return m_byNumeric.value(numeric);
}

} // namespace atlas
