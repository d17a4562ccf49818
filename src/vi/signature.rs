//! Signature lines: the tool writes the signing forms ("T/M", "K/T", "T/L"
//! in Party documents, `format-rules.md` §1.3; "TM.", "KT.", "TL.", "TUQ."
//! in state ones, §2.3) and "Q." for an acting head, so a form the author
//! typed in front of the body or title is dropped, as the recipients' dashes
//! are: a clerk copying "TM. Thường trực HĐND" from last year's document
//! gets "TM. THƯỜNG TRỰC HĐND", not "TM. TM. THƯỜNG TRỰC HĐND".

/// The forms of `on_behalf` ("thay mặt"), in the Party (slash) and state
/// (dot) spelling: either family whatever the document's style, since the
/// other family's spelling is as much a duplicate.
pub(crate) const ON_BEHALF: &[&str] = &["T/M", "TM."];
/// The forms of `deputy_for` ("ký thay").
pub(crate) const DEPUTY_FOR: &[&str] = &["K/T", "KT."];
/// The forms of `by_order_of` ("thừa lệnh").
pub(crate) const BY_ORDER_OF: &[&str] = &["T/L", "TL."];
/// The form of `by_authority_of` ("thừa ủy quyền").
pub(crate) const BY_AUTHORITY_OF: &[&str] = &["TUQ."];

/// `text` without one of `forms` typed at its start, the forms of the key
/// it was typed in: with [`ON_BEHALF`], "T/M Đảng ủy", "TM. Ủy ban nhân
/// dân" → "Đảng ủy", "Ủy ban nhân dân"; with [`DEPUTY_FOR`], "KT.Chủ tịch",
/// "k/t Trưởng ban" → "Chủ tịch", "Trưởng ban". A slash form may carry a
/// dot ("T/M. Đảng ủy"). A form is only dropped when text follows it, and
/// a word that merely starts with the letters stays ("TMS", "Kt"). The
/// form of another key stays too ("KT. Chủ tịch" typed in `on_behalf`):
/// dropping it would print a signature with another meaning that looks
/// right; kept, it shows.
pub(crate) fn strip_authority<'a>(text: &'a str, forms: &[&str]) -> &'a str {
    forms.iter().find_map(|form| strip_form(text, form)).unwrap_or(text)
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
        for (typed, forms, kept) in [
            ("T/M Đảng ủy", ON_BEHALF, "Đảng ủy"),
            ("T/M. Ủy ban Kiểm tra", ON_BEHALF, "Ủy ban Kiểm tra"),
            ("TM. Thường trực HĐND", ON_BEHALF, "Thường trực HĐND"),
            ("KT.Chủ tịch", DEPUTY_FOR, "Chủ tịch"),
            ("k/t Trưởng ban", DEPUTY_FOR, "Trưởng ban"),
            ("TL. Chủ tịch", BY_ORDER_OF, "Chủ tịch"),
            ("T/L Ban Thường vụ", BY_ORDER_OF, "Ban Thường vụ"),
            ("TUQ. Giám đốc", BY_AUTHORITY_OF, "Giám đốc"),
            ("TM.\nThường trực\nHĐND", ON_BEHALF, "Thường trực\nHĐND"),
        ] {
            assert_eq!(strip_authority(typed, forms), kept, "{typed:?}");
        }
    }

    #[test]
    fn names_that_only_look_like_forms_stay() {
        for text in
            ["Đảng ủy", "TMS Group", "Kt hạ tầng", "T/M", "TM.", "K/TX", "Ban T/M"]
        {
            assert_eq!(strip_authority(text, ON_BEHALF), text, "{text:?}");
            assert_eq!(strip_authority(text, DEPUTY_FOR), text, "{text:?}");
        }
    }

    #[test]
    fn the_form_of_another_key_stays() {
        for (typed, forms) in [
            ("KT. Chủ tịch", ON_BEHALF),
            ("T/M Đảng ủy", DEPUTY_FOR),
            ("TUQ. Giám đốc", BY_ORDER_OF),
            ("TL. Chủ tịch", BY_AUTHORITY_OF),
        ] {
            assert_eq!(strip_authority(typed, forms), typed, "{typed:?}");
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
