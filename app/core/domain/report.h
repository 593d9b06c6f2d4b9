#pragma once

#include "entities.h"

#include <QString>

namespace atlas {

/// \brief The credit line for the report, shown in the About box and in the footer of every export.
/// The report is published under KOGL type 4: attribution, no commercial use, no changes.
struct ReportCredit
{
    static QString citation(Lang lang);   ///< publisher, title, date
    static QString licence(Lang lang);    ///< the KOGL type 4 line
    static QString authors();
};

} // namespace atlas
