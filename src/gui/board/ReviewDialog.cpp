#include "gui/board/ReviewDialog.h"

#include "model/Clock.h"
#include "text/DateText.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace concord {

ReviewDialog::ReviewDialog(
    const StoredCommitment& commitment, const QString& responsible, const Clock& clock, QWidget* parent)
    : QDialog(parent)
    , m_commitment(commitment)
    , m_foundResponsible(responsible)
{
    setObjectName(QStringLiteral("reviewDialog"));
    setWindowTitle(tr("Accept Commitment with Changes"));
    auto* text = new QLabel(commitment.found.vi + QStringLiteral("\n") + commitment.found.zh, this);
    text->setWordWrap(true);
    m_hasDue = new QCheckBox(tr("Due on"), this);
    m_hasDue->setObjectName(QStringLiteral("reviewHasDue"));
    m_due = new QDateEdit(this);
    m_due->setObjectName(QStringLiteral("reviewDue"));
    m_due->setCalendarPopup(true);
    m_due->setDisplayFormat(DateText::editFormat());
    m_hasDue->setChecked(commitment.found.due.isValid());
    m_due->setDate(commitment.found.due.isValid() ? commitment.found.due : clock.today());
    m_due->setEnabled(m_hasDue->isChecked());
    connect(m_hasDue, &QCheckBox::toggled, m_due, &QWidget::setEnabled);
    m_quantity = new QLineEdit(commitment.found.quantity, this);
    m_quantity->setObjectName(QStringLiteral("reviewQuantity"));
    m_responsible = new QLineEdit(responsible, this);
    m_responsible->setObjectName(QStringLiteral("reviewResponsible"));
    m_responsible->setPlaceholderText(tr("Party names, separated by ;"));
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("reviewNote"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Accept"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* form = new QFormLayout(this);
    form->addRow(text);
    form->addRow(m_hasDue, m_due);
    form->addRow(tr("Quantity"), m_quantity);
    form->addRow(tr("Responsible"), m_responsible);
    form->addRow(tr("Note"), m_note);
    form->addRow(buttons);
    resize(560, sizeHint().height());
}

CommitmentEdits ReviewDialog::edits() const
{
    CommitmentEdits edits;
    const QDate due = m_hasDue->isChecked() ? m_due->date() : QDate();
    if (due != m_commitment.found.due)
        edits.due = due;
    if (m_quantity->text() != m_commitment.found.quantity)
        edits.quantity = m_quantity->text();
    if (m_responsible->text().trimmed() != m_foundResponsible.trimmed()) {
        QStringList names;
        for (const QString& name : m_responsible->text().split(QLatin1Char(';'), Qt::SkipEmptyParts))
            names.append(name.section(QLatin1Char('/'), 0, 0).trimmed());
        edits.responsible = names;
    }
    return edits;
}

QString ReviewDialog::note() const
{
    return m_note->text().trimmed();
}

} // namespace concord
