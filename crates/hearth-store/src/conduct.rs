//! The code of conduct for online work: published versions per
//! organisation, acknowledgements by staff, and staff's self-assessment of
//! the skills the code asks for.

use hearth_core::access::Actor;
use hearth_core::audit::AuditAction;
use hearth_core::clock::Timestamp;
use hearth_core::conduct::SkillLevel;
use hearth_core::ids::{OrganisationId, TeamId, UserId};
use sea_query::{Expr, ExprTrait, OnConflict, Order, Query};

use crate::audit::AuditRecord;
use crate::{AuditEntry, Result, Tx, col};

/// A published version.
#[derive(Debug, Clone)]
pub struct ConductVersion {
    pub version: i64,
    pub body: String,
    pub published_by_name: String,
    pub published_at: Timestamp,
}

/// A staff member and where they stand with the current code.
#[derive(Debug, Clone)]
pub struct StaffStanding {
    pub user_id: UserId,
    pub name: String,
    pub role: String,
    /// The newest version they acknowledged, and when.
    pub acknowledged: Option<(i64, Timestamp)>,
    /// Their own rating of each skill, by key.
    pub skills: Vec<(String, SkillLevel)>,
}

impl Tx {
    /// The organisation's newest published version.
    pub async fn current_conduct(&mut self, organisation: &OrganisationId) -> Result<Option<ConductVersion>> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .columns([
                        ("conduct_versions", "version"),
                        ("conduct_versions", "body"),
                        ("conduct_versions", "published_at"),
                    ])
                    .expr_as(Expr::col(("users", "display_name")), "by_name")
                    .from("conduct_versions")
                    .left_join("users", Expr::col(("users", "id")).equals(("conduct_versions", "published_by")))
                    .and_where(Expr::col(("conduct_versions", "organisation_id")).eq(organisation.as_str()))
                    .order_by(("conduct_versions", "version"), Order::Desc)
                    .limit(1)
                    .to_owned(),
            )
            .await?;
        row.map(|r| {
            Ok(ConductVersion {
                version: col::int(&r, "version")?,
                body: col::text(&r, "body")?,
                published_by_name: col::opt_text(&r, "by_name")?.unwrap_or_default(),
                published_at: Timestamp(col::int(&r, "published_at")?),
            })
        })
        .transpose()
    }

    /// Publishes a checked text as the next version; returns its number.
    pub async fn publish_conduct(&mut self, actor: &Actor, body: &str) -> Result<i64> {
        let version = self.current_conduct(&actor.organisation_id).await?.map_or(1, |c| c.version + 1);
        self.execute(
            &Query::insert()
                .into_table("conduct_versions")
                .columns(["organisation_id", "version", "body", "published_by", "published_at"])
                .values_panic([
                    actor.organisation_id.as_str().into(),
                    version.into(),
                    body.into(),
                    actor.user_id.as_str().into(),
                    self.now().millis().into(),
                ])
                .to_owned(),
        )
        .await?;
        self.audit(
            AuditEntry::by(actor, AuditAction::ConductPublished, AuditRecord::Organisation(&actor.organisation_id))
                .because(&version.to_string()),
        )
        .await?;
        Ok(version)
    }

    pub async fn acknowledge_conduct(&mut self, actor: &Actor, version: i64) -> Result<()> {
        self.execute(
            &Query::insert()
                .into_table("conduct_acknowledgements")
                .columns(["user_id", "version", "acknowledged_at"])
                .values_panic([actor.user_id.as_str().into(), version.into(), self.now().millis().into()])
                .on_conflict(OnConflict::columns(["user_id", "version"]).do_nothing().to_owned())
                .to_owned(),
        )
        .await?;
        self.audit(
            AuditEntry::by(actor, AuditAction::ConductAcknowledged, AuditRecord::Account(&actor.user_id))
                .because(&version.to_string()),
        )
        .await
    }

    /// The version of the current code the actor still has to acknowledge, if any.
    pub async fn conduct_to_acknowledge(&mut self, actor: &Actor) -> Result<Option<i64>> {
        let Some(current) = self.current_conduct(&actor.organisation_id).await? else { return Ok(None) };
        let done = self
            .fetch_optional(
                &Query::select()
                    .column("version")
                    .from("conduct_acknowledgements")
                    .and_where(Expr::col("user_id").eq(actor.user_id.as_str()))
                    .and_where(Expr::col("version").eq(current.version))
                    .to_owned(),
            )
            .await?
            .is_some();
        Ok((!done).then_some(current.version))
    }

    pub async fn save_skill_assessment(&mut self, actor: &Actor, ratings: &[(String, SkillLevel)]) -> Result<()> {
        let now = self.now().millis();
        for (key, level) in ratings {
            self.execute(
                &Query::insert()
                    .into_table("skill_assessments")
                    .columns(["user_id", "skill_key", "level", "updated_at"])
                    .values_panic([
                        actor.user_id.as_str().into(),
                        key.as_str().into(),
                        level.as_str().into(),
                        now.into(),
                    ])
                    .on_conflict(
                        OnConflict::columns(["user_id", "skill_key"])
                            .update_columns(["level", "updated_at"])
                            .to_owned(),
                    )
                    .to_owned(),
            )
            .await?;
        }
        Ok(())
    }

    pub async fn own_skill_assessment(&mut self, actor: &Actor) -> Result<Vec<(String, SkillLevel)>> {
        self.skills_of(std::slice::from_ref(&actor.user_id))
            .await
            .map(|mut all| all.pop().map(|(_, s)| s).unwrap_or_default())
    }

    async fn skills_of(&mut self, users: &[UserId]) -> Result<Vec<(UserId, Vec<(String, SkillLevel)>)>> {
        if users.is_empty() {
            return Ok(Vec::new());
        }
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns(["user_id", "skill_key", "level"])
                    .from("skill_assessments")
                    .and_where(Expr::col("user_id").is_in(users.iter().map(UserId::as_str)))
                    .to_owned(),
            )
            .await?;
        let mut out: Vec<(UserId, Vec<(String, SkillLevel)>)> = users.iter().map(|u| (u.clone(), Vec::new())).collect();
        for r in &rows {
            let user = col::text(r, "user_id")?;
            if let (Some(slot), Some(level)) =
                (out.iter_mut().find(|(u, _)| u.as_str() == user), SkillLevel::parse(&col::text(r, "level")?))
            {
                slot.1.push((col::text(r, "skill_key")?, level));
            }
        }
        Ok(out)
    }

    /// Staff of a team (or the whole organisation), with their
    /// acknowledgement of the code and their skills, by name.
    pub async fn conduct_standing(
        &mut self,
        organisation: &OrganisationId,
        team: Option<&TeamId>,
    ) -> Result<Vec<StaffStanding>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns(["id", "display_name", "role"])
                    .from("users")
                    .and_where(Expr::col("organisation_id").eq(organisation.as_str()))
                    .and_where(Expr::col("disabled_at").is_null())
                    .and_where(
                        Expr::col("role").is_in(
                            hearth_core::accounts::Role::ALL.iter().filter(|r| r.is_staff()).map(|r| r.as_str()),
                        ),
                    )
                    .and_where_option(team.map(|t| Expr::col("team_id").eq(t.as_str())))
                    .order_by("display_name", Order::Asc)
                    .to_owned(),
            )
            .await?;
        let users: Vec<UserId> =
            rows.iter().map(|r| col::text(r, "id").map(UserId::from_trusted)).collect::<Result<_>>()?;
        let skills = self.skills_of(&users).await?;
        let mut out = Vec::with_capacity(rows.len());
        for (r, (user, skills)) in rows.iter().zip(skills) {
            let acknowledged = self
                .fetch_optional(
                    &Query::select()
                        .columns(["version", "acknowledged_at"])
                        .from("conduct_acknowledgements")
                        .and_where(Expr::col("user_id").eq(user.as_str()))
                        .order_by("version", Order::Desc)
                        .limit(1)
                        .to_owned(),
                )
                .await?
                .map(|a| {
                    Ok::<_, crate::StoreError>((col::int(&a, "version")?, Timestamp(col::int(&a, "acknowledged_at")?)))
                })
                .transpose()?;
            out.push(StaffStanding {
                user_id: user,
                name: col::text(r, "display_name")?,
                role: col::text(r, "role")?,
                acknowledged,
                skills,
            });
        }
        Ok(out)
    }
}
