//! Family group conferences and the progress of their plans.

use hearth_core::access::Actor;
use hearth_core::audit::AuditAction;
use hearth_core::clock::Timestamp;
use hearth_core::conference::{ActionProgress, PlanAction, PlanAgreement};
use hearth_core::ids::{ConferenceId, EventId, FamilyId, PlanActionId};
use sea_query::{Expr, ExprTrait, Order, Query};

use crate::audit::AuditRecord;
use crate::families::FamilyRead;
use crate::{AuditEntry, Result, StoreError, Tx, col};

#[derive(Debug, Clone)]
pub struct NewConference {
    pub held_on: Timestamp,
    pub family_participants: String,
    pub professional_participants: String,
    pub actions: Vec<(PlanAction, Option<Timestamp>)>,
    pub agreement: PlanAgreement,
    pub review_on: Option<Timestamp>,
}

#[derive(Debug, Clone)]
pub struct ProgressEntry {
    pub at: Timestamp,
    pub status: ActionProgress,
    pub note: String,
    pub author_name: String,
}

#[derive(Debug, Clone)]
pub struct Action {
    pub id: PlanActionId,
    pub what: String,
    pub who: String,
    pub due_on: Option<Timestamp>,
    /// Oldest first.
    pub progress: Vec<ProgressEntry>,
}

impl Action {
    pub fn status(&self) -> ActionProgress {
        self.progress.last().map(|p| p.status).unwrap_or(ActionProgress::NotStarted)
    }
}

#[derive(Debug, Clone)]
pub struct Conference {
    pub id: ConferenceId,
    pub family_id: FamilyId,
    pub held_on: Timestamp,
    pub family_participants: String,
    pub professional_participants: String,
    pub agreement: PlanAgreement,
    pub review_on: Option<Timestamp>,
    pub actions: Vec<Action>,
}

impl Tx {
    pub async fn record_conference(
        &mut self,
        actor: &Actor,
        family: &FamilyId,
        new: &NewConference,
    ) -> Result<ConferenceId> {
        let id = ConferenceId::generate()?;
        let now = self.now().millis();
        self.execute(
            &Query::insert()
                .into_table("conferences")
                .columns([
                    "id",
                    "family_id",
                    "held_on",
                    "family_participants",
                    "professional_participants",
                    "agreement",
                    "review_on",
                    "created_by",
                    "created_at",
                ])
                .values_panic([
                    id.as_str().into(),
                    family.as_str().into(),
                    new.held_on.millis().into(),
                    new.family_participants.clone().into(),
                    new.professional_participants.clone().into(),
                    new.agreement.as_str().into(),
                    new.review_on.map(Timestamp::millis).into(),
                    actor.user_id.as_str().into(),
                    now.into(),
                ])
                .to_owned(),
        )
        .await?;
        for (position, (action, due)) in new.actions.iter().enumerate() {
            let action_id = PlanActionId::generate()?;
            self.execute(
                &Query::insert()
                    .into_table("plan_actions")
                    .columns(["id", "conference_id", "position", "what", "who", "due_on"])
                    .values_panic([
                        action_id.as_str().into(),
                        id.as_str().into(),
                        (position as i64).into(),
                        action.what.clone().into(),
                        action.who.clone().into(),
                        due.map(Timestamp::millis).into(),
                    ])
                    .to_owned(),
            )
            .await?;
        }
        if let Some(review) = new.review_on {
            self.set_next_review(actor, family, Some(review)).await?;
        }
        self.audit(AuditEntry::by(actor, AuditAction::ConferenceRecorded, AuditRecord::Family(family))).await?;
        Ok(id)
    }

    /// Every conference of a family, newest first, with actions and progress.
    pub async fn conferences_of(&mut self, read: &FamilyRead) -> Result<Vec<Conference>> {
        let family = read.family();
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns([
                        "id",
                        "family_id",
                        "held_on",
                        "family_participants",
                        "professional_participants",
                        "agreement",
                        "review_on",
                    ])
                    .from("conferences")
                    .and_where(Expr::col("family_id").eq(family.as_str()))
                    .order_by("held_on", Order::Desc)
                    .to_owned(),
            )
            .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            let id = ConferenceId::from_trusted(col::text(r, "id")?);
            let actions = self.actions_of(&id).await?;
            out.push(Conference {
                family_id: FamilyId::from_trusted(col::text(r, "family_id")?),
                held_on: Timestamp(col::int(r, "held_on")?),
                family_participants: col::text(r, "family_participants")?,
                professional_participants: col::text(r, "professional_participants")?,
                agreement: PlanAgreement::parse(&col::text(r, "agreement")?).ok_or(StoreError::Corrupt("agreement"))?,
                review_on: col::opt_int(r, "review_on")?.map(Timestamp),
                actions,
                id,
            });
        }
        Ok(out)
    }

    async fn actions_of(&mut self, conference: &ConferenceId) -> Result<Vec<Action>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns(["id", "what", "who", "due_on"])
                    .from("plan_actions")
                    .and_where(Expr::col("conference_id").eq(conference.as_str()))
                    .order_by("position", Order::Asc)
                    .to_owned(),
            )
            .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in &rows {
            let id = PlanActionId::from_trusted(col::text(r, "id")?);
            let progress_rows = self
                .fetch_all(
                    &Query::select()
                        .columns([("plan_progress", "at"), ("plan_progress", "status"), ("plan_progress", "note")])
                        .expr_as(Expr::col(("users", "display_name")), "author_name")
                        .from("plan_progress")
                        .inner_join("users", Expr::col(("users", "id")).equals(("plan_progress", "author_id")))
                        .and_where(Expr::col(("plan_progress", "action_id")).eq(id.as_str()))
                        .order_by(("plan_progress", "at"), Order::Asc)
                        .to_owned(),
                )
                .await?;
            let progress = progress_rows
                .iter()
                .map(|p| {
                    Ok(ProgressEntry {
                        at: Timestamp(col::int(p, "at")?),
                        status: ActionProgress::parse(&col::text(p, "status")?).ok_or(StoreError::Corrupt("status"))?,
                        note: col::text(p, "note")?,
                        author_name: col::text(p, "author_name")?,
                    })
                })
                .collect::<Result<Vec<_>>>()?;
            out.push(Action {
                what: col::text(r, "what")?,
                who: col::text(r, "who")?,
                due_on: col::opt_int(r, "due_on")?.map(Timestamp),
                progress,
                id,
            });
        }
        Ok(out)
    }

    /// Records how one action of the plan is going.
    pub async fn record_progress(
        &mut self,
        actor: &Actor,
        family: &FamilyId,
        action: &PlanActionId,
        status: ActionProgress,
        note: &str,
    ) -> Result<()> {
        let id = EventId::generate()?;
        // Entries are ordered by time; two in the same millisecond keep the order they were made.
        let last = self
            .fetch_one(
                &Query::select()
                    .expr_as(sea_query::Func::max(Expr::col("at")), "last")
                    .from("plan_progress")
                    .and_where(Expr::col("action_id").eq(action.as_str()))
                    .to_owned(),
            )
            .await?;
        let now = Ord::max(self.now().millis(), col::opt_int(&last, "last")?.map_or(i64::MIN, |l| l + 1));
        self.execute(
            &Query::insert()
                .into_table("plan_progress")
                .columns(["id", "action_id", "at", "status", "note", "author_id"])
                .values_panic([
                    id.as_str().into(),
                    action.as_str().into(),
                    now.into(),
                    status.as_str().into(),
                    note.into(),
                    actor.user_id.as_str().into(),
                ])
                .to_owned(),
        )
        .await?;
        self.audit(AuditEntry::by(actor, AuditAction::PlanProgressRecorded, AuditRecord::Family(family))).await
    }
}
