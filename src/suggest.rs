//! "Did you mean …?": the nearest of a set of names, for unknown keys,
//! values outside a closed set and unknown references alike.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Names longer than this many bytes get no suggestion: no key or id is
/// that long, and comparing a very long name with thousands of candidates
/// would take seconds.
pub(crate) const MAX_NAME: usize = 64;

/// The least Jaro-Winkler similarity of a likely typo.
const MIN_SIMILARITY: f64 = 0.8;

/// The candidate closest to `input`, if close enough to be a likely typo.
///
/// Names are compared without case, diacritics (`chương` → `chuong`, `đ` →
/// `d`) or the difference between `_` and `-`: a candidate equal to `input`
/// that way wins, otherwise the one of highest Jaro-Winkler similarity, at
/// least 0.8 (the last of equals).
///
/// `nearest("sigener", ["signer", "sections"])` is `Some("signer")`;
/// `nearest("Chương_trình", ["chuong-trinh"])` is `Some("chuong-trinh")`.
pub(crate) fn nearest<'a>(
    input: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    if input.len() > MAX_NAME {
        return None;
    }
    let input = fold(input);
    if input.is_empty() {
        return None;
    }
    let mut best: Option<(f64, &str)> = None;
    // `kl1` for `kl01`: equal but for leading zeros, nearer than any typo
    // (`kl21` is as few edits away).
    let unpadded = without_leading_zeros(&input);
    let mut same_number: Option<&str> = None;
    for candidate in candidates.into_iter().filter(|c| c.len() <= MAX_NAME) {
        let folded = fold(candidate);
        if folded == input {
            return Some(candidate);
        }
        if same_number.is_none() && without_leading_zeros(&folded) == unpadded {
            same_number = Some(candidate);
        }
        let score = strsim::jaro_winkler(&input, &folded);
        if score >= MIN_SIMILARITY && best.is_none_or(|(top, _)| score >= top) {
            best = Some((score, candidate));
        }
    }
    same_number.or(best.map(|(_, candidate)| candidate))
}

/// `name` with the leading zeros of each run of digits dropped: `kl01` →
/// `kl1`, `ct005` → `ct5`, `2024-05` → `2024-5`; a run of zeros keeps one.
fn without_leading_zeros(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len());
    // Whether a digit of the current run of digits was kept.
    let mut kept = false;
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_digit() {
            let more = chars.get(i + 1).is_some_and(char::is_ascii_digit);
            if c == '0' && !kept && more {
                continue;
            }
            kept = true;
        } else {
            kept = false;
        }
        out.push(c);
    }
    out
}

/// The key a Vietnamese name stands for, when a clerk types the key in
/// Vietnamese (`địa điểm:`, `nguoi ky:`, `Nơi nhận:`): the first of its
/// keys that `known` holds, so `tên` is `name` in a meeting and `title` at
/// the top level. Compared as [`nearest`] does, without case, diacritics or
/// the difference between a space, `_` and `-`.
///
/// `vietnamese_key("địa điểm", ["kind", "place"])` is `Some("place")`.
pub(crate) fn vietnamese_key<'a>(
    input: &str,
    known: impl IntoIterator<Item = &'a str> + Clone,
) -> Option<&'a str> {
    if input.len() > MAX_NAME {
        return None;
    }
    let folded = fold(input).replace(' ', "-");
    let (_, keys) =
        VIETNAMESE_KEYS.iter().find(|(names, _)| names.contains(&folded.as_str()))?;
    keys.iter().find_map(|&key| known.clone().into_iter().find(|&k| k == key))
}

/// Vietnamese names clerks give the keys, folded (no diacritics, `-` for a
/// space), and the keys they stand for, most likely first.
const VIETNAMESE_KEYS: [(&[&str], &[&str]); 27] = [
    (&["loai", "loai-van-ban", "the-loai"], &["kind"]),
    (&["kieu", "the-thuc", "khoi"], &["style"]),
    (&["ky", "ky-ke-hoach", "thoi-ky", "thang", "quy"], &["period"]),
    (&["so", "so-van-ban", "so-hieu"], &["number"]),
    (&["ngay", "ngay-thang", "ngay-ky", "ngay-ban-hanh"], &["date"]),
    (&["dia-diem", "dia-danh", "noi-ban-hanh"], &["place"]),
    (&["tieu-de", "trich-yeu", "ten-van-ban"], &["title"]),
    (&["ten", "ho-ten", "ho-va-ten"], &["name", "title"]),
    (&["co-quan", "co-quan-ban-hanh", "don-vi"], &["issuer"]),
    (&["co-quan-cap-tren", "cap-tren", "co-quan-chu-quan"], &["parent"]),
    (&["viet-tat", "ten-viet-tat", "ky-hieu"], &["abbr"]),
    (&["van-ban", "can-cu", "van-ban-can-cu"], &["directives"]),
    (&["ky-niem", "ngay-ky-niem", "ngay-le"], &["anniversaries"]),
    (&["mo-dau", "loi-mo-dau", "phan-mo-dau", "gioi-thieu"], &["intro"]),
    (&["muc", "cac-muc", "phan", "noi-dung"], &["sections"]),
    (&["nhiem-vu", "cac-nhiem-vu", "cong-viec", "y"], &["items"]),
    (&["cuoc-hop", "cac-cuoc-hop", "hoi-nghi", "lich-hop"], &["meetings"]),
    (&["ket-thuc", "loi-ket", "phan-ket", "ket-luan"], &["closing"]),
    (&["noi-nhan"], &["recipients"]),
    (&["luu"], &["archive"]),
    (&["nguoi-ky", "ky-ten", "chu-ky"], &["signer"]),
    (&["chuc-vu"], &["title"]),
    (&["thay-mat", "tm", "t/m"], &["on_behalf"]),
    (&["ky-thay", "kt"], &["deputy_for"]),
    (&["ghi-chu"], &["note"]),
    (&["gio", "thoi-gian"], &["time"]),
    (&["du-thao", "ban-du-thao"], &["draft"]),
];

/// Lower case, no diacritics, `_` as `-`.
fn fold(text: &str) -> String {
    text.nfd()
        .filter(|c| !is_combining_mark(*c))
        .map(|c| match c {
            'đ' | 'Đ' => 'd',
            '_' => '-',
            c => c,
        })
        .collect::<String>()
        .to_lowercase()
}

#[cfg(test)]
mod tests {
    use super::{MAX_NAME, nearest, vietnamese_key, without_leading_zeros};

    /// An id typed without its leading zero is the padded one, not another
    /// id one edit away: `kl1` is `kl01`, not `kl21`.
    #[test]
    fn leading_zeros_make_no_other_name() {
        assert_eq!(nearest("kl1", ["kl21", "kl01", "ct05"]), Some("kl01"));
        assert_eq!(nearest("ct005", ["ct05", "ct50"]), Some("ct05"));
        assert_eq!(without_leading_zeros("kl01-2024-05"), "kl1-2024-5");
        assert_eq!(without_leading_zeros("a00b0"), "a0b0");
    }

    #[test]
    fn suggests_close_names_only() {
        assert_eq!(nearest("sigener", ["signer", "sections"]), Some("signer"));
        assert_eq!(nearest("kl1", ["kl01", "ct05"]), Some("kl01"));
        assert_eq!(nearest("zzz", ["signer", "sections"]), None);
        assert_eq!(nearest("", ["signer"]), None);
        let long = "k".repeat(MAX_NAME + 1);
        assert_eq!(nearest(&long, ["k", long.as_str()]), None);
    }

    #[test]
    fn ignores_case_diacritics_and_underscores() {
        assert_eq!(
            nearest("chuong_trinh", ["chuong-trinh", "ke-hoach"]),
            Some("chuong-trinh")
        );
        assert_eq!(
            nearest("Chương-trình", ["chuong-trinh", "ke-hoach"]),
            Some("chuong-trinh")
        );
        assert_eq!(nearest("Đảng", ["dang", "nha-nuoc"]), Some("dang"));
        assert_eq!(nearest("SIGNER", ["sections", "signer"]), Some("signer"));
    }

    #[test]
    fn knows_the_keys_typed_in_vietnamese() {
        let plan = ["kind", "period", "title", "place", "signer", "recipients"];
        assert_eq!(vietnamese_key("địa điểm", plan), Some("place"));
        assert_eq!(vietnamese_key("Dia_diem", plan), Some("place"));
        assert_eq!(vietnamese_key("nguoi ky", plan), Some("signer"));
        assert_eq!(vietnamese_key("Nơi nhận", plan), Some("recipients"));
        // The key its mapping has: a meeting's name, the plan's title.
        assert_eq!(vietnamese_key("tên", plan), Some("title"));
        assert_eq!(vietnamese_key("tên", ["date", "name"]), Some("name"));
        // A name for a key this mapping lacks, or no known name.
        assert_eq!(vietnamese_key("ghi chú", plan), None);
        assert_eq!(vietnamese_key("xyz", plan), None);
    }

    #[test]
    fn an_equal_name_wins_over_a_closer_spelling() {
        // "ke_hoach" folds to "ke-hoach" exactly, though "ke-hoach2" would
        // score too.
        assert_eq!(nearest("ke_hoach", ["ke-hoach2", "ke-hoach"]), Some("ke-hoach"));
    }
}
