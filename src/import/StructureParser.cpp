#include "import/StructureParser.h"

#include "import/DebrisClassifier.h"
#include "import/LabelRun.h"
#include "import/Letterhead.h"
#include "import/SignatureParser.h"
#include "model/TableCells.h"
#include "text/Fold.h"
#include "text/NumberingLabel.h"
#include "text/ScriptClassifier.h"

#include <QRegularExpression>

#include <algorithm>

namespace concord {

namespace {

bool endsSentence(const QString& text)
{
    static const QString marks = QStringLiteral(".。;；:：!！?？”\"");
    return !text.isEmpty() && marks.contains(text.back());
}

/// A lead-in: "Hai bên nhất trí như sau:", "中方：".
bool endsWithColon(const QString& text)
{
    return text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(u'：'));
}

bool isCapitalised(const QString& text)
{
    const CaseCounts counts = ScriptClassifier::countCase(text);
    return counts.upper >= 4 && counts.lower * 5 < counts.upper;
}

/// `(Giai đoạn 2026 - 2027)`, `（2026—2027 年）`, `(2022-2026年)`: the period line under a title.
bool isPeriodLine(const QString& text)
{
    static const QRegularExpression period(QStringLiteral("^[(（][^()（）]{0,24}\\d{4}[^()（）]{0,24}[)）]$"));
    return period.match(text).hasMatch();
}

/// A letter's closing formulas: "Trân trọng!", "Nơi nhận:".
bool isLetterClosing(const QString& text)
{
    static const QRegularExpression closing(QStringLiteral("^(?:tran trong|noi nhan)\\b"));
    return closing.match(Fold::fold(text.left(20))).hasMatch();
}

} // namespace

bool StructureParser::isClosingStart(const QString& text)
{
    static const QRegularExpression closing(QStringLiteral(
        "^(?:cac ben|hai ben|ba ben|(?:duoc )?lam tai |(?:ban )?(?:thoa thuan|bien ban|ban ghi nho|tuyen bo chung|van "
        "ban|hiep dinh|"
        "quy che|ke hoach|chuong trinh) nay|各方|双方|本(?:协议|会晤纪要|纪要|备忘录|联合声明|声明|文件|计划|规划|方案|"
        "合作计划|会谈纪要)(?!第))"));
    return closing.match(Fold::fold(text.left(40))).hasMatch();
}

namespace {

/// A paragraph that continues the sentence the previous unit left open across a page break: the unit does
/// not end a sentence, and either a page number or scan residue stood between them or the unit's last
/// paragraph ran to a full line. A section heading is never continued.
bool continues(const Unit& previous, const Paragraph& paragraph, bool afterPageBreak)
{
    // Only the unit's last line is looked at: a unit that grows paragraph by paragraph is never re-read whole.
    const QString& text = previous.text;
    if (text.isEmpty() || endsSentence(text) || paragraph.heading > 0 || text.back() == u')' || text.back() == u'）')
        return false;
    if (previous.kind == UnitKind::Section && !text.contains(QLatin1Char('\n'))) // stops at its first line break
        return false;
    if (afterPageBreak)
        return true;
    // The last line, looked for among the last 200 characters: a longer one is full in any script.
    constexpr qsizetype Window = 200;
    const QStringView tail = QStringView(text).right(Window);
    const qsizetype lastBreak = tail.lastIndexOf(QLatin1Char('\n'));
    if (lastBreak < 0 && text.size() > Window)
        return true;
    const QStringView last = tail.mid(lastBreak + 1);
    const ScriptCounts counts = ScriptClassifier::count(last.toString());
    const qsizetype fullLine = counts.han > counts.latin ? 40 : 80;
    return last.size() >= fullLine;
}

/// "PHỤ LỤC", "Phụ lục 2: Danh mục …", "附件：2026年合作活动清单", "附件1": the heading of an annex (not a sentence
/// that names one).
bool isAnnexHeading(const QString& body)
{
    static const QRegularExpression annex(QStringLiteral("^(?:phu luc|附件|附录)(?:\\s*[\\divxlc]+)?(?:\\W|$)"));
    return body.size() <= 200 && !endsSentence(body) && annex.match(Fold::fold(body.left(24))).hasMatch();
}

UnitKind kindOf(const NumberingLabel& label)
{
    switch (label.scheme) {
    case LabelScheme::ViArticle:
    case LabelScheme::ZhArticle:
        return UnitKind::Article;
    case LabelScheme::ViPart:
    case LabelScheme::ViChapter:
    case LabelScheme::ViSection:
    case LabelScheme::ZhChapter:
    case LabelScheme::ZhSection:
    case LabelScheme::RomanDot:
    case LabelScheme::ZhEnumComma:
        return UnitKind::Section;
    default:
        return UnitKind::Item;
    }
}

} // namespace

LanguageVersion StructureParser::parse(Language language, const QList<Paragraph>& paragraphs)
{
    LanguageVersion version;
    version.language = language;
    if (!paragraphs.isEmpty()) {
        version.firstLine = paragraphs.front().line();
        version.lastLine = paragraphs.back().lastLine();
    }

    // 1. Debris, and the text paragraphs that remain.
    QList<Paragraph> text;
    QList<bool> pageBreakBefore; // debris stood between this paragraph and the one before
    bool sawDebris = false;
    for (const Paragraph& paragraph : paragraphs) {
        for (const QString& struck : paragraph.struck)
            version.debris.append({ struck, paragraph.line(), QStringLiteral("strikethrough") });
        const QString reason = paragraph.isTable() ? QString() : DebrisClassifier::classify(paragraph);
        if (!reason.isEmpty()) {
            QStringList lines;
            for (const SourceLine& line : paragraph.lines)
                lines.append(line.text);
            version.debris.append({ lines.join(QLatin1Char('\n')), paragraph.line(), reason });
            sawDebris = true;
            continue;
        }
        text.append(paragraph);
        pageBreakBefore.append(sawDebris);
        sawDebris = false;
    }

    // 1b. The letterhead above the title (office, motto, number, place and date): kept as debris of its own, where
    // the metadata still reads the number and the date, never taken for the title.
    const qsizetype before = text.size();
    const QList<SourceLine> letterhead = Letterhead::take(text);
    if (!letterhead.isEmpty()) {
        if (text.size() < before) // whole paragraphs went: their page-break marks with them
            pageBreakBefore.remove(0, before - text.size());
        for (const SourceLine& line : letterhead)
            version.debris.append({ line.text.trimmed(), line.number, QStringLiteral("letterhead") });
    }

    // 2. The signature area: the trailing signature-like paragraphs.
    qsizetype end = text.size();
    while (end > 1 && !text[end - 1].isTable() && SignatureParser::isSignatureLike(text[end - 1]))
        --end;

    // 3. The title.
    qsizetype i = 0;
    auto addUnit = [&](UnitKind kind, const Paragraph& paragraph) {
        Unit unit;
        unit.kind = kind;
        unit.text = paragraph.text();
        unit.line = paragraph.line();
        version.units.append(unit);
    };
    // A bold or heading first paragraph is the title even when it ends with a full stop.
    if (i < end && !text[i].isTable() && (!endsSentence(text[i].text()) || text[i].bold || text[i].heading > 0)
        && !LabelParser::parse(text[i].text()) && text[i].text().size() <= 400) {
        Unit title;
        title.kind = UnitKind::Title;
        title.text = text[i].text();
        title.line = text[i].line();
        for (++i; i < end; ++i) {
            const QString next = text[i].text();
            const bool lowerStart = !next.isEmpty() && next.front().isLower();
            if (text[i].isTable() || LabelParser::parse(next) || endsSentence(next)
                || Letterhead::isAdministrative(next))
                break;
            if (!(isCapitalised(next) || isPeriodLine(next) || (lowerStart && next.size() <= 600)
                    || (text[i].bold && next.size() <= 200)))
                break;
            title.text += QLatin1Char('\n') + next;
        }
        version.units.append(title);
        // The rest of a letterhead read after the subject line (two columns read line by line): the motto, the
        // place and date.
        for (; i < end; ++i) {
            const auto& lines = text[i].lines;
            if (text[i].isTable() || !std::all_of(lines.begin(), lines.end(), [](const SourceLine& line) {
                    return Letterhead::isAdministrative(line.text);
                }))
                break;
            for (const SourceLine& line : lines)
                version.debris.append({ line.text.trimmed(), line.number, QStringLiteral("letterhead") });
        }
    }

    // 4. Preamble, numbered units and closing (which can only follow the last numbered paragraph). Each paragraph's
    // text and label are read once; for each, the next paragraph a label opens (what a damaged label is recovered
    // from, LabelRun::recover).
    QStringList bodies(text.size());
    QList<std::optional<NumberingLabel>> parsed(text.size());
    for (qsizetype k = i; k < end; ++k) {
        bodies[k] = text[k].text();
        if (!text[k].isTable())
            parsed[k] = LabelParser::parse(bodies[k]);
    }
    QList<int> nextLabelled(text.size() + 1, -1);
    for (qsizetype k = end - 1; k >= i; --k) {
        const bool numberedNext = k + 1 < end && parsed[k + 1] && parsed[k + 1]->scheme != LabelScheme::Bullet;
        nextLabelled[k] = numberedNext ? int(k + 1) : nextLabelled[k + 1];
    }
    qsizetype lastLabelled = -1;
    for (qsizetype k = i; k < end; ++k) {
        if (text[k].isTable())
            lastLabelled = k; // a table is part of the body: the closing comes after it
        else if (parsed[k] && parsed[k]->scheme != LabelScheme::Bullet)
            lastLabelled = k;
    }
    QList<int> open; // indices of the numbered units enclosing the current position
    int lastNumbered = -1;
    // A lead-in ("Hai bên nhất trí như sau:", "Phía Trung Quốc:", "中方：") is the parent of the numbered units
    // after it, until a unit as shallow as the one it stands under.
    int leadIn = -1;
    int leadInDepth = -1;
    const auto isLeadIn = [](const QString& body) {
        return endsWithColon(body) && body.size() <= 160 && !body.contains(QLatin1Char('\n'));
    };
    bool closing = false; // once the closing starts, everything up to the signatures is closing
    int lastTable = -1;
    QHash<int, int> lastOfScheme; // scheme → the last unit numbered in it
    // A table: a unit of its own (its header row) under the unit it stands in, its rows under it. A table that goes on
    // after a page break (the same columns, the header repeated or not) is the same table.
    const auto addTable = [&](const Paragraph& paragraph, bool afterBreak) {
        QList<QStringList> rows = paragraph.rows;
        QList<int> lines;
        for (const SourceLine& line : paragraph.lines)
            lines.append(line.number);
        const bool goesOn = lastTable >= 0 && !version.units.isEmpty() && version.units.back().kind == UnitKind::Row
            && version.units.back().parent == lastTable
            && TableCells::split(version.units[lastTable].text).size() == rows.front().size()
            && (afterBreak || TableCells::join(rows.front()) == version.units[lastTable].text
                || !TableCells::isHeader(rows.front()));
        if (!goesOn) {
            Unit table;
            table.kind = UnitKind::Table;
            table.text = TableCells::join(rows.front());
            if (rows.size() >= 2) {
                if (const auto header = TableCells::mergeHeader(rows[0], rows[1])) {
                    table.text = TableCells::join(*header);
                    rows.removeFirst();
                    lines.removeFirst();
                }
            }
            table.line = lines.value(0);
            const int enclosing = open.isEmpty() ? -1 : open.back();
            table.parent = leadIn > enclosing ? leadIn : enclosing;
            table.level = table.parent >= 0 ? version.units[table.parent].level + 1 : 0;
            version.units.append(table);
            lastTable = int(version.units.size()) - 1;
            rows.removeFirst();
            lines.removeFirst();
        }
        const QString header = version.units[lastTable].text;
        const QList<ColumnRole> roles = TableCells::roles(TableCells::split(header));
        const int numberColumn = TableCells::column(roles, ColumnRole::Number);
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const QString cells = TableCells::join(rows[r]);
            // A header printed again on the next page, an empty row: no row of the table.
            if (cells == header || cells.trimmed().isEmpty() || cells.count(TableCells::Separator) == cells.size())
                continue;
            // A row without a number under a numbered one is the rest of it (a row a page break cut in two): its cells
            // go on the numbered row's.
            Unit& previous = version.units.back();
            if (numberColumn >= 0 && numberColumn < rows[r].size() && rows[r][numberColumn].trimmed().isEmpty()
                && previous.kind == UnitKind::Row && previous.parent == lastTable
                && TableCells::number(TableCells::split(previous.text), roles)) {
                QStringList joined = TableCells::split(previous.text);
                for (qsizetype c = 0; c < rows[r].size() && c < joined.size(); ++c)
                    Paragraph::append(joined[c], rows[r][c].trimmed());
                previous.text = TableCells::join(joined);
                continue;
            }
            Unit row;
            row.kind = UnitKind::Row;
            row.text = cells;
            row.line = lines.value(r);
            row.parent = lastTable;
            row.level = version.units[lastTable].level + 1;
            version.units.append(row);
        }
    };
    // Signatures above an annex (the annex follows the signed text): the signature area is the run of signature-like
    // paragraphs before the annex's heading, not the end of the file.
    qsizetype annexAt = -1;
    qsizetype signaturesAt = -1;
    for (qsizetype k = i + 1; k < end && annexAt < 0; ++k) {
        if (!text[k].isTable() && isAnnexHeading(text[k].text()))
            annexAt = k;
    }
    if (annexAt > 0) {
        signaturesAt = annexAt;
        while (signaturesAt > i + 1 && !text[signaturesAt - 1].isTable()
            && SignatureParser::isSignatureLike(text[signaturesAt - 1]))
            --signaturesAt;
        if (signaturesAt == annexAt)
            signaturesAt = -1;
    }
    qsizetype lastLabelledBeforeSignatures = -1;
    for (qsizetype k = i; k < signaturesAt; ++k) {
        if (text[k].isTable() || LabelParser::parse(text[k].text()))
            lastLabelledBeforeSignatures = k;
    }
    for (; i < end; ++i) {
        if (i == signaturesAt) {
            version.units += SignatureParser::parse(text.mid(signaturesAt, annexAt - signaturesAt));
            i = annexAt;
            open.clear();
            closing = false;
        }
        const Paragraph& paragraph = text[i];
        const QString& body = bodies[i];
        const qsizetype lastLabelledHere = i < signaturesAt ? lastLabelledBeforeSignatures : lastLabelled;
        if (paragraph.isTable()) {
            closing = false;
            addTable(paragraph, pageBreakBefore[i]);
            continue;
        }
        // An annex ("PHỤ LỤC …", "Phụ lục 1: …", "附件：…") is a part of its own, not the text of the article above
        // it nor the closing: the document's numbered units end, and the annex's own items come under its heading.
        if (isAnnexHeading(body)) {
            open.clear();
            closing = false;
            addUnit(UnitKind::Section, paragraph);
            leadIn = int(version.units.size()) - 1;
            leadInDepth = -1;
            lastNumbered = leadIn;
            continue;
        }
        if (closing
            || (i > lastLabelledHere && (isLetterClosing(body) || (lastNumbered >= 0 && isClosingStart(body))))) {
            // The closing runs to the signatures; a list in it (the recipients of a letter) stays in it.
            if (closing && body.startsWith(QLatin1Char('-')))
                version.units.back().text += QLatin1Char('\n') + body;
            else
                addUnit(UnitKind::Closing, paragraph);
            closing = true;
            continue;
        }
        std::optional<NumberingLabel> label = parsed[i];
        // A label recognition damaged ("人双方…" for "一、双方…"), told by the run of labels around it.
        if (!label && nextLabelled[i] >= 0) {
            const NumberingLabel& next = *parsed[nextLabelled[i]];
            const int previous = lastOfScheme.value(int(next.scheme), -1);
            label = LabelRun::recover(body, next,
                previous >= 0 ? std::optional<NumberingLabel>(*version.units[previous].label) : std::nullopt);
        }
        if (label && label->scheme != LabelScheme::Bullet)
            lastOfScheme.insert(int(label->scheme), int(version.units.size()));
        if (label) {
            while (!open.isEmpty() && version.units[open.back()].label->depth >= label->depth)
                open.removeLast();
            Unit unit;
            unit.kind = kindOf(*label);
            unit.label = label;
            unit.text = body;
            // "Điều 1. Phạm vi hợp tác" on a line of its own above the article's text: the title keeps its line.
            if (paragraph.lines.size() > 1) {
                const QString first = paragraph.lines.front().text.trimmed();
                const QString rest = paragraph.lines[1].text.trimmed();
                if (first.size() <= label->length + 60 && !endsSentence(first) && !rest.isEmpty()
                    && (rest.front().isUpper() || rest.front().script() == QChar::Script_Han)
                    && first.size() > label->length) {
                    QString after;
                    for (qsizetype l = 1; l < paragraph.lines.size(); ++l)
                        Paragraph::append(after, paragraph.lines[l].text);
                    unit.text = first + QLatin1Char('\n') + after;
                }
            }
            unit.line = paragraph.line();
            if (leadIn >= 0 && label->depth <= leadInDepth)
                leadIn = -1;
            unit.parent = open.isEmpty() ? -1 : open.back();
            if (leadIn > unit.parent)
                unit.parent = leadIn;
            unit.level = int(open.size())
                + (unit.parent >= 0 && unit.parent == leadIn && version.units[leadIn].kind != UnitKind::Preamble ? 1
                                                                                                                 : 0);
            if (unit.parent >= 0 && unit.parent != leadIn && version.units[unit.parent].kind == UnitKind::Item)
                version.units[unit.parent].kind = UnitKind::Section; // it has numbered units under it
            version.units.append(unit);
            open.append(int(version.units.size()) - 1);
            lastNumbered = int(version.units.size()) - 1;
            continue;
        }
        if (lastNumbered < 0) {
            if (!version.units.isEmpty() && version.units.back().kind == UnitKind::Preamble
                && continues(version.units.back(), paragraph, pageBreakBefore[i]))
                Paragraph::append(version.units.back().text, body);
            else
                addUnit(UnitKind::Preamble, paragraph);
            if (endsWithColon(version.units.back().text)) {
                leadIn = int(version.units.size()) - 1;
                leadInDepth = -1;
            }
            continue;
        }
        // A lead-in after a list item that a numbered unit follows opens a list of its own ("Phía Trung Quốc:" after
        // the Vietnamese side's items); otherwise it stays in the unit's text, which frames what follows it.
        if (isLeadIn(body) && version.units.back().kind == UnitKind::Item && i + 1 < end
            && LabelParser::parse(text[i + 1].text())) {
            while (!open.isEmpty() && version.units[open.back()].kind == UnitKind::Item)
                open.removeLast();
            addUnit(UnitKind::Section, paragraph);
            version.units.back().parent = open.isEmpty() ? -1 : open.back();
            version.units.back().level = int(open.size());
            leadIn = int(version.units.size()) - 1;
            leadInDepth = open.isEmpty() ? -1 : version.units[open.back()].label->depth;
            continue;
        }
        // "Lạng Sơn, ngày 22 tháng 5 năm 2026" between the last article and the signatures dates the signing: not a
        // sentence of the article above (it made a commitment due on the signing day), kept for the metadata.
        if (Letterhead::isPlaceAndDate(body)) {
            version.debris.append({ body, paragraph.line(), QStringLiteral("place-date") });
            continue;
        }
        Unit& last = version.units.back();
        // A paragraph after a table (a note under it): a unit of its own beside the table, not part of its last row.
        if (last.kind == UnitKind::Row || last.kind == UnitKind::Table) {
            const Unit& table = last.kind == UnitKind::Row ? version.units[last.parent] : last;
            Unit note;
            note.kind = UnitKind::Item;
            note.text = body;
            note.line = paragraph.line();
            note.parent = table.parent;
            note.level = table.level;
            version.units.append(note);
            continue;
        }
        if (continues(last, paragraph, pageBreakBefore[i])) {
            Paragraph::append(last.text, body);
            continue;
        }
        last.text += QLatin1Char('\n') + body;
    }
    version.units += SignatureParser::parse(text.mid(end));
    LabelRun::repair(version);
    return version;
}

} // namespace concord
