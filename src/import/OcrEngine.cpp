#include "import/OcrEngine.h"

#include "text/ScriptClassifier.h"

#include <algorithm>
#include <tesseract/baseapi.h>
#include <tesseract/ocrclass.h>
#include <tesseract/resultiterator.h>
#include <vector>

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

/// Punctuation a Chinese text may set full-width (taking a character's whole width) or narrow, as Latin text does.
const QString& narrowPunctuation()
{
    static const QString narrow = QStringLiteral("(),:;");
    return narrow;
}

const QString& widePunctuation()
{
    static const QString wide = QStringLiteral("（），：；");
    return wide;
}

/// The model reads a full-width bracket as an angle bracket (〈) now and then, and the dash between two years
/// as 一 ("one").
QString chinesePunctuation(const QString& line)
{
    QString out = line;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out[i];
        if (c == QChar(0x3008))
            out[i] = QChar(0xFF08);
        else if (c == QChar(0x3009))
            out[i] = QChar(0xFF09);
        else if (c == QChar(0x4E00) && i > 0 && i + 1 < out.size() && out[i - 1].isDigit() && out[i + 1].isDigit())
            out[i] = QChar(0x2014);
    }
    return out;
}

/// Letters of the Vietnamese alphabet (with every tone), digits and ASCII punctuation only: a word the Vietnamese
/// model read as Ö, ® or ‡ was something else.
bool looksVietnamese(const QString& word)
{
    static const QString letters = QStringLiteral(
        "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯưẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞ"
        "ởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ");
    for (const QChar c : word) {
        if (c.unicode() < 0x80 ? !(c.isLetterOrNumber() || c.isPunct()) : !letters.contains(c))
            return false;
    }
    return true;
}

/// Where a page has ink, in cells of 4 × 4 pixels, to tell how much of it a layout's lines take in.
class InkMap
{
public:
    static constexpr int Cell = 4;

    explicit InkMap(const QImage& grey)
        : m_width((grey.width() + Cell - 1) / Cell)
        , m_height((grey.height() + Cell - 1) / Cell)
        , m_ink(size_t(m_width) * size_t(m_height), false)
    {
        for (int y = 0; y < grey.height(); ++y) {
            const uchar* line = grey.constScanLine(y);
            for (int x = 0; x < grey.width(); ++x) {
                if (line[x] < 128)
                    m_ink[size_t(y / Cell) * size_t(m_width) + size_t(x / Cell)] = true;
            }
        }
    }

    /// The inked cells inside some line of \a regions.
    template <typename Regions>
    qint64 covered(const Regions& regions) const
    {
        std::vector<bool> seen(m_ink.size(), false);
        qint64 count = 0;
        for (const auto& region : regions) {
            for (const QRect& line : region.lines) {
                for (int y = std::max(0, line.top() / Cell); y <= std::min(m_height - 1, line.bottom() / Cell); ++y) {
                    for (int x = std::max(0, line.left() / Cell); x <= std::min(m_width - 1, line.right() / Cell);
                         ++x) {
                        const size_t at = size_t(y) * size_t(m_width) + size_t(x);
                        if (m_ink[at] && !seen[at]) {
                            seen[at] = true;
                            ++count;
                        }
                    }
                }
            }
        }
        return count;
    }

private:
    int m_width;
    int m_height;
    std::vector<bool> m_ink;
};

/// The words' mean confidence, each weighted by its length; 0 for an empty line.
int meanConfidence(const OcrLine& line)
{
    qsizetype characters = 0;
    qint64 sum = 0;
    for (const OcrWord& word : line.words) {
        characters += word.text.size();
        sum += qint64(word.confidence) * word.text.size();
    }
    return characters > 0 ? int(sum / characters) : 0;
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

QList<OcrWord> OcrEngine::chineseWords(tesseract::ResultIterator& it)
{
    // Symbol by symbol: whether a comma or a bracket is full-width shows in the room it takes, which the model does
    // not tell apart ("，" and "," look alike).
    struct Symbol
    {
        QString text;
        QRect box;
        bool startsWord = false;
        int wordConfidence = 0;
        QRect wordBox;
    };
    QList<Symbol> symbols;
    QList<int> hanHeights;
    do {
        if (it.Empty(tesseract::RIL_SYMBOL))
            continue;
        char* text = it.GetUTF8Text(tesseract::RIL_SYMBOL);
        Symbol symbol { text ? utf8(text) : QString(), boxAt(it, tesseract::RIL_SYMBOL),
            it.IsAtBeginningOf(tesseract::RIL_WORD) || symbols.isEmpty(), 0, {} };
        if (symbol.text.isEmpty())
            continue;
        if (symbol.startsWord) {
            symbol.wordConfidence = int(it.Confidence(tesseract::RIL_WORD) + 0.5f);
            symbol.wordBox = boxAt(it, tesseract::RIL_WORD);
        }
        if (ScriptClassifier::dominant(symbol.text) == Script::Han)
            hanHeights.append(symbol.box.height());
        symbols.append(symbol);
    } while (it.Next(tesseract::RIL_SYMBOL));
    std::sort(hanHeights.begin(), hanHeights.end());
    const int em = hanHeights.isEmpty() ? 0 : hanHeights[hanHeights.size() / 2];
    for (qsizetype i = 0; i < symbols.size() && em > 0; ++i) {
        Symbol& symbol = symbols[i];
        if (symbol.text.size() != 1)
            continue;
        const qsizetype narrow = narrowPunctuation().indexOf(symbol.text.front());
        const qsizetype wide = widePunctuation().indexOf(symbol.text.front());
        const qsizetype k = narrow >= 0 ? narrow : wide;
        if (k < 0)
            continue;
        // The blank on either side of the glyph: about half a character for a full-width mark, next to nothing
        // for a narrow one. At a line's end only one side is known.
        int room = 0;
        int sides = 0;
        if (i > 0) {
            room += std::max(0, symbol.box.left() - symbols[i - 1].box.right());
            ++sides;
        }
        if (i + 1 < symbols.size()) {
            room += std::max(0, symbols[i + 1].box.left() - symbol.box.right());
            ++sides;
        }
        if (sides == 0)
            continue;
        const bool full = room * 2 / sides + symbol.box.width() >= em * 0.55;
        symbol.text = full ? widePunctuation().mid(k, 1) : narrowPunctuation().mid(k, 1);
    }
    QList<OcrWord> words;
    for (const Symbol& symbol : symbols) {
        if (symbol.startsWord || words.isEmpty())
            words.append({ QString(), symbol.wordConfidence, symbol.wordBox });
        words.back().text += symbol.text;
    }
    return words;
}

void OcrEngine::rereadChineseWords(QList<OcrLine>& lines, qsizetype from, const QRect& bounds, int margin)
{
    // A Vietnamese paragraph may hold Chinese words (a signatory's name in both scripts: "Nguyen Phuong Thao
    // 阮芳草"), which the Vietnamese model turns into symbols with little confidence. Such a word is read again with
    // the Chinese model and kept when that reads Chinese characters surely, or fairly surely where the Vietnamese
    // reading is not even Vietnamese letters ("ÖZ"): a smudged Vietnamese word gets little confidence from the
    // Chinese model too.
    for (qsizetype l = from; l < lines.size(); ++l) {
        if (lines[l].language != Language::Vietnamese)
            continue;
        for (OcrWord& word : lines[l].words) {
            if (word.confidence >= RereadBelow)
                continue;
            const QRect area = word.box.adjusted(-margin, -margin, margin, margin).intersected(bounds);
            m_chinese->SetPageSegMode(tesseract::PSM_SINGLE_LINE);
            m_chinese->SetRectangle(area.left(), area.top(), area.width(), area.height());
            char* text = m_chinese->GetUTF8Text();
            const QString read = text ? utf8(text) : QString();
            const int confidence = m_chinese->MeanTextConf();
            const bool sure = confidence >= ChineseAtLeast || (!looksVietnamese(word.text) && confidence >= 50);
            if (ScriptClassifier::dominant(read) == Script::Han && sure && confidence > word.confidence) {
                QString joined = read;
                joined.remove(QLatin1Char(' '));
                word.text = chinesePunctuation(joined);
                word.confidence = confidence;
            }
        }
    }
}

OcrLine OcrEngine::readLine(Language language, const QRect& box, const QRect& area, tesseract::ETEXT_DESC* monitor)
{
    tesseract::TessBaseAPI* api = language == Language::Chinese ? m_chinese.get() : m_vietnamese.get();
    OcrLine line { box, box.bottom(), language, {} };
    api->SetPageSegMode(tesseract::PSM_SINGLE_LINE);
    api->SetRectangle(area.left(), area.top(), area.width(), area.height());
    if (api->Recognize(monitor) != 0)
        return line;
    std::unique_ptr<tesseract::ResultIterator> it(api->GetIterator());
    if (!it)
        return line;
    int x1 = 0, y1 = 0, x2 = 0, y2 = 0;
    if (it->Baseline(tesseract::RIL_TEXTLINE, &x1, &y1, &x2, &y2))
        line.baseline = y1 + (y2 - y1) * (box.left() - x1) / std::max(1, x2 - x1);
    if (language == Language::Chinese) {
        line.words = chineseWords(*it);
        return line;
    }
    do {
        if (it->Empty(tesseract::RIL_WORD))
            continue;
        char* word = it->GetUTF8Text(tesseract::RIL_WORD);
        const QString text = word ? utf8(word) : QString();
        if (!text.isEmpty())
            line.words.append(
                { text, int(it->Confidence(tesseract::RIL_WORD) + 0.5f), boxAt(*it, tesseract::RIL_WORD) });
    } while (it->Next(tesseract::RIL_WORD));
    return line;
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

QList<OcrEngine::Region> OcrEngine::layout(int mode, const QRect& page)
{
    QList<Region> regions;
    m_vietnamese->SetPageSegMode(tesseract::PageSegMode(mode));
    m_vietnamese->SetRectangle(page.left(), page.top(), page.width(), page.height()); // forgets the last analysis
    std::unique_ptr<tesseract::PageIterator> it(m_vietnamese->AnalyseLayout());
    if (!it)
        return regions;
    do {
        if (!isText(it->BlockType()))
            continue;
        if (it->IsAtBeginningOf(tesseract::RIL_PARA) || regions.isEmpty())
            regions.append(Region {});
        regions.back().lines.append(boxAt(*it, tesseract::RIL_TEXTLINE));
    } while (it->Next(tesseract::RIL_TEXTLINE));
    return regions;
}

QList<OcrLine> OcrEngine::recognise(const QImage& page, int dpi, const std::atomic_bool* cancel)
{
    const QImage grey = toGrey(page);
    for (tesseract::TessBaseAPI* api : { m_vietnamese.get(), m_chinese.get() }) {
        api->SetPageSegMode(tesseract::PSM_AUTO);
        api->SetImage(grey.constBits(), grey.width(), grey.height(), 1, int(grey.bytesPerLine()));
        api->SetSourceResolution(dpi);
    }
    // Paragraphs and their lines from the layout analysis. Each line is then read on its own: a paragraph's box
    // read as one block takes in slices of its neighbours' lines.
    QList<Region> regions = layout(tesseract::PSM_AUTO, grey.rect());
    // The analysis that looks for columns and pictures loses lines of a sparse page now and then (short lines of
    // signature blocks taken for a picture). When the lines it found hold clearly less of the page's ink than those
    // of a single column of text do, the single column is taken.
    const QList<Region> column = layout(tesseract::PSM_SINGLE_COLUMN, grey.rect());
    const InkMap ink(grey);
    if (ink.covered(column) > 0 && ink.covered(regions) < ink.covered(column) * 0.95)
        regions = column;
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
        const qsizetype regionStart = lines.size();
        for (const QRect& box : region.lines) {
            if (box.isEmpty() || (cancel && cancel->load()))
                continue;
            const QRect area = lineArea(box);
            OcrLine line = readLine(language, box, area, cancel ? &monitor : nullptr);
            // A line that does not read well in its paragraph's language is tried in the other: a Chinese title
            // that the layout put in one paragraph with the Vietnamese signature above it, a name line.
            const bool doubtful = language == Language::Vietnamese
                ? meanConfidence(line) < DoubtfulLineBelow
                : ScriptClassifier::dominant(line.text()) == Script::Latin;
            if (doubtful) {
                OcrLine other = readLine(language == Language::Chinese ? Language::Vietnamese : Language::Chinese, box,
                    area, cancel ? &monitor : nullptr);
                const bool better = other.language == Language::Chinese
                    ? ScriptClassifier::dominant(other.text()) == Script::Han
                        && meanConfidence(other) > meanConfidence(line)
                    : meanConfidence(other) + 5 >= meanConfidence(line);
                if (better)
                    line = other;
            }
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
