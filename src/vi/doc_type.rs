//! The document's type name: "Chương trình", "Kế hoạch", or the plan's own
//! `type_name` ("Chương trình hành động"; `plan-format.md`, "`type_name`").

use crate::model::Kind;

/// The type name as written in running text: `type_name` when given
/// (trimmed, line breaks as spaces), else "Chương trình" / "Kế hoạch".
/// The appendix line "(Kèm theo Chương trình hành động số …)" uses it; the
/// type line prints it in upper case.
pub(crate) fn name(kind: Kind, type_name: Option<&str>) -> String {
    match type_name.map(|t| t.split_whitespace().collect::<Vec<_>>().join(" ")) {
        Some(name) if !name.is_empty() => name,
        _ => match kind {
            Kind::ChuongTrinh => "Chương trình".to_owned(),
            Kind::KeHoach => "Kế hoạch".to_owned(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(name(Kind::ChuongTrinh, None), "Chương trình");
        assert_eq!(name(Kind::KeHoach, None), "Kế hoạch");
        assert_eq!(
            name(Kind::ChuongTrinh, Some("Chương trình\nhành động")),
            "Chương trình hành động"
        );
        assert_eq!(name(Kind::KeHoach, Some("  ")), "Kế hoạch");
    }
}
