#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <utility>

class QComboBox;

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
};

} // namespace concord
