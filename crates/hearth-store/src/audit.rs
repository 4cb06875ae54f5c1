//! The audit trail: written in the caller's transaction, chained with an HMAC.
//!
//! Rows go into many independent chains: one per organisation and lane
//! (`AUDIT_LANES` of them, the lane chosen from who acted), plus the same for
//! rows of no organisation. A row is chained at commit, the last thing the
//! transaction does, so a chain's head is locked only while that transaction
//! commits, and only transactions of the same organisation and lane ever
//! wait for each other. `hearth audit verify` walks every chain.

use hearth_core::access::Actor;
use hearth_core::audit::{
    AuditAction, AuditRow, ChainBreak, ChainHead, ChainVerifier, Checkpoint, GENESIS_MAC, row_mac,
};
use hearth_core::clock::Timestamp;
use hearth_core::ids::{FamilyId, InvitationId, OnCallShiftId, OrganisationId, TeamId, UserId};
use sea_query::{Expr, ExprTrait, Func, OnConflict, Order, Query};

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
    /// A peer-support group.
    CommunityGroup(&'a hearth_core::ids::GroupId),
    /// An entry of the glossary of online trends.
    GlossaryEntry(&'a hearth_core::ids::GlossaryEntryId),
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
            Self::CommunityGroup(_) => "community_group",
            Self::GlossaryEntry(_) => "glossary_entry",
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
            Self::CommunityGroup(id) => id.as_str(),
            Self::GlossaryEntry(id) => id.as_str(),
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

/// How many chains each organisation's rows are spread over. Appends to
/// different chains never wait for each other.
pub const AUDIT_LANES: u64 = 16;

/// The chain a row goes into: its organisation, and a lane from who acted
/// (or, for nobody, what was acted on), so one person's rows stay in order.
fn chain_of(entry: &AuditEntry<'_>) -> String {
    let who = entry.actor_id.map(UserId::as_str).or(entry.record.id()).unwrap_or_default();
    // FNV-1a: stable across releases and platforms, unlike std's hasher.
    let hash = who.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
    let organisation = entry.organisation_id.map(OrganisationId::as_str).unwrap_or("-");
    format!("{organisation}:{}", hash % AUDIT_LANES)
}

const TRAIL_COLUMNS: [&str; 11] = [
    "chain",
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
];

impl Tx {
    /// Records one row, to be chained when the transaction commits; a
    /// transaction that is dropped instead takes its rows with it.
    pub(crate) async fn audit(&mut self, entry: AuditEntry<'_>) -> Result<()> {
        let row = AuditRow {
            chain: chain_of(&entry),
            seq: 0,
            at: self.now(),
            organisation_id: entry.organisation_id.map(|o| o.as_str().to_owned()),
            actor_id: entry.actor_id.map(|u| u.as_str().to_owned()),
            action: entry.action.as_str().to_owned(),
            record_kind: entry.record.kind().to_owned(),
            record_id: entry.record.id().map(str::to_owned),
            reason: entry.reason.map(str::to_owned),
            prev_mac: String::new(),
            mac: String::new(),
        };
        self.pending_audit.push(row);
        Ok(())
    }

    /// Chains the rows this transaction recorded, just before it commits.
    /// Chains are taken in name order, so two transactions never wait for
    /// each other's chains in a circle.
    pub(crate) async fn chain_pending_audit(&mut self) -> Result<()> {
        /// 11 values a row: well under SQLite's 32,766 and PostgreSQL's 65,535.
        const AUDIT_ROWS_PER_INSERT: usize = 1000;
        let mut pending = std::mem::take(&mut self.pending_audit);
        if pending.is_empty() {
            return Ok(());
        }
        pending.sort_by(|a, b| a.chain.cmp(&b.chain));
        for rows in pending.chunk_by_mut(|a, b| a.chain == b.chain) {
            let chain = rows[0].chain.clone();
            let n = i64::try_from(rows.len()).unwrap_or(i64::MAX);
            self.execute(
                &Query::insert()
                    .into_table("audit_chains")
                    .columns(["chain", "seq", "mac"])
                    .values_panic([chain.clone().into(), 0i64.into(), GENESIS_MAC.into()])
                    .on_conflict(OnConflict::column("chain").do_nothing().to_owned())
                    .to_owned(),
            )
            .await?;
            let head = self
                .fetch_one(
                    &Query::update()
                        .table("audit_chains")
                        .value("seq", Expr::col("seq").add(n))
                        .and_where(Expr::col("chain").eq(chain.as_str()))
                        .returning(Query::returning().columns(["seq", "mac"]))
                        .to_owned(),
                )
                .await?;
            let mut seq = col::int(&head, "seq")? - n;
            let mut prev = col::text(&head, "mac")?;
            // In slices, so a long transaction stays within the databases'
            // limits on bound values per statement.
            for slice in rows.chunks_mut(AUDIT_ROWS_PER_INSERT) {
                let mut insert = Query::insert();
                insert.into_table("audit_trail").columns(TRAIL_COLUMNS);
                for row in slice.iter_mut() {
                    seq += 1;
                    row.seq = seq;
                    row.prev_mac = prev;
                    row.mac = row_mac(&self.shared.audit_key, row);
                    prev = row.mac.clone();
                    insert.values_panic([
                        row.chain.clone().into(),
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
                    ]);
                }
                self.execute(&insert).await?;
            }
            self.execute(
                &Query::update()
                    .table("audit_chains")
                    .value("mac", prev)
                    .and_where(Expr::col("chain").eq(chain.as_str()))
                    .to_owned(),
            )
            .await?;
        }
        Ok(())
    }
}

fn row_from(r: &sqlx::any::AnyRow) -> Result<AuditRow> {
    Ok(AuditRow {
        chain: col::text(r, "chain")?,
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
    Intact { rows: u64, chains: u64 },
    Broken { chain: String, broken: ChainBreak },
}

/// Rows read at once while verifying, so a national trail fits in memory.
const VERIFY_PAGE: u64 = 5000;

impl Store {
    /// Walks every chain in pages, in order, against the heads the trail
    /// recorded; rows in a chain without a head are reported too.
    pub async fn verify_audit_trail(&self) -> Result<Verification> {
        let key = &self.shared.audit_key;
        let heads = self
            .read_all(
                &Query::select()
                    .columns(["chain", "seq"])
                    .from("audit_chains")
                    .order_by("chain", Order::Asc)
                    .to_owned(),
            )
            .await?;
        let mut rows_seen = 0;
        for head in &heads {
            let chain = col::text(head, "chain")?;
            let mut verifier = ChainVerifier::new();
            let mut after = 0i64;
            loop {
                let page = self
                    .read_all(
                        &Query::select()
                            .columns(TRAIL_COLUMNS)
                            .from("audit_trail")
                            .and_where(Expr::col("chain").eq(chain.as_str()))
                            .and_where(Expr::col("seq").gt(after))
                            .order_by("seq", Order::Asc)
                            .limit(VERIFY_PAGE)
                            .to_owned(),
                    )
                    .await?;
                for r in &page {
                    let row = row_from(r)?;
                    after = row.seq;
                    if let Err(broken) = verifier.push(key, &row) {
                        return Ok(Verification::Broken { chain, broken });
                    }
                }
                if (page.len() as u64) < VERIFY_PAGE {
                    break;
                }
            }
            match verifier.finish(Some(col::int(head, "seq")?)) {
                Ok(n) => rows_seen += n,
                Err(broken) => return Ok(Verification::Broken { chain, broken }),
            }
        }
        let orphans = self
            .read_all(
                &Query::select()
                    .distinct()
                    .column("chain")
                    .from("audit_trail")
                    .and_where(
                        Expr::col("chain")
                            .not_in_subquery(Query::select().column("chain").from("audit_chains").to_owned()),
                    )
                    .limit(1)
                    .to_owned(),
            )
            .await?;
        if let Some(r) = orphans.first() {
            return Ok(Verification::Broken { chain: col::text(r, "chain")?, broken: ChainBreak::HeadMissing });
        }
        Ok(Verification::Intact { rows: rows_seen, chains: heads.len() as u64 })
    }
}

/// Where the trail falls short of a checkpoint.
#[derive(Debug, PartialEq, Eq)]
pub enum CheckpointBreak {
    /// The chain ends before the row the checkpoint saw: rows were cut off.
    EndsBefore { chain: String, seen: i64, at: Timestamp },
    /// The row the checkpoint saw is there but is not the same row.
    Differs { chain: String, seq: i64, at: Timestamp },
}

impl Store {
    /// The key checkpoints are signed with: derived from the audit key, so
    /// only a holder of the deployment secret can make one.
    pub fn checkpoint_key(&self) -> Vec<u8> {
        hearth_core::secrets::derive_key(&self.shared.audit_key, "hearth audit checkpoint v1")
    }

    /// How far every chain reaches now.
    pub async fn audit_checkpoint(&self) -> Result<Checkpoint> {
        let rows = self
            .read_all(
                &Query::select()
                    .columns(["chain", "seq", "mac"])
                    .from("audit_chains")
                    .order_by("chain", Order::Asc)
                    .to_owned(),
            )
            .await?;
        let heads = rows
            .iter()
            .map(|r| {
                Ok(ChainHead { chain: col::text(r, "chain")?, seq: col::int(r, "seq")?, mac: col::text(r, "mac")? })
            })
            .collect::<Result<Vec<_>>>()?;
        Ok(Checkpoint { at: self.now(), heads })
    }

    /// Checks that every chain still holds the newest row each checkpoint saw
    /// of it. With the chains themselves intact (`verify_audit_trail`), the
    /// rows before it are then exactly the ones the checkpoint witnessed.
    pub async fn verify_against_checkpoints(&self, checkpoints: &[Checkpoint]) -> Result<Option<CheckpointBreak>> {
        let mut newest: std::collections::BTreeMap<&str, (i64, &str, Timestamp)> = std::collections::BTreeMap::new();
        for c in checkpoints {
            for h in &c.heads {
                let entry = newest.entry(h.chain.as_str()).or_insert((0, "", c.at));
                if h.seq > entry.0 {
                    *entry = (h.seq, h.mac.as_str(), c.at);
                }
            }
        }
        for (chain, (seq, mac, at)) in newest.into_iter().filter(|(_, (seq, _, _))| *seq > 0) {
            let row = self
                .read_all(
                    &Query::select()
                        .column("mac")
                        .from("audit_trail")
                        .and_where(Expr::col("chain").eq(chain))
                        .and_where(Expr::col("seq").eq(seq))
                        .to_owned(),
                )
                .await?;
            match row.first() {
                None => return Ok(Some(CheckpointBreak::EndsBefore { chain: chain.to_owned(), seen: seq, at })),
                Some(r) if col::text(r, "mac")? != mac => {
                    return Ok(Some(CheckpointBreak::Differs { chain: chain.to_owned(), seq, at }));
                }
                Some(_) => {}
            }
        }
        Ok(None)
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

/// What a reader narrows a record's access log to.
#[derive(Debug, Clone, Default)]
pub struct AccessLogFilter {
    pub actor: Option<UserId>,
    pub action: Option<String>,
    /// From this instant (inclusive) to that one (exclusive).
    pub from: Option<Timestamp>,
    pub until: Option<Timestamp>,
}

/// One page of a record's access log, and what its filters can offer: the
/// people and the kinds of action found in the whole log.
#[derive(Debug, Clone)]
pub struct AccessLog {
    pub events: crate::Paged<AccessEvent>,
    pub people: Vec<(UserId, String)>,
    pub actions: Vec<String>,
}

impl Tx {
    /// Everyone who read or changed a family file, newest first, one page
    /// at a time and narrowed by `filter`; the reading of it is recorded.
    pub async fn family_access_log(
        &mut self,
        reader: &Actor,
        family: &FamilyId,
        filter: &AccessLogFilter,
        page: crate::PageRequest,
    ) -> Result<AccessLog> {
        self.audit(AuditEntry::by(reader, AuditAction::AccessLogViewed, AuditRecord::Family(family))).await?;
        let org = reader.organisation_id.as_str();
        let narrowed = |query: &mut sea_query::SelectStatement| {
            of_record_as_log(query, org, "family", family.as_str());
            if let Some(actor) = &filter.actor {
                query.and_where(Expr::col(("log", "actor_id")).eq(actor.as_str()));
            }
            if let Some(action) = &filter.action {
                query.and_where(Expr::col(("log", "action")).eq(action.as_str()));
            }
            if let Some(from) = filter.from {
                query.and_where(Expr::col(("log", "at")).gte(from.millis()));
            }
            if let Some(until) = filter.until {
                query.and_where(Expr::col(("log", "at")).lt(until.millis()));
            }
        };
        let mut count = Query::select();
        count.expr_as(Expr::col(("log", "seq")).count(), "n").from_as("audit_trail", "log");
        narrowed(&mut count);
        let total = u64::try_from(col::int(&self.fetch_one(&count).await?, "n")?).unwrap_or(0);
        let mut rows = access_log_query();
        narrowed(&mut rows);
        rows.limit(page.size()).offset(page.offset());
        let events = self.access_events(&rows).await?;
        let mut people_query = Query::select();
        people_query
            .distinct()
            .column(("users", "id"))
            .column(("users", "display_name"))
            .from_as("audit_trail", "log")
            .inner_join("users", Expr::col(("users", "id")).equals(("log", "actor_id")))
            .order_by(("users", "display_name"), Order::Asc);
        of_record_as_log(&mut people_query, org, "family", family.as_str());
        let people = self
            .fetch_all(&people_query)
            .await?
            .iter()
            .map(|r| Ok((UserId::from_trusted(col::text(r, "id")?), col::text(r, "display_name")?)))
            .collect::<Result<Vec<_>>>()?;
        let mut actions_query = Query::select();
        actions_query
            .distinct()
            .column(("log", "action"))
            .from_as("audit_trail", "log")
            .order_by(("log", "action"), Order::Asc);
        of_record_as_log(&mut actions_query, org, "family", family.as_str());
        let actions =
            self.fetch_all(&actions_query).await?.iter().map(|r| col::text(r, "action")).collect::<Result<Vec<_>>>()?;
        Ok(AccessLog { events: crate::Paged { items: events, total, page }, people, actions })
    }

    /// The access log of any record, for suites that check what was recorded.
    #[cfg(feature = "testing")]
    pub async fn record_access_log(&mut self, organisation_id: &str, kind: &str, id: &str) -> Result<Vec<AccessEvent>> {
        let mut rows = access_log_query();
        of_record_as_log(&mut rows, organisation_id, kind, id);
        rows.limit(500);
        self.access_events(&rows).await
    }

    async fn access_events(&mut self, query: &sea_query::SelectStatement) -> Result<Vec<AccessEvent>> {
        let rows = self.fetch_all(query).await?;
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

/// Everyone who read or changed a record, newest first: the trail (as
/// `log`) with who each actor is and, for break-glass, the grant's reason.
fn access_log_query() -> sea_query::SelectStatement {
    Query::select()
        .columns([("log", "at"), ("log", "action")])
        // A break-glass row names its grant, which holds the reason.
        .expr_as(Func::coalesce([Expr::col(("break_glass_grants", "reason")), Expr::col(("log", "reason"))]), "reason")
        .expr_as(Expr::col(("users", "display_name")), "actor_name")
        .expr_as(Expr::col(("users", "role")), "actor_role")
        .from_as("audit_trail", "log")
        .left_join("users", Expr::col(("users", "id")).equals(("log", "actor_id")))
        .left_join(
            "break_glass_grants",
            Expr::col(("break_glass_grants", "id"))
                .equals(("log", "reason"))
                .and(Expr::col(("log", "action")).eq(AuditAction::BreakGlassOpened.as_str())),
        )
        .order_by(("log", "at"), Order::Desc)
        .order_by(("log", "seq"), Order::Desc)
        .to_owned()
}

fn of_record_as_log(query: &mut sea_query::SelectStatement, organisation_id: &str, kind: &str, id: &str) {
    query
        .and_where(Expr::col(("log", "organisation_id")).eq(organisation_id))
        .and_where(Expr::col(("log", "record_kind")).eq(kind))
        .and_where(Expr::col(("log", "record_id")).eq(id));
}
