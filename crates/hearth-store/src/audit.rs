//! The audit trail: appended in the caller's transaction, chained with an HMAC.

use hearth_core::access::Actor;
use hearth_core::audit::{AuditAction, AuditRow, ChainBreak, row_mac, verify_chain};
use hearth_core::clock::Timestamp;
use sea_query::{Expr, ExprTrait, Order, Query};

use crate::{Result, Store, Tx, col};

/// What the caller says happened; the trail adds time, sequence and MACs.
#[derive(Debug, Clone)]
pub struct AuditEntry<'a> {
    pub organisation_id: Option<&'a str>,
    pub actor_id: Option<&'a str>,
    pub action: AuditAction,
    pub record_kind: &'static str,
    pub record_id: Option<&'a str>,
    pub reason: Option<&'a str>,
}

impl<'a> AuditEntry<'a> {
    /// An entry for something a signed-in person did to a record.
    pub fn by(actor: &'a Actor, action: AuditAction, record_kind: &'static str, record_id: &'a str) -> Self {
        Self {
            organisation_id: Some(actor.organisation_id.as_str()),
            actor_id: Some(actor.user_id.as_str()),
            action,
            record_kind,
            record_id: Some(record_id),
            reason: None,
        }
    }

    pub fn because(mut self, reason: &'a str) -> Self {
        self.reason = Some(reason);
        self
    }
}

impl Tx {
    /// Appends one row. The head row is bumped first, which takes its lock on
    /// PostgreSQL and so serialises appends across processes.
    pub async fn audit(&mut self, entry: AuditEntry<'_>) -> Result<()> {
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
            organisation_id: entry.organisation_id.map(str::to_owned),
            actor_id: entry.actor_id.map(str::to_owned),
            action: entry.action.as_str().to_owned(),
            record_kind: entry.record_kind.to_owned(),
            record_id: entry.record_id.map(str::to_owned),
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
    /// Everyone who read or changed one record, newest first, within one organisation.
    pub async fn record_access_log(
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
