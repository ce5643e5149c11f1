#include "gui/board/StatusDelegate.h"

#include "gui/DisplayNames.h"

#include <QComboBox>

namespace concord {

QWidget* StatusDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&, const QModelIndex&) const
{
    auto* box = new QComboBox(parent);
    box->setObjectName(QStringLiteral("statusEditor"));
    for (const CommitmentStatus status : DisplayNames::statuses())
        box->addItem(DisplayNames::status(status), int(status));
    // A choice is written at once, not when the editor loses focus.
    connect(box, &QComboBox::activated, this, [this, box] {
        emit const_cast<StatusDelegate*>(this)->commitData(box);
        emit const_cast<StatusDelegate*>(this)->closeEditor(box);
    });
    return box;
}

void StatusDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* box = static_cast<QComboBox*>(editor);
    box->setCurrentIndex(box->findData(index.data(Qt::EditRole)));
}

void StatusDelegate::setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const
{
    model->setData(index, static_cast<QComboBox*>(editor)->currentData(), Qt::EditRole);
}

} // namespace concord
