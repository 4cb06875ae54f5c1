//! Modality decisions, kept as history per family member, and the
//! organisation's own rules for the decision aid.

use std::collections::BTreeMap;

use hearth_core::access::Actor;
use hearth_core::audit::AuditAction;
use hearth_core::clock::Timestamp;
use hearth_core::ids::{DecisionId, FamilyId, MemberId};
use hearth_core::modality::{Answers, ContactKind, Lean, Modality, Reason, Rules};
use sea_query::{Expr, ExprTrait, Order, Query};

use crate::audit::AuditRecord;
use crate::families::FamilyRead;
use crate::sealed;
use crate::{AuditEntry, Result, StoreError, Tx, col};

/// One decision taken with a family member.
#[derive(Debug, Clone)]
pub struct ModalityDecision {
    pub id: DecisionId,
    pub member_id: MemberId,
    pub answers: Answers,
    /// None where not enough was known to suggest anything.
    pub suggested: BTreeMap<ContactKind, Option<Modality>>,
    /// The reasons the aid gave, per kind of contact (empty for decisions
    /// taken before reasons were kept).
    pub reasons: BTreeMap<ContactKind, Vec<Reason>>,
    pub decided: BTreeMap<ContactKind, Modality>,
    /// The member's own preference, in their words.
    pub preference: Option<String>,
    pub comment: String,
    pub decided_by_name: String,
    pub decided_at: Timestamp,
}

#[derive(Debug, Clone)]
pub struct NewModalityDecision<'a> {
    pub answers: &'a Answers,
    pub suggested: &'a BTreeMap<ContactKind, Option<Modality>>,
    pub reasons: &'a BTreeMap<ContactKind, Vec<Reason>>,
    pub decided: &'a BTreeMap<ContactKind, Modality>,
    pub preference: Option<&'a str>,
    pub comment: &'a str,
}

/// `key=value` lines: readable in a database browser, no JSON dependency.
fn encode<K: AsRef<str>, V: AsRef<str>>(pairs: impl IntoIterator<Item = (K, V)>) -> String {
    pairs.into_iter().map(|(k, v)| format!("{}={}\n", k.as_ref(), v.as_ref())).collect()
}

fn decode(text: &str) -> Vec<(String, String)> {
    text.lines().filter_map(|l| l.split_once('=')).map(|(k, v)| (k.to_owned(), v.to_owned())).collect()
}

/// How a suggestion of "not enough known yet" is kept.
const NOT_ENOUGH_KNOWN: &str = "not_enough_known";

fn encode_suggested(suggested: &BTreeMap<ContactKind, Option<Modality>>) -> String {
    encode(suggested.iter().map(|(k, m)| (k.as_str(), m.map_or(NOT_ENOUGH_KNOWN, Modality::as_str))))
}

fn decode_suggested(text: &str) -> Result<BTreeMap<ContactKind, Option<Modality>>> {
    decode(text)
        .into_iter()
        .map(|(k, v)| {
            let kind = ContactKind::parse(&k).ok_or(StoreError::Corrupt("contact kind"))?;
            if v == NOT_ENOUGH_KNOWN {
                return Ok((kind, None));
            }
            Ok((kind, Some(Modality::parse(&v).ok_or(StoreError::Corrupt("modality"))?)))
        })
        .collect()
}

/// One line per reason: `kind=lean=rule-key`.
fn encode_reasons(reasons: &BTreeMap<ContactKind, Vec<Reason>>) -> String {
    reasons
        .iter()
        .flat_map(|(k, rs)| rs.iter().map(move |r| format!("{}={}={}\n", k.as_str(), r.lean.code(), r.key)))
        .collect()
}

fn decode_reasons(text: &str) -> Result<BTreeMap<ContactKind, Vec<Reason>>> {
    let mut reasons: BTreeMap<ContactKind, Vec<Reason>> = BTreeMap::new();
    for line in text.lines() {
        let mut parts = line.splitn(3, '=');
        let (Some(kind), Some(lean), Some(key)) = (parts.next(), parts.next(), parts.next()) else {
            return Err(StoreError::Corrupt("modality reason"));
        };
        let kind = ContactKind::parse(kind).ok_or(StoreError::Corrupt("contact kind"))?;
        let lean = Lean::parse(lean).ok_or(StoreError::Corrupt("modality reason"))?;
        reasons.entry(kind).or_default().push(Reason { key: key.to_owned(), lean });
    }
    Ok(reasons)
}

fn decode_choices(text: &str) -> Result<BTreeMap<ContactKind, Modality>> {
    decode(text)
        .into_iter()
        .map(|(k, v)| {
            Ok((
                ContactKind::parse(&k).ok_or(StoreError::Corrupt("contact kind"))?,
                Modality::parse(&v).ok_or(StoreError::Corrupt("modality"))?,
            ))
        })
        .collect()
}

impl Tx {
    pub async fn record_modality_decision(
        &mut self,
        actor: &Actor,
        family: &FamilyId,
        member: &MemberId,
        new: NewModalityDecision<'_>,
    ) -> Result<DecisionId> {
        let id = DecisionId::generate()?;
        let now = self.now().millis();
        let comment = self.seal(&sealed::MODALITY_COMMENT, &[id.as_str()], new.comment)?;
        let preference =
            new.preference.map(|p| self.seal(&sealed::MODALITY_PREFERENCE, &[id.as_str()], p)).transpose()?;
        let answers = self.seal(&sealed::MODALITY_ANSWERS, &[id.as_str()], &encode(new.answers.iter()))?;
        let reasons = self.seal(&sealed::MODALITY_REASONS, &[id.as_str()], &encode_reasons(new.reasons))?;
        self.execute(
            &Query::insert()
                .into_table("modality_decisions")
                .columns([
                    "id",
                    "family_id",
                    "member_id",
                    "answers",
                    "suggested",
                    "decided",
                    "reasons",
                    "preference",
                    "comment",
                    "decided_by",
                    "decided_at",
                ])
                .values_panic([
                    id.as_str().into(),
                    family.as_str().into(),
                    member.as_str().into(),
                    answers.into(),
                    encode_suggested(new.suggested).into(),
                    encode(new.decided.iter().map(|(k, m)| (k.as_str(), m.as_str()))).into(),
                    reasons.into(),
                    preference.into(),
                    comment.into(),
                    actor.user_id.as_str().into(),
                    now.into(),
                ])
                .to_owned(),
        )
        .await?;
        self.audit(AuditEntry::by(actor, AuditAction::ModalityDecided, AuditRecord::Family(family))).await?;
        Ok(id)
    }

    /// A member's decisions, newest first.
    pub async fn modality_decisions_of(
        &mut self,
        read: &FamilyRead,
        member: &MemberId,
    ) -> Result<Vec<ModalityDecision>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns([
                        ("modality_decisions", "id"),
                        ("modality_decisions", "member_id"),
                        ("modality_decisions", "answers"),
                        ("modality_decisions", "suggested"),
                        ("modality_decisions", "decided"),
                        ("modality_decisions", "reasons"),
                        ("modality_decisions", "preference"),
                        ("modality_decisions", "comment"),
                        ("modality_decisions", "decided_at"),
                    ])
                    .expr_as(Expr::col(("users", "display_name")), "decided_by_name")
                    .from("modality_decisions")
                    .inner_join("users", Expr::col(("users", "id")).equals(("modality_decisions", "decided_by")))
                    .and_where(Expr::col(("modality_decisions", "member_id")).eq(member.as_str()))
                    .and_where(Expr::col(("modality_decisions", "family_id")).eq(read.family().as_str()))
                    .order_by(("modality_decisions", "decided_at"), Order::Desc)
                    .to_owned(),
            )
            .await?;
        rows.iter()
            .map(|r| {
                let id = DecisionId::from_trusted(col::text(r, "id")?);
                Ok(ModalityDecision {
                    member_id: MemberId::from_trusted(col::text(r, "member_id")?),
                    answers: decode(&self.open(
                        &sealed::MODALITY_ANSWERS,
                        &[id.as_str()],
                        &col::text(r, "answers")?,
                    )?)
                    .into_iter()
                    .collect(),
                    suggested: decode_suggested(&col::text(r, "suggested")?)?,
                    reasons: decode_reasons(
                        &col::opt_text(r, "reasons")?
                            .map(|sealed| self.open(&sealed::MODALITY_REASONS, &[id.as_str()], &sealed))
                            .transpose()?
                            .unwrap_or_default(),
                    )?,
                    decided: decode_choices(&col::text(r, "decided")?)?,
                    preference: col::opt_text(r, "preference")?
                        .map(|p| self.open(&sealed::MODALITY_PREFERENCE, &[id.as_str()], &p))
                        .transpose()?,
                    comment: self.open(&sealed::MODALITY_COMMENT, &[id.as_str()], &col::text(r, "comment")?)?,
                    decided_by_name: col::text(r, "decided_by_name")?,
                    decided_at: Timestamp(col::int(r, "decided_at")?),
                    id,
                })
            })
            .collect()
    }

    /// The organisation's rules for the aid, or Hearth's default, with the
    /// text the organisation wrote (None while it uses the default).
    pub async fn modality_rules(&mut self, actor: &Actor) -> Result<(Rules, Option<String>)> {
        if let Some(body) = self.organisation_document("modality_rules", &actor.organisation_id).await? {
            match Rules::parse(&body) {
                Ok(rules) => return Ok((rules, Some(body))),
                Err(_) => tracing::error!("stored modality rules no longer parse; using the default"),
            }
        }
        Ok((Rules::default_rules().map_err(|_| StoreError::Corrupt("default modality rules"))?, None))
    }

    /// Stores rules the caller has validated.
    pub async fn save_modality_rules(&mut self, actor: &Actor, body: &str) -> Result<()> {
        self.save_organisation_document("modality_rules", actor, body, AuditAction::ModalityRulesChanged).await
    }
}
