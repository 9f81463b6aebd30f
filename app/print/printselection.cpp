// SPDX-License-Identifier: MIT
#include "printselection.h"

QStringList PrintSelection::sectionNames()
{
    return {QStringLiteral("audiences"), QStringLiteral("categories"), QStringLiteral("all")};
}

std::optional<PrintSelection> PrintSelection::fromSectionName(const QString &name)
{
    static const Kind kinds[] = {Kind::Audiences, Kind::Categories, Kind::Atlas};
    const qsizetype index = sectionNames().indexOf(name.trimmed().toLower());
    if (index < 0)
        return std::nullopt;
    return section(kinds[index]);
}
