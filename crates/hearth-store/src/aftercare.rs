//! Aftercare: the follow-up after a digital session or one that ended
//! abruptly, due within the organisation's time, and who is told when it is late.

use hearth_core::access::Actor;
use hearth_core::audit::AuditAction;
use hearth_core::clock::Timestamp;
use hearth_core::ids::{FamilyId, FollowUpId, OrganisationId, SupportSessionId, TeamId, UserId};
use hearth_core::support_sessions::SessionMode;
use sea_query::{Expr, ExprTrait, Order, Query, SelectStatement};
use sqlx::any::AnyRow;

use crate::audit::AuditRecord;
use crate::families::FamilyRead;
use crate::notifications::NotificationKind;
use crate::sealed;
use crate::support_sessions::SupportSession;
use crate::{AuditEntry, Result, StoreError, Tx, col};

#[derive(Debug, Clone)]
pub struct FollowUp {
    pub id: FollowUpId,
    pub organisation_id: OrganisationId,
    pub family_id: FamilyId,
    pub family_name: String,
    pub family_team: Option<TeamId>,
    pub session_id: SupportSessionId,
    pub session_mode: SessionMode,
    pub session_starts_at: Timestamp,
    pub practitioner_id: UserId,
    pub practitioner_name: String,
    /// The member's preferred way to be contacted, as recorded when the follow-up was made.
    pub channel: String,
    pub due_at: Timestamp,
    pub completed_at: Option<Timestamp>,
    pub how_they_are: Option<String>,
    pub more_help_arranged: Option<bool>,
}

impl FollowUp {
    pub fn overdue_at(&self, now: Timestamp) -> bool {
        self.completed_at.is_none() && self.due_at < now
    }
}

fn follow_up_query() -> SelectStatement {
    Query::select()
        .columns([
            ("aftercare_follow_ups", "id"),
            ("aftercare_follow_ups", "organisation_id"),
            ("aftercare_follow_ups", "family_id"),
            ("aftercare_follow_ups", "session_id"),
            ("aftercare_follow_ups", "practitioner_id"),
            ("aftercare_follow_ups", "channel"),
            ("aftercare_follow_ups", "due_at"),
            ("aftercare_follow_ups", "completed_at"),
            ("aftercare_follow_ups", "how_they_are"),
            ("aftercare_follow_ups", "more_help_arranged"),
        ])
        .expr_as(Expr::col(("families", "name")), "family_name")
        .expr_as(Expr::col(("families", "team_id")), "family_team")
        .expr_as(Expr::col(("users", "display_name")), "practitioner_name")
        .expr_as(Expr::col(("support_sessions", "mode")), "session_mode")
        .expr_as(Expr::col(("support_sessions", "starts_at")), "session_starts_at")
        .from("aftercare_follow_ups")
        .inner_join("families", Expr::col(("families", "id")).equals(("aftercare_follow_ups", "family_id")))
        .inner_join("users", Expr::col(("users", "id")).equals(("aftercare_follow_ups", "practitioner_id")))
        .inner_join(
            "support_sessions",
            Expr::col(("support_sessions", "id")).equals(("aftercare_follow_ups", "session_id")),
        )
        .order_by(("aftercare_follow_ups", "due_at"), Order::Asc)
        .limit(500)
        .to_owned()
}

impl Tx {
    /// When a session's follow-up is due (counted from the session's planned
    /// end, so recording late does not move it) and how to reach the members
    /// of the session, as they asked to be contacted.
    pub async fn aftercare_due(&mut self, session: &SupportSession) -> Result<(Timestamp, String)> {
        let policy = self.wellbeing_policy(&session.organisation_id).await?;
        let ids: Vec<&str> = session.members.iter().map(|(id, _)| id.as_str()).collect();
        let rows = if ids.is_empty() {
            Vec::new()
        } else {
            self.fetch_all(
                &Query::select()
                    .columns(["name", "contact_preferences"])
                    .from("family_members")
                    .and_where(Expr::col("id").is_in(ids))
                    .and_where(Expr::col("family_id").eq(session.family_id.as_str()))
                    .and_where(Expr::col("contact_preferences").is_not_null())
                    .order_by("name", Order::Asc)
                    .to_owned(),
            )
            .await?
        };
        let channel = rows
            .iter()
            .map(|r| Ok(format!("{}: {}", col::text(r, "name")?, col::text(r, "contact_preferences")?)))
            .collect::<Result<Vec<_>>>()?
            .join("; ");
        Ok((session.ends_at().plus_seconds(i64::from(policy.aftercare_due_hours) * 3600), channel))
    }

    pub(crate) async fn create_follow_up(
        &mut self,
        session: &SupportSession,
        due_at: Timestamp,
        channel: &str,
    ) -> Result<FollowUpId> {
        let id = FollowUpId::generate()?;
        let now = self.now().millis();
        self.execute(
            &Query::insert()
                .into_table("aftercare_follow_ups")
                .columns([
                    "id",
                    "organisation_id",
                    "family_id",
                    "session_id",
                    "practitioner_id",
                    "channel",
                    "due_at",
                    "created_at",
                ])
                .values_panic([
                    id.as_str().into(),
                    session.organisation_id.as_str().into(),
                    session.family_id.as_str().into(),
                    session.id.as_str().into(),
                    session.organiser_id.as_str().into(),
                    channel.into(),
                    due_at.millis().into(),
                    now.into(),
                ])
                .to_owned(),
        )
        .await?;
        self.notify_about_session(
            &session.organisation_id,
            &session.organiser_id,
            NotificationKind::FollowUpDue,
            &session.family_id,
            &session.id,
            None,
        )
        .await?;
        Ok(id)
    }

    fn follow_up_from(&self, r: &AnyRow) -> Result<FollowUp> {
        let id = FollowUpId::from_trusted(col::text(r, "id")?);
        Ok(FollowUp {
            organisation_id: OrganisationId::from_trusted(col::text(r, "organisation_id")?),
            family_id: FamilyId::from_trusted(col::text(r, "family_id")?),
            family_name: col::text(r, "family_name")?,
            family_team: col::opt_text(r, "family_team")?.map(TeamId::from_trusted),
            session_id: SupportSessionId::from_trusted(col::text(r, "session_id")?),
            session_mode: SessionMode::parse(&col::text(r, "session_mode")?).ok_or(StoreError::Corrupt("mode"))?,
            session_starts_at: Timestamp(col::int(r, "session_starts_at")?),
            practitioner_id: UserId::from_trusted(col::text(r, "practitioner_id")?),
            practitioner_name: col::text(r, "practitioner_name")?,
            channel: col::text(r, "channel")?,
            due_at: Timestamp(col::int(r, "due_at")?),
            completed_at: col::opt_int(r, "completed_at")?.map(Timestamp),
            how_they_are: col::opt_text(r, "how_they_are")?
                .map(|t| self.open(&sealed::FOLLOW_UP_HOW_THEY_ARE, &[id.as_str()], &t))
                .transpose()?,
            more_help_arranged: col::opt_int(r, "more_help_arranged")?.map(|n| n != 0),
            id,
        })
    }

    async fn follow_ups_where(&mut self, query: SelectStatement) -> Result<Vec<FollowUp>> {
        let rows = self.fetch_all(&query).await?;
        rows.iter().map(|r| self.follow_up_from(r)).collect()
    }

    /// The reader's own follow-ups still to do, soonest due first.
    pub async fn own_open_follow_ups(&mut self, reader: &Actor) -> Result<Vec<FollowUp>> {
        let me = &reader.user_id;
        self.audit(AuditEntry::by(reader, AuditAction::WorkloadViewed, AuditRecord::Account(me))).await?;
        self.open_follow_ups_of([me]).await
    }

    /// The supervisor's team (practitioners and supervisors still active)
    /// with each person's open follow-ups, for the team workload page.
    pub async fn team_workload(&mut self, reader: &Actor) -> Result<Vec<(crate::accounts::User, Vec<FollowUp>)>> {
        let Some(team) = &reader.team_id else { return Ok(Vec::new()) };
        self.audit(AuditEntry::by(reader, AuditAction::TeamWorkloadViewed, AuditRecord::Team(team))).await?;
        let members = self.team_members(&reader.organisation_id, team).await?;
        // One query for the whole team, shared out per person.
        let mut open = self.open_follow_ups_of(members.iter().map(|u| &u.id)).await?;
        Ok(members
            .into_iter()
            .map(|user| {
                let (theirs, rest) = open.drain(..).partition(|f: &FollowUp| f.practitioner_id == user.id);
                open = rest;
                (user, theirs)
            })
            .collect())
    }

    async fn open_follow_ups_of(&mut self, users: impl IntoIterator<Item = &UserId>) -> Result<Vec<FollowUp>> {
        let ids: Vec<String> = users.into_iter().map(|u| u.as_str().to_owned()).collect();
        if ids.is_empty() {
            return Ok(Vec::new());
        }
        self.follow_ups_where(
            follow_up_query()
                .and_where(Expr::col(("aftercare_follow_ups", "practitioner_id")).is_in(ids))
                .and_where(Expr::col(("aftercare_follow_ups", "completed_at")).is_null())
                .to_owned(),
        )
        .await
    }

    /// Every follow-up of a family, open and done.
    pub async fn follow_ups_of_family(&mut self, read: &FamilyRead) -> Result<Vec<FollowUp>> {
        let family = read.family();
        self.follow_ups_where(
            follow_up_query()
                .and_where(Expr::col(("aftercare_follow_ups", "family_id")).eq(family.as_str()))
                .to_owned(),
        )
        .await
    }

    /// A follow-up of the family being read.
    pub async fn follow_up(&mut self, read: &FamilyRead, id: &FollowUpId) -> Result<Option<FollowUp>> {
        let mut found = self
            .follow_ups_where(
                follow_up_query()
                    .and_where(Expr::col(("aftercare_follow_ups", "id")).eq(id.as_str()))
                    .and_where(Expr::col(("aftercare_follow_ups", "family_id")).eq(read.family().as_str()))
                    .to_owned(),
            )
            .await?;
        Ok(found.pop())
    }

    /// Completes a follow-up; false when it was already completed.
    pub async fn complete_follow_up(
        &mut self,
        actor: &Actor,
        follow_up: &FollowUp,
        how_they_are: &str,
        more_help_arranged: bool,
    ) -> Result<bool> {
        let now = self.now().millis();
        let sealed = self.seal(&sealed::FOLLOW_UP_HOW_THEY_ARE, &[follow_up.id.as_str()], how_they_are)?;
        let changed = self
            .execute(
                &Query::update()
                    .table("aftercare_follow_ups")
                    .value("completed_at", now)
                    .value("completed_by", actor.user_id.as_str())
                    .value("how_they_are", sealed)
                    .value("more_help_arranged", i64::from(more_help_arranged))
                    .and_where(Expr::col("id").eq(follow_up.id.as_str()))
                    .and_where(Expr::col("completed_at").is_null())
                    .to_owned(),
            )
            .await?;
        if changed > 0 {
            self.audit(AuditEntry::by(
                actor,
                AuditAction::FollowUpCompleted,
                AuditRecord::Family(&follow_up.family_id),
            ))
            .await?;
        }
        Ok(changed > 0)
    }

    /// Overdue follow-ups whose supervisors have not been told yet, across organisations.
    pub async fn overdue_follow_ups_to_report(&mut self) -> Result<Vec<FollowUp>> {
        let now = self.now().millis();
        self.follow_ups_where(
            follow_up_query()
                .and_where(Expr::col(("aftercare_follow_ups", "completed_at")).is_null())
                .and_where(Expr::col(("aftercare_follow_ups", "overdue_notified_at")).is_null())
                .and_where(Expr::col(("aftercare_follow_ups", "due_at")).lt(now))
                .to_owned(),
        )
        .await
    }

    /// Tells the supervisors of the family's team (or else the practitioner's)
    /// that a follow-up is overdue, once. Returns whether this call claimed it.
    pub async fn report_overdue_follow_up(&mut self, follow_up: &FollowUp) -> Result<bool> {
        let now = self.now().millis();
        let claimed = self
            .execute(
                &Query::update()
                    .table("aftercare_follow_ups")
                    .value("overdue_notified_at", now)
                    .and_where(Expr::col("id").eq(follow_up.id.as_str()))
                    .and_where(Expr::col("overdue_notified_at").is_null())
                    .to_owned(),
            )
            .await?;
        if claimed == 0 {
            return Ok(false);
        }
        let practitioner_team = self.user(&follow_up.practitioner_id).await?.and_then(|u| u.team_id);
        let mut supervisors = self
            .supervisors_of(&follow_up.organisation_id, &[follow_up.family_team.as_ref(), practitioner_team.as_ref()])
            .await?;
        if supervisors.is_empty() {
            // Without a supervisor, the practitioner is reminded instead of nobody hearing of it.
            supervisors.push(follow_up.practitioner_id.clone());
        }
        for supervisor in &supervisors {
            self.notify(
                &follow_up.organisation_id,
                supervisor,
                NotificationKind::FollowUpOverdue,
                Some(&follow_up.family_id),
                Some(&follow_up.practitioner_id),
            )
            .await?;
        }
        Ok(true)
    }
}
