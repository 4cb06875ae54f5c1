//! Organisations and teams: the outer walls of every record.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OrganisationName(String);

impl OrganisationName {
    pub fn parse(text: &str) -> Result<Self, InvalidOrganisationName> {
        let trimmed = text.trim();
        if trimmed.is_empty() || trimmed.chars().count() > 120 {
            return Err(InvalidOrganisationName);
        }
        Ok(Self(trimmed.to_owned()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Debug, Clone, Copy, thiserror::Error)]
#[error("an organisation name has 1 to 120 characters")]
pub struct InvalidOrganisationName;

/// Where an organisation's quick exit leads: an ordinary https address that
/// can stand in a `Location` header as it is. Anything else is refused when
/// it is saved, and ignored (for the default) if found stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuickExitUrl(String);

impl QuickExitUrl {
    pub fn parse(text: &str) -> Result<Self, InvalidQuickExitUrl> {
        let url = text.trim();
        let Some(rest) = url.strip_prefix("https://") else { return Err(InvalidQuickExitUrl) };
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        let plain =
            |c: char| c.is_ascii_graphic() && !matches!(c, '"' | '<' | '>' | '\\' | '`' | '{' | '}' | '|' | '^');
        if url.len() > 300 || host.is_empty() || host.contains('@') || !url.chars().all(plain) {
            return Err(InvalidQuickExitUrl);
        }
        Ok(Self(url.to_owned()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Debug, Clone, Copy, thiserror::Error)]
#[error("a quick exit address starts with https:// and holds only plain printable characters")]
pub struct InvalidQuickExitUrl;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quick_exit_address_is_plain_https() {
        for good in ["https://www.wikipedia.org/", "https://weather.example/today?city=Utrecht#now"] {
            assert!(QuickExitUrl::parse(good).is_ok(), "{good}");
        }
        for bad in [
            "http://example.org/",
            "javascript:alert(1)",
            "https://",
            "https://exa mple.org/",
            "https://example.org/\u{7}bell",
            "https://example.org/\r\nSet-Cookie: x=1",
            "https://example.org/\u{0}",
            "https://user@evil.example/",
            "https://example.org/<script>",
            "https://bücher.example/",
        ] {
            assert!(QuickExitUrl::parse(bad).is_err(), "{bad:?}");
        }
    }
}
