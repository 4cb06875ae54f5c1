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

/// Why information is disclosed. Safeguarding purposes come first; the
/// practice keeps social work a safeguarding role, so a purpose that is only
/// enforcement or intelligence needs a written justification as well.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DisclosurePurpose {
    SafeguardChild,
    SafeguardAdult,
    /// To prevent serious harm to the person or to others.
    PreventSeriousHarm,
    /// To plan support together with the partner (a multi-agency plan).
    CoordinateSupport,
    /// To prevent or detect crime.
    CrimePrevention,
    /// To support an investigation or prosecution.
    LawEnforcement,
    /// For the partner's intelligence picture.
    Intelligence,
}

impl DisclosurePurpose {
    /// In the order a form offers them: safeguarding first.
    pub const ALL: [Self; 7] = [
        Self::SafeguardChild,
        Self::SafeguardAdult,
        Self::PreventSeriousHarm,
        Self::CoordinateSupport,
        Self::CrimePrevention,
        Self::LawEnforcement,
        Self::Intelligence,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::SafeguardChild => "safeguard_child",
            Self::SafeguardAdult => "safeguard_adult",
            Self::PreventSeriousHarm => "prevent_serious_harm",
            Self::CoordinateSupport => "coordinate_support",
            Self::CrimePrevention => "crime_prevention",
            Self::LawEnforcement => "law_enforcement",
            Self::Intelligence => "intelligence",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == text)
    }

    /// Enforcement and intelligence are not safeguarding: they need an extra,
    /// written justification.
    pub fn is_safeguarding(self) -> bool {
        matches!(self, Self::SafeguardChild | Self::SafeguardAdult | Self::PreventSeriousHarm | Self::CoordinateSupport)
    }
}

/// Whether the family's consent was asked for, and the answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Consent {
    Given,
    Refused,
    NotSought,
}

impl Consent {
    pub const ALL: [Self; 3] = [Self::Given, Self::Refused, Self::NotSought];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Given => "given",
            Self::Refused => "refused",
            Self::NotSought => "not_sought",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == text)
    }
}

/// How a disclosure went to the partner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SendingChannel {
    SecureEmail,
    PartnerPortal,
    Meeting,
    Telephone,
    Post,
    ByHand,
}

impl SendingChannel {
    pub const ALL: [Self; 6] =
        [Self::SecureEmail, Self::PartnerPortal, Self::Meeting, Self::Telephone, Self::Post, Self::ByHand];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::SecureEmail => "secure_email",
            Self::PartnerPortal => "partner_portal",
            Self::Meeting => "meeting",
            Self::Telephone => "telephone",
            Self::Post => "post",
            Self::ByHand => "by_hand",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.as_str() == text)
    }
}

/// Where a disclosure is in its four-eyes life.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DisclosureStatus {
    /// Prepared (or amended) and waiting for a supervisor.
    AwaitingApproval,
    /// A supervisor sent it back with a comment; the preparer amends it.
    Returned,
    /// A supervisor other than the preparer approved it; it may be sent.
    Approved,
    /// Sent to the partner: from now on it never changes; a correction is a
    /// new disclosure linked to it.
    Sent,
}

impl DisclosureStatus {
    pub const ALL: [Self; 4] = [Self::AwaitingApproval, Self::Returned, Self::Approved, Self::Sent];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::AwaitingApproval => "awaiting_approval",
            Self::Returned => "returned",
            Self::Approved => "approved",
            Self::Sent => "sent",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.as_str() == text)
    }

    /// Only a disclosure no supervisor has approved yet can be amended.
    pub fn amendable(self) -> bool {
        matches!(self, Self::AwaitingApproval | Self::Returned)
    }
}

/// What a practitioner sets out when preparing a disclosure, checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisclosureTerms {
    pub categories: Vec<InformationCategory>,
    /// What is shared beyond the chosen items, in the practitioner's words.
    pub shared_text: String,
    pub purpose: DisclosurePurpose,
    /// Required when the purpose is not safeguarding.
    pub justification: String,
    /// Which of the agreement's thresholds is met, and how.
    pub threshold_met: String,
    pub proportionality: String,
    pub consent: Consent,
    /// Why consent was given, refused, or not sought.
    pub consent_reason: String,
    pub family_told: bool,
    /// When the family is not told: why, and when to think again.
    pub not_told_reason: String,
    pub revisit_on: Option<LocalDate>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InvalidDisclosure {
    #[error("choose the partner and an agreement in force with them")]
    Agreement,
    #[error("the agreement does not cover every category of what is shared")]
    NotCovered,
    #[error("choose at least one category of information")]
    Categories,
    #[error("choose what is shared from the file, or describe it")]
    NothingShared,
    #[error("choose the purpose of the disclosure")]
    Purpose,
    #[error("a purpose that is not safeguarding needs a written justification")]
    Justification,
    #[error("say which threshold is met")]
    Threshold,
    #[error("link the evidence for the threshold from the file")]
    Evidence,
    #[error("say why sharing this much is proportionate")]
    Proportionality,
    #[error("say whether consent was sought, and why")]
    Consent,
    #[error("say whether the family will be told")]
    FamilyTold,
    #[error("when the family is not told, say why and when to think again")]
    NotToldReason,
    #[error("the date to think again is in the future")]
    RevisitInPast,
    #[error("a text is too long")]
    TooLong,
}

/// The fields of a disclosure form, as typed. Items and evidence are
/// references to records of the file (`note:<id>` …); the store checks
/// they belong to the file and may be shared.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DisclosureForm {
    pub agreement: String,
    pub categories: Vec<String>,
    pub items: Vec<String>,
    pub shared_text: String,
    pub purpose: String,
    pub justification: String,
    pub threshold_met: String,
    pub evidence: Vec<String>,
    pub proportionality: String,
    pub consent: String,
    pub consent_reason: String,
    pub family_told: String,
    pub not_told_reason: String,
    pub revisit_on: String,
}

/// The most a disclosure's free texts and a review comment take.
pub const LONG_TEXT_CHARS: usize = 10_000;

impl DisclosureTerms {
    /// Reads a form on `today`; every problem at once. Whether the chosen
    /// agreement covers the categories is [`AgreementTerms::covers`]'s call.
    pub fn parse(form: &DisclosureForm, today: LocalDate) -> Result<Self, Vec<InvalidDisclosure>> {
        let mut wrong = Vec::new();
        let text = |t: &str, missing: Option<InvalidDisclosure>, wrong: &mut Vec<InvalidDisclosure>| {
            let t = t.trim().to_owned();
            if t.is_empty() {
                wrong.extend(missing);
            } else if t.chars().count() > LONG_TEXT_CHARS {
                wrong.push(InvalidDisclosure::TooLong);
            }
            t
        };
        if form.agreement.trim().is_empty() {
            wrong.push(InvalidDisclosure::Agreement);
        }
        let categories = InformationCategory::parse_list(&form.categories.join(","));
        if categories.is_empty() {
            wrong.push(InvalidDisclosure::Categories);
        }
        let shared_text = text(&form.shared_text, None, &mut wrong);
        if shared_text.is_empty() && form.items.is_empty() {
            wrong.push(InvalidDisclosure::NothingShared);
        }
        let purpose = DisclosurePurpose::parse(form.purpose.trim());
        if purpose.is_none() {
            wrong.push(InvalidDisclosure::Purpose);
        }
        let justification = text(&form.justification, None, &mut wrong);
        if purpose.is_some_and(|p| !p.is_safeguarding()) && justification.is_empty() {
            wrong.push(InvalidDisclosure::Justification);
        }
        let threshold_met = text(&form.threshold_met, Some(InvalidDisclosure::Threshold), &mut wrong);
        if form.evidence.is_empty() {
            wrong.push(InvalidDisclosure::Evidence);
        }
        let proportionality = text(&form.proportionality, Some(InvalidDisclosure::Proportionality), &mut wrong);
        let consent = Consent::parse(form.consent.trim());
        let consent_reason = text(&form.consent_reason, None, &mut wrong);
        if consent.is_none() || consent_reason.is_empty() {
            wrong.push(InvalidDisclosure::Consent);
        }
        let family_told = match form.family_told.trim() {
            "yes" => Some(true),
            "no" => Some(false),
            _ => None,
        };
        if family_told.is_none() {
            wrong.push(InvalidDisclosure::FamilyTold);
        }
        let not_told_reason = text(&form.not_told_reason, None, &mut wrong);
        let revisit_on = LocalDate::parse(&form.revisit_on);
        if family_told == Some(false) {
            if not_told_reason.is_empty() || revisit_on.is_none() {
                wrong.push(InvalidDisclosure::NotToldReason);
            } else if revisit_on.is_some_and(|d| d <= today) {
                wrong.push(InvalidDisclosure::RevisitInPast);
            }
        }
        wrong.dedup();
        match (purpose, consent, family_told) {
            (Some(purpose), Some(consent), Some(family_told)) if wrong.is_empty() => Ok(Self {
                categories,
                shared_text,
                purpose,
                justification,
                threshold_met,
                proportionality,
                consent,
                consent_reason,
                family_told,
                not_told_reason: if family_told { String::new() } else { not_told_reason },
                revisit_on: if family_told { None } else { revisit_on },
            }),
            _ => Err(wrong),
        }
    }
}

/// How a sent disclosure went: when, how and to whom.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sending {
    pub sent_on: LocalDate,
    pub channel: SendingChannel,
    /// The person (and role) at the partner who received it.
    pub recipient: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InvalidSending {
    #[error("give the date it was sent, not in the future nor before it was approved")]
    Date,
    #[error("choose how it was sent")]
    Channel,
    #[error("name who received it, in at most 200 characters")]
    Recipient,
}

impl Sending {
    /// Reads the "sent" form: sent on a day from its approval to `today`.
    pub fn parse(
        sent_on: &str,
        channel: &str,
        recipient: &str,
        approved_on: LocalDate,
        today: LocalDate,
    ) -> Result<Self, Vec<InvalidSending>> {
        let mut wrong = Vec::new();
        let sent_on = LocalDate::parse(sent_on).filter(|d| approved_on <= *d && *d <= today);
        if sent_on.is_none() {
            wrong.push(InvalidSending::Date);
        }
        let channel = SendingChannel::parse(channel.trim());
        if channel.is_none() {
            wrong.push(InvalidSending::Channel);
        }
        let recipient = one_line(recipient);
        if recipient.is_empty() || recipient.chars().count() > 200 {
            wrong.push(InvalidSending::Recipient);
        }
        match (sent_on, channel) {
            (Some(sent_on), Some(channel)) if wrong.is_empty() => Ok(Self { sent_on, channel, recipient }),
            _ => Err(wrong),
        }
    }
}

/// Conditions a partner puts on information it gives, enforced wherever the
/// record could be shown or shared.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct HandlingConditions {
    /// Not to be shared with the family: the family portal never shows it,
    /// and no disclosure or export meant for the family carries it.
    pub not_for_family: bool,
    /// Not to be shared further: no disclosure to any partner carries it.
    pub not_for_onward_sharing: bool,
}

impl HandlingConditions {
    pub fn may_go_to_family(self) -> bool {
        !self.not_for_family
    }

    pub fn may_be_disclosed(self) -> bool {
        !self.not_for_onward_sharing
    }

    /// As stored: the keys of the conditions that hold, comma-separated.
    pub fn to_stored(self) -> String {
        let mut keys = Vec::new();
        if self.not_for_family {
            keys.push("not_for_family");
        }
        if self.not_for_onward_sharing {
            keys.push("not_for_onward_sharing");
        }
        keys.join(",")
    }

    pub fn of_stored(text: &str) -> Self {
        let has = |key: &str| text.split(',').any(|k| k.trim() == key);
        Self { not_for_family: has("not_for_family"), not_for_onward_sharing: has("not_for_onward_sharing") }
    }
}

/// What a practitioner records about information a partner gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReceivedInformation {
    pub received_on: LocalDate,
    pub summary: String,
    pub conditions: HandlingConditions,
    /// Anything else the partner asked, in their words.
    pub other_conditions: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum InvalidReceived {
    #[error("choose the partner it came from")]
    Partner,
    #[error("give the date it was received, not in the future")]
    Date,
    #[error("write down what was received")]
    Summary,
    #[error("a text is too long")]
    TooLong,
}

impl ReceivedInformation {
    pub fn parse(
        received_on: &str,
        summary: &str,
        conditions: HandlingConditions,
        other_conditions: &str,
        today: LocalDate,
    ) -> Result<Self, Vec<InvalidReceived>> {
        let mut wrong = Vec::new();
        let received_on = LocalDate::parse(received_on).filter(|d| *d <= today);
        if received_on.is_none() {
            wrong.push(InvalidReceived::Date);
        }
        let summary = summary.trim().to_owned();
        if summary.is_empty() {
            wrong.push(InvalidReceived::Summary);
        }
        let other_conditions = other_conditions.trim().to_owned();
        if summary.chars().count() > LONG_TEXT_CHARS || other_conditions.chars().count() > 2_000 {
            wrong.push(InvalidReceived::TooLong);
        }
        match received_on {
            Some(received_on) if wrong.is_empty() => Ok(Self { received_on, summary, conditions, other_conditions }),
            _ => Err(wrong),
        }
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

    fn disclosure_form() -> DisclosureForm {
        DisclosureForm {
            agreement: "a".repeat(32),
            categories: vec!["safeguarding_concerns".into()],
            items: vec!["note:1".into()],
            shared_text: String::new(),
            purpose: "safeguard_child".into(),
            justification: String::new(),
            threshold_met: "A risk of serious harm to the younger brother".into(),
            evidence: vec!["note:1".into()],
            proportionality: "Only the concern, not the family history".into(),
            consent: "not_sought".into(),
            consent_reason: "Asking would put the brother at risk".into(),
            family_told: "no".into(),
            not_told_reason: "Telling now would alert the person of concern".into(),
            revisit_on: "2026-12-15".into(),
        }
    }

    #[test]
    fn a_disclosure_needs_its_reasons() -> TestResult {
        let today = LocalDate::parse("2026-11-29").ok_or("date")?;
        let terms = DisclosureTerms::parse(&disclosure_form(), today).map_err(|e| format!("{e:?}"))?;
        assert!(!terms.family_told);
        assert_eq!(terms.revisit_on, LocalDate::parse("2026-12-15"));
        let enforcement = DisclosureForm { purpose: "intelligence".into(), ..disclosure_form() };
        assert_eq!(DisclosureTerms::parse(&enforcement, today), Err(vec![InvalidDisclosure::Justification]));
        let justified = DisclosureForm { justification: "A named threat to a school".into(), ..enforcement };
        assert!(DisclosureTerms::parse(&justified, today).is_ok());
        let empty = DisclosureForm::default();
        assert_eq!(
            DisclosureTerms::parse(&empty, today),
            Err(vec![
                InvalidDisclosure::Agreement,
                InvalidDisclosure::Categories,
                InvalidDisclosure::NothingShared,
                InvalidDisclosure::Purpose,
                InvalidDisclosure::Threshold,
                InvalidDisclosure::Evidence,
                InvalidDisclosure::Proportionality,
                InvalidDisclosure::Consent,
                InvalidDisclosure::FamilyTold,
            ])
        );
        let past = DisclosureForm { revisit_on: "2026-11-29".into(), ..disclosure_form() };
        assert_eq!(DisclosureTerms::parse(&past, today), Err(vec![InvalidDisclosure::RevisitInPast]));
        let told = DisclosureForm { family_told: "yes".into(), ..disclosure_form() };
        let told = DisclosureTerms::parse(&told, today).map_err(|e| format!("{e:?}"))?;
        assert_eq!((told.not_told_reason.as_str(), told.revisit_on), ("", None), "a told family has no revisit date");
        assert!(DisclosurePurpose::ALL.iter().take_while(|p| p.is_safeguarding()).count() == 4, "safeguarding first");
        Ok(())
    }

    #[test]
    fn sending_dates_and_conditions() -> TestResult {
        let day = |t: &str| LocalDate::parse(t).ok_or("date");
        let (approved, today) = (day("2026-11-20")?, day("2026-11-29")?);
        assert!(Sending::parse("2026-11-25", "secure_email", "DS Reyes", approved, today).is_ok());
        assert_eq!(
            Sending::parse("2026-11-19", "pigeon", " ", approved, today),
            Err(vec![InvalidSending::Date, InvalidSending::Channel, InvalidSending::Recipient])
        );
        assert!(Sending::parse("2026-11-30", "post", "x", approved, today).is_err(), "not in the future");
        let both = HandlingConditions { not_for_family: true, not_for_onward_sharing: true };
        assert_eq!(HandlingConditions::of_stored(&both.to_stored()), both);
        assert_eq!(HandlingConditions::of_stored(""), HandlingConditions::default());
        assert!(!both.may_go_to_family() && !both.may_be_disclosed());
        assert!(ReceivedInformation::parse("2026-11-30", "x", both, "", today).is_err());
        Ok(())
    }
}
