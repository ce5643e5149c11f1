#include "gui/PreferencesDialog.h"

#include "store/AppSettings.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace concord {

PreferencesDialog::PreferencesDialog(AppSettings& settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    const ReportIssuer issuer = settings.reportIssuer();
    const auto field = [this](const char* name, const QString& value) {
        auto* edit = new QLineEdit(value, this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setMinimumWidth(380);
        return edit;
    };
    m_officeVi = field("officeVi", issuer.officeVi);
    m_officeZh = field("officeZh", issuer.officeZh);
    m_signer = field("signer", issuer.signer);
    m_signerTitle = field("signerTitle", issuer.signerTitle);
    m_backups = new QSpinBox(this);
    m_backups->setObjectName(QStringLiteral("backupsToKeep"));
    m_backups->setRange(0, 365);
    m_backups->setValue(settings.backupsToKeep());

    auto* form = new QFormLayout;
    for (QWidget* widget :
        std::initializer_list<QWidget*> { m_officeVi, m_officeZh, m_signer, m_signerTitle, m_backups }) {
        m_labels.append(new QLabel(this));
        form->addRow(m_labels.last(), widget);
    }
    // Buttons of our own, translated with the rest (see ReportDialog).
    m_buttons = new QDialogButtonBox(this);
    m_ok = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_cancel = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_ok->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);
    retranslate();
}

void PreferencesDialog::save()
{
    ReportIssuer issuer;
    issuer.officeVi = m_officeVi->text().trimmed();
    issuer.officeZh = m_officeZh->text().trimmed();
    issuer.signer = m_signer->text().trimmed();
    issuer.signerTitle = m_signerTitle->text().trimmed();
    m_settings.setReportIssuer(issuer);
    m_settings.setBackupsToKeep(m_backups->value());
    m_settings.sync();
}

void PreferencesDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void PreferencesDialog::retranslate()
{
    setWindowTitle(tr("Preferences"));
    const QStringList labels { tr("Office (Vietnamese):"), tr("Office (Chinese):"), tr("Reports signed by:"),
        tr("Signer's title:"), tr("Daily backups kept:") };
    for (int i = 0; i < m_labels.size(); ++i)
        m_labels[i]->setText(labels[i]);
    m_officeVi->setPlaceholderText(tr("e.g. SỞ NGOẠI VỤ TỈNH LẠNG SƠN"));
    m_officeZh->setPlaceholderText(tr("e.g. 越南谅山省外务厅"));
    m_signerTitle->setPlaceholderText(tr("e.g. GIÁM ĐỐC"));
    m_backups->setSpecialValueText(tr("none"));
    m_backups->setToolTip(tr("Concord copies the database once a day when it opens it and keeps this many copies."));
    m_ok->setText(tr("OK"));
    m_cancel->setText(tr("Cancel"));
}

} // namespace concord
