#pragma once

#include "import/Paragraph.h"

#include <QList>
#include <QString>

namespace concord {

/// The administrative head above an official document's title: the issuing office ("UBND TỈNH LẠNG SƠN",
/// "SỞ Y TẾ TỈNH LẠNG SƠN", "广西壮族自治区卫生健康委员会"), the national motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
/// "Độc lập - Tự do - Hạnh phúc"), the document's number ("Số: 12/KH-SYT", "桂卫函〔2026〕12号") and its place and
/// date line ("Lạng Sơn, ngày 22 tháng 5 năm 2026"). None of it is the title, and none of it is text to align.
class Letterhead
{
public:
    /// The letterhead lines at the start of \a paragraphs, taken out of them (a paragraph left empty is removed);
    /// none when the document opens with its title. A block of office lines alone is a letterhead only when a
    /// title follows it (a line naming a kind of document: "BIÊN BẢN …", "…纪要"), so that a title is never lost.
    static QList<SourceLine> take(QList<Paragraph>& paragraphs);

    /// A line of a letterhead that nothing else is: the motto, the number, the place and date (not an office's name,
    /// which a title's continuation can look like). Two-column heads read line by line put these after the subject.
    static bool isAdministrative(const QString& line);
    /// "Lạng Sơn, ngày 22 tháng 5 năm 2026": the line that dates an administrative document where it was issued.
    static bool isPlaceAndDate(const QString& line);
    /// Whether \a line names a kind of document, as a title does ("KẾ HOẠCH", "Biên bản", "协议", "纪要" …).
    static bool namesDocumentKind(const QString& line);
};

} // namespace concord
