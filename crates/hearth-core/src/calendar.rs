//! A practitioner's calendar feed in iCalendar (RFC 5545) form, for the
//! calendar app on their phone. Event titles carry no family names unless the
//! practitioner chose that.

use crate::clock::Timestamp;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FeedEvent {
    /// Stable across updates, so calendar apps replace rather than duplicate.
    pub uid: String,
    pub starts_at: Timestamp,
    pub minutes: u32,
    pub title: String,
    pub location: Option<String>,
    pub cancelled: bool,
}

/// The whole feed, with CRLF line ends and lines folded at 75 octets.
pub fn render(calendar_name: &str, events: &[FeedEvent], now: Timestamp) -> String {
    let mut out = String::new();
    let mut line = |text: String| fold_into(&mut out, &text);
    line("BEGIN:VCALENDAR".into());
    line("VERSION:2.0".into());
    line("PRODID:-//Hearth//Hearth calendar feed//EN".into());
    line("CALSCALE:GREGORIAN".into());
    line("METHOD:PUBLISH".into());
    line(format!("X-WR-CALNAME:{}", escape(calendar_name)));
    for e in events {
        line("BEGIN:VEVENT".into());
        line(format!("UID:{}", escape(&e.uid)));
        line(format!("DTSTAMP:{}", utc_stamp(now)));
        line(format!("DTSTART:{}", utc_stamp(e.starts_at)));
        line(format!("DTEND:{}", utc_stamp(e.starts_at.plus_seconds(i64::from(e.minutes) * 60))));
        line(format!("SUMMARY:{}", escape(&e.title)));
        if let Some(location) = &e.location {
            line(format!("LOCATION:{}", escape(location)));
        }
        line(format!("STATUS:{}", if e.cancelled { "CANCELLED" } else { "CONFIRMED" }));
        line("CLASS:PRIVATE".into());
        line("END:VEVENT".into());
    }
    line("END:VCALENDAR".into());
    out
}

/// iCalendar's UTC form, `YYYYMMDDTHHMMSSZ`.
fn utc_stamp(t: Timestamp) -> String {
    t.to_jiff().strftime("%Y%m%dT%H%M%SZ").to_string()
}

/// Escapes TEXT values: backslash, semicolon, comma and newlines.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends a content line, folding it so no physical line exceeds 75 octets
/// and no character is split.
fn fold_into(out: &mut String, text: &str) {
    let mut width = 0;
    for c in text.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_are_utc_escaped_and_folded() {
        let event = FeedEvent {
            uid: "abc@hearth".into(),
            starts_at: Timestamp(1_795_523_640_000),
            minutes: 45,
            title: "Session; video, with \"Haddad\"".into(),
            location: Some("ا".repeat(60)),
            cancelled: false,
        };
        let feed = render("Hearth", &[event], Timestamp(0));
        assert!(feed.contains("DTSTART:20261124T123400Z\r\n"));
        assert!(feed.contains("DTEND:20261124T131900Z\r\n"));
        assert!(feed.contains("SUMMARY:Session\\; video\\, with \"Haddad\"\r\n"));
        for line in feed.split("\r\n") {
            assert!(line.len() <= 75, "{line}");
        }
        assert!(feed.starts_with("BEGIN:VCALENDAR\r\n") && feed.ends_with("END:VCALENDAR\r\n"));
    }
}
