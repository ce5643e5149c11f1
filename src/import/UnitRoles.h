#pragma once

#include "model/Structure.h"

namespace concord {

/// Decides the roles of units once for both language versions of a document, where the two texts put the
/// same thing in different places: the closing formulas (`Bản thỏa thuận này được lập thành 06 bản…`,
/// `本协议一式六份…`) that one version writes as paragraphs after the last article and the other inside it.
/// When one version has closing units and the other none, the other's last numbered unit is split where
/// a paragraph or sentence opens a closing and holds its formulas (originals, entry into force, place of
/// signing), so both show the closing the same way and it pairs closing with closing.
class UnitRoles
{
public:
    static void harmonise(LanguageVersion& vi, LanguageVersion& zh);
};

} // namespace concord
