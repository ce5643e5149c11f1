#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <algorithm>
#include <optional>

namespace concord {

/// How a unit is numbered. Vietnamese and Chinese schemes that correspond share a rank (depth).
enum class LabelScheme {
    ViPart, ///< Phần I
    ViChapter, ///< Chương II
    ViSection, ///< Mục 3
    ViArticle, ///< Điều 7
    ZhChapter, ///< 第二章
    ZhSection, ///< 第一节
    ZhArticle, ///< 第七条
    RomanDot, ///< I.  IV.
    ZhEnumComma, ///< 一、
    ArabicDot, ///< 1.
    ArabicEnumComma, ///< 1、
    Decimal, ///< 1.2  2.3.1.
    ArabicParen, ///< 1)
    ArabicBothParen, ///< (1)  （１）
    ZhParen, ///< （一）  (二十三)
    RomanParen, ///< (II)
    LetterParen, ///< a)  (b)  đ)
    Ordinal, ///< Thứ nhất,  Thứ hai,  一是  二是  第一，
    Bullet, ///< - • +
};

/// A numbering label at the start of a paragraph, e.g. `Điều 12.` → (ViArticle, 12, depth 3).
struct NumberingLabel
{
    LabelScheme scheme = LabelScheme::ArabicDot;
    int value = 0; ///< 1-based; 0 when unknown (uncertain labels that cannot be repaired, bullets)
    int depth = 0; ///< nominal rank: part 0, chapter 1, section 2, article 3, I./一、 4, 1. 5, (1)/(一) 6, a) 7
    bool uncertain = false; ///< OCR-damaged (`(I11)`, `IIL.`) or implausible (`第〇条`): check before trusting
    QString text; ///< the label as written, without the space after it
    qsizetype length = 0; ///< characters of the paragraph the label takes, with the space after it
    QList<int> path; ///< Decimal: every component (`2.3.1` → 2, 3, 1); otherwise just the value

    static QString schemeKey(LabelScheme scheme);
    /// Member by member; the path compared element by element (Qt 6.4's QList<int>::operator== hands memcmp a
    /// null pointer when one of two empty lists has no buffer, which UBSan reports).
    bool operator==(const NumberingLabel& other) const
    {
        return scheme == other.scheme && value == other.value && depth == other.depth && uncertain == other.uncertain
            && text == other.text && length == other.length
            && std::equal(path.cbegin(), path.cend(), other.path.cbegin(), other.path.cend());
    }
};

/// Recognises the numbering label a paragraph starts with, in either language.
class LabelParser
{
public:
    /// \a paragraph must start with the label (leading white space is skipped); markup is the caller's.
    static std::optional<NumberingLabel> parse(QStringView paragraph);
    static int rank(LabelScheme scheme);
};

} // namespace concord
