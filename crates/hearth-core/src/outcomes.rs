//! Outcome monitoring: what family support achieves, compared between
//! families met face to face, online, or both (hybrid), by team and period.
//!
//! A family's modality in a period is read from the sessions that took place
//! with it then: only face to face, only online (video, phone, chat), or
//! both. Every figure is about families of one modality, so the columns
//! compare groups of families; a family without a session that took place
//! in the period counts only in "all". The store gathers plain facts (one
//! row per session, follow-up, score); this module counts them, so the
//! arithmetic is tested apart from any database.

use std::collections::{BTreeMap, BTreeSet};

use crate::support_sessions::{SessionMode, SessionOutcome};

/// How a family was met in a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Modality {
    FaceToFace,
    Digital,
    Hybrid,
}

impl Modality {
    pub const ALL: [Self; 3] = [Self::FaceToFace, Self::Digital, Self::Hybrid];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::FaceToFace => "face_to_face",
            Self::Digital => "digital",
            Self::Hybrid => "hybrid",
        }
    }

    pub fn of_mode(mode: SessionMode) -> Self {
        match mode {
            SessionMode::InPerson | SessionMode::Group => Self::FaceToFace,
            SessionMode::Video | SessionMode::Phone | SessionMode::Chat => Self::Digital,
        }
    }
}

/// Cells describing fewer families than this are suppressed in the
/// anonymised export.
pub const SMALLEST_CELL: u64 = 5;

/// One session in the period.
#[derive(Debug, Clone)]
pub struct SessionFact {
    pub family: String,
    pub mode: SessionMode,
    pub outcome: Option<SessionOutcome>,
}

/// One follow-up due in the period.
#[derive(Debug, Clone)]
pub struct FollowUpFact {
    pub family: String,
    pub on_time: bool,
}

/// A family whose first contact (first session that took place) fell in the period.
#[derive(Debug, Clone)]
pub struct FirstContactFact {
    pub family: String,
    pub days_from_referral: i64,
}

/// One scored answer in the period: a check-in, an assessment's concern or
/// protection total, or session feedback. `subject` is what a change is
/// followed for (a member and instrument, or a family).
#[derive(Debug, Clone)]
pub struct ScoreFact {
    pub family: String,
    pub subject: String,
    /// When, for ordering first and last.
    pub at: i64,
    pub value: i64,
}

/// The facts of a period, as the store read them.
#[derive(Debug, Clone, Default)]
pub struct Facts {
    pub sessions: Vec<SessionFact>,
    pub follow_ups: Vec<FollowUpFact>,
    pub first_contacts: Vec<FirstContactFact>,
    /// By instrument key, family members' check-ins (not session feedback).
    pub check_ins: BTreeMap<String, Vec<ScoreFact>>,
    pub concern: Vec<ScoreFact>,
    pub protection: Vec<ScoreFact>,
    pub feedback: Vec<ScoreFact>,
}

/// A mean with how many it is over and how many families that is.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Mean {
    pub sum: i64,
    pub count: u64,
    pub families: u64,
}

impl Mean {
    pub fn value(&self) -> Option<f64> {
        (self.count > 0).then(|| self.sum as f64 / self.count as f64)
    }
}

/// The figures for one group of families.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Figures {
    pub families: u64,
    pub sessions_held: u64,
    pub no_shows: u64,
    pub ended_abruptly: u64,
    /// Median days from referral to first contact, with how many families.
    pub first_contact_days: Option<i64>,
    pub first_contact_families: u64,
    pub follow_ups_due: u64,
    pub follow_ups_on_time: u64,
    pub follow_up_families: u64,
    /// Mean change from first to last answer in the period, per instrument.
    pub check_in_change: BTreeMap<String, Mean>,
    pub concern_change: Mean,
    pub protection_change: Mean,
    /// Mean session-feedback total.
    pub feedback: Mean,
}

/// Figures for each modality and for all families.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Outcomes {
    pub by_modality: BTreeMap<Modality, Figures>,
    pub all: Figures,
}

impl Outcomes {
    pub fn figures(&self, modality: Option<Modality>) -> Figures {
        match modality {
            Some(m) => self.by_modality.get(&m).cloned().unwrap_or_default(),
            None => self.all.clone(),
        }
    }
}

fn median(mut values: Vec<i64>) -> Option<i64> {
    values.sort_unstable();
    match values.len() {
        0 => None,
        n if n % 2 == 1 => Some(values[n / 2]),
        n => Some((values[n / 2 - 1] + values[n / 2]) / 2),
    }
}

/// Change from first to last per subject, for subjects with two or more.
fn changes(facts: &[ScoreFact]) -> Vec<(&str, i64)> {
    let mut by_subject: BTreeMap<&str, Vec<&ScoreFact>> = BTreeMap::new();
    for f in facts {
        by_subject.entry(&f.subject).or_default().push(f);
    }
    by_subject
        .into_values()
        .filter(|v| v.len() >= 2)
        .filter_map(|mut v| {
            v.sort_by_key(|f| f.at);
            let (first, last) = (v.first()?, v.last()?);
            Some((last.family.as_str(), last.value - first.value))
        })
        .collect()
}

fn mean_of<'a>(items: impl Iterator<Item = (&'a str, i64)>) -> Mean {
    let mut mean = Mean::default();
    let mut families = BTreeSet::new();
    for (family, value) in items {
        mean.sum += value;
        mean.count += 1;
        families.insert(family);
    }
    mean.families = families.len() as u64;
    mean
}

/// Counts the facts of a period.
pub fn count(facts: &Facts) -> Outcomes {
    // Each family's modality: from the sessions that took place with it.
    let mut modes: BTreeMap<&str, BTreeSet<Modality>> = BTreeMap::new();
    for s in &facts.sessions {
        if s.outcome.is_some_and(SessionOutcome::took_place) {
            modes.entry(&s.family).or_default().insert(Modality::of_mode(s.mode));
        }
    }
    let class: BTreeMap<&str, Modality> = modes
        .into_iter()
        .map(|(family, set)| {
            let m = if set.len() > 1 { Modality::Hybrid } else { set.into_iter().next().unwrap_or(Modality::Hybrid) };
            (family, m)
        })
        .collect();
    let groups: Vec<Option<Modality>> = std::iter::once(None).chain(Modality::ALL.into_iter().map(Some)).collect();
    let mut out = Outcomes::default();
    for group in groups {
        let in_group = |family: &str| group.is_none() || class.get(family).copied() == group;
        let mut f = Figures {
            families: class.iter().filter(|(family, _)| in_group(family)).count() as u64,
            ..Figures::default()
        };
        for s in facts.sessions.iter().filter(|s| in_group(&s.family)) {
            match s.outcome {
                Some(SessionOutcome::Held) => f.sessions_held += 1,
                Some(SessionOutcome::NoShow) => f.no_shows += 1,
                Some(SessionOutcome::EndedAbruptly) => f.ended_abruptly += 1,
                _ => {}
            }
        }
        let days: Vec<i64> =
            facts.first_contacts.iter().filter(|c| in_group(&c.family)).map(|c| c.days_from_referral).collect();
        f.first_contact_families = days.len() as u64;
        f.first_contact_days = median(days);
        let follow_ups: Vec<&FollowUpFact> = facts.follow_ups.iter().filter(|u| in_group(&u.family)).collect();
        f.follow_ups_due = follow_ups.len() as u64;
        f.follow_ups_on_time = follow_ups.iter().filter(|u| u.on_time).count() as u64;
        f.follow_up_families = follow_ups.iter().map(|u| u.family.as_str()).collect::<BTreeSet<_>>().len() as u64;
        for (key, scores) in &facts.check_ins {
            let mean = mean_of(changes(scores).into_iter().filter(|(family, _)| in_group(family)));
            if mean.count > 0 {
                f.check_in_change.insert(key.clone(), mean);
            }
        }
        f.concern_change = mean_of(changes(&facts.concern).into_iter().filter(|(family, _)| in_group(family)));
        f.protection_change = mean_of(changes(&facts.protection).into_iter().filter(|(family, _)| in_group(family)));
        f.feedback =
            mean_of(facts.feedback.iter().filter(|s| in_group(&s.family)).map(|s| (s.family.as_str(), s.value)));
        match group {
            Some(m) => {
                out.by_modality.insert(m, f);
            }
            None => out.all = f,
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn session(family: &str, mode: SessionMode, outcome: SessionOutcome) -> SessionFact {
        SessionFact { family: family.into(), mode, outcome: Some(outcome) }
    }

    fn score(family: &str, subject: &str, at: i64, value: i64) -> ScoreFact {
        ScoreFact { family: family.into(), subject: subject.into(), at, value }
    }

    /// Three families: A only face to face, B only online, C both; D had
    /// only a no-show, so it is in no modality and counts only in "all".
    fn facts() -> Facts {
        use SessionMode::*;
        use SessionOutcome::*;
        Facts {
            sessions: vec![
                session("A", InPerson, Held),
                session("A", Group, Held),
                session("B", Video, Held),
                session("B", Phone, EndedAbruptly),
                session("B", Video, NoShow),
                session("C", InPerson, Held),
                session("C", Chat, Held),
                session("D", Video, NoShow),
            ],
            follow_ups: vec![
                FollowUpFact { family: "A".into(), on_time: true },
                FollowUpFact { family: "B".into(), on_time: false },
                FollowUpFact { family: "B".into(), on_time: true },
            ],
            first_contacts: vec![
                FirstContactFact { family: "A".into(), days_from_referral: 4 },
                FirstContactFact { family: "B".into(), days_from_referral: 10 },
                FirstContactFact { family: "C".into(), days_from_referral: 7 },
            ],
            check_ins: [(
                "wellbeing-check-in".to_owned(),
                vec![
                    score("B", "b1", 2, 8),
                    score("B", "b1", 1, 14),
                    score("B", "b2", 1, 10),
                    score("C", "c1", 1, 12),
                    score("C", "c1", 5, 6),
                    score("C", "c1", 3, 9),
                ],
            )]
            .into_iter()
            .collect(),
            concern: vec![score("A", "A", 1, 9), score("A", "A", 2, 5)],
            protection: vec![score("A", "A", 1, 2), score("A", "A", 2, 6)],
            feedback: vec![score("B", "s1", 1, 10), score("B", "s2", 2, 6), score("C", "s3", 1, 12)],
        }
    }

    #[test]
    fn figures_match_a_hand_count() {
        let o = count(&facts());
        let a = o.figures(Some(Modality::FaceToFace));
        let b = o.figures(Some(Modality::Digital));
        let c = o.figures(Some(Modality::Hybrid));
        assert_eq!((a.families, b.families, c.families, o.all.families), (1, 1, 1, 3), "D had no session take place");
        assert_eq!((a.sessions_held, b.sessions_held, c.sessions_held), (2, 1, 2));
        assert_eq!((b.no_shows, b.ended_abruptly, o.all.no_shows), (1, 1, 2), "D's no-show counts in all");
        assert_eq!(o.all.first_contact_days, Some(7), "median of 4, 7 and 10");
        assert_eq!((b.follow_ups_due, b.follow_ups_on_time, o.all.follow_ups_on_time), (2, 1, 2));
        // B's member b1: 14 then 8 (ordered by time, not by list) = -6; b2 has one answer only.
        let wellbeing = |f: &Figures| f.check_in_change.get("wellbeing-check-in").copied().unwrap_or_default();
        assert_eq!(wellbeing(&b), Mean { sum: -6, count: 1, families: 1 });
        assert_eq!(wellbeing(&c), Mean { sum: -6, count: 1, families: 1 }, "12 first, 6 last");
        assert_eq!(wellbeing(&o.all).value(), Some(-6.0));
        assert_eq!((a.concern_change.sum, a.protection_change.sum), (-4, 4));
        assert_eq!(b.feedback, Mean { sum: 16, count: 2, families: 1 });
        assert_eq!(o.all.feedback.value(), Some(28.0 / 3.0));
        assert_eq!(median(vec![1, 9, 3, 5]), Some(4));
    }
}
