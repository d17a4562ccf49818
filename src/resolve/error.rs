//! The wording of every check `resolve` makes (`plan-format.md`, "Checks
//! every build makes"), in one place.

use chrono::NaiveDate;

use crate::diag::Diagnostic;
use crate::model::Period;
use crate::source::Span;
use crate::vi::dates::short_date;

pub(crate) fn unknown_reference(span: Span, id: &str, known: &[&str]) -> Diagnostic {
    let help = match crate::suggest::nearest(id, known.iter().copied()) {
        Some(best) => format!(
            "did you mean `{{{best}}}`? Define `{id}` under `directives` or `anniversaries` if it is new"
        ),
        None if known.is_empty() => {
            format!("define `{id}` under `directives` or `anniversaries`")
        }
        None if known.len() <= 10 => format!("known ids: {}", known.join(", ")),
        None => format!(
            "known ids: {}, and {} more",
            known[..10].join(", "),
            known.len() - 10
        ),
    };
    Diagnostic::error(
        "plan::unknown_reference",
        span,
        format!("unknown reference `{{{id}}}`"),
    )
    .with_label("not defined")
    .with_help(help)
}

pub(crate) fn unknown_form(span: Span, form: &str, is_directive: bool) -> Diagnostic {
    let forms = if is_directive { "dated, short, full" } else { "years" };
    Diagnostic::error(
        "plan::unknown_reference_form",
        span,
        format!("unknown reference form `:{form}`"),
    )
    .with_label("not a form of this reference")
    .with_help(format!("this reference takes no form or one of: {forms}"))
}

pub(crate) fn full_without_about(span: Span, id: &str) -> Diagnostic {
    Diagnostic::error(
        "plan::full_without_about",
        span,
        format!("`{{{id}:full}}` needs an `about`"),
    )
    .with_label("this directive has no `about`")
    .with_help(format!("add `about:` to directive `{id}`, or write `{{{id}}}`"))
}

pub(crate) fn malformed_reference(span: Span, message: &str, help: &str) -> Diagnostic {
    Diagnostic::error("plan::malformed_reference", span, message)
        .with_label("not a valid reference")
        .with_help(help)
}

/// `plan::nested_footnote`: a `^[…]` inside a footnote; the wording comes
/// from `model::text`.
pub(crate) fn nested_footnote(span: Span, message: &str, help: &str) -> Diagnostic {
    Diagnostic::error("plan::nested_footnote", span, message)
        .with_label("chú thích lồng trong chú thích")
        .with_help(help)
}

/// `plan::unclosed_footnote`: a `^[` with no matching `]`.
pub(crate) fn unclosed_footnote(span: Span, message: &str, help: &str) -> Diagnostic {
    Diagnostic::error("plan::unclosed_footnote", span, message)
        .with_label("chú thích mở ở đây")
        .with_help(help)
}

/// `plan::appendix_without_content`: an appendix with a title only.
pub(crate) fn appendix_without_content(span: Span) -> Diagnostic {
    Diagnostic::error("plan::appendix_without_content", span, "phụ lục không có nội dung")
        .with_label("phụ lục chỉ có tên")
        .with_help("thêm `intro`, `items`, `sections` hoặc `table` cho phụ lục, hoặc bỏ phụ lục này")
}

pub(crate) fn unused_definition(span: Span, id: &str, what: &str) -> Diagnostic {
    Diagnostic::warning(
        "plan::unused_definition",
        span,
        format!("{what} `{id}` is never referenced"),
    )
    .with_label("defined here")
    .with_help(format!("write `{{{id}}}` where the text mentions it, or remove it"))
}

pub(crate) fn anniversary_outside_period(
    span: Span,
    id: &str,
    period: Period,
) -> Diagnostic {
    Diagnostic::warning(
        "plan::anniversary_outside_period",
        span,
        format!("anniversary `{id}` falls outside the period {period}"),
    )
    .with_label("referenced here")
    .with_help(format!(
        "ngày kỷ niệm không thuộc {}: check the event date, or that the anniversary belongs in this period",
        crate::vi::period::phrase(period)
    ))
}

pub(crate) fn anniversary_not_positive(
    span: Span,
    id: &str,
    years: i64,
    year: i32,
) -> Diagnostic {
    Diagnostic::error(
        "plan::anniversary_not_positive",
        span,
        format!("anniversary `{id}` counts {years} years"),
    )
    .with_label("the event is not before the plan's year")
    .with_help(format!(
        "không thể kỷ niệm {years} năm: an anniversary count must be at least 1; \
         the event's date must be in a year before {year}"
    ))
}

pub(crate) fn date_after_period(span: Span, period: Period) -> Diagnostic {
    Diagnostic::warning(
        "plan::date_after_period",
        span,
        format!("the document is dated after the end of its period {period}"),
    )
    .with_label("after the period")
    .with_help("a program is usually signed before or early in its period: check `date` and `period`")
}

pub(crate) fn date_long_before_period(span: Span, period: Period) -> Diagnostic {
    Diagnostic::warning(
        "plan::date_long_before_period",
        span,
        format!(
            "the document is dated more than 60 days before its period {period} starts"
        ),
    )
    .with_label("long before the period")
    .with_help("check `date` and `period`: was last year's date left in?")
}

pub(crate) fn directive_after_document(
    span: Span,
    id: &str,
    date: NaiveDate,
) -> Diagnostic {
    Diagnostic::warning(
        "plan::directive_after_document",
        span,
        format!("directive `{id}` is dated after the document ({})", short_date(date)),
    )
    .with_label("later than the document's date")
    .with_help("a document cannot cite a later one: check the directive's date")
}

pub(crate) fn meeting_outside_period(
    span: Span,
    date: NaiveDate,
    period: Period,
) -> Diagnostic {
    Diagnostic::error(
        "plan::meeting_outside_period",
        span,
        format!("the meeting is outside the period {period}"),
    )
    .with_label("not in the period")
    .with_help(format!(
        "ngày {} không thuộc {}: move the meeting into {} – {}, or into next period's plan",
        short_date(date),
        crate::vi::period::phrase(period),
        short_date(period.start()),
        short_date(period.end())
    ))
}

pub(crate) fn meeting_on_weekend(span: Span, date: NaiveDate, day: &str) -> Diagnostic {
    Diagnostic::warning(
        "plan::meeting_on_weekend",
        span,
        format!("the meeting falls on a weekend ({day})"),
    )
    .with_label("a weekend day")
    .with_help(format!(
        "ngày {} là {day}: check the date, meetings are usually on working days",
        short_date(date)
    ))
}

pub(crate) fn empty_section(span: Span) -> Diagnostic {
    Diagnostic::error("plan::empty_section", span, "the section is empty")
        .with_label("no intro, items or sections")
        .with_help("give the section an `intro`, `items` or `sections`, or remove it")
}

pub(crate) fn empty_sections(span: Span) -> Diagnostic {
    Diagnostic::error("plan::empty_section", span, "`sections` is empty")
        .with_label("no section")
        .with_help("a program needs at least one section with its tasks")
}

pub(crate) fn empty_meetings(span: Span) -> Diagnostic {
    Diagnostic::error("plan::empty_meetings", span, "`meetings` has no meeting")
        .with_label("no items and no note")
        .with_help("list the meetings under `items`, add a `note` such as \"Lịch họp thông báo sau\", or remove `meetings`")
}

pub(crate) fn empty_recipients(span: Span) -> Diagnostic {
    Diagnostic::error("plan::empty_recipients", span, "`recipients` is empty")
        .with_label("no recipient")
        .with_help(
            "list who receives the document (Nơi nhận), e.g. `- Các chi bộ trực thuộc`",
        )
}

pub(crate) fn rules_style_mismatch(span: Span, rules: &str, style: &str) -> Diagnostic {
    let fits = if style == "dang" { "`hd36-2018` or `hd05-2026`" } else { "`nd30-2020`" };
    Diagnostic::error(
        "plan::rules_style_mismatch",
        span,
        format!("rules `{rules}` do not apply to `style: {style}`"),
    )
    .with_label("other family's rules")
    .with_help(format!("for `style: {style}` use {fits}, or leave `rules` out"))
}

pub(crate) fn party_deputy(span: Span) -> Diagnostic {
    Diagnostic::warning("plan::party_deputy_for", span, "a Party committee signs as the collective, not K/T")
        .with_label("K/T on a Party document")
        .with_help("a cấp ủy always signs T/M (on_behalf), even when a deputy signs (format-rules.md §1.3); K/T is for advisory bodies (ban, văn phòng)")
}

pub(crate) fn party_by_authority(span: Span) -> Diagnostic {
    Diagnostic::error("plan::by_authority_of_party", span, "`by_authority_of` (TUQ.) is for state documents only")
        .with_label("not a Party signature form")
        .with_help("Party documents sign T/M, K/T or T/L: use `on_behalf`, `deputy_for` or `by_order_of`")
}

pub(crate) fn text_too_large(span: Span, limit: usize) -> Diagnostic {
    Diagnostic::error(
        "plan::too_large",
        span,
        format!(
            "the plan's text passes {} with its references expanded",
            crate::source::size_text(limit)
        ),
    )
    .with_label("the limit is passed here")
    .with_help(
        "a plan prints a few dozen KiB; check for a reference repeated many times, \
         or a very long `about`",
    )
}

/// A recipient typed as the archive line ("Lưu: VT") or as a label ("Bản
/// điện tử:"), which the tool prints itself (`plan-format-v2.md` §2.5).
pub(crate) fn recipient_looks_like_archive(span: Span, label: bool) -> Diagnostic {
    let (message, label_text, help) = if label {
        (
            "nơi nhận này trông như một nhãn (kết thúc bằng dấu hai chấm)",
            "một nhãn, không phải nơi nhận",
            "nhãn \"Bản điện tử:\" do công cụ tự in: ghi các nơi nhận bản điện tử vào \
             `electronic_recipients`, mỗi nơi một dòng, và bỏ dòng này khỏi `recipients`",
        )
    } else {
        (
            "nơi nhận này trông như dòng \"Lưu\"",
            "dòng lưu, không phải nơi nhận",
            "dòng \"Lưu\" do công cụ tự in ở cuối nơi nhận: ghi phần sau chữ \"Lưu\" vào \
             `archive` (`archive: VT`) và bỏ dòng này khỏi `recipients`; nơi nhận bản điện \
             tử thì ghi vào `electronic_recipients`",
        )
    };
    Diagnostic::warning(RECIPIENT_LOOKS_LIKE_ARCHIVE, span, message)
        .with_label(label_text)
        .with_help(help)
}

/// The code of [`recipient_looks_like_archive`].
pub(crate) const RECIPIENT_LOOKS_LIKE_ARCHIVE: &str =
    "plan::recipient_looks_like_archive";
