//! The help lines that say what a key or a mapping of the format holds, one
//! entry per [`Owner`] and required key, beside the key tables of
//! [`super::keys`]: the loader adds them to "missing key" and "wrong type"
//! reports. Each in Vietnamese and in English ([`crate::lang`]).

use super::keys::Owner;
use crate::lang::{Text, t};

/// What a required key of `owner` holds, for the help of "missing key":
/// "`kind` cho biết loại văn bản: `chuong-trinh` hoặc `ke-hoach`".
pub(crate) fn key_role(owner: Owner, key: &str) -> Text {
    let (vi, en) = own_role(owner, key).unwrap_or((
        "khóa này bắt buộc phải có (xem plan-format.md)",
        "this key is required (see plan-format.md)",
    ));
    t(vi, en)
}

/// The words of [`key_role`] written for `key` of `owner`, if any.
fn own_role(owner: Owner, key: &str) -> Option<(&'static str, &'static str)> {
    Some(match (owner, key) {
        (Owner::Plan, "kind") => (
            "`kind` cho biết loại văn bản: `chuong-trinh` hoặc `ke-hoach`",
            "`kind` says what the document is: `chuong-trinh` or `ke-hoach`",
        ),
        (Owner::Plan, "style") => (
            "`style` chọn thể thức: `dang` (văn bản của Đảng) hoặc `nha-nuoc` (văn bản nhà nước)",
            "`style` picks the layout: `dang` (Party) or `nha-nuoc` (state)",
        ),
        (Owner::Plan, "period") => (
            "`period` là tháng, quý hoặc năm của kế hoạch: `2024-05`, `2024-Q2` hoặc `2024`",
            "`period` is the month, quarter or year covered: `2024-05`, `2024-Q2` or `2024`",
        ),
        (Owner::Plan, "place") => (
            "`place` là địa danh ở dòng ngày tháng, như `place: Mỹ Độ`",
            "`place` is the place name on the date line, as in `place: Mỹ Độ`",
        ),
        (Owner::Plan, "issuer") => (
            "`issuer` gồm `name` và `abbr` của cơ quan ban hành",
            "`issuer` holds `name` and `abbr` of the issuing body",
        ),
        (Owner::Plan, "sections") => (
            "`sections` là danh sách các mục, mỗi mục có `title`",
            "`sections` is the list of sections, each with a `title`",
        ),
        (Owner::Plan, "closing") => {
            ("`closing` là đoạn kết", "`closing` is the closing paragraph")
        }
        (Owner::Plan, "recipients") => (
            "`recipients` là danh sách nơi nhận",
            "`recipients` is the list of recipients (Nơi nhận)",
        ),
        (Owner::Plan, "archive") => (
            "`archive` là phần sau chữ \"Lưu\", như `archive: VP/ĐU`",
            "`archive` is what follows \"Lưu\", as in `archive: VP/ĐU`",
        ),
        (Owner::Plan, "signer") => (
            "`signer` gồm chức vụ (`title`) và họ tên (`name`) của người ký",
            "`signer` holds the `title` and `name` of the person who signs",
        ),
        (Owner::Issuer, "name") => (
            "`name` là tên cơ quan ban hành, như `name: Đảng ủy phường Mỹ Độ`",
            "`name` is the issuing body, as in `name: Đảng ủy phường Mỹ Độ`",
        ),
        (Owner::Issuer, "abbr") => (
            "`abbr` là tên viết tắt, dùng trong số văn bản, như `abbr: ĐU`",
            "`abbr` is its abbreviation, used in the document number, as in `abbr: ĐU`",
        ),
        (Owner::Directive, "type") => (
            "`type` là loại văn bản, như `type: Kết luận`",
            "`type` is the kind of document, as in `type: Kết luận`",
        ),
        (Owner::Directive, "number") => (
            "`number` là số, ký hiệu văn bản, như `number: 01-KL/TW`",
            "`number` is its number, as in `number: 01-KL/TW`",
        ),
        (Owner::Directive, "date") => (
            "`date` là ngày ký, như `date: 2021-05-18`",
            "`date` is the day it was signed, as in `date: 2021-05-18`",
        ),
        (Owner::Directive, "by") => (
            "`by` là cơ quan ban hành, như `by: Bộ Chính trị`",
            "`by` is who issued it, as in `by: Bộ Chính trị`",
        ),
        (Owner::Anniversary, "name") => (
            "`name` là tên sự kiện, như `name: Ngày sinh Chủ tịch Hồ Chí Minh`",
            "`name` is the event, as in `name: Ngày sinh Chủ tịch Hồ Chí Minh`",
        ),
        (Owner::Anniversary, "date") => (
            "`date` là ngày diễn ra sự kiện, như `date: 1890-05-19`",
            "`date` is the day of the event, as in `date: 1890-05-19`",
        ),
        (Owner::Section, "title") => (
            "mỗi mục cần `title`, như `title: Công tác xây dựng Đảng`",
            "every section needs a `title`, as in `title: Công tác xây dựng Đảng`",
        ),
        (Owner::Meetings, "items") => (
            "`items` là danh sách cuộc họp, mỗi cuộc họp có `name` và `date` hoặc `every`; \
             chỉ có lời ghi chú (`note`) thì viết `items: []`",
            "`items` is the list of meetings, each with `name` and `date` or `every`; with a \
             `note` alone, write `items: []`",
        ),
        (Owner::Meeting, "name") => (
            "`name` là tên cuộc họp, như `name: Hội nghị BTV Đảng ủy`",
            "`name` is what the meeting is, as in `name: Hội nghị BTV Đảng ủy`",
        ),
        (Owner::Table, "columns") => (
            "`columns` là danh sách cột, mỗi cột có `title`, như `- { title: Nội dung }`",
            "`columns` is the list of columns, each with a `title`, as in `- { title: Nội dung }`",
        ),
        (Owner::Table, "rows") => (
            "`rows` là danh sách hàng, mỗi hàng là danh sách ô",
            "`rows` is the list of rows, each a list of cells",
        ),
        (Owner::Column, "title") => (
            "mỗi cột cần `title`, như `title: Cơ quan chủ trì`",
            "every column needs a `title`, as in `title: Cơ quan chủ trì`",
        ),
        (Owner::Cell, "text") => (
            "ô gộp hàng cần `text`, như `{ text: Văn phòng, rows: 2 }`",
            "a cell spanning rows needs `text`, as in `{ text: Văn phòng, rows: 2 }`",
        ),
        (Owner::GroupRow, "group") => (
            "hàng nhóm viết `{ group: Quý III }`",
            "a group row is written `{ group: Quý III }`",
        ),
        (Owner::Appendix, "title") => (
            "mỗi phụ lục cần `title`, như `title: Danh mục nhiệm vụ trọng tâm`",
            "every appendix needs a `title`, as in `title: Danh mục nhiệm vụ trọng tâm`",
        ),
        (Owner::Signer, "title") => (
            "`title` là chức vụ của người ký, như `title: Phó Bí thư`",
            "`title` is the signer's position, as in `title: Phó Bí thư`",
        ),
        (Owner::Signer, "name") => (
            "`name` là họ tên người ký, như `name: Hoàng Trọng Hiếu`",
            "`name` is the signer's full name, as in `name: Hoàng Trọng Hiếu`",
        ),
        (Owner::Item, "text") => (
            "`text` là nội dung của ý; các ý con của nó viết trong `items`",
            "`text` is the item's own text; its nested items go in `items`",
        ),
        (Owner::Level, "pattern") => (
            "`pattern` là kiểu đánh số của cấp này, viết như số đầu tiên: `\"1.\"`, `\"a)\"`",
            "`pattern` is the level's number pattern, written as its first number: `\"1.\"`, `\"a)\"`",
        ),
        _ => return None,
    })
}

/// What a mapping of `owner` holds, for the help of "wrong type" when the
/// value is not a mapping: "`issuer` gồm `name`, `abbr` và `parent` (không
/// bắt buộc), mỗi khóa một dòng".
pub(crate) fn mapping_help(owner: Owner) -> Text {
    let (vi, en) = match owner {
        Owner::Issuer => (
            "`issuer` gồm `name`, `abbr` và `parent` (không bắt buộc), mỗi khóa một dòng",
            "`issuer` holds `name`, `abbr` and optional `parent`, one per line",
        ),
        Owner::Signer => (
            "`signer` gồm `title`, `name` và `on_behalf`, `deputy_for`, … (không bắt buộc), \
             mỗi khóa một dòng",
            "`signer` holds `title`, `name` and optional `on_behalf`, `deputy_for`, …, one per line",
        ),
        Owner::Directive => (
            "một văn bản chỉ đạo gồm `type`, `number`, `date`, `by` và `about` (không bắt buộc)",
            "a directive holds `type`, `number`, `date`, `by` and optional `about`",
        ),
        Owner::Anniversary => (
            "một ngày kỷ niệm gồm `name` và `date`",
            "an anniversary holds `name` and `date`",
        ),
        Owner::Section => (
            "một mục gồm `title` và `heading`, `intro`, `list`, `items`, `sections`, `outro` \
             (không bắt buộc)",
            "a section holds `title` and optional `heading`, `intro`, `list`, `items`, \
             `sections` and `outro`",
        ),
        Owner::Item => (
            "một ý là một đoạn văn, hoặc gồm `text` và có thể có `items`, `list`",
            "an item is a paragraph, or holds `text` and optional `items` and `list`",
        ),
        Owner::Level => (
            "mỗi cấp đánh số là một kiểu (`\"1.\"`) hoặc gồm `pattern` và có thể có `look`",
            "each numbering level is a pattern (`\"1.\"`) or holds `pattern` and optional \
             `look`",
        ),
        Owner::Meetings => (
            "`meetings` gồm `items` và `title`, `note` (không bắt buộc)",
            "`meetings` holds `items` and optional `title` and `note`",
        ),
        Owner::Meeting => (
            "một cuộc họp gồm `name`, `date` hoặc `every`, và `time` (không bắt buộc)",
            "a meeting holds `name`, `date` or `every`, and optional `time`",
        ),
        Owner::Table => (
            "`table` gồm `columns`, `rows` và `number` (không bắt buộc), mỗi khóa một dòng",
            "`table` holds `columns`, `rows` and optional `number`, one per line",
        ),
        Owner::Column => (
            "một cột gồm `title` và `width`, `align`, `group` (không bắt buộc): \
             `- { title: Thời gian, width: 28mm }`",
            "a column holds `title` and optional `width`, `align`, `group`: \
             `- { title: Thời gian, width: 28mm }`",
        ),
        Owner::Cell => (
            "ô gộp hàng viết `{ text: Văn phòng, rows: 2 }`",
            "a cell spanning rows is written `{ text: Văn phòng, rows: 2 }`",
        ),
        Owner::GroupRow => (
            "hàng nhóm viết `{ group: Quý III }`",
            "a group row is written `{ group: Quý III }`",
        ),
        Owner::Appendix => (
            "một phụ lục gồm `title` và nội dung như một mục: `intro`, `items`, \
             `sections`, `table`",
            "an appendix holds `title` and content as a section does: `intro`, `items`, \
             `sections`, `table`",
        ),
        Owner::Plan => (
            "một kế hoạch là các dòng `khóa: giá trị` như `kind: chuong-trinh`, mỗi khóa một dòng",
            "a plan is a mapping of keys such as `kind: chuong-trinh`, one per line",
        ),
    };
    t(vi, en)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every mapping and every required key has words of its own, not the
    /// general ones (the plan's mapping help, "this key is required"), in
    /// both languages, worded differently.
    #[test]
    fn every_mapping_and_required_key_has_its_own_words() {
        let two = |text: &Text| {
            !text.vi.is_empty() && !text.en.is_empty() && text.vi != text.en
        };
        let plan_help = mapping_help(Owner::Plan);
        for owner in Owner::ALL {
            let help = mapping_help(owner);
            assert!(two(&help), "{owner:?}");
            assert!(
                owner == Owner::Plan || help != plan_help,
                "{owner:?} has no help of its own"
            );
            for key in owner.keys().iter().filter(|k| k.required) {
                assert!(
                    own_role(owner, key.name).is_some(),
                    "{owner:?} {} has no words of its own",
                    key.name
                );
                assert!(two(&key_role(owner, key.name)), "{owner:?} {}", key.name);
            }
        }
        assert!(two(&key_role(Owner::Plan, "no-such-key")));
    }
}
