#pragma once

#include "domain/entities.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace atlas {

/// \brief The value of one jurisdiction on one map layer, with where the report gives it.
struct MapValue
{
    /// One 첨부 1 entry behind a count, for the tooltip.
    struct Item
    {
        QString fieldCode;
        QString titleKo;
        QString titleEn;
        QString dateAsPrinted;
        SourceRef source;

        QString title(Lang lang) const { return pick(lang, titleKo, titleEn); }
    };

    double value = 0;
    QString asPrinted;        ///< the report's notation ('61.1%', '25,040명'); empty for counts we made
    QString period;           ///< ISO prefix or 'FROM..TO'
    QString subjectKo;
    QString subjectEn;
    SourceRef source;
    QVector<Item> items;      ///< 첨부 1 layers: the entries counted
    QStringList otherPeriods; ///< further values the report gives for other periods ('2010: 54.1%')

    QString subject(Lang lang) const { return pick(lang, subjectKo, subjectEn); }
};

} // namespace atlas
