//! Every diagnostic code of `plan`, in one enum: the one place a code is
//! spelt. The stages raise their problems with a [`Code`] (so a misspelt
//! code does not compile); [`Diagnostic::code`](crate::diag::Diagnostic)
//! keeps its printed name, `plan::snake_case`. The README's table of codes
//! lists every code a plan can get ([`Code::in_codes_table`]); the others
//! are failures of the tool itself (a font, the template, the export).
//!
//! The error types that miette derives (`#[diagnostic(code(plan::…))]` in
//! `render`, `export`, `docx`) need the code as a path, so they spell it
//! again: a test reads every `plan::…` written in `src/` and requires that
//! it names a code of this enum.

use std::fmt;

/// Declares [`Code`] from one list: variant, name (without `plan::`), and
/// `table` when the README's table of codes lists it, `tool` when not.
macro_rules! codes {
    ($($(#[$doc:meta])* $variant:ident = $name:literal, $listed:ident;)*) => {
        /// A diagnostic code; [`Code::name`] is how it prints.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Code {
            $(
                #[doc = concat!("`plan::", $name, "`")]
                #[doc = ""]
                $(#[$doc])*
                $variant,
            )*
        }

        impl Code {
            /// Every code: the README table's, in its order, then the tool's
            /// own.
            pub const ALL: &'static [Code] = &[$(Code::$variant),*];

            /// The code as printed: `plan::unknown_key`.
            pub const fn name(self) -> &'static str {
                match self {
                    $(Code::$variant => concat!("plan::", $name),)*
                }
            }

            /// Whether the README's table of codes lists it: every problem a
            /// plan can have. The others are the tool's own failures (exit 3
            /// or 4) and the note that more problems were left out.
            pub const fn in_codes_table(self) -> bool {
                match self {
                    $(Code::$variant => codes!(@listed $listed),)*
                }
            }
        }
    };
    (@listed table) => { true };
    (@listed tool) => { false };
}

codes! {
    /// The YAML cannot be read: the scanner's complaint, in plain words.
    YamlSyntax = "yaml_syntax", table;
    /// A tab where YAML wants spaces.
    TabIndent = "tab_indent", table;
    /// A second `---` document in one file.
    MultipleDocuments = "multiple_documents", table;
    /// A comment that reads as text after a plain value (` #3 và …`):
    /// YAML leaves it out of the value.
    CommentInText = "comment_in_text", table;
    /// A line of a plain text that starts with `- ` after the end of a
    /// sentence: a list item indented too deep, joined to the one above.
    ListItemJoined = "list_item_joined", table;
    /// `&anchor` or `*alias`.
    YamlAnchor = "yaml_anchor", table;
    /// `!tag`.
    YamlTag = "yaml_tag", table;
    /// A file with no YAML document.
    EmptyFile = "empty_file", table;
    /// A file that is not UTF-8.
    NotUtf8 = "not_utf8", table;
    /// A text typed in the legacy TCVN3 (ABC) encoding and pasted into the
    /// UTF-8 file ("Ch­¬ng tr×nh"): it would print as gibberish.
    LegacyEncoding = "legacy_encoding", table;
    /// An invisible control character in a text, or in the file.
    ControlCharacter = "control_character", table;
    /// A file with more than `load::yaml::MAX_NODES` values, larger than
    /// [`crate::source::MAX_FILE_BYTES`], or a plan with too many included files.
    TooLarge = "too_large", table;
    /// More than `load::yaml::MAX_DEPTH` nested lists and mappings, or
    /// includes nested too deeply.
    TooDeep = "too_deep", table;
    /// A key the format does not know.
    UnknownKey = "unknown_key", table;
    /// A required key left out.
    MissingKey = "missing_key", table;
    /// The same key twice in one mapping.
    DuplicateKey = "duplicate_key", table;
    /// Two keys that exclude each other.
    ConflictingKeys = "conflicting_keys", table;
    /// `sections` inside a section of the fourth level.
    SectionDepth = "section_depth", table;
    /// `items` inside an item of the second nested level.
    ItemDepth = "item_depth", table;
    /// A `numbering` entry that is not a pattern, or not one for its level.
    InvalidNumbering = "invalid_numbering", table;
    /// `heading: run-in` on a section without `intro`.
    RunInWithoutIntro = "run_in_without_intro", table;
    /// A value of the wrong shape: a list for text, text for a date, …
    WrongType = "wrong_type", table;
    /// A value outside a closed set (`kind`, `style`, `rules`, `list`, `every`).
    InvalidValue = "invalid_value", table;
    /// A date of the right shape that is not in the calendar.
    InvalidDate = "invalid_date", table;
    /// A `period` that is not a month, quarter or year.
    InvalidPeriod = "invalid_period", table;
    /// A `time` that is not HH:MM.
    InvalidTime = "invalid_time", table;
    /// A `number` that is not 1–9999.
    InvalidNumber = "invalid_number", table;
    /// A directive or anniversary id that is not `[A-Za-z][A-Za-z0-9_-]*`.
    InvalidId = "invalid_id", table;
    /// An included file that does not exist.
    IncludeNotFound = "include_not_found", table;
    /// An included file that exists but cannot be read.
    IncludeUnreadable = "include_unreadable", table;
    /// A file that includes itself, directly or not.
    IncludeCycle = "include_cycle", table;
    /// A key an included file may not set.
    IncludeKey = "include_key", table;
    /// An id defined both as a directive and as an anniversary.
    DuplicateId = "duplicate_id", table;
    UnknownReference = "unknown_reference", table;
    UnknownReferenceForm = "unknown_reference_form", table;
    FullWithoutAbout = "full_without_about", table;
    MalformedReference = "malformed_reference", table;
    UnusedDefinition = "unused_definition", table;
    AnniversaryOutsidePeriod = "anniversary_outside_period", table;
    /// A count of years written before an anniversary's `{id}`, which
    /// prints its own: "81 năm 81 năm Cách mạng tháng Tám".
    AnniversaryYearsTwice = "anniversary_years_twice", table;
    /// Dates typed in brackets right after an anniversary's `{id}`, which
    /// prints its own: "(03/02/1930 - 03/02/2027) (3/2/1930 - 3/2/2027)".
    AnniversaryDatesTwice = "anniversary_dates_twice", table;
    /// The code of [`recipient_looks_like_archive`].
    RecipientLooksLikeArchive = "recipient_looks_like_archive", table;
    /// A recipient of a `[ … ]` list that starts with a small letter: the
    /// words after a comma inside one recipient.
    RecipientSplitByComma = "recipient_split_by_comma", table;
    /// A character the document's font has no glyph for ("✓", an emoji).
    MissingGlyph = "missing_glyph", table;
    AnniversaryNotPositive = "anniversary_not_positive", table;
    DateAfterPeriod = "date_after_period", table;
    DateLongBeforePeriod = "date_long_before_period", table;
    DirectiveAfterDocument = "directive_after_document", table;
    MeetingOutsidePeriod = "meeting_outside_period", table;
    MeetingOnWeekend = "meeting_on_weekend", table;
    EmptySection = "empty_section", table;
    EmptyRecipients = "empty_recipients", table;
    EmptyMeetings = "empty_meetings", table;
    RulesStyleMismatch = "rules_style_mismatch", table;
    /// A Party plan dated only by a month that contains 27/5/2026, unpinned.
    RulesAmbiguousMonth = "rules_ambiguous_month", table;
    ByAuthorityOfParty = "by_authority_of_party", table;
    PartyDeputyFor = "party_deputy_for", table;
    /// `issuer.abbr` that starts with a document type ("CTr/UBKTHU").
    AbbrWithType = "abbr_with_type", table;
    /// `signer.name` that starts with an academic title ("TS. …").
    SignerNameTitle = "signer_name_title", table;
    /// A PDF read in place of a plan that carries no plan source.
    PdfNoSource = "pdf_no_source", table;
    /// A PDF read in place of a plan that cannot be read.
    PdfUnreadable = "pdf_unreadable", table;
    /// A PDF read in place of a plan that is too large or inflates too far.
    PdfTooLarge = "pdf_too_large", table;
    /// A PDF whose attachment name cannot be used, or with too many.
    PdfAttachment = "pdf_attachment", table;
    /// A plan whose includes cannot be attached to its PDF.
    EmbedSource = "embed_source", table;
    /// `plan extract` over files that changed.
    ExtractExists = "extract_exists", table;
    /// `plan extract` into a folder holding a symbolic link on the way.
    ExtractLink = "extract_link", table;
    TemplateField = "template_field", table;
    TemplateError = "template_error", table;
    TemplateDir = "template_dir", table;
    TemplateExists = "template_exists", table;
    /// A row of a table with more or fewer cells than it has free columns.
    TableRowCells = "table_row_cells", table;
    /// Fixed column widths wider than the text block.
    TableTooWide = "table_too_wide", table;
    /// A cell spanning rows past the last row or across a group row.
    TableRowSpan = "table_row_span", table;
    NestedFootnote = "nested_footnote", table;
    UnclosedFootnote = "unclosed_footnote", table;
    /// A footnote with nothing to say: `^[]`, `^[ ]`.
    EmptyFootnote = "empty_footnote", table;
    AppendixWithoutContent = "appendix_without_content", table;
    UnbalancedBracket = "unbalanced_bracket", table;
    UnbalancedQuote = "unbalanced_quote", table;
    MixedToneMarks = "mixed_tone_marks", table;
    RepeatedWord = "repeated_word", table;
    DoubleSpace = "double_space", table;
    /// A soft hyphen (U+00AD) between two words: they print joined.
    SoftHyphen = "soft_hyphen", table;
    SpaceBeforePunctuation = "space_before_punctuation", table;
    MissingSpaceAfterPunctuation = "missing_space_after_punctuation", table;
    DirectiveAsText = "directive_as_text", table;
    DirectiveNumberMismatch = "directive_number_mismatch", table;
    CommonMisspelling = "common_misspelling", table;
    InvalidSyllable = "invalid_syllable", table;
    UnknownAllow = "unknown_allow", table;
    /// Code of the note that ends a list cut at [`MAX_PROBLEMS`].
    TooManyProblems = "too_many_problems", tool;
    FontFolder = "font_folder", tool;
    FontFile = "font_file", tool;
    Template = "template", tool;
    TemplateWarning = "template_warning", tool;
    TemplateWrite = "template_write", tool;
    PdfExport = "pdf_export", tool;
    PdfStandard = "pdf_standard", tool;
    PdfTimestamp = "pdf_timestamp", tool;
    DocxExport = "docx_export", tool;
    /// The template marks no signing space, more than one, or one that is
    /// not well formed.
    SigningSpace = "signing_space", tool;
    /// The exported PDF cannot be read back to add the signature field: a
    /// bug.
    SignatureField = "signature_field", tool;
}

impl Code {
    /// The code printed as `name` (`plan::unknown_key`), if there is one.
    pub fn from_name(name: &str) -> Option<Code> {
        Self::ALL.iter().copied().find(|c| c.name() == name)
    }
}

impl From<Code> for &'static str {
    fn from(code: Code) -> Self {
        code.name()
    }
}

impl fmt::Display for Code {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    #[test]
    fn names_are_unique_snake_case() {
        let mut seen = std::collections::HashSet::new();
        for code in Code::ALL {
            let name = code.name().strip_prefix("plan::").expect("plan:: prefix");
            assert!(
                !name.is_empty()
                    && name.chars().all(|c| c.is_ascii_lowercase()
                        || c.is_ascii_digit()
                        || c == '_'),
                "{name}"
            );
            assert!(seen.insert(name), "{name} twice");
            assert_eq!(Code::from_name(code.name()), Some(*code));
        }
    }

    /// Every code written in the crate's sources outside tests, as a string
    /// or in a miette attribute, names a [`Code`] (`plan::include` also names
    /// the family of `plan::include_…` codes, a prefix `plan new` looks for);
    /// and every [`Code`] is raised somewhere, by name or by variant.
    #[test]
    fn every_code_spelt_in_the_sources_is_a_code_and_every_code_is_raised() {
        let mut files = Vec::new();
        collect(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
        let mut unknown = Vec::new();
        let mut literals = 0;
        let mut all_text = String::new();
        for file in &files {
            if file.file_name().is_some_and(|n| n == "tests.rs") {
                continue;
            }
            let text = std::fs::read_to_string(file).unwrap();
            // Tests come last in a file; their codes are made up.
            let text = text.split("#[cfg(test)]").next().unwrap_or("");
            if !file.ends_with("src/codes.rs") {
                all_text.push_str(text);
            }
            for (at, _) in text.match_indices("plan::") {
                let name: String = text[at + 6..]
                    .chars()
                    .take_while(|c| {
                        c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_'
                    })
                    .collect();
                // A string (`"plan::unknown_key"`) or miette's attribute
                // (`code(plan::pdf_export)`); not the paths of doc comments.
                let quoted = text[..at].ends_with('"') || text[..at].ends_with("code(");
                if name.is_empty() || !quoted {
                    continue;
                }
                literals += 1;
                let full = format!("plan::{name}");
                let family = format!("{full}_");
                if Code::from_name(&full).is_none()
                    && !Code::ALL.iter().any(|c| c.name().starts_with(&family))
                {
                    unknown.push(format!("{}: {full}", file.display()));
                }
            }
        }
        assert!(literals > 0, "the scan found no code at all");
        assert!(unknown.is_empty(), "codes not in `Code`: {unknown:#?}");
        let unused: Vec<&Code> = Code::ALL
            .iter()
            .filter(|code| {
                let name = code.name();
                let short = &name["plan::".len()..];
                !all_text.contains(&format!("Code::{code:?}"))
                    && !all_text.contains(&format!("\"{name}\""))
                    && !all_text.contains(&format!("code(plan::{short})"))
            })
            .collect();
        assert!(unused.is_empty(), "codes nothing raises: {unused:?}");
    }

    fn collect(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                collect(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
}
