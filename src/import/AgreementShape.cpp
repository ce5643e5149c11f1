#include "import/AgreementShape.h"

#include "model/TableCells.h"

namespace concord {

bool AgreementShape::recognisable(const ParsedDocument& document)
{
    // The first paragraph of any text is taken as its title; a title counts when it names a kind of agreement
    // (thỏa thuận, biên bản, bản ghi nhớ … / 协议, 纪要, 备忘录 …).
    const Agreement& header = document.metadata.header;
    if (header.kind != AgreementKind::Other || header.signedOn.isValid() || !document.metadata.parties.isEmpty())
        return true;
    for (const LanguageVersion& version : document.versions) {
        for (const Unit& unit : version.units) {
            if (unit.kind == UnitKind::Signature || unit.label.has_value())
                return true;
            // An implementation plan's task table (STT | Nội dung | Đơn vị chủ trì …) is the structure of a plan.
            if (unit.kind == UnitKind::Table && TableCells::isHeader(TableCells::split(unit.text)))
                return true;
        }
    }
    return false;
}

std::optional<Error> AgreementShape::refusal(const ParsedFile& file)
{
    for (const ParsedDocument& document : file.documents) {
        if (recognisable(document))
            return std::nullopt;
    }
    return Error { file.path, 0, -1,
        tr("No agreement was recognised in it: no title, no numbered or signed parts, no parties. Import it anyway "
           "only if it is an agreement."),
        NoStructure };
}

} // namespace concord
