#include "import/OcrEngine.h"

#include "text/ScriptClassifier.h"

#include <algorithm>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>

extern "C" void omp_set_max_active_levels(int levels);

namespace concord {

namespace {

/// Han characters, CJK punctuation and full-width forms: no space between two of these, or between one of these
/// and a digit, in Chinese text.
bool isCjk(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x2E80 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF00 && u <= 0xFFEF)
        || (u >= 0x3000 && u <= 0x303F) || c.isSurrogate();
}

bool isAsciiAlnum(QChar c)
{
    return c.unicode() < 0x80 && c.isLetterOrNumber();
}

/// Chinese text sets its brackets, colons and commas full-width; the model often reads them as their ASCII
/// look-alikes, a full-width bracket as an angle bracket (〈), and the dash between two years as 一 ("one").
QString chinesePunctuation(const QString& line)
{
    static const QString ascii = QStringLiteral("():;,");
    static const QString wide = QStringLiteral("（）：；，");
    QString out = line;
    const auto nearHan = [&out](qsizetype i) {
        for (qsizetype j = std::max<qsizetype>(0, i - 2); j <= std::min(out.size() - 1, i + 2); ++j) {
            if (j != i && isCjk(out[j]) && out[j].unicode() >= 0x3400)
                return true;
        }
        return false;
    };
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out[i];
        if (c == QChar(0x3008))
            out[i] = QChar(0xFF08);
        else if (c == QChar(0x3009))
            out[i] = QChar(0xFF09);
        else if (const qsizetype k = ascii.indexOf(c); k >= 0 && nearHan(i))
            out[i] = wide[k];
        else if (c == QChar(0x4E00) && i > 0 && i + 1 < out.size() && out[i - 1].isDigit() && out[i + 1].isDigit())
            out[i] = QChar(0x2014);
    }
    return out;
}

QString utf8(char* text)
{
    const QString out = QString::fromUtf8(text).trimmed();
    delete[] text;
    return out;
}

bool cancelled(void* flag, int)
{
    return static_cast<const std::atomic_bool*>(flag)->load();
}

QRect boxAt(const tesseract::PageIterator& it, tesseract::PageIteratorLevel level)
{
    int left = 0, top = 0, right = 0, bottom = 0;
    if (!it.BoundingBox(level, &left, &top, &right, &bottom))
        return {};
    return QRect(QPoint(left, top), QPoint(right - 1, bottom - 1));
}

bool isText(tesseract::PolyBlockType type)
{
    switch (type) {
    case tesseract::PT_FLOWING_TEXT:
    case tesseract::PT_HEADING_TEXT:
    case tesseract::PT_PULLOUT_TEXT:
    case tesseract::PT_CAPTION_TEXT:
    case tesseract::PT_VERTICAL_TEXT:
    case tesseract::PT_TABLE:
    case tesseract::PT_EQUATION:
    case tesseract::PT_INLINE_EQUATION:
    case tesseract::PT_UNKNOWN:
        return true;
    default:
        return false;
    }
}

} // namespace

QString OcrLine::text() const
{
    QString out;
    for (const OcrWord& word : words) {
        if (word.text.isEmpty())
            continue;
        if (!out.isEmpty()
            && !(language == Language::Chinese && !(isAsciiAlnum(out.back()) && isAsciiAlnum(word.text.front()))))
            out += QLatin1Char(' ');
        out += word.text;
    }
    return language == Language::Chinese ? chinesePunctuation(out) : out;
}

int OcrLine::lowestConfidence() const
{
    int lowest = 100;
    for (const OcrWord& word : words)
        lowest = std::min(lowest, word.confidence);
    return lowest;
}

OcrEngine::OcrEngine()
    : m_vietnamese(std::make_unique<tesseract::TessBaseAPI>())
    , m_chinese(std::make_unique<tesseract::TessBaseAPI>())
{ }

OcrEngine::~OcrEngine()
{
    m_vietnamese->End();
    m_chinese->End();
}

Result<std::unique_ptr<OcrEngine>> OcrEngine::create()
{
    // Tesseract's OpenMP threads only fight the page-per-core workers on a small machine (a page takes twice as
    // long with them): the parallel regions of this thread run on it alone.
    omp_set_max_active_levels(0);
    std::unique_ptr<OcrEngine> engine(new OcrEngine);
    if (engine->m_vietnamese->Init(nullptr, "vie", tesseract::OEM_LSTM_ONLY) != 0)
        return Error { {}, 0, -1,
            tr("Text recognition needs Tesseract's Vietnamese model; install the package tesseract-ocr-vie.") };
    if (engine->m_chinese->Init(nullptr, "chi_sim", tesseract::OEM_LSTM_ONLY) != 0)
        return Error { {}, 0, -1,
            tr("Text recognition needs Tesseract's Chinese model; install the package tesseract-ocr-chi-sim.") };
    for (tesseract::TessBaseAPI* api : { engine->m_vietnamese.get(), engine->m_chinese.get() }) {
        api->SetVariable("debug_file", "/dev/null");
        api->SetVariable("preserve_interword_spaces", "0");
    }
    return engine;
}

void OcrEngine::rereadChineseWords(QList<OcrLine>& lines, qsizetype from, const QRect& bounds, int margin)
{
    // A Vietnamese paragraph may hold Chinese words (a signatory's name in both scripts: "Nguyen Phuong Thao
    // 阮芳草"), which the Vietnamese model turns into symbols with little confidence. Such a word is read again with
    // the Chinese model and kept when that reads Chinese characters, and surely (a smudged Vietnamese word read as
    // Chinese gets little confidence from that model too).
    for (qsizetype l = from; l < lines.size(); ++l) {
        for (OcrWord& word : lines[l].words) {
            if (word.confidence >= RereadBelow)
                continue;
            const QRect area = word.box.adjusted(-margin, -margin, margin, margin).intersected(bounds);
            m_chinese->SetPageSegMode(tesseract::PSM_SINGLE_LINE);
            m_chinese->SetRectangle(area.left(), area.top(), area.width(), area.height());
            char* text = m_chinese->GetUTF8Text();
            const QString read = text ? utf8(text) : QString();
            const int confidence = m_chinese->MeanTextConf();
            if (ScriptClassifier::dominant(read) == Script::Han && confidence >= ChineseAtLeast
                && confidence > word.confidence) {
                QString joined = read;
                joined.remove(QLatin1Char(' '));
                word.text = chinesePunctuation(joined);
                word.confidence = confidence;
            }
        }
    }
}

QImage OcrEngine::toGrey(const QImage& page)
{
    if (page.format() == QImage::Format_Grayscale8)
        return page;
    if (page.isGrayscale())
        return page.convertToFormat(QImage::Format_Grayscale8);
    const QImage rgb = page.convertToFormat(QImage::Format_RGB32);
    QImage grey(rgb.size(), QImage::Format_Grayscale8);
    grey.setDotsPerMeterX(page.dotsPerMeterX());
    grey.setDotsPerMeterY(page.dotsPerMeterY());
    for (int y = 0; y < rgb.height(); ++y) {
        const auto* in = reinterpret_cast<const QRgb*>(rgb.constScanLine(y));
        uchar* out = grey.scanLine(y);
        for (int x = 0; x < rgb.width(); ++x) {
            const int r = qRed(in[x]), g = qGreen(in[x]), b = qBlue(in[x]);
            // A stamp's red: much redder than it is green or blue.
            const bool stamp = r > 110 && r - std::max(g, b) > 60;
            out[x] = stamp ? 255 : uchar((r * 11 + g * 16 + b * 5) / 32);
        }
    }
    return grey;
}

QList<OcrLine> OcrEngine::recognise(const QImage& page, int dpi, const std::atomic_bool* cancel)
{
    const QImage grey = toGrey(page);
    for (tesseract::TessBaseAPI* api : { m_vietnamese.get(), m_chinese.get() }) {
        api->SetPageSegMode(tesseract::PSM_AUTO);
        api->SetImage(grey.constBits(), grey.width(), grey.height(), 1, int(grey.bytesPerLine()));
        api->SetSourceResolution(dpi);
    }
    // Paragraphs and their lines from one layout analysis. Each line is then read on its own: a paragraph's box
    // read as one block takes in slices of its neighbours' lines.
    struct Region
    {
        QList<QRect> lines;
    };
    QList<Region> regions;
    {
        std::unique_ptr<tesseract::PageIterator> it(m_vietnamese->AnalyseLayout());
        if (it) {
            do {
                if (!isText(it->BlockType()))
                    continue;
                if (it->IsAtBeginningOf(tesseract::RIL_PARA) || regions.isEmpty())
                    regions.append(Region {});
                regions.back().lines.append(boxAt(*it, tesseract::RIL_TEXTLINE));
            } while (it->Next(tesseract::RIL_TEXTLINE));
        }
    }
    const QRect bounds = grey.rect();
    const int margin = std::max(4, dpi / 30);
    const auto lineArea = [&bounds, margin](const QRect& line) {
        const int vertical = std::clamp(line.height() / 8, 2, margin);
        return line.adjusted(-margin, -vertical, margin, vertical).intersected(bounds);
    };
    tesseract::ETEXT_DESC monitor;
    if (cancel) {
        monitor.cancel = cancelled;
        monitor.cancel_this = const_cast<std::atomic_bool*>(cancel);
    }
    QList<OcrLine> lines;
    for (const Region& region : regions) {
        if (cancel && cancel->load())
            break;
        // The script of the paragraph's first line, read with the Chinese model (which knows Latin letters too).
        const QRect first = lineArea(region.lines.front());
        m_chinese->SetPageSegMode(tesseract::PSM_SINGLE_LINE);
        m_chinese->SetRectangle(first.left(), first.top(), first.width(), first.height());
        char* sample = m_chinese->GetUTF8Text();
        const QString firstText = sample ? utf8(sample) : QString();
        const Language language
            = ScriptClassifier::dominant(firstText) == Script::Han ? Language::Chinese : Language::Vietnamese;
        tesseract::TessBaseAPI* api = language == Language::Chinese ? m_chinese.get() : m_vietnamese.get();
        const qsizetype regionStart = lines.size();
        for (const QRect& box : region.lines) {
            if (box.isEmpty())
                continue;
            const QRect area = lineArea(box);
            api->SetPageSegMode(tesseract::PSM_SINGLE_LINE);
            api->SetRectangle(area.left(), area.top(), area.width(), area.height());
            if (api->Recognize(cancel ? &monitor : nullptr) != 0)
                break;
            std::unique_ptr<tesseract::ResultIterator> it(api->GetIterator());
            if (!it)
                continue;
            OcrLine line { box, box.bottom(), language, {} };
            int x1 = 0, y1 = 0, x2 = 0, y2 = 0;
            if (it->Baseline(tesseract::RIL_TEXTLINE, &x1, &y1, &x2, &y2))
                line.baseline = y1 + (y2 - y1) * (box.left() - x1) / std::max(1, x2 - x1);
            do {
                if (it->Empty(tesseract::RIL_WORD))
                    continue;
                char* word = it->GetUTF8Text(tesseract::RIL_WORD);
                const QString text = word ? utf8(word) : QString();
                if (!text.isEmpty())
                    line.words.append(
                        { text, int(it->Confidence(tesseract::RIL_WORD) + 0.5f), boxAt(*it, tesseract::RIL_WORD) });
            } while (it->Next(tesseract::RIL_WORD));
            if (!line.words.isEmpty())
                lines.append(line);
        }
        if (language == Language::Vietnamese)
            rereadChineseWords(lines, regionStart, bounds, margin);
    }
    for (tesseract::TessBaseAPI* api : { m_vietnamese.get(), m_chinese.get() })
        api->Clear();
    return lines;
}

} // namespace concord
