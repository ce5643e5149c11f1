#include "gui/AboutDialog.h"

#include "ui_AboutDialog.h"

#include <QEvent>
#include <QPushButton>

#include <unicode/uversion.h>

#include <sqlite3.h>

namespace concord {

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    m_ui->iconLabel->setPixmap(QIcon(QStringLiteral(":/icons/concord.png")).pixmap(96, 96));
    QFont nameFont = m_ui->nameLabel->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.8);
    nameFont.setBold(true);
    m_ui->nameLabel->setFont(nameFont);
    retranslate();
}

AboutDialog::~AboutDialog() = default;

void AboutDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate()
{
    m_ui->versionLabel->setText(tr("Version %1").arg(QStringLiteral(CONCORD_VERSION)));
    UVersionInfo icu;
    u_getVersion(icu);
    char icuText[U_MAX_VERSION_STRING_LENGTH];
    u_versionToString(icu, icuText);
    m_ui->componentsLabel->setText(tr("Built with Qt %1, ICU %2 and SQLite %3.")
                                       .arg(QString::fromLatin1(qVersion()), QString::fromLatin1(icuText),
                                           QString::fromLatin1(sqlite3_libversion())));
    if (auto* close = m_ui->buttonBox->button(QDialogButtonBox::Close))
        close->setText(tr("Close"));
}

} // namespace concord
