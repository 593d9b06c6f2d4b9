#include "entities.h"

namespace atlas {

QString SourceRef::citation() const
{
    if (!isValid())
        return {};
    QString text = locator;
    if (page > 0)
        text += QStringLiteral(", p.") + QString::number(page);
    return text;
}

} // namespace atlas
