#include "text/NumberingLabel.h"

#include "text/Fold.h"
#include "text/Numerals.h"

#include <QRegularExpression>

namespace concord {

namespace {

/// Vietnamese alphabet order for lettered items: a b c d đ e g h i k l m n o p q r s t u v x y.
int vietnameseLetterValue(QChar letter)
{
    static const QString alphabet = QStringLiteral("abcdđeghiklmnopqrstuvxy");
    const qsizetype index = alphabet.indexOf(letter.toLower());
    return index < 0 ? 0 : int(index) + 1;
}

bool isBoundary(QStringView text, qsizetype at)
{
    return at >= text.size() || !text[at].isLetterOrNumber();
}

/// Skips spaces after a label; returns the new position.
qsizetype skipSpaces(QStringView text, qsizetype at)
{
    while (at < text.size() && (text[at].isSpace() || text[at] == QChar(0x3000)))
        ++at;
    return at;
}

NumberingLabel make(LabelScheme scheme, int value, QStringView original, qsizetype labelEnd)
{
    NumberingLabel label;
    label.scheme = scheme;
    label.value = value;
    label.depth = LabelParser::rank(scheme);
    label.text = original.left(labelEnd).toString();
    label.length = skipSpaces(original, labelEnd);
    label.path = { value };
    return label;
}

std::optional<NumberingLabel> parseChinese(QStringView text)
{
    static const QString digits = QStringLiteral("零〇一二两三四五六七八九十百千");
    auto isDigit = [](QChar c) { return digits.contains(c); };
    if (text.startsWith(u'第')) {
        qsizetype i = 1;
        while (i < text.size()
            && (isDigit(text[i]) || (text[i] >= u'0' && text[i] <= u'9')
                || (text[i].unicode() >= 0xFF10 && text[i].unicode() <= 0xFF19)))
            ++i;
        if (i == 1 || i >= text.size())
            return std::nullopt;
        const QStringView number = text.mid(1, i - 1);
        LabelScheme scheme;
        switch (text[i].unicode()) {
        case u'条':
            scheme = LabelScheme::ZhArticle;
            break;
        case u'章':
            scheme = LabelScheme::ZhChapter;
            break;
        case u'节':
        case u'節':
            scheme = LabelScheme::ZhSection;
            break;
        case u'，':
        case u',':
            scheme = LabelScheme::Ordinal; // 第一，双方…
            break;
        default:
            return std::nullopt;
        }
        const auto value = isDigit(number[0]) ? Numerals::chinese(number) : Numerals::arabic(number);
        NumberingLabel label = make(scheme, value.value_or(0), text, i + 1);
        label.uncertain = !value || *value == 0;
        if (label.uncertain)
            label.value = 0;
        return label;
    }
    qsizetype i = 0;
    const bool paren = text.startsWith(u'(') || text.startsWith(u'（');
    if (paren)
        ++i;
    const qsizetype start = i;
    while (i < text.size() && isDigit(text[i]))
        ++i;
    if (i == start || i >= text.size())
        return std::nullopt;
    const auto value = Numerals::chinese(text.mid(start, i - start));
    if (!paren && text[i] == u'是' && value && *value <= 20 && (i + 1 >= text.size() || text[i + 1] != u'否'))
        return make(LabelScheme::Ordinal, *value, text, i + 1); // 一是…，二是…
    if (paren && (text[i] == u')' || text[i] == u'）'))
        return value ? std::optional(make(LabelScheme::ZhParen, *value, text, i + 1)) : std::nullopt;
    if (!paren && (text[i] == u'、' || text[i] == u'，'))
        return value ? std::optional(make(LabelScheme::ZhEnumComma, *value, text, i + 1)) : std::nullopt;
    return std::nullopt;
}

std::optional<NumberingLabel> parseLatin(QStringView text)
{
    // Vietnamese keywords, matched on folded text so that OCR without diacritics (`Dieu 7`) works too.
    const FoldedText folded = Fold::foldWithSource(text.left(48));
    static const QRegularExpression keyword(
        QStringLiteral("^(phan|chuong|muc|dieu)\\s*([0-9]{1,5}|[ivxlcdm]{1,7})(?![\\p{L}\\p{N}])(?:\\s*([.:\\-–]))?"));
    if (const auto m = keyword.match(folded.text); m.hasMatch()) {
        const QString word = m.captured(1);
        const LabelScheme scheme = word == QLatin1String("phan") ? LabelScheme::ViPart
            : word == QLatin1String("chuong")                    ? LabelScheme::ViChapter
            : word == QLatin1String("muc")                       ? LabelScheme::ViSection
                                                                 : LabelScheme::ViArticle;
        const QString number = m.captured(2);
        const auto value = number.front().isDigit() ? Numerals::arabic(number) : Numerals::roman(number);
        if (!value)
            return std::nullopt;
        const qsizetype end = m.capturedEnd(3) > 0 ? m.capturedEnd(3) : m.capturedEnd(2);
        const auto [from, length] = folded.sourceRange(0, end, text.size());
        NumberingLabel label = make(scheme, *value, text, from + length);
        label.text = label.text.trimmed();
        label.uncertain = *value == 0;
        return label;
    }

    // Ordinals that open the items of minutes: "Thứ nhất, …", "Thứ hai, …".
    static const QRegularExpression ordinal(QStringLiteral("^thu (nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi)\\s*[,:.]"));
    if (const auto m = ordinal.match(folded.text); m.hasMatch()) {
        static const QStringList words { QStringLiteral("nhat"), QStringLiteral("hai"), QStringLiteral("ba"),
            QStringLiteral("tu"), QStringLiteral("nam"), QStringLiteral("sau"), QStringLiteral("bay"),
            QStringLiteral("tam"), QStringLiteral("chin"), QStringLiteral("muoi") };
        const auto [from, length] = folded.sourceRange(0, m.capturedEnd(0), text.size());
        return make(LabelScheme::Ordinal, int(words.indexOf(m.captured(1))) + 1, text, from + length);
    }

    // Parenthesised: (1) (II) (a); OCR may put look-alikes in Roman numerals: (I11).
    static const QRegularExpression parenthesised(
        QStringLiteral("^\\(([0-9]{1,3}|[IVXLCDM1l|]{1,8}|[a-zđ])\\)"), QRegularExpression::CaseInsensitiveOption);
    const QString head = folded.text; // folded: （１） became (1), but case is gone: look at the original
    if (const auto m = parenthesised.match(head); m.hasMatch()) {
        const auto [from, length] = folded.sourceRange(0, m.capturedEnd(0), text.size());
        const QStringView inner = text.mid(folded.source[m.capturedStart(1)],
            folded.sourceRange(m.capturedStart(1), m.capturedLength(1), text.size()).second);
        if (const auto number = Numerals::arabic(inner))
            return make(LabelScheme::ArabicBothParen, *number, text, from + length);
        const bool upper = inner.front().isUpper() || inner.front() == u'1' || inner.front() == u'|';
        static const QString romanLetters = QStringLiteral("IVXLCDM");
        if (inner.size() == 1 && (!upper || !romanLetters.contains(inner.front())) && inner.front().isLetter())
            return make(LabelScheme::LetterParen, vietnameseLetterValue(inner.front()), text, from + length);
        if (upper) {
            NumberingLabel label = make(LabelScheme::RomanParen, 0, text, from + length);
            if (const auto roman = Numerals::roman(inner)) {
                label.value = *roman;
            } else {
                label.uncertain = true;
                label.value = Numerals::romanOcr(inner).value_or(0);
            }
            label.path = { label.value };
            return label;
        }
        return std::nullopt;
    }

    // Decimal 1.2 / 2.3.1 (not dates such as 11.02.2026: a label is followed by a space).
    static const QRegularExpression decimal(QStringLiteral("^([0-9]{1,3})((?:\\.[0-9]{1,3})+)\\.?(?=\\s|$)"));
    if (const auto m = decimal.match(head); m.hasMatch()) {
        const QStringList parts = m.captured(0).split(QLatin1Char('.'), Qt::SkipEmptyParts);
        const auto [from, length] = folded.sourceRange(0, m.capturedEnd(0), text.size());
        // "1.5 triệu đồng" is an amount: without a closing dot, a label is followed by a capital or a Han.
        const qsizetype next = skipSpaces(text, from + length);
        if (!m.captured(0).endsWith(QLatin1Char('.')) && next < text.size() && text[next].isLower())
            return std::nullopt;
        NumberingLabel label = make(LabelScheme::Decimal, parts.back().toInt(), text, from + length);
        label.path.clear();
        for (const QString& part : parts)
            label.path.append(part.toInt());
        label.depth = LabelParser::rank(LabelScheme::ArabicDot) + int(parts.size()) - 1;
        return label;
    }

    // 1.  1)  1、  a)  I.  IV.
    static const QRegularExpression simple(
        QStringLiteral("^(?:([0-9]{1,3})([.)、])(?![0-9])|([a-zđ])\\)|([ivxlcdm1l|]{1,8})\\.(?=\\s|$))"));
    if (const auto m = simple.match(head); m.hasMatch()) {
        const auto [from, length] = folded.sourceRange(0, m.capturedEnd(0), text.size());
        const qsizetype end = from + length;
        if (!isBoundary(text, end) && !text[end].isLetter())
            return std::nullopt;
        if (m.capturedLength(1) > 0) {
            const int value = m.captured(1).toInt();
            const QChar mark = m.captured(2).front();
            const LabelScheme scheme = mark == u'.' ? LabelScheme::ArabicDot
                : mark == u')'                      ? LabelScheme::ArabicParen
                                                    : LabelScheme::ArabicEnumComma;
            return make(scheme, value, text, end);
        }
        if (m.capturedLength(3) > 0)
            return make(LabelScheme::LetterParen, vietnameseLetterValue(text[from]), text, end);
        // Roman with a dot: only in capitals (a lower-case "i." is a sentence), single L C D M are initials.
        const QStringView numeral = text.mid(from, length - 1);
        if (!numeral.front().isUpper() && numeral.front() != u'1' && numeral.front() != u'|')
            return std::nullopt;
        NumberingLabel label = make(LabelScheme::RomanDot, 0, text, end);
        if (const auto roman = Numerals::roman(numeral); roman && !(numeral.size() == 1 && *roman >= 50)) {
            label.value = *roman;
        } else if (numeral.size() == 1) {
            return std::nullopt; // "C." or "D." is somebody's initial
        } else {
            label.uncertain = true;
            label.value = Numerals::romanOcr(numeral).value_or(0);
        }
        label.path = { label.value };
        return label;
    }

    // OCR reads "I." as "L": "L Tiếp tục", "IL Tiếp tục", "IIL Tăng cường" are sections I, II, III. Only in
    // this exact shape (capital L last, then a space and a capital), and always uncertain.
    static const QRegularExpression ocrRomanDot(QStringLiteral("^(I{0,3})L (?=\\p{Lu})"));
    if (const auto m = ocrRomanDot.match(text); m.hasMatch()) {
        NumberingLabel label = make(LabelScheme::RomanDot, int(m.capturedLength(1)) + 1, text, m.capturedLength(0) - 1);
        label.uncertain = true;
        return label;
    }

    static const QRegularExpression bullet(QStringLiteral("^[-–—•●▪+*](?=\\s)"));
    if (const auto m = bullet.match(head); m.hasMatch()) {
        NumberingLabel label = make(LabelScheme::Bullet, 0, text, folded.source[0] + 1);
        label.path.clear();
        return label;
    }
    return std::nullopt;
}

} // namespace

int LabelParser::rank(LabelScheme scheme)
{
    switch (scheme) {
    case LabelScheme::ViPart:
        return 0;
    case LabelScheme::ViChapter:
    case LabelScheme::ZhChapter:
        return 1;
    case LabelScheme::ViSection:
    case LabelScheme::ZhSection:
        return 2;
    case LabelScheme::ViArticle:
    case LabelScheme::ZhArticle:
        return 3;
    case LabelScheme::RomanDot:
    case LabelScheme::ZhEnumComma:
        return 4;
    case LabelScheme::ArabicDot:
    case LabelScheme::ArabicEnumComma:
    case LabelScheme::Decimal:
    case LabelScheme::Ordinal:
        return 5;
    case LabelScheme::ArabicParen:
    case LabelScheme::ArabicBothParen:
    case LabelScheme::ZhParen:
    case LabelScheme::RomanParen:
        return 6;
    case LabelScheme::LetterParen:
        return 7;
    case LabelScheme::Bullet:
        return 8;
    }
    return 8;
}

QString NumberingLabel::schemeKey(LabelScheme scheme)
{
    static const char* const keys[] = { "vi-part", "vi-chapter", "vi-section", "vi-article", "zh-chapter", "zh-section",
        "zh-article", "roman-dot", "zh-enum-comma", "arabic-dot", "arabic-enum-comma", "decimal", "arabic-paren",
        "arabic-both-paren", "zh-paren", "roman-paren", "letter-paren", "ordinal", "bullet" };
    return QString::fromLatin1(keys[static_cast<int>(scheme)]);
}

std::optional<NumberingLabel> LabelParser::parse(QStringView paragraph)
{
    const qsizetype start = skipSpaces(paragraph, 0);
    const QStringView text = paragraph.mid(start);
    if (text.isEmpty())
        return std::nullopt;
    auto label = parseChinese(text);
    if (!label)
        label = parseLatin(text);
    if (label)
        label->length += start;
    return label;
}

} // namespace concord
