#include "report.h"

namespace atlas {

QString ReportCredit::citation(Lang lang)
{
    if (lang == Lang::Korean)
        return QStringLiteral("출처: 소프트웨어정책연구소(SPRi), 「2024년 국내외 인공지능 산업 동향 연구」 (2025.4)");
    return QStringLiteral("Source: 소프트웨어정책연구소(SPRi), 2024년 국내외 인공지능 산업 동향 연구 "
                          "(Software Policy & Research Institute, 2024 Domestic and International AI Industry "
                          "Trends, 2025.4)");
}

QString ReportCredit::licence(Lang lang)
{
    if (lang == Lang::Korean)
        return QStringLiteral("공공누리 제4유형(출처표시-상업적 이용금지-변경금지). 본 자료의 내용은 "
                              "소프트웨어정책연구소의 연구 결과입니다.");
    return QStringLiteral("KOGL Type 4 (attribution, non-commercial, no derivatives). The content is the research "
                          "of the Software Policy & Research Institute (SPRi).");
}

QString ReportCredit::authors()
{
    return QStringLiteral("이해수, 유재흥, 안미소, 안성원");
}

} // namespace atlas
