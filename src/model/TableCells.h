#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace concord {

/// What a column of a task table holds, told by its header cell in either language (STT | Nội dung | Đơn vị chủ trì
/// | Đơn vị phối hợp | Thời gian hoàn thành, 序号 | 内容 | 牵头单位 | 配合单位 | 完成时限).
enum class ColumnRole {
    Number,
    Task,
    Lead,
    Supporting,
    Deadline,
    Result,
    Note,
    Other,
};

/// The cells of a table row as a unit keeps them: its text is the cells joined by Separator (a tab, which no cell
/// holds: readers turn tabs in cells into spaces), so that search, storage and the aligner see ordinary text. One
/// place for the table rules every layer uses: which column holds what, which tables are tables of data (not a
/// layout grid around a letterhead or signatures), the row's number.
class TableCells
{
public:
    static constexpr QChar Separator = QLatin1Char('\t');

    static QStringList split(const QString& text);
    /// Joins \a cells, white space inside each made single spaces (tabs and line breaks included).
    static QString join(const QStringList& cells);

    /// The role of one header cell, Other when it says nothing known.
    static ColumnRole roleOf(const QString& header);
    static QList<ColumnRole> roles(const QStringList& header);
    /// The first column of \a role, -1 when there is none.
    static int column(const QList<ColumnRole>& roles, ColumnRole role);

    /// Whether \a row names columns: two or more cells of known roles, one of them the task or the number.
    static bool isHeader(const QStringList& row);
    /// Whether rows read from a document are a table of data rather than a layout grid: a header row of known
    /// roles, or at least three rows of at least three cells each (an unlabelled grid of data). Two-column grids of
    /// signatures or letterheads are neither.
    static bool isDataTable(const QList<QStringList>& rows);

    /// A header of two rows (`Đơn vị thực hiện` spanning `Chủ trì | Phối hợp`): the one header they make, the lower
    /// row's cell where it names one, else the upper's; nullopt when \a second is no second header row (it has a
    /// number, a long cell, or fills no column the first left empty).
    static std::optional<QStringList> mergeHeader(const QStringList& first, const QStringList& second);

    /// The row's number from its number column (`1`, `2.`, `II`, `（三）`, `3a`), nullopt when it has none.
    static std::optional<int> number(const QStringList& cells, const QList<ColumnRole>& roles);
};

} // namespace concord
