//! Letters as numbers: "a", "b", … "đ", "e", "g" … in the Vietnamese letter
//! order (`plan-format.md`, "Numbering"), for `a)` and `A.` headings and
//! `letter` lists.

/// The order offices letter in: the Vietnamese alphabet without its
/// accented vowels, and without f, j, w, z, which it does not have.
const ORDER: [&str; 23] = [
    "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m", "n", "o", "p", "q", "r",
    "s", "t", "u", "v", "x", "y",
];

/// The `n`th letter (from 1), lower case: 1 → "a", 5 → "đ", 6 → "e",
/// 7 → "g", 23 → "y". Past "y" the letters double as a spreadsheet's
/// columns do: 24 → "aa", 25 → "ab", … 46 → "ay", 47 → "ba". 0 gives "".
pub(crate) fn letter(n: u32) -> String {
    let base = ORDER.len() as u32;
    let mut n = n;
    let mut out: Vec<&str> = Vec::new();
    while n > 0 {
        out.push(ORDER[((n - 1) % base) as usize]);
        n = (n - 1) / base;
    }
    out.reverse();
    out.concat()
}

/// The `n`th letter in upper case: 1 → "A", 5 → "Đ", 24 → "AA".
pub(crate) fn upper_letter(n: u32) -> String {
    super::words::upper(&letter(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vietnamese_order_skips_f_j_w_z() {
        let first: Vec<String> = (1..=23).map(letter).collect();
        assert_eq!(first.join(" "), "a b c d đ e g h i k l m n o p q r s t u v x y");
    }

    #[test]
    fn past_y_letters_double() {
        assert_eq!(letter(24), "aa");
        assert_eq!(letter(25), "ab");
        assert_eq!(letter(46), "ay");
        assert_eq!(letter(47), "ba");
        assert_eq!(letter(0), "");
    }

    #[test]
    fn upper_case_keeps_the_order() {
        assert_eq!(upper_letter(1), "A");
        assert_eq!(upper_letter(5), "Đ");
        assert_eq!(upper_letter(7), "G");
    }
}
