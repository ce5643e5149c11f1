#include "gui/FilterChoices.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QSignalBlocker>
#include <QStyle>
#include <QStyleOptionComboBox>

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
    fitCurrent(box);
}

void FilterChoices::fitCurrent(QComboBox* box)
{
    // The style's own box around the text: frame, margins and the arrow, as QComboBox::sizeHint() adds them.
    QStyleOptionComboBox option;
    option.initFrom(box);
    option.editable = box->isEditable();
    // An agreement's title is a sentence: past MaxWidth the box shows its start and the tooltip the whole.
    constexpr int MaxWidth = 340;
    const QSize text(box->fontMetrics().horizontalAdvance(box->currentText()) + 4, box->fontMetrics().height());
    const int width = box->style()->sizeFromContents(QStyle::CT_ComboBox, &option, text, box).width();
    box->setMinimumWidth(std::min(width, MaxWidth));
    box->setToolTip(width > MaxWidth ? box->currentText() : QString());
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
        QObject::connect(box, &QComboBox::currentIndexChanged, box, [box] { fitCurrent(box); });
        fitCurrent(box);
    }
}

} // namespace concord
