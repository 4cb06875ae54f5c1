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
