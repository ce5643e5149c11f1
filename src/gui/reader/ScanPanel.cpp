#include "gui/reader/ScanPanel.h"

#include "gui/reader/PairModel.h"
#include "store/ScanStore.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QPainter>
#include <QScrollArea>
#include <QVBoxLayout>

namespace concord {

namespace {
constexpr int KeptPages = 6; ///< page images kept in memory (a page is about 1 MB decoded)
const QColor MarkColour(255, 200, 0, 70);
const QColor MarkEdge(230, 150, 0);
} // namespace

ScanPanel::ScanPanel(const Database& database, PairModel* model, QWidget* parent)
    : QWidget(parent)
    , m_database(database)
    , m_model(model)
    , m_toggle(new QAction(this))
    , m_caption(new QLabel(this))
    , m_vietnamese(new QLabel)
    , m_chinese(new QLabel)
{
    setObjectName(QStringLiteral("scanPanel"));
    m_toggle->setObjectName(QStringLiteral("actionShowScan"));
    m_toggle->setCheckable(true);
    m_toggle->setChecked(true);
    m_toggle->setEnabled(false);
    m_toggle->setShortcut(QKeySequence(Qt::Key_F8));
    connect(m_toggle, &QAction::toggled, this, [this](bool on) {
        setVisible(on && m_scanned);
        refresh();
    });

    m_caption->setWordWrap(true);
    auto* pages = new QWidget;
    auto* column = new QVBoxLayout(pages);
    column->setContentsMargins(0, 0, 0, 0);
    for (QLabel* label : { m_vietnamese, m_chinese }) {
        label->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
        column->addWidget(label);
    }
    column->addStretch();
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(pages);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_caption);
    layout->addWidget(scroll, 1);
    setVisible(false);
    retranslate();
}

void ScanPanel::open(qint64 id, bool scanned)
{
    m_agreement = id;
    m_pages.clear();
    m_row = -1;
    ScanRecord record;
    if (scanned) {
        if (auto read = ScanStore(m_database).lines(id))
            record = std::move(read).value();
    }
    m_scanned = !record.isEmpty();
    m_model->setScan(record);
    m_toggle->setEnabled(m_scanned);
    setVisible(m_scanned && m_toggle->isChecked());
    refresh();
}

void ScanPanel::showPair(int row)
{
    m_row = row;
    refresh();
}

QImage ScanPanel::shown(Language language) const
{
    return m_shown[language == Language::Chinese ? 1 : 0];
}

QImage ScanPanel::page(int number)
{
    if (const auto kept = m_pages.constFind(number); kept != m_pages.cend())
        return *kept;
    QImage image;
    if (const auto stored = ScanStore(m_database).page(m_agreement, number); stored && !stored->image.isEmpty())
        image.loadFromData(stored->image, "PNG");
    if (m_pages.size() >= KeptPages)
        m_pages.clear();
    m_pages.insert(number, image);
    return image;
}

QImage ScanPanel::excerpt(const ScanRecord::Span& span)
{
    const QImage whole = page(span.page);
    if (whole.isNull())
        return {};
    // The lines of the unit with a little of the page around them, across the page's whole width.
    const QRect lines(qRound(span.box.x() * whole.width()), qRound(span.box.y() * whole.height()),
        qRound(span.box.width() * whole.width()), qRound(span.box.height() * whole.height()));
    const int around = whole.height() / 40;
    const QRect area
        = QRect(0, lines.top() - around, whole.width(), lines.height() + 2 * around).intersected(whole.rect());
    QImage out = whole.copy(area).convertToFormat(QImage::Format_RGB32);
    QPainter painter(&out);
    painter.setPen(QPen(MarkEdge, 2));
    painter.setBrush(MarkColour);
    painter.drawRect(lines.translated(-area.topLeft()).adjusted(-3, -3, 3, 3));
    painter.end();
    return out;
}

void ScanPanel::refresh()
{
    m_shown[0] = m_shown[1] = QImage();
    if (!m_scanned || !m_toggle->isChecked() || m_row < 0) {
        m_vietnamese->clear();
        m_chinese->clear();
        m_caption->setText(m_scanned ? tr("Select a pair to see where it is on the scan.") : QString());
        return;
    }
    const int width = std::max(120, m_vietnamese->parentWidget()->width() - 8);
    QStringList pages;
    for (const Language language : { Language::Vietnamese, Language::Chinese }) {
        QLabel* label = language == Language::Chinese ? m_chinese : m_vietnamese;
        const ScanRecord::Span span = m_model->scanSpan(m_row, language);
        const QImage image = span.found ? excerpt(span) : QImage();
        m_shown[language == Language::Chinese ? 1 : 0] = image;
        if (image.isNull()) {
            label->clear();
            continue;
        }
        pages.append(QString::number(span.page + 1));
        label->setPixmap(QPixmap::fromImage(image.scaledToWidth(width, Qt::SmoothTransformation)));
        label->setToolTip(
            language == Language::Chinese ? tr("Chinese text on the scan") : tr("Vietnamese text on the scan"));
    }
    pages.removeDuplicates();
    m_caption->setText(pages.isEmpty() ? tr("This pair is not on the scan.")
                                       : tr("Scan, page %1").arg(pages.join(QStringLiteral(", "))));
}

void ScanPanel::retranslate()
{
    m_toggle->setText(tr("&Scan Beside the Text"));
    m_toggle->setToolTip(tr("Show the part of the scanned page each side of the selected pair was read from"));
    refresh();
}

void ScanPanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ScanPanel::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    refresh();
}

} // namespace concord
