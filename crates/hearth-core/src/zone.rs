//! The organisation's time zone. Hearth stores instants (UTC milliseconds);
//! working hours, calendars and reminders speak the organisation's local
//! time, including its daylight-saving changes.

use crate::clock::{Timestamp, civil_from_days, days_from_civil};
use crate::wellbeing::{LocalDate, Slot};

/// A named IANA time zone, e.g. `Europe/Amsterdam`.
#[derive(Debug, Clone)]
pub struct Zone {
    name: String,
    tz: jiff::tz::TimeZone,
}

impl PartialEq for Zone {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
    }
}

/// A moment as the organisation's clocks show it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalTime {
    pub date: LocalDate,
    /// Minutes since local midnight.
    pub minute: u32,
}

impl Zone {
    pub fn utc() -> Self {
        Self { name: "UTC".into(), tz: jiff::tz::TimeZone::UTC }
    }

    /// Reads an IANA name; `None` for a name the time zone database does not know.
    pub fn parse(name: &str) -> Option<Self> {
        let name = name.trim();
        if name.is_empty() || name.len() > 64 {
            return None;
        }
        jiff::tz::TimeZone::get(name).ok().map(|tz| Self { name: name.to_owned(), tz })
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn local(&self, at: Timestamp) -> LocalTime {
        let offset_seconds = jiff::Timestamp::from_millisecond(at.millis())
            .map(|ts| i64::from(self.tz.to_offset(ts).seconds()))
            .unwrap_or(0);
        let local_seconds = at.unix_seconds() + offset_seconds;
        let (year, month, day) = civil_from_days(local_seconds.div_euclid(86_400));
        LocalTime { date: LocalDate { year, month, day }, minute: (local_seconds.rem_euclid(86_400) / 60) as u32 }
    }

    /// The instant a local date and time names. A time skipped by a clock
    /// change moves forward; a repeated one takes its first occurrence.
    pub fn instant(&self, local: LocalTime) -> Option<Timestamp> {
        let date = jiff::civil::Date::new(
            i16::try_from(local.date.year).ok()?,
            i8::try_from(local.date.month).ok()?,
            i8::try_from(local.date.day).ok()?,
        )
        .ok()?;
        let time =
            jiff::civil::Time::new(i8::try_from(local.minute / 60).ok()?, i8::try_from(local.minute % 60).ok()?, 0, 0)
                .ok()?;
        let zoned = self.tz.to_ambiguous_zoned(date.to_datetime(time)).compatible().ok()?;
        Some(Timestamp(zoned.timestamp().as_millisecond()))
    }

    /// The instant local midnight starts a date.
    pub fn start_of(&self, date: LocalDate) -> Option<Timestamp> {
        self.instant(LocalTime { date, minute: 0 })
    }

    /// The instants from local midnight of `first` to local midnight `days` later.
    pub fn span(&self, first: LocalDate, days: i64) -> Option<(Timestamp, Timestamp)> {
        Some((self.start_of(first)?, self.start_of(first.plus_days(days))?))
    }

    /// A session starting at an instant, as the guardrails see it: local date, start and length.
    pub fn slot(&self, starts_at: Timestamp, minutes: u32) -> Slot {
        let local = self.local(starts_at);
        Slot { date: local.date, start_minute: local.minute, minutes }
    }

    /// `YYYY-MM-DD HH:MM` in local time.
    pub fn format(&self, at: Timestamp) -> String {
        let l = self.local(at);
        format!("{} {:02}:{:02}", l.date, l.minute / 60, l.minute % 60)
    }

    /// `YYYY-MM-DD`: the local date of an instant.
    pub fn format_date(&self, at: Timestamp) -> String {
        self.local(at).date.to_string()
    }

    /// `HH:MM` in local time.
    pub fn format_time(&self, at: Timestamp) -> String {
        let l = self.local(at);
        format!("{:02}:{:02}", l.minute / 60, l.minute % 60)
    }

    /// `YYYY-MM-DDTHH:MM` for a datetime-local field.
    pub fn input_value(&self, at: Timestamp) -> String {
        self.format(at).replace(' ', "T")
    }

    /// Reads what a datetime-local field sends, in local time.
    pub fn parse_input(&self, text: &str) -> Option<Timestamp> {
        let (date, time) = text.trim().split_once(['T', ' '])?;
        let date = LocalDate::parse(date)?;
        let minute = parse_clock_time(time)?;
        self.instant(LocalTime { date, minute })
    }
}

/// Reads `HH:MM` into minutes since midnight (`24:00` is the end of the day).
pub fn parse_clock_time(text: &str) -> Option<u32> {
    let (h, m) = text.trim().split_once(':')?;
    let (h, m): (u32, u32) = (h.parse().ok()?, m.get(..2)?.parse().ok()?);
    match (h, m) {
        (24, 0) => Some(24 * 60),
        (0..=23, 0..=59) => Some(h * 60 + m),
        _ => None,
    }
}

pub fn format_clock_time(minute: u32) -> String {
    format!("{:02}:{:02}", minute / 60, minute % 60)
}

impl LocalDate {
    /// Reads `YYYY-MM-DD`.
    pub fn parse(text: &str) -> Option<Self> {
        let t = Timestamp::parse_utc(text.trim())?;
        if text.trim().len() != 10 {
            return None;
        }
        Some(Self::from_day_number(t.unix_seconds().div_euclid(86_400)))
    }

    pub fn from_day_number(days: i64) -> Self {
        let (year, month, day) = civil_from_days(days);
        Self { year, month, day }
    }

    pub fn day_number(self) -> i64 {
        days_from_civil(self.year, self.month, self.day)
    }

    pub fn plus_days(self, days: i64) -> Self {
        Self::from_day_number(self.day_number() + days)
    }

    /// The Monday of this date's week.
    pub fn monday(self) -> Self {
        self.plus_days(-(self.weekday() as i64))
    }
}

impl std::fmt::Display for LocalDate {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn amsterdam_in_winter_and_summer() -> Result<(), &'static str> {
        let zone = Zone::parse("Europe/Amsterdam").ok_or("zone")?;
        let winter = Timestamp::parse_utc("2026-11-24T08:00").ok_or("time")?;
        assert_eq!(zone.format(winter), "2026-11-24 09:00");
        let summer = Timestamp::parse_utc("2026-07-01T08:00").ok_or("time")?;
        assert_eq!(zone.format(summer), "2026-07-01 10:00");
        assert_eq!(zone.parse_input("2026-07-01T10:00"), Some(summer));
        assert_eq!(zone.parse_input(&zone.input_value(winter)), Some(winter));
        Ok(())
    }

    #[test]
    fn a_skipped_hour_moves_forward() -> Result<(), &'static str> {
        let zone = Zone::parse("Europe/Amsterdam").ok_or("zone")?;
        // Clocks went from 02:00 to 03:00 on 2026-03-29.
        let at = zone.parse_input("2026-03-29T02:30").ok_or("time")?;
        assert_eq!(zone.format(at), "2026-03-29 03:30");
        Ok(())
    }

    #[test]
    fn a_repeated_hour_takes_its_first_occurrence() -> Result<(), &'static str> {
        let zone = Zone::parse("Europe/Amsterdam").ok_or("zone")?;
        // Clocks went from 03:00 back to 02:00 on 2026-10-25: 02:30 happened twice.
        let at = zone.parse_input("2026-10-25T02:30").ok_or("time")?;
        assert_eq!(at, Timestamp::parse_utc("2026-10-25T00:30").ok_or("utc")?, "summer time, the first one");
        Ok(())
    }

    #[test]
    fn unknown_zones_and_bad_times_are_refused() {
        assert!(Zone::parse("Mars/Olympus").is_none());
        assert!(Zone::parse("").is_none());
        assert_eq!(parse_clock_time("09:30"), Some(570));
        assert_eq!(parse_clock_time("24:00"), Some(1440));
        assert_eq!(parse_clock_time("24:01"), None);
        assert_eq!(parse_clock_time("9"), None);
    }

    #[test]
    fn dates_move_by_days_and_weeks() -> Result<(), &'static str> {
        let d = LocalDate::parse("2026-11-26").ok_or("date")?;
        assert_eq!(d.monday().to_string(), "2026-11-23");
        assert_eq!(d.plus_days(6).to_string(), "2026-12-02");
        assert!(LocalDate::parse("2026-11-26T10:00").is_none());
        Ok(())
    }
}
