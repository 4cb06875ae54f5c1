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

/// A value made safe for a query string (links that keep a list's filters).
pub(crate) fn url_encode(value: &str) -> String {
    percent_encoding::utf8_percent_encode(value, percent_encoding::NON_ALPHANUMERIC).to_string()
}
