#pragma once

#include <QSortFilterProxyModel>

namespace concord {

/// Narrows the agreements list by text (any case, with or without diacritics, Traditional or Simplified),
/// kind, party (a merged party's agreements count for its successor too), signing year and validity state.
class AgreementFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AgreementFilter(QObject* parent = nullptr);

    void setText(const QString& text);
    void setKind(int kind); ///< AgreementKind, -1 for any
    void setParty(qint64 partyId); ///< 0 for any
    void setYear(int year); ///< 0 for any
    void setValidity(int state); ///< ValidityState, -1 for any
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_folded;
    int m_kind = -1;
    qint64 m_party = 0;
    int m_year = 0;
    int m_validity = -1;
};

} // namespace concord
