//! Families: the unit of work. The foundation knows only what access needs.

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FamilyName(String);

impl FamilyName {
    pub fn parse(text: &str) -> Result<Self, InvalidFamilyName> {
        let trimmed = text.trim();
        if trimmed.is_empty() || trimmed.chars().count() > 120 {
            return Err(InvalidFamilyName);
        }
        Ok(Self(trimmed.to_owned()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Debug, Clone, Copy, thiserror::Error)]
#[error("a family name has 1 to 120 characters")]
pub struct InvalidFamilyName;

/// How a staff member stands to a family.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Assignment {
    Lead,
    CoWorker,
}

impl Assignment {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Lead => "lead",
            Self::CoWorker => "co_worker",
        }
    }
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "lead" => Some(Self::Lead),
            "co_worker" => Some(Self::CoWorker),
            _ => None,
        }
    }
}

/// A written reason for opening a family file without being assigned to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BreakGlassReason(String);

impl BreakGlassReason {
    pub const MIN_CHARS: usize = 15;

    pub fn parse(text: &str) -> Result<Self, InvalidBreakGlassReason> {
        let trimmed = text.trim();
        let count = trimmed.chars().count();
        if count < Self::MIN_CHARS {
            return Err(InvalidBreakGlassReason::TooShort);
        }
        if count > 1000 {
            return Err(InvalidBreakGlassReason::TooLong);
        }
        Ok(Self(trimmed.to_owned()))
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InvalidBreakGlassReason {
    #[error("the reason must explain why, in at least 15 characters")]
    TooShort,
    #[error("the reason may have at most 1000 characters")]
    TooLong,
}
