#pragma once

#include "commit/Recurrence.h"
#include "model/Agreement.h"
#include "model/Structure.h"
#include "text/DateParser.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace concord {

class Gazetteer;

/// A number of things with their unit: `110 suất học bổng`, `15 - 20 người`, `共 80 人`.
struct Quantity
{
    QString text; ///< as written
    QList<int> numbers; ///< 15 and 20 for a range
    bool people = false; ///< counts people or places for people (người, suất, 名, 人 …)
    bool total = false; ///< announced as a total (tổng cộng, 共)
};

/// Who a clause's subject is, when it names no place but a group.
enum class Collective {
    None,
    All, ///< các Bên, hai Bên, 各方, 双方: every party of the agreement
    Vietnamese, ///< phía Việt Nam, 越方
    Chinese, ///< phía Trung Quốc, 中方
};

/// A date phrase of a clause and the words it was read from.
struct ClauseDate
{
    DateMention mention;
    QString phrase;
};

/// A deadline counted from an event of the document itself: `trong thời hạn 60 ngày kể từ ngày ký` (signing + 60
/// days), `ba tháng trước khi Thỏa thuận hết hiệu lực` (end of validity − 3 months), `自签字之日起60日内`,
/// `期满前三个月`.
struct RelativeDate
{
    enum Event { Signing, Expiry, EntryIntoForce };
    Event event = Signing;
    int days = 0; ///< signed: after the event (+) or before it (−)
    int months = 0;
    QString phrase;

    /// The day of the event in \a header: the signing, the end of validity, the entry into force (its first day of
    /// validity, else the signing when the document enters into force on it); invalid when the document does not
    /// date it.
    static QDate eventDay(Event event, const Agreement& header)
    {
        switch (event) {
        case Signing:
            return header.signedOn;
        case Expiry:
            return header.validTo;
        case EntryIntoForce:
            return header.validFrom.isValid() ? header.validFrom : QDate();
        }
        return QDate();
    }
    /// The day it means in a document with \a header; invalid when the document does not date the event.
    QDate resolve(const Agreement& header) const
    {
        const QDate day = eventDay(event, header);
        return day.isValid() ? day.addMonths(months).addDays(days) : QDate();
    }
};

/// What one clause in one language says, read without the other language: the facts a commitment is made of.
struct ClauseFacts
{
    Language language = Language::Vietnamese;
    QString text;
    QStringList actors; ///< gazetteer ids in subject position (or after "do"/"由" in a passive clause)
    Collective collective = Collective::None;
    QString actorPhrase; ///< the words that name the actor
    QStringList others; ///< gazetteer ids named elsewhere in the clause
    QList<ClauseDate> deadlines; ///< the dates the clause is due by
    QList<RelativeDate> relative; ///< deadlines counted from the signing or the end of validity
    Recurrence recurrence = Recurrence::None; ///< `hằng năm`, `hằng quý`, `mỗi tháng`, `每半年` …
    QString recurrencePhrase;
    /// A yearly undertaking's month and day (`vào tháng 5 hằng năm`, `trước ngày 31 tháng 3 hằng năm`, `每年5月`,
    /// `每年3月31日前`), a monthly one's day (`trước ngày 5 hằng tháng`, `每月5日前`).
    RecurrenceAnchor anchor;
    QList<Quantity> quantities;
    bool action = false; ///< a verb of undertaking
    QString actionPhrase; ///< the clause from that verb on: what is undertaken
    bool guessedVerb = false; ///< no verb the reader knows: what follows the parties it opens with is the action
    bool promise = false; ///< the future, "tiếp tục", "nhất trí", "将", "继续": a bare verb made an undertaking
    bool subjectless = false; ///< the clause starts with its verb: its actor is the frame's, if any
    bool framed = false; ///< its actor came from the lead-in or heading it stands under
    bool agreed = false; ///< it stands under a lead-in that records agreement ("Các Bên nhất trí …:", "双方商定如下：")
    bool background = false; ///< history, results, praise: not an undertaking
    bool renewal = false; ///< speaks of renewing the agreement
    bool aboutDocument = false; ///< describes the document itself: originals, languages, entry into force
    bool nextMeeting = false; ///< names the host of the next meeting
    int meetingYear = 0;
    bool meetingEarlySpring = false;

    /// The quantity a tracker shows: a total if announced, else the first that counts people, else the first.
    const Quantity* mainQuantity() const;
    bool hasActor() const { return !actors.isEmpty() || collective != Collective::None; }
};

/// One clause and the words that frame it ("Từ năm 2022 đến năm 2026, mỗi năm:" before a list of clauses).
struct Clause
{
    QString text;
    QString context;
    bool inherited = false; ///< the context is the lead-in of the list the clause's unit stands in
};

/// Splits unit text into clauses and reads each clause's facts, in Vietnamese (on folded text, so OCR'd
/// text without diacritics reads the same) and in Chinese.
class ClauseReader
{
public:
    /// The clauses of \a text: sentences, and the parts of a sentence separated by semicolons. A part of \a text
    /// that framedText() made gives every clause of it its frame.
    static QList<Clause> clauses(const QString& text, Language language);
    /// \a text with the words that frame all of it: the lead-in or heading of the list it stands in.
    static QString framedText(const QString& frame, const QString& text);
    /// \a referenceYear resolves `年内`, `上半年` when the clause gives no year.
    static ClauseFacts read(const QString& clause, Language language, const Gazetteer& gazetteer, int referenceYear);
    /// Reads \a clause, taking a yearly repetition or a deadline from its context when it states none itself.
    static ClauseFacts read(const Clause& clause, Language language, const Gazetteer& gazetteer, int referenceYear);

private:
    /// The clauses of a text without frame marks.
    static QList<Clause> clausesOf(const QString& text, Language language);
};

} // namespace concord
