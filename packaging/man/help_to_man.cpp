// SPDX-License-Identifier: GPL-3.0-or-later
// help_to_man: writes a man page from a program's help text, so that the page says what the
// program says and cannot drift from it: barter(1) from `barter help`, barter-ledger(1) from
// `barter-ledger --help`. A build-time tool (packaging/CMakeLists.txt runs it); not installed.
//
//   help_to_man --name NAME --section N --source "Barter Ledger 1.2.3" --date YYYY-MM-DD
//               [--summary TEXT] [--include FILE.roff] HELP_FILE OUTPUT_FILE
//
// How the help text is read:
// - an optional first line "NAME - summary" gives the NAME section; without it, --summary does;
// - a line "Usage: PROGRAM ARGUMENTS" gives the SYNOPSIS (PROGRAM may be a path);
// - then, under DESCRIPTION, a line that is not indented and is followed by indented lines is a
//   subsection heading, and those lines are kept as they are (no-fill: the help's columns
//   stay aligned); other unindented lines are filled paragraphs.
// The include file is roff written by hand: what comes before its first .SH opens the
// DESCRIPTION, and the rest (ENVIRONMENT, FILES, SEE ALSO...) follows the help text.
#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace {

struct Page {
    std::string name;
    std::string section;
    std::string source;
    std::string date;
    std::string summary;
    std::string include;
    std::string helpFile;
    std::string outputFile;
};

Page parseArguments(int argc, char** argv) {
    Page page;
    std::map<std::string, std::string*> options = {
        {"--name", &page.name}, {"--section", &page.section}, {"--source", &page.source},
        {"--date", &page.date}, {"--summary", &page.summary}, {"--include", &page.include},
    };
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (auto it = options.find(arg); it != options.end()) {
            if (i + 1 >= argc)
                throw std::runtime_error(arg + " needs a value");
            *it->second = argv[++i];
        } else if (arg.starts_with("--")) {
            throw std::runtime_error("unknown option " + arg);
        } else {
            files.push_back(arg);
        }
    }
    if (files.size() != 2 || page.name.empty() || page.section.empty() || page.date.empty())
        throw std::runtime_error("usage: help_to_man --name NAME --section N --source TEXT "
                                 "--date YYYY-MM-DD [--summary TEXT] [--include FILE] HELP OUT");
    page.helpFile = files[0];
    page.outputFile = files[1];
    return page;
}

std::vector<std::string> readLines(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error("cannot read " + path);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) {
        while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
            line.pop_back();
        lines.push_back(line);
    }
    return lines;
}

// Text as roff prints it literally: a backslash is an escape, "-" would be typeset as a hyphen
// (which breaks copying an option from the page), and a leading "." or "'" is a request.
std::string escape(std::string_view text) {
    std::string out;
    for (char c : text) {
        if (c == '\\')
            out += "\\e";
        else if (c == '-')
            out += "\\-";
        else
            out += c;
    }
    if (!out.empty() && (out.front() == '.' || out.front() == '\''))
        out.insert(0, "\\&");
    return out;
}

std::string upper(std::string text) {
    for (char& c : text)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    return text;
}

bool isIndented(const std::string& line) {
    return !line.empty() && (line.front() == ' ' || line.front() == '\t');
}

std::size_t indentOf(const std::string& line) {
    return line.find_first_not_of(" \t");
}

// The help body (after the usage line) as roff.
std::string body(const std::vector<std::string>& lines, std::size_t from) {
    enum class State { None, Paragraph, NoFill };
    std::ostringstream out;
    State state = State::None;
    std::size_t strip = 0; // the indentation of the current run of indented lines
    auto close = [&] {
        if (state == State::NoFill)
            out << ".fi\n";
        state = State::None;
    };
    for (std::size_t i = from; i < lines.size(); ++i) {
        const std::string& line = lines[i];
        if (line.empty()) {
            close();
        } else if (!isIndented(line) && i + 1 < lines.size() && isIndented(lines[i + 1])) {
            close();
            out << ".SS " << escape(line.ends_with(':') ? line.substr(0, line.size() - 1) : line)
                << '\n';
        } else if (!isIndented(line)) {
            if (state != State::Paragraph) {
                close();
                out << ".PP\n";
                state = State::Paragraph;
            }
            out << escape(line) << '\n';
        } else {
            if (state != State::NoFill) {
                close();
                strip = indentOf(line);
                for (std::size_t j = i; j < lines.size() && isIndented(lines[j]); ++j)
                    strip = std::min(strip, indentOf(lines[j]));
                out << ".nf\n";
                state = State::NoFill;
            }
            out << escape(std::string_view(line).substr(strip)) << '\n';
        }
    }
    close();
    return out.str();
}

std::string manPage(const Page& page) {
    const std::vector<std::string> lines = readLines(page.helpFile);
    std::size_t i = 0;
    std::string summary = page.summary;
    const std::string namePrefix = page.name + " - ";
    if (i < lines.size() && lines[i].starts_with(namePrefix))
        summary = lines[i++].substr(namePrefix.size());
    while (i < lines.size() && lines[i].empty())
        ++i;
    if (i >= lines.size() || !lines[i].starts_with("Usage: "))
        throw std::runtime_error(page.helpFile + ": no \"Usage: \" line where expected");
    if (summary.empty())
        throw std::runtime_error(page.helpFile + ": no \"" + namePrefix +
                                 "\" line; give --summary");
    // "Usage: ./app/gui/barter-ledger [options]": the page names the program, not a path.
    std::string usage = lines[i].substr(7);
    const std::size_t space = usage.find(' ');
    const std::string program = usage.substr(0, space);
    if (program != page.name && !program.ends_with("/" + page.name))
        throw std::runtime_error(page.helpFile + ": the usage line is not for " + page.name);
    usage = space == std::string::npos ? "" : usage.substr(space + 1);
    ++i;

    std::string intro, sections;
    if (!page.include.empty()) {
        bool inSections = false;
        for (const std::string& line : readLines(page.include)) {
            if (line.starts_with(".\\\""))
                continue; // its comments are for whoever edits it, not for the page
            inSections = inSections || line.starts_with(".SH");
            (inSections ? sections : intro) += line + '\n';
        }
    }

    std::ostringstream out;
    out << ".\\\" Generated at build time by packaging/man/help_to_man.cpp from the help text of "
        << page.name << (page.include.empty() ? "" : " and packaging/man/" + page.name + ".1.roff")
        << ". Do not edit.\n";
    out << ".TH " << escape(upper(page.name)) << ' ' << page.section << " \"" << page.date
        << "\" \"" << page.source << "\" \"User Commands\"\n";
    // No hyphenation and a ragged right margin: option and variable names must stay whole.
    out << ".nh\n.ad l\n";
    out << ".SH NAME\n" << escape(page.name) << " \\- " << escape(summary) << '\n';
    out << ".SH SYNOPSIS\n.B " << escape(page.name) << '\n' << escape(usage) << '\n';
    out << ".SH DESCRIPTION\n" << intro << body(lines, i) << sections;
    return out.str();
}

} // namespace

int main(int argc, char** argv) {
    try {
        const Page page = parseArguments(argc, argv);
        const std::string text = manPage(page);
        std::ofstream out(page.outputFile, std::ios::binary | std::ios::trunc);
        out << text;
        out.close();
        if (!out) {
            std::remove(page.outputFile.c_str());
            throw std::runtime_error("cannot write " + page.outputFile);
        }
        return 0;
    } catch (const std::exception& e) {
        std::cerr << "help_to_man: error: " << e.what() << '\n';
        return 1;
    }
}
