#include "gui/FirstSteps.h"

#include "store/AppSettings.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace concord {

FirstSteps::FirstSteps(AppSettings& settings, QWidget* parent)
    : QFrame(parent)
    , m_settings(settings)
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setObjectName(QStringLiteral("firstSteps"));
    setFrameShape(QFrame::StyledPanel);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum); // a line or two above the screens, never more
    setAutoFillBackground(true);
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window, QColor(0xFF, 0xF8, 0xE1));
    setPalette(tinted);
    m_text->setObjectName(QStringLiteral("firstStepsText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_close->setObjectName(QStringLiteral("firstStepsClose"));
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setAutoRaise(true);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    connect(m_text, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link == QLatin1String("preferences"))
            emit preferencesRequested();
        else if (link == QLatin1String("import"))
            emit importRequested();
        else if (link == QLatin1String("review"))
            emit reviewRequested();
    });
    connect(m_close, &QToolButton::clicked, this, [this] {
        m_settings.setFirstStepsDone(true);
        m_settings.sync();
        hide();
    });
    setVisible(!m_settings.firstStepsDone());
    retranslate();
}

void FirstSteps::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

void FirstSteps::retranslate()
{
    const auto link = [](const QString& href, const QString& text) {
        return QStringLiteral("<a href=\"%1\">%2</a>").arg(href, text.toHtmlEscaped());
    };
    m_text->setText(QStringLiteral("<b>%1</b> 1. %2 %3 &nbsp; 2. %4 %5 &nbsp; 3. %6 %7")
                        .arg(tr("First steps:").toHtmlEscaped(),
                            link(QStringLiteral("preferences"), tr("Fill in your office in Preferences")),
                            tr("(Ctrl+,): reports are headed and signed by it.").toHtmlEscaped(),
                            link(QStringLiteral("import"), tr("Import your agreements")),
                            tr("(Ctrl+I): Word, PDF, text or scans.").toHtmlEscaped(),
                            link(QStringLiteral("review"), tr("Review the commitments found")),
                            tr("on the Commitments screen: only accepted ones are counted.").toHtmlEscaped()));
    m_close->setToolTip(tr("Close for good"));
}

} // namespace concord
