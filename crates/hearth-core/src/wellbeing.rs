//! Practitioner wellbeing guardrails: working hours, the most counselling
//! sessions per day and per week, the shortest break between sessions and
//! days off. The scheduler asks these rules before a session is planned.
//!
//! Times here are local to the organisation: a date and minutes since
//! midnight. Turning an instant into local time is the caller's job.

use crate::zone::{Zone, format_clock_time, parse_clock_time};

/// A calendar date in the organisation's time zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub struct LocalDate {
    pub year: i64,
    pub month: u32,
    pub day: u32,
}

impl LocalDate {
    /// 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> usize {
        self.civil().map(|d| d.weekday().to_monday_zero_offset()).unwrap_or(0).clamp(0, 6) as usize
    }
    /// The Monday of this date's week, as a day number.
    fn week(self) -> i64 {
        self.monday().day_number()
    }
}

/// A planned session: its local date, start (minutes after midnight) and length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot {
    pub date: LocalDate,
    pub start_minute: u32,
    pub minutes: u32,
}

impl Slot {
    fn end_minute(self) -> u32 {
        self.start_minute + self.minutes
    }
}

/// Working hours per weekday (Monday first); `None` is a day not worked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Guardrails {
    pub hours: [Option<(u32, u32)>; 7],
    pub max_sessions_per_day: u32,
    pub max_sessions_per_week: u32,
    pub min_break_minutes: u32,
    pub days_off: Vec<LocalDate>,
}

impl Guardrails {
    /// A practitioner's own limits may be stricter, never looser, than the
    /// organisation's: the stricter of each applies.
    pub fn with_personal(&self, personal: &Guardrails) -> Guardrails {
        let hours = std::array::from_fn(|d| match (self.hours[d], personal.hours[d]) {
            (Some((a, b)), Some((c, e))) if a.max(c) < b.min(e) => Some((a.max(c), b.min(e))),
            _ => None,
        });
        let mut days_off = self.days_off.clone();
        days_off.extend(personal.days_off.iter().copied());
        Guardrails {
            hours,
            max_sessions_per_day: self.max_sessions_per_day.min(personal.max_sessions_per_day),
            max_sessions_per_week: self.max_sessions_per_week.min(personal.max_sessions_per_week),
            min_break_minutes: self.min_break_minutes.max(personal.min_break_minutes),
            days_off,
        }
    }

    /// What the rules say about adding `new` to the sessions already planned.
    pub fn check(&self, planned: &[Slot], new: Slot) -> Verdict {
        let mut refused = Vec::new();
        let mut warnings = Vec::new();
        if self.days_off.contains(&new.date) {
            refused.push(Concern::DayOff);
        }
        match self.hours[new.date.weekday()] {
            None => refused.push(Concern::NotAWorkingDay),
            Some((from, to)) if new.start_minute < from || new.end_minute() > to => {
                refused.push(Concern::OutsideHours { from, to })
            }
            Some(_) => {}
        }
        let same_day = planned.iter().filter(|s| s.date == new.date).count() as u32;
        if same_day >= self.max_sessions_per_day {
            refused.push(Concern::DayLimit { limit: self.max_sessions_per_day });
        } else if same_day + 1 == self.max_sessions_per_day {
            warnings.push(Concern::LastOfDay { limit: self.max_sessions_per_day });
        }
        let same_week = planned.iter().filter(|s| s.date.week() == new.date.week()).count() as u32;
        if same_week >= self.max_sessions_per_week {
            refused.push(Concern::WeekLimit { limit: self.max_sessions_per_week });
        } else if same_week + 1 == self.max_sessions_per_week {
            warnings.push(Concern::LastOfWeek { limit: self.max_sessions_per_week });
        }
        // Breaks and overlaps on an absolute minute line, so a late session
        // is also weighed against the next morning's.
        let line = |slot: Slot| {
            let start = slot.date.day_number() * 1440 + i64::from(slot.start_minute);
            (start, start + i64::from(slot.minutes))
        };
        let (new_start, new_end) = line(new);
        for s in planned.iter().filter(|s| (s.date.day_number() - new.date.day_number()).abs() <= 1) {
            let (start, end) = line(*s);
            let gap = if start >= new_end {
                start - new_end
            } else if new_start >= end {
                new_start - end
            } else {
                -1
            };
            if gap < 0 {
                refused.push(Concern::Overlap);
            } else if gap < i64::from(self.min_break_minutes) {
                refused.push(Concern::BreakTooShort { minutes: gap as u32, required: self.min_break_minutes });
            }
        }
        if !refused.is_empty() {
            Verdict::Refused(refused)
        } else if !warnings.is_empty() {
            Verdict::Warn(warnings)
        } else {
            Verdict::Allow
        }
    }
}

impl Guardrails {
    /// Whether a slot lies within working hours on a working day that is not a day off.
    pub fn within_hours(&self, slot: Slot) -> bool {
        !self.days_off.contains(&slot.date)
            && matches!(self.hours[slot.date.weekday()], Some((from, to)) if slot.start_minute >= from && slot.end_minute() <= to)
    }

    /// Whether a local moment falls inside working hours.
    pub fn working_at(&self, date: LocalDate, minute: u32) -> bool {
        self.within_hours(Slot { date, start_minute: minute, minutes: 0 })
    }

    /// When work next starts after a local moment outside working hours,
    /// looking up to four weeks ahead.
    pub fn next_start(&self, date: LocalDate, minute: u32) -> Option<(LocalDate, u32)> {
        (0..28).find_map(|offset| {
            let day = date.plus_days(offset);
            match self.hours[day.weekday()] {
                Some((from, _)) if !self.days_off.contains(&day) && (offset > 0 || minute < from) => Some((day, from)),
                _ => None,
            }
        })
    }

    /// Working hours as stored: seven `HH:MM-HH:MM` fields, Monday first; empty for a day not worked.
    pub fn encode_hours(&self) -> String {
        self.hours
            .iter()
            .map(|h| match h {
                Some((from, to)) => format!("{}-{}", format_clock_time(*from), format_clock_time(*to)),
                None => String::new(),
            })
            .collect::<Vec<_>>()
            .join(",")
    }

    pub fn decode_hours(text: &str) -> Option<[Option<(u32, u32)>; 7]> {
        let fields: Vec<&str> = text.split(',').collect();
        if fields.len() != 7 {
            return None;
        }
        let mut hours = [None; 7];
        for (day, field) in fields.iter().enumerate() {
            if field.is_empty() {
                continue;
            }
            let (from, to) = field.split_once('-')?;
            let (from, to) = (parse_clock_time(from)?, parse_clock_time(to)?);
            if from >= to {
                return None;
            }
            hours[day] = Some((from, to));
        }
        Some(hours)
    }

    pub fn encode_days_off(&self) -> String {
        self.days_off.iter().map(ToString::to_string).collect::<Vec<_>>().join(" ")
    }

    pub fn decode_days_off(text: &str) -> Option<Vec<LocalDate>> {
        text.split_whitespace().map(LocalDate::parse).collect()
    }
}

/// The organisation's scheduling policy: its time zone, the guardrails every
/// practitioner works within, when aftercare is due and when reminders go.
#[derive(Debug, Clone, PartialEq)]
pub struct WellbeingPolicy {
    pub zone: Zone,
    pub guardrails: Guardrails,
    /// Hours after a session within which its follow-up is due.
    pub aftercare_due_hours: u32,
    /// Hours before a session at which family members and translators are reminded.
    pub reminder_hours: Vec<u32>,
}

/// Bounds the policy form enforces.
pub const MAX_SESSIONS_PER_DAY: u32 = 12;
pub const MAX_SESSIONS_PER_WEEK: u32 = 60;
pub const MAX_BREAK_MINUTES: u32 = 240;
pub const MAX_AFTERCARE_HOURS: u32 = 168;
pub const MAX_REMINDERS: usize = 3;

impl Default for WellbeingPolicy {
    fn default() -> Self {
        let day = Some((9 * 60, 17 * 60));
        Self {
            zone: Zone::utc(),
            guardrails: Guardrails {
                hours: [day, day, day, day, day, None, None],
                max_sessions_per_day: 4,
                max_sessions_per_week: 16,
                min_break_minutes: 15,
                days_off: Vec::new(),
            },
            aftercare_due_hours: 24,
            reminder_hours: vec![24, 2],
        }
    }
}

impl WellbeingPolicy {
    pub fn encode_reminders(&self) -> String {
        self.reminder_hours.iter().map(ToString::to_string).collect::<Vec<_>>().join(",")
    }

    /// Reads reminder hours such as `24, 2`: at most three, each 1–168 hours.
    pub fn decode_reminders(text: &str) -> Option<Vec<u32>> {
        let mut hours: Vec<u32> = text
            .split([',', ' '])
            .filter(|t| !t.is_empty())
            .map(|t| t.parse().ok().filter(|h| (1..=MAX_AFTERCARE_HOURS).contains(h)))
            .collect::<Option<_>>()?;
        hours.sort_unstable_by(|a, b| b.cmp(a));
        hours.dedup();
        (hours.len() <= MAX_REMINDERS).then_some(hours)
    }
}

/// Why a session is refused or warned about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Concern {
    DayOff,
    NotAWorkingDay,
    OutsideHours { from: u32, to: u32 },
    DayLimit { limit: u32 },
    WeekLimit { limit: u32 },
    LastOfDay { limit: u32 },
    LastOfWeek { limit: u32 },
    BreakTooShort { minutes: u32, required: u32 },
    Overlap,
}

impl Concern {
    /// A stable code, kept with a session planned beyond a guardrail.
    pub fn code(self) -> &'static str {
        match self {
            Self::DayOff => "day_off",
            Self::NotAWorkingDay => "not_a_working_day",
            Self::OutsideHours { .. } => "outside_hours",
            Self::DayLimit { .. } => "day_limit",
            Self::WeekLimit { .. } => "week_limit",
            Self::LastOfDay { .. } => "last_of_day",
            Self::LastOfWeek { .. } => "last_of_week",
            Self::BreakTooShort { .. } => "break_too_short",
            Self::Overlap => "overlap",
        }
    }
}

/// Refused sessions may still be planned with a written reason, which the
/// supervisor sees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Allow,
    Warn(Vec<Concern>),
    Refused(Vec<Concern>),
}

#[cfg(test)]
mod tests {
    use super::*;

    const MON: LocalDate = LocalDate { year: 2026, month: 11, day: 23 };
    const TUE: LocalDate = LocalDate { year: 2026, month: 11, day: 24 };
    const SAT: LocalDate = LocalDate { year: 2026, month: 11, day: 28 };
    const NEXT_MON: LocalDate = LocalDate { year: 2026, month: 11, day: 30 };

    fn rails() -> Guardrails {
        let day = Some((9 * 60, 17 * 60));
        Guardrails {
            hours: [day, day, day, day, day, None, None],
            max_sessions_per_day: 3,
            max_sessions_per_week: 8,
            min_break_minutes: 15,
            days_off: vec![LocalDate { year: 2026, month: 12, day: 25 }],
        }
    }

    fn at(date: LocalDate, hour: u32, minute: u32) -> Slot {
        Slot { date, start_minute: hour * 60 + minute, minutes: 60 }
    }

    #[test]
    fn weekdays() {
        assert_eq!(MON.weekday(), 0);
        assert_eq!(TUE.weekday(), 1);
        assert_eq!(SAT.weekday(), 5);
        assert_eq!(MON.week(), TUE.week());
        assert_ne!(MON.week(), NEXT_MON.week());
    }

    #[test]
    fn the_nth_session_of_the_day_is_allowed_with_a_warning_and_the_next_refused() {
        let r = rails();
        let planned = [at(MON, 9, 0), at(MON, 10, 15)];
        assert_eq!(r.check(&planned[..1], at(MON, 10, 15)), Verdict::Allow);
        assert_eq!(r.check(&planned, at(MON, 11, 30)), Verdict::Warn(vec![Concern::LastOfDay { limit: 3 }]));
        let full = [at(MON, 9, 0), at(MON, 10, 15), at(MON, 11, 30)];
        assert_eq!(r.check(&full, at(MON, 13, 0)), Verdict::Refused(vec![Concern::DayLimit { limit: 3 }]));
    }

    #[test]
    fn the_week_limit_counts_monday_to_sunday() {
        let r = rails();
        let days = [
            MON,
            MON,
            TUE,
            TUE,
            LocalDate { day: 25, ..MON },
            LocalDate { day: 25, ..MON },
            LocalDate { day: 26, ..MON },
        ];
        let planned: Vec<Slot> = days.iter().enumerate().map(|(i, d)| at(*d, 9 + (i as u32 % 2) * 2, 0)).collect();
        let eighth = at(LocalDate { day: 27, ..MON }, 9, 0);
        assert_eq!(r.check(&planned, eighth), Verdict::Warn(vec![Concern::LastOfWeek { limit: 8 }]));
        let mut full = planned.clone();
        full.push(eighth);
        assert_eq!(
            r.check(&full, at(LocalDate { day: 27, ..MON }, 14, 0)),
            Verdict::Refused(vec![Concern::WeekLimit { limit: 8 }])
        );
        assert_eq!(r.check(&full, at(NEXT_MON, 9, 0)), Verdict::Allow, "a new week starts on Monday");
    }

    #[test]
    fn working_hours_at_their_edges() {
        let r = rails();
        assert_eq!(r.check(&[], at(MON, 9, 0)), Verdict::Allow, "starting at opening time");
        assert_eq!(r.check(&[], at(MON, 16, 0)), Verdict::Allow, "ending at closing time");
        assert_eq!(
            r.check(&[], at(MON, 16, 1)),
            Verdict::Refused(vec![Concern::OutsideHours { from: 540, to: 1020 }]),
            "a minute past closing"
        );
        assert_eq!(r.check(&[], at(MON, 8, 59)), Verdict::Refused(vec![Concern::OutsideHours { from: 540, to: 1020 }]));
        assert_eq!(r.check(&[], at(SAT, 10, 0)), Verdict::Refused(vec![Concern::NotAWorkingDay]));
        let christmas = LocalDate { year: 2026, month: 12, day: 25 };
        assert_eq!(r.check(&[], at(christmas, 10, 0)), Verdict::Refused(vec![Concern::DayOff]));
    }

    #[test]
    fn breaks_between_sessions_at_their_edge() {
        let r = rails();
        let planned = [at(TUE, 10, 0)];
        assert_eq!(r.check(&planned, at(TUE, 11, 15)), Verdict::Allow, "exactly the shortest break");
        assert_eq!(
            r.check(&planned, at(TUE, 11, 14)),
            Verdict::Refused(vec![Concern::BreakTooShort { minutes: 14, required: 15 }])
        );
        assert_eq!(
            r.check(&planned, Slot { date: TUE, start_minute: 9 * 60, minutes: 50 }),
            Verdict::Refused(vec![Concern::BreakTooShort { minutes: 10, required: 15 }]),
            "a break before a session counts too"
        );
        assert_eq!(r.check(&planned, at(TUE, 10, 30)), Verdict::Refused(vec![Concern::Overlap]));
    }

    #[test]
    fn personal_limits_can_only_be_stricter() {
        let org = rails();
        let mut mine = rails();
        mine.max_sessions_per_day = 2;
        mine.max_sessions_per_week = 20;
        mine.min_break_minutes = 30;
        mine.hours[0] = Some((10 * 60, 19 * 60));
        mine.hours[5] = Some((9 * 60, 12 * 60));
        let both = org.with_personal(&mine);
        assert_eq!(both.max_sessions_per_day, 2);
        assert_eq!(both.max_sessions_per_week, 8, "a looser personal week limit does not loosen the organisation's");
        assert_eq!(both.min_break_minutes, 30);
        assert_eq!(both.hours[0], Some((600, 1020)), "the later start and the earlier end");
        assert_eq!(both.hours[5], None, "no working Saturday just because one wants it");
    }

    #[test]
    fn hours_days_off_and_reminders_round_trip() {
        let r = rails();
        assert_eq!(r.encode_hours(), "09:00-17:00,09:00-17:00,09:00-17:00,09:00-17:00,09:00-17:00,,");
        assert_eq!(Guardrails::decode_hours(&r.encode_hours()), Some(r.hours));
        assert_eq!(Guardrails::decode_hours("17:00-09:00,,,,,,"), None, "a day must end after it starts");
        assert_eq!(Guardrails::decode_days_off(&r.encode_days_off()), Some(r.days_off.clone()));
        assert_eq!(WellbeingPolicy::decode_reminders("2, 24"), Some(vec![24, 2]));
        assert_eq!(WellbeingPolicy::decode_reminders(""), Some(vec![]));
        assert_eq!(WellbeingPolicy::decode_reminders("1,2,3,4"), None);
        assert_eq!(WellbeingPolicy::decode_reminders("0"), None);
    }

    #[test]
    fn working_at_the_edges_of_the_day() {
        let r = rails();
        assert!(r.working_at(MON, 9 * 60));
        assert!(r.working_at(MON, 17 * 60), "closing time itself");
        assert!(!r.working_at(MON, 17 * 60 + 1));
        assert!(!r.working_at(SAT, 12 * 60));
    }

    #[test]
    fn work_next_starts_after_evenings_weekends_and_days_off() {
        let r = rails();
        assert_eq!(r.next_start(MON, 8 * 60), Some((MON, 540)), "later the same morning");
        assert_eq!(r.next_start(MON, 18 * 60), Some((TUE, 540)), "the next morning");
        let friday = LocalDate { day: 27, ..MON };
        assert_eq!(r.next_start(friday, 18 * 60), Some((NEXT_MON, 540)), "after the weekend");
        let christmas_eve = LocalDate { year: 2026, month: 12, day: 24 };
        assert_eq!(
            r.next_start(christmas_eve, 18 * 60),
            Some((LocalDate { year: 2026, month: 12, day: 28 }, 540)),
            "skipping a day off"
        );
        let never = Guardrails { hours: [None; 7], ..rails() };
        assert_eq!(never.next_start(MON, 0), None);
    }

    #[test]
    fn breaks_count_across_midnight() {
        let mut r = rails();
        r.hours = [Some((0, 24 * 60)); 7];
        let late = Slot { date: MON, start_minute: 23 * 60, minutes: 50 };
        let early = Slot { date: TUE, start_minute: 0, minutes: 30 };
        assert_eq!(
            r.check(&[late], early),
            Verdict::Refused(vec![Concern::BreakTooShort { minutes: 10, required: 15 }])
        );
        let overlapping = Slot { date: MON, start_minute: 23 * 60 + 30, minutes: 60 };
        assert_eq!(
            r.check(&[early], overlapping),
            Verdict::Refused(vec![Concern::OutsideHours { from: 0, to: 1440 }, Concern::Overlap]),
            "running past midnight is outside any day's hours, and overlaps the early session"
        );
    }
}
