//! The organisation's wellbeing policy, practitioners' stricter personal
//! limits and the on-call rota.

use std::collections::HashMap;

use hearth_core::access::Actor;
use hearth_core::audit::AuditAction;
use hearth_core::clock::Timestamp;
use hearth_core::ids::{OnCallShiftId, OrganisationId, UserId};
use hearth_core::wellbeing::{Guardrails, WellbeingPolicy};
use hearth_core::zone::Zone;
use sea_query::{Expr, ExprTrait, OnConflict, Order, Query};
use sqlx::any::AnyRow;

use crate::audit::AuditRecord;
use crate::{AuditEntry, Result, StoreError, Tx, col};

#[derive(Debug, Clone)]
pub struct OnCallShift {
    pub id: OnCallShiftId,
    pub user_id: UserId,
    pub user_name: String,
    pub starts_at: Timestamp,
    pub ends_at: Timestamp,
}

/// The policy's own columns, in the order `save_wellbeing_policy` writes them.
const POLICY_FIELDS: [&str; 8] = [
    "time_zone",
    "hours",
    "max_per_day",
    "max_per_week",
    "min_break_minutes",
    "days_off",
    "aftercare_due_hours",
    "reminder_hours",
];

fn guardrails_from(r: &AnyRow) -> Result<Guardrails> {
    let count = |name| col::int(r, name).map(|n| n.clamp(0, i64::from(u32::MAX)) as u32);
    Ok(Guardrails {
        hours: Guardrails::decode_hours(&col::text(r, "hours")?).ok_or(StoreError::Corrupt("working hours"))?,
        max_sessions_per_day: count("max_per_day")?,
        max_sessions_per_week: count("max_per_week")?,
        min_break_minutes: count("min_break_minutes")?,
        days_off: Guardrails::decode_days_off(&col::text(r, "days_off")?).ok_or(StoreError::Corrupt("days off"))?,
    })
}

impl Tx {
    /// The organisation's policy, or Hearth's default until an admin sets one.
    pub async fn wellbeing_policy(&mut self, organisation: &OrganisationId) -> Result<WellbeingPolicy> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .columns(POLICY_FIELDS)
                    .from("wellbeing_policies")
                    .and_where(Expr::col("organisation_id").eq(organisation.as_str()))
                    .to_owned(),
            )
            .await?;
        let Some(r) = row else {
            return Ok(WellbeingPolicy::default());
        };
        Ok(WellbeingPolicy {
            zone: Zone::parse(&col::text(&r, "time_zone")?).ok_or(StoreError::Corrupt("time zone"))?,
            guardrails: guardrails_from(&r)?,
            aftercare_due_hours: col::int(&r, "aftercare_due_hours")?.clamp(1, 10_000) as u32,
            reminder_hours: WellbeingPolicy::decode_reminders(&col::text(&r, "reminder_hours")?)
                .ok_or(StoreError::Corrupt("reminder hours"))?,
        })
    }

    pub async fn save_wellbeing_policy(&mut self, actor: &Actor, policy: &WellbeingPolicy) -> Result<()> {
        let now = self.now().millis();
        let g = &policy.guardrails;
        self.execute(
            &Query::insert()
                .into_table("wellbeing_policies")
                .columns(["organisation_id"].into_iter().chain(POLICY_FIELDS).chain(["updated_by", "updated_at"]))
                .values_panic([
                    actor.organisation_id.as_str().into(),
                    policy.zone.name().into(),
                    g.encode_hours().into(),
                    i64::from(g.max_sessions_per_day).into(),
                    i64::from(g.max_sessions_per_week).into(),
                    i64::from(g.min_break_minutes).into(),
                    g.encode_days_off().into(),
                    i64::from(policy.aftercare_due_hours).into(),
                    policy.encode_reminders().into(),
                    actor.user_id.as_str().into(),
                    now.into(),
                ])
                .on_conflict(
                    OnConflict::column("organisation_id")
                        .update_columns(POLICY_FIELDS.into_iter().chain(["updated_by", "updated_at"]))
                        .to_owned(),
                )
                .to_owned(),
        )
        .await?;
        self.audit(AuditEntry::by(
            actor,
            AuditAction::WellbeingPolicyChanged,
            AuditRecord::Organisation(&actor.organisation_id),
        ))
        .await
    }

    /// A practitioner's own limits, if they set any.
    pub async fn personal_limits(&mut self, user: &UserId) -> Result<Option<Guardrails>> {
        Ok(self.personal_limits_of(std::slice::from_ref(user)).await?.remove(user))
    }

    /// The personal limits of several people, in one query; people without
    /// their own limits are left out.
    pub async fn personal_limits_of(&mut self, users: &[UserId]) -> Result<HashMap<UserId, Guardrails>> {
        if users.is_empty() {
            return Ok(HashMap::new());
        }
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns(["user_id", "hours", "max_per_day", "max_per_week", "min_break_minutes", "days_off"])
                    .from("personal_limits")
                    .and_where(Expr::col("user_id").is_in(users.iter().map(|u| u.as_str().to_owned())))
                    .to_owned(),
            )
            .await?;
        rows.iter().map(|r| Ok((UserId::from_trusted(col::text(r, "user_id")?), guardrails_from(r)?))).collect()
    }

    /// Sets (or with `None`, clears) the actor's own limits.
    pub async fn save_personal_limits(&mut self, actor: &Actor, limits: Option<&Guardrails>) -> Result<()> {
        self.execute(
            &Query::delete()
                .from_table("personal_limits")
                .and_where(Expr::col("user_id").eq(actor.user_id.as_str()))
                .to_owned(),
        )
        .await?;
        if let Some(g) = limits {
            let now = self.now().millis();
            self.execute(
                &Query::insert()
                    .into_table("personal_limits")
                    .columns([
                        "user_id",
                        "hours",
                        "max_per_day",
                        "max_per_week",
                        "min_break_minutes",
                        "days_off",
                        "updated_at",
                    ])
                    .values_panic([
                        actor.user_id.as_str().into(),
                        g.encode_hours().into(),
                        i64::from(g.max_sessions_per_day).into(),
                        i64::from(g.max_sessions_per_week).into(),
                        i64::from(g.min_break_minutes).into(),
                        g.encode_days_off().into(),
                        now.into(),
                    ])
                    .to_owned(),
            )
            .await?;
        }
        self.audit(AuditEntry::by(actor, AuditAction::PersonalLimitsChanged, AuditRecord::Account(&actor.user_id)))
            .await
    }

    /// The policy and the guardrails that apply to one practitioner: the
    /// organisation's, tightened by their own.
    pub async fn guardrails_for(
        &mut self,
        organisation: &OrganisationId,
        user: &UserId,
    ) -> Result<(WellbeingPolicy, Guardrails)> {
        let policy = self.wellbeing_policy(organisation).await?;
        let effective = match self.personal_limits(user).await? {
            Some(mine) => policy.guardrails.with_personal(&mine),
            None => policy.guardrails.clone(),
        };
        Ok((policy, effective))
    }

    pub async fn add_on_call_shift(
        &mut self,
        actor: &Actor,
        user: &UserId,
        starts_at: Timestamp,
        ends_at: Timestamp,
    ) -> Result<OnCallShiftId> {
        let id = OnCallShiftId::generate()?;
        let now = self.now().millis();
        self.execute(
            &Query::insert()
                .into_table("on_call_shifts")
                .columns(["id", "organisation_id", "user_id", "starts_at", "ends_at", "created_by", "created_at"])
                .values_panic([
                    id.as_str().into(),
                    actor.organisation_id.as_str().into(),
                    user.as_str().into(),
                    starts_at.millis().into(),
                    ends_at.millis().into(),
                    actor.user_id.as_str().into(),
                    now.into(),
                ])
                .to_owned(),
        )
        .await?;
        self.audit(AuditEntry::by(actor, AuditAction::OnCallRotaChanged, AuditRecord::OnCallShift(&id))).await?;
        Ok(id)
    }

    /// Removes a shift of the actor's organisation; false when there is none.
    pub async fn remove_on_call_shift(&mut self, actor: &Actor, id: &OnCallShiftId) -> Result<bool> {
        let removed = self
            .execute(
                &Query::delete()
                    .from_table("on_call_shifts")
                    .and_where(Expr::col("id").eq(id.as_str()))
                    .and_where(Expr::col("organisation_id").eq(actor.organisation_id.as_str()))
                    .to_owned(),
            )
            .await?;
        if removed > 0 {
            self.audit(AuditEntry::by(actor, AuditAction::OnCallRotaChanged, AuditRecord::OnCallShift(id))).await?;
        }
        Ok(removed > 0)
    }

    /// Shifts that end after `from`, soonest first.
    pub async fn on_call_shifts(&mut self, organisation: &OrganisationId, from: Timestamp) -> Result<Vec<OnCallShift>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns([
                        ("on_call_shifts", "id"),
                        ("on_call_shifts", "user_id"),
                        ("on_call_shifts", "starts_at"),
                        ("on_call_shifts", "ends_at"),
                    ])
                    .expr_as(Expr::col(("users", "display_name")), "user_name")
                    .from("on_call_shifts")
                    .inner_join("users", Expr::col(("users", "id")).equals(("on_call_shifts", "user_id")))
                    .and_where(Expr::col(("on_call_shifts", "organisation_id")).eq(organisation.as_str()))
                    .and_where(Expr::col(("on_call_shifts", "ends_at")).gt(from.millis()))
                    .order_by(("on_call_shifts", "starts_at"), Order::Asc)
                    .limit(200)
                    .to_owned(),
            )
            .await?;
        rows.iter()
            .map(|r| {
                Ok(OnCallShift {
                    id: OnCallShiftId::from_trusted(col::text(r, "id")?),
                    user_id: UserId::from_trusted(col::text(r, "user_id")?),
                    user_name: col::text(r, "user_name")?,
                    starts_at: Timestamp(col::int(r, "starts_at")?),
                    ends_at: Timestamp(col::int(r, "ends_at")?),
                })
            })
            .collect()
    }

    /// Who is on call at a moment.
    pub async fn on_call_at(&mut self, organisation: &OrganisationId, at: Timestamp) -> Result<Vec<OnCallShift>> {
        Ok(self.on_call_shifts(organisation, at).await?.into_iter().filter(|s| s.starts_at <= at).collect())
    }
}
