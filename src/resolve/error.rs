//! The wording of every check `resolve` makes
//! (`plan-format.md`, "Checks every build makes"), in one place, in
//! Vietnamese and English ([`crate::lang`], words in `docs/messages.md`).

use chrono::NaiveDate;

use crate::codes::Code;
use crate::diag::Diagnostic;
use crate::lang::{Text, t};
use crate::model::{Period, RuleSetId, YearMonth};
use crate::source::Span;
use crate::vi::dates::short_date;

pub(crate) fn unknown_reference(span: Span, id: &str, known: &[&str]) -> Diagnostic {
    let help = match crate::suggest::nearest(id, known.iter().copied()) {
        Some(best) => t(
            format!(
                "có phải `{{{best}}}`? Nếu là mã mới, định nghĩa `{id}` trong `directives` \
                 hoặc `anniversaries`"
            ),
            format!(
                "did you mean `{{{best}}}`? Define `{id}` under `directives` or `anniversaries` if it is new"
            ),
        ),
        None if known.is_empty() => t(
            format!("định nghĩa `{id}` trong `directives` hoặc `anniversaries`"),
            format!("define `{id}` under `directives` or `anniversaries`"),
        ),
        None if known.len() <= 10 => {
            let ids = known.join(", ");
            t(format!("các mã đã có: {ids}"), format!("known ids: {ids}"))
        }
        None => {
            let (ids, more) = (known[..10].join(", "), known.len() - 10);
            t(
                format!("các mã đã có: {ids} và {more} mã khác"),
                format!("known ids: {ids}, and {more} more"),
            )
        }
    };
    Diagnostic::error(
        Code::UnknownReference,
        span,
        t(
            format!("tham chiếu `{{{id}}}` chưa được định nghĩa"),
            format!("unknown reference `{{{id}}}`"),
        ),
    )
    .with_label(t("chưa định nghĩa", "not defined"))
    .with_help(help)
}

pub(crate) fn unknown_form(span: Span, form: &str, is_directive: bool) -> Diagnostic {
    let forms = if is_directive { "dated, short, full" } else { "years" };
    Diagnostic::error(
        Code::UnknownReferenceForm,
        span,
        t(
            format!("không có cách viết tham chiếu `:{form}`"),
            format!("unknown reference form `:{form}`"),
        ),
    )
    .with_label(t("tham chiếu này không có cách viết đó", "not a form of this reference"))
    .with_help(t(
        format!("tham chiếu này viết không kèm gì, hoặc kèm một trong: {forms}"),
        format!("this reference takes no form or one of: {forms}"),
    ))
}

pub(crate) fn full_without_about(span: Span, id: &str) -> Diagnostic {
    Diagnostic::error(
        Code::FullWithoutAbout,
        span,
        t(
            format!("`{{{id}:full}}` cần có `about`"),
            format!("`{{{id}:full}}` needs an `about`"),
        ),
    )
    .with_label(t(
        "văn bản chỉ đạo này không có `about` (trích yếu)",
        "this directive has no `about`",
    ))
    .with_help(t(
        format!("thêm `about:` cho văn bản chỉ đạo `{id}`, hoặc viết `{{{id}}}`"),
        format!("add `about:` to directive `{id}`, or write `{{{id}}}`"),
    ))
}

pub(crate) fn malformed_reference(span: Span, message: &Text, help: &Text) -> Diagnostic {
    Diagnostic::error(Code::MalformedReference, span, message.clone())
        .with_label(t("tham chiếu viết sai", "not a valid reference"))
        .with_help(help.clone())
}

/// `plan::nested_footnote`: a `^[…]` inside a footnote; the wording comes
/// from `model::text`.
pub(crate) fn nested_footnote(span: Span, message: &Text, help: &Text) -> Diagnostic {
    Diagnostic::error(Code::NestedFootnote, span, message.clone())
        .with_label(t("chú thích lồng trong chú thích", "a footnote inside a footnote"))
        .with_help(help.clone())
}

/// `plan::unclosed_footnote`: a `^[` with no matching `]`.
pub(crate) fn unclosed_footnote(span: Span, message: &Text, help: &Text) -> Diagnostic {
    Diagnostic::error(Code::UnclosedFootnote, span, message.clone())
        .with_label(t("chú thích mở ở đây", "the footnote opens here"))
        .with_help(help.clone())
}

/// `plan::empty_footnote`: a `^[]` with no words, which printed a note's
/// number and an empty note.
pub(crate) fn empty_footnote(span: Span, message: &Text, help: &Text) -> Diagnostic {
    Diagnostic::error(Code::EmptyFootnote, span, message.clone())
        .with_label(t("không có chữ", "no words"))
        .with_help(help.clone())
}

/// `plan::appendix_without_content`: an appendix with a title only.
pub(crate) fn appendix_without_content(span: Span) -> Diagnostic {
    Diagnostic::error(
        Code::AppendixWithoutContent,
        span,
        t("phụ lục không có nội dung", "the appendix has no content"),
    )
    .with_label(t("phụ lục chỉ có tên", "the appendix has only a title"))
    .with_help(t(
        "thêm `intro`, `items`, `sections` hoặc `table` cho phụ lục, hoặc bỏ phụ lục này",
        "give the appendix an `intro`, `items`, `sections` or a `table`, or remove it",
    ))
}

/// "văn bản chỉ đạo" / "directive", for [`unused_definition`].
pub(crate) fn directive_word() -> Text {
    t("văn bản chỉ đạo", "directive")
}

/// "ngày kỷ niệm" / "anniversary", for [`unused_definition`].
pub(crate) fn anniversary_word() -> Text {
    t("ngày kỷ niệm", "anniversary")
}

pub(crate) fn unused_definition(span: Span, id: &str, what: &Text) -> Diagnostic {
    Diagnostic::warning(
        Code::UnusedDefinition,
        span,
        t(
            format!("{} `{id}` không được nhắc đến ở đâu", what.vi),
            format!("{} `{id}` is never referenced", what.en),
        ),
    )
    .with_label(t("định nghĩa ở đây", "defined here"))
    .with_help(t(
        format!("viết `{{{id}}}` ở chỗ văn bản nhắc đến nó, hoặc xóa định nghĩa này"),
        format!("write `{{{id}}}` where the text mentions it, or remove it"),
    ))
}

pub(crate) fn anniversary_outside_period(
    span: Span,
    id: &str,
    period: Period,
) -> Diagnostic {
    let phrase = crate::vi::period::phrase(period);
    Diagnostic::warning(
        Code::AnniversaryOutsidePeriod,
        span,
        t(
            format!("ngày kỷ niệm `{id}` không rơi vào {phrase}"),
            format!("anniversary `{id}` falls outside the period {period}"),
        ),
    )
    .with_label(t("nhắc đến ở đây", "referenced here"))
    .with_help(t(
        "xem lại ngày của sự kiện, hoặc ngày kỷ niệm này có đúng thuộc kỳ này không",
        "check the event date, or that the anniversary belongs in this period",
    ))
}

/// `plan::anniversary_dates_twice`: dates typed in brackets right after an
/// anniversary's `{id}`, which prints its own; `printed` is what the
/// reference prints, `typed` the brackets typed after it:
///
/// ```text
/// ngày kỷ niệm in hai lần: “(03/02/1930 - 03/02/2027) (3/2/1930 - 3/2/2027)”
/// help: `{tl}` đã tự in ngày trong ngoặc: bỏ “(3/2/1930 - 3/2/2027)” viết sau nó;
///       muốn tự gõ ngày thì viết `{tl:years} năm` và tên sự kiện
/// ```
pub(crate) fn anniversary_dates_twice(
    span: Span,
    id: &str,
    printed: &str,
    typed: &str,
) -> Diagnostic {
    let dates = printed.rfind(" (").map_or(printed, |at| &printed[at + 1..]);
    let shown = format!("{dates} {typed}");
    Diagnostic::warning(
        Code::AnniversaryDatesTwice,
        span,
        t(
            format!("ngày kỷ niệm in hai lần: “{shown}”"),
            format!("the anniversary's dates print twice: “{shown}”"),
        ),
    )
    .with_label(t("in ngày lần thứ hai", "prints the dates a second time"))
    .with_help(t(
        format!(
            "`{{{id}}}` đã tự in ngày trong ngoặc: bỏ “{typed}” viết sau nó; muốn tự gõ \
             ngày thì viết `{{{id}:years}} năm` và tên sự kiện"
        ),
        format!(
            "`{{{id}}}` prints the dates in brackets itself: drop the “{typed}” typed \
             after it; to type the dates yourself, write `{{{id}:years}} năm` and the \
             event's name"
        ),
    ))
}

/// `plan::anniversary_years_twice`: a count of years written before an
/// anniversary's `{id}`, which prints its own; `count` is the one written
/// (`"81 năm"`), `printed` what the reference prints:
///
/// ```text
/// số năm kỷ niệm in hai lần: “81 năm 81 năm Cách mạng tháng Tám”
/// help: `{cmt8}` đã tự in số năm: bỏ số năm viết trước nó và chỉ viết `{cmt8}`,
///       hoặc viết `{cmt8:years} năm` rồi tự gõ tên sự kiện
/// ```
pub(crate) fn anniversary_years_twice(
    span: Span,
    id: &str,
    count: &str,
    printed: &str,
) -> Diagnostic {
    // The name without the dates: "81 năm Cách mạng tháng Tám".
    let name = printed.rsplit_once(" (").map_or(printed, |(name, _)| name);
    let shown = format!("{count} {name}");
    Diagnostic::warning(
        Code::AnniversaryYearsTwice,
        span,
        t(
            format!("số năm kỷ niệm in hai lần: “{shown}”"),
            format!("the count of years prints twice: “{shown}”"),
        ),
    )
    .with_label(t("in số năm lần thứ hai", "prints the count a second time"))
    .with_help(t(
        format!(
            "`{{{id}}}` đã tự in số năm: bỏ số năm viết trước nó và chỉ viết `{{{id}}}`, \
             hoặc viết `{{{id}:years}} năm` rồi tự gõ tên sự kiện"
        ),
        format!(
            "`{{{id}}}` prints the count itself: drop the count before it and write \
             `{{{id}}}` alone, or write `{{{id}:years}} năm` and type the event's name"
        ),
    ))
}

pub(crate) fn anniversary_not_positive(
    span: Span,
    id: &str,
    years: i64,
    year: i32,
) -> Diagnostic {
    Diagnostic::error(
        Code::AnniversaryNotPositive,
        span,
        t(
            format!("ngày kỷ niệm `{id}` tính ra {years} năm"),
            format!("anniversary `{id}` counts {years} years"),
        ),
    )
    .with_label(t(
        "sự kiện không diễn ra trước năm của kế hoạch",
        "the event is not before the plan's year",
    ))
    .with_help(t(
        format!(
            "không thể kỷ niệm {years} năm: số năm kỷ niệm ít nhất là 1; \
             ngày của sự kiện phải ở một năm trước năm {year}"
        ),
        format!(
            "an anniversary cannot count {years} years: it counts at least 1; \
             the event's date must be in a year before {year}"
        ),
    ))
}

pub(crate) fn date_after_period(span: Span, period: Period) -> Diagnostic {
    let phrase = crate::vi::period::phrase(period);
    Diagnostic::warning(
        Code::DateAfterPeriod,
        span,
        t(
            format!("văn bản ghi ngày sau khi hết kỳ ({phrase})"),
            format!("the document is dated after the end of its period {period}"),
        ),
    )
    .with_label(t("sau khi hết kỳ", "after the period"))
    .with_help(t(
        "văn bản thường ký trước hoặc đầu kỳ: xem lại `date` và `period`",
        "a plan or program is usually signed before or early in its period: check `date` and `period`",
    ))
}

pub(crate) fn date_long_before_period(span: Span, period: Period) -> Diagnostic {
    let phrase = crate::vi::period::phrase(period);
    Diagnostic::warning(
        Code::DateLongBeforePeriod,
        span,
        t(
            format!("ngày của văn bản trước ngày bắt đầu kỳ ({phrase}) hơn 60 ngày"),
            format!(
                "the document is dated more than 60 days before its period {period} starts"
            ),
        ),
    )
    .with_label(t("quá sớm so với kỳ", "long before the period"))
    .with_help(t(
        "xem lại `date` và `period`: có phải còn để ngày của năm trước?",
        "check `date` and `period`: was last year's date left in?",
    ))
}

pub(crate) fn directive_after_document(
    span: Span,
    id: &str,
    date: NaiveDate,
) -> Diagnostic {
    let date = short_date(date);
    Diagnostic::warning(
        Code::DirectiveAfterDocument,
        span,
        t(
            format!("văn bản chỉ đạo `{id}` ghi ngày sau ngày của văn bản này ({date})"),
            format!("directive `{id}` is dated after the document ({date})"),
        ),
    )
    .with_label(t("muộn hơn ngày của văn bản", "later than the document's date"))
    .with_help(t(
        "văn bản không thể dẫn một văn bản ban hành sau nó: xem lại ngày của văn bản chỉ đạo",
        "a document cannot cite a later one: check the directive's date",
    ))
}

pub(crate) fn meeting_outside_period(
    span: Span,
    date: NaiveDate,
    period: Period,
) -> Diagnostic {
    let phrase = crate::vi::period::phrase(period);
    let (day, start, end) =
        (short_date(date), short_date(period.start()), short_date(period.end()));
    Diagnostic::error(
        Code::MeetingOutsidePeriod,
        span,
        t(
            format!("cuộc họp nằm ngoài kỳ của kế hoạch ({phrase})"),
            format!("the meeting is outside the period {period}"),
        ),
    )
    .with_label(t("không thuộc kỳ", "not in the period"))
    .with_help(if date < period.start() {
        // Before the period: most often a meeting kept from last month's
        // plan, which this plan was copied from.
        t(
            format!(
                "ngày {day} ở trước {phrase}, có lẽ còn sót lại từ kế hoạch kỳ trước: \
                 xóa cuộc họp này, hoặc sửa ngày vào khoảng {start} – {end}"
            ),
            format!(
                "{day} is before the period {period}, perhaps left from last period's plan: \
                 remove the meeting, or change its date into {start} – {end}"
            ),
        )
    } else {
        t(
            format!(
                "ngày {day} không thuộc {phrase}: dời cuộc họp vào khoảng {start} – {end}, \
                 hoặc đưa sang kế hoạch kỳ sau"
            ),
            format!(
                "{day} is not in the period {period}: move the meeting into {start} – {end}, \
                 or into next period's plan"
            ),
        )
    })
}

pub(crate) fn meeting_on_weekend(span: Span, date: NaiveDate) -> Diagnostic {
    use chrono::Datelike;
    let weekday = date.weekday();
    let day = crate::vi::words::weekday(weekday);
    let day_en = if weekday == chrono::Weekday::Sun { "Sunday" } else { "Saturday" };
    let date = short_date(date);
    Diagnostic::warning(
        Code::MeetingOnWeekend,
        span,
        t(
            format!("cuộc họp rơi vào ngày nghỉ cuối tuần ({day})"),
            format!("the meeting falls on a weekend ({day_en})"),
        ),
    )
    .with_label(t("ngày nghỉ cuối tuần", "a weekend day"))
    .with_help(t(
        format!("ngày {date} là {day}: xem lại ngày, cuộc họp thường vào ngày làm việc"),
        format!(
            "{date} is a {day_en}: check the date, meetings are usually on working days"
        ),
    ))
}

pub(crate) fn empty_section(span: Span) -> Diagnostic {
    Diagnostic::error(Code::EmptySection, span, t("mục trống", "the section is empty"))
        .with_label(t(
            "không có `intro`, `items`, `sections`, `table` hay `outro`",
            "no intro, items, sections, table or outro",
        ))
        .with_help(t(
            "thêm `intro`, `items`, `sections`, `table` hoặc `outro` cho mục, hoặc xóa mục này",
            "give the section an `intro`, `items`, `sections`, `table` or `outro`, or remove it",
        ))
}

pub(crate) fn empty_sections(span: Span) -> Diagnostic {
    Diagnostic::error(
        Code::EmptySection,
        span,
        t("`sections` trống", "`sections` is empty"),
    )
    .with_label(t("không có mục nào", "no section"))
    .with_help(t(
        "văn bản cần ít nhất một mục với các nhiệm vụ của nó",
        "a plan or program needs at least one section with its tasks",
    ))
}

pub(crate) fn empty_meetings(span: Span) -> Diagnostic {
    Diagnostic::error(
        Code::EmptyMeetings,
        span,
        t("`meetings` không có cuộc họp nào", "`meetings` has no meeting"),
    )
    .with_label(t("không có `items` và không có `note`", "no items and no note"))
    .with_help(t(
        "liệt kê các cuộc họp trong `items`, thêm `note` như \"Lịch họp thông báo sau\", \
         hoặc xóa `meetings`",
        "list the meetings under `items`, add a `note` such as \"Lịch họp thông báo sau\", \
         or remove `meetings`",
    ))
}

pub(crate) fn empty_recipients(span: Span) -> Diagnostic {
    Diagnostic::error(
        Code::EmptyRecipients,
        span,
        t("`recipients` (nơi nhận) trống", "`recipients` is empty"),
    )
    .with_label(t("không có nơi nhận", "no recipient"))
    .with_help(t(
        "ghi các nơi nhận văn bản, ví dụ `- Các chi bộ trực thuộc`",
        "list who receives the document (Nơi nhận), e.g. `- Các chi bộ trực thuộc`",
    ))
}

/// `electronic_recipients: []`: a "Bản điện tử:" label with nothing under
/// it. Reported as its own list, not as `recipients`, which may be full.
pub(crate) fn empty_electronic_recipients(span: Span) -> Diagnostic {
    Diagnostic::error(
        Code::EmptyRecipients,
        span,
        t(
            "`electronic_recipients` (nơi nhận bản điện tử) trống",
            "`electronic_recipients` is empty",
        ),
    )
    .with_label(t("không có nơi nhận", "no recipient"))
    .with_help(t(
        "ghi các nơi nhận bản điện tử, ví dụ `- Văn phòng UBND tỉnh`, hoặc xóa dòng \
         `electronic_recipients` nếu văn bản không gửi qua mạng",
        "list who receives the electronic copy, e.g. `- Văn phòng UBND tỉnh`, or remove \
         the `electronic_recipients` line if the document is not sent electronically",
    ))
}

pub(crate) fn rules_style_mismatch(span: Span, rules: &str, style: &str) -> Diagnostic {
    let (fits_vi, fits_en) = if style == "dang" {
        ("`hd36-2018` hoặc `hd05-2026`", "`hd36-2018` or `hd05-2026`")
    } else {
        ("`nd30-2020`", "`nd30-2020`")
    };
    Diagnostic::error(
        Code::RulesStyleMismatch,
        span,
        t(
            format!("quy định `{rules}` không áp dụng cho `style: {style}`"),
            format!("rules `{rules}` do not apply to `style: {style}`"),
        ),
    )
    .with_label(t("quy định của khối khác", "other family's rules"))
    .with_help(t(
        format!("với `style: {style}` dùng {fits_vi}, hoặc bỏ `rules`"),
        format!("for `style: {style}` use {fits_en}, or leave `rules` out"),
    ))
}

/// A Party plan dated only by a signing month that contains 27/5/2026, the
/// day Hướng dẫn 05-HD/VPTW replaces 36-HD/VPTW (`format-rules.md`), with no
/// `rules` pin: the month's first day chose `used`. In Vietnamese:
/// "tháng ký 5/2026 chứa ngày 27/5/2026, ngày Hướng dẫn 05-HD/VPTW thay
/// Hướng dẫn 36-HD/VPTW: văn bản được trình bày theo 36-HD/VPTW".
pub(crate) fn rules_ambiguous_month(
    span: Span,
    month: YearMonth,
    used: RuleSetId,
) -> Diagnostic {
    let (m, y) = (month.month, month.year);
    let guide = match used {
        RuleSetId::Hd05 => "05-HD/VPTW",
        RuleSetId::Hd36 | RuleSetId::Nd30 => "36-HD/VPTW",
    };
    Diagnostic::warning(
        Code::RulesAmbiguousMonth,
        span,
        t(
            format!(
                "tháng ký {m}/{y} chứa ngày 27/5/2026, ngày Hướng dẫn 05-HD/VPTW thay \
                 Hướng dẫn 36-HD/VPTW: văn bản được trình bày theo {guide}"
            ),
            format!(
                "the signing month {y}-{m:02} contains 27 May 2026, when guidance \
                 05-HD/VPTW replaces 36-HD/VPTW: the document is laid out by {guide}"
            ),
        ),
    )
    .with_label(t("chỉ có tháng, không có ngày ký", "a month, no signing day"))
    .with_help(t(
        "ghi đủ ngày ký (ví dụ `date: 2026-05-28`), hoặc chọn cố định quy định: \
         `rules: hd36-2018` nếu ký trước ngày 27/5/2026, `rules: hd05-2026` nếu ký từ ngày đó",
        "write the full signing date (e.g. `date: 2026-05-28`), or pin the rules: \
         `rules: hd36-2018` if signed before 27 May 2026, `rules: hd05-2026` if signed on or after it",
    ))
}

/// Who signs a Party document with `deputy_for`, for the wording of
/// [`party_deputy`]: a collective names itself in the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum PartyBody {
    /// A cấp ủy: Đảng ủy, Huyện ủy, its Ban Thường vụ or Ban Chấp hành.
    Committee,
    /// An inspection commission (Ủy ban kiểm tra): a collective, not a
    /// cấp ủy; "T/M ỦY BAN KIỂM TRA" then "PHÓ CHỦ NHIỆM".
    Inspection,
    /// A Party group: ban cán sự đảng, đảng đoàn.
    PartyGroup,
    /// An advisory or support body (a ban, a văn phòng) with `on_behalf`
    /// as well: its deputy signs K/T alone.
    Advisory,
}

impl PartyBody {
    /// The collective an issuer named `name` is: an inspection commission
    /// ("Ủy ban Kiểm tra Huyện ủy", "UBKT Tỉnh ủy"), a Party group ("Ban
    /// cán sự đảng …", "Đảng đoàn …"), else a cấp ủy.
    pub(crate) fn of_collective(name: &str) -> Self {
        let name = name.trim().to_lowercase().replace("uỷ", "ủy");
        if name.starts_with("ủy ban kiểm tra") || name.starts_with("ubkt") {
            Self::Inspection
        } else if name.starts_with("ban cán sự") || name.starts_with("đảng đoàn")
        {
            Self::PartyGroup
        } else {
            Self::Committee
        }
    }
}

pub(crate) fn party_deputy(span: Span, body: PartyBody) -> Diagnostic {
    let (message, help) = match body {
        PartyBody::Committee => (
            t(
                "cấp ủy ký thay mặt tập thể (T/M), không ký thay (K/T)",
                "a Party committee signs as the collective, not K/T",
            ),
            t(
                "cấp ủy luôn ký T/M (`on_behalf`), kể cả khi cấp phó ký (format-rules.md §1.3); \
                 K/T dành cho cơ quan tham mưu (ban, văn phòng)",
                "a Party committee (cấp ủy) always signs T/M (`on_behalf`), even when a deputy \
                 signs (format-rules.md §1.3); K/T is for advisory bodies (ban, văn phòng)",
            ),
        ),
        PartyBody::Inspection => (
            t(
                "ủy ban kiểm tra ký thay mặt tập thể (T/M), không ký thay (K/T)",
                "an inspection commission signs as the collective, not K/T",
            ),
            t(
                "ủy ban kiểm tra luôn ký T/M (`on_behalf: Ủy ban kiểm tra`), kể cả khi phó \
                 chủ nhiệm ký: \"T/M ỦY BAN KIỂM TRA\" rồi \"PHÓ CHỦ NHIỆM\" \
                 (format-rules.md §1.3); bỏ `deputy_for`",
                "an inspection commission (ủy ban kiểm tra) always signs T/M \
                 (`on_behalf: Ủy ban kiểm tra`), even when a deputy chairman signs: \
                 \"T/M ỦY BAN KIỂM TRA\" then \"PHÓ CHỦ NHIỆM\" (format-rules.md §1.3); \
                 remove `deputy_for`",
            ),
        ),
        PartyBody::PartyGroup => (
            t(
                "ban cán sự đảng, đảng đoàn ký thay mặt tập thể (T/M), không ký thay (K/T)",
                "a Party group (ban cán sự đảng, đảng đoàn) signs as the collective, not K/T",
            ),
            t(
                "ban cán sự đảng, đảng đoàn luôn ký T/M (`on_behalf`), kể cả khi cấp phó ký \
                 (format-rules.md §1.3); bỏ `deputy_for`",
                "a Party group always signs T/M (`on_behalf`), even when a deputy signs \
                 (format-rules.md §1.3); remove `deputy_for`",
            ),
        ),
        PartyBody::Advisory => (
            t(
                "không ký vừa thay mặt tập thể (T/M) vừa ký thay (K/T)",
                "a document is not signed both T/M and K/T",
            ),
            t(
                "cấp phó của ban, văn phòng ký thay người đứng đầu: chỉ ghi `deputy_for` \
                 (\"K/T TRƯỞNG BAN\"), bỏ `on_behalf`; T/M dành cho tập thể (cấp ủy, ban \
                 thường vụ, ủy ban kiểm tra) (format-rules.md §1.3)",
                "the deputy of a ban or văn phòng signs for its head: keep `deputy_for` \
                 (\"K/T TRƯỞNG BAN\") and remove `on_behalf`; T/M is for collectives \
                 (cấp ủy, ban thường vụ, ủy ban kiểm tra) (format-rules.md §1.3)",
            ),
        ),
    };
    Diagnostic::warning(Code::PartyDeputyFor, span, message)
        .with_label(t("K/T trên văn bản của Đảng", "K/T on a Party document"))
        .with_help(help)
}

/// `signer.name` with an academic title in front ("TS. Trần Quang Minh").
pub(crate) fn signer_name_title(span: Span, plain: &str) -> Diagnostic {
    Diagnostic::warning(
        Code::SignerNameTitle,
        span,
        t(
            "không ghi học hàm, học vị trước họ tên người ký",
            "no academic title goes before the signer's name",
        ),
    )
    .with_label(t("có học hàm, học vị", "an academic title"))
    .with_help(t(
        format!("chỉ ghi họ tên: `name: {plain}` (format-rules.md §1.2, §2.2)"),
        format!("write the name only: `name: {plain}` (format-rules.md §1.2, §2.2)"),
    ))
}

/// `issuer.abbr` written with the document type in front ("CTr/UBKTHU").
pub(crate) fn abbr_with_type(span: Span, typed: &str, own: &str) -> Diagnostic {
    Diagnostic::warning(
        Code::AbbrWithType,
        span,
        t(
            format!("ký hiệu cơ quan có cả loại văn bản `{typed}`: số văn bản sẽ in `{typed}` hai lần"),
            format!("the issuer's abbreviation holds the document type `{typed}`: the number prints it twice"),
        ),
    )
    .with_label(t("có loại văn bản", "holds the type"))
    .with_help(t(
        format!(
            "chỉ ghi ký hiệu của cơ quan: `abbr: {own}`; loại văn bản (CTr, KH) được in \
             từ `kind`"
        ),
        format!(
            "write the issuer's own abbreviation: `abbr: {own}`; the type (CTr, KH) is \
             printed from `kind`"
        ),
    ))
}

pub(crate) fn party_by_authority(span: Span) -> Diagnostic {
    Diagnostic::error(
        Code::ByAuthorityOfParty,
        span,
        t(
            "`by_authority_of` (TUQ.) chỉ dùng cho văn bản nhà nước",
            "`by_authority_of` (TUQ.) is for state documents only",
        ),
    )
    .with_label(t("văn bản của Đảng không ký kiểu này", "not a Party signature form"))
    .with_help(t(
        "văn bản của Đảng ký T/M, K/T hoặc T/L: dùng `on_behalf`, `deputy_for` hoặc `by_order_of`",
        "Party documents sign T/M, K/T or T/L: use `on_behalf`, `deputy_for` or `by_order_of`",
    ))
}

pub(crate) fn text_too_large(span: Span, limit: usize) -> Diagnostic {
    let size = crate::source::size_text(limit);
    Diagnostic::error(
        Code::TooLarge,
        span,
        t(
            format!("chữ in ra của kế hoạch, kể cả các tham chiếu, vượt quá {size}"),
            format!("the plan's text passes {size} with its references expanded"),
        ),
    )
    .with_label(t("vượt giới hạn ở đây", "the limit is passed here"))
    .with_help(t(
        "một kế hoạch in ra vài chục KiB chữ; kiểm tra xem có tham chiếu nào lặp lại \
         rất nhiều lần, hoặc một `about` quá dài",
        "a plan prints a few dozen KiB; check for a reference repeated many times, \
         or a very long `about`",
    ))
}

/// `place`, `issuer.name`, `issuer.parent` or `title` (named `key`)
/// longer than `limit` characters: “`issuer.name` dài hơn 200 ký tự”.
pub(crate) fn heading_line_too_long(span: Span, key: &str, limit: usize) -> Diagnostic {
    Diagnostic::error(
        Code::TooLarge,
        span,
        t(
            format!("`{key}` dài hơn {limit} ký tự, không vừa phần đầu văn bản"),
            format!(
                "`{key}` is longer than {limit} characters, too long for the heading"
            ),
        ),
    )
    .with_label(t("dài quá", "too long"))
    .with_help(t(
        "tên cơ quan, địa danh và trích yếu chỉ vài chục chữ; rút gọn, hoặc xem có phải \
         đã dán nhầm cả đoạn văn vào đây",
        "an issuer's name, a place or a summary takes a few dozen words; shorten it, or \
         check that a whole paragraph was not pasted here",
    ))
}

/// A text longer than `limit` characters, as written or (`expanded`) once
/// its references are.
pub(crate) fn text_too_long(span: Span, limit: usize, expanded: bool) -> Diagnostic {
    let (vi, en) = if expanded {
        (" khi đã thay các tham chiếu", " with its references expanded")
    } else {
        ("", "")
    };
    Diagnostic::error(
        Code::TooLarge,
        span,
        t(
            format!("đoạn chữ này dài hơn {limit} ký tự{vi}"),
            format!("this text is longer than {limit} characters{en}"),
        ),
    )
    .with_label(t("dài quá", "too long"))
    .with_help(t(
        "một đoạn dài nhất cũng chỉ vài nghìn ký tự; tách thành nhiều ý, hoặc xem có phần \
         nào bị chép lặp lại",
        "even a long paragraph has a few thousand characters; split it into several items, \
         or check for a part pasted twice",
    ))
}

/// More than `limit` footnotes in the plan; `span` is the text that holds
/// the first one past it.
pub(crate) fn too_many_footnotes(span: Span, limit: usize) -> Diagnostic {
    Diagnostic::error(
        Code::TooLarge,
        span,
        t(
            format!("kế hoạch có hơn {limit} chú thích `^[…]`"),
            format!("the plan has more than {limit} footnotes `^[…]`"),
        ),
    )
    .with_label(t("từ chú thích này trở đi là thừa", "past the limit from here"))
    .with_help(t(
        "một văn bản dài cũng chỉ có vài chục chú thích; đưa phần giải thích dài vào một \
         phụ lục, hoặc xem có phần nào bị chép lặp lại nhiều lần",
        "even a long document has a few dozen; put long explanations in an appendix, or \
         check for a part pasted many times",
    ))
}

/// More than `limit` characters in words longer than `long` characters
/// (codes and links); `span` is the text where the sum passes it.
pub(crate) fn too_many_long_words(span: Span, long: usize, limit: usize) -> Diagnostic {
    Diagnostic::error(
        Code::TooLarge,
        span,
        t(
            format!(
                "các chữ viết liền dài hơn {long} ký tự (mã, đường dẫn) cộng lại quá {limit} ký tự"
            ),
            format!(
                "the words longer than {long} characters (codes, links) add up to more than \
                 {limit} characters"
            ),
        ),
    )
    .with_label(t("từ đoạn này trở đi là thừa", "past the limit from here"))
    .with_help(t(
        "chữ viết liền không có dấu cách phải ngắt giữa chừng khi in, rất tốn thời gian; \
         thêm dấu cách giữa các từ, hoặc xem có phần nào bị chép lặp lại nhiều lần",
        "words without spaces have to be broken inside when printed, which is slow; add \
         spaces between the words, or check for a part pasted many times",
    ))
}

/// A table (at `span`) whose cells hold so many characters of words wider
/// than their column that breaking them letter by letter would take the
/// layout many seconds: more than `limit` counted as
/// `resolve::MAX_LONG_WORD_COST` counts them.
pub(crate) fn table_too_many_wide_words(span: Span, limit: usize) -> Diagnostic {
    Diagnostic::error(
        Code::TooLarge,
        span,
        t(
            "bảng này có quá nhiều chữ viết liền rộng hơn cột của nó (mã, số hiệu)",
            "this table has too many words wider than their column (codes, numbers)",
        ),
    )
    .with_label(t("bảng này", "this table"))
    .with_help(t(
        format!(
            "mỗi chữ như vậy phải ngắt từng ký tự khi in, rất tốn thời gian (tối đa khoảng \
             {limit} ký tự cho cả văn bản); cho cột đó rộng hơn (`width`), hoặc thêm dấu cách"
        ),
        format!(
            "each such word is broken letter by letter when printed, which is slow (at most \
             about {limit} characters in the whole document); make that column wider \
             (`width`), or add spaces"
        ),
    ))
}

/// More than `limit` texts in the plan; `span` is the first one past it.
pub(crate) fn too_many_texts(span: Span, limit: usize) -> Diagnostic {
    Diagnostic::error(
        Code::TooLarge,
        span,
        t(
            format!("kế hoạch có hơn {limit} đoạn chữ (ý, tiêu đề, nơi nhận, ô bảng…)"),
            format!("the plan has more than {limit} texts (items, titles, recipients, cells…)"),
        ),
    )
    .with_label(t("từ đoạn này trở đi là thừa", "past the limit from here"))
    .with_help(t(
        "một kế hoạch năm có vài nghìn đoạn; tách thành nhiều văn bản, hoặc xem có phần nào \
         bị chép lặp lại nhiều lần",
        "a yearly plan has a few thousand; split it into several documents, or check for a \
         part pasted many times",
    ))
}

/// A recipient typed as the archive line ("Lưu: VT") or as a label ("Bản
/// điện tử:"), which the tool prints itself
/// (`plan-format.md`, "`plan::recipient_looks_like_archive` (warning)").
pub(crate) fn recipient_looks_like_archive(span: Span, label: bool) -> Diagnostic {
    let (message, label_text, help) = if label {
        (
            t(
                "nơi nhận này trông như một nhãn (kết thúc bằng dấu hai chấm)",
                "this recipient looks like a label (it ends with a colon)",
            ),
            t("một nhãn, không phải nơi nhận", "a label, not a recipient"),
            t(
                "nhãn \"Bản điện tử:\" do công cụ tự in: ghi các nơi nhận bản điện tử vào \
                 `electronic_recipients`, mỗi nơi một dòng, và bỏ dòng này khỏi `recipients`",
                "the tool prints the label \"Bản điện tử:\" itself: list the electronic \
                 recipients under `electronic_recipients`, one per line, and remove this \
                 line from `recipients`",
            ),
        )
    } else {
        (
            t(
                "nơi nhận này trông như dòng \"Lưu\"",
                "this recipient looks like the \"Lưu\" line",
            ),
            t("dòng lưu, không phải nơi nhận", "the archive line, not a recipient"),
            t(
                "dòng \"Lưu\" do công cụ tự in ở cuối nơi nhận: ghi phần sau chữ \"Lưu\" vào \
                 `archive` (`archive: VT`) và bỏ dòng này khỏi `recipients`; nơi nhận bản điện \
                 tử thì ghi vào `electronic_recipients`",
                "the tool prints the \"Lưu\" line itself at the end of the recipients: write \
                 what follows \"Lưu\" in `archive` (`archive: VT`) and remove this line from \
                 `recipients`; electronic recipients go under `electronic_recipients`",
            ),
        )
    };
    Diagnostic::warning(Code::RecipientLooksLikeArchive, span, message)
        .with_label(label_text)
        .with_help(help)
}

/// Recipients of a bracketed list that start with a small letter (`ban,
/// ngành` after `Các sở`): the commas split `whole` ("Các sở, ban, ngành")
/// into several recipients.
pub(crate) fn recipient_split_by_comma(span: Span, whole: &str) -> Diagnostic {
    let joined = format!("\"{whole}\"");
    Diagnostic::warning(
        Code::RecipientSplitByComma,
        span,
        t(
            format!("`{whole}` bị tách thành nhiều nơi nhận: dấu phẩy trong `[ … ]` ngăn cách các nơi nhận"),
            format!("`{whole}` is split into several recipients: a comma in `[ … ]` ends a recipient"),
        ),
    )
    .with_label(t("in thành nơi nhận riêng", "printed as recipients of their own"))
    .with_help(t(
        format!(
            "nếu đây là một nơi nhận, đặt cả dòng trong ngoặc kép: {joined}; \
             hoặc viết mỗi nơi nhận trên một dòng `- …`"
        ),
        format!(
            "if this is one recipient, put the whole line in double quotes: {joined}; \
             or write each recipient on a line of its own, `- …`"
        ),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceId;

    /// Issue 11: every wording of this file, also those no fixture reaches
    /// (each branch), exists in both languages, worded differently.
    #[test]
    fn every_wording_exists_in_both_languages() {
        let span = Span::new(SourceId(0), 0, 0);
        let period = Period::parse("2024-05").expect("a period");
        let day = NaiveDate::from_ymd_opt(2024, 6, 1).expect("a date");
        let note = t("chú thích", "note");
        let all = [
            unknown_reference(span, "kl01", &["kl02"]),
            unknown_reference(span, "kl01", &[]),
            unknown_form(span, "ngan", true),
            unknown_form(span, "ngan", false),
            full_without_about(span, "kl01"),
            malformed_reference(span, &note, &note),
            nested_footnote(span, &note, &note),
            unclosed_footnote(span, &note, &note),
            empty_footnote(span, &note, &note),
            appendix_without_content(span),
            unused_definition(span, "kl01", &directive_word()),
            unused_definition(span, "hcm", &anniversary_word()),
            anniversary_outside_period(span, "hcm", period),
            anniversary_years_twice(
                span,
                "cmt8",
                "81 năm",
                "81 năm Cách mạng tháng Tám (19/8/1945 - 19/8/2026)",
            ),
            anniversary_not_positive(span, "hcm", -1, 2024),
            date_after_period(span, period),
            date_long_before_period(span, period),
            directive_after_document(span, "kl01", day),
            meeting_outside_period(span, day, period),
            meeting_on_weekend(span, day),
            empty_section(span),
            empty_sections(span),
            empty_meetings(span),
            empty_recipients(span),
            empty_electronic_recipients(span),
            rules_style_mismatch(span, "nd30-2020", "dang"),
            rules_ambiguous_month(
                span,
                YearMonth { year: 2026, month: 5 },
                RuleSetId::Hd36,
            ),
            rules_ambiguous_month(
                span,
                YearMonth { year: 2026, month: 5 },
                RuleSetId::Hd05,
            ),
            party_deputy(span, PartyBody::Committee),
            party_deputy(span, PartyBody::Inspection),
            party_deputy(span, PartyBody::PartyGroup),
            party_deputy(span, PartyBody::Advisory),
            party_by_authority(span),
            abbr_with_type(span, "CTr", "UBKTHU"),
            signer_name_title(span, "Trần Quang Minh"),
            text_too_large(span, 1000),
            heading_line_too_long(span, "place", 200),
            too_many_texts(span, 10_000),
            too_many_footnotes(span, 1_000),
            too_many_long_words(span, 40, 20_000),
            table_too_many_wide_words(span, 20_000),
            text_too_long(span, 10_000, false),
            text_too_long(span, 10_000, true),
            recipient_looks_like_archive(span, true),
            recipient_looks_like_archive(span, false),
            recipient_split_by_comma(span, "Các sở, ban, ngành"),
        ];
        crate::diag::assert_worded_in_both_languages(&all);
    }
}
