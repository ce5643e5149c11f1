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
bool takeOffice(QString* line, QString* office)
{
    const QString upper = line->toUpper();
    for (const QString& candidate : offices()) {
        if (upper == candidate || upper.startsWith(candidate + QLatin1Char(' '))) {
            *office = line->left(candidate.size());
            *line = line->mid(candidate.size()).trimmed();
            return true;
        }
        if (isHan(candidate.front()) && line->endsWith(candidate)) {
            *office = candidate;
            line->chop(candidate.size());
            *line = line->trimmed();
            return true;
        }
    }
    return false;
}

} // namespace

bool SignatureParser::isPersonName(const QString& line)
{
    static const QRegularExpression latinName(QStringLiteral("^(?:\\p{Lu}\\p{Ll}*)(?: \\p{Lu}\\p{Ll}*){1,4}$"));
    static const QRegularExpression hanName(QStringLiteral("^\\p{Han}{2,4}$"));
    static const QRegularExpression both(
        QStringLiteral("^((?:\\p{Lu}\\p{Ll}*)(?: \\p{Lu}\\p{Ll}*){1,4}) (\\p{Han}{2,4})$"));
    QString office;
    QString rest = line;
    if (takeOffice(&rest, &office))
        return false;
    static const QRegularExpression organisation(QStringLiteral("(?:委员会|省委|市委|政府|厅|局)$"));
    if (hanName.match(line).hasMatch())
        return !organisation.match(line).hasMatch();
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
            && !onBehalf().match(line.text).hasMatch())
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
        QStringList text;
        for (const QString& piece : { party, block.office, block.person, block.alternate }) {
            if (!piece.isEmpty())
                text.append(piece);
        }
        unit.text = text.join(QLatin1Char('\n'));
        units.append(unit);
    }
    return units;
}

} // namespace concord
