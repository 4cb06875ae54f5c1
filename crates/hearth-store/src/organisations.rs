//! Organisations and teams.

use hearth_core::ids::{OrganisationId, TeamId};
use hearth_core::organisations::OrganisationName;
use sea_query::{Expr, ExprTrait, Order, Query, QueryStatementBuilder};

use crate::audit::AuditRecord;
use crate::{Result, StoreError, Tx, col};

#[derive(Debug, Clone)]
pub struct Team {
    pub id: TeamId,
    pub name: String,
}

impl Tx {
    pub async fn create_organisation(&mut self, name: &OrganisationName) -> Result<OrganisationId> {
        let id = OrganisationId::generate()?;
        let now = self.now().millis();
        self.execute(
            &Query::insert()
                .into_table("organisations")
                .columns(["id", "name", "created_at"])
                .values_panic([id.as_str().into(), name.as_str().into(), now.into()])
                .to_owned(),
        )
        .await?;
        Ok(id)
    }

    pub async fn create_team(&mut self, organisation_id: &OrganisationId, name: &str) -> Result<TeamId> {
        let id = TeamId::generate()?;
        self.execute(
            &Query::insert()
                .into_table("teams")
                .columns(["id", "organisation_id", "name"])
                .values_panic([id.as_str().into(), organisation_id.as_str().into(), name.into()])
                .to_owned(),
        )
        .await?;
        Ok(id)
    }

    pub async fn teams(&mut self, organisation_id: &OrganisationId) -> Result<Vec<Team>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns(["id", "name"])
                    .from("teams")
                    .and_where(Expr::col("organisation_id").eq(organisation_id.as_str()))
                    .order_by("name", Order::Asc)
                    .to_owned(),
            )
            .await?;
        rows.iter()
            .map(|r| Ok(Team { id: TeamId::from_trusted(col::text(r, "id")?), name: col::text(r, "name")? }))
            .collect()
    }

    pub async fn organisation_name(&mut self, id: &OrganisationId) -> Result<Option<String>> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .column("name")
                    .from("organisations")
                    .and_where(Expr::col("id").eq(id.as_str()))
                    .to_owned(),
            )
            .await?;
        row.map(|r| col::text(&r, "name")).transpose()
    }

    pub async fn organisation_by_name(&mut self, name: &str) -> Result<Option<OrganisationId>> {
        let row = self
            .fetch_optional(
                &Query::select().column("id").from("organisations").and_where(Expr::col("name").eq(name)).to_owned(),
            )
            .await?;
        row.map(|r| Ok(OrganisationId::from_trusted(col::text(&r, "id")?))).transpose()
    }
}

/// How the family portal presents itself for an organisation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PortalSettings {
    /// Shown instead of "Hearth" to family members, e.g. "Notes".
    pub discreet_name: Option<String>,
    /// Where the quick exit leads.
    pub quick_exit_url: Option<String>,
}

impl Tx {
    /// What every signed-in page shows around its content, in one
    /// statement: the person's unread notifications, the portal's settings
    /// and the organisation's time zone.
    pub async fn page_frame(&mut self, user: &crate::accounts::User) -> Result<PageFrame> {
        let unread = Query::select()
            .expr(Expr::col("id").count())
            .from("notifications")
            .and_where(Expr::col("user_id").eq(user.id.as_str()))
            .and_where(Expr::col("read_at").is_null())
            .and_where(crate::notifications::visible_by(self.now()))
            .to_owned();
        let row = self
            .fetch_optional(
                &Query::select()
                    .columns([("organisations", "discreet_name"), ("organisations", "quick_exit_url")])
                    .expr_as(Expr::col(("wellbeing_policies", "time_zone")), "time_zone")
                    .expr_as(Expr::SubQuery(None, Box::new(unread.into_sub_query_statement())), "unread")
                    .from("organisations")
                    .left_join(
                        "wellbeing_policies",
                        Expr::col(("wellbeing_policies", "organisation_id")).equals(("organisations", "id")),
                    )
                    .and_where(Expr::col(("organisations", "id")).eq(user.organisation_id.as_str()))
                    .to_owned(),
            )
            .await?;
        let default_zone = || hearth_core::wellbeing::WellbeingPolicy::default().zone;
        let Some(r) = row else {
            return Ok(PageFrame { unread_notifications: 0, portal: PortalSettings::default(), zone: default_zone() });
        };
        let zone = match col::opt_text(&r, "time_zone")? {
            Some(name) => hearth_core::zone::Zone::parse(&name).ok_or(StoreError::Corrupt("time zone"))?,
            None => default_zone(),
        };
        Ok(PageFrame {
            unread_notifications: if user.role.is_staff() { col::int(&r, "unread")? } else { 0 },
            portal: PortalSettings {
                discreet_name: col::opt_text(&r, "discreet_name")?,
                quick_exit_url: col::opt_text(&r, "quick_exit_url")?,
            },
            zone,
        })
    }

    pub async fn portal_settings(&mut self, id: &OrganisationId) -> Result<PortalSettings> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .columns(["discreet_name", "quick_exit_url"])
                    .from("organisations")
                    .and_where(Expr::col("id").eq(id.as_str()))
                    .to_owned(),
            )
            .await?;
        Ok(match row {
            Some(r) => PortalSettings {
                discreet_name: col::opt_text(&r, "discreet_name")?,
                quick_exit_url: col::opt_text(&r, "quick_exit_url")?,
            },
            None => PortalSettings::default(),
        })
    }

    pub async fn set_portal_settings(
        &mut self,
        actor: &hearth_core::access::Actor,
        settings: &PortalSettings,
    ) -> Result<()> {
        self.execute(
            &Query::update()
                .table("organisations")
                .value("discreet_name", settings.discreet_name.clone())
                .value("quick_exit_url", settings.quick_exit_url.clone())
                .and_where(Expr::col("id").eq(actor.organisation_id.as_str()))
                .to_owned(),
        )
        .await?;
        self.audit(crate::AuditEntry::by(
            actor,
            hearth_core::audit::AuditAction::PortalSettingsChanged,
            AuditRecord::Organisation(&actor.organisation_id),
        ))
        .await
    }
}

impl Tx {
    /// The TOML document an organisation keeps in `table` (its assessment
    /// catalogue, its modality rules), if it has written its own.
    pub(crate) async fn organisation_document(
        &mut self,
        table: &'static str,
        organisation: &OrganisationId,
    ) -> Result<Option<String>> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .column("body")
                    .from(table)
                    .and_where(Expr::col("organisation_id").eq(organisation.as_str()))
                    .to_owned(),
            )
            .await?;
        row.map(|r| col::text(&r, "body")).transpose()
    }

    /// Stores a document the caller has validated, replacing the previous one.
    pub(crate) async fn save_organisation_document(
        &mut self,
        table: &'static str,
        actor: &hearth_core::access::Actor,
        body: &str,
        action: hearth_core::audit::AuditAction,
    ) -> Result<()> {
        let now = self.now().millis();
        self.execute(
            &Query::insert()
                .into_table(table)
                .columns(["organisation_id", "body", "updated_by", "updated_at"])
                .values_panic([
                    actor.organisation_id.as_str().into(),
                    body.into(),
                    actor.user_id.as_str().into(),
                    now.into(),
                ])
                .on_conflict(
                    sea_query::OnConflict::column("organisation_id")
                        .update_columns(["body", "updated_by", "updated_at"])
                        .to_owned(),
                )
                .to_owned(),
        )
        .await?;
        self.audit(crate::AuditEntry::by(actor, action, AuditRecord::Organisation(&actor.organisation_id))).await
    }
}

/// What frames every signed-in page (see `Tx::page_frame`).
#[derive(Debug, Clone)]
pub struct PageFrame {
    pub unread_notifications: i64,
    pub portal: PortalSettings,
    pub zone: hearth_core::zone::Zone,
}
