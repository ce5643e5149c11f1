#include "model/TableCells.h"

#include "text/Fold.h"
#include "text/Numerals.h"

#include <QRegularExpression>

#include <algorithm>

namespace concord {

QStringList TableCells::split(const QString& text)
{
    return text.split(Separator);
}

QString TableCells::join(const QStringList& cells)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QStringList clean;
    clean.reserve(cells.size());
    for (QString cell : cells)
        clean.append(cell.replace(space, QStringLiteral(" ")).trimmed());
    return clean.join(Separator);
}

ColumnRole TableCells::roleOf(const QString& header)
{
    const QString folded = Fold::fold(header).trimmed();
    if (folded.isEmpty() || folded.size() > 60)
        return ColumnRole::Other;
    // Order matters: "nội dung phối hợp" is the supporting agencies, "thời gian chủ trì" does not occur.
    static const QList<std::pair<ColumnRole, QRegularExpression>> rules = {
        { ColumnRole::Number,
            QRegularExpression(QStringLiteral("^(?:stt|tt|so tt|so thu tu|muc|no\\.?|#|序号|序|编号|项次|号)$")) },
        { ColumnRole::Lead,
            QRegularExpression(QStringLiteral("chu tri|don vi thuc hien|co quan thuc hien|don vi phu trach|"
                                              "trach nhiem thuc hien|牵头|主办|负责单位|责任单位|承办|主责")) },
        { ColumnRole::Supporting, QRegularExpression(QStringLiteral("phoi hop|tham gia|配合|协办|参与|协助")) },
        { ColumnRole::Deadline,
            QRegularExpression(QStringLiteral("thoi gian|thoi han|tien do|moc thoi gian|han hoan thanh|时限|时间|进度|"
                                              "期限|日期|完成时")) },
        { ColumnRole::Result, QRegularExpression(QStringLiteral("ket qua|san pham|muc tieu|成果|产出|目标|结果")) },
        { ColumnRole::Note, QRegularExpression(QStringLiteral("^(?:ghi chu|chu thich|备注|说明|附注)$")) },
        { ColumnRole::Task,
            QRegularExpression(QStringLiteral("noi dung|nhiem vu|cong viec|hoat dong|ten (?:du an|hoat dong|nhiem vu)|"
                                              "de an|du an|内容|任务|事项|项目|活动|工作")) },
    };
    for (const auto& [role, pattern] : rules) {
        if (pattern.match(folded).hasMatch())
            return role;
    }
    return ColumnRole::Other;
}

QList<ColumnRole> TableCells::roles(const QStringList& header)
{
    QList<ColumnRole> result;
    result.reserve(header.size());
    bool task = false;
    for (const QString& cell : header) {
        ColumnRole role = roleOf(cell);
        // One task column: a second "content" column ("Nội dung phối hợp" was caught above) is another field.
        if (role == ColumnRole::Task) {
            if (task)
                role = ColumnRole::Other;
            task = true;
        }
        result.append(role);
    }
    return result;
}

int TableCells::column(const QList<ColumnRole>& roles, ColumnRole role)
{
    return int(roles.indexOf(role));
}

bool TableCells::isHeader(const QStringList& row)
{
    const QList<ColumnRole> found = roles(row);
    const auto known = std::count_if(found.begin(), found.end(), [](ColumnRole r) { return r != ColumnRole::Other; });
    return known >= 2 && (found.contains(ColumnRole::Task) || found.contains(ColumnRole::Number));
}

bool TableCells::isDataTable(const QList<QStringList>& rows)
{
    if (rows.size() >= 2 && isHeader(rows.front()))
        return true;
    if (rows.size() < 3)
        return false;
    return std::all_of(rows.begin(), rows.end(), [](const QStringList& row) {
        return std::count_if(row.begin(), row.end(), [](const QString& cell) { return !cell.trimmed().isEmpty(); })
            >= 3;
    });
}

std::optional<QStringList> TableCells::mergeHeader(const QStringList& first, const QStringList& second)
{
    if (first.size() != second.size() || number(second, roles(first)))
        return std::nullopt;
    bool fills = false;
    for (qsizetype c = 0; c < second.size(); ++c) {
        if (second[c].size() > 40)
            return std::nullopt;
        fills = fills || (first[c].trimmed().isEmpty() && !second[c].trimmed().isEmpty());
    }
    if (!fills)
        return std::nullopt;
    QStringList merged;
    for (qsizetype c = 0; c < second.size(); ++c)
        merged.append(second[c].trimmed().isEmpty() ? first[c] : second[c]);
    return merged;
}

std::optional<int> TableCells::number(const QStringList& cells, const QList<ColumnRole>& roles)
{
    int col = column(roles, ColumnRole::Number);
    if (col < 0 && !cells.isEmpty() && cells.front().trimmed().size() <= 6)
        col = 0; // an unnamed first column of numbers
    if (col < 0 || col >= cells.size())
        return std::nullopt;
    static const QRegularExpression arabic(QStringLiteral("^[(（]?(\\d{1,4})[.)）、]?[a-z]?$"));
    static const QRegularExpression roman(QStringLiteral("^[(（]?([ivxlc]{1,7})[.)）、]?$"));
    static const QRegularExpression han(QStringLiteral("^[(（]?([一二三四五六七八九十百零〇]{1,5})[)）、]?$"));
    const QString cell = Fold::fold(cells[col]).trimmed().remove(QLatin1Char(' '));
    if (const auto m = arabic.match(cell); m.hasMatch())
        return m.captured(1).toInt();
    if (const auto m = roman.match(cell); m.hasMatch()) {
        if (const auto value = Numerals::roman(m.captured(1).toUpper()); value && *value > 0)
            return value;
    }
    if (const auto m = han.match(cell); m.hasMatch()) {
        if (const auto value = Numerals::chinese(m.captured(1)); value && *value > 0)
            return value;
    }
    return std::nullopt;
}

} // namespace concord
