#include "import/SignatureParser.h"

#include "text/ScriptClassifier.h"

#include <QRegularExpression>

namespace concord {

namespace {

/// Offices, longest first so that "PHÓ BÍ THƯ THƯỜNG TRỰC" wins over "BÍ THƯ".
const QStringList& offices()
{
    static const QStringList list {
        QStringLiteral("PHÓ BÍ THƯ THƯỜNG TRỰC"),
        QStringLiteral("PHÓ BÍ THƯ"),
        QStringLiteral("BÍ THƯ"),
        QStringLiteral("PHÓ CHỦ TỊCH"),
        QStringLiteral("CHỦ TỊCH"),
        QStringLiteral("PHÓ GIÁM ĐỐC"),
        QStringLiteral("GIÁM ĐỐC"),
        QStringLiteral("TRƯỞNG BAN"),
        QStringLiteral("TRƯỞNG ĐOÀN"),
        QStringLiteral("副书记"),
        QStringLiteral("书记"),
        QStringLiteral("副主席"),
        QStringLiteral("主席"),
        QStringLiteral("副厅长"),
        QStringLiteral("厅长"),
        QStringLiteral("局长"),
        QStringLiteral("主任"),
        QStringLiteral("团长"),
    };
    return list;
}

/// On behalf of: "T/M BAN THƯỜNG VỤ", "TM. ỦY BAN NHÂN DÂN".
const QRegularExpression& onBehalf()
{
    static const QRegularExpression re(QStringLiteral("^(?:T/M|TM\\.?|KT\\.?|Q\\.)\\s"));
    return re;
}

bool isUpperLatin(const QString& line)
{
    const CaseCounts counts = ScriptClassifier::countCase(line);
    return counts.upper >= 2 && counts.lower == 0;
}

bool isHan(QChar c)
{
    return c.unicode() >= 0x3400 && c.unicode() <= 0x9FFF;
}

/// Splits an office out of \a line: at its start (`BÍ THƯ TỈNH ỦY QUẢNG NINH`) or its end (`广宁省委员会书记`).
/// A line in ordinary case that starts with an office is an office as a whole (`Trưởng Ban Đối ngoại`:
/// organisations in signature blocks are written in capitals); a Chinese office keeps its `副`/`常务`.
bool takeOffice(QString* line, QString* office)
{
    const QString upper = line->toUpper();
    const bool capitals = upper == *line;
    for (const QString& candidate : offices()) {
        if (upper == candidate || upper.startsWith(candidate + QLatin1Char(' '))) {
            const qsizetype length = capitals ? candidate.size() : line->size();
            *office = line->left(length);
            *line = line->mid(length).trimmed();
            return true;
        }
        if (isHan(candidate.front()) && line->endsWith(candidate)) {
            qsizetype length = candidate.size();
            for (const QString& prefix : { QStringLiteral("常务副"), QStringLiteral("副"), QStringLiteral("常务") }) {
                if (line->chopped(length).endsWith(prefix)) {
                    length += prefix.size();
                    break;
                }
            }
            *office = line->right(length);
            line->chop(length);
            *line = line->trimmed();
            return true;
        }
    }
    return false;
}

/// An office no list holds, known by its form: a Vietnamese title word first (`Phó Trưởng đoàn`, `Chủ tịch
/// Ủy ban nhân dân`, `Tổng Lãnh sự`), or a Chinese title last (`对外部部长`, `人民委员会主席`, `总领事`). Used on
/// the line of a block that stands where the office stands: right before the name.
bool looksLikeOffice(const QString& line)
{
    static const QRegularExpression vietnamese(QStringLiteral(
        "^(?:phó\\s+)?(?:chủ tịch|bí thư|giám đốc|trưởng|tổng lãnh sự|tổng giám đốc|tổng thư ký|đại sứ|lãnh sự|ủy viên|"
        "thứ trưởng|bộ trưởng|chánh|phó)(?:\\s|$)"));
    static const QRegularExpression chinese(
        QStringLiteral("\\p{Han}(?:长|主席|书记|主任|委员|代表|大使|领事|秘书)$|^副"));
    if (line.size() > 40)
        return false;
    return vietnamese.match(line.toLower()).hasMatch() || chinese.match(line).hasMatch();
}

} // namespace

bool SignatureParser::isPersonName(const QString& line)
{
    // A syllable of a name is capitalised; OCR reads a short one in capitals now and then ("Hoàng Tường VI").
    static const QRegularExpression latinName(
        QStringLiteral("^(?:\\p{Lu}\\p{Ll}*)(?: \\p{Lu}\\p{Ll}*){0,3} \\p{Lu}(?:\\p{Ll}*|\\p{Lu})$"));
    static const QRegularExpression hanName(QStringLiteral("^\\p{Han}{2,4}$"));
    static const QRegularExpression both(
        QStringLiteral("^((?:\\p{Lu}\\p{Ll}*)(?: \\p{Lu}\\p{Ll}*){1,4}) (\\p{Han}{2,4})$"));
    QString office;
    QString rest = line;
    if (takeOffice(&rest, &office))
        return false;
    static const QRegularExpression organisation(QStringLiteral("(?:委员会|省委|市委|政府|厅|局)$"));
    // "副州长", "主任": a title on a line of its own, not a name.
    if (hanName.match(line).hasMatch())
        return !organisation.match(line).hasMatch() && !looksLikeOffice(line);
    return line.size() <= 40 && (latinName.match(line).hasMatch() || both.match(line).hasMatch());
}

bool SignatureParser::isSignatureLike(const Paragraph& paragraph)
{
    static const QRegularExpression sentenceEnd(QStringLiteral("[.。;；:：!！?？,，]$"));
    for (const SourceLine& line : paragraph.lines) {
        const ScriptCounts counts = ScriptClassifier::count(line.text);
        const bool shortLine = counts.han > 0 ? line.text.size() <= 30 : line.text.size() <= 60;
        if (!shortLine || sentenceEnd.match(line.text).hasMatch())
            return false;
        if (counts.han == 0 && !isUpperLatin(line.text) && !isPersonName(line.text)
            && !onBehalf().match(line.text).hasMatch() && !looksLikeOffice(line.text))
            return false;
    }
    return !paragraph.lines.isEmpty();
}

QList<Unit> SignatureParser::parse(const QList<Paragraph>& paragraphs)
{
    struct Block
    {
        QStringList party;
        QString office;
        QString person;
        QString alternate;
        QStringList written; ///< the block's lines as the text has them, in their order
        int line = 0;
    };
    QList<Block> blocks;
    qsizetype waitingForName = 0; // first block without a name
    bool open = false; // the last block still takes party lines
    bool headerDone = false; // the last block ended on a line that was only its office ("书记", "BÍ THƯ")
    static const QRegularExpression both(QStringLiteral("^(.*\\p{Latin}) (\\p{Han}{2,4})$"));

    for (const Paragraph& paragraph : paragraphs) {
        for (const SourceLine& source : paragraph.lines) {
            QString line = source.text;
            if (isPersonName(line)) {
                while (waitingForName < blocks.size() && !blocks[waitingForName].person.isEmpty())
                    ++waitingForName;
                if (waitingForName == blocks.size()) {
                    blocks.append(Block());
                    blocks.back().line = source.number;
                }
                Block& block = blocks[waitingForName];
                block.written.append(line);
                // Where no listed office was found, the line right before the name is the office when it
                // reads as one.
                if (block.office.isEmpty() && !block.party.isEmpty() && looksLikeOffice(block.party.back()))
                    block.office = block.party.takeLast();
                if (const auto m = both.match(line); m.hasMatch()) {
                    block.person = m.captured(1);
                    block.alternate = m.captured(2);
                } else {
                    block.person = line;
                }
                open = false;
                headerDone = false;
                continue;
            }
            QString office;
            const bool hasOffice = takeOffice(&line, &office) || onBehalf().match(line).hasMatch();
            const bool officeTaken = !blocks.isEmpty() && !blocks.back().office.isEmpty()
                && !onBehalf().match(blocks.back().office).hasMatch();
            if (!open || (hasOffice && officeTaken) || (headerDone && !hasOffice)) {
                blocks.append(Block());
                blocks.back().line = source.number;
                open = true;
            }

            Block& block = blocks.back();
            block.written.append(source.text);
            if (office.isEmpty() && onBehalf().match(line).hasMatch())
                std::swap(office, line);
            if (!office.isEmpty())
                block.office = block.office.isEmpty() ? office : block.office + QLatin1Char(' ') + office;
            // An office line after the party ends the block's header ("…委员会 / 书记"); an office line first
            // ("CHỦ TỊCH / UBND TỈNH LÀO CAI") is followed by its party.
            headerDone = hasOffice && line.isEmpty() && !block.party.isEmpty();
            if (!line.isEmpty())
                block.party.append(line);
        }
    }

    QList<Unit> units;
    for (const Block& block : blocks) {
        Unit unit;
        unit.kind = UnitKind::Signature;
        unit.line = block.line;
        QString party;
        for (const QString& part : block.party)
            party = Paragraph::join(party, part);
        unit.signature = { party, block.office, block.person, block.alternate };
        // Shown as written: office before or after the organisation, as the text has it.
        unit.text = block.written.join(QLatin1Char('\n'));
        units.append(unit);
    }
    return units;
}

} // namespace concord
