#include "text/SinoVietnamese.h"

#include <QFile>
#include <QStringList>

namespace concord {

namespace {

bool isVowel(QChar c)
{
    return QStringView(u"aeiouy").contains(c);
}

} // namespace

const SinoVietnamese& SinoVietnamese::instance()
{
    static const SinoVietnamese table;
    return table;
}

QString SinoVietnamese::syllableKey(QStringView folded)
{
    QString key = folded.toString();
    if (key.size() >= 2 && key.back() == u'y' && !isVowel(key[key.size() - 2]))
        key.back() = u'i';
    return key;
}

SinoVietnamese::SinoVietnamese()
{
    QFile file(QStringLiteral(":/concord/data/sino-vietnamese.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("SinoVietnamese: the built-in table is missing");
    const QString text = QString::fromUtf8(file.readAll());
    for (const QStringView line : QStringView(text).split(u'\n', Qt::SkipEmptyParts)) {
        if (line.startsWith(u'#'))
            continue;
        const qsizetype tab = line.indexOf(u'\t');
        if (tab <= 0)
            continue;
        const QList<uint> code = line.left(tab).toUcs4();
        if (code.size() != 1)
            continue;
        QList<int>& ids = m_readings[char32_t(code.front())];
        for (const QStringView reading : line.mid(tab + 1).split(u' ', Qt::SkipEmptyParts)) {
            const QString key = syllableKey(reading);
            auto it = m_ids.find(key);
            if (it == m_ids.end()) {
                it = m_ids.insert(key, int(m_keys.size()));
                m_keys.append(key);
            }
            if (!ids.contains(*it))
                ids.append(*it);
        }
    }
    if (m_keys.size() >= (1 << 16))
        qFatal("SinoVietnamese: more syllables than the aligner's id space holds");
}

bool SinoVietnamese::readsAs(QStringView han, QStringView syllables) const
{
    const QList<uint> characters = han.toUcs4();
    const QList<QStringView> words = syllables.split(u' ', Qt::SkipEmptyParts);
    if (characters.isEmpty() || characters.size() != words.size())
        return false;
    for (qsizetype k = 0; k < words.size(); ++k) {
        const int id = syllable(syllableKey(words[k]));
        if (id < 0 || !m_readings.value(char32_t(characters[k])).contains(id))
            return false;
    }
    return true;
}

} // namespace concord
