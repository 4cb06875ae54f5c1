//! The audit trail: appended in the caller's transaction, chained with an HMAC.

use hearth_core::access::Actor;
use hearth_core::audit::{AuditAction, AuditRow, ChainBreak, row_mac, verify_chain};
use hearth_core::clock::Timestamp;
use hearth_core::ids::{FamilyId, InvitationId, OnCallShiftId, OrganisationId, TeamId, UserId};
use sea_query::{Expr, ExprTrait, Order, Query};

use crate::{Result, Store, Tx, col};

/// The record an audit row is about, typed so its kind and id agree.
#[derive(Debug, Clone, Copy)]
pub enum AuditRecord<'a> {
    Account(&'a UserId),
    /// A sign-in attempt for an address that matches no account.
    UnknownAccount,
    Family(&'a FamilyId),
    Organisation(&'a OrganisationId),
    Invitation(&'a InvitationId),
    /// An organisation's list of invitations.
    Invitations(&'a OrganisationId),
    /// A person's caseload.
    Caseload(&'a UserId),
    Team(&'a TeamId),
    OnCallShift(&'a OnCallShiftId),
    /// The key notes are sealed with, by its id.
    Keyring(&'a str),
}

impl AuditRecord<'_> {
    /// The kind as stored; "who accessed this record" queries by it.
    pub fn kind(&self) -> &'static str {
        match self {
            Self::Account(_) | Self::UnknownAccount => "account",
            Self::Family(_) => "family",
            Self::Organisation(_) => "organisation",
            Self::Invitation(_) => "invitation",
            Self::Invitations(_) => "invitations",
            Self::Caseload(_) => "caseload",
            Self::Team(_) => "team",
            Self::OnCallShift(_) => "on_call_shift",
            Self::Keyring(_) => "keyring",
        }
    }

    pub fn id(&self) -> Option<&str> {
        Some(match self {
            Self::Account(id) | Self::Caseload(id) => id.as_str(),
            Self::UnknownAccount => return None,
            Self::Family(id) => id.as_str(),
            Self::Organisation(id) | Self::Invitations(id) => id.as_str(),
            Self::Invitation(id) => id.as_str(),
            Self::Team(id) => id.as_str(),
            Self::OnCallShift(id) => id.as_str(),
            Self::Keyring(id) => id,
        })
    }
}

/// What happened, by whom, to which record. Only store methods append it,
/// in the transaction of the read or change it records.
#[derive(Debug, Clone)]
pub struct AuditEntry<'a> {
    organisation_id: Option<&'a OrganisationId>,
    actor_id: Option<&'a UserId>,
    action: AuditAction,
    record: AuditRecord<'a>,
    reason: Option<&'a str>,
}

impl<'a> AuditEntry<'a> {
    /// Something a signed-in person did.
    pub fn by(actor: &'a Actor, action: AuditAction, record: AuditRecord<'a>) -> Self {
        Self::by_account(&actor.organisation_id, &actor.user_id, action, record)
    }

    /// Something an account holder did before the sign-in completed (a
    /// password, an invitation accepted, a second factor).
    pub fn by_account(
        organisation: &'a OrganisationId,
        user: &'a UserId,
        action: AuditAction,
        record: AuditRecord<'a>,
    ) -> Self {
        Self { organisation_id: Some(organisation), actor_id: Some(user), action, record, reason: None }
    }

    /// Something done by nobody who is signed in: the command line, a failed
    /// sign-in, a translator's one-time link, due work.
    pub fn anonymous(organisation: Option<&'a OrganisationId>, action: AuditAction, record: AuditRecord<'a>) -> Self {
        Self { organisation_id: organisation, actor_id: None, action, record, reason: None }
    }

    pub fn because(mut self, reason: &'a str) -> Self {
        self.reason = Some(reason);
        self
    }
}

impl Tx {
    /// Appends one row. The head row is bumped first, which takes its lock on
    /// PostgreSQL and so serialises appends across processes.
    pub(crate) async fn audit(&mut self, entry: AuditEntry<'_>) -> Result<()> {
        let head = self
            .fetch_one(
                &Query::update()
                    .table("audit_head")
                    .value("seq", Expr::col("seq").add(1))
                    .and_where(Expr::col("id").eq(1))
                    .returning(Query::returning().columns(["seq", "mac"]))
                    .to_owned(),
            )
            .await?;
        let seq = col::int(&head, "seq")?;
        let prev_mac = col::text(&head, "mac")?;
        let mut row = AuditRow {
            seq,
            at: self.now(),
            organisation_id: entry.organisation_id.map(|o| o.as_str().to_owned()),
            actor_id: entry.actor_id.map(|u| u.as_str().to_owned()),
            action: entry.action.as_str().to_owned(),
            record_kind: entry.record.kind().to_owned(),
            record_id: entry.record.id().map(str::to_owned),
            reason: entry.reason.map(str::to_owned),
            prev_mac,
            mac: String::new(),
        };
        row.mac = row_mac(&self.shared.audit_key, &row);
        self.execute(
            &Query::insert()
                .into_table("audit_log")
                .columns([
                    "seq",
                    "at",
                    "organisation_id",
                    "actor_id",
                    "action",
                    "record_kind",
                    "record_id",
                    "reason",
                    "prev_mac",
                    "mac",
                ])
                .values_panic([
                    row.seq.into(),
                    row.at.millis().into(),
                    row.organisation_id.clone().into(),
                    row.actor_id.clone().into(),
                    row.action.clone().into(),
                    row.record_kind.clone().into(),
                    row.record_id.clone().into(),
                    row.reason.clone().into(),
                    row.prev_mac.clone().into(),
                    row.mac.clone().into(),
                ])
                .to_owned(),
        )
        .await?;
        self.execute(
            &Query::update().table("audit_head").value("mac", row.mac).and_where(Expr::col("id").eq(1)).to_owned(),
        )
        .await?;
        Ok(())
    }
}

fn row_from(r: &sqlx::any::AnyRow) -> Result<AuditRow> {
    Ok(AuditRow {
        seq: col::int(r, "seq")?,
        at: Timestamp(col::int(r, "at")?),
        organisation_id: col::opt_text(r, "organisation_id")?,
        actor_id: col::opt_text(r, "actor_id")?,
        action: col::text(r, "action")?,
        record_kind: col::text(r, "record_kind")?,
        record_id: col::opt_text(r, "record_id")?,
        reason: col::opt_text(r, "reason")?,
        prev_mac: col::text(r, "prev_mac")?,
        mac: col::text(r, "mac")?,
    })
}

const ALL_COLUMNS: [&str; 10] =
    ["seq", "at", "organisation_id", "actor_id", "action", "record_kind", "record_id", "reason", "prev_mac", "mac"];

/// Appends audit rows for suites that test the trail itself (`audit verify`
/// against tampering); not part of a release build.
#[cfg(feature = "testing")]
impl Tx {
    pub async fn append_audit_for_test(&mut self, entry: AuditEntry<'_>) -> Result<()> {
        self.audit(entry).await
    }
}

/// The outcome of `hearth audit verify`.
#[derive(Debug, PartialEq, Eq)]
pub enum Verification {
    Intact { rows: u64 },
    Broken(ChainBreak),
}

impl Store {
    /// Walks the whole trail in pages, in sequence order.
    pub async fn verify_audit_trail(&self) -> Result<Verification> {
        let mut tx = self.begin().await?;
        let head = tx
            .fetch_one(&Query::select().column("seq").from("audit_head").and_where(Expr::col("id").eq(1)).to_owned())
            .await?;
        let head_seq = col::int(&head, "seq")?;
        let rows = tx
            .fetch_all(&Query::select().columns(ALL_COLUMNS).from("audit_log").order_by("seq", Order::Asc).to_owned())
            .await?;
        tx.commit().await?;
        let rows = rows.iter().map(row_from).collect::<Result<Vec<_>>>()?;
        Ok(match verify_chain(&self.shared.audit_key, &rows, Some(head_seq)) {
            Ok(rows) => Verification::Intact { rows },
            Err(b) => Verification::Broken(b),
        })
    }
}

/// One line of "who accessed this record".
#[derive(Debug, Clone)]
pub struct AccessEvent {
    pub at: Timestamp,
    pub actor_name: Option<String>,
    pub actor_role: Option<String>,
    pub action: String,
    pub reason: Option<String>,
}

impl Tx {
    /// Everyone who read or changed a family file, newest first; the
    /// reading of this list is itself recorded.
    pub async fn family_access_log(&mut self, reader: &Actor, family: &FamilyId) -> Result<Vec<AccessEvent>> {
        self.audit(AuditEntry::by(reader, AuditAction::AccessLogViewed, AuditRecord::Family(family))).await?;
        self.access_log_rows(reader.organisation_id.as_str(), "family", family.as_str()).await
    }

    /// The access log of any record, for suites that check what was recorded.
    #[cfg(feature = "testing")]
    pub async fn record_access_log(&mut self, organisation_id: &str, kind: &str, id: &str) -> Result<Vec<AccessEvent>> {
        self.access_log_rows(organisation_id, kind, id).await
    }

    /// Everyone who read or changed one record, newest first, within one organisation.
    async fn access_log_rows(
        &mut self,
        organisation_id: &str,
        record_kind: &str,
        record_id: &str,
    ) -> Result<Vec<AccessEvent>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns([
                        ("audit_log", "at"),
                        ("audit_log", "action"),
                        ("audit_log", "reason"),
                        ("audit_log", "seq"),
                    ])
                    .expr_as(Expr::col(("users", "display_name")), "actor_name")
                    .expr_as(Expr::col(("users", "role")), "actor_role")
                    .from("audit_log")
                    .left_join("users", Expr::col(("users", "id")).equals(("audit_log", "actor_id")))
                    .and_where(Expr::col(("audit_log", "organisation_id")).eq(organisation_id))
                    .and_where(Expr::col(("audit_log", "record_kind")).eq(record_kind))
                    .and_where(Expr::col(("audit_log", "record_id")).eq(record_id))
                    .order_by(("audit_log", "seq"), Order::Desc)
                    .limit(500)
                    .to_owned(),
            )
            .await?;
        rows.iter()
            .map(|r| {
                Ok(AccessEvent {
                    at: Timestamp(col::int(r, "at")?),
                    actor_name: col::opt_text(r, "actor_name")?,
                    actor_role: col::opt_text(r, "actor_role")?,
                    action: col::text(r, "action")?,
                    reason: col::opt_text(r, "reason")?,
                })
            })
            .collect()
    }
}
