//! Dates and times as people read them: weekday, date and time in the
//! reader's language's own conventions (CLDR, through ICU4X), in the
//! organisation's zone. What a form field shows or sends stays ISO
//! (`Zone::input_value`); this is only for reading.

use std::sync::OnceLock;

use hearth_core::clock::Timestamp;
use hearth_core::wellbeing::LocalDate;
use hearth_core::zone::Zone;
use icu_calendar::Gregorian;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{T, YMD, YMDE, YMDET};
use icu_datetime::input::{Date, DateTime, Time};
use icu_locale_core::Locale;

use crate::i18n::Lang;

/// The locale whose conventions a language's pages follow. English is
/// British English: day before month and a 24-hour clock, as the
/// organisations Hearth serves write them.
fn locale(lang: Lang) -> Locale {
    let tag = match lang {
        Lang::En => "en-GB",
        Lang::Nl => "nl",
        Lang::De => "de",
        Lang::Fr => "fr",
        Lang::Ar => "ar",
    };
    tag.parse().unwrap_or(Locale::UNKNOWN)
}

/// One language's formatters, made once: building one reads locale data,
/// using one only writes.
struct Formatters {
    when: FixedCalendarDateTimeFormatter<Gregorian, YMDET>,
    when_long: FixedCalendarDateTimeFormatter<Gregorian, YMDET>,
    day: FixedCalendarDateTimeFormatter<Gregorian, YMDE>,
    day_long: FixedCalendarDateTimeFormatter<Gregorian, YMDE>,
    date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    time: FixedCalendarDateTimeFormatter<Gregorian, T>,
}

impl Formatters {
    fn new(lang: Lang) -> Option<Self> {
        let prefs = || (&locale(lang)).into();
        Some(Self {
            when: FixedCalendarDateTimeFormatter::try_new(prefs(), YMDE::medium().with_time_hm()).ok()?,
            when_long: FixedCalendarDateTimeFormatter::try_new(prefs(), YMDE::long().with_time_hm()).ok()?,
            day: FixedCalendarDateTimeFormatter::try_new(prefs(), YMDE::medium()).ok()?,
            day_long: FixedCalendarDateTimeFormatter::try_new(prefs(), YMDE::long()).ok()?,
            date: FixedCalendarDateTimeFormatter::try_new(prefs(), YMD::medium()).ok()?,
            time: FixedCalendarDateTimeFormatter::try_new(prefs(), T::hm()).ok()?,
        })
    }

    fn of(lang: Lang) -> Option<&'static Self> {
        static ALL: OnceLock<Vec<Option<Formatters>>> = OnceLock::new();
        let all = ALL.get_or_init(|| Lang::ALL.iter().map(|l| Formatters::new(*l)).collect());
        all.get(Lang::ALL.iter().position(|l| *l == lang)?)?.as_ref()
    }
}

/// Formats instants and dates for one reader: their language, the
/// organisation's zone (borrowed: making one costs nothing).
#[derive(Clone, Copy)]
pub struct Dates<'a> {
    lang: Lang,
    zone: &'a Zone,
}

impl<'a> Dates<'a> {
    pub fn new(lang: Lang, zone: &'a Zone) -> Self {
        Self { lang, zone }
    }

    pub fn zone(&self) -> &'a Zone {
        self.zone
    }

    /// The zone as a place, for a hint such as "times in Amsterdam".
    pub fn place(&self) -> String {
        place_of(self.zone)
    }

    fn local(&self, at: Timestamp) -> Option<DateTime<Gregorian>> {
        let l = self.zone.local(at);
        let date = gregorian(l.date)?;
        let time = Time::try_new(u8::try_from(l.minute / 60).ok()?, u8::try_from(l.minute % 60).ok()?, 0, 0).ok()?;
        Some(DateTime { date, time })
    }

    fn write(&self, at: Timestamp, pick: impl Fn(&Formatters, &DateTime<Gregorian>) -> String) -> String {
        match (Formatters::of(self.lang), self.local(at)) {
            (Some(f), Some(dt)) => pick(f, &dt),
            // Out of the calendar's range, or no locale data: the stored form.
            #[allow(clippy::disallowed_methods)]
            _ => self.zone.format(at),
        }
    }

    /// Weekday, date and time: "Tue, 1 Dec 2026, 10:00".
    pub fn when(&self, at: Timestamp) -> String {
        self.write(at, |f, dt| f.when.format(dt).to_string())
    }

    /// The same, written out: "Tuesday, 1 December 2026 at 10:00".
    pub fn when_long(&self, at: Timestamp) -> String {
        self.write(at, |f, dt| f.when_long.format(dt).to_string())
    }

    /// The local date of an instant, with its weekday: "Tue, 1 Dec 2026".
    pub fn day_of(&self, at: Timestamp) -> String {
        self.write(at, |f, dt| f.day.format(&dt.date).to_string())
    }

    /// The local date of an instant, without weekday: "1 Dec 2026".
    pub fn date_of(&self, at: Timestamp) -> String {
        self.write(at, |f, dt| f.date.format(&dt.date).to_string())
    }

    /// The local time of an instant: "10:00".
    pub fn time_of(&self, at: Timestamp) -> String {
        self.write(at, |f, dt| f.time.format(&dt.time).to_string())
    }

    /// The local date and time as a spreadsheet sorts it, for exports
    /// (`2026-12-01 10:00`): the same in every language.
    pub fn sortable(&self, at: Timestamp) -> String {
        #[allow(clippy::disallowed_methods)]
        self.zone.format(at)
    }

    /// A calendar date with its weekday: "Tue, 1 Dec 2026".
    pub fn day(&self, date: LocalDate) -> String {
        self.format_date(date, |f, d| f.day.format(d).to_string())
    }

    /// A calendar date written out: "Tuesday, 1 December 2026".
    pub fn day_long(&self, date: LocalDate) -> String {
        self.format_date(date, |f, d| f.day_long.format(d).to_string())
    }

    /// A calendar date without weekday, such as a date of birth: "1 Dec 2026".
    pub fn date(&self, date: LocalDate) -> String {
        self.format_date(date, |f, d| f.date.format(d).to_string())
    }

    /// A plain date as stored (a review date, a date of assessment).
    pub fn stored_date(&self, at: Timestamp) -> String {
        self.date(LocalDate::of_stored(at))
    }

    fn format_date(&self, date: LocalDate, pick: impl Fn(&Formatters, &Date<Gregorian>) -> String) -> String {
        match (Formatters::of(self.lang), gregorian(date)) {
            (Some(f), Some(d)) => pick(f, &d),
            _ => date.to_string(),
        }
    }
}

fn gregorian(date: LocalDate) -> Option<Date<Gregorian>> {
    Date::try_new_gregorian(
        i32::try_from(date.year).ok()?,
        u8::try_from(date.month).ok()?,
        u8::try_from(date.day).ok()?,
    )
    .ok()
}

/// The place a zone is named after: `Europe/Amsterdam` is "Amsterdam",
/// `America/Argentina/Buenos_Aires` "Buenos Aires".
pub fn place_of(zone: &Zone) -> String {
    zone.name().rsplit('/').next().unwrap_or(zone.name()).replace('_', " ")
}

#[cfg(test)]
#[allow(clippy::disallowed_methods)]
mod tests {
    use super::*;

    fn at(text: &str) -> Timestamp {
        Timestamp::parse_utc(text).unwrap_or(Timestamp(0))
    }

    fn amsterdam_zone() -> &'static Zone {
        static ZONE: std::sync::OnceLock<Zone> = std::sync::OnceLock::new();
        ZONE.get_or_init(|| Zone::parse("Europe/Amsterdam").unwrap_or_else(Zone::utc))
    }

    fn amsterdam(lang: Lang) -> Dates<'static> {
        Dates::new(lang, amsterdam_zone())
    }

    #[test]
    fn every_language_writes_weekday_date_and_time_its_own_way() {
        // 09:00 UTC is 10:00 in Amsterdam on 1 December (winter time).
        let moment = at("2026-12-01T09:00");
        let expected = [
            (Lang::En, "Tue, 1 Dec 2026, 10:00", "Tuesday, 1 December 2026 at 10:00"),
            (Lang::Nl, "di 1 dec 2026, 10:00", "dinsdag 1 december 2026 om 10:00"),
            (Lang::De, "Di., 01.12.2026, 10:00", "Dienstag, 1. Dezember 2026 um 10:00"),
            (Lang::Fr, "mar. 1 déc. 2026, 10:00", "mardi 1 décembre 2026 à 10:00"),
            // A 12-hour clock with its morning marker; the date's parts
            // kept in order by right-to-left marks.
            (Lang::Ar, "الثلاثاء، 01\u{200f}/12\u{200f}/2026، 10:00 ص", "الثلاثاء، 1 ديسمبر 2026 في 10:00 ص"),
        ];
        for (lang, short, long) in expected {
            let dates = amsterdam(lang);
            assert_eq!(dates.when(moment), short, "{lang:?}");
            assert_eq!(dates.when_long(moment), long, "{lang:?}");
        }
    }

    #[test]
    fn summer_time_moves_the_local_hour() {
        let en = amsterdam(Lang::En);
        assert_eq!(en.time_of(at("2026-07-01T09:00")), "11:00");
        assert_eq!(en.time_of(at("2026-12-01T09:00")), "10:00");
        assert_eq!(en.day_of(at("2026-12-01T23:30")), "Wed, 2 Dec 2026", "the local date, not UTC's");
    }

    #[test]
    fn calendar_dates_and_long_forms() {
        let en = amsterdam(Lang::En);
        let date = LocalDate::parse("2026-12-01").unwrap_or(LocalDate { year: 2026, month: 12, day: 1 });
        assert_eq!(en.day(date), "Tue, 1 Dec 2026");
        assert_eq!(en.day_long(date), "Tuesday, 1 December 2026");
        assert_eq!(en.date(date), "1 Dec 2026");
        assert_eq!(amsterdam(Lang::Ar).day_long(date), "الثلاثاء، 1 ديسمبر 2026");
        assert_eq!(amsterdam(Lang::De).day_long(date), "Dienstag, 1. Dezember 2026");
        assert_eq!(amsterdam(Lang::Fr).day_long(date), "mardi 1 décembre 2026");
        assert_eq!(amsterdam(Lang::Nl).day_long(date), "dinsdag 1 december 2026");
    }

    #[test]
    fn a_zone_is_named_by_its_place() {
        let zone = |name: &str| Zone::parse(name).unwrap_or_else(Zone::utc);
        assert_eq!(place_of(&zone("Europe/Amsterdam")), "Amsterdam");
        assert_eq!(place_of(&zone("America/Argentina/Buenos_Aires")), "Buenos Aires");
        assert_eq!(place_of(&zone("UTC")), "UTC");
    }
}
