//! Outcome monitoring: the plain facts of a period for one organisation (or
//! one of its teams), read straight from the records so the figures are
//! current the moment anything is recorded. `hearth_core::outcomes` counts
//! them. Only ids, modes, dates and scores are read: nobody's words.

use hearth_core::access::Actor;
use hearth_core::audit::AuditAction;
use hearth_core::clock::Timestamp;
use hearth_core::ids::{OrganisationId, TeamId};
use hearth_core::outcomes::{Facts, FirstContactFact, FollowUpFact, ScoreFact, SessionFact};
use hearth_core::support_sessions::{SessionMode, SessionOutcome};
use sea_query::{Expr, ExprTrait, Func, Query, SelectStatement};

use crate::audit::AuditRecord;
use crate::{AuditEntry, Result, Tx, col};

/// What the outcome figures are narrowed to.
#[derive(Debug, Clone, Copy)]
pub struct OutcomeFilter<'a> {
    pub team: Option<&'a TeamId>,
    pub from: Timestamp,
    pub until: Timestamp,
}

const TOOK_PLACE: [&str; 2] = ["held", "ended_abruptly"];

impl Tx {
    /// The facts of a period. Reading them is audited (they describe the
    /// organisation's work, not a person).
    pub async fn outcome_facts(
        &mut self,
        actor: &Actor,
        organisation: &OrganisationId,
        filter: &OutcomeFilter<'_>,
        export: bool,
    ) -> Result<Facts> {
        let action = if export { AuditAction::OutcomesExported } else { AuditAction::OutcomesViewed };
        self.audit(AuditEntry::by(actor, action, AuditRecord::Organisation(organisation))).await?;
        let (from, until) = (filter.from.millis(), filter.until.millis());
        // Joins `families` for the team when one is chosen.
        let in_team = |q: &mut SelectStatement, table: &'static str| {
            if let Some(team) = filter.team {
                q.inner_join("families", Expr::col(("families", "id")).equals((table, "family_id")))
                    .and_where(Expr::col(("families", "team_id")).eq(team.as_str()));
            }
        };
        let mut facts = Facts::default();

        let mut q = Query::select()
            .columns([("support_sessions", "family_id"), ("support_sessions", "mode"), ("support_sessions", "outcome")])
            .from("support_sessions")
            .and_where(Expr::col(("support_sessions", "organisation_id")).eq(organisation.as_str()))
            .and_where(Expr::col(("support_sessions", "starts_at")).gte(from))
            .and_where(Expr::col(("support_sessions", "starts_at")).lt(until))
            .to_owned();
        in_team(&mut q, "support_sessions");
        for r in &self.fetch_all(&q).await? {
            facts.sessions.push(SessionFact {
                family: col::text(r, "family_id")?,
                mode: SessionMode::parse(&col::text(r, "mode")?).unwrap_or(SessionMode::InPerson),
                outcome: col::opt_text(r, "outcome")?.and_then(|o| SessionOutcome::parse(&o)),
            });
        }

        // Follow-ups that fell due in the period (and are due by now).
        let due_by = Ord::min(until, self.now().millis());
        let mut q = Query::select()
            .columns([
                ("aftercare_follow_ups", "family_id"),
                ("aftercare_follow_ups", "due_at"),
                ("aftercare_follow_ups", "completed_at"),
            ])
            .from("aftercare_follow_ups")
            .and_where(Expr::col(("aftercare_follow_ups", "organisation_id")).eq(organisation.as_str()))
            .and_where(Expr::col(("aftercare_follow_ups", "due_at")).gte(from))
            .and_where(Expr::col(("aftercare_follow_ups", "due_at")).lt(due_by))
            .to_owned();
        in_team(&mut q, "aftercare_follow_ups");
        for r in &self.fetch_all(&q).await? {
            let due = col::int(r, "due_at")?;
            facts.follow_ups.push(FollowUpFact {
                family: col::text(r, "family_id")?,
                on_time: col::opt_int(r, "completed_at")?.is_some_and(|done| done <= due),
            });
        }

        // First contact: a family's first session that took place, when it fell in the period.
        let first = Func::min(Expr::col(("support_sessions", "starts_at")));
        let q = Query::select()
            .column(("support_sessions", "family_id"))
            .column(("families", "created_at"))
            .expr_as(first.clone(), "first_at")
            .from("support_sessions")
            .inner_join("families", Expr::col(("families", "id")).equals(("support_sessions", "family_id")))
            .and_where(Expr::col(("support_sessions", "organisation_id")).eq(organisation.as_str()))
            .and_where(Expr::col(("support_sessions", "outcome")).is_in(TOOK_PLACE))
            .and_where_option(filter.team.map(|t| Expr::col(("families", "team_id")).eq(t.as_str())))
            .group_by_col(("support_sessions", "family_id"))
            .group_by_col(("families", "created_at"))
            .and_having(Expr::expr(first.clone()).gte(from))
            .and_having(Expr::expr(first).lt(until))
            .to_owned();
        for r in &self.fetch_all(&q).await? {
            let days = Ord::max(col::int(r, "first_at")? - col::int(r, "created_at")?, 0) / 86_400_000;
            facts
                .first_contacts
                .push(FirstContactFact { family: col::text(r, "family_id")?, days_from_referral: days });
        }

        // Check-ins and session feedback answered by family members.
        let mut q = Query::select()
            .columns([
                ("checkin_responses", "family_id"),
                ("checkin_responses", "member_id"),
                ("checkin_responses", "instrument_key"),
                ("checkin_responses", "answered_at"),
                ("checkin_responses", "total"),
            ])
            .from("checkin_responses")
            .and_where(Expr::col(("checkin_responses", "organisation_id")).eq(organisation.as_str()))
            .and_where(Expr::col(("checkin_responses", "answered_at")).gte(from))
            .and_where(Expr::col(("checkin_responses", "answered_at")).lt(until))
            .and_where(Expr::col(("checkin_responses", "member_id")).is_not_null())
            .to_owned();
        in_team(&mut q, "checkin_responses");
        for r in &self.fetch_all(&q).await? {
            let key = col::text(r, "instrument_key")?;
            let member = col::opt_text(r, "member_id")?.unwrap_or_default();
            let fact = ScoreFact {
                family: col::opt_text(r, "family_id")?.unwrap_or_default(),
                subject: format!("{member}:{key}"),
                at: col::int(r, "answered_at")?,
                value: col::int(r, "total")?,
            };
            if key == "session-feedback" {
                facts.feedback.push(fact);
            } else {
                facts.check_ins.entry(key).or_default().push(fact);
            }
        }

        // Assessments: each one's concern and protection totals.
        let q = Query::select()
            .columns([("assessments", "id"), ("assessments", "family_id"), ("assessments", "assessed_on")])
            .column(("assessment_ratings", "kind"))
            // A sum is NUMERIC on PostgreSQL; as a BIGINT both databases read it the same.
            .expr_as(Func::cast_as(Func::sum(Expr::col(("assessment_ratings", "rating"))), "BIGINT"), "total")
            .from("assessments")
            .inner_join("families", Expr::col(("families", "id")).equals(("assessments", "family_id")))
            .inner_join(
                "assessment_ratings",
                Expr::col(("assessment_ratings", "assessment_id")).equals(("assessments", "id")),
            )
            .and_where(Expr::col(("families", "organisation_id")).eq(organisation.as_str()))
            .and_where_option(filter.team.map(|t| Expr::col(("families", "team_id")).eq(t.as_str())))
            .and_where(Expr::col(("assessments", "assessed_on")).gte(from))
            .and_where(Expr::col(("assessments", "assessed_on")).lt(until))
            .group_by_col(("assessments", "id"))
            .group_by_col(("assessments", "family_id"))
            .group_by_col(("assessments", "assessed_on"))
            .group_by_col(("assessment_ratings", "kind"))
            .to_owned();
        for r in &self.fetch_all(&q).await? {
            let family = col::text(r, "family_id")?;
            let fact = ScoreFact {
                subject: family.clone(),
                family,
                at: col::int(r, "assessed_on")?,
                value: col::int(r, "total")?,
            };
            match col::text(r, "kind")?.as_str() {
                "concern" => facts.concern.push(fact),
                _ => facts.protection.push(fact),
            }
        }
        Ok(facts)
    }
}
