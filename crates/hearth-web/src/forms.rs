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
