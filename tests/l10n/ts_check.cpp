// SPDX-License-Identifier: GPL-3.0-or-later
// ts_check: fails unless every message of Qt Linguist .ts files is translated and keeps what the
// program relies on. Usage: ts_check FILE.ts...
// For each message (a language's file holds all of them; English, made with -pluralonly, only
// the plural ones):
//   - it is finished: no type "unfinished", and no "vanished" or "obsolete" (a text the sources
//     no longer have), and no empty translation or plural form;
//   - plural messages have the language's number of forms (Russian 3, Korean 1, English 2);
//   - each translation has the same placeholders (%1…%99, %n), the same HTML tags, the same
//     leading and trailing whitespace, an accelerator (&X) exactly when the source has one, and
//     ends with "…" when the source does (a command that asks for more).
// Prints one line per problem (FILE: context: "source": what) and exits 1 if there is any.
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QStringList>
#include <QXmlStreamReader>

#include <cstdio>
#include <map>
#include <optional>
#include <vector>

namespace {

struct Message {
    QString context, source, type;
    bool numerus = false;
    QStringList forms; // the translation, or each plural form
};

struct TsFile {
    QString language;
    std::vector<Message> messages;
};

Message readMessage(QXmlStreamReader& xml, const QString& context) {
    Message m;
    m.context = context;
    m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!m.numerus) {
                m.forms << xml.readElementText();
                continue;
            }
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("numerusform"))
                    m.forms << xml.readElementText();
                else
                    xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement(); // location, comment, extracomment…
        }
    }
    return m;
}

std::optional<TsFile> readTs(const QString& path, QString& error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = file.errorString();
        return std::nullopt;
    }
    TsFile ts;
    QXmlStreamReader xml(&file);
    if (xml.readNextStartElement() && xml.name() == QLatin1String("TS")) {
        ts.language = xml.attributes().value(QLatin1String("language")).toString();
        while (xml.readNextStartElement()) {
            if (xml.name() != QLatin1String("context")) {
                xml.skipCurrentElement();
                continue;
            }
            QString context;
            while (xml.readNextStartElement()) {
                if (xml.name() == QLatin1String("name"))
                    context = xml.readElementText();
                else if (xml.name() == QLatin1String("message"))
                    ts.messages.push_back(readMessage(xml, context));
                else
                    xml.skipCurrentElement();
            }
        }
    } else if (!xml.hasError()) {
        error = QStringLiteral("not a Qt Linguist file (no <TS>)");
        return std::nullopt;
    }
    if (xml.hasError()) {
        error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
        return std::nullopt;
    }
    return ts;
}

// How many plural forms Qt uses for the language (its numerus rules).
int pluralForms(const QString& language) {
    static const std::map<QString, int> forms{
        {QStringLiteral("en"), 2}, {QStringLiteral("ru"), 3}, {QStringLiteral("ko"), 1}};
    const auto it = forms.find(language.left(2));
    return it == forms.end() ? -1 : it->second;
}

QStringList sorted(QStringList list) {
    list.sort();
    return list;
}

QStringList matches(const QRegularExpression& pattern, const QString& text) {
    QStringList found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    return found;
}

int accelerators(QString text) {
    // "&X", but not "&&" (a literal ampersand), an entity ("&nbsp;", "&lt;") or a lone "&".
    static const QRegularExpression accelerator(QStringLiteral("&(?![A-Za-z]+;|#[0-9]+;)\\S"));
    return static_cast<int>(matches(accelerator, text.remove(QStringLiteral("&&"))).size());
}

QString edge(const QString& text, bool leading) {
    static const QRegularExpression head(QStringLiteral("^\\s*"));
    static const QRegularExpression tail(QStringLiteral("\\s*$"));
    return (leading ? head : tail).match(text).captured(0);
}

// What is wrong with one translation (or plural form) of `source`.
QStringList formProblems(const QString& source, const QString& form) {
    static const QRegularExpression placeholder(QStringLiteral("%(?:n|[1-9][0-9]?)"));
    static const QRegularExpression tag(QStringLiteral("</?[A-Za-z][^>]*>"));
    QStringList problems;
    if (form.isEmpty()) {
        problems << QStringLiteral("empty translation");
        return problems;
    }
    if (sorted(matches(placeholder, source)) != sorted(matches(placeholder, form)))
        problems << QStringLiteral("placeholders differ: \"%1\"").arg(form);
    if (sorted(matches(tag, source)) != sorted(matches(tag, form)))
        problems << QStringLiteral("HTML tags differ: \"%1\"").arg(form);
    if (edge(source, true) != edge(form, true) || edge(source, false) != edge(form, false))
        problems << QStringLiteral("leading or trailing whitespace differs: \"%1\"").arg(form);
    const int wanted = accelerators(source) > 0 ? 1 : 0;
    if (accelerators(form) != wanted)
        problems << (wanted ? QStringLiteral("no accelerator (&X): \"%1\"").arg(form)
                            : QStringLiteral("an accelerator the source lacks: \"%1\"").arg(form));
    if (source.endsWith(QStringLiteral("…")) != form.endsWith(QStringLiteral("…")))
        problems << QStringLiteral("the ellipsis (…) at the end differs: \"%1\"").arg(form);
    return problems;
}

QStringList messageProblems(const Message& m, int forms) {
    QStringList problems;
    if (!m.type.isEmpty())
        return {QStringLiteral("%1 (translate it, or drop it if the sources no longer have it)")
                    .arg(m.type)};
    if (m.numerus && m.forms.size() != forms)
        problems << QStringLiteral("%1 plural forms, not %2").arg(m.forms.size()).arg(forms);
    for (const QString& form : m.forms)
        problems << formProblems(m.source, form);
    return problems;
}

} // namespace

int main(int argc, char** argv) {
    QCoreApplication app(argc, argv);
    const QStringList files = QCoreApplication::arguments().mid(1);
    if (files.isEmpty()) {
        std::fputs("usage: ts_check FILE.ts...\n", stderr);
        return 2;
    }
    int problems = 0;
    for (const QString& path : files) {
        QString error;
        const std::optional<TsFile> ts = readTs(path, error);
        if (!ts) {
            std::fprintf(stderr, "%s: cannot read: %s\n", qPrintable(path), qPrintable(error));
            return 2;
        }
        const int forms = pluralForms(ts->language);
        if (forms < 0) {
            std::fprintf(stderr, "%s: unknown language '%s'\n", qPrintable(path),
                         qPrintable(ts->language));
            return 2;
        }
        int plural = 0;
        for (const Message& m : ts->messages) {
            plural += m.numerus ? 1 : 0;
            for (const QString& p : messageProblems(m, forms)) {
                std::printf("%s: %s: \"%s\": %s\n", qPrintable(path), qPrintable(m.context),
                            qPrintable(m.source), qPrintable(p));
                ++problems;
            }
        }
        std::printf("%s: %s, %zu messages (%d plural)\n", qPrintable(path),
                    qPrintable(ts->language), ts->messages.size(), plural);
    }
    if (problems > 0) {
        std::printf("%d problem(s). Translate in Qt Linguist (linguist FILE.ts) or in the file, "
                    "after `cmake --build BUILD --target update_translations`.\n",
                    problems);
        return 1;
    }
    return 0;
}
