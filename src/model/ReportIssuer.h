#pragma once

#include <QString>

namespace concord {

/// Who issues a status report: the office (in both languages), the person who signs and their title, and the
/// report's number ("12/BC-SNgV"). Set once in Preferences (AppSettings) and on the CLI; any part may be empty.
struct ReportIssuer
{
    QString officeVi;
    QString officeZh;
    QString signer;
    QString signerTitle;
    QString number;
};

} // namespace concord
