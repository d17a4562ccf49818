//! Lines of the Word file measured in the embedded font (`crate::metrics`):
//! the rules under the headings are as long as the text above them, and
//! Word draws a rule as a paragraph border whose length is fixed when the
//! file is written; long names break into lines of even length.

pub(crate) use crate::metrics::width;
use crate::vi::word_groups::{self, Groups};

/// How many lines `text` takes when wrapped word by word at `limit` points
/// (at least one; a line feed starts a line): an estimate of a paragraph's
/// height where Word, not this module, breaks the lines.
pub(crate) fn line_count(text: &str, size: f64, bold: bool, limit: f64) -> usize {
    text.split('\n')
        .map(|line| {
            let mut count = 1;
            let mut used = 0.0;
            for word in line.split(' ') {
                let w = width(&format!("{word} "), size, bold, false);
                if used > 0.0 && used + w > limit {
                    count += 1;
                    used = 0.0;
                }
                used += w;
            }
            count
        })
        .sum()
}

/// `text` broken into lines of even length when it is wider than `limit`
/// points, as a clerk breaks a long body name by hand ("ỦY BAN NHÂN DÂN /
/// PHƯỜNG MỸ ĐỘ", not "ỦY BAN NHÂN DÂN PHƯỜNG MỸ / ĐỘ"): the same number of
/// lines as plain wrapping gives, each as short as it can be
/// (`templates/parts/balance.typ`, [P]). Returns the text with line feeds
/// at the breaks and the width of its widest line. Line feeds of the text's
/// own stay; when one of its lines is too wide, every line is wrapped at
/// the narrowest width that keeps the count of lines, as `balance.typ`
/// narrows the block of a whole paragraph (a `|` summary of two long lines
/// prints as four even lines, not "… và kỷ" / "niệm 98 năm").
pub(crate) fn balance(text: &str, size: f64, bold: bool, limit: f64) -> (String, f64) {
    balance_styled(text, size, bold, false, limit)
}

/// [`balance`] breaking only between the word `groups` of `text` (the
/// view's, [`word_groups`]; format-rules.md §3.3), as
/// `words.typ` `grouped-line` in the PDF: "ĐẢNG BỘ" / "THÀNH PHỐ HỒ CHÍ
/// MINH", never "ĐẢNG BỘ THÀNH" / "PHỐ HỒ CHÍ MINH"; a place broken
/// between its unit and its name only when whole it would take one line
/// more. The lines hold plain spaces.
pub(crate) fn balance_grouped(
    text: &str,
    groups: Option<&Groups>,
    size: f64,
    bold: bool,
    limit: f64,
) -> (String, f64) {
    let groups = word_groups::spelling(text, groups);
    let fits = |s: &str| width(s, size, bold, false) <= limit;
    let coarse = balance(&word_groups::glued(&groups, true, fits), size, bold, limit);
    let fine = balance(&word_groups::glued(&groups, false, fits), size, bold, limit);
    // Places kept whole unless that takes one line more.
    let (lines, widest) =
        if coarse.0.lines().count() <= fine.0.lines().count() { coarse } else { fine };
    (lines.replace('\u{a0}', " "), widest)
}

/// [`balance`] for text in the given style: italic text (an appendix's
/// reference line) is measured with the italic face, as the PDF measures it.
pub(crate) fn balance_styled(
    text: &str,
    size: f64,
    bold: bool,
    italic: bool,
    limit: f64,
) -> (String, f64) {
    let measure = |s: &str| width(s, size, bold, italic);
    let natural = text.split('\n').map(measure).fold(0.0, f64::max);
    if natural <= limit {
        return (text.to_owned(), natural);
    }
    // Greedy wrapping of each of the text's own lines at `w`: the lines.
    let wrap = |w: f64| -> Vec<String> {
        let mut lines: Vec<String> = Vec::new();
        for own in text.split('\n') {
            let start = lines.len();
            for word in own.split(' ') {
                let fits = lines.len() > start
                    && lines.last().is_some_and(|l| measure(&format!("{l} {word}")) <= w);
                match lines.last_mut() {
                    Some(line) if fits => {
                        line.push(' ');
                        line.push_str(word);
                    }
                    _ => lines.push(word.to_owned()),
                }
            }
        }
        lines
    };
    let count = wrap(limit).len();
    let own = text.split('\n').count();
    let (mut lo, mut hi) = (natural * own as f64 / count as f64, limit);
    for _ in 0..24 {
        let mid = (lo + hi) / 2.0;
        if wrap(mid).len() <= count { hi = mid } else { lo = mid }
    }
    let lines = wrap(hi);
    let widest = lines.iter().map(|l| measure(l)).fold(0.0, f64::max);
    (lines.join("\n"), widest)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::docx::values::MM;

    /// The widths of `format-rules.md` §5.
    #[test]
    fn matches_the_measured_widths() {
        let cases = [
            ("ĐẢNG CỘNG SẢN VIỆT NAM", 15.0, true, false, 72.9),
            ("Độc lập - Tự do - Hạnh phúc", 13.0, true, false, 56.1),
            ("ĐẢNG ỦY PHƯỜNG MỸ ĐỘ", 14.0, true, false, 64.3),
            ("Mỹ Độ, ngày 02 tháng 5 năm 2024", 14.0, false, true, 68.9),
            ("Số 45-CTr/ĐU", 14.0, false, false, 29.5),
        ];
        for (text, size, bold, italic, mm) in cases {
            let got = width(text, size, bold, italic) / MM;
            assert!((got - mm).abs() < 0.3, "{text}: {got:.1} mm, expected {mm} mm");
        }
    }

    #[test]
    fn long_names_break_into_even_lines() {
        let (text, widest) =
            balance("ỦY BAN NHÂN DÂN PHƯỜNG MỸ ĐỘ", 12.0, true, 70.0 * MM);
        assert_eq!(text, "ỦY BAN NHÂN DÂN\nPHƯỜNG MỸ ĐỘ");
        assert!(widest < 40.0 * MM);
        let (text, _) = balance("ĐẢNG ỦY PHƯỜNG MỸ ĐỘ", 14.0, true, 85.0 * MM);
        assert_eq!(text, "ĐẢNG ỦY PHƯỜNG MỸ ĐỘ");
    }

    /// A text broken by its author whose lines are too wide: each line
    /// wraps at the one narrow width, as the PDF's balanced block.
    #[test]
    fn own_lines_too_wide_break_into_even_lines() {
        let summary = "Tổ chức các hoạt động mừng Đảng, mừng Xuân Mậu Thân năm 2028 và kỷ \
                       niệm 98 năm\nNgày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - \
                       03/02/2028) trên địa bàn đặc khu";
        let (text, widest) = balance(summary, 14.0, true, 165.0 * MM);
        assert_eq!(
            text,
            "Tổ chức các hoạt động mừng Đảng, mừng\n\
             Xuân Mậu Thân năm 2028 và kỷ niệm 98 năm\n\
             Ngày thành lập Đảng Cộng sản Việt Nam\n\
             (03/02/1930 - 03/02/2028) trên địa bàn đặc khu"
        );
        assert!(widest < 110.0 * MM, "{widest}");
        // Own lines that fit stay as they are.
        let (text, _) = balance("ỦY BAN NHÂN DÂN\nPHƯỜNG MỸ ĐỘ", 12.0, true, 70.0 * MM);
        assert_eq!(text, "ỦY BAN NHÂN DÂN\nPHƯỜNG MỸ ĐỘ");
    }
}
