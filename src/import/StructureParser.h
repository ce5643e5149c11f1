#pragma once

#include "import/Paragraph.h"
#include "model/Structure.h"

#include <QList>

namespace concord {

/// Turns the paragraphs of one language version into its tree of units (DESIGN.md, "Structure"):
///
/// - debris first (DebrisClassifier): set aside, listed, never inside a unit;
/// - the signature area, found backwards from the end: the trailing run of short, sentence-less paragraphs
///   (SignatureParser);
/// - the title: the first paragraph when it is not a sentence, and the capitalised, bold or heading
///   paragraphs and the `(Giai đoạn 2026 - 2027)` line after it;
/// - numbered units by their labels (LabelParser), nested by the labels' depths;
/// - unnumbered paragraphs before the first numbered unit are preamble; after a numbered unit they belong
///   to it, joined to its last paragraph when they continue a sentence cut by a page break; after the last
///   numbered unit, a paragraph about the document itself or all its parties (`Thỏa thuận này`, `Các Bên`,
///   `本协议`, `各方`) starts the closing.
class StructureParser
{
public:
    static LanguageVersion parse(Language language, const QList<Paragraph>& paragraphs);

    /// Whether a paragraph opens an agreement's closing (`Bản thỏa thuận này…`, `Làm tại…`, `Hai bên…` after the last
    /// article, `本协议…`, `双方…`).
    static bool isClosingStart(const QString& text);
};

} // namespace concord
