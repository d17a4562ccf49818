//! Citations of the project's own docs (`style.md` §4): every section of
//! `format-rules.md` or `style.md` cited as `§N.M` in `src/`, `templates/`,
//! `tests/`, the docs themselves, the README and the other folders of
//! `FOLDERS` is a numbered heading of that document, and every section of
//! `plan-format.md` cited by its title in quotes is a heading there. A `§`
//! citation of any other document (`plan-format-v2.md §1.7`, `v2 §2.4`,
//! `tech-notes.md §9`: documents that are not in the repository, or
//! `plan-format.md §2`, whose sections have titles, not numbers) is
//! reported too, so that every citation points at a section a reader of
//! the repository can open. Reads files only: no Typst.
//!
//! A `§` citation belongs to the document named last before it in the same
//! file (`format-rules.md`, `style.md`, any other `NAME.md`, or `v2` for the
//! version 2 contract); a `§` with no document named before it (RFC 5545,
//! ISO 32000) is not a citation of the project's docs and is skipped.
//! Ranges (`§1.2–1.5`) check both ends.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The documents whose numbered sections are checked: the name code cites
/// them by, and the file.
const NUMBERED: [(&str, &str); 2] =
    [("format-rules.md", "docs/format-rules.md"), ("style.md", "docs/style.md")];

/// The document cited by section title: `plan-format.md`, "Text".
const TITLED: (&str, &str) = ("plan-format.md", "docs/plan-format.md");

/// The folders searched, recursively: the code, the templates, the tests,
/// the project's docs (they cite each other), the scripts, and the comments
/// of the examples, the plans and the fuzz targets.
const FOLDERS: [&str; 9] = [
    "src",
    "templates",
    "tests",
    "docs",
    "bench",
    ".ci",
    "examples",
    "plans",
    "fuzz/fuzz_targets",
];

/// Files of the repository's root searched too.
const FILES: [&str; 1] = ["README.md"];

/// This file: its tests hold wrong citations on purpose.
const THIS_FILE: &str = "tests/testsuite/docs.rs";

/// The section numbers of a Markdown document: the first word of each
/// heading when it is a number: `### 1.2 Elements` → `1.2`, `## 8 Body` → `8`
/// (a `§` before it and a `.` after it are allowed).
fn sections(markdown: &str) -> Vec<String> {
    headings(markdown)
        .filter_map(|title| {
            let first = title.split_whitespace().next()?;
            let number = first.trim_start_matches('§').trim_end_matches('.');
            is_section_number(number).then(|| number.to_owned())
        })
        .collect()
}

/// The text of each heading line: `### 1.2 Elements` → `1.2 Elements`.
fn headings(markdown: &str) -> impl Iterator<Item = &str> {
    let mut fenced = false;
    markdown.lines().filter_map(move |line| {
        if line.starts_with("```") {
            fenced = !fenced;
            return None;
        }
        let rest = line.trim_start_matches('#');
        let level = line.len() - rest.len();
        (!fenced && (1..=6).contains(&level) && rest.starts_with(' '))
            .then(|| rest.trim())
    })
}

/// The title of each heading without its number: `### Keys` → `Keys`,
/// `## 2 Modules and stages` → `Modules and stages`.
fn titles(markdown: &str) -> BTreeSet<String> {
    headings(markdown)
        .map(|title| match title.split_once(' ') {
            Some((first, rest))
                if is_section_number(
                    first.trim_start_matches('§').trim_end_matches('.'),
                ) =>
            {
                rest.trim().to_owned()
            }
            _ => title.to_owned(),
        })
        .collect()
}

/// `1`, `1.2`, `10.3.1`.
fn is_section_number(text: &str) -> bool {
    !text.is_empty()
        && text
            .split('.')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit()))
}

/// One citation found in a file.
#[derive(Debug, PartialEq, Eq)]
struct Citation {
    /// The document it belongs to: `format-rules.md`, `style.md`,
    /// `plan-format.md`, `v2`, …; empty when no document is named before it.
    doc: String,
    /// A section number (`1.2`) or, for `plan-format.md`, a quoted title.
    section: String,
    /// 1-based line.
    line: usize,
}

/// Something on a line: a document named, a `§` section, a quoted title,
/// or a `plan-format.md` that ends the line, whose titles may open the
/// next one.
enum Token {
    Doc(String),
    Section(String),
    Title(String),
    TitlesNext,
}

/// Every citation of `text`, in order.
fn citations(text: &str) -> Vec<Citation> {
    let mut doc: Option<String> = None;
    let mut titles_next = false;
    let mut out = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let mut tokens = tokens(line);
        if std::mem::take(&mut titles_next) {
            // `plan-format.md`,⏎ "Text": the titles after the comment mark.
            let start = line.trim_start_matches(['/', '!', '#', '*', ' ', '\t']);
            tokens.splice(0..0, quoted_titles(start).into_iter().map(Token::Title));
        }
        for token in tokens {
            match token {
                Token::Doc(name) => doc = Some(name),
                Token::TitlesNext => titles_next = true,
                Token::Section(section) | Token::Title(section) => {
                    let doc = doc.clone().unwrap_or_default();
                    out.push(Citation { doc, section, line: index + 1 });
                }
            }
        }
    }
    out
}

/// The tokens of one line, in order.
fn tokens(line: &str) -> Vec<Token> {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (at, c) = chars[i];
        let word_start = i == 0 || !is_name_char(chars[i - 1].1);
        if c == '§' {
            i += 1;
            let first = take_number(&chars, &mut i);
            if first.is_empty() {
                continue;
            }
            out.push(Token::Section(first));
            // A range: `§1.2–1.5` or `§1.2-1.5`.
            if let Some(&(_, '–' | '-')) = chars.get(i)
                && chars.get(i + 1).is_some_and(|(_, c)| c.is_ascii_digit())
            {
                i += 1;
                out.push(Token::Section(take_number(&chars, &mut i)));
            }
        } else if word_start && is_name_char(c) {
            while i < chars.len() && is_name_char(chars[i].1) {
                i += 1;
            }
            let end = chars.get(i).map_or(line.len(), |(at, _)| *at);
            let word = &line[at..end];
            if word == "v2" {
                out.push(Token::Doc("v2".to_owned()));
            } else if line[end..].starts_with(".md")
                && !line[end + 3..].starts_with(|c: char| c.is_ascii_alphanumeric())
            {
                let name = format!("{word}.md");
                i += 3;
                if name == TITLED.0 {
                    out.push(Token::Doc(name));
                    let after = chars.get(i).map_or(line.len(), |(at, _)| *at);
                    let rest = &line[after..];
                    if rest.trim_start_matches(['`', ',', ' ', '(']).is_empty() {
                        out.push(Token::TitlesNext);
                    }
                    out.extend(quoted_titles(rest).into_iter().map(Token::Title));
                } else {
                    out.push(Token::Doc(name));
                }
            }
        } else {
            i += 1;
        }
    }
    out
}

/// The quoted titles right after a `plan-format.md` mention:
/// `` `, "Checks every build makes"`` → one title; `` ` "Text", "Meetings".``
/// → two; `` `, key `rules` `` → none. A title whose quote does not close
/// on its line is kept as far as the line goes, with "…": no heading
/// matches it, so a title broken over two lines is reported.
fn quoted_titles(after: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = after.trim_start_matches(['`', ',', ' ', '(']);
    // A title starts with a letter, a digit or a backtick: in
    // `"… see plan-format.md",` the quote closes a string.
    while let Some(quoted) = rest.strip_prefix('"')
        && quoted.starts_with(|c: char| c.is_alphanumeric() || c == '`')
    {
        let Some(end) = quoted.find('"') else {
            out.push(format!("{}…", quoted.trim_end()));
            break;
        };
        out.push(quoted[..end].to_owned());
        rest = quoted[end + 1..].trim_start_matches([',', ' ']);
    }
    out
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '-' || c == '_'
}

/// Digits and dots from `chars[*i]` on, without a final dot: `1.2.` → `1.2`.
fn take_number(chars: &[(usize, char)], i: &mut usize) -> String {
    let mut number = String::new();
    while let Some(&(_, c)) = chars.get(*i) {
        let next_is_digit = chars.get(*i + 1).is_some_and(|(_, c)| c.is_ascii_digit());
        if c.is_ascii_digit() || (c == '.' && next_is_digit && !number.is_empty()) {
            number.push(c);
            *i += 1;
        } else {
            break;
        }
    }
    number
}

/// What each checked document holds: numbered sections, and the titles of
/// `plan-format.md`; and the names of the Markdown files of the repository.
struct Known {
    numbered: Vec<(&'static str, BTreeSet<String>)>,
    titles: BTreeSet<String>,
    docs: BTreeSet<String>,
}

impl Known {
    fn read() -> Self {
        let numbered = NUMBERED
            .iter()
            .map(|(name, path)| (*name, sections(&read(path)).into_iter().collect()))
            .collect();
        let mut files = Vec::new();
        files_under(Path::new("docs"), &mut files);
        files.extend(FILES.iter().map(PathBuf::from));
        let docs = files
            .iter()
            .filter_map(|path| path.file_name()?.to_str())
            .filter(|name| name.ends_with(".md"))
            .map(str::to_owned)
            .collect();
        Self { numbered, titles: titles(&read(TITLED.1)), docs }
    }

    /// The citations of `text` (from `file`) that name no existing section,
    /// as `file:line: doc §section` and, when the document is not one whose
    /// sections are checked, why; and how many were checked.
    fn unknown(&self, file: &str, text: &str) -> (Vec<String>, usize) {
        const BY_NUMBER: &str = "cited by number: cite a heading of it by its title";
        const UNNUMBERED: &str = "a document without numbered sections";
        const OUTSIDE: &str = "not a document of the repository: cite the project's docs";
        let mut unknown = Vec::new();
        let mut checked = 0;
        for c in citations(text) {
            // `RFC 5545 §3.1`, `ISO 32000-1 §7.2.2`: standards, not docs.
            if c.doc.is_empty() {
                continue;
            }
            checked += 1;
            let numbered = is_section_number(&c.section);
            let (found, why) = if c.doc == TITLED.0 {
                (
                    !numbered && self.titles.contains(&c.section),
                    numbered.then_some(BY_NUMBER),
                )
            } else if let Some((_, known)) =
                self.numbered.iter().find(|(n, _)| *n == c.doc)
            {
                (known.contains(&c.section), None)
            } else if self.docs.contains(&c.doc) {
                (false, Some(UNNUMBERED))
            } else {
                (false, Some(OUTSIDE))
            };
            if !found {
                let mark = if numbered { "§" } else { "" };
                let why = why.map_or(String::new(), |why| format!(" ({why})"));
                unknown.push(format!(
                    "{file}:{}: {} {mark}{}{why}",
                    c.line, c.doc, c.section
                ));
            }
        }
        (unknown, checked)
    }
}

fn read(path: &str) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every file under `folder`, sorted.
fn files_under(folder: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(folder)
        .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
        .map(|e| e.expect("a folder entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            files_under(&path, out);
        } else {
            out.push(path);
        }
    }
}

#[test]
fn every_cited_section_is_a_heading_of_its_document() {
    let known = Known::read();
    let mut files = Vec::new();
    for folder in FOLDERS {
        files_under(Path::new(folder), &mut files);
    }
    files.extend(FILES.iter().map(PathBuf::from));
    let mut unknown = Vec::new();
    let mut checked = 0;
    for path in files {
        let name = path.to_string_lossy().replace('\\', "/");
        if name == THIS_FILE {
            continue;
        }
        // Fonts and other binary files hold no citation.
        let Ok(text) = std::fs::read_to_string(&path) else { continue };
        let (found, count) = known.unknown(&name, &text);
        unknown.extend(found);
        checked += count;
    }
    // The code cites these documents some hundred times; far fewer means
    // the scan is broken, not that the code is clean.
    assert!(checked >= 100, "only {checked} citations found");
    assert!(
        unknown.is_empty(),
        "citations of sections that are not headings of the cited document:\n{}",
        unknown.join("\n")
    );
}

#[test]
fn section_numbers_are_unique() {
    for (name, path) in NUMBERED {
        let all = sections(&read(path));
        let unique: BTreeSet<&String> = all.iter().collect();
        assert_eq!(all.len(), unique.len(), "{name} numbers a section twice: {all:?}");
        assert!(all.len() >= 8, "{name}: {all:?}");
    }
}

#[test]
fn sections_are_read_from_headings_only() {
    let doc = "# Title\n## 1 Party\n### 1.2 Elements\ntext §9\n## §8. Body\n\
               ```text\n# 5 not a heading\n```\n#### 10.3.1 Deep\n##Nope\n";
    assert_eq!(sections(doc), ["1", "1.2", "8", "10.3.1"]);
    let titles = titles("## Keys\n### 2 Modules and stages\n");
    assert_eq!(titles.into_iter().collect::<Vec<_>>(), ["Keys", "Modules and stages"]);
}

#[test]
fn citations_belong_to_the_document_named_last() {
    let text = "//! (`format-rules.md` §1.2–1.5, §2.2 box 4): rules\n\
                // §7 open point 3; §5's recipe; §1.2.\n\
                // No `closing` (v2 §2.5)\n\
                /// (`style.md`\n\
                /// §5) and `plan-format.md`, \"Checks every build makes\"\n\
                /// `plan-format.md` \"Text\", \"Meetings\". `plan-format.md`, key `rules`\n\
                // `docs/format-rules.md` §6.3 and tech-notes.md §9\n\
                /// as `plan-format.md`,\n\
                /// \"Keys\", \"Text\" say; `plan-format.md`, \"Explicit line\n\
                /// breaks\" (RFC 5545 §3.1)\n";
    let found: Vec<(String, String, usize)> =
        citations(text).into_iter().map(|c| (c.doc, c.section, c.line)).collect();
    let expected = [
        ("format-rules.md", "1.2", 1),
        ("format-rules.md", "1.5", 1),
        ("format-rules.md", "2.2", 1),
        ("format-rules.md", "7", 2),
        ("format-rules.md", "5", 2),
        ("format-rules.md", "1.2", 2),
        ("v2", "2.5", 3),
        ("style.md", "5", 5),
        ("plan-format.md", "Checks every build makes", 5),
        ("plan-format.md", "Text", 6),
        ("plan-format.md", "Meetings", 6),
        ("format-rules.md", "6.3", 7),
        ("tech-notes.md", "9", 7),
        ("plan-format.md", "Keys", 9),
        ("plan-format.md", "Text", 9),
        ("plan-format.md", "Explicit line…", 9),
        ("plan-format.md", "3.1", 10),
    ];
    let expected: Vec<(String, String, usize)> =
        expected.iter().map(|(d, s, l)| ((*d).to_owned(), (*s).to_owned(), *l)).collect();
    assert_eq!(found, expected);
}

#[test]
fn a_citation_of_a_missing_section_is_reported() {
    let known = Known::read();
    let text = "// `format-rules.md` §1.2 and §99.1\n// `style.md` §5, §42\n\
                // `plan-format.md`, \"Text\"; `plan-format.md`, \"No such part\"\n\
                // `plan-format.md`, \"Footnotes `^[…]`\", \"`period`\"\n";
    let (unknown, checked) = known.unknown("x.rs", text);
    assert_eq!(
        unknown,
        [
            "x.rs:1: format-rules.md §99.1",
            "x.rs:2: style.md §42",
            "x.rs:3: plan-format.md No such part",
        ]
    );
    assert_eq!(checked, 8);
}

/// The version 2 contract is not in the repository: a citation of it, by
/// name or as `v2`, is reported with its file and line, and so is every
/// other document the repository does not hold, a numbered citation of
/// `plan-format.md` (its sections have titles) and one of a document of
/// the repository that has no numbered sections.
#[test]
fn a_citation_of_a_document_outside_the_repository_is_reported() {
    let known = Known::read();
    let text = "//! Footnotes (`plan-format-v2.md` §1.7, `format-rules.md` §11)\n\
                // No `closing` (v2 §2.4): the body ends itself (§2.5).\n\
                // tech-notes.md §9; `plan-format.md` §1.2\n\
                // plan-format-v2.md, \"Footnotes\"\n\
                // `docs/view.md` §3\n";
    let (unknown, checked) = known.unknown("x.rs", text);
    let outside = "(not a document of the repository: cite the project's docs)";
    assert_eq!(
        unknown,
        [
            format!("x.rs:1: plan-format-v2.md §1.7 {outside}"),
            format!("x.rs:2: v2 §2.4 {outside}"),
            format!("x.rs:2: v2 §2.5 {outside}"),
            format!("x.rs:3: tech-notes.md §9 {outside}"),
            "x.rs:3: plan-format.md §1.2 (cited by number: cite a heading of it by its title)"
                .to_owned(),
            "x.rs:5: view.md §3 (a document without numbered sections)".to_owned(),
        ]
    );
    // `format-rules.md` §11 is checked and found.
    assert_eq!(checked, 7);
    // A section of a standard with no document named before it is not
    // one of the project's citations.
    let (unknown, checked) = known.unknown("x.rs", "// ISO 32000-1 §7.2.2\n");
    assert_eq!((unknown.len(), checked), (0, 0));
}
