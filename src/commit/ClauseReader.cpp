#include "commit/ClauseReader.h"

#include "commit/ClausePatterns.h"
#include "commit/PartyChain.h"
#include "import/Gazetteer.h"
#include "text/Fold.h"

#include <QRegularExpression>

namespace concord {

namespace {

// framedText() marks a unit's frame with the ASCII record and unit separators, which no imported text keeps.
constexpr QChar FrameStart = u'\u001E';
constexpr QChar FrameEnd = u'\u001F';

int chineseNumber(const QString& text)
{
    static const QString digits = QStringLiteral("零一二三四五六七八九");
    int total = 0, current = 0;
    for (const QChar c : text) {
        if (c == QChar(u'两')) {
            current = 2;
        } else if (const int d = int(digits.indexOf(c)); d >= 0) {
            current = d;
        } else if (c == QChar(u'十')) {
            total += (current == 0 ? 1 : current) * 10;
            current = 0;
        } else if (c == QChar(u'百')) {
            total += (current == 0 ? 1 : current) * 100;
            current = 0;
        }
    }
    return total + current;
}

QList<int> numbersIn(const QString& text)
{
    QList<int> numbers;
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    for (auto it = digits.globalMatch(text); it.hasNext();)
        numbers.append(it.next().captured(0).toInt());
    if (numbers.isEmpty() && !text.isEmpty())
        numbers.append(chineseNumber(text));
    return numbers;
}

/// The original words behind folded range [start, start + length).
QString original(const QString& text, const FoldedText& folded, qsizetype start, qsizetype length)
{
    const auto [from, size] = folded.sourceRange(start, length, text.size());
    return text.mid(from, size);
}

/// A count written in digits, in Vietnamese words (folded: "ba", "sau muoi") or in Chinese numerals.
int countOf(const QString& text)
{
    bool ok = false;
    const int digits = text.toInt(&ok);
    if (ok)
        return digits;
    static const QStringList units { QStringLiteral("khong"), QStringLiteral("mot"), QStringLiteral("hai"),
        QStringLiteral("ba"), QStringLiteral("bon"), QStringLiteral("nam"), QStringLiteral("sau"),
        QStringLiteral("bay"), QStringLiteral("tam"), QStringLiteral("chin") };
    const QStringList words = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!words.isEmpty() && units.contains(words.front()) == false && words.front() != QLatin1String("muoi"))
        return chineseNumber(text);
    int total = 0, current = 0;
    for (const QString& word : words) {
        if (word == QLatin1String("muoi")) {
            total += (current == 0 ? 1 : current) * 10;
            current = 0;
        } else if (word == QLatin1String("lam") || word == QLatin1String("nham")) {
            current = 5;
        } else if (word == QLatin1String("mot") && total > 0) {
            current = 1;
        } else {
            current = int(units.indexOf(word));
        }
    }
    return total + std::max(current, 0);
}

/// Deadlines counted from the signing, the entry into force or the end of validity, on folded text.
QList<RelativeDate> relativeDates(const QString& clause, const FoldedText& folded, bool vi)
{
    QList<RelativeDate> result;
    const QString& f = folded.text;
    // A count is all its digits: never the last three of 18446744073709551617.
    static const QString viCount = QStringLiteral("((?<!\\d)\\d{1,3}(?!\\d)|(?:(?:mot|hai|ba|bon|nam|sau|bay|tam|chin) "
                                                  ")?muoi(?: (?:mot|hai|ba|bon|lam|sau|bay|tam|chin))?|"
                                                  "mot|hai|ba|bon|nam|sau|bay|tam|chin)");
    static const QRegularExpression viAfter(QStringLiteral("trong (?:thoi han|vong|thoi gian) ") + viCount
        + QStringLiteral(" (ngay|thang)(?: lam viec)? (?:ke )?tu (?:ngay|khi) (?:cac ben )?(?:ky|ky ket)\\b"));
    static const QRegularExpression viBefore(viCount
        + QStringLiteral(" (ngay|thang) truoc khi (?:[a-z ]{0,30})?(?:het hieu luc|het han|cham dut hieu luc)"));
    static const QString zhCount = QStringLiteral("((?<!\\d)\\d{1,3}(?!\\d)|[一二两三四五六七八九十百]{1,4})");
    static const QRegularExpression zhAfter(
        QStringLiteral("自[^，。；]{0,12}?(?:签字|签署)之日起") + zhCount + QStringLiteral("\\s*(日|天|个月|月)内"));
    static const QRegularExpression zhBefore(
        QStringLiteral("(?:期满|到期|届满|有效期结束)前") + zhCount + QStringLiteral("\\s*(日|天|个月|月)"));
    // "trong vòng 30 ngày kể từ ngày Thỏa thuận có hiệu lực", "自本协议生效之日起30日内": counted from the entry into
    // force.
    static const QRegularExpression viAfterForce(QStringLiteral("trong (?:thoi han|vong|thoi gian) ") + viCount
        + QStringLiteral(" (ngay|thang)(?: lam viec)? (?:ke )?tu (?:ngay|khi) (?:[a-z ]{0,30} )?(?:co hieu luc|"
                         "bat dau co hieu luc)\\b"));
    static const QRegularExpression zhAfterForce(
        QStringLiteral("自[^，。；]{0,12}?生效之日起") + zhCount + QStringLiteral("\\s*(日|天|个月|月)内"));
    const auto add = [&](const QRegularExpressionMatch& m, RelativeDate::Event event, int sign) {
        RelativeDate r;
        r.event = event;
        const int n = countOf(m.captured(1));
        const QString unit = m.captured(2);
        const bool months = unit.startsWith(QLatin1String("thang")) || unit.contains(u'月');
        (months ? r.months : r.days) = sign * n;
        r.phrase = original(clause, folded, m.capturedStart(0), m.capturedLength(0)).trimmed();
        if (n > 0)
            result.append(r);
    };
    for (auto it = (vi ? viAfter : zhAfter).globalMatch(f); it.hasNext();)
        add(it.next(), RelativeDate::Signing, +1);
    for (auto it = (vi ? viBefore : zhBefore).globalMatch(f); it.hasNext();)
        add(it.next(), RelativeDate::Expiry, -1);
    for (auto it = (vi ? viAfterForce : zhAfterForce).globalMatch(f); it.hasNext();)
        add(it.next(), RelativeDate::EntryIntoForce, +1);
    return result;
}

Collective collectiveIn(const QString& folded, Language language)
{
    if (language == Language::Vietnamese) {
        static const QRegularExpression all(QStringLiteral(
            "\\b(?:cac ben|hai ben|ba ben|cac dia phuong|hai dia phuong|hai dang|hai tinh|cac tinh|hai phia)\\b"));
        static const QRegularExpression vi(QStringLiteral("\\bphia viet nam\\b"));
        static const QRegularExpression cn(QStringLiteral("\\bphia trung quoc\\b"));
        if (folded.contains(all))
            return Collective::All;
        if (folded.contains(vi))
            return Collective::Vietnamese;
        if (folded.contains(cn))
            return Collective::Chinese;
        return Collective::None;
    }
    static const QRegularExpression zhAll(QStringLiteral("各方|双方|两省|两地|各省|三方"));
    if (folded.contains(zhAll))
        return Collective::All;
    if (folded.contains(QStringLiteral("越方")))
        return Collective::Vietnamese;
    if (folded.contains(QStringLiteral("中方")))
        return Collective::Chinese;
    return Collective::None;
}

/// Drops a country when one of its own regions is in \a ids too: "Quảng Tây, Trung Quốc" is where the region is,
/// not a party of its own.
void dropEnclosingCountries(QStringList& ids, const Gazetteer& gazetteer)
{
    QStringList kept;
    for (const QString& id : ids) {
        const bool country = gazetteer.country(id) == id;
        const bool hasInner = std::any_of(ids.begin(), ids.end(),
            [&](const QString& other) { return other != id && gazetteer.country(other) == id; });
        if (!(country && hasInner))
            kept.append(id);
    }
    ids = kept;
}

/// The gazetteer ids \a text names, each once, in order.
QStringList placesNamed(const QString& text, const Gazetteer& gazetteer)
{
    QStringList ids;
    for (const PlaceMention& mention : gazetteer.find(text)) {
        if (!ids.contains(mention.id))
            ids.append(mention.id);
    }
    return ids;
}

Recurrence recurrenceOf(DateKind kind)
{
    switch (kind) {
    case DateKind::EveryMonth:
        return Recurrence::Monthly;
    case DateKind::EveryQuarter:
        return Recurrence::Quarterly;
    case DateKind::EveryHalfYear:
        return Recurrence::Semiannual;
    case DateKind::Yearly:
        return Recurrence::Yearly;
    default:
        return Recurrence::None;
    }
}

} // namespace

const Quantity* ClauseFacts::mainQuantity() const
{
    for (const Quantity& q : quantities) {
        if (q.total)
            return &q;
    }
    for (const Quantity& q : quantities) {
        if (q.people)
            return &q;
    }
    return quantities.isEmpty() ? nullptr : &quantities.front();
}

QList<Clause> ClauseReader::clauses(const QString& text, Language language)
{
    // Vietnamese: sentence ends, semicolons, paragraph breaks after a full stop, and a comma that opens a new
    // time frame ("…, mỗi năm Quảng Tây sẽ …"). Chinese: 。；！？ only (a line break inside a Chinese
    // paragraph is a page break).
    QList<Clause> result;
    for (const QString& segment : text.split(FrameStart, Qt::SkipEmptyParts)) {
        const qsizetype end = segment.indexOf(FrameEnd);
        const QString frame = end < 0 ? QString() : segment.left(end).trimmed();
        for (Clause clause : clausesOf(end < 0 ? segment : segment.mid(end + 1), language)) {
            if (clause.context.isEmpty()) {
                clause.context = frame;
                clause.inherited = !frame.isEmpty();
            }
            result.append(clause);
        }
    }
    return result;
}

QString ClauseReader::framedText(const QString& frame, const QString& text)
{
    QString lead = frame.trimmed();
    if (lead.endsWith(QLatin1Char(':')) || lead.endsWith(QChar(u'：')))
        lead.chop(1);
    // Of a lead-in paragraph, the sentence that leads in: "… đạt được những thành quả tốt đẹp. Tháng 02 năm 2022,
    // các Bên tiến hành trao đổi …, đạt được những nhận thức chung sau:".
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?。！？]\\s+|[。！？]"));
    qsizetype start = 0;
    for (auto it = sentenceEnd.globalMatch(lead); it.hasNext();)
        start = it.next().capturedEnd(0);
    lead = lead.mid(start).trimmed();
    return FrameStart + lead + FrameEnd + text;
}

QList<Clause> ClauseReader::clausesOf(const QString& text, Language language)
{
    static const QRegularExpression viBreak(
        QStringLiteral(
            "(?<=[.;!?])\\s+(?=[\\p{Lu}\\d(\"“*-])|;\\s*|(?<=[.;:!?])\\s*\\n+|,\\s*(?=(?:hằng năm|hàng năm|mỗi năm|"
            "từ năm \\d{4})\\b)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression zhBreak(QStringLiteral("(?<=[。；;！？])"));
    QList<Clause> result;
    QString context;
    // An article's title on its own line ("Điều 4. Cơ chế phối hợp" / "第四条 协调机制") frames the text under it.
    QString body = text;
    // (A Chinese line broken by the page is longer than a title; a Vietnamese one goes on in lower case.)
    static const QRegularExpression viTitleLine(QStringLiteral("^([^\\n.;:!?]{1,60})\\n(?=\\p{Lu})"));
    static const QRegularExpression zhTitleLine(QStringLiteral("^([^\\n。；：！？，,]{1,16})\\n(?=\\S)"));
    if (const auto title = (language == Language::Chinese ? zhTitleLine : viTitleLine).match(text); title.hasMatch()) {
        context = title.captured(1).trimmed();
        body = text.mid(title.capturedEnd(0));
    }
    for (const QString& part : body.split(language == Language::Chinese ? zhBreak : viBreak, Qt::SkipEmptyParts)) {
        QString trimmed = part.trimmed();
        // "Từ năm 2022 đến năm 2026, mỗi năm: A; B; C": the words before the colon frame every part after it.
        qsizetype colon = trimmed.indexOf(language == Language::Chinese ? QChar(u'：') : QChar(u':'));
        // A colon inside brackets labels what follows it ("(thời hạn: quý I/2028)", "（期限：2027年5月）").
        const qsizetype bracket
            = std::max(trimmed.lastIndexOf(QLatin1Char('('), colon), trimmed.lastIndexOf(u'（', colon));
        if (colon > 0 && bracket >= 0 && bracket < colon)
            colon = -1;
        if (colon > 0 && colon < 80 && colon + 1 < trimmed.size()) {
            context = trimmed.left(colon);
            trimmed = trimmed.mid(colon + 1).trimmed();
        } else if (trimmed.endsWith(QLatin1Char('.')) || trimmed.endsWith(QChar(u'。'))) {
            result.append({ trimmed, context });
            context.clear();
            continue;
        }
        if (trimmed.size() > 1)
            result.append({ trimmed, context });
    }
    return result;
}

ClauseFacts ClauseReader::read(const Clause& clause, Language language, const Gazetteer& gazetteer, int referenceYear)
{
    ClauseFacts facts = read(clause.text, language, gazetteer, referenceYear);
    if (!clause.context.isEmpty()) {
        ClauseFacts frame = read(clause.context, language, gazetteer, referenceYear);
        // A lead-in that records agreement names the parties that agree in it, however long its subject
        // ("…, Đoàn Thanh niên … các tỉnh Quảng Ninh, …, Hải Phòng (Việt Nam) và Khu Đoàn … Quảng Tây, Đoàn Thanh
        // niên Cộng sản Trung Quốc nhất trí ký kết Thỏa thuận này với các nội dung cụ thể như sau").
        static const QRegularExpression viAgreed(QStringLiteral("\\b(?:nhat tri|thong nhat|dong y|thoa thuan)\\b"));
        static const QRegularExpression zhAgreed(QStringLiteral("商定|同意|一致|约定|议定"));
        facts.agreed = Fold::fold(clause.context).contains(language == Language::Chinese ? zhAgreed : viAgreed);
        const QStringList named = placesNamed(clause.context, gazetteer);
        if (facts.agreed && frame.collective == Collective::None) {
            QStringList agreeing = named;
            dropEnclosingCountries(agreeing, gazetteer);
            if (agreeing.size() > frame.actors.size())
                frame.actors = agreeing;
        }
        if (!frame.action && !frame.hasActor()) {
            // A lead-in or heading without a verb of undertaking ("Các Bên nhất trí như sau", "Phía Việt Nam"):
            // all of it names who undertakes the items it frames.
            frame.collective = collectiveIn(Fold::fold(clause.context), language);
            frame.actors = named; // (no actor yet: nothing to keep)
            frame.actorPhrase = clause.context.trimmed();
        }
        if (facts.recurrence == Recurrence::None && frame.recurrence != Recurrence::None) {
            facts.recurrence = frame.recurrence;
            facts.recurrencePhrase = frame.recurrencePhrase;
            facts.anchor = frame.anchor;
        }
        // A list's lead-in passes on a deadline it sets ("Trong năm 2027, hai bên triển khai các nội dung sau:"),
        // not the day of an event it tells ("Tháng 02 năm 2022, các Bên tiến hành trao đổi …, đạt được … sau:").
        if (facts.deadlines.isEmpty()) {
            for (const ClauseDate& date : frame.deadlines) {
                if (!clause.inherited || date.mention.kind == DateKind::Deadline)
                    facts.deadlines.append(date);
            }
        }
        // An item with no subject of its own ("Tổ chức hội chợ …" under "Các Bên nhất trí như sau:", or under
        // the heading "Phía Việt Nam") is undertaken by whoever the frame names, as the frame undertakes it.
        if (facts.subjectless && frame.hasActor()) {
            facts.actors = frame.actors;
            facts.collective = frame.collective;
            facts.actorPhrase = frame.actorPhrase.isEmpty() ? clause.context.trimmed() : frame.actorPhrase;
            for (const QString& id : facts.actors)
                facts.others.removeAll(id);
            facts.promise = facts.promise || frame.promise || frame.action;
            facts.framed = true;
        }
    }
    return facts;
}

ClauseFacts ClauseReader::read(const QString& clause, Language language, const Gazetteer& gazetteer, int referenceYear)
{
    ClauseFacts facts;
    facts.language = language;
    facts.text = clause;
    const bool vi = language == Language::Vietnamese;
    const FoldedText folded = Fold::foldWithSource(clause);
    const QString& f = folded.text;

    // The subject: after leading circumstances, before the first verb of undertaking.
    const auto lead = (vi ? ClausePatterns::viLead() : ClausePatterns::zhLead()).match(f);
    const qsizetype leadEnd = lead.hasMatch() ? lead.capturedEnd(0) : 0;
    qsizetype subjectStart = leadEnd;
    const auto verb = (vi ? ClausePatterns::viVerb() : ClausePatterns::zhVerb()).match(f, subjectStart);
    facts.action = verb.hasMatch();
    if (facts.action) {
        const auto [from, length]
            = folded.sourceRange(verb.capturedStart(0), f.size() - verb.capturedStart(0), clause.size());
        facts.actionPhrase = clause.mid(from, length).trimmed();
    }
    qsizetype subjectEnd = verb.hasMatch() ? verb.capturedStart(0) : subjectStart;
    facts.subjectless = verb.hasMatch() && subjectEnd - subjectStart <= 1;
    // A subject that is really a circumstance ("trong thời gian diễn ra …", "在…期间") names no actor.
    static const QRegularExpression viCircumstance(QStringLiteral("^(?:trong|tai|nhan dip|khi|sau khi|truoc khi)\\b"));
    const QString lead0 = f.mid(subjectStart, subjectEnd - subjectStart);
    bool circumstance = vi ? lead0.contains(viCircumstance) : lead0.startsWith(u'在');
    // "Trong thời hạn 60 ngày kể từ ngày ký, tỉnh Lạng Sơn thành lập …": the subject follows a deadline put first
    // (not a "during …" circumstance, whose commas may list the parties it names).
    static const QRegularExpression viDeadlineLead(
        QStringLiteral("^(?:trong (?:thoi han|vong) |truoc ngay|cham nhat|ke tu|sau khi|den het)"));
    if (circumstance && (vi ? lead0.contains(viDeadlineLead) : true)) {
        const qsizetype comma = std::max(lead0.lastIndexOf(QLatin1Char(',')), lead0.lastIndexOf(u'，'));
        if (comma > 0 && comma + 2 < lead0.size()) {
            subjectStart += comma + 1;
            circumstance = false;
        }
    }
    // A long run before the verb is circumstance and subject together ("Trên cơ sở …, trong năm 2026, Quảng
    // Tây sẽ …", "…中方项目已投入运行，谅山将…"): the subject is its last comma-separated part.
    if (!circumstance && subjectEnd - subjectStart > (vi ? 100 : 30)) {
        const qsizetype comma
            = std::max(f.lastIndexOf(QLatin1Char(','), subjectEnd - 1), f.lastIndexOf(u'，', subjectEnd - 1));
        if (comma > subjectStart)
            subjectStart = comma + 1;
    }
    // A Chinese subject ends where a preposition or a time word opens what comes before the verb ("莱州省每月5日前向
    // 云南省通报"): what follows it is not who acts. (Vietnamese puts these after the verb.)
    static const QRegularExpression zhPreposition(QStringLiteral("[向对给于在每自从按]"));
    if (!vi && !circumstance && subjectEnd > subjectStart) {
        const auto cut = zhPreposition.match(f.mid(subjectStart, subjectEnd - subjectStart));
        if (cut.hasMatch() && cut.capturedStart(0) > 0)
            subjectEnd = subjectStart + cut.capturedStart(0);
    }
    const QString subject = f.mid(subjectStart, subjectEnd - subjectStart);

    // Background: praise anywhere, a past-tense subject ("Hai bên đã …", "双方已 …"), or a view as the main
    // verb ("Hai bên cho rằng …", "双方认为 …").
    static const QRegularExpression viPast(QStringLiteral("\\bda\\b"));
    const auto stance = (vi ? ClausePatterns::viStance() : ClausePatterns::zhStance()).match(f, leadEnd);
    facts.background = f.contains(vi ? ClausePatterns::viPraise() : ClausePatterns::zhPraise())
        || (vi ? subject.contains(viPast) : (subject.contains(u'已') || subject.contains(QStringLiteral("取得"))))
        || (stance.hasMatch() && (!verb.hasMatch() || stance.capturedStart(0) <= verb.capturedStart(0)));
    // "sẽ" is read on the text as written: folded, it is also the "sẻ" of "chia sẻ".
    static const QRegularExpression will(
        QStringLiteral("(?<!\\p{L})sẽ(?!\\p{L})"), QRegularExpression::CaseInsensitiveOption);
    facts.promise
        = f.contains(vi ? ClausePatterns::viPromise() : ClausePatterns::zhPromise()) || (vi && clause.contains(will));

    const QList<PlaceMention> places = gazetteer.find(clause);
    const auto [subjectFrom, subjectLength]
        = folded.sourceRange(subjectStart, subjectEnd - subjectStart, clause.size());
    const qsizetype subjectTo = subjectFrom + subjectLength;
    // A passive agent names the actor wherever it stands.
    const auto agent = (vi ? ClausePatterns::viAgent() : ClausePatterns::zhAgent()).match(f);
    qsizetype actorFrom = subjectFrom, actorTo = subjectTo;
    if (agent.hasMatch()) {
        const auto [from, length] = folded.sourceRange(agent.capturedStart(1), agent.capturedLength(1), clause.size());
        actorFrom = from;
        actorTo = from + length;
        facts.collective = collectiveIn(agent.captured(1), language);
        facts.actorPhrase = clause.mid(from, length).trimmed();
    } else if (circumstance) {
        actorFrom = actorTo = subjectFrom;
    } else if (subjectEnd > subjectStart) {
        facts.collective = collectiveIn(subject, language);
        facts.actorPhrase = clause.mid(subjectFrom, subjectLength).trimmed();
    }
    // The shape "parties + what they do": the subject is the chain of parties the clause opens with. When more
    // places follow before the verb ("Thành phố Côn Minh cấp 25 suất học bổng … cho sinh viên tỉnh Điện Biên"),
    // or no known verb follows at all ("Tỉnh Tuyên Quang giới thiệu 10 dự án …"), what comes after the chain is
    // what they do.
    if (!agent.hasMatch() && !circumstance) {
        const qsizetype runEnd = verb.hasMatch() ? subjectTo : clause.size();
        const PartyChain chain = PartyChain::find(clause, places, subjectFrom, runEnd);
        const QString rest = chain.isEmpty() ? QString() : clause.mid(chain.to).trimmed();
        if (!chain.isEmpty() && chain.from - subjectFrom <= 60 && (chain.more || !verb.hasMatch())
            && !PartyChain::describes(rest, language)) {
            if (!verb.hasMatch()) {
                facts.action = true;
                facts.guessedVerb = true;
            }
            actorFrom = subjectFrom;
            actorTo = chain.to;
            facts.actionPhrase = rest;
            facts.actorPhrase = clause.mid(subjectFrom, chain.to - subjectFrom).trimmed();
            facts.collective = collectiveIn(Fold::fold(facts.actorPhrase), language);
        }
    }
    for (const PlaceMention& mention : places) {
        const bool inActor = mention.start >= actorFrom && mention.start + mention.length <= actorTo;
        QStringList& list = inActor ? facts.actors : facts.others;
        if (!list.contains(mention.id))
            list.append(mention.id);
    }
    dropEnclosingCountries(facts.actors, gazetteer);
    dropEnclosingCountries(facts.others, gazetteer);
    for (const QString& id : facts.actors)
        facts.others.removeAll(id);
    if (facts.actors.isEmpty() && facts.collective == Collective::None)
        facts.actorPhrase.clear();

    // Dates: deadlines, and "every year".
    const QList<DateMention> dates = DateParser::find(clause, referenceYear);
    for (const DateMention& mention : dates) {
        const QString phrase = clause.mid(mention.start, mention.length);
        const Recurrence recurrence = recurrenceOf(mention.kind);
        if (recurrence != Recurrence::None) {
            if (facts.recurrence == Recurrence::None) {
                facts.recurrence = recurrence;
                facts.recurrencePhrase = phrase;
            }
        } else if (mention.kind == DateKind::Deadline || mention.kind == DateKind::Month
            || (mention.kind == DateKind::Day && facts.action)) {
            facts.deadlines.append({ mention, phrase });
        }
    }

    facts.relative = relativeDates(clause, folded, vi);

    // The month (and day) a yearly undertaking falls due: "vào tháng 5 hằng năm", "trước ngày 31 tháng 3 hằng năm",
    // "hằng năm, vào tháng 5", "每年5月", "每年3月31日前"; the day of a monthly one: "trước ngày 5 hằng tháng",
    // "hằng tháng, trước ngày 5", "每月5日前".
    if (facts.recurrence == Recurrence::Yearly) {
        static const QRegularExpression viAnchor(QStringLiteral(
            "(?:(?:truoc |den |vao )?ngay (\\d{1,2}) )?thang (\\d{1,2}) (?:hang|moi) nam|(?:hang|moi) nam,? "
            "(?:vao |trong )?(?:(?:truoc |den )?ngay (\\d{1,2}) )?thang (\\d{1,2})\\b(?! (?:nam )?\\d{4})"));
        static const QRegularExpression zhAnchor(QStringLiteral("每年\\s*(\\d{1,2})\\s*月(?:\\s*(\\d{1,2})\\s*日)?"));
        const auto m = (vi ? viAnchor : zhAnchor).match(f);
        if (m.hasMatch()) {
            const int month
                = vi ? (m.captured(2).isEmpty() ? m.captured(4) : m.captured(2)).toInt() : m.captured(1).toInt();
            const int day
                = vi ? (m.captured(2).isEmpty() ? m.captured(3) : m.captured(1)).toInt() : m.captured(2).toInt();
            if (month >= 1 && month <= 12 && day >= 0 && day <= 31)
                facts.anchor = { month, day };
        }
    } else if (facts.recurrence == Recurrence::Monthly) {
        static const QRegularExpression viAnchor(
            QStringLiteral("ngay (\\d{1,2}) (?:cua )?(?:hang|moi|tung) thang|(?:hang|moi|tung) thang,? (?:vao |truoc |"
                           "cham nhat )?(?:truoc )?ngay (\\d{1,2})\\b(?! thang)"));
        static const QRegularExpression zhAnchor(QStringLiteral("每(?:个)?月\\s*(\\d{1,2})\\s*日"));
        const auto m = (vi ? viAnchor : zhAnchor).match(f);
        if (m.hasMatch()) {
            const int day = (m.captured(1).isEmpty() ? m.captured(2) : m.captured(1)).toInt();
            if (day >= 1 && day <= 31)
                facts.anchor = { 0, day };
        }
    }

    // Quantities.
    for (auto it = (vi ? ClausePatterns::viQuantity() : ClausePatterns::zhQuantity()).globalMatch(f); it.hasNext();) {
        const auto m = it.next();
        Quantity q;
        const qsizetype start = m.capturedStart(2);
        q.text = original(clause, folded, start, m.capturedEnd(3) - start).trimmed();
        q.numbers = numbersIn(m.captured(2));
        const QString unit = m.captured(3);
        q.total = !m.captured(1).isEmpty() && !m.captured(1).startsWith(QStringLiteral("khoang"))
            && m.captured(1) != QStringLiteral("约");
        q.people = vi
            ? !QStringList({ QStringLiteral("doan"), QStringLiteral("khoa"), QStringLiteral("lop"),
                               QStringLiteral("du an"), QStringLiteral("ty dong"), QStringLiteral("trieu dong"),
                               QStringLiteral("nhan dan te"), QStringLiteral("usd") })
                   .contains(unit)
            : (unit.contains(u'名') || unit.contains(u'人'));
        facts.quantities.append(q);
    }

    // Clauses about the document itself: its copies, languages, equal validity, entry into force, binding force.
    static const QRegularExpression viDocument(QStringLiteral(
        "\\b(?:(?:duoc )?lap thanh \\w+ ban|ban goc|bang tieng viet|bang tieng trung|co gia tri (?:phap ly )?nhu nhau|"
        "co hieu luc (?:ke )?tu|co gia tri rang buoc|khong rang buoc|moi ben giu)\\b"));
    static const QRegularExpression zhDocument(
        QStringLiteral("一式[两二三四]份|同等作准|具有同等效力|自(?:签字|签署)之日起生效|用越文和中文|中越文|越中文"));
    // The scope of the cooperation ("Hai bên hợp tác trong các lĩnh vực …", "双方在…领域开展合作") says what the
    // document covers, not what anyone will do.
    static const QRegularExpression viScope(
        QStringLiteral("^(?:hai ben|cac ben|hai phia)\\s+(?:se )?hop tac (?:trong|tren) (?:cac )?linh vuc"));
    static const QRegularExpression zhScope(
        QStringLiteral("^(?:双方|各方)(?:将)?在.{0,60}领域(?:开展|进行)?合作[。；.;]?\\s*$"));
    facts.aboutDocument = f.contains(vi ? viDocument : zhDocument) || f.contains(vi ? viScope : zhScope);

    // The agreement's own future: renewal, and who hosts the next meeting.
    static const QRegularExpression viRenewal(QStringLiteral("\\bgia han\\b|\\bky ket .*thoa thuan moi\\b"));
    facts.renewal = vi ? f.contains(viRenewal)
                       : (f.contains(QStringLiteral("顺延")) || f.contains(QStringLiteral("续签"))
                           || f.contains(QStringLiteral("延期协议")));
    static const QRegularExpression viMeeting(QStringLiteral("\\b(?:gap go|hoi dam|hoi nghi)\\b"));
    static const QRegularExpression year(QStringLiteral("(\\d{4})"));
    // Without an agent, the host is where the meeting "sẽ được tổ chức tại …" / "在…举行".
    static const QRegularExpression viHostPlace(
        QStringLiteral("\\b(?:tiep theo|lan sau|lan thu \\w+|nam \\d{4})\\b.{0,60}\\bto chuc tai ([^,.;]{2,60})"));
    static const QRegularExpression zhHostPlace(
        QStringLiteral("(?:下一次|下次|第[一二三四五六七八九十\\d]+次).{0,30}?在([^，。；]{2,20}?)(?:举行|召开|举办)"));
    const bool meeting = vi ? f.contains(viMeeting)
                            : (f.contains(QStringLiteral("会晤")) || f.contains(QStringLiteral("会议"))
                                || f.contains(QStringLiteral("会谈")));
    bool hosted = agent.hasMatch();
    if (meeting && !hosted) {
        const auto host = (vi ? viHostPlace : zhHostPlace).match(f);
        if (host.hasMatch()) {
            const auto [from, length]
                = folded.sourceRange(host.capturedStart(1), host.capturedLength(1), clause.size());
            QStringList hosts;
            for (const PlaceMention& mention : places) {
                if (mention.start >= from && mention.start + mention.length <= from + length
                    && gazetteer.country(mention.id) != mention.id && !hosts.contains(mention.id))
                    hosts.append(mention.id);
            }
            if (!hosts.isEmpty()) {
                facts.actors = hosts;
                facts.collective = Collective::None;
                facts.actorPhrase = clause.mid(from, length).trimmed();
                hosted = true;
            }
        }
    }
    if (hosted && meeting) {
        for (auto it = year.globalMatch(f); it.hasNext();) {
            const int y = it.next().captured(1).toInt();
            if (y >= 2000 && y <= 2100 && (referenceYear == 0 || y > referenceYear)) {
                facts.nextMeeting = true;
                facts.meetingYear = y;
                break;
            }
        }
        static const QRegularExpression spring(QStringLiteral("dau xuan|\\bxuan\\b|新春|春节|初春"));
        facts.meetingEarlySpring = f.contains(spring);
    }
    return facts;
}

} // namespace concord
