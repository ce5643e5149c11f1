#pragma once

#include "store/CommitmentTracker.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLineEdit;

namespace concord {

class Clock;

/// Accepting a commitment with corrections: its due date, quantity and responsible parties, filled with
/// what was found, and a note saying why.
class ReviewDialog : public QDialog
{
    Q_OBJECT

public:
    /// \a clock gives the day proposed for a commitment found without a due date.
    ReviewDialog(
        const StoredCommitment& commitment, const QString& responsible, const Clock& clock, QWidget* parent = nullptr);

    CommitmentEdits edits() const;
    QString note() const;

private:
    const StoredCommitment m_commitment;
    QCheckBox* m_hasDue = nullptr;
    QDateEdit* m_due = nullptr;
    QLineEdit* m_quantity = nullptr;
    QLineEdit* m_responsible = nullptr;
    QLineEdit* m_note = nullptr;
    QString m_foundResponsible;
};

} // namespace concord
