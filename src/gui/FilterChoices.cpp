#include "gui/FilterChoices.h"

#include <QAbstractItemView>
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

void FilterChoices::compact(QWidget* root)
{
    for (QComboBox* box : root->findChildren<QComboBox*>()) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
        // Short at 1024 pixels, as wide as the room allows above that.
        box->setSizePolicy(QSizePolicy::Expanding, box->sizePolicy().verticalPolicy());
        box->view()->setMinimumWidth(280);
        box->view()->setTextElideMode(Qt::ElideMiddle);
    }
}

} // namespace concord
