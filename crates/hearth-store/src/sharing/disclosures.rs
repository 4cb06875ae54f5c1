//! Disclosures to partners, prepared from a family file, and information
//! received from partners. What is shared is kept as it was when prepared
//! (a snapshot, sealed), so a later amendment of a note never changes what
//! the record says was sent. Every read and change writes its audit row on
//! the family; every step of the four-eyes life is on the file's timeline.

use hearth_core::access::{Actor, DisclosureFacts, FamilyScope};
use hearth_core::audit::AuditAction;
use hearth_core::clock::Timestamp;
use hearth_core::ids::{
    DisclosureId, FamilyId, OrganisationId, PartnerId, ReceivedInformationId, SharingAgreementId, UserId,
};
use hearth_core::sharing::{
    Consent, DisclosurePurpose, DisclosureStatus, DisclosureTerms, HandlingConditions, InformationCategory,
    PartnerKind, ReceivedInformation, Sending, SendingChannel,
};
use hearth_core::wellbeing::LocalDate;
use sea_query::{Expr, ExprTrait, JoinType, Order, Query};

use super::{Partner, SharingAgreement};
use crate::audit::AuditRecord;
use crate::families::{Family, FamilyRead, scope_condition};
use crate::notifications::NotificationKind;
use crate::sealed::{self, SealedColumn};
use crate::{AuditEntry, Result, StoreError, Tx, col};

/// What kind of record of the file an item is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ItemKind {
    Note,
    Document,
    Assessment,
    /// Information a partner gave, when its conditions let it go further.
    Received,
}

impl ItemKind {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Note => "note",
            Self::Document => "document",
            Self::Assessment => "assessment",
            Self::Received => "received",
        }
    }

    fn parse(text: &str) -> Option<Self> {
        [Self::Note, Self::Document, Self::Assessment, Self::Received].into_iter().find(|k| k.as_str() == text)
    }
}

/// A record of the file that can be shared or cited as evidence, as it
/// reads now; kept in a disclosure as it read when the disclosure was made.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileItem {
    /// `kind:id`, as forms send it.
    pub reference: String,
    pub kind: ItemKind,
    pub at: Timestamp,
    /// A note's kind, a document's name, an assessment's response, a partner's name.
    pub title: String,
    /// A note's text, an assessment's proportionality statement, what a
    /// partner gave; empty for a document.
    pub text: String,
}

const FIELD: char = '\u{1f}';
const RECORD: char = '\u{1e}';

fn encode_items(items: &[FileItem]) -> String {
    let clean = |t: &str| t.replace([FIELD, RECORD], " ");
    items
        .iter()
        .map(|i| {
            format!(
                "{}{FIELD}{}{FIELD}{}{FIELD}{}{FIELD}{}",
                clean(&i.reference),
                i.kind.as_str(),
                i.at.millis(),
                clean(&i.title),
                clean(&i.text)
            )
        })
        .collect::<Vec<_>>()
        .join(&RECORD.to_string())
}

fn decode_items(text: &str) -> Result<Vec<FileItem>> {
    text.split(RECORD)
        .filter(|r| !r.is_empty())
        .map(|r| {
            let mut f = r.splitn(5, FIELD);
            let mut next = || f.next().ok_or(StoreError::Corrupt("disclosure item"));
            let reference = next()?.to_owned();
            let kind = ItemKind::parse(next()?).ok_or(StoreError::Corrupt("disclosure item"))?;
            let at = Timestamp(next()?.parse().map_err(|_| StoreError::Corrupt("disclosure item"))?);
            Ok(FileItem { reference, kind, at, title: next()?.to_owned(), text: next()?.to_owned() })
        })
        .collect()
}

/// One step of a disclosure's life, for its history.
#[derive(Debug, Clone)]
pub struct DisclosureStep {
    /// `prepared`, `amended`, `returned`, `approved` or `sent`.
    pub kind: String,
    pub actor_id: UserId,
    pub actor_name: String,
    pub at: Timestamp,
    pub comment: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Disclosure {
    pub id: DisclosureId,
    pub family_id: FamilyId,
    pub family_name: String,
    pub partner_id: PartnerId,
    pub partner_name: String,
    pub partner_kind: PartnerKind,
    pub agreement_id: SharingAgreementId,
    pub status: DisclosureStatus,
    pub terms: DisclosureTerms,
    pub items: Vec<FileItem>,
    pub evidence: Vec<FileItem>,
    pub prepared_by: UserId,
    pub prepared_at: Timestamp,
    pub sending: Option<Sending>,
    /// The disclosure this one corrects.
    pub corrects: Option<DisclosureId>,
    /// Corrections made to this one since it was sent.
    pub corrected_by: Vec<DisclosureId>,
    /// Oldest first.
    pub steps: Vec<DisclosureStep>,
}

impl Disclosure {
    pub fn facts(&self, family: hearth_core::access::FamilyFacts, actor: &Actor) -> DisclosureFacts {
        DisclosureFacts { family, actor_prepared: self.prepared_by == actor.user_id }
    }

    /// The last step of a kind (who approved it, and when).
    pub fn last_step(&self, kind: &str) -> Option<&DisclosureStep> {
        self.steps.iter().rev().find(|s| s.kind == kind)
    }
}

/// A disclosure as lists show it.
#[derive(Debug, Clone)]
pub struct DisclosureSummary {
    pub id: DisclosureId,
    pub family_id: FamilyId,
    pub family_name: String,
    pub partner_name: String,
    pub status: DisclosureStatus,
    pub purpose: DisclosurePurpose,
    pub prepared_at: Timestamp,
    pub prepared_by_name: String,
    pub sent_on: Option<LocalDate>,
    pub corrects: Option<DisclosureId>,
    pub consent: Consent,
    pub consent_reason: String,
    pub family_told: bool,
    pub not_told_reason: String,
    pub revisit_on: Option<LocalDate>,
}

/// Information a partner gave, as the file keeps it.
#[derive(Debug, Clone)]
pub struct ReceivedRecord {
    pub id: ReceivedInformationId,
    pub partner_name: String,
    pub info: ReceivedInformation,
    pub recorded_by_name: String,
    pub recorded_at: Timestamp,
}

/// What a new or amended disclosure says, checked by the caller against the
/// agreement and the file.
pub struct DisclosureDraft<'a> {
    pub partner: &'a Partner,
    pub agreement: &'a SharingAgreement,
    pub terms: &'a DisclosureTerms,
    pub items: &'a [FileItem],
    pub evidence: &'a [FileItem],
}

/// What the register is narrowed to.
#[derive(Debug, Clone, Copy, Default)]
pub struct RegisterFilter<'a> {
    pub partner: Option<&'a PartnerId>,
    /// Prepared at or after.
    pub from: Option<Timestamp>,
    /// Prepared before.
    pub until: Option<Timestamp>,
}

fn stored(date: LocalDate) -> i64 {
    date.stored().map_or(0, Timestamp::millis)
}

fn opt_date(r: &sqlx::any::AnyRow, name: &'static str) -> Result<Option<LocalDate>> {
    Ok(col::opt_int(r, name)?.map(|at| LocalDate::of_stored(Timestamp(at))))
}

const SUMMARY_COLUMNS: [(&str, &str); 13] = [
    ("disclosures", "id"),
    ("disclosures", "family_id"),
    ("disclosures", "status"),
    ("disclosures", "purpose"),
    ("disclosures", "prepared_at"),
    ("disclosures", "sent_on"),
    ("disclosures", "corrects"),
    ("disclosures", "consent"),
    ("disclosures", "consent_reason"),
    ("disclosures", "family_told"),
    ("disclosures", "not_told_reason"),
    ("disclosures", "revisit_on"),
    ("disclosures", "prepared_by"),
];

impl Tx {
    /// The records of a file that may go to a partner: notes, documents,
    /// assessments, and information received whose conditions let it be
    /// shared further. Information a partner asked not to be shared further
    /// is never offered, and [`Tx::prepare_disclosure`] only takes items
    /// from this list.
    pub async fn shareable_items(&mut self, read: &FamilyRead) -> Result<Vec<FileItem>> {
        let mut items = self.evidence_items(read).await?;
        for r in self.received_of(read).await? {
            if r.info.conditions.may_be_disclosed() {
                items.push(FileItem {
                    reference: format!("received:{}", r.id),
                    kind: ItemKind::Received,
                    at: r.info.received_on.stored().unwrap_or(r.recorded_at),
                    title: r.partner_name,
                    text: r.info.summary,
                });
            }
        }
        Ok(items)
    }

    /// The records of a file a threshold's evidence can point to.
    pub async fn evidence_items(&mut self, read: &FamilyRead) -> Result<Vec<FileItem>> {
        let mut items = Vec::new();
        for n in self.notes_of(read).await? {
            items.push(FileItem {
                reference: format!("note:{}", n.id),
                kind: ItemKind::Note,
                at: n.occurred_at,
                title: n.kind.as_str().to_owned(),
                text: n.current().map(|v| v.text.clone()).unwrap_or_default(),
            });
        }
        for d in self.documents_of(read).await? {
            items.push(FileItem {
                reference: format!("document:{}", d.id),
                kind: ItemKind::Document,
                at: d.uploaded_at,
                title: d.name,
                text: String::new(),
            });
        }
        for a in self.assessments_of(read).await? {
            items.push(FileItem {
                reference: format!("assessment:{}", a.id),
                kind: ItemKind::Assessment,
                at: a.assessed_on,
                title: a.response.as_str().to_owned(),
                text: a.proportionality,
            });
        }
        items.sort_by_key(|i| std::cmp::Reverse(i.at));
        Ok(items)
    }

    /// Prepares a disclosure from a family file; it waits for a supervisor.
    pub async fn prepare_disclosure(
        &mut self,
        actor: &Actor,
        read: &FamilyRead,
        draft: &DisclosureDraft<'_>,
        corrects: Option<&DisclosureId>,
    ) -> Result<DisclosureId> {
        let id = DisclosureId::generate()?;
        let now = self.now().millis();
        let family = read.family();
        let mut columns =
            vec!["id", "organisation_id", "family_id", "status", "prepared_by", "prepared_at", "corrects"];
        let mut values: Vec<sea_query::SimpleExpr> = vec![
            id.as_str().into(),
            actor.organisation_id.as_str().into(),
            family.as_str().into(),
            DisclosureStatus::AwaitingApproval.as_str().into(),
            actor.user_id.as_str().into(),
            now.into(),
            corrects.map(|c| c.as_str().to_owned()).into(),
        ];
        for (column, value) in self.draft_values(&id, draft, now)? {
            columns.push(column);
            values.push(value);
        }
        self.execute(&Query::insert().into_table("disclosures").columns(columns).values_panic(values).to_owned())
            .await?;
        self.disclosure_step(actor, &id, "prepared", None).await?;
        self.record_event(family, actor, "disclosure_prepared", Some(&event_detail(&id, draft.partner))).await?;
        self.audit(AuditEntry::by(actor, AuditAction::DisclosurePrepared, AuditRecord::Family(family))).await?;
        self.ask_for_approval(actor, family).await?;
        Ok(id)
    }

    fn draft_values(
        &self,
        id: &DisclosureId,
        draft: &DisclosureDraft<'_>,
        now: i64,
    ) -> Result<Vec<(&'static str, sea_query::SimpleExpr)>> {
        let row = [id.as_str()];
        let seal = |column: &SealedColumn, text: &str| -> Result<sea_query::SimpleExpr> {
            Ok(self.seal(column, &row, text)?.into())
        };
        let t = draft.terms;
        Ok(vec![
            ("partner_id", draft.partner.id.as_str().into()),
            ("agreement_id", draft.agreement.id.as_str().into()),
            ("categories", InformationCategory::list_to_string(&t.categories).into()),
            ("items", seal(&sealed::DISCLOSURE_ITEMS, &encode_items(draft.items))?),
            ("evidence", encode_items(&labels_only(draft.evidence)).into()),
            ("shared_text", seal(&sealed::DISCLOSURE_SHARED_TEXT, &t.shared_text)?),
            ("purpose", t.purpose.as_str().into()),
            ("justification", seal(&sealed::DISCLOSURE_JUSTIFICATION, &t.justification)?),
            ("threshold_met", seal(&sealed::DISCLOSURE_THRESHOLD_MET, &t.threshold_met)?),
            ("proportionality", seal(&sealed::DISCLOSURE_PROPORTIONALITY, &t.proportionality)?),
            ("consent", t.consent.as_str().into()),
            ("consent_reason", seal(&sealed::DISCLOSURE_CONSENT_REASON, &t.consent_reason)?),
            ("family_told", i64::from(t.family_told).into()),
            ("not_told_reason", seal(&sealed::DISCLOSURE_NOT_TOLD_REASON, &t.not_told_reason)?),
            ("revisit_on", t.revisit_on.map(stored).into()),
            ("updated_at", now.into()),
        ])
    }

    /// Amends a disclosure no supervisor has approved yet; it waits for one
    /// again. `Conflict` once it has been approved or sent.
    pub async fn amend_disclosure(
        &mut self,
        actor: &Actor,
        disclosure: &Disclosure,
        draft: &DisclosureDraft<'_>,
    ) -> Result<()> {
        let now = self.now().millis();
        let mut update = Query::update();
        update
            .table("disclosures")
            .value("status", DisclosureStatus::AwaitingApproval.as_str())
            .and_where(Expr::col("id").eq(disclosure.id.as_str()))
            .and_where(Expr::col("prepared_by").eq(actor.user_id.as_str()))
            .and_where(Expr::col("status").is_in(amendable_statuses()));
        for (column, value) in self.draft_values(&disclosure.id, draft, now)? {
            update.value(column, value);
        }
        if self.execute(&update).await? == 0 {
            return Err(StoreError::Conflict);
        }
        self.disclosure_step(actor, &disclosure.id, "amended", None).await?;
        self.record_event(
            &disclosure.family_id,
            actor,
            "disclosure_amended",
            Some(&event_detail(&disclosure.id, draft.partner)),
        )
        .await?;
        self.audit(AuditEntry::by(actor, AuditAction::DisclosureAmended, AuditRecord::Family(&disclosure.family_id)))
            .await?;
        self.ask_for_approval(actor, &disclosure.family_id).await
    }

    /// Tells the supervisors of the family's team (else the preparer's) that
    /// a disclosure waits for them; never the preparer, who cannot approve it.
    async fn ask_for_approval(&mut self, actor: &Actor, family: &FamilyId) -> Result<()> {
        let team = self.family(family).await?.and_then(|f| f.team_id);
        for supervisor in self.supervisors_for(actor, team.as_ref()).await? {
            if supervisor != actor.user_id {
                self.notify(
                    &actor.organisation_id,
                    &supervisor,
                    NotificationKind::DisclosureSubmitted,
                    Some(family),
                    Some(&actor.user_id),
                )
                .await?;
            }
        }
        Ok(())
    }

    /// A supervisor approves a disclosure or returns it with a comment. The
    /// preparer can never be the one (the policy says so; this says it again
    /// in SQL). `Conflict` unless it is waiting for approval.
    pub async fn review_disclosure(
        &mut self,
        actor: &Actor,
        disclosure: &Disclosure,
        approve: bool,
        comment: &str,
    ) -> Result<()> {
        let status = if approve { DisclosureStatus::Approved } else { DisclosureStatus::Returned };
        let changed = self
            .execute(
                &Query::update()
                    .table("disclosures")
                    .value("status", status.as_str())
                    .value("updated_at", self.now().millis())
                    .and_where(Expr::col("id").eq(disclosure.id.as_str()))
                    .and_where(Expr::col("status").eq(DisclosureStatus::AwaitingApproval.as_str()))
                    .and_where(Expr::col("prepared_by").ne(actor.user_id.as_str()))
                    .to_owned(),
            )
            .await?;
        if changed == 0 {
            return Err(StoreError::Conflict);
        }
        let (kind, action) = if approve {
            ("approved", AuditAction::DisclosureApproved)
        } else {
            ("returned", AuditAction::DisclosureReturned)
        };
        let comment = comment.trim();
        self.disclosure_step(actor, &disclosure.id, kind, (!comment.is_empty()).then_some(comment)).await?;
        let detail = format!("{} {}", disclosure.id, disclosure.partner_name);
        self.record_event(&disclosure.family_id, actor, &format!("disclosure_{kind}"), Some(&detail)).await?;
        self.audit(AuditEntry::by(actor, action, AuditRecord::Family(&disclosure.family_id))).await?;
        let told = if approve { NotificationKind::DisclosureApproved } else { NotificationKind::DisclosureReturned };
        self.notify(
            &actor.organisation_id,
            &disclosure.prepared_by,
            told,
            Some(&disclosure.family_id),
            Some(&actor.user_id),
        )
        .await
    }

    /// Marks an approved disclosure as sent. From now on it never changes.
    pub async fn mark_disclosure_sent(
        &mut self,
        actor: &Actor,
        disclosure: &Disclosure,
        sending: &Sending,
    ) -> Result<()> {
        let changed = self
            .execute(
                &Query::update()
                    .table("disclosures")
                    .value("status", DisclosureStatus::Sent.as_str())
                    .value("sent_on", stored(sending.sent_on))
                    .value("channel", sending.channel.as_str())
                    .value("recipient", sending.recipient.clone())
                    .value("updated_at", self.now().millis())
                    .and_where(Expr::col("id").eq(disclosure.id.as_str()))
                    .and_where(Expr::col("status").eq(DisclosureStatus::Approved.as_str()))
                    .to_owned(),
            )
            .await?;
        if changed == 0 {
            return Err(StoreError::Conflict);
        }
        self.disclosure_step(actor, &disclosure.id, "sent", None).await?;
        let detail = format!("{} {}", disclosure.id, disclosure.partner_name);
        self.record_event(&disclosure.family_id, actor, "disclosure_sent", Some(&detail)).await?;
        self.audit(AuditEntry::by(actor, AuditAction::DisclosureSent, AuditRecord::Family(&disclosure.family_id))).await
    }

    async fn disclosure_step(
        &mut self,
        actor: &Actor,
        disclosure: &DisclosureId,
        kind: &str,
        comment: Option<&str>,
    ) -> Result<()> {
        let id = hearth_core::ids::EventId::generate()?;
        let comment = comment.map(|c| self.seal(&sealed::DISCLOSURE_STEP_COMMENT, &[id.as_str()], c)).transpose()?;
        self.execute(
            &Query::insert()
                .into_table("disclosure_steps")
                .columns(["id", "disclosure_id", "kind", "actor_id", "at", "comment"])
                .values_panic([
                    id.as_str().into(),
                    disclosure.as_str().into(),
                    kind.into(),
                    actor.user_id.as_str().into(),
                    self.now().millis().into(),
                    comment.into(),
                ])
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    /// One disclosure of a family, with its history; the reading is audited
    /// (`record`: the disclosure record is being produced, not just read).
    pub async fn disclosure(
        &mut self,
        actor: &Actor,
        family: &Family,
        id: &DisclosureId,
        record: bool,
    ) -> Result<Option<Disclosure>> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .column(sea_query::Asterisk)
                    .from("disclosures")
                    .and_where(Expr::col("id").eq(id.as_str()))
                    .and_where(Expr::col("family_id").eq(family.id.as_str()))
                    .to_owned(),
            )
            .await?;
        let Some(r) = row else { return Ok(None) };
        let action = if record { AuditAction::DisclosureRecordProduced } else { AuditAction::DisclosureViewed };
        self.audit(AuditEntry::by(actor, action, AuditRecord::Family(&family.id))).await?;
        let partner_id = PartnerId::from_trusted(col::text(&r, "partner_id")?);
        let partner =
            self.partner(&family.organisation_id, &partner_id).await?.ok_or(StoreError::Corrupt("partner"))?;
        // Opened in a block: the closure borrows the transaction, which must
        // not be held across the awaits below.
        let (terms, items) = {
            let binding = [id.as_str()];
            let open = |column: &SealedColumn| -> Result<String> {
                self.open(column, &binding, &col::text(&r, column.column)?)
            };
            let terms = DisclosureTerms {
                categories: InformationCategory::parse_list(&col::text(&r, "categories")?),
                shared_text: open(&sealed::DISCLOSURE_SHARED_TEXT)?,
                purpose: DisclosurePurpose::parse(&col::text(&r, "purpose")?).ok_or(StoreError::Corrupt("purpose"))?,
                justification: open(&sealed::DISCLOSURE_JUSTIFICATION)?,
                threshold_met: open(&sealed::DISCLOSURE_THRESHOLD_MET)?,
                proportionality: open(&sealed::DISCLOSURE_PROPORTIONALITY)?,
                consent: Consent::parse(&col::text(&r, "consent")?).ok_or(StoreError::Corrupt("consent"))?,
                consent_reason: open(&sealed::DISCLOSURE_CONSENT_REASON)?,
                family_told: col::int(&r, "family_told")? != 0,
                not_told_reason: open(&sealed::DISCLOSURE_NOT_TOLD_REASON)?,
                revisit_on: opt_date(&r, "revisit_on")?,
            };
            (terms, decode_items(&open(&sealed::DISCLOSURE_ITEMS)?)?)
        };
        let evidence = decode_items(&col::text(&r, "evidence")?)?;
        let sending = match (opt_date(&r, "sent_on")?, col::opt_text(&r, "channel")?, col::opt_text(&r, "recipient")?) {
            (Some(sent_on), Some(channel), Some(recipient)) => Some(Sending {
                sent_on,
                channel: SendingChannel::parse(&channel).ok_or(StoreError::Corrupt("channel"))?,
                recipient,
            }),
            _ => None,
        };
        let corrected_by = self
            .fetch_all(
                &Query::select()
                    .column("id")
                    .from("disclosures")
                    .and_where(Expr::col("corrects").eq(id.as_str()))
                    .order_by("prepared_at", Order::Asc)
                    .to_owned(),
            )
            .await?
            .iter()
            .map(|r| Ok(DisclosureId::from_trusted(col::text(r, "id")?)))
            .collect::<Result<Vec<_>>>()?;
        let steps = self.disclosure_steps(id).await?;
        Ok(Some(Disclosure {
            id: id.clone(),
            family_id: family.id.clone(),
            family_name: family.name.clone(),
            partner_id,
            partner_name: partner.details.name,
            partner_kind: partner.details.kind,
            agreement_id: SharingAgreementId::from_trusted(col::text(&r, "agreement_id")?),
            status: DisclosureStatus::parse(&col::text(&r, "status")?).ok_or(StoreError::Corrupt("status"))?,
            terms,
            items,
            evidence,
            prepared_by: UserId::from_trusted(col::text(&r, "prepared_by")?),
            prepared_at: Timestamp(col::int(&r, "prepared_at")?),
            sending,
            corrects: col::opt_text(&r, "corrects")?.map(DisclosureId::from_trusted),
            corrected_by,
            steps,
        }))
    }

    async fn disclosure_steps(&mut self, id: &DisclosureId) -> Result<Vec<DisclosureStep>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns([
                        ("disclosure_steps", "id"),
                        ("disclosure_steps", "kind"),
                        ("disclosure_steps", "actor_id"),
                        ("disclosure_steps", "at"),
                        ("disclosure_steps", "comment"),
                    ])
                    .column(("users", "display_name"))
                    .from("disclosure_steps")
                    .inner_join("users", Expr::col(("users", "id")).equals(("disclosure_steps", "actor_id")))
                    .and_where(Expr::col(("disclosure_steps", "disclosure_id")).eq(id.as_str()))
                    .order_by(("disclosure_steps", "at"), Order::Asc)
                    .to_owned(),
            )
            .await?;
        rows.iter()
            .map(|r| {
                let step_id = col::text(r, "id")?;
                Ok(DisclosureStep {
                    kind: col::text(r, "kind")?,
                    actor_id: UserId::from_trusted(col::text(r, "actor_id")?),
                    actor_name: col::text(r, "display_name")?,
                    at: Timestamp(col::int(r, "at")?),
                    comment: col::opt_text(r, "comment")?
                        .map(|c| self.open(&sealed::DISCLOSURE_STEP_COMMENT, &[step_id.as_str()], &c))
                        .transpose()?,
                })
            })
            .collect()
    }

    /// The disclosures made from a family file, newest first.
    pub async fn disclosures_of(&mut self, read: &FamilyRead) -> Result<Vec<DisclosureSummary>> {
        let query =
            summary_query().and_where(Expr::col(("disclosures", "family_id")).eq(read.family().as_str())).to_owned();
        self.disclosure_summaries(query).await
    }

    /// The register: disclosures from the families in `scope`, narrowed by
    /// `filter`, newest first. Reading it is audited.
    pub async fn sharing_register(
        &mut self,
        actor: &Actor,
        scope: &FamilyScope,
        filter: &RegisterFilter<'_>,
        export: bool,
    ) -> Result<Vec<DisclosureSummary>> {
        let action = if export { AuditAction::SharingRegisterExported } else { AuditAction::SharingRegisterViewed };
        self.audit(AuditEntry::by(actor, action, AuditRecord::Organisation(&actor.organisation_id))).await?;
        if scope.is_empty() {
            return Ok(Vec::new());
        }
        let mut query = summary_query()
            .and_where(Expr::col(("disclosures", "organisation_id")).eq(actor.organisation_id.as_str()))
            .cond_where(scope_condition(scope, self.now()))
            .to_owned();
        if let Some(partner) = filter.partner {
            query.and_where(Expr::col(("disclosures", "partner_id")).eq(partner.as_str()));
        }
        if let Some(from) = filter.from {
            query.and_where(Expr::col(("disclosures", "prepared_at")).gte(from.millis()));
        }
        if let Some(until) = filter.until {
            query.and_where(Expr::col(("disclosures", "prepared_at")).lt(until.millis()));
        }
        self.disclosure_summaries(query).await
    }

    async fn disclosure_summaries(&mut self, query: sea_query::SelectStatement) -> Result<Vec<DisclosureSummary>> {
        let rows = self.fetch_all(&query).await?;
        rows.iter()
            .map(|r| {
                let id = col::text(r, "id")?;
                let binding = [id.as_str()];
                let open = |column: &SealedColumn| self.open(column, &binding, &col::text(r, column.column)?);
                Ok(DisclosureSummary {
                    family_id: FamilyId::from_trusted(col::text(r, "family_id")?),
                    family_name: col::text(r, "family_name")?,
                    partner_name: col::text(r, "partner_name")?,
                    status: DisclosureStatus::parse(&col::text(r, "status")?).ok_or(StoreError::Corrupt("status"))?,
                    purpose: DisclosurePurpose::parse(&col::text(r, "purpose")?)
                        .ok_or(StoreError::Corrupt("purpose"))?,
                    prepared_at: Timestamp(col::int(r, "prepared_at")?),
                    prepared_by_name: col::text(r, "prepared_by_name")?,
                    sent_on: opt_date(r, "sent_on")?,
                    corrects: col::opt_text(r, "corrects")?.map(DisclosureId::from_trusted),
                    consent: Consent::parse(&col::text(r, "consent")?).ok_or(StoreError::Corrupt("consent"))?,
                    consent_reason: open(&sealed::DISCLOSURE_CONSENT_REASON)?,
                    family_told: col::int(r, "family_told")? != 0,
                    not_told_reason: open(&sealed::DISCLOSURE_NOT_TOLD_REASON)?,
                    revisit_on: opt_date(r, "revisit_on")?,
                    id: DisclosureId::from_trusted(id),
                })
            })
            .collect()
    }

    /// Records information a partner gave, with the conditions it came with.
    pub async fn record_received(
        &mut self,
        actor: &Actor,
        read: &FamilyRead,
        partner: &Partner,
        info: &ReceivedInformation,
    ) -> Result<ReceivedInformationId> {
        let id = ReceivedInformationId::generate()?;
        let row = [id.as_str()];
        let family = read.family();
        self.execute(
            &Query::insert()
                .into_table("received_information")
                .columns([
                    "id",
                    "organisation_id",
                    "family_id",
                    "partner_id",
                    "received_on",
                    "summary",
                    "conditions",
                    "other_conditions",
                    "recorded_by",
                    "recorded_at",
                ])
                .values_panic([
                    id.as_str().into(),
                    actor.organisation_id.as_str().into(),
                    family.as_str().into(),
                    partner.id.as_str().into(),
                    stored(info.received_on).into(),
                    self.seal(&sealed::RECEIVED_SUMMARY, &row, &info.summary)?.into(),
                    info.conditions.to_stored().into(),
                    self.seal(&sealed::RECEIVED_OTHER_CONDITIONS, &row, &info.other_conditions)?.into(),
                    actor.user_id.as_str().into(),
                    self.now().millis().into(),
                ])
                .to_owned(),
        )
        .await?;
        self.record_event(family, actor, "information_received", Some(&partner.details.name)).await?;
        self.audit(AuditEntry::by(actor, AuditAction::InformationReceivedRecorded, AuditRecord::Family(family)))
            .await?;
        Ok(id)
    }

    /// Information received from partners for a family, newest first. Only
    /// staff reading the file hold a [`FamilyRead`]; the family portal
    /// never does, so it can never show these.
    pub async fn received_of(&mut self, read: &FamilyRead) -> Result<Vec<ReceivedRecord>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns([
                        ("received_information", "id"),
                        ("received_information", "received_on"),
                        ("received_information", "summary"),
                        ("received_information", "conditions"),
                        ("received_information", "other_conditions"),
                        ("received_information", "recorded_at"),
                    ])
                    .expr_as(Expr::col(("partners", "name")), "partner_name")
                    .expr_as(Expr::col(("users", "display_name")), "recorded_by_name")
                    .from("received_information")
                    .inner_join(
                        "partners",
                        Expr::col(("partners", "id")).equals(("received_information", "partner_id")),
                    )
                    .inner_join("users", Expr::col(("users", "id")).equals(("received_information", "recorded_by")))
                    .and_where(Expr::col(("received_information", "family_id")).eq(read.family().as_str()))
                    .order_by(("received_information", "received_on"), Order::Desc)
                    .order_by(("received_information", "recorded_at"), Order::Desc)
                    .to_owned(),
            )
            .await?;
        rows.iter()
            .map(|r| {
                let id = col::text(r, "id")?;
                let binding = [id.as_str()];
                Ok(ReceivedRecord {
                    partner_name: col::text(r, "partner_name")?,
                    info: ReceivedInformation {
                        received_on: LocalDate::of_stored(Timestamp(col::int(r, "received_on")?)),
                        summary: self.open(&sealed::RECEIVED_SUMMARY, &binding, &col::text(r, "summary")?)?,
                        conditions: HandlingConditions::of_stored(&col::text(r, "conditions")?),
                        other_conditions: self.open(
                            &sealed::RECEIVED_OTHER_CONDITIONS,
                            &binding,
                            &col::text(r, "other_conditions")?,
                        )?,
                    },
                    recorded_by_name: col::text(r, "recorded_by_name")?,
                    recorded_at: Timestamp(col::int(r, "recorded_at")?),
                    id: ReceivedInformationId::from_trusted(id),
                })
            })
            .collect()
    }

    /// The organisation's agreement by id, with its partner; for a form
    /// that names an agreement.
    pub async fn agreement_with_partner(
        &mut self,
        organisation: &OrganisationId,
        id: &SharingAgreementId,
    ) -> Result<Option<(Partner, SharingAgreement)>> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .column("partner_id")
                    .from("sharing_agreements")
                    .and_where(Expr::col("id").eq(id.as_str()))
                    .and_where(Expr::col("organisation_id").eq(organisation.as_str()))
                    .to_owned(),
            )
            .await?;
        let Some(r) = row else { return Ok(None) };
        let Some(partner) = self.partner(organisation, &PartnerId::from_trusted(col::text(&r, "partner_id")?)).await?
        else {
            return Ok(None);
        };
        Ok(self.sharing_agreement(&partner, id).await?.map(|a| (partner, a)))
    }
}

fn amendable_statuses() -> [&'static str; 2] {
    [DisclosureStatus::AwaitingApproval.as_str(), DisclosureStatus::Returned.as_str()]
}

/// A family event's detail for a disclosure: its id, then the partner's name.
fn event_detail(id: &DisclosureId, partner: &Partner) -> String {
    format!("{id} {}", partner.details.name)
}

/// Evidence is cited, not shared: only where it is and when.
fn labels_only(items: &[FileItem]) -> Vec<FileItem> {
    items.iter().map(|i| FileItem { text: String::new(), ..i.clone() }).collect()
}

fn summary_query() -> sea_query::SelectStatement {
    Query::select()
        .columns(SUMMARY_COLUMNS)
        .expr_as(Expr::col(("families", "name")), "family_name")
        .expr_as(Expr::col(("partners", "name")), "partner_name")
        .expr_as(Expr::col(("users", "display_name")), "prepared_by_name")
        .from("disclosures")
        .join(JoinType::InnerJoin, "families", Expr::col(("families", "id")).equals(("disclosures", "family_id")))
        .join(JoinType::InnerJoin, "partners", Expr::col(("partners", "id")).equals(("disclosures", "partner_id")))
        .join(JoinType::InnerJoin, "users", Expr::col(("users", "id")).equals(("disclosures", "prepared_by")))
        .order_by(("disclosures", "prepared_at"), Order::Desc)
        .to_owned()
}
