#include "support/CatchQt.h"

#include <QFile>
#include <QProcess>
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
