#include "import/PdfReader.h"

#include "import/PageLayout.h"
#include "import/TableLayout.h"
#include "text/Radicals.h"

#include <QList>
#include <QRectF>
#include <QRegularExpression>

#include <algorithm>
#include <mutex>
#include <poppler/qt6/poppler-qt6.h>

namespace concord {

namespace {

/// The page's words where poppler placed them, into lines and table rows (TableLayout).
QList<LayoutLine> linesOf(const Poppler::Page& page, std::optional<TableLayout::Columns>* table)
{
    QList<LayoutWord> words;
    for (const auto& word : page.textList())
        words.append({ word->text(), word->boundingBox(), word->hasSpaceAfter() });
    return TableLayout::lines(words, table);
}

/// Poppler reports trouble through one process-wide function; it goes to the file being read on this thread
/// (never to stderr, where it would stand apart from the file it concerns).
thread_local QStringList* popplerSink = nullptr;

void collectPopplerMessage(const QString& message, const QVariant&)
{
    static const QRegularExpression prefix(QStringLiteral("^(Syntax )?Error: "));
    if (!popplerSink || popplerSink->size() >= 3)
        return;
    QString said = message;
    said.remove(QLatin1String("<0a>")).remove(prefix);
    said = said.trimmed();
    if (!said.isEmpty() && !popplerSink->contains(said))
        popplerSink->append(said);
}

/// Collects poppler's messages while it lives.
class PopplerMessages
{
public:
    PopplerMessages()
    {
        static std::once_flag installed;
        std::call_once(installed, [] { Poppler::setDebugErrorFunction(collectPopplerMessage, QVariant()); });
        m_previous = std::exchange(popplerSink, &m_messages);
    }
    ~PopplerMessages() { popplerSink = m_previous; }
    PopplerMessages(const PopplerMessages&) = delete;
    PopplerMessages& operator=(const PopplerMessages&) = delete;

    /// \a sentence, with what poppler said after it.
    QString with(const QString& sentence) const
    {
        return m_messages.isEmpty()
            ? sentence
            : QStringLiteral("%1 (poppler: %2)").arg(sentence, m_messages.join(QStringLiteral("; ")));
    }

private:
    QStringList m_messages;
    QStringList* m_previous = nullptr;
};

} // namespace

Result<std::unique_ptr<Poppler::Document>> PdfReader::open(const QByteArray& bytes, const QString& fileName)
{
    const PopplerMessages messages;
    std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document)
        return Error { fileName, 0, -1, messages.with(tr("The PDF cannot be read: it is damaged or not a PDF.")) };
    if (document->isLocked())
        return Error { fileName, 0, -1,
            tr("The PDF is protected by a password; open it, save an unprotected copy and import that.") };
    if (document->numPages() <= 0)
        return Error { fileName, 0, -1, messages.with(tr("The PDF is damaged: it has no page that can be read.")) };
    if (document->numPages() > MaxPages)
        return Error { fileName, 0, -1,
            tr("The PDF has %1 pages; agreements have far fewer (at most %2 are read), so it is not imported.")
                .arg(document->numPages())
                .arg(MaxPages) };
    return document;
}

Result<QString> PdfReader::read(const QByteArray& bytes, const QString& fileName)
{
    const PopplerMessages messages;
    auto opened = open(bytes, fileName);
    if (!opened)
        return opened.error();
    const std::unique_ptr<Poppler::Document>& document = opened.value();

    QList<LayoutPage> pages;
    int words = 0;
    std::optional<TableLayout::Columns> table; // a table that runs on to the next page
    for (int index = 0; index < document->numPages(); ++index) {
        const std::unique_ptr<Poppler::Page> page = document->page(index);
        if (!page)
            continue;
        LayoutPage laid { page->pageSizeF(), linesOf(*page, &table) };
        for (const LayoutLine& line : laid.lines)
            words += int(line.text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
        pages.append(laid);
    }
    if (pages.isEmpty())
        return Error { fileName, 0, -1, messages.with(tr("The PDF is damaged: it has no page that can be read.")) };
    // A scan's text layer, when it has one at all, is a few words a scanning app stamped on each page.
    if (words < 5 * pages.size())
        return Error { fileName, 0, -1, tr("The PDF has no text layer: it is a scanned image."),
            QString::fromLatin1(NoTextLayer) };
    const QString text = PageLayout::arrange(pages).text;
    if (isGarbage(text))
        return Error { fileName, 0, -1, tr("The PDF's text layer is not readable text."),
            QString::fromLatin1(NoTextLayer) };
    return Radicals::toUnifiedIdeographs(text);
}

bool PdfReader::isGarbage(QStringView text)
{
    // Readable text is letters, digits, spaces and ordinary punctuation; a broken font encoding or a glyph layer
    // gives symbols, private-use characters and replacement characters instead.
    qsizetype readable = 0;
    qsizetype other = 0;
    for (const QChar c : text) {
        if (c.isSpace())
            continue;
        switch (c.category()) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Other_PrivateUse:
        case QChar::Other_NotAssigned:
            ++other;
            break;
        case QChar::Symbol_Math:
        case QChar::Symbol_Currency:
        case QChar::Symbol_Modifier:
        case QChar::Symbol_Other:
            ++(c.unicode() < 0x80 ? readable : other);
            break;
        default:
            ++(c == QChar::ReplacementCharacter ? other : readable);
        }
    }
    return readable + other >= 20 && other * 4 > readable + other;
}

} // namespace concord
