//! Members' requests from the portal: a correction of their contact details
//! or an objection to a purpose. Each lands with the family's practitioners,
//! is due within the days the organisation set, and keeps its answer.

use hearth_core::access::Actor;
use hearth_core::audit::AuditAction;
use hearth_core::clock::Timestamp;
use hearth_core::data_protection::{Purpose, RequestAnswer, RequestKind};
use hearth_core::ids::{DataRequestId, FamilyId, MemberId};
use sea_query::{Cond, Expr, ExprTrait, Order, Query};

use crate::audit::AuditRecord;
use crate::families::FamilyRead;
use crate::notifications::NotificationKind;
use crate::{AuditEntry, Result, StoreError, Tx, col, sealed};

#[derive(Debug, Clone)]
pub struct DataRequest {
    pub id: DataRequestId,
    pub family_id: FamilyId,
    pub family_name: String,
    pub member_id: MemberId,
    pub member_name: String,
    pub kind: RequestKind,
    pub purpose: Option<Purpose>,
    pub details: String,
    pub made_at: Timestamp,
    pub due_at: Timestamp,
    pub answer: Option<RequestAnswer>,
    pub answer_text: Option<String>,
    pub answered_by_name: Option<String>,
    pub answered_at: Option<Timestamp>,
}

const DAY_MS: i64 = 86_400_000;

impl Tx {
    /// A member's request about their own data. None when the account
    /// belongs to no member of an open file.
    pub async fn make_data_request(
        &mut self,
        actor: &Actor,
        kind: RequestKind,
        purpose: Option<Purpose>,
        details: &str,
    ) -> Result<Option<DataRequestId>> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .columns([("family_members", "id"), ("family_members", "family_id")])
                    .from("family_members")
                    .inner_join("families", Expr::col(("families", "id")).equals(("family_members", "family_id")))
                    .and_where(Expr::col(("family_members", "account_user_id")).eq(actor.user_id.as_str()))
                    .and_where(Expr::col(("families", "organisation_id")).eq(actor.organisation_id.as_str()))
                    .and_where(Expr::col(("families", "erased_at")).is_null())
                    .to_owned(),
            )
            .await?;
        let Some(row) = row else { return Ok(None) };
        let member = col::text(&row, "id")?;
        let family = FamilyId::from_trusted(col::text(&row, "family_id")?);
        let days = self.retention_policy(&actor.organisation_id).await?.request_days;
        let id = DataRequestId::generate()?;
        let now = self.now().millis();
        let details = self.seal(&sealed::DATA_REQUEST_DETAILS, &[id.as_str()], details)?;
        self.execute(
            &Query::insert()
                .into_table("data_requests")
                .columns([
                    "id",
                    "organisation_id",
                    "family_id",
                    "member_id",
                    "kind",
                    "purpose",
                    "details",
                    "made_at",
                    "due_at",
                ])
                .values_panic([
                    id.as_str().into(),
                    actor.organisation_id.as_str().into(),
                    family.as_str().into(),
                    member.into(),
                    kind.as_str().into(),
                    purpose.map(|p| p.as_str().to_owned()).into(),
                    details.into(),
                    now.into(),
                    (now + i64::from(days) * DAY_MS).into(),
                ])
                .to_owned(),
        )
        .await?;
        self.audit(AuditEntry::by(actor, AuditAction::DataRequestMade, AuditRecord::Family(&family))).await?;
        self.record_event(&family, actor, "data_request_made", Some(kind.as_str())).await?;
        for worker in self.workers_of(&family).await? {
            self.notify(
                &actor.organisation_id,
                &worker,
                NotificationKind::DataRequestMade,
                Some(&family),
                Some(&actor.user_id),
            )
            .await?;
        }
        Ok(Some(id))
    }

    /// The requests a member made, newest first, with their answers.
    pub async fn own_data_requests(&mut self, actor: &Actor) -> Result<Vec<DataRequest>> {
        self.audit(AuditEntry::by(actor, AuditAction::DataRequestsListed, AuditRecord::Account(&actor.user_id)))
            .await?;
        self.data_requests_where(
            Cond::all().add(Expr::col(("family_members", "account_user_id")).eq(actor.user_id.as_str())),
        )
        .await
    }

    /// A family's requests, newest first (the file is read already).
    pub async fn data_requests_of(&mut self, read: &FamilyRead) -> Result<Vec<DataRequest>> {
        self.data_requests_where(Cond::all().add(Expr::col(("data_requests", "family_id")).eq(read.family().as_str())))
            .await
    }

    /// The organisation's unanswered requests, soonest due first.
    pub async fn open_data_requests(&mut self, actor: &Actor) -> Result<Vec<DataRequest>> {
        self.audit(AuditEntry::by(
            actor,
            AuditAction::DataRequestsListed,
            AuditRecord::Organisation(&actor.organisation_id),
        ))
        .await?;
        let mut open = self
            .data_requests_where(
                Cond::all()
                    .add(Expr::col(("data_requests", "organisation_id")).eq(actor.organisation_id.as_str()))
                    .add(Expr::col(("data_requests", "answered_at")).is_null()),
            )
            .await?;
        open.sort_by_key(|r| r.due_at);
        Ok(open)
    }

    async fn data_requests_where(&mut self, which: Cond) -> Result<Vec<DataRequest>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns([
                        ("data_requests", "id"),
                        ("data_requests", "family_id"),
                        ("data_requests", "member_id"),
                        ("data_requests", "kind"),
                        ("data_requests", "purpose"),
                        ("data_requests", "details"),
                        ("data_requests", "made_at"),
                        ("data_requests", "due_at"),
                        ("data_requests", "answer"),
                        ("data_requests", "answer_text"),
                        ("data_requests", "answered_at"),
                    ])
                    .expr_as(Expr::col(("family_members", "name")), "member_name")
                    .expr_as(Expr::col(("families", "name")), "family_name")
                    .expr_as(Expr::col(("users", "display_name")), "answered_by_name")
                    .from("data_requests")
                    .inner_join(
                        "family_members",
                        Expr::col(("family_members", "id")).equals(("data_requests", "member_id")),
                    )
                    .inner_join("families", Expr::col(("families", "id")).equals(("data_requests", "family_id")))
                    .left_join("users", Expr::col(("users", "id")).equals(("data_requests", "answered_by")))
                    .cond_where(which)
                    .order_by(("data_requests", "made_at"), Order::Desc)
                    .limit(200)
                    .to_owned(),
            )
            .await?;
        rows.iter()
            .map(|r| {
                let id = col::text(r, "id")?;
                let details = self.open(&sealed::DATA_REQUEST_DETAILS, &[&id], &col::text(r, "details")?)?;
                let answer_text = col::opt_text(r, "answer_text")?
                    .map(|t| self.open(&sealed::DATA_REQUEST_ANSWER_TEXT, &[&id], &t))
                    .transpose()?;
                Ok(DataRequest {
                    family_id: FamilyId::from_trusted(col::text(r, "family_id")?),
                    family_name: col::text(r, "family_name")?,
                    member_id: MemberId::from_trusted(col::text(r, "member_id")?),
                    member_name: col::text(r, "member_name")?,
                    kind: RequestKind::parse(&col::text(r, "kind")?).ok_or(StoreError::Corrupt("request kind"))?,
                    purpose: col::opt_text(r, "purpose")?.and_then(|p| Purpose::parse(&p)),
                    details,
                    made_at: Timestamp(col::int(r, "made_at")?),
                    due_at: Timestamp(col::int(r, "due_at")?),
                    answer: col::opt_text(r, "answer")?.and_then(|a| RequestAnswer::parse(&a)),
                    answer_text,
                    answered_by_name: col::opt_text(r, "answered_by_name")?,
                    answered_at: col::opt_int(r, "answered_at")?.map(Timestamp),
                    id: DataRequestId::from_trusted(id),
                })
            })
            .collect()
    }

    /// Answers a request of the family, once. False when it is not the
    /// family's or is answered already.
    pub async fn answer_data_request(
        &mut self,
        actor: &Actor,
        read: &FamilyRead,
        id: &DataRequestId,
        answer: RequestAnswer,
        text: &str,
    ) -> Result<bool> {
        let sealed = self.seal(&sealed::DATA_REQUEST_ANSWER_TEXT, &[id.as_str()], text)?;
        let done = self
            .execute(
                &Query::update()
                    .table("data_requests")
                    .value("answer", answer.as_str())
                    .value("answer_text", sealed)
                    .value("answered_by", actor.user_id.as_str())
                    .value("answered_at", self.now().millis())
                    .and_where(Expr::col("id").eq(id.as_str()))
                    .and_where(Expr::col("family_id").eq(read.family().as_str()))
                    .and_where(Expr::col("answered_at").is_null())
                    .to_owned(),
            )
            .await?
            > 0;
        if done {
            self.audit(AuditEntry::by(actor, AuditAction::DataRequestAnswered, AuditRecord::Family(read.family())))
                .await?;
            self.record_event(read.family(), actor, "data_request_answered", Some(answer.as_str())).await?;
        }
        Ok(done)
    }
}
