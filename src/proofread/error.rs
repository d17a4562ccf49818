//! The wording of every text check, in one place. Messages and help are in
//! Vietnamese; marks are quoted with “ ” and keys and `{id}` with backticks.

use crate::diag::Diagnostic;
use crate::model::Spelling;
use crate::source::Span;

/// `plan::unbalanced_bracket`: "(" or "[" never closed in its paragraph.
pub(crate) fn unclosed_bracket(span: Span, open: char, close: char) -> Diagnostic {
    Diagnostic::warning(
        UNBALANCED_BRACKET,
        span,
        format!("dấu ngoặc “{open}” mở ở đây nhưng không đóng trong đoạn này"),
    )
    .with_label("mở ở đây")
    .with_help(format!("thêm “{close}” vào cuối ý, hoặc bỏ “{open}”"))
}

/// `plan::unbalanced_bracket`: ")" or "]" with no opening mark before it.
pub(crate) fn stray_bracket(span: Span, open: char, close: char) -> Diagnostic {
    Diagnostic::warning(
        UNBALANCED_BRACKET,
        span,
        format!(
            "dấu ngoặc “{close}” đóng nhưng không có “{open}” mở trước nó trong đoạn này"
        ),
    )
    .with_label("không có dấu mở")
    .with_help(format!("thêm “{open}” vào đầu ý, hoặc bỏ “{close}”"))
}

/// `plan::unbalanced_quote`: an opening quotation mark never closed.
pub(crate) fn unclosed_quote(span: Span, open: char, close: char) -> Diagnostic {
    Diagnostic::warning(
        UNBALANCED_QUOTE,
        span,
        format!("dấu ngoặc kép `{open}` mở ở đây nhưng không đóng trong đoạn này"),
    )
    .with_label("mở ở đây")
    .with_help(format!("thêm `{close}` vào cuối phần trích dẫn, hoặc bỏ `{open}`"))
}

/// `plan::unbalanced_quote`: a closing quotation mark with no opening one.
pub(crate) fn stray_quote(span: Span) -> Diagnostic {
    Diagnostic::warning(
        UNBALANCED_QUOTE,
        span,
        "dấu ngoặc kép `”` đóng nhưng không có `“` mở trước nó trong đoạn này",
    )
    .with_label("không có dấu mở")
    .with_help("thêm `“` vào đầu phần trích dẫn, hoặc bỏ `”`")
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
    let (this, other, key) = match found {
        Spelling::New => ("kiểu mới", "kiểu cũ", "old"),
        Spelling::Old => ("kiểu cũ", "kiểu mới", "new"),
    };
    let (message, help) = if chosen {
        (
            format!(
                "“{word}” đặt dấu thanh {this}, khác với `spelling: {key}` ({other})"
            ),
            format!("viết “{fix}”"),
        )
    } else {
        (
            format!(
                "“{word}” đặt dấu thanh {this}, trong khi văn bản đặt dấu {other} ở {others} chỗ"
            ),
            format!(
                "viết “{fix}” cho thống nhất, hoặc chọn một cách bằng `spelling: old` \
                 (hòa, thủy) hay `spelling: new` (hoà, thuỷ)"
            ),
        )
    };
    Diagnostic::warning(MIXED_TONE_MARKS, span, message)
        .with_label(format!("dấu {this}"))
        .with_help(help)
}

/// `plan::repeated_word`: "các các".
pub(crate) fn repeated_word(span: Span, word: &str) -> Diagnostic {
    Diagnostic::warning(
        REPEATED_WORD,
        span,
        format!("chữ “{word}” lặp lại hai lần liền nhau"),
    )
    .with_label("lặp lại")
    .with_help(format!("bỏ một chữ “{word}”"))
}

/// `plan::double_space`: two or more spaces between words.
pub(crate) fn double_space(span: Span, count: usize) -> Diagnostic {
    Diagnostic::warning(DOUBLE_SPACE, span, format!("có {count} dấu cách liền nhau"))
        .with_label("thừa dấu cách")
        .with_help("giữa hai chữ chỉ để một dấu cách")
}

/// `plan::space_before_punctuation`: "đảng viên ," .
pub(crate) fn space_before_punctuation(span: Span, mark: char) -> Diagnostic {
    Diagnostic::warning(
        SPACE_BEFORE_PUNCTUATION,
        span,
        format!("có dấu cách trước “{mark}”"),
    )
    .with_label("dấu cách thừa")
    .with_help(format!("bỏ dấu cách, viết “{mark}” liền sau chữ đứng trước"))
}

/// `plan::missing_space_after_punctuation`: "cán bộ,đảng viên".
pub(crate) fn missing_space_after_punctuation(span: Span, mark: char) -> Diagnostic {
    Diagnostic::warning(
        MISSING_SPACE_AFTER_PUNCTUATION,
        span,
        format!("thiếu dấu cách sau “{mark}”"),
    )
    .with_label("thiếu dấu cách")
    .with_help(format!("thêm một dấu cách sau “{mark}”"))
}

/// `plan::directive_as_text`: a defined directive's number typed out.
pub(crate) fn directive_as_text(span: Span, number: &str, id: &str) -> Diagnostic {
    Diagnostic::warning(
        DIRECTIVE_AS_TEXT,
        span,
        format!(
            "“{number}” là số của văn bản `{id}` đã khai báo nhưng được gõ thành chữ"
        ),
    )
    .with_label(format!("văn bản `{id}`"))
    .with_help(format!(
        "thay cả cụm trích dẫn văn bản này (loại, số, ngày, cơ quan) bằng `{{{id}}}` để \
         công cụ in cho thống nhất"
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
        DIRECTIVE_NUMBER_MISMATCH,
        span,
        format!("“{typed}” chỉ khác số của văn bản `{id}` ({number}) ở phần sau dấu “/”"),
    )
    .with_label(format!("có phải {number}?"))
    .with_help(format!(
        "nếu đây là văn bản `{id}`, sửa thành “{number}” hoặc viết `{{{id}}}`; nếu là \
         văn bản khác, khai báo nó trong `directives`"
    ))
}

/// `plan::common_misspelling`: an entry of `misspellings.txt`.
pub(crate) fn common_misspelling(span: Span, typed: &str, right: &str) -> Diagnostic {
    Diagnostic::warning(
        COMMON_MISSPELLING,
        span,
        format!("“{typed}” là lỗi chính tả thường gặp"),
    )
    .with_label("viết sai")
    .with_help(format!("viết “{right}”"))
}

/// `plan::invalid_syllable`: a word no Vietnamese syllable can be.
pub(crate) fn invalid_syllable(
    span: Span,
    word: &str,
    reason: &str,
    fix: Option<&str>,
) -> Diagnostic {
    let help = match fix {
        Some(fix) => format!(
            "có phải “{fix}”? Nếu “{word}” là từ nước ngoài hay tên riêng, thêm nó vào `words:`"
        ),
        None => format!(
            "kiểm tra lỗi gõ; nếu “{word}” là từ nước ngoài hay tên riêng, thêm nó vào `words:`"
        ),
    };
    Diagnostic::warning(
        INVALID_SYLLABLE,
        span,
        format!("“{word}” không phải là một âm tiết tiếng Việt"),
    )
    .with_label(reason)
    .with_help(help)
}

/// `plan::unknown_allow`: an entry of `allow` that names no warning.
pub(crate) fn unknown_allow(span: Span, code: &str, nearest: Option<&str>) -> Diagnostic {
    let help = match nearest {
        Some(best) => format!("có phải `{best}`?"),
        None => format!(
            "chỉ bỏ qua được các cảnh báo: {}",
            super::ALLOWABLE.map(|c| c.trim_start_matches("plan::")).join(", ")
        ),
    };
    Diagnostic::error(
        "plan::unknown_allow",
        span,
        format!("`{code}` không phải là mã của một cảnh báo"),
    )
    .with_label("không có cảnh báo này")
    .with_help(help)
}

pub(crate) const UNBALANCED_BRACKET: &str = "plan::unbalanced_bracket";
pub(crate) const UNBALANCED_QUOTE: &str = "plan::unbalanced_quote";
pub(crate) const MIXED_TONE_MARKS: &str = "plan::mixed_tone_marks";
pub(crate) const REPEATED_WORD: &str = "plan::repeated_word";
pub(crate) const DOUBLE_SPACE: &str = "plan::double_space";
pub(crate) const SPACE_BEFORE_PUNCTUATION: &str = "plan::space_before_punctuation";
pub(crate) const MISSING_SPACE_AFTER_PUNCTUATION: &str =
    "plan::missing_space_after_punctuation";
pub(crate) const DIRECTIVE_AS_TEXT: &str = "plan::directive_as_text";
pub(crate) const DIRECTIVE_NUMBER_MISMATCH: &str = "plan::directive_number_mismatch";
pub(crate) const COMMON_MISSPELLING: &str = "plan::common_misspelling";
pub(crate) const INVALID_SYLLABLE: &str = "plan::invalid_syllable";
