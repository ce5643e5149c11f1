#include "import/PdfReader.h"

#include "text/Radicals.h"

#include <QList>
#include <QRectF>
#include <QRegularExpression>

#include <algorithm>
#include <mutex>
#include <poppler/qt6/poppler-qt6.h>

namespace concord {

namespace {

struct Line
{
    QString text;
    QRectF box;
};

/// Words into lines: a word that starts left of the previous one's end, or below it, starts a line.
QList<Line> linesOf(const Poppler::Page& page)
{
    QList<Line> lines;
    const auto words = page.textList();
    const Poppler::TextBox* previous = nullptr;
    for (const auto& word : words) {
        const QRectF box = word->boundingBox();
        const bool newLine = !previous || box.top() > previous->boundingBox().center().y()
            || box.left() < previous->boundingBox().left();
        if (newLine) {
            lines.append({ word->text(), box });
        } else {
            Line& line = lines.back();
            if (previous->hasSpaceAfter())
                line.text += QLatin1Char(' ');
            line.text += word->text();
            line.box = line.box.united(box);
        }
        previous = word.get();
    }
    return lines;
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
        popplerSink = &m_messages;
    }
    ~PopplerMessages() { popplerSink = nullptr; }
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
};

} // namespace

Result<QString> PdfReader::read(const QByteArray& bytes, const QString& fileName)
{
    const PopplerMessages messages;
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
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

    QString body; // the text, page after page
    QStringList furniture; // page numbers, running headers: set apart at the end, one paragraph each
    bool lastLineFull = false;
    int words = 0;
    int readable = 0;
    for (int index = 0; index < document->numPages(); ++index) {
        const std::unique_ptr<Poppler::Page> page = document->page(index);
        if (!page)
            continue;
        ++readable;
        const qreal height = page->pageSizeF().height();
        QList<Line> lines;
        for (const Line& line : linesOf(*page)) {
            words += int(line.text.split(QLatin1Char(' '), Qt::SkipEmptyParts).size());
            const bool margin = line.box.top() > height * 0.92 || line.box.bottom() < height * 0.06;
            if (margin && line.text.size() <= 20)
                furniture.append(line.text);
            else
                lines.append(line);
        }
        if (lines.isEmpty())
            continue;
        // A new paragraph is a gap wider than the line spacing: wider than 1.3 times the closest two lines,
        // or than 1.7 line heights when every line is a paragraph of its own. The right edge of the text
        // block tells a paragraph's last (short) line from a full one.
        QList<qreal> steps;
        QList<qreal> heights;
        qreal right = 0;
        qreal left = lines.front().box.left();
        for (qsizetype i = 0; i < lines.size(); ++i) {
            right = qMax(right, lines[i].box.right());
            left = qMin(left, lines[i].box.left());
            heights.append(lines[i].box.height());
            if (i > 0 && lines[i].box.top() > lines[i - 1].box.top())
                steps.append(lines[i].box.top() - lines[i - 1].box.top());
        }
        std::sort(steps.begin(), steps.end());
        std::sort(heights.begin(), heights.end());
        const qreal lineHeight = heights[heights.size() / 2];
        const qreal gap = qMin(steps.isEmpty() ? lineHeight * 1.7 : steps.front() * 1.3, lineHeight * 1.7);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i == 0) {
                if (!body.isEmpty())
                    body += lastLineFull ? QStringLiteral("\n") : QStringLiteral("\n\n");
            } else {
                const qreal step = lines[i].box.top() - lines[i - 1].box.top();
                body += step > gap || step < 0 ? QStringLiteral("\n\n") : QStringLiteral("\n");
            }
            body += lines[i].text;
        }
        lastLineFull = lines.back().box.right() >= right - (right - left) * 0.12;
    }
    if (readable == 0)
        return Error { fileName, 0, -1, messages.with(tr("The PDF is damaged: it has no page that can be read.")) };
    if (words == 0) {
        return Error { fileName, 0, -1,
            tr("The PDF has no text layer: it is a scanned image. Run text recognition (OCR) on it, for "
               "example with ocrmypdf, and import the result.") };
    }
    for (const QString& piece : furniture)
        body += QStringLiteral("\n\n") + piece;
    return Radicals::toUnifiedIdeographs(body) + QLatin1Char('\n');
}

} // namespace concord
