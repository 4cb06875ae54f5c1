//! A practitioner's calendar: the sessions they take part in, and the
//! private feed address their calendar app reads.

use std::collections::HashMap;

use hearth_core::access::Actor;
use hearth_core::audit::AuditAction;
use hearth_core::clock::Timestamp;
use hearth_core::ids::{FamilyId, SupportSessionId, UserId};
use hearth_core::secrets::{new_token, token_digest};
use hearth_core::support_sessions::{SessionMode, SessionOutcome};
use sea_query::{Expr, ExprTrait, Order, Query};

use crate::audit::AuditRecord;
use crate::sealed;
use crate::support_sessions::{mode_of, outcome_of, session_query};
use crate::{AuditEntry, Result, Tx, col};

/// A session as a practitioner's calendar and guardrails see it.
#[derive(Debug, Clone)]
pub struct CalendarEntry {
    pub session_id: SupportSessionId,
    pub family_id: FamilyId,
    pub family_name: String,
    pub mode: SessionMode,
    pub starts_at: Timestamp,
    pub minutes: u32,
    pub place: String,
    pub outcome: Option<SessionOutcome>,
    /// Codes of the guardrails the session was planned beyond.
    pub override_concerns: Option<String>,
}

/// How a calendar is being read, for the audit trail.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CalendarRead {
    Page,
    Feed,
}

/// A session's time as the guardrails see it.
#[derive(Debug, Clone)]
pub struct BookedTime {
    pub starts_at: Timestamp,
    pub minutes: u32,
    pub outcome: Option<hearth_core::support_sessions::SessionOutcome>,
    pub override_concerns: Option<String>,
}

/// A session planned beyond a guardrail, as the supervisor's team page shows
/// it: who planned it, what was beyond which limit and why.
#[derive(Debug, Clone)]
pub struct TeamOverride {
    pub session_id: SupportSessionId,
    pub family_id: FamilyId,
    /// The family's name, only when the reader may open the family's file.
    pub family_name: Option<String>,
    pub staff_id: UserId,
    pub starts_at: Timestamp,
    pub cancelled: bool,
    pub concerns: String,
    pub reason: String,
}

fn staff_sessions(user: &UserId, from: Timestamp, to: Timestamp) -> sea_query::SelectStatement {
    sessions_of_staff(std::slice::from_ref(user), from, to)
}

fn sessions_of_staff(users: &[UserId], from: Timestamp, to: Timestamp) -> sea_query::SelectStatement {
    session_query()
        .expr_as(Expr::col(("support_session_staff", "user_id")), "staff_id")
        .inner_join(
            "support_session_staff",
            Expr::col(("support_session_staff", "session_id")).equals(("support_sessions", "id")),
        )
        .and_where(Expr::col(("support_session_staff", "user_id")).is_in(users.iter().map(|u| u.as_str().to_owned())))
        .and_where(Expr::col(("support_sessions", "starts_at")).gte(from.millis()))
        .and_where(Expr::col(("support_sessions", "starts_at")).lt(to.millis()))
        .order_by(("support_sessions", "starts_at"), Order::Asc)
        .limit(500)
        .to_owned()
}

impl Tx {
    /// The reader's own sessions that start in `[from, to)`, cancelled ones
    /// included (callers decide what counts), read through `via`.
    pub async fn calendar_of(
        &mut self,
        reader: &Actor,
        via: CalendarRead,
        from: Timestamp,
        to: Timestamp,
    ) -> Result<Vec<CalendarEntry>> {
        let action = match via {
            CalendarRead::Page => AuditAction::CalendarViewed,
            CalendarRead::Feed => AuditAction::CalendarFeedRead,
        };
        self.audit(AuditEntry::by(reader, action, AuditRecord::Account(&reader.user_id))).await?;
        let rows = self.fetch_all(&staff_sessions(&reader.user_id, from, to)).await?;
        rows.iter()
            .map(|r| {
                let id = SupportSessionId::from_trusted(col::text(r, "id")?);
                Ok(CalendarEntry {
                    family_id: FamilyId::from_trusted(col::text(r, "family_id")?),
                    family_name: col::text(r, "family_name")?,
                    mode: mode_of(r)?,
                    starts_at: Timestamp(col::int(r, "starts_at")?),
                    minutes: col::int(r, "minutes")?.clamp(0, 24 * 60) as u32,
                    place: self.open(&sealed::SESSION_PLACE, &[id.as_str()], &col::text(r, "place")?)?,
                    outcome: outcome_of(r)?,
                    override_concerns: col::opt_text(r, "override_concerns")?,
                    session_id: id,
                })
            })
            .collect()
    }

    /// When a member of staff is booked in `[from, to)`: times and outcomes
    /// only, nothing about the families, for the wellbeing guardrails and
    /// workload figures.
    pub async fn booked_times_of(&mut self, user: &UserId, from: Timestamp, to: Timestamp) -> Result<Vec<BookedTime>> {
        let mut all = self.booked_times_of_staff(std::slice::from_ref(user), from, to).await?;
        Ok(all.remove(user).unwrap_or_default())
    }

    /// As [`Tx::booked_times_of`], for several people in one query.
    pub async fn booked_times_of_staff(
        &mut self,
        users: &[UserId],
        from: Timestamp,
        to: Timestamp,
    ) -> Result<HashMap<UserId, Vec<BookedTime>>> {
        let mut out: HashMap<UserId, Vec<BookedTime>> = HashMap::new();
        if users.is_empty() {
            return Ok(out);
        }
        let mut query = sessions_of_staff(users, from, to);
        // The per-person cap applies per person, not to the whole team.
        query.limit(500 * users.len() as u64);
        for r in self.fetch_all(&query).await? {
            out.entry(UserId::from_trusted(col::text(&r, "staff_id")?)).or_default().push(BookedTime {
                starts_at: Timestamp(col::int(&r, "starts_at")?),
                minutes: col::int(&r, "minutes")?.clamp(0, 24 * 60) as u32,
                outcome: outcome_of(&r)?,
                override_concerns: col::opt_text(&r, "override_concerns")?,
            });
        }
        Ok(out)
    }

    /// The sessions that `users` are booked for in `[from, to)` and that were
    /// planned beyond a guardrail, with the reason given, for their
    /// supervisor's team page.
    pub async fn team_overrides(
        &mut self,
        reader: &Actor,
        scope: &hearth_core::access::FamilyScope,
        users: &[UserId],
        from: Timestamp,
        to: Timestamp,
    ) -> Result<Vec<TeamOverride>> {
        let Some(team) = &reader.team_id else { return Ok(Vec::new()) };
        if users.is_empty() {
            return Ok(Vec::new());
        }
        self.audit(AuditEntry::by(reader, AuditAction::TeamOverridesViewed, AuditRecord::Team(team))).await?;
        let mut query = sessions_of_staff(users, from, to);
        query.and_where(Expr::col(("support_sessions", "override_concerns")).is_not_null());
        let rows = self.fetch_all(&query).await?;
        // Which of these families the reader may open, by the policy's scope.
        let families: Vec<String> = rows.iter().map(|r| col::text(r, "family_id")).collect::<Result<_>>()?;
        let in_scope: std::collections::HashSet<String> = if families.is_empty() || scope.is_empty() {
            Default::default()
        } else {
            self.fetch_all(
                &Query::select()
                    .column(("families", "id"))
                    .from("families")
                    .and_where(Expr::col(("families", "id")).is_in(families))
                    .and_where(Expr::col(("families", "organisation_id")).eq(scope.organisation_id.as_str()))
                    .cond_where(crate::families::scope_condition(scope, self.now()))
                    .to_owned(),
            )
            .await?
            .iter()
            .map(|r| col::text(r, "id"))
            .collect::<Result<_>>()?
        };
        rows.iter()
            .map(|r| {
                let id = SupportSessionId::from_trusted(col::text(r, "id")?);
                let in_team = in_scope.contains(&col::text(r, "family_id")?);
                let reason = match col::opt_text(r, "override_reason")? {
                    Some(sealed_reason) => {
                        self.open(&sealed::SESSION_OVERRIDE_REASON, &[id.as_str()], &sealed_reason)?
                    }
                    None => String::new(),
                };
                Ok(TeamOverride {
                    family_id: FamilyId::from_trusted(col::text(r, "family_id")?),
                    family_name: if in_team { Some(col::text(r, "family_name")?) } else { None },
                    staff_id: UserId::from_trusted(col::text(r, "staff_id")?),
                    starts_at: Timestamp(col::int(r, "starts_at")?),
                    cancelled: outcome_of(r)? == Some(SessionOutcome::Cancelled),
                    concerns: col::opt_text(r, "override_concerns")?.unwrap_or_default(),
                    reason,
                    session_id: id,
                })
            })
            .collect()
    }

    /// Issues a new private feed address for the actor, replacing any old one.
    pub async fn issue_calendar_feed(&mut self, actor: &Actor, show_names: bool) -> Result<String> {
        let token = new_token()?;
        let now = self.now().millis();
        self.execute(
            &Query::delete()
                .from_table("calendar_feeds")
                .and_where(Expr::col("user_id").eq(actor.user_id.as_str()))
                .to_owned(),
        )
        .await?;
        self.execute(
            &Query::insert()
                .into_table("calendar_feeds")
                .columns(["user_id", "token_digest", "show_names", "created_at"])
                .values_panic([
                    actor.user_id.as_str().into(),
                    token_digest(&token).into(),
                    i64::from(show_names).into(),
                    now.into(),
                ])
                .to_owned(),
        )
        .await?;
        self.audit(AuditEntry::by(actor, AuditAction::CalendarFeedIssued, AuditRecord::Account(&actor.user_id)))
            .await?;
        Ok(token)
    }

    pub async fn revoke_calendar_feed(&mut self, actor: &Actor) -> Result<()> {
        self.execute(
            &Query::delete()
                .from_table("calendar_feeds")
                .and_where(Expr::col("user_id").eq(actor.user_id.as_str()))
                .to_owned(),
        )
        .await?;
        self.audit(AuditEntry::by(actor, AuditAction::CalendarFeedRevoked, AuditRecord::Account(&actor.user_id))).await
    }

    /// Whether the user has a feed, and whether it shows family names.
    pub async fn calendar_feed_of(&mut self, user: &UserId) -> Result<Option<bool>> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .column("show_names")
                    .from("calendar_feeds")
                    .and_where(Expr::col("user_id").eq(user.as_str()))
                    .to_owned(),
            )
            .await?;
        row.map(|r| col::int(&r, "show_names").map(|n| n != 0)).transpose()
    }

    /// The owner of a feed address and whether it shows names.
    pub async fn calendar_feed_owner(&mut self, token: &str) -> Result<Option<(UserId, bool)>> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .columns(["user_id", "show_names"])
                    .from("calendar_feeds")
                    .and_where(Expr::col("token_digest").eq(token_digest(token)))
                    .to_owned(),
            )
            .await?;
        row.map(|r| Ok((UserId::from_trusted(col::text(&r, "user_id")?), col::int(&r, "show_names")? != 0))).transpose()
    }
}
