#include "gui/deadlines/CloseHistoryDialog.h"

#include "gui/DisplayNames.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace concord {

CloseHistoryDialog::CloseHistoryDialog(const QString& agreementTitle, QWidget* parent)
    : QDialog(parent)
    , m_status(new QComboBox(this))
    , m_note(new QLineEdit(this))
{
    setWindowTitle(tr("Close History"));
    setObjectName(QStringLiteral("closeHistoryDialog"));
    auto* form = new QFormLayout(this);
    auto* intro = new QLabel(
        tr("Every period of “%1” that ended before it was tracked gets this status and note.").arg(agreementTitle),
        this);
    intro->setWordWrap(true);
    form->addRow(intro);
    for (const CommitmentStatus status : { CommitmentStatus::Done, CommitmentStatus::Cancelled,
             CommitmentStatus::Deferred, CommitmentStatus::InProgress, CommitmentStatus::NotStarted })
        m_status->addItem(DisplayNames::status(status), int(status));
    form->addRow(tr("Status:"), m_status);
    m_note->setPlaceholderText(tr("Why (e.g. done before Concord was used, per the 2025 review)"));
    form->addRow(tr("Note:"), m_note);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Close History"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

CommitmentStatus CloseHistoryDialog::status() const
{
    return static_cast<CommitmentStatus>(m_status->currentData().toInt());
}

QString CloseHistoryDialog::note() const
{
    return m_note->text().trimmed();
}

} // namespace concord
