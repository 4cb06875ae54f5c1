//! The organisation's time zone. Hearth stores instants (UTC milliseconds);
//! working hours, calendars and reminders speak the organisation's local
//! time, including its daylight-saving changes.

use crate::clock::Timestamp;
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
        let civil = at.to_jiff().to_zoned(self.tz.clone()).datetime();
        let minute = u32::try_from(i32::from(civil.hour()) * 60 + i32::from(civil.minute())).unwrap_or(0);
        LocalTime { date: LocalDate::from_civil(civil.date()), minute }
    }

    /// The instant a local date and time names. A time skipped by a clock
    /// change moves forward; a repeated one takes its first occurrence.
    pub fn instant(&self, local: LocalTime) -> Option<Timestamp> {
        let date = local.date.civil()?;
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

    /// Reads what a datetime-local field sends (`YYYY-MM-DDTHH:MM`, seconds
    /// allowed), in local time.
    pub fn parse_input(&self, text: &str) -> Option<Timestamp> {
        let (date, time) = text.trim().split_once(['T', ' '])?;
        let date = LocalDate::parse(date)?;
        let time = ["%H:%M", "%H:%M:%S"].iter().find_map(|f| jiff::civil::Time::strptime(f, time).ok())?;
        let minute = u32::try_from(i32::from(time.hour()) * 60 + i32::from(time.minute())).ok()?;
        self.instant(LocalTime { date, minute })
    }
}

/// Reads `HH:MM` into minutes since midnight (`24:00` is the end of the day).
pub fn parse_clock_time(text: &str) -> Option<u32> {
    let text = text.trim();
    if text == "24:00" {
        return Some(24 * 60);
    }
    let time = jiff::civil::Time::strptime("%H:%M", text).ok()?;
    u32::try_from(i32::from(time.hour()) * 60 + i32::from(time.minute())).ok()
}

pub fn format_clock_time(minute: u32) -> String {
    format!("{:02}:{:02}", minute / 60, minute % 60)
}

const EPOCH: jiff::civil::Date = jiff::civil::date(1970, 1, 1);

impl LocalDate {
    /// Reads `YYYY-MM-DD`, as a date field sends it.
    pub fn parse(text: &str) -> Option<Self> {
        let date = jiff::civil::Date::strptime("%Y-%m-%d", text.trim()).ok()?;
        (1900..=2200).contains(&date.year()).then(|| Self::from_civil(date))
    }

    /// The date as jiff knows it; `None` for a date that does not exist.
    pub fn civil(self) -> Option<jiff::civil::Date> {
        jiff::civil::Date::new(
            i16::try_from(self.year).ok()?,
            i8::try_from(self.month).ok()?,
            i8::try_from(self.day).ok()?,
        )
        .ok()
    }

    pub fn from_civil(date: jiff::civil::Date) -> Self {
        Self {
            year: i64::from(date.year()),
            month: u32::try_from(date.month()).unwrap_or(1),
            day: u32::try_from(date.day()).unwrap_or(1),
        }
    }

    /// Days since 1970-01-01.
    pub fn day_number(self) -> i64 {
        self.civil()
            .and_then(|d| d.since((jiff::Unit::Day, EPOCH)).ok())
            .map(|span| i64::from(span.get_days()))
            .unwrap_or(0)
    }

    pub fn plus_days(self, days: i64) -> Self {
        self.civil()
            .and_then(|d| d.checked_add(jiff::Span::new().try_days(days).ok()?).ok())
            .map(Self::from_civil)
            .unwrap_or(self)
    }

    /// A date kept without a time of day (a review or conference date) is
    /// stored as the instant midnight UTC starts it, so it reads the same
    /// date in every zone. This is that instant.
    pub fn stored(self) -> Option<Timestamp> {
        let midnight = self.civil()?.to_datetime(jiff::civil::Time::midnight());
        midnight.to_zoned(jiff::tz::TimeZone::UTC).ok().map(|z| Timestamp::from_jiff(z.timestamp()))
    }

    /// The date a stored plain date names (see [`LocalDate::stored`]).
    pub fn of_stored(at: Timestamp) -> Self {
        Self::from_civil(at.to_jiff().to_zoned(jiff::tz::TimeZone::UTC).date())
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

    #[test]
    fn typed_times_are_read_strictly() -> Result<(), &'static str> {
        assert_eq!(parse_clock_time("10:30"), Some(630));
        assert_eq!(parse_clock_time("24:00"), Some(1440));
        for bad in ["10:30:99", "25:00", "10:60", "1030", "", "10:30x"] {
            assert_eq!(parse_clock_time(bad), None, "{bad}");
        }
        let zone = Zone::parse("Europe/Amsterdam").ok_or("zone")?;
        assert!(zone.parse_input("2026-11-24T10:30").is_some());
        assert_eq!(zone.parse_input("2026-11-24T10:30:00"), zone.parse_input("2026-11-24T10:30"));
        for bad in ["2026-11-24T10:30:99", "2026-02-30T10:00", "2026-11-24", "tomorrow"] {
            assert_eq!(zone.parse_input(bad), None, "{bad}");
        }
        Ok(())
    }

    #[test]
    fn plain_dates_keep_their_day_in_every_zone() -> Result<(), &'static str> {
        let review = LocalDate::parse("2026-12-01").ok_or("date")?;
        let stored = review.stored().ok_or("stored")?;
        assert_eq!(LocalDate::of_stored(stored), review);
        assert_eq!(review.plus_days(31).to_string(), "2027-01-01");
        assert_eq!(review.monday().to_string(), "2026-11-30");
        assert_eq!(LocalDate::parse("1969-12-31").map(|d| d.day_number()), Some(-1));
        assert_eq!(LocalDate::parse("2026-13-01"), None);
        Ok(())
    }
}
