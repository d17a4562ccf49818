//! Signature lines: the tool writes the signing forms ("T/M", "K/T", "T/L"
//! in Party documents, `format-rules.md` §1.3; "TM.", "KT.", "TL.", "TUQ."
//! in state ones, §2.3) and "Q." for an acting head, so a form the author
//! typed in front of the body or title is dropped, as the recipients' dashes
//! are: a clerk copying "TM. Thường trực HĐND" from last year's document
//! gets "TM. THƯỜNG TRỰC HĐND", not "TM. TM. THƯỜNG TRỰC HĐND".

/// The forms the author may have typed: the Party (slash) and state (dot)
/// signing forms, either family whatever the document's style, since a
/// form of the other family is as much a duplicate.
const FORMS: [&str; 7] = ["T/M", "K/T", "T/L", "TM.", "KT.", "TL.", "TUQ."];

/// `text` without one signing form typed at its start: "T/M Đảng ủy",
/// "TM. Ủy ban nhân dân", "KT.Chủ tịch", "k/t Trưởng ban" → "Đảng ủy",
/// "Ủy ban nhân dân", "Chủ tịch", "Trưởng ban". A slash form may carry a
/// dot ("T/M. Đảng ủy"). A form is only dropped when text follows it, and
/// a word that merely starts with the letters stays ("TMS", "Kt").
pub(crate) fn strip_authority(text: &str) -> &str {
    FORMS.iter().find_map(|form| strip_form(text, form)).unwrap_or(text)
}

/// `title` without an "Q." the author typed, for an acting signer whose
/// "Q. " the tool prints: "Q. Giám đốc" → "Giám đốc".
pub(crate) fn strip_acting(title: &str) -> &str {
    strip_form(title, "Q.").unwrap_or(title)
}

/// The text after `form` (compared without regard to ASCII case), an
/// optional "." after a slash form and white space, when text follows.
/// A dot form may be followed by the text directly ("KT.Chủ tịch").
fn strip_form<'a>(text: &'a str, form: &str) -> Option<&'a str> {
    let head = text.get(..form.len())?;
    if !head.eq_ignore_ascii_case(form) {
        return None;
    }
    let mut rest = &text[form.len()..];
    if !form.ends_with('.') {
        rest = rest.strip_prefix('.').unwrap_or(rest);
        if !rest.starts_with(char::is_whitespace) {
            return None;
        }
    }
    let rest = rest.trim_start();
    (!rest.is_empty()).then_some(rest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_forms_are_dropped() {
        for (typed, kept) in [
            ("T/M Đảng ủy", "Đảng ủy"),
            ("T/M. Ủy ban Kiểm tra", "Ủy ban Kiểm tra"),
            ("TM. Thường trực HĐND", "Thường trực HĐND"),
            ("KT.Chủ tịch", "Chủ tịch"),
            ("k/t Trưởng ban", "Trưởng ban"),
            ("TL. Chủ tịch", "Chủ tịch"),
            ("T/L Ban Thường vụ", "Ban Thường vụ"),
            ("TUQ. Giám đốc", "Giám đốc"),
            ("TM.\nThường trực\nHĐND", "Thường trực\nHĐND"),
        ] {
            assert_eq!(strip_authority(typed), kept, "{typed:?}");
        }
    }

    #[test]
    fn names_that_only_look_like_forms_stay() {
        for text in
            ["Đảng ủy", "TMS Group", "Kt hạ tầng", "T/M", "TM.", "K/TX", "Ban T/M"]
        {
            assert_eq!(strip_authority(text), text, "{text:?}");
        }
    }

    #[test]
    fn an_acting_title_loses_a_typed_q() {
        assert_eq!(strip_acting("Q. Giám đốc"), "Giám đốc");
        assert_eq!(strip_acting("q.Trưởng ban"), "Trưởng ban");
        assert_eq!(strip_acting("Giám đốc"), "Giám đốc");
        assert_eq!(strip_acting("Quản đốc"), "Quản đốc");
    }
}
