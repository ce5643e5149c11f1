#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <utility>

class QComboBox;
class QWidget;

namespace concord {

/// The choices of a filter's combo box: (text, value) pairs, the first meaning "any".
using Choices = QList<std::pair<QString, QVariant>>;

/// Fills the filters' combo boxes again (after an import or a language change) without changing what the
/// user chose: the value selected before stays selected when it is still offered, else the first choice;
/// no change signal is sent.
class FilterChoices
{
public:
    static void refill(QComboBox* box, const Choices& choices);
    /// Every filter box under \a root sized to a short text, not its longest choice (an agreement's title is a
    /// sentence): the filter bar fits a 1024-pixel window; the open list shows the whole choices.
    /// The chosen text always shows whole: a box is never narrower than its current choice.
    static void compact(QWidget* root);
    /// Sets \a box's least width to show its current choice whole.
    static void fitCurrent(QComboBox* box);
};

} // namespace concord
