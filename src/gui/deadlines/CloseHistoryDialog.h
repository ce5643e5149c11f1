#pragma once

#include "commit/CommitmentStatus.h"

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace concord {

/// Asks how to close an agreement's history (its periods before tracking started): one status for all of them
/// and one note saying why.
class CloseHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    CloseHistoryDialog(const QString& agreementTitle, QWidget* parent = nullptr);

    CommitmentStatus status() const;
    QString note() const;

private:
    QComboBox* m_status = nullptr;
    QLineEdit* m_note = nullptr;
};

} // namespace concord
