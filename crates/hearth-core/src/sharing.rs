//! Information-sharing governance: the partner agencies an organisation
//! shares with, and the agreements that say in advance what may be shared
//! with each, why, on what threshold, and for how long. Disclosures are
//! made under an agreement in force whose categories cover what is shared.

use crate::wellbeing::LocalDate;

/// What kind of agency a partner is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartnerKind {
    Police,
    School,
    Health,
    Probation,
    LocalAuthority,
    MultiAgencyPanel,
    Other,
}

impl PartnerKind {
    pub const ALL: [Self; 7] = [
        Self::Police,
        Self::School,
        Self::Health,
        Self::Probation,
        Self::LocalAuthority,
        Self::MultiAgencyPanel,
        Self::Other,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Police => "police",
            Self::School => "school",
            Self::Health => "health",
            Self::Probation => "probation",
            Self::LocalAuthority => "local_authority",
            Self::MultiAgencyPanel => "multi_agency_panel",
            Self::Other => "other",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }
}

/// A partner agency and its named point of contact.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PartnerDetails {
    pub name: String,
    pub kind: PartnerKind,
    pub contact_name: String,
    /// How to reach the contact: an e-mail address or a telephone number.
    pub contact_details: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InvalidPartner {
    #[error("a partner needs a name of at most 120 characters")]
    Name,
    #[error("choose what kind of agency the partner is")]
    Kind,
    #[error("a partner needs a named point of contact of at most 120 characters")]
    Contact,
    #[error("how to reach the contact is at most 200 characters")]
    ContactDetails,
}

fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl PartnerDetails {
    /// Every problem at once, so a refused form can say all of them.
    pub fn parse(
        name: &str,
        kind: &str,
        contact_name: &str,
        contact_details: &str,
    ) -> Result<Self, Vec<InvalidPartner>> {
        let (name, contact_name, contact_details) = (one_line(name), one_line(contact_name), one_line(contact_details));
        let mut wrong = Vec::new();
        if name.is_empty() || name.chars().count() > 120 {
            wrong.push(InvalidPartner::Name);
        }
        let kind = PartnerKind::parse(kind);
        if kind.is_none() {
            wrong.push(InvalidPartner::Kind);
        }
        if contact_name.is_empty() || contact_name.chars().count() > 120 {
            wrong.push(InvalidPartner::Contact);
        }
        if contact_details.chars().count() > 200 {
            wrong.push(InvalidPartner::ContactDetails);
        }
        match kind {
            Some(kind) if wrong.is_empty() => Ok(Self { name, kind, contact_name, contact_details }),
            _ => Err(wrong),
        }
    }
}

/// What an agreement may allow to be shared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum InformationCategory {
    /// Names, dates of birth, addresses, how to reach someone.
    IdentityAndContact,
    /// Who is in the family and how they are related.
    FamilyComposition,
    /// The concerns about someone's safety or wellbeing.
    SafeguardingConcerns,
    /// Outcomes of assessments and the support plan.
    AssessmentAndPlan,
    /// What was noted at visits and in conversations.
    CaseNotes,
    Health,
    Education,
    /// Police, court, prison or probation matters.
    CriminalJustice,
}

impl InformationCategory {
    pub const ALL: [Self; 8] = [
        Self::IdentityAndContact,
        Self::FamilyComposition,
        Self::SafeguardingConcerns,
        Self::AssessmentAndPlan,
        Self::CaseNotes,
        Self::Health,
        Self::Education,
        Self::CriminalJustice,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::IdentityAndContact => "identity_and_contact",
            Self::FamilyComposition => "family_composition",
            Self::SafeguardingConcerns => "safeguarding_concerns",
            Self::AssessmentAndPlan => "assessment_and_plan",
            Self::CaseNotes => "case_notes",
            Self::Health => "health",
            Self::Education => "education",
            Self::CriminalJustice => "criminal_justice",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == text)
    }

    /// Categories as stored: comma-separated keys. Unknown keys are left out.
    pub fn parse_list(text: &str) -> Vec<Self> {
        let mut list: Vec<Self> = text.split(',').filter_map(|c| Self::parse(c.trim())).collect();
        list.sort();
        list.dedup();
        list
    }

    pub fn list_to_string(list: &[Self]) -> String {
        list.iter().map(|c| c.as_str()).collect::<Vec<_>>().join(",")
    }
}

/// The lawful bases an organisation offers for sharing, one per line, as
/// its admin keeps them; these until then.
pub const DEFAULT_LAWFUL_BASES: &str = "Public task (a task in the public interest or official authority)
Legal obligation
Vital interests (to protect someone's life)
Consent
Substantial public interest: safeguarding children and individuals at risk";

/// The bases a configured list offers: its non-empty lines.
pub fn lawful_bases(configured: &str) -> Vec<String> {
    configured.lines().map(one_line).filter(|l| !l.is_empty()).collect()
}

/// What an agreement with a partner says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgreementTerms {
    pub purpose: String,
    /// One of the organisation's lawful bases.
    pub lawful_basis: String,
    /// What the basis rests on in this case (the statute, the article).
    pub lawful_basis_note: String,
    pub categories: Vec<InformationCategory>,
    /// When information may be shared: the threshold and what triggers it.
    pub threshold: String,
    /// How information is sent and kept.
    pub handling: String,
    pub retention: String,
    pub signed_for_us_by: String,
    pub signed_for_us_on: LocalDate,
    pub signed_for_them_by: String,
    pub signed_for_them_on: LocalDate,
    pub starts_on: LocalDate,
    pub review_on: LocalDate,
    pub ends_on: Option<LocalDate>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InvalidAgreement {
    #[error("say what the sharing is for")]
    Purpose,
    #[error("choose a lawful basis from the organisation's list")]
    LawfulBasis,
    #[error("choose at least one category of information")]
    Categories,
    #[error("say when information may be shared: the threshold and its triggers")]
    Threshold,
    #[error("say how information is sent and kept")]
    Handling,
    #[error("say how long information is kept")]
    Retention,
    #[error("say who signed for each side, and when")]
    Signatures,
    #[error("give the start and review dates")]
    Dates,
    #[error("the review date comes after the start")]
    ReviewBeforeStart,
    #[error("the end date comes after the start")]
    EndBeforeStart,
    #[error("a text is too long")]
    TooLong,
}

/// The fields of an agreement form, as typed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AgreementForm {
    pub purpose: String,
    pub lawful_basis: String,
    pub lawful_basis_note: String,
    pub categories: Vec<String>,
    pub threshold: String,
    pub handling: String,
    pub retention: String,
    pub signed_for_us_by: String,
    pub signed_for_us_on: String,
    pub signed_for_them_by: String,
    pub signed_for_them_on: String,
    pub starts_on: String,
    pub review_on: String,
    pub ends_on: String,
}

impl AgreementTerms {
    /// Reads a form against the organisation's lawful bases; every problem at once.
    pub fn parse(form: &AgreementForm, bases: &[String]) -> Result<Self, Vec<InvalidAgreement>> {
        let mut wrong = Vec::new();
        let text = |t: &str, max: usize, missing: InvalidAgreement, wrong: &mut Vec<InvalidAgreement>| {
            let t = t.trim().to_owned();
            if t.is_empty() {
                wrong.push(missing);
            } else if t.chars().count() > max {
                wrong.push(InvalidAgreement::TooLong);
            }
            t
        };
        let purpose = text(&form.purpose, 2_000, InvalidAgreement::Purpose, &mut wrong);
        let lawful_basis = one_line(&form.lawful_basis);
        if !bases.contains(&lawful_basis) {
            wrong.push(InvalidAgreement::LawfulBasis);
        }
        let lawful_basis_note = form.lawful_basis_note.trim().to_owned();
        if lawful_basis_note.chars().count() > 2_000 {
            wrong.push(InvalidAgreement::TooLong);
        }
        let categories = InformationCategory::parse_list(&form.categories.join(","));
        if categories.is_empty() {
            wrong.push(InvalidAgreement::Categories);
        }
        let threshold = text(&form.threshold, 2_000, InvalidAgreement::Threshold, &mut wrong);
        let handling = text(&form.handling, 2_000, InvalidAgreement::Handling, &mut wrong);
        let retention = text(&form.retention, 500, InvalidAgreement::Retention, &mut wrong);
        let ours_by = one_line(&form.signed_for_us_by);
        let theirs_by = one_line(&form.signed_for_them_by);
        let ours_on = LocalDate::parse(&form.signed_for_us_on);
        let theirs_on = LocalDate::parse(&form.signed_for_them_on);
        if ours_by.is_empty() || theirs_by.is_empty() || ours_on.is_none() || theirs_on.is_none() {
            wrong.push(InvalidAgreement::Signatures);
        } else if ours_by.chars().count() > 120 || theirs_by.chars().count() > 120 {
            wrong.push(InvalidAgreement::TooLong);
        }
        let starts_on = LocalDate::parse(&form.starts_on);
        let review_on = LocalDate::parse(&form.review_on);
        let ends_on =
            if form.ends_on.trim().is_empty() { Ok(None) } else { LocalDate::parse(&form.ends_on).map(Some).ok_or(()) };
        match (starts_on, review_on, &ends_on) {
            (Some(start), Some(review), Ok(end)) => {
                if review <= start {
                    wrong.push(InvalidAgreement::ReviewBeforeStart);
                }
                if end.is_some_and(|end| end < start) {
                    wrong.push(InvalidAgreement::EndBeforeStart);
                }
            }
            _ => wrong.push(InvalidAgreement::Dates),
        }
        wrong.dedup();
        match (ours_on, theirs_on, starts_on, review_on, ends_on) {
            (Some(ours_on), Some(theirs_on), Some(starts_on), Some(review_on), Ok(ends_on)) if wrong.is_empty() => {
                Ok(Self {
                    purpose,
                    lawful_basis,
                    lawful_basis_note,
                    categories,
                    threshold,
                    handling,
                    retention,
                    signed_for_us_by: ours_by,
                    signed_for_us_on: ours_on,
                    signed_for_them_by: theirs_by,
                    signed_for_them_on: theirs_on,
                    starts_on,
                    review_on,
                    ends_on,
                })
            }
            _ => Err(wrong),
        }
    }

    /// Where the agreement stands on `today`.
    pub fn standing(&self, today: LocalDate) -> AgreementStanding {
        if self.ends_on.is_some_and(|end| end < today) {
            AgreementStanding::Ended
        } else if today < self.starts_on {
            AgreementStanding::NotYetInForce
        } else if self.review_on <= today {
            AgreementStanding::ReviewDue
        } else {
            AgreementStanding::InForce
        }
    }

    /// Whether information of all of `categories` may be shared under it on `today`.
    pub fn covers(&self, categories: &[InformationCategory], today: LocalDate) -> bool {
        self.standing(today).usable() && categories.iter().all(|c| self.categories.contains(c))
    }
}

/// Where an agreement stands on a given day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AgreementStanding {
    NotYetInForce,
    InForce,
    /// In force, but past its review date: flagged until it is reviewed.
    ReviewDue,
    /// Past its end date: it cannot be used.
    Ended,
}

impl AgreementStanding {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::NotYetInForce => "not_yet_in_force",
            Self::InForce => "in_force",
            Self::ReviewDue => "review_due",
            Self::Ended => "ended",
        }
    }

    /// Whether a disclosure may be made under it.
    pub fn usable(self) -> bool {
        matches!(self, Self::InForce | Self::ReviewDue)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    type TestResult = Result<(), Box<dyn std::error::Error>>;

    fn form() -> AgreementForm {
        AgreementForm {
            purpose: "Safeguarding young people at risk of radicalisation".into(),
            lawful_basis: "Public task (a task in the public interest or official authority)".into(),
            lawful_basis_note: "Counter-Terrorism and Security Act 2015, s.36".into(),
            categories: vec!["safeguarding_concerns".into(), "identity_and_contact".into(), "nonsense".into()],
            threshold: "A concern that someone may be drawn into violence".into(),
            handling: "Secure e-mail; kept on the partner's case system".into(),
            retention: "Two years after the case closes".into(),
            signed_for_us_by: "Alex Admin".into(),
            signed_for_us_on: "2026-01-10".into(),
            signed_for_them_by: "Inspector Reyes".into(),
            signed_for_them_on: "2026-01-12".into(),
            starts_on: "2026-02-01".into(),
            review_on: "2027-02-01".into(),
            ends_on: String::new(),
        }
    }

    fn bases() -> Vec<String> {
        lawful_bases(DEFAULT_LAWFUL_BASES)
    }

    #[test]
    fn an_agreement_is_read_with_every_problem_at_once() -> TestResult {
        let terms = AgreementTerms::parse(&form(), &bases()).map_err(|e| format!("{e:?}"))?;
        assert_eq!(
            terms.categories,
            vec![InformationCategory::IdentityAndContact, InformationCategory::SafeguardingConcerns]
        );
        let wrong = AgreementForm {
            lawful_basis: "Because we can".into(),
            categories: Vec::new(),
            review_on: "2026-01-01".into(),
            signed_for_them_by: " ".into(),
            ..form()
        };
        assert_eq!(
            AgreementTerms::parse(&wrong, &bases()),
            Err(vec![
                InvalidAgreement::LawfulBasis,
                InvalidAgreement::Categories,
                InvalidAgreement::Signatures,
                InvalidAgreement::ReviewBeforeStart
            ])
        );
        let ended_early = AgreementForm { ends_on: "2026-01-01".into(), ..form() };
        assert_eq!(AgreementTerms::parse(&ended_early, &bases()), Err(vec![InvalidAgreement::EndBeforeStart]));
        Ok(())
    }

    #[test]
    fn standing_and_cover_follow_the_dates_and_categories() -> TestResult {
        let terms = AgreementTerms::parse(&AgreementForm { ends_on: "2027-06-01".into(), ..form() }, &bases())
            .map_err(|e| format!("{e:?}"))?;
        let day = |t: &str| LocalDate::parse(t).ok_or("date");
        assert_eq!(terms.standing(day("2026-01-31")?), AgreementStanding::NotYetInForce);
        assert_eq!(terms.standing(day("2026-02-01")?), AgreementStanding::InForce);
        assert_eq!(terms.standing(day("2027-02-01")?), AgreementStanding::ReviewDue);
        assert_eq!(terms.standing(day("2027-06-02")?), AgreementStanding::Ended);
        let safeguarding = [InformationCategory::SafeguardingConcerns];
        assert!(terms.covers(&safeguarding, day("2026-05-01")?));
        assert!(terms.covers(&safeguarding, day("2027-03-01")?), "review due: flagged, still usable");
        assert!(!terms.covers(&safeguarding, day("2027-07-01")?), "ended: cannot be used");
        assert!(!terms.covers(&[InformationCategory::Health], day("2026-05-01")?), "health is not covered");
        Ok(())
    }

    #[test]
    fn partners_and_keys() {
        assert!(PartnerDetails::parse("Police North", "police", "Inspector Reyes", "reyes@police.example").is_ok());
        assert_eq!(
            PartnerDetails::parse("", "spies", "", ""),
            Err(vec![InvalidPartner::Name, InvalidPartner::Kind, InvalidPartner::Contact])
        );
        for kind in PartnerKind::ALL {
            assert_eq!(PartnerKind::parse(kind.as_str()), Some(kind));
        }
        for category in InformationCategory::ALL {
            assert_eq!(InformationCategory::parse(category.as_str()), Some(category));
        }
        assert_eq!(bases().len(), 5);
    }
}
