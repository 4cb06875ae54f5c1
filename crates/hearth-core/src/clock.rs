//! Time as a parameter.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

/// Milliseconds since the Unix epoch, UTC. Stored as a plain integer so both
/// databases keep it the same way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(pub i64);

impl Timestamp {
    pub const fn millis(self) -> i64 {
        self.0
    }
    pub const fn plus_seconds(self, seconds: i64) -> Self {
        Self(self.0 + seconds * 1000)
    }
    pub const fn minus_seconds(self, seconds: i64) -> Self {
        Self(self.0 - seconds * 1000)
    }
    pub const fn unix_seconds(self) -> i64 {
        self.0.div_euclid(1000)
    }
    /// `YYYY-MM-DD HH:MM` in UTC, for lists and audit views.
    pub fn to_utc_minutes(self) -> String {
        let secs = self.unix_seconds();
        let days = secs.div_euclid(86_400);
        let rem = secs.rem_euclid(86_400);
        let (y, m, d) = civil_from_days(days);
        format!("{y:04}-{m:02}-{d:02} {:02}:{:02}", rem / 3600, (rem % 3600) / 60)
    }
}

impl Timestamp {
    /// Reads `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` (as an HTML date or
    /// datetime-local field sends it), as UTC.
    pub fn parse_utc(text: &str) -> Option<Self> {
        let text = text.trim();
        let (date, time) = match text.split_once(['T', ' ']) {
            Some((d, t)) => (d, Some(t)),
            None => (text, None),
        };
        let mut parts = date.split('-');
        let y: i64 = parts.next()?.parse().ok()?;
        let m: u32 = parts.next()?.parse().ok()?;
        let d: u32 = parts.next()?.parse().ok()?;
        if parts.next().is_some()
            || !(1..=12).contains(&m)
            || d == 0
            || d > days_in_month(y, m)
            || !(1900..=2200).contains(&y)
        {
            return None;
        }
        let (hh, mm) = match time {
            Some(t) => {
                let mut hm = t.split(':');
                let hh: i64 = hm.next()?.parse().ok()?;
                let mm: i64 = hm.next()?.parse().ok()?;
                if !(0..24).contains(&hh) || !(0..60).contains(&mm) {
                    return None;
                }
                (hh, mm)
            }
            None => (0, 0),
        };
        let days = days_from_civil(y, m, d);
        Some(Self((days * 86_400 + hh * 3600 + mm * 60) * 1000))
    }

    /// `YYYY-MM-DD` in UTC, for date fields.
    pub fn to_utc_date(self) -> String {
        let (y, m, d) = civil_from_days(self.unix_seconds().div_euclid(86_400));
        format!("{y:04}-{m:02}-{d:02}")
    }

    /// `YYYY-MM-DDTHH:MM` in UTC, for datetime-local fields.
    pub fn to_utc_input(self) -> String {
        self.to_utc_minutes().replace(' ', "T")
    }
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        2 if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// A proleptic Gregorian date to days since 1970-01-01 (Howard Hinnant's algorithm).
pub(crate) fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Days since 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's algorithm).
pub(crate) fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

pub trait Clock: Send + Sync + std::fmt::Debug {
    fn now(&self) -> Timestamp;
}

#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Timestamp {
        let millis = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_millis() as i64)
            .unwrap_or(0);
        Timestamp(millis)
    }
}

/// A clock tests can move by hand.
#[derive(Debug, Clone)]
pub struct ManualClock(Arc<AtomicI64>);

impl ManualClock {
    pub fn new(start: Timestamp) -> Self {
        Self(Arc::new(AtomicI64::new(start.0)))
    }
    pub fn set(&self, at: Timestamp) {
        self.0.store(at.0, Ordering::SeqCst);
    }
    pub fn advance_seconds(&self, seconds: i64) {
        self.0.fetch_add(seconds * 1000, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Timestamp {
        Timestamp(self.0.load(Ordering::SeqCst))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_utc_minutes() {
        assert_eq!(Timestamp(0).to_utc_minutes(), "1970-01-01 00:00");
        // 2026-11-24 12:34:00 UTC
        assert_eq!(Timestamp(1_795_523_640_000).to_utc_minutes(), "2026-11-24 12:34");
    }

    #[test]
    fn parses_form_dates_and_times() {
        assert_eq!(Timestamp::parse_utc("2026-11-24T12:34"), Some(Timestamp(1_795_523_640_000)));
        assert_eq!(Timestamp::parse_utc("1970-01-01"), Some(Timestamp(0)));
        let t = Timestamp(1_795_523_640_000);
        assert_eq!(Timestamp::parse_utc(&t.to_utc_input()), Some(t));
        assert_eq!(t.to_utc_date(), "2026-11-24");
        assert_eq!(Timestamp::parse_utc("2028-02-29").map(|t| t.to_utc_date()), Some("2028-02-29".into()));
        for bad in ["", "2026-13-01", "2026-02-30", "2027-02-29", "2026-11-24T24:00", "yesterday", "2026-11"] {
            assert_eq!(Timestamp::parse_utc(bad), None, "{bad}");
        }
    }

    #[test]
    fn manual_clock_moves() {
        let clock = ManualClock::new(Timestamp(1000));
        clock.advance_seconds(5);
        assert_eq!(clock.now(), Timestamp(6000));
    }
}
