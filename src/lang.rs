//! The language the tool speaks: Vietnamese by default, English on request
//! (issue 11).
//!
//! Every message the tool prints is a [`Text`]: one value that holds the
//! Vietnamese and the English wording, built where the message is raised, so
//! a message cannot exist in one language only. What is printed is chosen
//! once, by [`Lang::choose`]: `--lang` > `PLAN_LANG` > `LC_ALL` >
//! `LC_MESSAGES` > `LANG` > Vietnamese. The words used are listed in
//! `docs/messages.md`.

use std::fmt;
use std::sync::atomic::{AtomicU8, Ordering};

/// A language the tool prints messages in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, clap::ValueEnum)]
pub enum Lang {
    /// Vietnamese (tiếng Việt), the default.
    #[default]
    Vi,
    /// English.
    En,
}

impl Lang {
    /// Both languages, Vietnamese first.
    pub const ALL: [Lang; 2] = [Lang::Vi, Lang::En];

    /// The language a `--lang` value, `PLAN_LANG` or a locale names: `en`,
    /// `en_US.UTF-8`, `EN` are English, `vi`, `vi_VN` Vietnamese; anything
    /// else (`C`, `POSIX`, `fr_FR`) names neither.
    pub fn parse(value: &str) -> Option<Lang> {
        let lower = value.trim().to_ascii_lowercase();
        if lower.starts_with("en") {
            Some(Lang::En)
        } else if lower.starts_with("vi") {
            Some(Lang::Vi)
        } else {
            None
        }
    }

    /// The language to speak: `flag` (`--lang`) first, then `PLAN_LANG`, then
    /// the locale as POSIX reads it (the first of `LC_ALL`, `LC_MESSAGES`,
    /// `LANG` that is set and not empty decides: English when it starts with
    /// `en`), else Vietnamese. `var` reads an environment variable.
    pub fn choose(flag: Option<Lang>, var: impl Fn(&str) -> Option<String>) -> Lang {
        if let Some(lang) = flag {
            return lang;
        }
        if let Some(lang) = var("PLAN_LANG").as_deref().and_then(Lang::parse) {
            return lang;
        }
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .filter_map(&var)
            .find(|value| !value.is_empty());
        match locale.as_deref().and_then(Lang::parse) {
            Some(Lang::En) => Lang::En,
            _ => Lang::Vi,
        }
    }

    /// The code written on the command line: `vi` or `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }
}

/// The language the command line chose for this process (Vietnamese until
/// [`set`] is called). Only what prints through [`fmt::Display`] reads it:
/// reports take their language as an argument.
static CURRENT: AtomicU8 = AtomicU8::new(0);

/// Sets the language of this process; the command line calls it once, first.
pub fn set(lang: Lang) {
    CURRENT.store(lang as u8, Ordering::Relaxed);
}

/// The language of this process (see [`set`]).
pub fn current() -> Lang {
    match CURRENT.load(Ordering::Relaxed) {
        1 => Lang::En,
        _ => Lang::Vi,
    }
}

/// One message in both languages.
///
/// Built with [`t`]: `t("khóa lạ `sigener`", "unknown key `sigener`")`.
/// Values quoted from the plan (dates, text, keys) are data and appear in
/// both wordings as they are.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct Text {
    /// The Vietnamese wording.
    pub vi: String,
    /// The English wording.
    pub en: String,
}

impl Text {
    /// The wording in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Vi => &self.vi,
            Lang::En => &self.en,
        }
    }

    /// Whether both wordings are empty (no label, for instance).
    pub fn is_empty(&self) -> bool {
        self.vi.is_empty() && self.en.is_empty()
    }

    /// Applies `f` to both wordings (escaping, for instance).
    #[must_use]
    pub fn map(&self, f: impl Fn(&str) -> String) -> Text {
        Text { vi: f(&self.vi), en: f(&self.en) }
    }
}

/// A message in Vietnamese (`vi`) and English (`en`).
pub fn t(vi: impl Into<String>, en: impl Into<String>) -> Text {
    Text { vi: vi.into(), en: en.into() }
}

/// Prints the wording of the process's language ([`current`]).
impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.get(current()))
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    fn choose(flag: Option<Lang>, env: &[(&str, &str)]) -> Lang {
        let env: HashMap<&str, &str> = env.iter().copied().collect();
        Lang::choose(flag, |name| env.get(name).map(|v| (*v).to_owned()))
    }

    #[test]
    fn vietnamese_unless_english_is_asked_for() {
        assert_eq!(choose(None, &[]), Lang::Vi);
        assert_eq!(choose(None, &[("LANG", "C.UTF-8")]), Lang::Vi);
        assert_eq!(choose(None, &[("LANG", "fr_FR.UTF-8")]), Lang::Vi);
        assert_eq!(choose(None, &[("LANG", "en_US.UTF-8")]), Lang::En);
        assert_eq!(choose(None, &[("LC_MESSAGES", "en_GB")]), Lang::En);
        assert_eq!(choose(None, &[("LC_ALL", "en")]), Lang::En);
        assert_eq!(choose(None, &[("PLAN_LANG", "en")]), Lang::En);
    }

    #[test]
    fn precedence_is_flag_plan_lang_lc_all_lc_messages_lang() {
        let all = [
            ("PLAN_LANG", "vi"),
            ("LC_ALL", "en_US.UTF-8"),
            ("LC_MESSAGES", "vi_VN"),
            ("LANG", "en_US"),
        ];
        assert_eq!(choose(Some(Lang::En), &all), Lang::En);
        assert_eq!(choose(None, &all), Lang::Vi, "PLAN_LANG beats the locale");
        assert_eq!(choose(None, &all[1..]), Lang::En, "LC_ALL beats LC_MESSAGES");
        assert_eq!(choose(None, &all[2..]), Lang::Vi, "LC_MESSAGES beats LANG");
        assert_eq!(choose(None, &all[3..]), Lang::En);
        // A set but empty variable does not decide; a PLAN_LANG that names
        // neither language is passed over.
        assert_eq!(choose(None, &[("LC_ALL", ""), ("LANG", "en_US")]), Lang::En);
        assert_eq!(choose(None, &[("PLAN_LANG", "de"), ("LANG", "en_US")]), Lang::En);
        // POSIX: the first locale variable set decides, even when it is C.
        assert_eq!(choose(None, &[("LC_ALL", "C"), ("LANG", "en_US")]), Lang::Vi);
    }
}
