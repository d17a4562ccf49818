//! The new file's default name: every spelling of the old period in the
//! file name replaced by the new one in the same spelling (`may-2024.yaml`
//! → `june-2024.yaml`, `ke-hoach-thang-5-2024` → `ke-hoach-thang-6-2024`).

use std::path::{Path, PathBuf};

use crate::model::Period;

/// The default name of the new file: `input`'s name with every spelling of
/// the old period replaced by the new one in the same spelling.
///
/// Recognised: `2024-05` (also with `_`, `.` or a space, and `202405`), `05-2024`,
/// `5-2024` (as in `thang-5-2024`), English month names and their three-letter
/// forms (`may-2024` → `june-2024`, `dec-2024` → `jan-2025`, any case),
/// `2024-Q2` / `q2-2024`, a year `2025`, `2024-H1` / `h1-2024`, `2024-W22` /
/// `w22-2024` / `22-2024` (as in `tuan-22-2024`), `2020-2021`, `2025-2030` /
/// `2025..2030` and `2024-04..2024-12` / `2024-04-2024-12`. `None` when the name holds none
/// of these: the caller asks for `-o`.
pub fn output_path(input: &Path, from: Period, to: Period) -> Option<PathBuf> {
    let stem = input.file_stem()?.to_str()?;
    let renamed = rename(stem, from, to)?;
    let name = match input.extension().and_then(|e| e.to_str()) {
        Some(ext) => format!("{renamed}.{ext}"),
        None => renamed,
    };
    Some(input.with_file_name(name))
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Each way of writing `from` in a file name, with `to` written the same way.
/// A month of two digits before its year (`12-2024`) may be padded or not:
/// with `unpadded`, the new month is written without a leading zero
/// (`thang-12-2024` → `thang-1-2025`, as `thang-5-2024` → `thang-6-2024`),
/// else with one (`12-2024` → `01-2025`).
fn spellings(from: Period, to: Period, unpadded: bool) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let seps = ["-", "_", ".", " "];
    match (from, to) {
        (Period::Month(y, m), Period::Month(y2, m2)) => {
            for sep in seps {
                out.push((format!("{y}{sep}{m:02}"), format!("{y2}{sep}{m2:02}")));
                if unpadded && m >= 10 {
                    out.push((format!("{m}{sep}{y}"), format!("{m2}{sep}{y2}")));
                }
                out.push((format!("{m:02}{sep}{y}"), format!("{m2:02}{sep}{y2}")));
                out.push((format!("{m}{sep}{y}"), format!("{m2}{sep}{y2}")));
                let names = |i: u32| {
                    let full = MONTHS.get(i as usize - 1).copied().unwrap_or("");
                    (full.to_owned(), full.get(..3).unwrap_or("").to_owned())
                };
                let ((full, short), (full2, short2)) = (names(m), names(m2));
                for (a, b) in [(full, full2), (short, short2)] {
                    for case in [str::to_owned, capitalize, str::to_uppercase] {
                        let (a, b) = (case(&a), case(&b));
                        out.push((format!("{a}{sep}{y}"), format!("{b}{sep}{y2}")));
                        out.push((format!("{y}{sep}{a}"), format!("{y2}{sep}{b}")));
                    }
                }
            }
            out.push((format!("{y}{m:02}"), format!("{y2}{m2:02}")));
        }
        (Period::Quarter(y, q), Period::Quarter(y2, q2)) => {
            for sep in seps {
                for letter in ["Q", "q"] {
                    out.push((
                        format!("{y}{sep}{letter}{q}"),
                        format!("{y2}{sep}{letter}{q2}"),
                    ));
                    out.push((
                        format!("{letter}{q}{sep}{y}"),
                        format!("{letter}{q2}{sep}{y2}"),
                    ));
                }
            }
        }
        (Period::Year(y), Period::Year(y2)) => out.push((y.to_string(), y2.to_string())),
        (Period::Half(y, h), Period::Half(y2, h2)) => {
            for sep in seps {
                for letter in ["H", "h"] {
                    out.push((
                        format!("{y}{sep}{letter}{h}"),
                        format!("{y2}{sep}{letter}{h2}"),
                    ));
                    out.push((
                        format!("{letter}{h}{sep}{y}"),
                        format!("{letter}{h2}{sep}{y2}"),
                    ));
                }
            }
        }
        (Period::Week(y, w), Period::Week(y2, w2)) => {
            for sep in seps {
                for letter in ["W", "w"] {
                    out.push((
                        format!("{y}{sep}{letter}{w:02}"),
                        format!("{y2}{sep}{letter}{w2:02}"),
                    ));
                    out.push((
                        format!("{letter}{w:02}{sep}{y}"),
                        format!("{letter}{w2:02}{sep}{y2}"),
                    ));
                    out.push((
                        format!("{y}{sep}{letter}{w}"),
                        format!("{y2}{sep}{letter}{w2}"),
                    ));
                    out.push((
                        format!("{letter}{w}{sep}{y}"),
                        format!("{letter}{w2}{sep}{y2}"),
                    ));
                }
                // tuan-22-2024
                out.push((format!("{w}{sep}{y}"), format!("{w2}{sep}{y2}")));
                out.push((format!("{w:02}{sep}{y}"), format!("{w2:02}{sep}{y2}")));
            }
        }
        (Period::SchoolYear(y), Period::SchoolYear(y2)) => {
            for sep in seps {
                out.push((format!("{y}{sep}{}", y + 1), format!("{y2}{sep}{}", y2 + 1)));
            }
        }
        (Period::Years(a, b), Period::Years(a2, b2)) => {
            for sep in ["-", "_", ".", ".."] {
                out.push((format!("{a}{sep}{b}"), format!("{a2}{sep}{b2}")));
            }
        }
        (Period::Months((y, m), (y2, m2)), Period::Months((n, k), (n2, k2))) => {
            for sep in ["-", "_", "."] {
                out.push((
                    format!("{y}{sep}{m:02}..{y2}{sep}{m2:02}"),
                    format!("{n}{sep}{k:02}..{n2}{sep}{k2:02}"),
                ));
                out.push((
                    format!("{y}{sep}{m:02}{sep}{y2}{sep}{m2:02}"),
                    format!("{n}{sep}{k:02}{sep}{n2}{sep}{k2:02}"),
                ));
            }
        }
        _ => {}
    }
    // Longest first, so `may-2024` is not read as `ma` + …; duplicates go.
    out.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
    out.dedup();
    out
}

fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |c| c.to_uppercase().chain(chars).collect())
}

/// `stem` with the spellings of `from` replaced; `None` when there is none.
fn rename(stem: &str, from: Period, to: Period) -> Option<String> {
    // A name that starts with words (`thang-12-2024`, `T12.2024`) writes its
    // month as a clerk says it, without a leading zero; one that starts
    // with the period (`12-2024`) pads it.
    let unpadded = stem.starts_with(char::is_alphabetic);
    let spellings = spellings(from, to, unpadded);
    let mut out = String::new();
    let mut found = false;
    let mut i = 0;
    'scan: while i < stem.len() {
        let rest = &stem[i..];
        let prev = stem[..i].chars().next_back();
        for (old, new) in &spellings {
            if !rest.starts_with(old.as_str()) {
                continue;
            }
            let next = rest[old.len()..].chars().next();
            let first = old.chars().next();
            let last = old.chars().next_back();
            if same_class(prev, first) || same_class(next, last) {
                continue;
            }
            out.push_str(new);
            i += old.len();
            found = true;
            continue 'scan;
        }
        let c = rest.chars().next()?;
        out.push(c);
        i += c.len_utf8();
    }
    found.then_some(out)
}

/// Whether two characters would run together into one word or number.
fn same_class(a: Option<char>, b: Option<char>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => {
            (a.is_ascii_digit() && b.is_ascii_digit())
                || (a.is_alphabetic() && b.is_alphabetic())
        }
        _ => false,
    }
}
