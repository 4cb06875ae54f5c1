//! Family group conferences: the family makes its own plan, with actions,
//! owners and dates, and progress is followed until the review.

/// Whether the family agreed the plan at the conference.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PlanAgreement {
    Agreed,
    PartlyAgreed,
    NotAgreed,
}

impl PlanAgreement {
    pub const ALL: [PlanAgreement; 3] = [Self::Agreed, Self::PartlyAgreed, Self::NotAgreed];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Agreed => "agreed",
            Self::PartlyAgreed => "partly_agreed",
            Self::NotAgreed => "not_agreed",
        }
    }
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == text)
    }
}

/// Where one action of the plan stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionProgress {
    NotStarted,
    InProgress,
    Done,
    Dropped,
}

impl ActionProgress {
    pub const ALL: [ActionProgress; 4] = [Self::NotStarted, Self::InProgress, Self::Done, Self::Dropped];
    pub fn as_str(self) -> &'static str {
        match self {
            Self::NotStarted => "not_started",
            Self::InProgress => "in_progress",
            Self::Done => "done",
            Self::Dropped => "dropped",
        }
    }
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|a| a.as_str() == text)
    }
    pub fn is_open(self) -> bool {
        matches!(self, Self::NotStarted | Self::InProgress)
    }
}

/// One action of the family's plan, as typed: what, who, and by when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanAction {
    pub what: String,
    pub who: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InvalidPlanAction {
    #[error("an action needs both what will be done and who will do it")]
    Incomplete,
    #[error("an action's text may have at most 500 characters")]
    TooLong,
}

impl PlanAction {
    /// A row left wholly empty is no action (`Ok(None)`); a half-filled row is an error.
    pub fn parse(what: &str, who: &str) -> Result<Option<Self>, InvalidPlanAction> {
        let (what, who) = (what.trim(), who.trim());
        match (what.is_empty(), who.is_empty()) {
            (true, true) => Ok(None),
            (false, false) if what.chars().count() <= 500 && who.chars().count() <= 200 => {
                Ok(Some(Self { what: what.to_owned(), who: who.to_owned() }))
            }
            (false, false) => Err(InvalidPlanAction::TooLong),
            _ => Err(InvalidPlanAction::Incomplete),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plan_actions() {
        assert_eq!(PlanAction::parse("  ", ""), Ok(None));
        assert_eq!(PlanAction::parse("Call the school", ""), Err(InvalidPlanAction::Incomplete));
        assert_eq!(PlanAction::parse("", "Aunt Leila"), Err(InvalidPlanAction::Incomplete));
        assert_eq!(
            PlanAction::parse(" Call the school ", "Aunt Leila"),
            Ok(Some(PlanAction { what: "Call the school".into(), who: "Aunt Leila".into() }))
        );
        assert_eq!(PlanAction::parse(&"x".repeat(501), "me"), Err(InvalidPlanAction::TooLong));
        for a in ActionProgress::ALL {
            assert_eq!(ActionProgress::parse(a.as_str()), Some(a));
        }
        assert!(ActionProgress::InProgress.is_open() && !ActionProgress::Done.is_open());
        for a in PlanAgreement::ALL {
            assert_eq!(PlanAgreement::parse(a.as_str()), Some(a));
        }
    }
}
