//! Peer-support communities: moderated groups where families who went
//! through the same talk under pseudonyms. What a pseudonym, a group, its
//! house rules and a post may be; how a post's light formatting becomes
//! safe HTML; and when an unanswered question is raised with whom.

use crate::clock::Timestamp;

/// The name a member goes by in the community: never their real name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pseudonym(String);

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InvalidPseudonym {
    #[error("a pseudonym has at least 3 characters")]
    TooShort,
    #[error("a pseudonym has at most 30 characters")]
    TooLong,
    #[error("a pseudonym has letters, digits, spaces, dots, dashes and underscores only")]
    Characters,
    #[error("a pseudonym may not contain one's real name")]
    RealName,
}

impl Pseudonym {
    pub const MIN_CHARS: usize = 3;
    pub const MAX_CHARS: usize = 30;

    /// Reads a pseudonym, refusing one that contains any part (three
    /// letters or more) of any of `real_names` (the account's name, the
    /// e-mail's name, the name on the family file), whatever the case and
    /// whatever dots, dashes or spaces are put in between.
    pub fn parse(text: &str, real_names: &[&str]) -> Result<Self, InvalidPseudonym> {
        let words: Vec<&str> = text.split_whitespace().collect();
        let t = words.join(" ");
        let n = t.chars().count();
        if n < Self::MIN_CHARS {
            return Err(InvalidPseudonym::TooShort);
        }
        if n > Self::MAX_CHARS {
            return Err(InvalidPseudonym::TooLong);
        }
        if !t.chars().all(|c| c.is_alphanumeric() || matches!(c, ' ' | '.' | '-' | '_')) {
            return Err(InvalidPseudonym::Characters);
        }
        let letters = letters_only(&t);
        let gives_away = real_names
            .iter()
            .flat_map(|name| name.split(|c: char| !c.is_alphanumeric()))
            .filter(|part| part.chars().count() >= 3)
            .any(|part| letters.contains(&letters_only(part)));
        if gives_away {
            return Err(InvalidPseudonym::RealName);
        }
        Ok(Self(t))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Two pseudonyms that differ only in case or in dots, dashes and
    /// underscores would be mistaken for each other: they share a key, which
    /// is unique in an organisation.
    pub fn key(&self) -> String {
        letters_only(&self.0)
    }

    /// A pseudonym as stored, trusted.
    pub fn from_trusted(text: String) -> Self {
        Self(text)
    }
}

/// Lower case, letters and digits only.
fn letters_only(text: &str) -> String {
    text.chars().flat_map(char::to_lowercase).filter(|c| c.is_alphanumeric()).collect()
}

/// A group's name and what it is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupDetails {
    pub name: String,
    pub purpose: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InvalidGroup {
    #[error("a group needs a name")]
    NameMissing,
    #[error("a group's name is at most 80 characters")]
    NameTooLong,
    #[error("a group's purpose is at most 500 characters")]
    PurposeTooLong,
}

impl GroupDetails {
    pub fn parse(name: &str, purpose: &str) -> Result<Self, InvalidGroup> {
        let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
        let purpose = purpose.trim();
        if name.is_empty() {
            return Err(InvalidGroup::NameMissing);
        }
        if name.chars().count() > 80 {
            return Err(InvalidGroup::NameTooLong);
        }
        if purpose.chars().count() > 500 {
            return Err(InvalidGroup::PurposeTooLong);
        }
        Ok(Self { name, purpose: purpose.to_owned() })
    }
}

/// Free text with a lower and an upper bound, counted in characters after
/// trimming: house rules, posts, reasons, an application's answer.
macro_rules! bounded_text {
    ($(#[$doc:meta])* $name:ident, $min:expr, $max:expr) => {
        $(#[$doc])*
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct $name(String);

        impl $name {
            pub const MIN_CHARS: usize = $min;
            pub const MAX_CHARS: usize = $max;

            pub fn parse(text: &str) -> Result<Self, InvalidLength> {
                let t = text.trim();
                let n = t.chars().count();
                if n == 0 {
                    Err(InvalidLength::Empty)
                } else if n < Self::MIN_CHARS {
                    Err(InvalidLength::TooShort)
                } else if n > Self::MAX_CHARS {
                    Err(InvalidLength::TooLong)
                } else {
                    Ok(Self(t.to_owned()))
                }
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }
    };
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InvalidLength {
    #[error("nothing was written")]
    Empty,
    #[error("too short")]
    TooShort,
    #[error("too long")]
    TooLong,
}

bounded_text!(
    /// A group's house rules, one version of them.
    HouseRules,
    20,
    8_000
);
bounded_text!(
    /// A topic's title.
    TopicTitle,
    3,
    150
);
bounded_text!(
    /// The text of a post: a topic's opening or a reply.
    PostBody,
    1,
    8_000
);
bounded_text!(
    /// Why a moderator acted, a post was flagged, or an application was
    /// declined: the person it concerns reads it.
    Reason,
    3,
    1_000
);
bounded_text!(
    /// What someone applying to a group says about why they want to join.
    ApplicationAnswer,
    10,
    1_000
);

/// Light formatting, as HTML that carries nothing of what was typed as
/// markup: every character is escaped first. Blank lines separate
/// paragraphs, a line break stays a line break, lines starting with "- "
/// or "* " make a list, `**bold**` and `_emphasis_` are kept. No links,
/// images or HTML of any kind.
pub fn light_format_html(text: &str) -> String {
    let mut out = String::new();
    let normalised = text.replace("\r\n", "\n");
    for block in normalised.split("\n\n").map(|b| b.trim_matches('\n')).filter(|b| !b.trim().is_empty()) {
        let lines: Vec<&str> = block.lines().collect();
        let is_item = |l: &str| l.trim_start().starts_with("- ") || l.trim_start().starts_with("* ");
        if lines.iter().all(|l| is_item(l)) {
            out.push_str("<ul>");
            for line in lines {
                out.push_str("<li>");
                out.push_str(&inline(line.trim_start()[2..].trim()));
                out.push_str("</li>");
            }
            out.push_str("</ul>");
        } else {
            out.push_str("<p>");
            let rendered: Vec<String> = lines.iter().map(|l| inline(l.trim_end())).collect();
            out.push_str(&rendered.join("<br>"));
            out.push_str("</p>");
        }
    }
    out
}

/// `**bold**` and `_emphasis_` within one line, the rest escaped. A marker
/// without its partner is kept as typed.
fn inline(line: &str) -> String {
    let mut out = String::new();
    let mut rest = line;
    while !rest.is_empty() {
        let next = [("**", "strong"), ("_", "em")]
            .iter()
            .filter_map(|(marker, tag)| {
                let start = rest.find(marker)?;
                let after = &rest[start + marker.len()..];
                let len = after.find(marker)?;
                (len > 0 && !after[..len].trim().is_empty()).then_some((start, *marker, *tag, len))
            })
            .min_by_key(|(start, ..)| *start);
        match next {
            Some((start, marker, tag, len)) => {
                escape_into(&mut out, &rest[..start]);
                let inner = &rest[start + marker.len()..start + marker.len() + len];
                out.push_str(&format!("<{tag}>"));
                escape_into(&mut out, inner);
                out.push_str(&format!("</{tag}>"));
                rest = &rest[start + 2 * marker.len() + len..];
            }
            None => {
                escape_into(&mut out, rest);
                rest = "";
            }
        }
    }
    out
}

fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

/// After how long an unanswered question is raised with the group's
/// ambassadors, and after how long with the community manager.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuestionLimits {
    pub ambassadors_after_hours: u32,
    pub manager_after_hours: u32,
}

impl Default for QuestionLimits {
    fn default() -> Self {
        Self { ambassadors_after_hours: 24, manager_after_hours: 72 }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InvalidQuestionLimits {
    #[error("each limit is a whole number of hours from 1 to 336")]
    OutOfRange,
    #[error("the manager is told later than the ambassadors")]
    ManagerNotLater,
}

impl QuestionLimits {
    pub const MAX_HOURS: u32 = 14 * 24;

    pub fn parse(ambassadors: &str, manager: &str) -> Result<Self, InvalidQuestionLimits> {
        let hours = |t: &str| t.trim().parse::<u32>().ok().filter(|h| (1..=Self::MAX_HOURS).contains(h));
        let (Some(ambassadors_after_hours), Some(manager_after_hours)) = (hours(ambassadors), hours(manager)) else {
            return Err(InvalidQuestionLimits::OutOfRange);
        };
        if manager_after_hours <= ambassadors_after_hours {
            return Err(InvalidQuestionLimits::ManagerNotLater);
        }
        Ok(Self { ambassadors_after_hours, manager_after_hours })
    }

    /// Who should have been told by `now` about a question asked at
    /// `asked_at` that nobody has answered.
    pub fn raise(&self, asked_at: Timestamp, now: Timestamp) -> QuestionRaised {
        let waited = now.millis() - asked_at.millis();
        let hours = |h: u32| i64::from(h) * 3_600_000;
        if waited >= hours(self.manager_after_hours) {
            QuestionRaised::Manager
        } else if waited >= hours(self.ambassadors_after_hours) {
            QuestionRaised::Ambassadors
        } else {
            QuestionRaised::NotYet
        }
    }
}

/// How far an unanswered question has been raised; stored as its level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum QuestionRaised {
    NotYet,
    Ambassadors,
    Manager,
}

impl QuestionRaised {
    pub fn level(self) -> i64 {
        match self {
            Self::NotYet => 0,
            Self::Ambassadors => 1,
            Self::Manager => 2,
        }
    }
    pub fn from_level(level: i64) -> Self {
        match level {
            i64::MIN..=0 => Self::NotYet,
            1 => Self::Ambassadors,
            _ => Self::Manager,
        }
    }
}

/// The middle of some durations (the lower middle of an even count).
pub fn median(mut values: Vec<i64>) -> Option<i64> {
    values.sort_unstable();
    let n = values.len();
    (n > 0).then(|| values[(n - 1) / 2])
}

/// What a moderator, or the community manager, did; kept in the group's
/// moderation log.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ModerationKind {
    Hid,
    Edited,
    Warned,
    Muted,
    Removed,
    FlagDismissed,
    ApplicationApproved,
    ApplicationDeclined,
    RulesPublished,
}

impl ModerationKind {
    pub const ALL: [Self; 9] = [
        Self::Hid,
        Self::Edited,
        Self::Warned,
        Self::Muted,
        Self::Removed,
        Self::FlagDismissed,
        Self::ApplicationApproved,
        Self::ApplicationDeclined,
        Self::RulesPublished,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Hid => "hid",
            Self::Edited => "edited",
            Self::Warned => "warned",
            Self::Muted => "muted",
            Self::Removed => "removed",
            Self::FlagDismissed => "flag_dismissed",
            Self::ApplicationApproved => "application_approved",
            Self::ApplicationDeclined => "application_declined",
            Self::RulesPublished => "rules_published",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

/// What a scheduled post is, for the manager planning them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScheduledKind {
    /// A question to get people talking.
    Prompt,
    /// Something to read, watch or use.
    Resource,
    /// A meeting, online or in person.
    Event,
}

impl ScheduledKind {
    pub const ALL: [Self; 3] = [Self::Prompt, Self::Resource, Self::Event];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Prompt => "prompt",
            Self::Resource => "resource",
            Self::Event => "event",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

/// How long a member may be muted, in days.
pub fn parse_mute_days(text: &str) -> Option<u32> {
    text.trim().parse().ok().filter(|d| (1..=90).contains(d))
}

#[cfg(test)]
mod tests {
    use super::*;

    type TestResult = Result<(), Box<dyn std::error::Error>>;

    #[test]
    fn pseudonyms_never_carry_the_real_name() -> TestResult {
        let farah = ["Farah Haddad"];
        assert_eq!(Pseudonym::parse("  Quiet   river ", &farah)?.as_str(), "Quiet river");
        assert_eq!(Pseudonym::parse("farah_k", &farah), Err(InvalidPseudonym::RealName));
        assert_eq!(Pseudonym::parse("TheHADDADs", &farah), Err(InvalidPseudonym::RealName));
        // Dots, dashes and spaces put in between do not hide it.
        assert_eq!(Pseudonym::parse("Fa.rah", &farah), Err(InvalidPseudonym::RealName));
        assert_eq!(Pseudonym::parse("Had-dad 2", &farah), Err(InvalidPseudonym::RealName));
        // Every name given counts: the e-mail's, the family file's.
        assert_eq!(Pseudonym::parse("fkarimi", &["Farah Family", "fkarimi"]), Err(InvalidPseudonym::RealName));
        assert_eq!(Pseudonym::parse("Al", &farah), Err(InvalidPseudonym::TooShort));
        assert_eq!(Pseudonym::parse(&"x".repeat(31), &farah), Err(InvalidPseudonym::TooLong));
        assert_eq!(Pseudonym::parse("<b>me</b>", &farah), Err(InvalidPseudonym::Characters));
        // Other scripts are names too; short name parts do not block everything.
        assert!(Pseudonym::parse("أم يوسف", &["Jo Li"]).is_ok());
        assert_eq!(Pseudonym::parse("نور الهدى", &["نور الهدى"]), Err(InvalidPseudonym::RealName));
        Ok(())
    }

    #[test]
    fn look_alike_pseudonyms_share_a_key() -> TestResult {
        let a = Pseudonym::parse("Quiet.River", &[])?;
        let b = Pseudonym::parse("quiet river", &[])?;
        assert_eq!(a.key(), b.key());
        Ok(())
    }

    #[test]
    fn light_formatting_escapes_everything_else() -> TestResult {
        assert_eq!(light_format_html("Hello **you** and _me_"), "<p>Hello <strong>you</strong> and <em>me</em></p>");
        assert_eq!(
            light_format_html("<script>alert(1)</script>\n**<b>**"),
            "<p>&lt;script&gt;alert(1)&lt;/script&gt;<br><strong>&lt;b&gt;</strong></p>"
        );
        assert_eq!(
            light_format_html("one\n\n- a\n- b\n\nthree"),
            "<p>one</p><ul><li>a</li><li>b</li></ul><p>three</p>"
        );
        assert_eq!(light_format_html("a ** b _ c"), "<p>a ** b _ c</p>");
        assert_eq!(light_format_html("snake_case_name"), "<p>snake<em>case</em>name</p>");
        assert_eq!(light_format_html("\" ' &"), "<p>&quot; &#39; &amp;</p>");
        assert_eq!(light_format_html("  \n\n "), "");
        assert_eq!(light_format_html("مرحبا **بكم**"), "<p>مرحبا <strong>بكم</strong></p>");
        Ok(())
    }

    #[test]
    fn questions_are_raised_first_with_ambassadors_then_the_manager() -> TestResult {
        let limits = QuestionLimits::default();
        let asked = Timestamp(0);
        assert_eq!(limits.raise(asked, asked.plus_seconds(23 * 3600)), QuestionRaised::NotYet);
        assert_eq!(limits.raise(asked, asked.plus_seconds(24 * 3600)), QuestionRaised::Ambassadors);
        assert_eq!(limits.raise(asked, asked.plus_seconds(72 * 3600)), QuestionRaised::Manager);
        assert_eq!(QuestionLimits::parse("12", "12"), Err(InvalidQuestionLimits::ManagerNotLater));
        assert_eq!(QuestionLimits::parse("0", "12"), Err(InvalidQuestionLimits::OutOfRange));
        assert_eq!(QuestionLimits::parse("6", "48")?.manager_after_hours, 48);
        for level in [QuestionRaised::NotYet, QuestionRaised::Ambassadors, QuestionRaised::Manager] {
            assert_eq!(QuestionRaised::from_level(level.level()), level);
        }
        Ok(())
    }

    #[test]
    fn bounded_texts() -> TestResult {
        assert_eq!(Reason::parse(" "), Err(InvalidLength::Empty));
        assert_eq!(Reason::parse("no"), Err(InvalidLength::TooShort));
        assert!(Reason::parse("Off topic").is_ok());
        assert_eq!(PostBody::parse(&"x".repeat(8_001)), Err(InvalidLength::TooLong));
        assert_eq!(median(vec![5, 1, 3]), Some(3));
        assert_eq!(median(vec![4, 1, 3, 2]), Some(2));
        assert_eq!(median(Vec::new()), None);
        for kind in ModerationKind::ALL {
            assert_eq!(ModerationKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(parse_mute_days("7"), Some(7));
        for kind in ScheduledKind::ALL {
            assert_eq!(ScheduledKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(parse_mute_days("0"), None);
        Ok(())
    }
}
