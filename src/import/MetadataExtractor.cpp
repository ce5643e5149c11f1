#include "import/MetadataExtractor.h"

#include "import/Gazetteer.h"
#include "import/Letterhead.h"
#include "text/DateParser.h"
#include "text/DateText.h"
#include "text/Fold.h"
#include "text/Numerals.h"
#include "text/TextQuality.h"

#include <QRegularExpression>

#include <algorithm>

namespace concord {

namespace {

/// The facts one version states.
struct Facts
{
    std::optional<AgreementKind> kind;
    QString title;
    QString reference;
    QDate signedOn;
    QString place;
    QDate validFrom;
    QDate validTo;
    std::optional<bool> binding;
    int originals = 0;
};

QString allText(const LanguageVersion& version, bool bodyOnly)
{
    QStringList parts;
    for (const Unit& unit : version.units) {
        if (!bodyOnly || (unit.kind != UnitKind::Title && unit.kind != UnitKind::Signature))
            parts.append(unit.text);
    }
    return parts.join(QLatin1Char('\n'));
}

std::optional<AgreementKind> kindFromTitle(const QString& title)
{
    const QString f = Fold::fold(title);
    struct Rule
    {
        const char16_t* word;
        AgreementKind kind;
    };
    static const Rule rules[] = {
        { u"tuyen bo chung", AgreementKind::JointStatement },
        { u"联合声明", AgreementKind::JointStatement },
        { u"bien ban", AgreementKind::Minutes },
        { u"纪要", AgreementKind::Minutes },
        // "ban ghi nh" rather than "ban ghi nho": OCR without a Vietnamese model reads "nhớ" as "nhé", "nhờ" ….
        { u"ban ghi nh", AgreementKind::Memorandum },
        { u"备忘录", AgreementKind::Memorandum },
        { u"thoa thuan", AgreementKind::Agreement },
        { u"协议", AgreementKind::Agreement },
        { u"hiep dinh", AgreementKind::Agreement },
        { u"协定", AgreementKind::Agreement },
    };
    for (const Rule& rule : rules) {
        if (f.contains(QString::fromUtf16(rule.word)))
            return rule.kind;
    }
    return std::nullopt;
}

/// "06", "6", "sáu", "六" → 6.
int countWord(const QString& word)
{
    if (const auto n = Numerals::arabic(word))
        return *n;
    if (const auto n = Numerals::chinese(word))
        return *n;
    static const QStringList vietnamese { QStringLiteral("mot"), QStringLiteral("hai"), QStringLiteral("ba"),
        QStringLiteral("bon"), QStringLiteral("nam"), QStringLiteral("sau"), QStringLiteral("bay"),
        QStringLiteral("tam"), QStringLiteral("chin"), QStringLiteral("muoi") };
    const qsizetype index = vietnamese.indexOf(Fold::fold(word));
    return index < 0 ? 0 : int(index) + 1;
}

/// The sentence of \a text around position \a at.
QString sentenceAround(const QString& text, qsizetype at)
{
    // Scans outwards by hand: a regular expression search backwards would rescan the text from its start.
    auto isEnd = [](QChar c) { return c == u'.' || c == u'。' || c == u';' || c == u'；' || c == u'\n'; };
    qsizetype from = qMin(at, text.size());
    while (from > 0 && !isEnd(text[from - 1]))
        --from;
    qsizetype to = at;
    while (to < text.size() && !isEnd(text[to]))
        ++to;
    return text.mid(from, to - from);
}

/// The most specific place named in \a sentence (a city before a region before a country).
QString placeIn(const QString& sentence, const Gazetteer& gazetteer)
{
    static const QStringList order { QStringLiteral("city"), QStringLiteral("province"), QStringLiteral("region"),
        QStringLiteral("country") };
    QString best;
    qsizetype bestRank = order.size();
    for (const PlaceMention& mention : gazetteer.find(sentence)) {
        const Place* p = gazetteer.place(mention.id);
        const qsizetype rank = order.indexOf(p->kind);
        if (rank >= 0 && rank < bestRank) {
            best = p->id;
            bestRank = rank;
        }
    }
    return best;
}

/// Every party a signature block names: its places, less those that only say where another one is (the country of
/// a province, the province of a city). A block that ran two parties together ("TỈNH CAO BẰNG THÀNH PHỐ BÁCH SẮC")
/// gives both.
QStringList partiesIn(const QString& block, const Gazetteer& gazetteer)
{
    QStringList ids;
    for (const PlaceMention& mention : gazetteer.find(block)) {
        if (!ids.contains(mention.id))
            ids.append(mention.id);
    }
    const auto encloses = [&gazetteer](const QString& outer, const QString& inner) {
        for (const Place* p = gazetteer.place(inner); p && !p->within.isEmpty(); p = gazetteer.place(p->within)) {
            if (p->within == outer)
                return true;
        }
        return false;
    };
    QStringList result;
    for (const QString& id : ids) {
        if (std::none_of(
                ids.begin(), ids.end(), [&](const QString& other) { return other != id && encloses(id, other); }))
            result.append(id);
    }
    return result;
}

Facts readFacts(const LanguageVersion& version, bool isLetter, const Gazetteer& gazetteer)
{
    Facts facts;
    const QString body = allText(version, true);
    const QString folded = Fold::fold(body);
    for (const Unit& unit : version.units) {
        if (unit.kind == UnitKind::Title) {
            facts.title = QString(unit.text).replace(QLatin1Char('\n'), QLatin1Char(' '));
            facts.kind = kindFromTitle(unit.text);
            break;
        }
    }

    // The letterhead above the title (Letterhead): its number and its place and date line; and a place and date
    // line above the signatures.
    QStringList letterhead;
    for (const Debris& debris : version.debris) {
        if (debris.reason == QLatin1String("letterhead") || debris.reason == QLatin1String("place-date"))
            letterhead.append(debris.text);
    }
    static const QRegularExpression reference(QStringLiteral("(?:Số|So|SỐ)\\s*:?\\s*(\\d+(?:[-/][\\p{L}\\d]+)+)"));
    if (const auto m = reference.match((letterhead.join(QLatin1Char('\n')) + QLatin1Char('\n') + body).left(2000));
        m.hasMatch())
        facts.reference = m.captured(1);

    // Signing: the day in the sentence that says the document was signed; a letter's date line otherwise.
    static const QRegularExpression signedWord(
        QStringLiteral("(?:duoc|da|se) ky\\b|\\bky (?:tai|vao|ket)\\b|签署|签订|签字于|签于"));
    // Sentences about the document itself ("Biên bản này được ký …", "本协议…签订") first, then any.
    static const QRegularExpression itself(
        QStringLiteral("(?:bien ban|thoa thuan|ban ghi nho|tuyen bo chung|van ban|hiep dinh) "
                       "nay|本(?:协议|会晤纪要|纪要|备忘录|声明|联合声明)"));
    // "có hiệu lực kể từ ngày ký", "自签署之日起生效" speak of the signing without dating it: not a signing sentence
    // by those words alone, and a day after "đến", "至" in it ends something ("有效期至2028年12月31日").
    static const QRegularExpression fromTheSigning(
        QStringLiteral("(?:ke )?tu ngay ky(?: ket)?|自(?:签署|签订|签字)之日起"));
    static const QRegularExpression until(
        QStringLiteral("(?:至|到|止|(?:^|[^\\p{L}])(?:den|toi|het))\\s*(?:ngay\\s*)?$"));
    const QList<DateMention> dates = DateParser::find(body);
    for (const bool selfOnly : { true, false }) {
        for (const DateMention& date : dates) {
            if (date.kind != DateKind::Day || facts.signedOn.isValid())
                continue;
            if (until
                    .match(Fold::fold(
                        body.mid(std::max<qsizetype>(0, date.start - 12), std::min<qsizetype>(12, date.start)))
                               .trimmed())
                    .hasMatch())
                continue;
            const QString sentence = sentenceAround(body, date.start);
            const QString foldedSentence = Fold::fold(sentence).remove(fromTheSigning);
            if (signedWord.match(foldedSentence).hasMatch() && (!selfOnly || itself.match(foldedSentence).hasMatch())) {
                facts.signedOn = date.from;
                facts.place = placeIn(sentence, gazetteer);
            }
        }
    }
    for (const QString& line : letterhead) {
        if (facts.signedOn.isValid() || !Letterhead::isPlaceAndDate(line))
            continue;
        const QList<DateMention> found = DateParser::find(line);
        if (!found.isEmpty() && found.front().kind == DateKind::Day) {
            facts.signedOn = found.front().from;
            facts.place = placeIn(line, gazetteer);
        }
    }
    if (!facts.signedOn.isValid()) {
        // "自治区外事办公室 / 2027年2月1日", "Ngày 12 tháng 01 năm 2027" under the signing office: a line of the
        // signature area that is a day and nothing else.
        for (const Unit& unit : version.units) {
            if (unit.kind != UnitKind::Signature || facts.signedOn.isValid())
                continue;
            for (const QString& line : unit.text.split(QLatin1Char('\n'))) {
                const QString trimmed = line.trimmed();
                const QList<DateMention> found = DateParser::find(trimmed);
                if (found.size() == 1 && found.front().kind == DateKind::Day && found.front().start <= 5
                    && found.front().length >= trimmed.size() - 2) {
                    facts.signedOn = found.front().from;
                    break;
                }
            }
        }
    }
    if (!facts.signedOn.isValid()) {
        // "Cao Bằng, ngày 17 tháng 3 năm 2022", "Ngày 11 tháng 02 năm 2026, tại thành phố Nam Ninh, …": the first
        // full date of the text, when it opens a paragraph or follows a place and a comma.
        for (const Unit& unit : version.units) {
            if (unit.kind != UnitKind::Preamble)
                continue;
            const QList<DateMention> found = DateParser::find(unit.text);
            if (!found.isEmpty() && found.front().kind == DateKind::Day && found.front().start <= 40) {
                facts.signedOn = found.front().from;
                facts.place = placeIn(sentenceAround(unit.text, found.front().start), gazetteer);
                break;
            }
        }
    }

    // Validity: the latest day named in a sentence about validity, other than the signing day.
    static const QRegularExpression validityWord(QStringLiteral("co gia tri|hieu luc|有效期|有效至"));
    for (const DateMention& date : dates) {
        if (date.kind != DateKind::Deadline && date.kind != DateKind::Day)
            continue;
        const QString sentence = Fold::fold(sentenceAround(body, date.start));
        if (validityWord.match(sentence).hasMatch() && date.to != facts.signedOn
            && (!facts.validTo.isValid() || date.to > facts.validTo))
            facts.validTo = date.to;
    }
    // Its first day: "có hiệu lực từ ngày 01 tháng 6 năm 2027", "自2027年6月1日起生效".
    static const QRegularExpression fromWord(QStringLiteral("(?:^|[^\\p{L}])(?:tu|ke tu|自|从)\\s*(?:ngay\\s*)?$"));
    for (const DateMention& date : dates) {
        const bool start = date.kind == DateKind::Start || (date.kind == DateKind::Range && date.to == facts.validTo)
            || (date.kind == DateKind::Day
                && fromWord
                       .match(Fold::fold(
                           body.mid(std::max<qsizetype>(0, date.start - 12), std::min<qsizetype>(12, date.start))))
                       .hasMatch());
        if (!start || !date.from.isValid() || facts.validFrom.isValid())
            continue;
        const QString sentence = Fold::fold(sentenceAround(body, date.start));
        if (validityWord.match(sentence).hasMatch() && date.from != facts.signedOn)
            facts.validFrom = date.from;
    }
    static const QRegularExpression fromSigning(
        QStringLiteral("hieu luc (?:ke )?tu ngay ky|自签字之日起生效|自签署之日起生效"));
    if (fromSigning.match(folded).hasMatch())
        facts.validFrom = facts.signedOn;
    // A period in the title ("(Giai đoạn 2022 - 2026)") is the document's validity; in a letter's subject line it is
    // the period of the document the letter is about.
    if (!facts.validTo.isValid() && !isLetter) {
        for (const DateMention& date : DateParser::find(facts.title)) {
            if (date.kind == DateKind::Range && date.from.year() != date.to.year()) {
                facts.validFrom = facts.validFrom.isValid() ? facts.validFrom : date.from;
                facts.validTo = date.to;
            }
        }
    }

    // Binding.
    static const QRegularExpression notBinding(QStringLiteral(
        "khong co gia tri rang buoc phap ly|khong rang buoc phap ly|不具有法律约束力|不具法律约束力|无法律约束力"));
    static const QRegularExpression binding(QStringLiteral("co gia tri rang buoc phap ly|具有法律约束力"));
    if (notBinding.match(folded).hasMatch())
        facts.binding = false;
    else if (binding.match(folded).hasMatch())
        facts.binding = true;

    // Originals.
    static const QRegularExpression originals(
        QStringLiteral("(?:lap thanh|lam thanh|thanh) (\\d{1,2}|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi) "
                       "(?:\\([^)]*\\) )?ban\\b|一式([一二三四五六七八九十两\\d]{1,3})份"));
    if (const auto m = originals.match(folded); m.hasMatch())
        facts.originals = countWord(m.captured(1).isEmpty() ? m.captured(2) : m.captured(1));
    return facts;
}

} // namespace

DocumentMetadata MetadataExtractor::extract(
    const QList<LanguageVersion>& versions, bool isLetter, const Gazetteer& gazetteer)
{
    DocumentMetadata metadata;
    if (versions.isEmpty())
        return metadata;
    Agreement& header = metadata.header;
    for (const LanguageVersion& version : versions) {
        if (version.language != Language::Vietnamese)
            continue;
        QString text;
        for (const Unit& unit : version.units)
            text += unit.text + QLatin1Char('\n');
        header.ocrText = TextQuality::ofVietnamese(text).ocrSuspect();
    }
    QList<Facts> facts;
    for (const LanguageVersion& version : versions)
        facts.append(readFacts(version, isLetter, gazetteer));

    auto name
        = [&](qsizetype i) { return versions[i].language == Language::Vietnamese ? tr("Vietnamese") : tr("Chinese"); };
    // The first version that states a value gives it; a different value in another version is a warning.
    auto pick = [&](auto get, auto& target, const QString& what, auto show) {
        qsizetype source = -1;
        for (qsizetype i = 0; i < facts.size(); ++i) {
            const auto value = get(facts[i]);
            if (!value)
                continue;
            if (source < 0) {
                target = *value;
                source = i;
            } else if (*value != target) {
                metadata.warnings.append(tr("The %1 version gives %2 as %3, the %4 version as %5.")
                                             .arg(name(source), what, show(target), name(i), show(*value)));
            }
        }
    };
    auto date = [](const QDate& d) { return DateText::day(d); }; // as the person reading the warning writes days
    auto optionalDate = [](QDate Facts::*member) {
        return
            [member](const Facts& f) { return (f.*member).isValid() ? std::optional<QDate>(f.*member) : std::nullopt; };
    };
    pick(optionalDate(&Facts::signedOn), header.signedOn, tr("the signing date"), date);
    pick(optionalDate(&Facts::validFrom), header.validFrom, tr("the start of validity"), date);
    pick(optionalDate(&Facts::validTo), header.validTo, tr("the end of validity"), date);
    bool binding = false;
    pick([](const Facts& f) { return f.binding; }, binding, tr("whether it is legally binding"),
        [](bool b) { return b ? QStringLiteral("yes") : QStringLiteral("no"); });
    for (const Facts& f : facts) {
        if (f.binding)
            header.binding = binding;
    }
    pick([](const Facts& f) { return f.originals ? std::optional<int>(f.originals) : std::nullopt; },
        metadata.originals, tr("the number of originals"), [](int n) { return QString::number(n); });
    QString placeId;
    auto placeName = [&](const QString& id) {
        const Place* p = gazetteer.place(id);
        if (!p)
            return id;
        const bool vietnamese = versions.front().language == Language::Vietnamese || p->chinese.isEmpty();
        return vietnamese && !p->vietnamese.isEmpty() ? p->vietnamese.front() : p->chinese.front();
    };
    pick([](const Facts& f) { return f.place.isEmpty() ? std::nullopt : std::optional<QString>(f.place); }, placeId,
        tr("the place of signing"), placeName);
    header.place = placeId.isEmpty() ? QString() : placeName(placeId);
    pick([](const Facts& f) { return f.reference.isEmpty() ? std::nullopt : std::optional<QString>(f.reference); },
        header.reference, tr("the reference number"), [](const QString& s) { return s; });

    for (qsizetype i = 0; i < facts.size(); ++i) {
        (versions[i].language == Language::Vietnamese ? header.titleVi : header.titleZh) = facts[i].title;
        if (!facts[i].kind)
            continue;
        if (header.kind == AgreementKind::Other)
            header.kind = *facts[i].kind;
    }
    if (isLetter) {
        header.kind = AgreementKind::Letter;
        // A letter is known by its subject line ("V/v triển khai …", "Về gửi Bản ghi nhớ …"), not its sender.
        static const QRegularExpression subject(QStringLiteral("^(?:v/v|ve) "));
        for (const Unit& unit : versions.front().units) {
            if (unit.kind == UnitKind::Preamble && subject.match(Fold::fold(unit.text.left(8))).hasMatch()) {
                header.titleVi = QString(unit.text).replace(QLatin1Char('\n'), QLatin1Char(' '));
                break;
            }
        }
    }

    // Signatories and parties from the first version with signatures.
    for (const LanguageVersion& version : versions) {
        const QList<Unit> signatures = version.unitsOfKind(UnitKind::Signature);
        if (signatures.isEmpty())
            continue;
        for (const Unit& unit : signatures) {
            metadata.signatories.append(unit.signature);
            for (const QString& place : partiesIn(unit.signature.party, gazetteer)) {
                if (!metadata.parties.contains(place))
                    metadata.parties.append(place);
            }
        }
        break;
    }
    // Without signatures (a joint statement, an OCR'd signature page), the parties the title names.
    if (metadata.parties.isEmpty()) {
        const QString title = header.titleVi.isEmpty() ? header.titleZh : header.titleVi;
        if (header.ocrText) {
            // OCR damage hides names from an exact match ("Quing Ninh", "Cao Biing"): matched a letter off.
            metadata.parties = gazetteer.findApproximate(title);
        } else {
            for (const PlaceMention& mention : gazetteer.find(title)) {
                if (!metadata.parties.contains(mention.id))
                    metadata.parties.append(mention.id);
            }
        }
    }
    return metadata;
}

} // namespace concord
