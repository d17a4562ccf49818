//! The directive checks: a defined directive's number typed out in the
//! text (`directive_as_text`), or one that differs from it only after the
//! slash (`directive_number_mismatch`).

use std::collections::HashMap;

use super::prose::Para;
use super::{Found, error, nowhere, range};
use crate::model::Plan;

/// Document numbers typed in the text, compared with the defined ones.
#[derive(Default)]
pub(super) struct Directives<'p> {
    /// Number (spaces removed) → id.
    pub(super) exact: HashMap<String, &'p str>,
    /// The part before the last `/` (when it holds letters) → id, number.
    pub(super) head: HashMap<String, (&'p str, &'p str)>,
}

impl<'p> Directives<'p> {
    /// The numbers of `plan`'s directives.
    pub(super) fn of(plan: &'p Plan) -> Self {
        let mut directives = Self::default();
        for d in &plan.directives {
            let number: String = d.number.value.split_whitespace().collect();
            directives.exact.entry(number.clone()).or_insert(d.id.value.as_str());
            if let Some((head, _)) = number.rsplit_once('/')
                && head.chars().any(char::is_alphabetic)
            {
                directives
                    .head
                    .entry(head.to_owned())
                    .or_insert((d.id.value.as_str(), d.number.value.as_str()));
            }
        }
        directives
    }

    pub(super) fn check(&self, para: &Para, found: &mut Vec<Found>) {
        if self.exact.is_empty() {
            return;
        }
        let n = para.len();
        let part = |c: char| c.is_alphanumeric() || c == '-' || c == '/';
        let mut i = 0;
        while i < n {
            if !para[i].1.is_ascii_digit() || i > 0 && part(para[i - 1].1) {
                i += 1;
                continue;
            }
            let mut j = i;
            while j < n && part(para[j].1) {
                j += 1;
            }
            let mut end = j;
            while end > i && matches!(para[end - 1].1, '-' | '/') {
                end -= 1;
            }
            let typed: String = para[i..end].iter().map(|&(_, c)| c).collect();
            if typed.contains('/') {
                if let Some(id) = self.exact.get(&typed) {
                    found.push(Found {
                        range: range(para, i, end),
                        diagnostic: error::directive_as_text(nowhere(), &typed, id),
                    });
                } else if let Some((head, _)) = typed.rsplit_once('/')
                    && let Some((id, number)) = self.head.get(head)
                {
                    found.push(Found {
                        range: range(para, i, end),
                        diagnostic: error::directive_number_mismatch(
                            nowhere(),
                            &typed,
                            id,
                            number,
                        ),
                    });
                }
            }
            i = j.max(i + 1);
        }
    }
}
