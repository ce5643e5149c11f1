#pragma once

#include "text/NumberingLabel.h"

#include <QList>
#include <QString>

#include <optional>

namespace concord {

/// The two languages of an agreement. Keys ("vi", "zh") are what the store and the CLI write.
enum class Language {
    Vietnamese,
    Chinese,
};

/// What part of an agreement a unit is (DESIGN.md, "Structure").
enum class UnitKind {
    Title,
    Preamble,
    Section, ///< a numbered heading with numbered units under it (Chương, Mục, I., 一、 …)
    Article, ///< Điều N / 第N条
    Item, ///< any other numbered or bulleted paragraph: 1.  (1)  （一）  a)  -
    Closing,
    Signature,
    Table, ///< a table: its text is its header row's cells (TableCells), its rows are its children
    Row, ///< one row of a table: its text is its cells, separated by TableCells::Separator
};

/// One signature block: the signing party, the office the signatory holds, and the person, with the
/// other-language form of the name where the text gives both (`Nguyen Phuong Thao 阮芳草`).
struct SignatureBlock
{
    QString party;
    QString office;
    QString person;
    QString personAlternate;

    bool operator==(const SignatureBlock& other) const = default;
};

/// A unit of one language version: its kind, its numbering label as the text layer read it, its text
/// (markup removed, paragraphs separated by '\n') and where it starts in the source.
struct Unit
{
    UnitKind kind = UnitKind::Preamble;
    std::optional<NumberingLabel> label;
    QString text;
    int line = 0; ///< first source line, 1-based
    int parent = -1; ///< index of the enclosing numbered unit in LanguageVersion::units, -1 at top level
    int level = 0; ///< nesting in this version's tree (0 at top level)
    SignatureBlock signature; ///< for kind Signature

    static QString kindKey(UnitKind kind);
    static std::optional<UnitKind> kindFromKey(QStringView key);
    bool operator==(const Unit& other) const = default;
};

/// Text kept out of the units: page numbers, scan residue, stamp blocks, markup, struck-out text. It stays in
/// the stored raw text; it is listed so a person can see what was set aside and why.
struct Debris
{
    QString text;
    int line = 0;
    QString reason; ///< "page-number", "scan-residue", "stamp", "markup", "strikethrough", "letterhead", "place-date"

    bool operator==(const Debris& other) const = default;
};

/// One language version of a document as a tree of units (a flat list in reading order with parent links).
struct LanguageVersion
{
    Language language = Language::Vietnamese;
    QList<Unit> units;
    QList<Debris> debris;
    int firstLine = 0;
    int lastLine = 0;

    QList<Unit> unitsOfKind(UnitKind kind) const;
    static QString languageKey(Language language);
    bool operator==(const LanguageVersion& other) const = default;
};

} // namespace concord
