//! The wording of every text check, in one place, in Vietnamese and English
//! ([`crate::lang`]); marks are quoted with “ ” and keys and `{id}` with
//! backticks.

use crate::codes::Code;
use crate::diag::Diagnostic;
use crate::lang::t;
use crate::model::Spelling;
use crate::source::Span;

/// `plan::missing_glyph`: characters the document's font has no glyph
/// for; the PDF prints an empty space in their place. One warning per
/// text, at the first of them, naming the distinct ones (`chars`, and
/// `more` not named): "phông chữ của văn bản không có ký tự “✓” (U+2713):
/// bản PDF in nó thành khoảng trống", or for a line of Chinese "phông chữ
/// của văn bản không có 12 ký tự của đoạn này: “为”, “人”, “民”, “服”, “务”,
/// “全”, “心”, “意” và 4 ký tự khác; bản PDF in chúng thành khoảng trống".
pub(crate) fn missing_glyph(span: Span, chars: &[char], more: usize) -> Diagnostic {
    let message = match chars {
        [c] if more == 0 => {
            let code = format!("U+{:04X}", u32::from(*c));
            t(
                format!(
                    "phông chữ của văn bản không có ký tự “{c}” ({code}): bản PDF in nó thành khoảng trống"
                ),
                format!(
                    "the document's font has no “{c}” ({code}): the PDF prints an empty space instead"
                ),
            )
        }
        _ => {
            let count = chars.len() + more;
            let listed =
                chars.iter().map(|c| format!("“{c}”")).collect::<Vec<_>>().join(", ");
            let (rest_vi, rest_en) = if more == 0 {
                (String::new(), String::new())
            } else {
                (format!(" và {more} ký tự khác"), format!(" and {more} more"))
            };
            t(
                format!(
                    "phông chữ của văn bản không có {count} ký tự của đoạn này: {listed}{rest_vi}; bản PDF in chúng thành khoảng trống"
                ),
                format!(
                    "the document's font has no glyph for {count} characters of this text: {listed}{rest_en}; the PDF prints empty spaces instead"
                ),
            )
        }
    };
    Diagnostic::warning(Code::MissingGlyph, span, message)
        .with_label(t("không in được", "cannot be printed"))
        .with_help(t(
            "thay bằng chữ hoặc dấu thường (như “-”, “+”, “x”) hoặc bỏ đi: biểu tượng, \
             emoji và chữ viết khác chữ Latinh (như chữ Hán) không có trong phông Times \
             New Roman của văn bản hành chính",
            "use a plain letter or mark instead (such as “-”, “+”, “x”), or remove it: \
             symbols, emoji and scripts other than Latin (such as Chinese) are not in the \
             Times New Roman font of official documents",
        ))
}

/// `plan::unbalanced_bracket`: "(" or "[" never closed in its paragraph.
pub(crate) fn unclosed_bracket(span: Span, open: char, close: char) -> Diagnostic {
    Diagnostic::warning(
        Code::UnbalancedBracket,
        span,
        t(
            format!("dấu ngoặc “{open}” mở ở đây nhưng không đóng trong đoạn này"),
            format!(
                "the bracket “{open}” opens here but is not closed in this paragraph"
            ),
        ),
    )
    .with_label(t("mở ở đây", "opens here"))
    .with_help(t(
        format!("thêm “{close}” vào cuối ý, hoặc bỏ “{open}”"),
        format!("add “{close}” at the end of the item, or remove “{open}”"),
    ))
}

/// `plan::unbalanced_bracket`: ")" or "]" with no opening mark before it.
pub(crate) fn stray_bracket(span: Span, open: char, close: char) -> Diagnostic {
    Diagnostic::warning(
        Code::UnbalancedBracket,
        span,
        t(
            format!(
                "dấu ngoặc “{close}” đóng nhưng không có “{open}” mở trước nó trong đoạn này"
            ),
            format!(
                "the bracket “{close}” closes but no “{open}” opens before it in this paragraph"
            ),
        ),
    )
    .with_label(t("không có dấu mở", "no opening mark"))
    .with_help(t(
        format!("thêm “{open}” vào đầu ý, hoặc bỏ “{close}”"),
        format!("add “{open}” at the start of the item, or remove “{close}”"),
    ))
}

/// `plan::unbalanced_quote`: an opening quotation mark never closed.
pub(crate) fn unclosed_quote(span: Span, open: char, close: char) -> Diagnostic {
    Diagnostic::warning(
        Code::UnbalancedQuote,
        span,
        t(
            format!("dấu ngoặc kép `{open}` mở ở đây nhưng không đóng trong đoạn này"),
            format!("the quotation mark `{open}` opens here but is not closed in this paragraph"),
        ),
    )
    .with_label(t("mở ở đây", "opens here"))
    .with_help(t(
        format!("thêm `{close}` vào cuối phần trích dẫn, hoặc bỏ `{open}`"),
        format!("add `{close}` at the end of the quotation, or remove `{open}`"),
    ))
}

/// `plan::unbalanced_quote`: a closing quotation mark with no opening one.
pub(crate) fn stray_quote(span: Span) -> Diagnostic {
    Diagnostic::warning(
        Code::UnbalancedQuote,
        span,
        t(
            "dấu ngoặc kép `”` đóng nhưng không có `“` mở trước nó trong đoạn này",
            "the quotation mark `”` closes but no `“` opens before it in this paragraph",
        ),
    )
    .with_label(t("không có dấu mở", "no opening mark"))
    .with_help(t(
        "thêm `“` vào đầu phần trích dẫn, hoặc bỏ `”`",
        "add `“` at the start of the quotation, or remove `”`",
    ))
}

/// `plan::mixed_tone_marks`: a word whose placement (`found`) is the
/// minority's, or not the one `spelling` chose; `others` counts the words
/// placed the other way.
pub(crate) fn mixed_tone_marks(
    span: Span,
    word: &str,
    fix: &str,
    found: Spelling,
    chosen: bool,
    others: usize,
) -> Diagnostic {
    let (this, other, this_en, other_en, key) = match found {
        Spelling::New => ("kiểu mới", "kiểu cũ", "the new way", "the old way", "old"),
        Spelling::Old => ("kiểu cũ", "kiểu mới", "the old way", "the new way", "new"),
    };
    let (message, help) = if chosen {
        (
            t(
                format!(
                    "“{word}” đặt dấu thanh {this}, khác với `spelling: {key}` ({other})"
                ),
                format!(
                    "“{word}” places its tone mark {this_en}, unlike `spelling: {key}` ({other_en})"
                ),
            ),
            t(format!("viết “{fix}”"), format!("write “{fix}”")),
        )
    } else {
        (
            t(
                format!(
                    "“{word}” đặt dấu thanh {this}, trong khi văn bản đặt dấu {other} ở {others} chỗ"
                ),
                format!(
                    "“{word}” places its tone mark {this_en}, while the document places it \
                     {other_en} in {others} places"
                ),
            ),
            t(
                format!(
                    "viết “{fix}” cho thống nhất, hoặc chọn một cách bằng `spelling: old` \
                     (hòa, thủy) hay `spelling: new` (hoà, thuỷ)"
                ),
                format!(
                    "write “{fix}” to be consistent, or choose one way with `spelling: old` \
                     (hòa, thủy) or `spelling: new` (hoà, thuỷ)"
                ),
            ),
        )
    };
    Diagnostic::warning(Code::MixedToneMarks, span, message)
        .with_label(t(format!("dấu {this}"), format!("tone mark {this_en}")))
        .with_help(help)
}

/// `plan::repeated_word`: "các các".
pub(crate) fn repeated_word(span: Span, word: &str) -> Diagnostic {
    Diagnostic::warning(
        Code::RepeatedWord,
        span,
        t(
            format!("chữ “{word}” lặp lại hai lần liền nhau"),
            format!("the word “{word}” is repeated"),
        ),
    )
    .with_label(t("lặp lại", "repeated"))
    .with_help(t(format!("bỏ một chữ “{word}”"), format!("remove one “{word}”")))
}

/// `plan::double_space`: two or more spaces between words.
pub(crate) fn double_space(span: Span, count: usize) -> Diagnostic {
    Diagnostic::warning(
        Code::DoubleSpace,
        span,
        t(format!("có {count} dấu cách liền nhau"), format!("{count} spaces in a row")),
    )
    .with_label(t("thừa dấu cách", "extra space"))
    .with_help(t("giữa hai chữ chỉ để một dấu cách", "leave one space between two words"))
}

/// `plan::soft_hyphen`: "quán\u{AD}triệt", a soft hyphen (U+00AD) where a
/// space belongs; the words print joined, "quántriệt".
pub(crate) fn soft_hyphen(span: Span, before: &str, after: &str) -> Diagnostic {
    Diagnostic::warning(
        Code::SoftHyphen,
        span,
        t(
            format!(
                "có dấu gạch nối mềm (U+00AD, không in ra) giữa “{before}” và “{after}”: \
                 hai chữ sẽ in dính liền “{before}{after}”"
            ),
            format!(
                "a soft hyphen (U+00AD, which prints nothing) between “{before}” and \
                 “{after}”: they print joined, “{before}{after}”"
            ),
        ),
    )
    .with_label(t("gạch nối mềm", "soft hyphen"))
    .with_help(t(
        format!(
            "thay nó bằng một dấu cách (“{before} {after}”); nếu đó là một chữ thì xóa nó"
        ),
        format!(
            "replace it with a space (“{before} {after}”); if it is one word, delete it"
        ),
    ))
}

/// `plan::space_before_punctuation`: "đảng viên ," .
pub(crate) fn space_before_punctuation(span: Span, mark: char) -> Diagnostic {
    Diagnostic::warning(
        Code::SpaceBeforePunctuation,
        span,
        t(format!("có dấu cách trước “{mark}”"), format!("a space before “{mark}”")),
    )
    .with_label(t("dấu cách thừa", "extra space"))
    .with_help(t(
        format!("bỏ dấu cách, viết “{mark}” liền sau chữ đứng trước"),
        format!("remove the space: write “{mark}” right after the word before it"),
    ))
}

/// `plan::missing_space_after_punctuation`: "cán bộ,đảng viên".
pub(crate) fn missing_space_after_punctuation(span: Span, mark: char) -> Diagnostic {
    Diagnostic::warning(
        Code::MissingSpaceAfterPunctuation,
        span,
        t(format!("thiếu dấu cách sau “{mark}”"), format!("no space after “{mark}”")),
    )
    .with_label(t("thiếu dấu cách", "missing space"))
    .with_help(t(
        format!("thêm một dấu cách sau “{mark}”"),
        format!("add a space after “{mark}”"),
    ))
}

/// `plan::directive_as_text`: a defined directive's number typed out.
pub(crate) fn directive_as_text(span: Span, number: &str, id: &str) -> Diagnostic {
    Diagnostic::warning(
        Code::DirectiveAsText,
        span,
        t(
            format!("“{number}” là số của văn bản `{id}` đã khai báo, nhưng được gõ tay thay vì viết bằng tham chiếu `{{{id}}}`"),
            format!("“{number}” is the number of the defined directive `{id}`, typed out"),
        ),
    )
    .with_label(t(format!("văn bản `{id}`"), format!("directive `{id}`")))
    .with_help(t(
        format!(
            "thay cả cụm trích dẫn văn bản này (loại, số, ngày, cơ quan) bằng `{{{id}}}` để \
             công cụ in cho thống nhất"
        ),
        format!(
            "replace the whole citation (type, number, date, issuer) with `{{{id}}}` so \
             that the tool prints it the same way everywhere"
        ),
    ))
}

/// `plan::directive_number_mismatch`: "05-CT/ĐU" where `05-CT/TW` is defined.
pub(crate) fn directive_number_mismatch(
    span: Span,
    typed: &str,
    id: &str,
    number: &str,
) -> Diagnostic {
    Diagnostic::warning(
        Code::DirectiveNumberMismatch,
        span,
        t(
            format!("“{typed}” chỉ khác số của văn bản `{id}` ({number}) ở phần sau dấu “/”"),
            format!(
                "“{typed}” differs from the number of directive `{id}` ({number}) only after the “/”"
            ),
        ),
    )
    .with_label(t(format!("có phải {number}?"), format!("{number}?")))
    .with_help(t(
        format!(
            "nếu đây là văn bản `{id}`, sửa thành “{number}” hoặc viết `{{{id}}}`; nếu là \
             văn bản khác, khai báo nó trong `directives`"
        ),
        format!(
            "if this is directive `{id}`, correct it to “{number}” or write `{{{id}}}`; if \
             it is another document, define it under `directives`"
        ),
    ))
}

/// `plan::common_misspelling`: an entry of `misspellings.txt`.
pub(crate) fn common_misspelling(span: Span, typed: &str, right: &str) -> Diagnostic {
    Diagnostic::warning(
        Code::CommonMisspelling,
        span,
        t(
            format!("“{typed}” là lỗi chính tả thường gặp"),
            format!("“{typed}” is a common misspelling"),
        ),
    )
    .with_label(t("viết sai", "misspelt"))
    .with_help(t(format!("viết “{right}”"), format!("write “{right}”")))
}

/// `plan::invalid_syllable`: a word no Vietnamese syllable can be; `reason`
/// says why, in Vietnamese (the English label is general).
pub(crate) fn invalid_syllable(
    span: Span,
    word: &str,
    reason: &str,
    fix: Option<&str>,
) -> Diagnostic {
    let help = match fix {
        Some(fix) => t(
            format!(
                "có phải “{fix}”? Nếu “{word}” là từ nước ngoài hay tên riêng, thêm nó vào `words:`"
            ),
            format!(
                "did you mean “{fix}”? If “{word}” is a foreign word or a name, add it to `words:`"
            ),
        ),
        None => t(
            format!(
                "kiểm tra lỗi gõ; nếu “{word}” là từ nước ngoài hay tên riêng, thêm nó vào `words:`"
            ),
            format!(
                "check for a typing mistake; if “{word}” is a foreign word or a name, add it \
                 to `words:`"
            ),
        ),
    };
    Diagnostic::warning(
        Code::InvalidSyllable,
        span,
        t(
            format!("“{word}” không phải là một âm tiết tiếng Việt"),
            format!("“{word}” cannot be a Vietnamese syllable"),
        ),
    )
    .with_label(t(reason, "not a Vietnamese syllable"))
    .with_help(help)
}

/// `plan::legacy_encoding`: a text typed in the legacy TCVN3 (ABC)
/// encoding; `typed` is its first such word, `word` that word read as
/// TCVN3, `whole` the whole text read so ("Chương trình công tác …").
pub(crate) fn legacy_encoding(
    span: Span,
    encoding: &str,
    typed: &str,
    word: &str,
    whole: &str,
) -> Diagnostic {
    // "TCVN3 (ABC)" is "TCVN3" in the help.
    let short = encoding.split(' ').next().unwrap_or(encoding);
    let line = whole.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut shown: String = line.chars().take(60).collect();
    if shown.len() < line.len() {
        shown.push('…');
    }
    Diagnostic::error(
        Code::LegacyEncoding,
        span,
        t(
            format!("“{typed}” là chữ gõ bằng bảng mã cũ {encoding}: in ra sẽ thành ký tự lạ"),
            format!("“{typed}” is typed in the legacy {encoding} encoding: it would print as gibberish"),
        ),
    )
    .with_label(t(format!("có phải “{word}”?"), format!("did you mean “{word}”?")))
    .with_help(t(
        format!(
            "gõ lại đoạn chữ này bằng bảng mã Unicode, hoặc chuyển mã nó từ {short} sang Unicode \
             (Unikey: \"Công cụ chuyển mã\"); đọc theo {short}, đoạn này là “{shown}”"
        ),
        format!(
            "type this text again in Unicode, or convert it from {short} to Unicode (Unikey's \
             converter); read as {short} it says “{shown}”"
        ),
    ))
}

/// `plan::unknown_allow`: an entry of `allow` that names no warning.
pub(crate) fn unknown_allow(span: Span, code: &str, nearest: Option<&str>) -> Diagnostic {
    let help = match nearest {
        Some(best) => t(format!("có phải `{best}`?"), format!("did you mean `{best}`?")),
        None => {
            let all = super::ALLOWABLE.map(|c| c.trim_start_matches("plan::")).join(", ");
            t(
                format!("chỉ bỏ qua được các cảnh báo: {all}"),
                format!("only these warnings can be allowed: {all}"),
            )
        }
    };
    Diagnostic::error(
        "plan::unknown_allow",
        span,
        t(
            format!("`{code}` không phải là mã của một cảnh báo"),
            format!("`{code}` is not the code of a warning"),
        ),
    )
    .with_label(t("không có cảnh báo này", "no such warning"))
    .with_help(help)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceId;

    /// Issue 11: every wording of this file, also those no fixture reaches
    /// (each branch), exists in both languages, worded differently. The
    /// syllable check's reason is Vietnamese only, by design: its English
    /// label is general.
    #[test]
    fn every_wording_exists_in_both_languages() {
        let span = Span::new(SourceId(0), 0, 0);
        let all = [
            unclosed_bracket(span, '(', ')'),
            missing_glyph(span, &['✓'], 0),
            missing_glyph(span, &['为', '人'], 3),
            stray_bracket(span, '(', ')'),
            unclosed_quote(span, '“', '”'),
            stray_quote(span),
            mixed_tone_marks(span, "xoá", "xóa", Spelling::New, false, 3),
            mixed_tone_marks(span, "xóa", "xoá", Spelling::Old, true, 3),
            repeated_word(span, "các"),
            double_space(span, 2),
            space_before_punctuation(span, ','),
            missing_space_after_punctuation(span, ','),
            directive_as_text(span, "05-CT/TW", "ct05"),
            directive_number_mismatch(span, "05-CT/ĐU", "ct05", "05-CT/TW"),
            common_misspelling(span, "đơn đốc", "đôn đốc"),
            invalid_syllable(span, "truờng", "lý do", Some("trường")),
            invalid_syllable(span, "truờng", "lý do", None),
            legacy_encoding(span, "TCVN3 (ABC)", "nh©n", "nhân", "nhân dân"),
            legacy_encoding(span, "VNI", "coâng", "công", "công tác"),
            soft_hyphen(span, "quán", "triệt"),
            unknown_allow(span, "plan::x", Some("plan::y")),
            unknown_allow(span, "plan::x", None),
        ];
        crate::diag::assert_worded_in_both_languages(&all);
    }
}
