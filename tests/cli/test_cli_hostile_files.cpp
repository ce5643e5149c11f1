// Files that are not what their names say and inputs built to exhaust the machine: devices, pipes, loops of links,
// TIFFs whose pages loop or never end, images and PDF pages of absurd size, stray NUL bytes. Each is refused
// quickly, under a 4 GB address-space limit, with a message naming the file and what is wrong, the store unchanged.
#include "store/SearchText.h"
#include "support/CatchQt.h"
#include "support/CliRunner.h"
#include "support/DocxMaker.h"
#include "support/TempDatabase.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QtEndian>

#include <sys/stat.h>
#include <tuple>
#include <unistd.h>
#include <zlib.h>

using concord::test::CliResult;
using concord::test::CliRunner;
using concord::test::TempDatabase;

namespace {

const QString Sample = QStringLiteral(CONCORD_FIXTURES_DIR "/samples/000_a538a87b9166962b.txt");

/// concord-cli under a 4 GB address-space limit; without it in the sanitizer build (AddressSanitizer reserves
/// terabytes of address space for its shadow memory and cannot start under any such limit).
CliRunner limitedRunner()
{
    CliRunner runner;
#if !defined(__SANITIZE_ADDRESS__)
    runner.setWrapper({ QStringLiteral("prlimit"), QStringLiteral("--as=4000000000"), QStringLiteral("--") });
#endif
    return runner;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

/// Imports \a file into a store holding one agreement, under `prlimit --as=4000000000` (4 GB of address space) and
/// within \a seconds: exit 1, one line on stderr naming the file and ending in \a message, the store unchanged.
void checkRefused(const QString& file, const QString& message, int seconds = 60, int line = 0)
{
    TempDatabase temp;
    REQUIRE(CliRunner().run({ QStringLiteral("import"), Sample, QStringLiteral("--db"), temp.path() }).exitCode == 0);
    const QByteArray before = concord::test::storeFingerprint(temp.path());
    const CliRunner limited = limitedRunner();
    QElapsedTimer clock;
    clock.start();
    const CliResult result
        = limited.run({ QStringLiteral("import"), file, QStringLiteral("--db"), temp.path() }, {}, seconds * 1000);
    INFO(result.err.toStdString());
    REQUIRE(result.finished);
    CHECK(clock.elapsed() < seconds * 1000);
    CHECK(result.exitCode == 1);
    CHECK(result.out.isEmpty());
    const QString where = line > 0 ? QStringLiteral("%1:%2").arg(file).arg(line) : file;
    CHECK(result.err == QStringLiteral("concord-cli: %1: %2\n").arg(where, message));
    CHECK(concord::test::storeFingerprint(temp.path()) == before);
}

/// A little-endian TIFF of \a pages 16 × 16 one-bit pages; the last page's next-page pointer goes to page
/// \a loopTo (0-based) when given.
QByteArray tiff(int pages, int loopTo = -1, quint32 width = 16, quint32 height = 16)
{
    QByteArray bytes("II*\0\0\0\0\0", 8);
    const auto put16 = [&bytes](quint16 v) { bytes.append(char(v & 0xff)).append(char(v >> 8)); };
    const auto put32 = [&bytes](quint32 v) {
        for (int i = 0; i < 4; ++i)
            bytes.append(char((v >> (8 * i)) & 0xff));
    };
    const auto set32 = [&bytes](qsizetype at, quint32 v) { qToLittleEndian(v, bytes.data() + at); };
    QList<quint32> directories;
    qsizetype previousNext = 4;
    for (int page = 0; page < pages; ++page) {
        const quint32 strip = quint32(bytes.size());
        bytes.append(QByteArray(32, '\0')); // 16 rows of 2 bytes, white
        const quint32 directory = quint32(bytes.size());
        directories.append(directory);
        set32(previousNext, directory);
        const struct
        {
            quint16 tag, type;
            quint32 value;
        } entries[] = { { 256, 4, width }, { 257, 4, height }, { 258, 3, 1 }, { 259, 3, 1 }, { 262, 3, 0 },
            { 273, 4, strip }, { 278, 4, height }, { 279, 4, 32 } };
        put16(quint16(std::size(entries)));
        for (const auto& e : entries) {
            put16(e.tag);
            put16(e.type);
            put32(1);
            put32(e.value);
        }
        previousNext = bytes.size();
        put32(0);
    }
    if (loopTo >= 0)
        set32(previousNext, directories[loopTo]);
    return bytes;
}

QByteArray pngChunk(const char* type, const QByteArray& data)
{
    QByteArray chunk(4, '\0');
    qToBigEndian(quint32(data.size()), chunk.data());
    chunk.append(type, 4).append(data);
    QByteArray crc(4, '\0');
    qToBigEndian(
        quint32(crc32(0, reinterpret_cast<const Bytef*>(chunk.constData() + 4), uInt(chunk.size() - 4))), crc.data());
    return chunk + crc;
}

/// A valid one-bit grey PNG of \a side × \a side white pixels (its pixel data deflated as it is made).
QByteArray hugePng(quint32 side)
{
    QByteArray header(13, '\0');
    qToBigEndian(side, header.data());
    qToBigEndian(side, header.data() + 4);
    header[8] = 1; // bit depth
    header[9] = 0; // grey
    z_stream z {};
    REQUIRE(deflateInit(&z, 9) == Z_OK);
    const QByteArray row(qsizetype(1 + (side + 7) / 8), '\0');
    QByteArray compressed;
    QByteArray out(1 << 16, '\0');
    for (quint32 y = 0; y <= side; ++y) {
        const bool last = y == side;
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(row.constData()));
        z.avail_in = last ? 0 : uInt(row.size());
        do {
            z.next_out = reinterpret_cast<Bytef*>(out.data());
            z.avail_out = uInt(out.size());
            deflate(&z, last ? Z_FINISH : Z_NO_FLUSH);
            compressed.append(out.constData(), out.size() - qsizetype(z.avail_out));
        } while (z.avail_out == 0);
    }
    deflateEnd(&z);
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", header) + pngChunk("IDAT", compressed)
        + pngChunk("IEND", {});
}

/// A one-page PDF without text whose page is \a points × \a points.
QByteArray pdfOfPageSize(const QByteArray& points)
{
    QByteArray pdf("%PDF-1.4\n");
    QList<qsizetype> offsets;
    const QList<QByteArray> objects { "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + points + " " + points + "] /Contents 4 0 R >>",
        "<< /Length 0 >>\nstream\n\nendstream" };
    for (int i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

} // namespace

TEST_CASE("cli: a device or a pipe named like a document is refused at once, not read", "[cli][hostile]")
{
    TempDatabase temp;
    const QString notRegular = QStringLiteral(
        "This is not a regular file (a device, a pipe or a socket); Concord imports documents saved as files.");
    for (const char* device : { "/dev/zero", "/dev/urandom" }) {
        const QString link = temp.file(QStringLiteral("x-%1.txt").arg(QString::fromLatin1(device).mid(5)));
        REQUIRE(QFile::link(QString::fromLatin1(device), link));
        checkRefused(link, notRegular, 10);
    }
    const QString fifo = temp.file(QStringLiteral("pipe.txt"));
    REQUIRE(mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    checkRefused(fifo, notRegular, 10);
    // parse reads the same way.
    const auto parsed = CliRunner().run({ QStringLiteral("parse"), fifo }, {}, 10000);
    REQUIRE(parsed.finished);
    CHECK(parsed.exitCode == 1);
    CHECK(parsed.err == QStringLiteral("concord-cli: %1: %2\n").arg(fifo, notRegular));
}

TEST_CASE("cli: a loop of links and a link to nothing say so, not that the file does not exist", "[cli][hostile]")
{
    TempDatabase temp;
    const QString a = temp.file(QStringLiteral("a.txt"));
    const QString b = temp.file(QStringLiteral("b.txt"));
    REQUIRE(QFile::link(b, a));
    REQUIRE(QFile::link(a, b));
    checkRefused(a, QStringLiteral("This is a link that leads back to itself (a loop of links), not a file."));
    const QString dangling = temp.file(QStringLiteral("dangling.txt"));
    REQUIRE(QFile::link(temp.file(QStringLiteral("gone.txt")), dangling));
    checkRefused(dangling,
        QStringLiteral("This is a link to a file that does not exist (%1).")
            .arg(temp.file(QStringLiteral("gone.txt"))));
}

TEST_CASE(
    "cli: a text with stray NUL bytes is called damaged, with the count and the first one's place", "[cli][hostile]")
{
    TempDatabase temp;
    QFile sample(Sample);
    REQUIRE(sample.open(QIODevice::ReadOnly));
    QByteArray text = sample.readAll();
    text.insert(1000, QByteArray(4, '\0'));
    const QString path = temp.file(QStringLiteral("nul.txt"));
    writeFile(path, text);
    checkRefused(path,
        QStringLiteral("The text holds NUL bytes (4, the first at byte 1000), which no text has: the file is damaged. "
                       "Save the text again without them and import it again."));
}

TEST_CASE("cli: a TIFF whose pages loop, or of 5,000 pages, is refused before a page is decoded", "[cli][hostile]")
{
    TempDatabase temp;
    const QString loop = temp.file(QStringLiteral("loop.tif"));
    writeFile(loop, tiff(2, 0));
    checkRefused(loop,
        QStringLiteral(
            "The TIFF file is damaged: after page 2 its list of pages comes back to an earlier page (a loop)."),
        20);
    const QString selfLoop = temp.file(QStringLiteral("self.tif"));
    writeFile(selfLoop, tiff(1, 0));
    checkRefused(selfLoop,
        QStringLiteral(
            "The TIFF file is damaged: after page 1 its list of pages comes back to an earlier page (a loop)."),
        20);
    const QString many = temp.file(QStringLiteral("many.tif"));
    writeFile(many, tiff(5000));
    checkRefused(many,
        QStringLiteral(
            "The TIFF file has more than 2000 pages; a scan import takes at most 2000. Split it into several files."),
        20);
    const QString wide = temp.file(QStringLiteral("wide.tif"));
    writeFile(wide, tiff(1, -1, 40000, 40000));
    checkRefused(wide,
        QStringLiteral("Page 1 is too large to read (40000 × 40000 pixels); a page scanned at 300 dpi is at most A3 "
                       "(3508 × 4961). Scan it again at 300 dpi."),
        20);
}

TEST_CASE("cli: a valid 40,000 x 40,000 PNG is too large, not damaged", "[cli][hostile]")
{
    TempDatabase temp;
    const QString path = temp.file(QStringLiteral("huge.png"));
    writeFile(path, hugePng(40000));
    checkRefused(path,
        QStringLiteral("Page 1 is too large to read (40000 × 40000 pixels); a page scanned at 300 dpi is at most A3 "
                       "(3508 × 4961). Scan it again at 300 dpi."),
        20);
}

TEST_CASE("cli: a PDF page of 200 x 200 inches is too large to read, not too small", "[cli][hostile]")
{
    TempDatabase temp;
    const QString path = temp.file(QStringLiteral("huge-page.pdf"));
    writeFile(path, pdfOfPageSize("14400"));
    checkRefused(path,
        QStringLiteral("Page 1 of the PDF is too large to read (200.0 × 200.0 inches); a scanned page is at most A3 "
                       "(11.7 × 16.5 inches)."),
        20);
}

TEST_CASE("cli: a date with anything after it is wrong usage, not the date", "[cli][hostile]")
{
    TempDatabase temp;
    REQUIRE(CliRunner().run({ QStringLiteral("import"), Sample, QStringLiteral("--db"), temp.path() }).exitCode == 0);
    const QByteArray before = concord::test::storeFingerprint(temp.path());
    const auto result = CliRunner().run({ QStringLiteral("review"), QStringLiteral("1"), QStringLiteral("accept"),
        QStringLiteral("--due"), QStringLiteral("2027-06-01garbage"), QStringLiteral("--db"), temp.path() });
    CHECK(result.exitCode == 2);
    CHECK(result.err.startsWith(
        QStringLiteral("concord-cli: --due needs a date as YYYY-MM-DD, got '2027-06-01garbage'")));
    CHECK(concord::test::storeFingerprint(temp.path()) == before);
    const auto report = CliRunner().run({ QStringLiteral("report"), QStringLiteral("--format"), QStringLiteral("csv"),
        QStringLiteral("--out"), temp.file(QStringLiteral("r.csv")), QStringLiteral("--as-of"),
        QStringLiteral("2027-06-01T10:00"), QStringLiteral("--db"), temp.path() });
    CHECK(report.exitCode == 2);
}

TEST_CASE(
    "cli: control characters in a file name and in notes are printed escaped, one record per line", "[cli][hostile]")
{
    TempDatabase temp;
    const QString name = temp.file(QStringLiteral("bad\nname\x1b[31m.txt"));
    REQUIRE(QFile::copy(Sample, name));
    const CliRunner cli;
    const auto imported = cli.run({ QStringLiteral("import"), name, QStringLiteral("--db"), temp.path() });
    REQUIRE(imported.exitCode == 0);
    CHECK(imported.out == QStringLiteral("1\t%1\n").arg(temp.file(QStringLiteral("bad\\nname\\x1b[31m.txt"))));
    REQUIRE(cli.run({ QStringLiteral("note"), QStringLiteral("1"), QStringLiteral("line one\r\nline\ttwo\x07"),
                        QStringLiteral("--db"), temp.path() })
                .exitCode
        == 0);
    const auto history
        = cli.run({ QStringLiteral("history"), QStringLiteral("1"), QStringLiteral("--db"), temp.path() });
    REQUIRE(history.exitCode == 0);
    CHECK(history.out.count(QLatin1Char('\n')) == history.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size());
    CHECK(history.out.contains(QStringLiteral("line one\\r\\nline\\ttwo\\x07")));
    CHECK_FALSE(history.out.contains(QLatin1Char('\x07')));
}

TEST_CASE("cli: a paragraph of megabytes is refused at import, with --anyway too, naming its line", "[cli][hostile]")
{
    TempDatabase temp;
    const QString path = temp.file(QStringLiteral("one-paragraph.txt"));
    QByteArray text = "HIỆP ĐỊNH HỢP TÁC\n\nĐiều 1. Hai bên thỏa thuận.\n\n";
    const QByteArray phrase = QStringLiteral("联合工作组每年召开一次会议，").toUtf8();
    text += phrase.repeated(24 * 1024 * 1024 / phrase.size()) + "\n";
    writeFile(path, text);
    // The paragraph belongs to the article that begins on line 3.
    const QString message = QStringLiteral("characters begins on this line; a clause is at most 100000. The file "
                                           "lacks line breaks or is not the text of an agreement.\n");
    REQUIRE(CliRunner().run({ QStringLiteral("import"), Sample, QStringLiteral("--db"), temp.path() }).exitCode == 0);
    const QByteArray before = concord::test::storeFingerprint(temp.path());
    for (const bool anyway : { false, true }) {
        QStringList args { QStringLiteral("import"), path, QStringLiteral("--db"), temp.path() };
        if (anyway)
            args << QStringLiteral("--anyway");
        const CliRunner limited = limitedRunner();
        QElapsedTimer clock;
        clock.start();
        const auto result = limited.run(args, {}, 60000);
        CHECK(clock.elapsed() < 60000);
        CHECK(result.exitCode == 1);
        CHECK(result.err.startsWith(QStringLiteral("concord-cli: %1:3: A paragraph of ").arg(path)));
        CHECK(result.err.endsWith(message));
        CHECK(concord::test::storeFingerprint(temp.path()) == before);
    }
}

TEST_CASE("search: the snippet of a hit in a paragraph of megabytes is cut before it is marked", "[search]")
{
    const QString phrase = QStringLiteral("联合工作组每年召开一次会议，");
    const QString text = phrase.repeated(24 * 1024 * 1024 / 3 / int(phrase.size()));
    QList<std::pair<qsizetype, qsizetype>> hits;
    for (qsizetype at = 0; at < text.size(); at += phrase.size())
        hits.append({ at, 5 });
    QElapsedTimer clock;
    clock.start();
    const QString snippet = concord::SearchText::snippet(text, hits);
    CHECK(clock.elapsed() < 2000);
    CHECK(snippet.startsWith(QStringLiteral("[联合工作组]每年召开一次会议，[联合工作组]")));
    CHECK(snippet.endsWith(QChar(0x2026)));
    CHECK(snippet.count(QLatin1Char('[')) == 15); // 200 characters: 14 phrases and a part of the 15th
    const QString late = concord::SearchText::snippet(
        QStringLiteral("x").repeated(1000) + QStringLiteral("联合"), { { 1000, 2 } }, 20);
    CHECK(late == QStringLiteral("…") + QStringLiteral("x").repeated(18) + QStringLiteral("[联合]"));
}

TEST_CASE("cli: a number too large for any date is no date, not its first or last digits", "[cli][hostile]")
{
    TempDatabase temp;
    const QString path = temp.file(QStringLiteral("overflow.txt"));
    writeFile(path,
        QStringLiteral("HIỆP ĐỊNH HỢP TÁC GIỮA TỈNH LẠNG SƠN VÀ KHU TỰ TRỊ QUẢNG TÂY\n\n"
                       "Điều 1. Hai bên sẽ hoàn thành việc xây dựng cầu trong vòng 18446744073709551617 tháng kể từ "
                       "ngày ký.\n\n"
                       "Điều 2. Bên A sẽ tổ chức hội chợ trong năm 2147483648.\n\n"
                       "Điều 3. Bên B sẽ hoàn thành báo cáo trong năm 2027.\n\n"
                       "Lạng Sơn, ngày 7 tháng 2 năm 2026\n")
            .toUtf8());
    const auto result = CliRunner().run({ QStringLiteral("commitments"), path });
    REQUIRE(result.exitCode == 0);
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE(lines.size() >= 2);
    // Điều 1 has no deadline (18446744073709551617 months is none); Điều 2 has no year 2147; Điều 3 is dated.
    CHECK(lines[0].startsWith(QStringLiteral("Điều 1.\t")));
    CHECK(lines[0].section(QLatin1Char('\t'), 2, 2) == QStringLiteral("-"));
    CHECK_FALSE(result.out.contains(QStringLiteral("\t2147-")));
    CHECK_FALSE(result.out.contains(QStringLiteral("\t1980-")));
    CHECK(lines[1].startsWith(QStringLiteral("Điều 3.\t")));
    CHECK(lines[1].section(QLatin1Char('\t'), 2, 2) == QStringLiteral("2027-12-31"));
}

namespace {
/// \a docx with every entry's compression method set to \a method and its flags or-ed with \a flags, in the local
/// headers and in the central directory, as a tool that writes bzip2 or encrypted zips would.
QByteArray withEntriesAs(QByteArray docx, quint16 method, quint16 flags)
{
    for (const auto& [signature, flagAt, methodAt] :
        { std::tuple { QByteArray("PK\x03\x04", 4), 6, 8 }, std::tuple { QByteArray("PK\x01\x02", 4), 8, 10 } }) {
        for (qsizetype at = docx.indexOf(signature); at >= 0; at = docx.indexOf(signature, at + 4)) {
            qToLittleEndian<quint16>(
                qFromLittleEndian<quint16>(docx.constData() + at + flagAt) | flags, docx.data() + at + flagAt);
            qToLittleEndian<quint16>(method, docx.data() + at + methodAt);
        }
    }
    return docx;
}
} // namespace

TEST_CASE(
    "cli: a .docx compressed as Word never does, or with the longest zip comment, is told as such", "[cli][hostile]")
{
    TempDatabase temp;
    QFile sample(Sample);
    REQUIRE(sample.open(QIODevice::ReadOnly));
    const QByteArray docx = concord::test::DocxMaker::fromMarkdown(QString::fromUtf8(sample.readAll()), false);
    REQUIRE(docx.startsWith("PK"));
    const QString unsupported = QStringLiteral(
        "The Word document's part word/document.xml is compressed or encrypted in a way Word does not write (bzip2, "
        "LZMA or a password); save it again from Word or LibreOffice, without a password.");
    const QString bzip2 = temp.file(QStringLiteral("bzip2.docx"));
    writeFile(bzip2, withEntriesAs(docx, 12, 0));
    checkRefused(bzip2, unsupported);
    const QString encrypted = temp.file(QStringLiteral("encrypted.docx"));
    writeFile(encrypted, withEntriesAs(docx, 8, 1));
    checkRefused(encrypted, unsupported);

    // The end record's comment at its largest: still a Word document, imported.
    QByteArray commented = docx;
    REQUIRE(commented.mid(commented.size() - 22, 4) == QByteArray("PK\x05\x06", 4));
    qToLittleEndian<quint16>(0xFFFF, commented.data() + commented.size() - 2);
    commented += QByteArray(0xFFFF, 'c');
    const QString path = temp.file(QStringLiteral("comment.docx"));
    writeFile(path, commented);
    const auto imported = CliRunner().run({ QStringLiteral("import"), path, QStringLiteral("--db"), temp.path() });
    INFO(imported.err.toStdString());
    CHECK(imported.exitCode == 0);
    CHECK(imported.out == QStringLiteral("1\t%1\n").arg(path));
}

TEST_CASE("cli: restore of a file that is not SQLite says it is not a backup, not that it is damaged", "[cli][hostile]")
{
    TempDatabase temp;
    REQUIRE(CliRunner().run({ QStringLiteral("import"), Sample, QStringLiteral("--db"), temp.path() }).exitCode == 0);
    const QByteArray before = concord::test::storeFingerprint(temp.path());
    const QString random = temp.file(QStringLiteral("random.sqlite"));
    QByteArray noise(40000, '\0');
    for (qsizetype i = 0; i < noise.size(); ++i)
        noise[i] = char((i * 7919 + 13) % 251);
    writeFile(random, noise);
    const auto restored = CliRunner().run({ QStringLiteral("restore"), random, QStringLiteral("--db"), temp.path() });
    CHECK(restored.exitCode == 1);
    CHECK(restored.err
        == QStringLiteral("concord-cli: %1: This file is not a backup of a Concord store (not an SQLite database).\n")
               .arg(random));
    CHECK(concord::test::storeFingerprint(temp.path()) == before);
}
