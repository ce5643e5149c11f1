#include "gui/FilterChoices.h"

#include <QComboBox>
#include <QSignalBlocker>

namespace concord {

void FilterChoices::refill(QComboBox* box, const Choices& choices)
{
    const QVariant current = box->currentData();
    const QSignalBlocker block(box);
    box->clear();
    for (const auto& [text, value] : choices)
        box->addItem(text, value);
    const int at = box->findData(current);
    box->setCurrentIndex(at >= 0 ? at : 0);
}

} // namespace concord
