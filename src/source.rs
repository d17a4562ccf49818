//! Source files and positions.
//!
//! Owns the text of every plan file read in a build (the plan and its
//! includes), normalised once: a UTF-8 byte-order mark is dropped, CRLF and CR
//! line ends become LF, and the text is put in Unicode NFC (TCVN 6909:2001,
//! `plan-format.md` "Keys"). Every later stage speaks of positions as
//! [`Span`]s: byte ranges in that normalised text, so miette labels land on
//! the right character even after Vietnamese letters.

use std::fmt;
use std::path::{Path, PathBuf};

use unicode_normalization::UnicodeNormalization;

use crate::lang::{Text, t};

/// Index of a file in [`Sources`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SourceId(pub u32);

/// A byte range in one normalised source file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Span {
    /// The file the range is in.
    pub source: SourceId,
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` in `source`.
    pub fn new(source: SourceId, start: usize, end: usize) -> Self {
        Self { source, start, end: end.max(start) }
    }

    /// The length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

/// A value with the place in the YAML it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spanned<T> {
    /// The value.
    pub value: T,
    /// Where it was written.
    pub span: Span,
}

impl<T> Spanned<T> {
    /// Pairs `value` with `span`.
    pub fn new(value: T, span: Span) -> Self {
        Self { value, span }
    }
}

impl<T: fmt::Display> fmt::Display for Spanned<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.value.fmt(f)
    }
}

/// One plan file: where it came from and its normalised text.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as given (or as resolved from an `include`).
    pub path: PathBuf,
    /// The name shown in reports.
    pub name: String,
    /// The text after [`normalize`].
    pub text: String,
}

/// All files read in one build, addressed by [`SourceId`].
#[derive(Debug, Clone, Default)]
pub struct Sources {
    files: Vec<SourceFile>,
}

impl Sources {
    /// An empty set.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a file and returns its id.
    pub fn add(&mut self, path: &Path, text: String) -> SourceId {
        let id = SourceId(u32::try_from(self.files.len()).unwrap_or(u32::MAX));
        self.files.push(SourceFile {
            path: path.to_path_buf(),
            name: path.display().to_string(),
            text,
        });
        id
    }

    /// The file with `id`.
    ///
    /// Ids are only made by [`Sources::add`], so every id names a file.
    pub fn get(&self, id: SourceId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    /// Renames the file `id` in reports (a plan read from a PDF's
    /// attachments is shown as `may-2024.pdf ▸ may-2024.yaml`).
    pub fn set_name(&mut self, id: SourceId, name: String) {
        if let Some(file) = self.files.get_mut(id.0 as usize) {
            file.name = name;
        }
    }

    /// The id of the file read from `path`, if it was read.
    pub fn find(&self, path: &Path) -> Option<SourceId> {
        self.files
            .iter()
            .position(|f| f.path == path)
            .and_then(|i| u32::try_from(i).ok())
            .map(SourceId)
    }

    /// The text a span covers.
    pub fn slice(&self, span: Span) -> &str {
        self.get(span.source).text.get(span.start..span.end).unwrap_or("")
    }

    /// Every file, in the order added.
    pub fn iter(&self) -> impl Iterator<Item = (SourceId, &SourceFile)> {
        self.files.iter().enumerate().map(|(i, f)| (SourceId(i as u32), f))
    }
}

/// The most bytes a plan file, or one included file, may hold: 640 KiB.
///
/// A month's program is about 20 KiB (`plans/may-2024.yaml`); a province's
/// yearly program of a hundred pages (40 sections of 3 subsections of 12
/// items) is about 545 KB, and fits. 1 MiB was tried: one paragraph of 1 MB
/// (`limit-paragraph` in `bench/hostile.sh`) then took 3.4 s of CPU to lay
/// out, past the 3 s every hostile input must stay under; at 640 KiB the
/// worst case measured is 2.0 s and 154 MB. Larger input is an error, never
/// read in full.
pub const MAX_FILE_BYTES: usize = 640 * 1024;

/// The most bytes a PDF read in place of a plan may hold: 32 MiB.
///
/// Larger than a plan's 640 KiB ([`MAX_FILE_BYTES`]): a PDF
/// carries its fonts and pages besides the source. Measured (1 December
/// 2026): the seed's PDF with its source is 84 KB; a generated yearly plan
/// of 168 pages (519 KiB of YAML, `bench/yearly.sh`) with its source
/// 600 KB. lopdf holds the file and its objects in memory: `plan check` of
/// a 31 MiB PDF (one stored stream) peaked at 79 MB, within the 300 MB
/// every input must stay under.
pub const MAX_PDF_BYTES: usize = 32 * 1024 * 1024;

/// Whether `bytes` are a PDF: they start with the `%PDF-` header.
pub fn is_pdf(bytes: &[u8]) -> bool {
    bytes.starts_with(b"%PDF-")
}

/// A file that is not a plan's text, told by its first bytes: what
/// [`normalize`] would only call "not UTF-8".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Foreign {
    /// UTF-16 text, what Notepad saves as "Unicode" (a byte-order mark
    /// `FF FE` or `FE FF`, or a NUL byte beside most ASCII letters).
    Utf16,
    /// A Word or Excel document: a ZIP archive (`.docx`, `.xlsx`, `.odt`)
    /// or the older compound file (`.doc`, `.xls`).
    Office,
}

/// Whether `bytes` are UTF-16 text or an office document rather than a
/// plan's UTF-8 text.
///
/// A plan's keys are ASCII, so UTF-16 without a byte-order mark shows as a
/// NUL byte in every other place; a UTF-8 file has no NUL at all (a single
/// one is reported as a control character), so a NUL in at least a quarter
/// of the first 128 byte pairs, all on one side, is taken for UTF-16.
pub fn foreign_kind(bytes: &[u8]) -> Option<Foreign> {
    if bytes.starts_with(b"PK\x03\x04")
        || bytes.starts_with(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1")
    {
        return Some(Foreign::Office);
    }
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        return Some(Foreign::Utf16);
    }
    let pairs = bytes.chunks_exact(2).take(128);
    let (total, mut even, mut odd) = (pairs.len(), 0usize, 0usize);
    for pair in pairs {
        even += usize::from(pair[0] == 0);
        odd += usize::from(pair[1] == 0);
    }
    let many = |n: usize| n > 0 && n * 4 >= total;
    ((many(even) && odd == 0) || (many(odd) && even == 0)).then_some(Foreign::Utf16)
}

/// A limit in bytes as the messages print it: `1 MiB`, `2 MiB`, `640 KiB`.
pub fn size_text(bytes: usize) -> String {
    const MIB: usize = 1024 * 1024;
    if bytes >= MIB && bytes.is_multiple_of(MIB) {
        format!("{} MiB", bytes / MIB)
    } else {
        format!("{} KiB", bytes / 1024)
    }
}

/// Reads the file at `path`: the one way `plan` reads what a user gives it
/// (a plan, an included file, a plan at a git revision is bounded the same
/// way in `input.rs`).
///
/// Only a regular file is read, and no more than [`MAX_FILE_BYTES`]` + 1`
/// of its bytes: enough to tell that it is too large without reading all of
/// it. A folder, a device (`/dev/zero` never ends), a FIFO (opening it waits
/// for a writer) or a socket is refused before it is opened, with one of
/// these reasons:
///
/// ```text
/// đây là thư mục, không phải tệp       (it is a folder, not a file)
/// đây không phải tệp thông thường       (it is not a regular file)
/// ```
///
/// Nor is a file of the system's own folders `/proc` and `/sys`, links
/// followed: they look like regular files, but hold what the system makes
/// up when read (`/proc/self/environ` is the process's environment, its
/// secrets included), which a report would then quote.
pub fn read_bounded(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let file = open_regular(path)?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES as u64 + 1).read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// [`read_bounded`], except that a PDF (a file starting with `%PDF-`,
/// read in place of a plan for the source attached to it) is read up to
/// [`MAX_PDF_BYTES`]` + 1` bytes: a YAML file is still
/// never read past the plan limit.
pub fn read_plan_or_pdf(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let file = open_regular(path)?;
    let mut bytes = Vec::new();
    (&file).take(MAX_FILE_BYTES as u64 + 1).read_to_end(&mut bytes)?;
    read_rest_of_pdf(&mut bytes, file)?;
    Ok(bytes)
}

/// When `bytes`, the first [`MAX_FILE_BYTES`]` + 1` bytes read from
/// `rest`, are a PDF that goes on, reads on up to
/// [`MAX_PDF_BYTES`]` + 1` bytes in all.
pub(crate) fn read_rest_of_pdf(
    bytes: &mut Vec<u8>,
    rest: impl std::io::Read,
) -> std::io::Result<()> {
    use std::io::Read;
    if bytes.len() > MAX_FILE_BYTES && is_pdf(bytes) {
        let more = (MAX_PDF_BYTES + 1).saturating_sub(bytes.len());
        rest.take(more as u64).read_to_end(bytes)?;
    }
    Ok(())
}

/// Reads the whole regular file at `path`, refusing anything else as
/// [`read_bounded`] does, but with no limit on its size: for a font file
/// (`--font-path`), which may hold megabytes and is parsed, never laid out.
pub fn read_regular(path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    refuse_special(&std::fs::metadata(path)?)?;
    let mut file = std::fs::File::open(path)?;
    refuse_special(&file.metadata()?)?;
    let mut bytes = Vec::new();
    file.read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// The most bytes a file of a template folder (`plan build --template`)
/// may hold: 32 MiB, room for a body's logo or a data file, and a bound on
/// what a copy may make `plan` hold in memory.
pub const MAX_TEMPLATE_FILE_BYTES: usize = 32 * 1024 * 1024;

/// Reads the file `path` of the template folder `root`, refusing what
/// [`read_bounded`] refuses (a folder, a device such as `/dev/zero`, a
/// FIFO, a socket, a file under `/proc` or `/sys`), a file that a symbolic
/// link takes out of the folder (`logo.png -> /etc/passwd`: a copy from a
/// pull request must not put the machine's files into the PDF or a
/// report), and one larger than [`MAX_TEMPLATE_FILE_BYTES`].
pub fn read_template_file(root: &Path, path: &Path) -> std::io::Result<Vec<u8>> {
    use std::io::Read;
    let real = std::fs::canonicalize(path)?;
    if !real.starts_with(std::fs::canonicalize(root)?) {
        return Err(std::io::Error::other(
            crate::lang::t(
                "tệp này là liên kết dẫn ra ngoài thư mục mẫu; mẫu chỉ đọc tệp của chính nó",
                "this file is a link that leads out of the template folder; a template \
                 reads only its own files",
            )
            .to_string(),
        ));
    }
    let file = open_regular(&real)?;
    let mut bytes = Vec::new();
    file.take(MAX_TEMPLATE_FILE_BYTES as u64 + 1).read_to_end(&mut bytes)?;
    if bytes.len() > MAX_TEMPLATE_FILE_BYTES {
        let most = size_text(MAX_TEMPLATE_FILE_BYTES);
        return Err(std::io::Error::other(
            crate::lang::t(
                format!("tệp lớn hơn {most}, cỡ lớn nhất của một tệp trong thư mục mẫu"),
                format!("the file is larger than {most}, the most a template folder's file may hold"),
            )
            .to_string(),
        ));
    }
    Ok(bytes)
}

/// Opens `path` for reading when it is a regular file outside `/proc` and
/// `/sys` ([`read_bounded`]'s refusals), asking again of the open file,
/// should it have been swapped meanwhile.
fn open_regular(path: &Path) -> std::io::Result<std::fs::File> {
    refuse_special(&std::fs::metadata(path)?)?;
    refuse_system_files(path)?;
    let file = std::fs::File::open(path)?;
    refuse_special(&file.metadata()?)?;
    Ok(file)
}

/// Why a path is refused: [`read_bounded`]'s paths that are not regular
/// files, and a chain of symbolic links too long to follow (a loop).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Refused {
    /// A folder.
    Folder,
    /// A device, a FIFO or a socket.
    NotRegular,
    /// More symbolic links in a row than the system follows.
    LinkLoop,
    /// A file under `/proc` or `/sys`.
    SystemFile,
}

impl Refused {
    fn text(self) -> Text {
        match self {
            Self::Folder => {
                t("đây là thư mục, không phải tệp", "it is a folder, not a file")
            }
            Self::NotRegular => {
                t("đây không phải tệp thông thường", "it is not a regular file")
            }
            Self::LinkLoop => t(
                "quá nhiều liên kết tượng trưng nối nhau (có vòng lặp?)",
                "too many symbolic links in a row (a loop?)",
            ),
            Self::SystemFile => t(
                "đây là tệp của hệ điều hành (trong /proc hoặc /sys), không phải tệp kế hoạch",
                "it is a file of the system (under /proc or /sys), not a plan file",
            ),
        }
    }
}

/// Worded in the process's language ([`crate::lang::current`]).
impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.text().fmt(f)
    }
}

impl std::error::Error for Refused {}

/// An error when `path`, links followed, is under `/proc` or `/sys`.
fn refuse_system_files(path: &Path) -> std::io::Result<()> {
    let real = std::fs::canonicalize(path)?;
    if real.starts_with("/proc") || real.starts_with("/sys") {
        return Err(std::io::Error::other(Refused::SystemFile));
    }
    Ok(())
}

/// An error unless `meta` is a regular file's.
pub(crate) fn refuse_special(meta: &std::fs::Metadata) -> std::io::Result<()> {
    if meta.is_dir() {
        Err(std::io::Error::other(Refused::Folder))
    } else if !meta.is_file() {
        Err(std::io::Error::other(Refused::NotRegular))
    } else {
        Ok(())
    }
}

/// The system's code for a loop of symbolic links (`ELOOP`): 40 on Linux,
/// 62 on the BSDs and macOS.
const ELOOP: i32 = if cfg!(target_os = "linux") { 40 } else { 62 };

/// Why a file could not be read or written, in both languages: the
/// refusals of [`read_bounded`], the common system errors in words, and
/// any other as the system's code (the system's own words are English).
pub fn io_reason(err: &std::io::Error) -> Text {
    use std::io::ErrorKind;
    if let Some(refused) = err.get_ref().and_then(|e| e.downcast_ref::<Refused>()) {
        return refused.text();
    }
    let vi = match err.kind() {
        ErrorKind::NotFound => "không có tệp hoặc thư mục này",
        ErrorKind::PermissionDenied => "không có quyền truy cập",
        ErrorKind::AlreadyExists => "tệp đã có",
        ErrorKind::IsADirectory => "đây là thư mục, không phải tệp",
        ErrorKind::NotADirectory => "một phần của đường dẫn không phải thư mục",
        ErrorKind::StorageFull => "đĩa đã đầy",
        ErrorKind::ReadOnlyFilesystem => "ổ đĩa chỉ cho đọc, không cho ghi",
        ErrorKind::InvalidFilename => "tên tệp không hợp lệ",
        ErrorKind::BrokenPipe => "nơi nhận dữ liệu đã đóng",
        // The system refuses a path with a NUL byte before trying it.
        ErrorKind::InvalidInput if err.to_string().contains("NUL") => {
            "đường dẫn có ký tự NUL"
        }
        _ => "",
    };
    let en = err.to_string();
    if !vi.is_empty() {
        return t(vi, en);
    }
    match err.raw_os_error() {
        Some(ELOOP) => Refused::LinkLoop.text(),
        Some(code) => t(format!("hệ điều hành báo lỗi số {code}"), en),
        None => t("lỗi đọc ghi tệp", en),
    }
}

/// Why the plan file `path` (shown as `shown`, as the user typed it) could
/// not be read: "không đọc được thang-6.yml: không có tệp hoặc thư mục
/// này; có phải `thang-6-2024.yaml`?", the hint ([`missing_file_hint`])
/// only when the file is not there. The one wording of it, for every
/// command that reads a plan (`build`, `check`, `new`, `text`, `diff`).
pub fn cannot_read(shown: &str, path: &Path, err: &std::io::Error) -> Text {
    let why = io_reason(err);
    let hint = (err.kind() == std::io::ErrorKind::NotFound)
        .then(|| missing_file_hint(path))
        .flatten()
        .map_or_else(
            || t("", ""),
            |hint| t(format!("; {}", hint.vi), format!("; {}", hint.en)),
        );
    t(
        format!("không đọc được {shown}: {}{}", why.vi, hint.vi),
        format!("cannot read {shown}: {}{}", why.en, hint.en),
    )
}

/// For a plan file that is not there (`plan build thang-6.yml`), the
/// nearest name of a plan file (`.yaml`, `.yml`) in its folder, with the
/// folder as typed: "có phải `plans/thang-6-2024.yaml`?". Only the first
/// 1000 names of the folder are looked at; `None` when none is near.
fn missing_file_hint(path: &Path) -> Option<Text> {
    let name = path.file_name()?.to_str()?;
    let folder = path.parent().filter(|p| !p.as_os_str().is_empty());
    let entries = std::fs::read_dir(folder.unwrap_or(Path::new("."))).ok()?;
    let names: Vec<String> = entries
        .take(1000)
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".yaml") || n.ends_with(".yml"))
        .collect();
    let best = crate::suggest::nearest(name, names.iter().map(String::as_str))?;
    let shown =
        folder.map_or_else(|| best.to_owned(), |f| f.join(best).display().to_string());
    Some(t(format!("có phải `{shown}`?"), format!("did you mean `{shown}`?")))
}

/// Where the bytes of a file stop being UTF-8.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotUtf8 {
    /// Byte offset of the first invalid byte.
    pub offset: usize,
    /// 1-based line of that byte.
    pub line: usize,
    /// 1-based column (in characters) of that byte.
    pub column: usize,
}

/// The 1-based line and character column of byte `at` in `text` (a
/// Vietnamese letter is one column), as reports show places.
pub fn line_column(text: &str, at: usize) -> (usize, usize) {
    let at = at.min(text.len());
    let before = text.get(..at).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

/// Decodes and normalises the bytes of a plan file.
///
/// Drops a UTF-8 byte-order mark, turns CRLF and lone CR into LF, and
/// composes the text to NFC, so `"Đa\u{0300}"` becomes `"Đà"`.
pub fn normalize(bytes: &[u8]) -> Result<String, NotUtf8> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(err) => {
            let good = &bytes[..err.valid_up_to()];
            // The prefix is valid UTF-8 by construction.
            let good = std::str::from_utf8(good).unwrap_or("");
            let (line, column) = line_column(good, good.len());
            return Err(NotUtf8 { offset: err.valid_up_to(), line, column });
        }
    };
    let text = if text.contains('\r') {
        std::borrow::Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        std::borrow::Cow::Borrowed(text)
    };
    let text = match tone_after_vowel_mark(&text) {
        Some(reordered) => std::borrow::Cow::Owned(reordered),
        None => text,
    };
    // Most files are NFC already: the quick check settles that without
    // decomposing and recomposing every letter.
    match unicode_normalization::is_nfc_quick(text.chars()) {
        unicode_normalization::IsNormalized::Yes => Ok(text.into_owned()),
        _ => Ok(text.nfc().collect()),
    }
}

/// The tone marks that sit above a letter: grave, acute, tilde, hook above
/// (the dot below, U+0323, is of another combining class, which NFC
/// already puts first).
const TONES_ABOVE: [char; 4] = ['\u{300}', '\u{301}', '\u{303}', '\u{309}'];

/// The vowel's own marks of the same class: circumflex (â, ê, ô) and breve
/// (ă).
const VOWEL_MARKS: [char; 2] = ['\u{302}', '\u{306}'];

/// `text` with every tone mark typed before the vowel's own mark put after
/// it, or `None` when it has none so typed. Decomposed text may carry a
/// letter's marks in either order ("a" + acute + breve, from a web form or
/// a converter), and NFC keeps the order of two marks of one class: "ắ"
/// so typed stayed "á" with a loose breve, which the PDF printed as another
/// word ("Nắm" as "Nấm") and no check could read. Vietnamese writes the
/// tone last, so this order is the only one meant. Same length: the two
/// marks trade places.
fn tone_after_vowel_mark(text: &str) -> Option<String> {
    let typed = |c: char| TONES_ABOVE.contains(&c);
    let mut chars = text.chars().peekable();
    let mut found = false;
    while let Some(c) = chars.next() {
        if typed(c) && chars.peek().is_some_and(|n| VOWEL_MARKS.contains(n)) {
            found = true;
            break;
        }
    }
    if !found {
        return None;
    }
    let mut out: Vec<char> = text.chars().collect();
    for i in 1..out.len() {
        if VOWEL_MARKS.contains(&out[i]) && typed(out[i - 1]) {
            out.swap(i - 1, i);
        }
    }
    Some(out.into_iter().collect())
}

#[cfg(test)]
mod tests {
    /// The hint goes with a file that is not there, never with another
    /// error (a folder given for a file).
    #[test]
    #[allow(clippy::disallowed_methods)] // the test's own fixture file
    fn a_missing_plan_file_is_worded_once_with_its_hint() {
        let dir = tempfile::tempdir().expect("a folder");
        std::fs::write(dir.path().join("thang-6-2024.yaml"), "").expect("written");
        let typed = dir.path().join("thang-6.yml");
        let err = std::fs::read(&typed).expect_err("not there");
        let text = super::cannot_read("thang-6.yml", &typed, &err);
        let shown = dir.path().join("thang-6-2024.yaml").display().to_string();
        assert_eq!(
            text.vi,
            format!(
                "không đọc được thang-6.yml: không có tệp hoặc thư mục này; có phải `{shown}`?"
            )
        );
        assert!(text.en.ends_with(&format!("; did you mean `{shown}`?")), "{}", text.en);
        let err = std::fs::read(dir.path()).expect_err("a folder");
        let text = super::cannot_read("x", dir.path(), &err);
        assert!(!text.vi.contains("có phải"), "{}", text.vi);
    }

    #[test]
    fn sizes_are_printed_in_the_largest_whole_unit() {
        assert_eq!(super::size_text(1024 * 1024), "1 MiB");
        assert_eq!(super::size_text(2 * 1024 * 1024), "2 MiB");
        assert_eq!(super::size_text(640 * 1024), "640 KiB");
        assert_eq!(super::size_text(1536 * 1024), "1536 KiB");
    }

    use super::*;

    #[test]
    fn drops_bom_and_crlf() {
        assert_eq!(normalize(b"\xEF\xBB\xBFa: 1\r\nb: 2\r\n").unwrap(), "a: 1\nb: 2\n");
    }

    /// A tone typed before the circumflex or the breve ("a" + acute +
    /// breve) composes as one letter, "ắ", as if typed in order; a mark
    /// order Vietnamese never writes is the only one changed.
    #[test]
    fn a_tone_typed_before_the_vowel_mark_composes() {
        let typed =
            "Na\u{301}\u{306}m ba\u{301}\u{306}t, Vie\u{323}\u{302}t, Cho\u{303}\u{302}";
        assert_eq!(normalize(typed.as_bytes()).unwrap(), "Nắm bắt, Việt, Chỗ");
        let typed = "me\u{300}\u{302}m, sa\u{309}\u{306}n, Đo\u{302}\u{301}i";
        assert_eq!(normalize(typed.as_bytes()).unwrap(), "mềm, sẳn, Đối");
        // Two tones, or a tone with nothing after it, stay as typed.
        assert_eq!(normalize("a\u{301}\u{300}".as_bytes()).unwrap(), "á\u{300}");
        assert_eq!(normalize("Ho\u{300}a".as_bytes()).unwrap(), "Hòa");
    }

    #[test]
    fn composes_nfd_to_nfc() {
        let nfd: String = "Mỹ Độ".nfd().collect();
        assert_ne!(nfd, "Mỹ Độ");
        assert_eq!(normalize(nfd.as_bytes()).unwrap(), "Mỹ Độ");
    }

    #[test]
    fn tells_utf16_and_office_files() {
        let utf16 = |text: &str, le: bool| -> Vec<u8> {
            text.encode_utf16()
                .flat_map(|u| if le { u.to_le_bytes() } else { u.to_be_bytes() })
                .collect()
        };
        let plan = "kind: chuong-trinh\nplace: Mỹ Độ\n";
        assert_eq!(foreign_kind(&utf16(plan, true)), Some(Foreign::Utf16));
        assert_eq!(foreign_kind(&utf16(plan, false)), Some(Foreign::Utf16));
        assert_eq!(foreign_kind(&utf16("\u{FEFF}Mỹ", true)), Some(Foreign::Utf16));
        assert_eq!(foreign_kind(b"PK\x03\x04\x14\x00"), Some(Foreign::Office));
        assert_eq!(
            foreign_kind(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0"),
            Some(Foreign::Office)
        );
        assert_eq!(foreign_kind(plan.as_bytes()), None);
        // One NUL in a UTF-8 plan is a control character, not UTF-16.
        assert_eq!(foreign_kind(b"kind: chuong-trinh\nplace: M\0 Do\n"), None);
        assert_eq!(foreign_kind(b""), None);
    }

    #[test]
    fn reports_where_utf8_breaks() {
        let err = normalize(b"a: 1\nb: M\xF5 \xD0\xE9").unwrap_err();
        assert_eq!((err.line, err.column, err.offset), (2, 5, 9));
    }
}
