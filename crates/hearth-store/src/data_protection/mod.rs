//! Data protection over the life of a family file: the retention policy,
//! legal holds, the files due for erasure, erasure itself (and again after a
//! restore), subject-access exports and members' requests. What each table
//! holds and what happens to it is declared once in [`personal_data`].

mod erasure;
pub mod personal_data;
mod requests;
mod subject_access;

pub use erasure::{ErasureLog, ErasureLogLine, NotErasable};
pub use requests::DataRequest;
pub use subject_access::{
    Disposition, FieldValue, MemberHit, SubjectAccess, SubjectAccessItem, SubjectAccessReading, SubjectAccessSummary,
};

use hearth_core::access::Actor;
use hearth_core::audit::AuditAction;
use hearth_core::clock::Timestamp;
use hearth_core::data_protection::{RetentionKind, RetentionPolicy};
use hearth_core::ids::{FamilyId, OrganisationId, UserId};
use hearth_core::wellbeing::LocalDate;
use hearth_core::zone::Zone;
use sea_query::{Cond, Expr, ExprTrait, OnConflict, Order, Query, SelectStatement};

use self::personal_data::{PersonalTable, Reach, personal_table};
use crate::audit::AuditRecord;
use crate::notifications::NotificationKind;
use crate::{AuditEntry, Result, Tx, col, sealed};

/// A closed family file and where it stands against the retention policy.
#[derive(Debug, Clone)]
pub struct RetainedFile {
    pub family_id: FamilyId,
    pub family_name: String,
    pub kind: RetentionKind,
    pub closed_at: Timestamp,
    pub erasable_from: LocalDate,
    /// Why it is kept past retention, when a legal hold stands.
    pub hold: Option<LegalHold>,
}

#[derive(Debug, Clone)]
pub struct LegalHold {
    pub reason: String,
    pub set_by_name: String,
    pub set_at: Timestamp,
}

/// Families whose rows the reach of a declared table finds, for the family `family`.
pub(crate) fn reach_condition(table: &PersonalTable, family: &str) -> Cond {
    let mut any = Cond::any();
    for reach in table.reach {
        match *reach {
            Reach::Family(column) => any = any.add(Expr::col((table.table, column)).eq(family)),
            Reach::Parent { column, parent, parent_key } => {
                if let Some(parent) = personal_table(parent) {
                    any = any.add(
                        Expr::col((table.table, column)).in_subquery(
                            Query::select()
                                .column((parent.table, parent_key))
                                .from(parent.table)
                                .cond_where(reach_condition(parent, family))
                                .to_owned(),
                        ),
                    );
                }
            }
            Reach::MemberAccount(column) => {
                any = any.add(Expr::col((table.table, column)).in_subquery(member_accounts(family)));
            }
        }
    }
    any
}

/// The user ids of a family's members' portal accounts.
fn member_accounts(family: &str) -> SelectStatement {
    Query::select()
        .column(("family_members", "account_user_id"))
        .from("family_members")
        .and_where(Expr::col(("family_members", "family_id")).eq(family))
        .and_where(Expr::col(("family_members", "account_user_id")).is_not_null())
        .to_owned()
}

/// Retention counts from the last time a file was closed; a file closed
/// from referral was a referral declined.
const CLOSED: &str = "%>closed";

impl Tx {
    /// The organisation's retention policy (the defaults until one is set).
    pub async fn retention_policy(&mut self, organisation: &OrganisationId) -> Result<RetentionPolicy> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .columns([
                        "closed_file_months",
                        "declined_referral_months",
                        "portal_access_months",
                        "keep_statistics",
                        "request_days",
                    ])
                    .from("retention_policies")
                    .and_where(Expr::col("organisation_id").eq(organisation.as_str()))
                    .to_owned(),
            )
            .await?;
        let Some(r) = row else { return Ok(RetentionPolicy::default()) };
        let months = |name| col::int(&r, name).map(|n| u32::try_from(n).unwrap_or(0));
        Ok(RetentionPolicy {
            closed_file_months: months("closed_file_months")?,
            declined_referral_months: months("declined_referral_months")?,
            portal_access_months: months("portal_access_months")?,
            keep_statistics: col::int(&r, "keep_statistics")? != 0,
            request_days: months("request_days")?,
        })
    }

    pub async fn set_retention_policy(&mut self, actor: &Actor, policy: &RetentionPolicy) -> Result<()> {
        let now = self.now().millis();
        self.execute(
            &Query::insert()
                .into_table("retention_policies")
                .columns([
                    "organisation_id",
                    "closed_file_months",
                    "declined_referral_months",
                    "portal_access_months",
                    "keep_statistics",
                    "request_days",
                    "updated_by",
                    "updated_at",
                ])
                .values_panic([
                    actor.organisation_id.as_str().into(),
                    i64::from(policy.closed_file_months).into(),
                    i64::from(policy.declined_referral_months).into(),
                    i64::from(policy.portal_access_months).into(),
                    i64::from(policy.keep_statistics).into(),
                    i64::from(policy.request_days).into(),
                    actor.user_id.as_str().into(),
                    now.into(),
                ])
                .on_conflict(
                    OnConflict::column("organisation_id")
                        .update_columns([
                            "closed_file_months",
                            "declined_referral_months",
                            "portal_access_months",
                            "keep_statistics",
                            "request_days",
                            "updated_by",
                            "updated_at",
                        ])
                        .to_owned(),
                )
                .to_owned(),
        )
        .await?;
        self.audit(AuditEntry::by(
            actor,
            AuditAction::RetentionPolicyChanged,
            AuditRecord::Organisation(&actor.organisation_id),
        ))
        .await
    }

    /// Every closed, unerased file of the organisation with its closure and
    /// the day it may be erased from, soonest first; `due_by` keeps only
    /// those erasable by then. Reading the list (it names families) is audited.
    pub async fn retained_files(
        &mut self,
        actor: &Actor,
        zone: &Zone,
        due_by: Option<LocalDate>,
    ) -> Result<Vec<RetainedFile>> {
        self.audit(AuditEntry::by(
            actor,
            AuditAction::RetentionListed,
            AuditRecord::Organisation(&actor.organisation_id),
        ))
        .await?;
        let policy = self.retention_policy(&actor.organisation_id).await?;
        let mut files = self.closed_files(&actor.organisation_id, &policy, zone).await?;
        if let Some(day) = due_by {
            files.retain(|f| f.erasable_from <= day);
        }
        let holds = self.legal_holds(&actor.organisation_id).await?;
        for file in &mut files {
            file.hold = holds.iter().find(|(f, _)| f == &file.family_id).map(|(_, h)| h.clone());
        }
        Ok(files)
    }

    async fn closed_files(
        &mut self,
        organisation: &OrganisationId,
        policy: &RetentionPolicy,
        zone: &Zone,
    ) -> Result<Vec<RetainedFile>> {
        // Every closure of every closed file, in one read; the last one counts.
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns([("families", "id"), ("families", "name")])
                    .columns([("family_events", "at"), ("family_events", "detail")])
                    .from("families")
                    .inner_join("family_events", Expr::col(("family_events", "family_id")).equals(("families", "id")))
                    .and_where(Expr::col(("families", "organisation_id")).eq(organisation.as_str()))
                    .and_where(Expr::col(("families", "status")).eq("closed"))
                    .and_where(Expr::col(("families", "erased_at")).is_null())
                    .and_where(Expr::col(("family_events", "kind")).eq("status_changed"))
                    .and_where(Expr::col(("family_events", "detail")).like(CLOSED))
                    .order_by(("family_events", "at"), Order::Asc)
                    .to_owned(),
            )
            .await?;
        let mut last: std::collections::HashMap<String, (String, Timestamp, String)> = Default::default();
        for r in &rows {
            last.insert(
                col::text(r, "id")?,
                (col::text(r, "name")?, Timestamp(col::int(r, "at")?), col::opt_text(r, "detail")?.unwrap_or_default()),
            );
        }
        let mut files: Vec<RetainedFile> = last
            .into_iter()
            .map(|(id, (name, closed_at, detail))| {
                // Declined: the last closure was straight from referral.
                let kind = if detail.starts_with("referral>") {
                    RetentionKind::DeclinedReferral
                } else {
                    RetentionKind::ClosedFile
                };
                RetainedFile {
                    family_id: FamilyId::from_trusted(id),
                    family_name: name,
                    kind,
                    closed_at,
                    erasable_from: policy.erasable_from(kind, zone.local(closed_at).date),
                    hold: None,
                }
            })
            .collect();
        files.sort_by(|a, b| a.erasable_from.cmp(&b.erasable_from).then(a.family_name.cmp(&b.family_name)));
        Ok(files)
    }

    async fn legal_holds(&mut self, organisation: &OrganisationId) -> Result<Vec<(FamilyId, LegalHold)>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns([("legal_holds", "family_id"), ("legal_holds", "reason"), ("legal_holds", "set_at")])
                    .expr_as(Expr::col(("users", "display_name")), "set_by_name")
                    .from("legal_holds")
                    .left_join("users", Expr::col(("users", "id")).equals(("legal_holds", "set_by")))
                    .and_where(Expr::col(("legal_holds", "organisation_id")).eq(organisation.as_str()))
                    .order_by(("legal_holds", "set_at"), Order::Asc)
                    .to_owned(),
            )
            .await?;
        rows.iter()
            .map(|r| {
                let family = col::text(r, "family_id")?;
                let reason = self.open(&sealed::LEGAL_HOLD_REASON, &[&family], &col::text(r, "reason")?)?;
                Ok((
                    FamilyId::from_trusted(family),
                    LegalHold {
                        reason,
                        set_by_name: col::opt_text(r, "set_by_name")?.unwrap_or_default(),
                        set_at: Timestamp(col::int(r, "set_at")?),
                    },
                ))
            })
            .collect()
    }

    /// Every family under a legal hold, by name.
    pub async fn held_files(&mut self, actor: &Actor) -> Result<Vec<(FamilyId, String, LegalHold)>> {
        let holds = self.legal_holds(&actor.organisation_id).await?;
        let mut out = Vec::with_capacity(holds.len());
        for (family, hold) in holds {
            if let Some(f) = self.family(&family).await? {
                out.push((family, f.name, hold));
            }
        }
        Ok(out)
    }

    /// Suspends retention for a family file: it is never erased while held.
    /// False when the organisation has no such file.
    pub async fn set_legal_hold(&mut self, actor: &Actor, family: &FamilyId, reason: &str) -> Result<bool> {
        let found = self.family(family).await?;
        if found.is_none_or(|f| f.organisation_id != actor.organisation_id) {
            return Ok(false);
        }
        let sealed = self.seal(&sealed::LEGAL_HOLD_REASON, &[family.as_str()], reason)?;
        self.execute(
            &Query::insert()
                .into_table("legal_holds")
                .columns(["family_id", "organisation_id", "reason", "set_by", "set_at"])
                .values_panic([
                    family.as_str().into(),
                    actor.organisation_id.as_str().into(),
                    sealed.into(),
                    actor.user_id.as_str().into(),
                    self.now().millis().into(),
                ])
                .on_conflict(OnConflict::column("family_id").update_columns(["reason", "set_by", "set_at"]).to_owned())
                .to_owned(),
        )
        .await?;
        self.audit(AuditEntry::by(actor, AuditAction::LegalHoldSet, AuditRecord::Family(family))).await?;
        Ok(true)
    }

    pub async fn lift_legal_hold(&mut self, actor: &Actor, family: &FamilyId) -> Result<bool> {
        let lifted = self
            .execute(
                &Query::delete()
                    .from_table("legal_holds")
                    .and_where(Expr::col("family_id").eq(family.as_str()))
                    .and_where(Expr::col("organisation_id").eq(actor.organisation_id.as_str()))
                    .to_owned(),
            )
            .await?
            > 0;
        if lifted {
            self.audit(AuditEntry::by(actor, AuditAction::LegalHoldLifted, AuditRecord::Family(family))).await?;
        }
        Ok(lifted)
    }

    pub(crate) async fn is_held(&mut self, family: &FamilyId) -> Result<bool> {
        Ok(self
            .fetch_optional(
                &Query::select()
                    .column("family_id")
                    .from("legal_holds")
                    .and_where(Expr::col("family_id").eq(family.as_str()))
                    .to_owned(),
            )
            .await?
            .is_some())
    }

    /// Tells the organisation's admins, once per file, that files reached the
    /// end of retention and wait for them. Run by due work; returns how many
    /// notices were made.
    pub async fn notify_erasures_due(&mut self, organisation: &OrganisationId, zone: &Zone) -> Result<usize> {
        let policy = self.retention_policy(organisation).await?;
        let today = zone.local(self.now()).date;
        let mut due = self.closed_files(organisation, &policy, zone).await?;
        due.retain(|f| f.erasable_from <= today);
        if due.is_empty() {
            return Ok(0);
        }
        let admins = self
            .fetch_all(
                &Query::select()
                    .column("id")
                    .from("users")
                    .and_where(Expr::col("organisation_id").eq(organisation.as_str()))
                    .and_where(Expr::col("role").eq(hearth_core::accounts::Role::OrganisationAdmin.as_str()))
                    .and_where(Expr::col("disabled_at").is_null())
                    .to_owned(),
            )
            .await?
            .iter()
            .map(|r| Ok(UserId::from_trusted(col::text(r, "id")?)))
            .collect::<Result<Vec<_>>>()?;
        let mut made = 0;
        for file in &due {
            if self.is_held(&file.family_id).await? {
                continue;
            }
            for admin in &admins {
                if !self.has_notification(admin, NotificationKind::ErasureDue, &file.family_id).await? {
                    self.notify(organisation, admin, NotificationKind::ErasureDue, Some(&file.family_id), None).await?;
                    made += 1;
                }
            }
        }
        Ok(made)
    }

    /// Whether `user` was ever told this about this family.
    async fn has_notification(&mut self, user: &UserId, kind: NotificationKind, family: &FamilyId) -> Result<bool> {
        Ok(self
            .fetch_optional(
                &Query::select()
                    .column("id")
                    .from("notifications")
                    .and_where(Expr::col("user_id").eq(user.as_str()))
                    .and_where(Expr::col("kind").eq(kind.as_str()))
                    .and_where(Expr::col("family_id").eq(family.as_str()))
                    .to_owned(),
            )
            .await?
            .is_some())
    }

    /// The organisations with closed files, for due work.
    pub async fn organisations_with_closed_files(&mut self) -> Result<Vec<OrganisationId>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .distinct()
                    .column("organisation_id")
                    .from("families")
                    .and_where(Expr::col("status").eq("closed"))
                    .and_where(Expr::col("erased_at").is_null())
                    .to_owned(),
            )
            .await?;
        rows.iter().map(|r| Ok(OrganisationId::from_trusted(col::text(r, "organisation_id")?))).collect()
    }

    /// Sign-in records of family members' portal accounts not used since
    /// `before`: how many there are.
    pub async fn portal_access_records_before(
        &mut self,
        organisation: &OrganisationId,
        before: Timestamp,
    ) -> Result<u64> {
        let row = self
            .fetch_one(
                &Query::select()
                    .expr_as(Expr::col(("sessions", "id")).count(), "n")
                    .from("sessions")
                    .cond_where(old_portal_sessions(organisation, before))
                    .to_owned(),
            )
            .await?;
        Ok(u64::try_from(col::int(&row, "n")?).unwrap_or(0))
    }

    /// Deletes them, once an admin confirms.
    pub async fn erase_portal_access_records(&mut self, actor: &Actor, before: Timestamp) -> Result<u64> {
        let n = self
            .execute(
                &Query::delete()
                    .from_table("sessions")
                    .cond_where(old_portal_sessions(&actor.organisation_id, before))
                    .to_owned(),
            )
            .await?;
        let count = n.to_string();
        self.audit(
            AuditEntry::by(
                actor,
                AuditAction::PortalAccessRecordsErased,
                AuditRecord::Organisation(&actor.organisation_id),
            )
            .because(&count),
        )
        .await?;
        Ok(n)
    }
}

fn old_portal_sessions(organisation: &OrganisationId, before: Timestamp) -> Cond {
    Cond::all().add(Expr::col(("sessions", "last_seen_at")).lt(before.millis())).add(
        Expr::col(("sessions", "user_id")).in_subquery(
            Query::select()
                .column(("users", "id"))
                .from("users")
                .and_where(Expr::col(("users", "organisation_id")).eq(organisation.as_str()))
                .and_where(Expr::col(("users", "role")).eq(hearth_core::accounts::Role::FamilyMember.as_str()))
                .to_owned(),
        ),
    )
}

/// Every table of the database with its columns, for the suite that holds
/// the declaration of personal data to the schema.
#[cfg(feature = "testing")]
impl crate::Store {
    pub async fn tables_and_columns(&self) -> Result<std::collections::BTreeMap<String, Vec<String>>> {
        let sql = match self.backend() {
            crate::Backend::Sqlite => {
                "SELECT m.name AS t, p.name AS c FROM sqlite_master m, pragma_table_info(m.name) p \
                 WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'"
            }
            crate::Backend::Postgres => {
                "SELECT table_name::text AS t, column_name::text AS c FROM information_schema.columns \
                 WHERE table_schema = 'public'"
            }
        };
        let rows = sqlx::query(sql).fetch_all(&self.pool).await?;
        let mut out: std::collections::BTreeMap<String, Vec<String>> = Default::default();
        for r in &rows {
            out.entry(col::text(r, "t")?).or_default().push(col::text(r, "c")?);
        }
        Ok(out)
    }
}

/// What the register of processing activities is written from, besides
/// the declaration of personal data.
#[derive(Debug, Clone)]
pub struct RegisterFacts {
    pub organisation: String,
    pub policy: RetentionPolicy,
    /// Partner agencies information may be shared with: name and kind.
    pub partners: Vec<(String, hearth_core::sharing::PartnerKind)>,
}

impl Tx {
    pub async fn processing_register(&mut self, actor: &Actor) -> Result<RegisterFacts> {
        self.audit(AuditEntry::by(
            actor,
            AuditAction::ProcessingRegisterViewed,
            AuditRecord::Organisation(&actor.organisation_id),
        ))
        .await?;
        let organisation = self.organisation_name(&actor.organisation_id).await?.unwrap_or_default();
        let policy = self.retention_policy(&actor.organisation_id).await?;
        let partners = self
            .partners(&actor.organisation_id)
            .await?
            .into_iter()
            .map(|p| (p.details.name, p.details.kind))
            .collect();
        Ok(RegisterFacts { organisation, policy, partners })
    }
}
