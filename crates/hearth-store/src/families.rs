//! Family files, as far as access needs them: the family, its team, who is
//! assigned, and break-glass grants.

use hearth_core::access::{Actor, FamilyFacts};
use hearth_core::accounts::Role;
use hearth_core::audit::AuditAction;
use hearth_core::clock::Timestamp;
use hearth_core::families::{Assignment, BreakGlassReason, FamilyName};
use hearth_core::ids::{FamilyId, OrganisationId, TeamId, UserId};
use sea_query::{Cond, Expr, ExprTrait, Order, Query};

use crate::{AuditEntry, Result, StoreError, Tx, col};

#[derive(Debug, Clone)]
pub struct Family {
    pub id: FamilyId,
    pub organisation_id: OrganisationId,
    pub team_id: Option<TeamId>,
    pub name: String,
    pub created_at: Timestamp,
}

#[derive(Debug, Clone)]
pub struct AssignedWorker {
    pub user_id: UserId,
    pub display_name: String,
    pub assignment: Assignment,
}

fn family_from(r: &sqlx::any::AnyRow) -> Result<Family> {
    Ok(Family {
        id: FamilyId::from_trusted(col::text(r, "id")?),
        organisation_id: OrganisationId::from_trusted(col::text(r, "organisation_id")?),
        team_id: col::opt_text(r, "team_id")?.map(TeamId::from_trusted),
        name: col::text(r, "name")?,
        created_at: Timestamp(col::int(r, "created_at")?),
    })
}

const FAMILY_COLUMNS: [(&str, &str); 5] = [
    ("families", "id"),
    ("families", "organisation_id"),
    ("families", "team_id"),
    ("families", "name"),
    ("families", "created_at"),
];

/// How long a break-glass grant lasts before the reason must be given again.
pub const BREAK_GLASS_SECONDS: i64 = 8 * 60 * 60;

impl Tx {
    /// Opens a family file. A practitioner who opens it becomes its lead.
    pub async fn create_family(&mut self, actor: &Actor, name: &FamilyName, team: Option<&TeamId>) -> Result<FamilyId> {
        let id = FamilyId::generate()?;
        let now = self.now().millis();
        self.execute(
            &Query::insert()
                .into_table("families")
                .columns(["id", "organisation_id", "team_id", "name", "created_by", "created_at"])
                .values_panic([
                    id.as_str().into(),
                    actor.organisation_id.as_str().into(),
                    team.map(|t| t.as_str().to_owned()).into(),
                    name.as_str().into(),
                    actor.user_id.as_str().into(),
                    now.into(),
                ])
                .to_owned(),
        )
        .await?;
        self.audit(AuditEntry {
            organisation_id: Some(actor.organisation_id.as_str()),
            actor_id: Some(actor.user_id.as_str()),
            action: AuditAction::FamilyCreated,
            record_kind: "family",
            record_id: Some(id.as_str()),
            reason: None,
        })
        .await?;
        if actor.role == Role::Practitioner {
            self.assign(actor, &id, &actor.user_id, Assignment::Lead).await?;
        }
        Ok(id)
    }

    pub async fn family(&mut self, id: &FamilyId) -> Result<Option<Family>> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .columns(FAMILY_COLUMNS)
                    .from("families")
                    .and_where(Expr::col("id").eq(id.as_str()))
                    .to_owned(),
            )
            .await?;
        row.as_ref().map(family_from).transpose()
    }

    /// The facts the policy needs about a family, for this actor.
    pub async fn family_facts(&mut self, actor: &Actor, family: &Family) -> Result<FamilyFacts> {
        let assigned = self
            .fetch_optional(
                &Query::select()
                    .column("user_id")
                    .from("family_assignments")
                    .and_where(Expr::col("family_id").eq(family.id.as_str()))
                    .and_where(Expr::col("user_id").eq(actor.user_id.as_str()))
                    .to_owned(),
            )
            .await?
            .is_some();
        let now = self.now().millis();
        let glass = self
            .fetch_optional(
                &Query::select()
                    .column("id")
                    .from("break_glass_grants")
                    .and_where(Expr::col("family_id").eq(family.id.as_str()))
                    .and_where(Expr::col("user_id").eq(actor.user_id.as_str()))
                    .and_where(Expr::col("expires_at").gt(now))
                    .to_owned(),
            )
            .await?
            .is_some();
        Ok(FamilyFacts {
            organisation_id: family.organisation_id.clone(),
            team_id: family.team_id.clone(),
            actor_assigned: assigned,
            actor_break_glass_open: glass,
        })
    }

    pub async fn assigned_workers(&mut self, family: &FamilyId) -> Result<Vec<AssignedWorker>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns([("family_assignments", "user_id"), ("family_assignments", "assignment")])
                    .column(("users", "display_name"))
                    .from("family_assignments")
                    .inner_join(
                        "users",
                        Expr::col(("users", "id")).equals(("family_assignments", "user_id")),
                    )
                    .and_where(Expr::col(("family_assignments", "family_id")).eq(family.as_str()))
                    .order_by(("family_assignments", "assignment"), Order::Desc)
                    .order_by(("users", "display_name"), Order::Asc)
                    .to_owned(),
            )
            .await?;
        rows.iter()
            .map(|r| {
                Ok(AssignedWorker {
                    user_id: UserId::from_trusted(col::text(r, "user_id")?),
                    display_name: col::text(r, "display_name")?,
                    assignment: Assignment::parse(&col::text(r, "assignment")?)
                        .ok_or(StoreError::Corrupt("assignment"))?,
                })
            })
            .collect()
    }

    /// Records a read of a family file in the trail.
    pub async fn audit_family_read(&mut self, actor: &Actor, family: &FamilyId) -> Result<()> {
        self.audit(AuditEntry {
            organisation_id: Some(actor.organisation_id.as_str()),
            actor_id: Some(actor.user_id.as_str()),
            action: AuditAction::FamilyViewed,
            record_kind: "family",
            record_id: Some(family.as_str()),
            reason: None,
        })
        .await
    }

    /// The families an actor works with: assigned ones, and for a supervisor
    /// every family of their team. Optional name filter.
    pub async fn caseload(&mut self, actor: &Actor, name_contains: Option<&str>) -> Result<Vec<Family>> {
        let mut visible = Cond::any().add(
            Expr::col(("families", "id")).in_subquery(
                Query::select()
                    .column("family_id")
                    .from("family_assignments")
                    .and_where(Expr::col("user_id").eq(actor.user_id.as_str()))
                    .to_owned(),
            ),
        );
        if actor.role == Role::Supervisor
            && let Some(team) = &actor.team_id
        {
            visible = visible.add(Expr::col(("families", "team_id")).eq(team.as_str()));
        }
        let mut stmt = Query::select()
            .columns(FAMILY_COLUMNS)
            .from("families")
            .and_where(Expr::col(("families", "organisation_id")).eq(actor.organisation_id.as_str()))
            .cond_where(visible)
            .order_by(("families", "name"), Order::Asc)
            .limit(500)
            .to_owned();
        if let Some(needle) = name_contains.map(str::trim).filter(|n| !n.is_empty()) {
            let pattern = format!(
                "%{}%",
                needle
                    .to_lowercase()
                    .replace('\\', "\\\\")
                    .replace('%', "\\%")
                    .replace('_', "\\_")
            );
            stmt.and_where(
                Expr::expr(sea_query::Func::lower(Expr::col(("families", "name"))))
                    .like(sea_query::LikeExpr::new(pattern).escape('\\')),
            );
        }
        let rows = self.fetch_all(&stmt).await?;
        let families = rows.iter().map(family_from).collect::<Result<Vec<_>>>()?;
        self.audit(AuditEntry {
            organisation_id: Some(actor.organisation_id.as_str()),
            actor_id: Some(actor.user_id.as_str()),
            action: AuditAction::FamilyListed,
            record_kind: "caseload",
            record_id: Some(actor.user_id.as_str()),
            reason: None,
        })
        .await?;
        Ok(families)
    }

    pub async fn assign(
        &mut self,
        actor: &Actor,
        family: &FamilyId,
        worker: &UserId,
        assignment: Assignment,
    ) -> Result<()> {
        let now = self.now().millis();
        self.execute(
            &Query::delete()
                .from_table("family_assignments")
                .and_where(Expr::col("family_id").eq(family.as_str()))
                .and_where(Expr::col("user_id").eq(worker.as_str()))
                .to_owned(),
        )
        .await?;
        if assignment == Assignment::Lead {
            // One lead at a time: a previous lead stays on as a co-worker.
            self.execute(
                &Query::update()
                    .table("family_assignments")
                    .value("assignment", Assignment::CoWorker.as_str())
                    .and_where(Expr::col("family_id").eq(family.as_str()))
                    .and_where(Expr::col("assignment").eq(Assignment::Lead.as_str()))
                    .to_owned(),
            )
            .await?;
        }
        self.execute(
            &Query::insert()
                .into_table("family_assignments")
                .columns(["family_id", "user_id", "assignment", "assigned_at"])
                .values_panic([
                    family.as_str().into(),
                    worker.as_str().into(),
                    assignment.as_str().into(),
                    now.into(),
                ])
                .to_owned(),
        )
        .await?;
        self.audit(AuditEntry {
            organisation_id: Some(actor.organisation_id.as_str()),
            actor_id: Some(actor.user_id.as_str()),
            action: AuditAction::FamilyAssigned,
            record_kind: "family",
            record_id: Some(family.as_str()),
            reason: Some(&format!("{} {}", assignment.as_str(), worker.as_str())),
        })
        .await
    }

    pub async fn unassign(&mut self, actor: &Actor, family: &FamilyId, worker: &UserId) -> Result<bool> {
        let n = self
            .execute(
                &Query::delete()
                    .from_table("family_assignments")
                    .and_where(Expr::col("family_id").eq(family.as_str()))
                    .and_where(Expr::col("user_id").eq(worker.as_str()))
                    .to_owned(),
            )
            .await?;
        if n == 1 {
            self.audit(AuditEntry {
                organisation_id: Some(actor.organisation_id.as_str()),
                actor_id: Some(actor.user_id.as_str()),
                action: AuditAction::FamilyUnassigned,
                record_kind: "family",
                record_id: Some(family.as_str()),
                reason: Some(worker.as_str()),
            })
            .await?;
        }
        Ok(n == 1)
    }

    /// Opens a family file under break-glass: records the grant and the
    /// reason in the trail, and tells the team's supervisors in the app.
    pub async fn open_break_glass(&mut self, actor: &Actor, family: &Family, reason: &BreakGlassReason) -> Result<()> {
        let id = FamilyId::generate()?;
        let now = self.now();
        self.execute(
            &Query::insert()
                .into_table("break_glass_grants")
                .columns(["id", "family_id", "user_id", "reason", "opened_at", "expires_at"])
                .values_panic([
                    id.as_str().into(),
                    family.id.as_str().into(),
                    actor.user_id.as_str().into(),
                    reason.as_str().into(),
                    now.millis().into(),
                    now.plus_seconds(BREAK_GLASS_SECONDS).millis().into(),
                ])
                .to_owned(),
        )
        .await?;
        self.audit(AuditEntry {
            organisation_id: Some(actor.organisation_id.as_str()),
            actor_id: Some(actor.user_id.as_str()),
            action: AuditAction::BreakGlassOpened,
            record_kind: "family",
            record_id: Some(family.id.as_str()),
            reason: Some(reason.as_str()),
        })
        .await?;
        for supervisor in self.supervisors_for(actor, family.team_id.as_ref()).await? {
            if supervisor != actor.user_id {
                self.notify(
                    &actor.organisation_id,
                    &supervisor,
                    crate::notifications::NotificationKind::BreakGlass,
                    Some(&family.id),
                    Some(&actor.user_id),
                )
                .await?;
            }
        }
        Ok(())
    }

    /// The supervisors to tell about a family: its team's, or the actor's own
    /// team's when the family has no team, or every supervisor as a last resort.
    async fn supervisors_for(&mut self, actor: &Actor, family_team: Option<&TeamId>) -> Result<Vec<UserId>> {
        let base = Query::select()
            .column("id")
            .from("users")
            .and_where(Expr::col("organisation_id").eq(actor.organisation_id.as_str()))
            .and_where(Expr::col("role").eq(Role::Supervisor.as_str()))
            .and_where(Expr::col("disabled_at").is_null())
            .to_owned();
        for team in [family_team, actor.team_id.as_ref()].into_iter().flatten() {
            let rows = self
                .fetch_all(
                    &base
                        .clone()
                        .and_where(Expr::col("team_id").eq(team.as_str()))
                        .to_owned(),
                )
                .await?;
            if !rows.is_empty() {
                return rows
                    .iter()
                    .map(|r| Ok(UserId::from_trusted(col::text(r, "id")?)))
                    .collect();
            }
        }
        let rows = self.fetch_all(&base).await?;
        rows.iter()
            .map(|r| Ok(UserId::from_trusted(col::text(r, "id")?)))
            .collect()
    }

    /// Staff of an organisation who can be assigned to families.
    pub async fn assignable_staff(&mut self, organisation_id: &OrganisationId) -> Result<Vec<(UserId, String)>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns(["id", "display_name"])
                    .from("users")
                    .and_where(Expr::col("organisation_id").eq(organisation_id.as_str()))
                    .and_where(Expr::col("role").is_in([Role::Practitioner.as_str(), Role::Supervisor.as_str()]))
                    .and_where(Expr::col("disabled_at").is_null())
                    .order_by("display_name", Order::Asc)
                    .to_owned(),
            )
            .await?;
        rows.iter()
            .map(|r| Ok((UserId::from_trusted(col::text(r, "id")?), col::text(r, "display_name")?)))
            .collect()
    }
}
