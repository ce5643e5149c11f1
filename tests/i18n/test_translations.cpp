#include "report/ReportLabels.h"
#include "support/CatchQt.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {
struct Message
{
    QString context;
    QString source;
    QStringList translations; ///< one per numerus form, or one
    QString type; ///< "unfinished", "vanished", "obsolete" or empty
    QString comment; ///< the disambiguation
};

QList<Message> readTs(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = Message { context, {}, {}, {} };
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("comment")) {
            current.comment = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (xml.attributes().value(QLatin1String("numerus")).isEmpty()) {
                // Either plain text or <numerusform> children.
                QString text;
                while (!(xml.isEndElement() && xml.name() == QLatin1String("translation"))) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                        current.translations << xml.readElementText();
                }
                if (current.translations.isEmpty())
                    current.translations << text;
            }
            messages << current;
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

QString tsPath(const char* language)
{
    return QStringLiteral(CONCORD_SOURCE_DIR "/translations/concord_%1.ts").arg(QString::fromLatin1(language));
}
} // namespace

TEST_CASE("i18n: every string is translated in every language", "[i18n]")
{
    const char* language = GENERATE("vi", "zh_CN", "en");
    const QList<Message> messages = readTs(tsPath(language));
    REQUIRE(messages.size() > 40);
    for (const Message& m : messages) {
        INFO(QStringLiteral("%1 / %2: %3").arg(QString::fromLatin1(language), m.context, m.source).toStdString());
        CHECK(m.type.isEmpty());
        REQUIRE_FALSE(m.translations.isEmpty());
        for (const QString& t : m.translations)
            CHECK_FALSE(t.trimmed().isEmpty());
    }
}

TEST_CASE("i18n: the translation files hold exactly the strings of the sources", "[i18n]")
{
    QTemporaryDir dir;
    const QString fresh = dir.filePath(QStringLiteral("concord_en.ts"));
    QProcess lupdate;
    lupdate.start(QStringLiteral(CONCORD_LUPDATE),
        { QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
            QStringLiteral("none"), QStringLiteral("-extensions"), QStringLiteral("cpp,h,ui"),
            QStringLiteral(CONCORD_SOURCE_DIR "/src"), QStringLiteral("-ts"), fresh });
    REQUIRE(lupdate.waitForFinished(120000));
    REQUIRE(lupdate.exitCode() == 0);

    auto keys = [](const QList<Message>& messages) {
        QSet<QString> set;
        for (const Message& m : messages)
            set.insert(m.context + QLatin1Char('\x1F') + m.source);
        return set;
    };
    const QSet<QString> expected = keys(readTs(fresh));
    for (const char* language : { "vi", "zh_CN", "en" }) {
        INFO("run scripts/update-translations.sh and translate what is new in " << language);
        const QSet<QString> committed = keys(readTs(tsPath(language)));
        QStringList missing = QStringList(QList<QString>(expected.begin(), expected.end()));
        missing.removeIf([&](const QString& k) { return committed.contains(k); });
        QStringList stale = QStringList(QList<QString>(committed.begin(), committed.end()));
        stale.removeIf([&](const QString& k) { return expected.contains(k); });
        CHECK(missing == QStringList());
        CHECK(stale == QStringList());
    }
}

namespace {
struct Term
{
    QString idea;
    QRegularExpression english;
    QString vi;
    QString zh;
    QStringList viAvoid;
    QStringList zhAvoid;
};

QList<Term> readGlossary()
{
    QFile file(QStringLiteral(CONCORD_SOURCE_DIR "/translations/glossary.tsv"));
    REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
    QList<Term> terms;
    const auto words = [](const QString& field) { return field.split(QLatin1Char('|'), Qt::SkipEmptyParts); };
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).chopped(1);
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = line.split(QLatin1Char('\t'));
        REQUIRE(f.size() >= 4);
        terms.append({ f[0], QRegularExpression(f[1], QRegularExpression::CaseInsensitiveOption), f[2], f[3],
            words(f.value(4)), words(f.value(5)) });
        REQUIRE(terms.last().english.isValid());
    }
    return terms;
}
} // namespace

TEST_CASE("i18n: every translation uses the glossary's one term per idea", "[i18n]")
{
    const QList<Term> glossary = readGlossary();
    REQUIRE(glossary.size() >= 15);
    for (const char* language : { "vi", "zh_CN" }) {
        const bool vi = QLatin1String(language) == QLatin1String("vi");
        for (const Message& m : readTs(tsPath(language))) {
            QString source = m.source;
            source.remove(QLatin1Char('&'));
            for (const Term& term : glossary) {
                // A kind of document ("Agreement": thỏa thuận) is not the concept of any agreement (văn bản).
                if (!term.english.match(source).hasMatch() || m.comment == QLatin1String("kind of document"))
                    continue;
                for (const QString& translation : m.translations) {
                    INFO(QStringLiteral("%1 / %2: %3 → %4")
                             .arg(QString::fromLatin1(language), term.idea, m.source, translation)
                             .toStdString());
                    CHECK(translation.contains(vi ? term.vi : term.zh, Qt::CaseInsensitive));
                    for (const QString& avoid : vi ? term.viAvoid : term.zhAvoid)
                        CHECK_FALSE(translation.contains(avoid, Qt::CaseInsensitive));
                }
            }
        }
    }
}

using namespace concord;

TEST_CASE("i18n: the reports name statuses with the glossary's words", "[i18n]")
{
    const QList<Term> glossary = readGlossary();
    int checked = 0;
    for (const Term& term : glossary) {
        if (!term.idea.startsWith(QLatin1String("status:")))
            continue;
        const auto status = CommitmentStatusRules::fromKey(term.idea.mid(7));
        REQUIRE(status.has_value());
        CHECK(ReportLabels(LabelLanguage::Vietnamese).status(*status).toLower() == term.vi);
        CHECK(ReportLabels(LabelLanguage::Chinese).status(*status) == term.zh);
        ++checked;
    }
    CHECK(checked == 5);
}
