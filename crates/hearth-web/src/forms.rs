//! Forms read as name–value pairs, for forms with repeated or generated
//! field names (ticked members, one rating per factor, plan rows).

pub(crate) type Pairs = Vec<(String, String)>;

/// The first value sent under `name`, or "" when there is none.
pub(crate) fn field<'a>(pairs: &'a Pairs, name: &str) -> &'a str {
    pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str()).unwrap_or_default()
}

/// Every value sent under `name`, e.g. the ticked boxes of one list.
pub(crate) fn values<'a>(pairs: &'a Pairs, name: &str) -> Vec<&'a str> {
    pairs.iter().filter(|(k, _)| k == name).map(|(_, v)| v.as_str()).collect()
}

/// Reads a date field (`YYYY-MM-DD`) into a stored plain date.
pub(crate) fn plain_date(text: &str) -> Option<hearth_core::clock::Timestamp> {
    hearth_core::wellbeing::LocalDate::parse(text).and_then(hearth_core::wellbeing::LocalDate::stored)
}

/// Shows a stored plain date (`YYYY-MM-DD`), for a date field or a list.
pub(crate) fn show_plain_date(at: hearth_core::clock::Timestamp) -> String {
    hearth_core::wellbeing::LocalDate::of_stored(at).to_string()
}

/// A value made safe for a query string (links that keep a list's filters).
pub(crate) fn url_encode(value: &str) -> String {
    percent_encoding::utf8_percent_encode(value, percent_encoding::NON_ALPHANUMERIC).to_string()
}
