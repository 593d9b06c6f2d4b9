#pragma once

#include <QMetaType>
#include <QString>
#include <QVector>

namespace atlas {

/// Language in which data labels (names, titles) are shown. The UI language is Qt's translator's business.
enum class Lang { Korean, English };

/// Picks the text of \a lang, falling back to the other language when it is empty.
inline const QString& pick(Lang lang, const QString& ko, const QString& en)
{
    if (lang == Lang::Korean)
        return ko.isEmpty() ? en : ko;
    return en.isEmpty() ? ko : en;
}

/// \brief Where a fact comes from in the report.
struct SourceRef
{
    qint64 id = 0;
    QString locator;   ///< '제3장 제2절 EU · 〈표 3-16〉'
    int page = 0;      ///< printed page, 0 if unknown
    int lineStart = 0;
    int lineEnd = 0;

    bool isValid() const { return id > 0; }
    /// '제3장 제2절 EU · 〈표 3-16〉, p.52' — the citation shown in tooltips and exports.
    QString citation() const;
};

struct Jurisdiction
{
    QString id;        ///< ISO alpha-3, 'EU', 'INT', ISO 3166-2
    QString nameKo;
    QString nameEn;
    QString kind;      ///< country, supranational, subnational
    QString parentId;
    QString isoNumeric;
    int chapter3Seq = 0;   ///< 1..10 for the chapter-3 jurisdictions, 0 otherwise
    bool inAppendix1 = false;

    QString name(Lang lang) const { return pick(lang, nameKo, nameEn); }
};

struct Field
{
    QString code;      ///< policy_law, industry, tech_research, talent_education
    int seq = 0;
    QString nameKo;
    QString nameEn;

    QString name(Lang lang) const { return pick(lang, nameKo, nameEn); }
};

struct Policy
{
    qint64 id = 0;
    QString jurisdictionId;
    QString issuerKo;
    QString issuerEn;
    QString titleKo;
    QString titleEn;
    QString kind;
    QString status;
    QString date;          ///< ISO prefix
    QString dateEnd;
    QString dateAsPrinted;
    QString summaryKo;
    QString summaryEn;
    QString titleOriginal;
    SourceRef source;

    QString title(Lang lang) const { return pick(lang, titleKo, titleEn); }
    QString issuer(Lang lang) const { return pick(lang, issuerKo, issuerEn); }
    QString summary(Lang lang) const { return pick(lang, summaryKo, summaryEn); }
};

/// \brief One placement in the 첨부 1 matrix (a policy may be placed in several cells).
struct Appendix1Entry
{
    QString jurisdictionId;
    QString field;
    int seq = 0;
    qint64 policyId = 0;
    QString noteKo;
    QString noteEn;
    QString issuerAsPrinted;
    QString titleAsPrinted;
    QString dateAsPrinted;
    SourceRef source;
    Policy policy;         ///< the policy the entry points to

    QString note(Lang lang) const { return pick(lang, noteKo, noteEn); }
};

/// \brief A note on a place where the report contradicts itself, shown beside the value.
struct DataNote
{
    qint64 id = 0;
    QString entityType;
    QString entityKey;
    QString columnName;
    QString printedValue;
    QString storedValue;
    QString anomalyId;
    QString noteKo;
    QString noteEn;
    SourceRef source;

    QString note(Lang lang) const { return pick(lang, noteKo, noteEn); }
};


struct Organization
{
    qint64 id = 0;
    QString nameKo;
    QString nameEn;
    QString kind;
    QString jurisdictionId;
    QString abbreviation;
    QString summaryKo;
    QString summaryEn;
    SourceRef source;

    QString name(Lang lang) const { return pick(lang, nameKo, nameEn); }
};

struct Company
{
    qint64 id = 0;
    QString nameKo;
    QString nameEn;
    QString hqJurisdictionId;
    QString founded;
    QString listed;
    QString fiscalYearEnd;   ///< 'MM-DD'
    QString profileTable;
    qint64 parentId = 0;
    QString summaryKo;
    QString summaryEn;
    SourceRef source;

    QString name(Lang lang) const { return pick(lang, nameKo, nameEn); }
};

struct CompanyActivity
{
    qint64 id = 0;
    qint64 companyId = 0;
    QString date;
    QString dateEnd;
    QString dateAsPrinted;
    QString kind;
    QString tagKo;
    QString textKo;
    QString textEn;
    double amountValue = 0;   ///< base units; 0 when none
    QString amountCurrency;
    QString amountAsPrinted;
    QString appendix3Scope;
    int appendix3Seq = 0;
    SourceRef source;

    QString text(Lang lang) const { return pick(lang, textKo, textEn); }
};

struct CompanyFinancial
{
    qint64 companyId = 0;
    QString metric;
    int fiscalYear = 0;
    QString periodEnd;
    double value = 0;
    QString unit;            ///< USD_million or percent
    QString valueAsPrinted;
    SourceRef source;
};

struct Appendix3Entry
{
    qint64 companyId = 0;
    QString scope;           ///< domestic, overseas
    QString categoryKo;
    QString categoryEn;
    int seq = 0;
    QString companyAsPrinted;
    QString countryAsPrinted;
    SourceRef source;

    QString category(Lang lang) const { return pick(lang, categoryKo, categoryEn); }
};

struct StatisticTopic
{
    QString topic;
    QString nameKo;
    QString nameEn;
    QString unit;
    bool mapLayer = false;
    bool lowerIsBetter = false;
    QString descriptionKo;
    QString descriptionEn;

    QString name(Lang lang) const { return pick(lang, nameKo, nameEn); }
};

struct Statistic
{
    qint64 id = 0;
    QString topic;
    QString jurisdictionId;
    QString subjectKo;
    QString subjectEn;
    QString period;
    double value = 0;
    QString unit;
    bool isForecast = false;
    QString valueAsPrinted;
    QString publisher;
    SourceRef source;

    QString subject(Lang lang) const { return pick(lang, subjectKo, subjectEn); }
};

} // namespace atlas

Q_DECLARE_METATYPE(atlas::SourceRef)
