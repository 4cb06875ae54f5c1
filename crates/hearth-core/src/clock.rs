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
    /// The same instant as jiff sees it.
    pub fn to_jiff(self) -> jiff::Timestamp {
        jiff::Timestamp::from_millisecond(self.0).unwrap_or(jiff::Timestamp::UNIX_EPOCH)
    }

    pub fn from_jiff(t: jiff::Timestamp) -> Self {
        Self(t.as_millisecond())
    }

    /// `YYYY-MM-DD HH:MM UTC`, for operators at the command line; people
    /// using Hearth read times in their organisation's zone (`Zone`).
    pub fn to_utc_minutes(self) -> String {
        self.to_jiff().strftime("%Y-%m-%d %H:%M UTC").to_string()
    }

    /// Reads `YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` as UTC, for tests and the
    /// command line. What a person types is read by `Zone::parse_input`.
    pub fn parse_utc(text: &str) -> Option<Self> {
        let text = text.trim();
        let civil = match text.len() {
            10 => jiff::civil::Date::strptime("%Y-%m-%d", text).ok()?.to_datetime(jiff::civil::Time::midnight()),
            _ => jiff::civil::DateTime::strptime("%Y-%m-%dT%H:%M", text.replacen(' ', "T", 1)).ok()?,
        };
        civil.to_zoned(jiff::tz::TimeZone::UTC).ok().map(|z| Self::from_jiff(z.timestamp()))
    }
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

/// The system clock moved forward by the whole seconds written in a file
/// (absent or unreadable: not moved). Debug builds of `hearth serve` and
/// `hearth demo` use it when `HEARTH_DEBUG_CLOCK_FILE` names a file, so a
/// browser test can let minutes pass for a running server; release builds
/// never read that variable.
#[derive(Debug, Clone)]
pub struct SkewedClock {
    offset_file: std::path::PathBuf,
}

impl SkewedClock {
    pub fn new(offset_file: impl Into<std::path::PathBuf>) -> Self {
        Self { offset_file: offset_file.into() }
    }

    fn offset_seconds(&self) -> i64 {
        std::fs::read_to_string(&self.offset_file).ok().and_then(|s| s.trim().parse().ok()).unwrap_or(0)
    }
}

impl Clock for SkewedClock {
    fn now(&self) -> Timestamp {
        SystemClock.now().plus_seconds(self.offset_seconds())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_utc_minutes() {
        assert_eq!(Timestamp(0).to_utc_minutes(), "1970-01-01 00:00 UTC");
        // 2026-11-24 12:34:00 UTC
        assert_eq!(Timestamp(1_795_523_640_000).to_utc_minutes(), "2026-11-24 12:34 UTC");
    }

    #[test]
    fn parses_utc_dates_and_times() {
        assert_eq!(Timestamp::parse_utc("2026-11-24T12:34"), Some(Timestamp(1_795_523_640_000)));
        assert_eq!(Timestamp::parse_utc("1970-01-01"), Some(Timestamp(0)));
        assert!(Timestamp::parse_utc("2028-02-29").is_some());
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

    #[test]
    fn skewed_clock_reads_its_offset_each_time() -> std::io::Result<()> {
        let file = std::env::temp_dir().join(format!("hearth-skew-{}", std::process::id()));
        let clock = SkewedClock::new(&file);
        let _ = std::fs::remove_file(&file);
        let unmoved = clock.now();
        assert!((unmoved.millis() - SystemClock.now().millis()).abs() < 60_000);
        std::fs::write(&file, "360\n")?;
        let moved = clock.now();
        assert!(moved.millis() - unmoved.millis() >= 360_000, "{moved:?} {unmoved:?}");
        std::fs::write(&file, "not a number")?;
        assert!(clock.now().millis() < moved.millis());
        std::fs::remove_file(&file)
    }
}
