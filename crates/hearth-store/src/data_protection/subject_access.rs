//! Subject access: everything Hearth holds about one family member, read
//! table by table from the declaration of personal data. Rows about the
//! member alone are given; rows also about others, written by another
//! member, from a partner agency, or about the family as a whole are
//! withheld with the reason, until an admin releases them one by one with a
//! recorded reason. Who in the organisation read the family's data comes
//! from the audit trail.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use hearth_core::access::Actor;
use hearth_core::audit::AuditAction;
use hearth_core::clock::Timestamp;
use hearth_core::data_protection::WithheldBecause;
use hearth_core::ids::{FamilyId, MemberId, SubjectAccessId};
use hearth_core::wellbeing::LocalDate;
use sea_query::{Asterisk, Cond, Expr, ExprTrait, Func, Order, Query};
use sqlx::{Column, Row};

use super::personal_data::{About, CREDENTIALS, PERSONAL_TABLES, PersonalTable, Reach};
use super::reach_condition;
use crate::audit::AuditRecord;
use crate::sealed::{self, SealedKind};
use crate::{AuditEntry, Result, StoreError, Tx, col};

/// A request as the admin's list shows it.
#[derive(Debug, Clone)]
pub struct SubjectAccessSummary {
    pub id: SubjectAccessId,
    pub family_id: FamilyId,
    pub member_id: MemberId,
    pub member_name: String,
    pub family_name: String,
    /// The member's portal account's language, when they have one.
    pub account_language: Option<String>,
    /// The languages the file records for the member, as written.
    pub languages: String,
    pub received_on: LocalDate,
    pub due_on: LocalDate,
    pub opened_by_name: String,
    pub opened_at: Timestamp,
    pub exported_at: Option<Timestamp>,
}

/// A member found by name, to open a request for.
#[derive(Debug, Clone)]
pub struct MemberHit {
    pub member_id: MemberId,
    pub member_name: String,
    pub family_name: String,
}

/// One value of a row, as read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldValue {
    Null,
    Int(i64),
    Text(String),
    Time(Timestamp),
    Date(LocalDate),
    /// A document's contents: how many bytes (the file itself goes in the export).
    Bytes(usize),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Disposition {
    Given,
    Withheld(WithheldBecause),
    Released { reason: String, by_name: String, at: Timestamp },
}

impl Disposition {
    pub fn is_given(&self) -> bool {
        !matches!(self, Self::Withheld(_))
    }
}

/// One row of personal data about the member.
#[derive(Debug, Clone)]
pub struct SubjectAccessItem {
    pub table: &'static str,
    /// `table:key`, stable between reads, as releases name it.
    pub item: String,
    pub fields: Vec<(String, FieldValue)>,
    pub disposition: Disposition,
    /// A document's name and contents, when it is given and asked for.
    pub document: Option<(String, Vec<u8>)>,
}

/// Who in the organisation read or changed the member's data: one line per
/// person and kind of access.
#[derive(Debug, Clone)]
pub struct AccessLine {
    pub actor_name: Option<String>,
    pub actor_role: Option<String>,
    pub action: String,
    pub times: u64,
    pub first: Timestamp,
    pub last: Timestamp,
}

#[derive(Debug, Clone)]
pub struct SubjectAccess {
    pub summary: SubjectAccessSummary,
    pub items: Vec<SubjectAccessItem>,
    pub access: Vec<AccessLine>,
}

/// Whether the items are looked at before export, or exported (with documents).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubjectAccessReading {
    Preview,
    Export,
}

impl Tx {
    /// Members of the organisation's unerased files whose name contains `needle`.
    pub async fn members_named(&mut self, actor: &Actor, needle: &str) -> Result<Vec<MemberHit>> {
        self.audit(AuditEntry::by(
            actor,
            AuditAction::DataSubjectsSearched,
            AuditRecord::Organisation(&actor.organisation_id),
        ))
        .await?;
        let rows = self
            .fetch_all(
                &Query::select()
                    .column(("family_members", "id"))
                    .expr_as(Expr::col(("family_members", "name")), "member_name")
                    .expr_as(Expr::col(("families", "name")), "family_name")
                    .from("family_members")
                    .inner_join("families", Expr::col(("families", "id")).equals(("family_members", "family_id")))
                    .and_where(Expr::col(("families", "organisation_id")).eq(actor.organisation_id.as_str()))
                    .and_where(Expr::col(("families", "erased_at")).is_null())
                    .and_where(
                        Expr::expr(Func::lower(Expr::col(("family_members", "name"))))
                            .like(crate::containing(&needle.to_lowercase())),
                    )
                    .order_by(("family_members", "name"), Order::Asc)
                    .limit(50)
                    .to_owned(),
            )
            .await?;
        rows.iter()
            .map(|r| {
                Ok(MemberHit {
                    member_id: MemberId::from_trusted(col::text(r, "id")?),
                    member_name: col::text(r, "member_name")?,
                    family_name: col::text(r, "family_name")?,
                })
            })
            .collect()
    }

    /// Opens a request for a member of one of the organisation's files,
    /// received on `received_on` and due a month later. None when there is
    /// no such member.
    pub async fn open_subject_access(
        &mut self,
        actor: &Actor,
        member: &MemberId,
        received_on: LocalDate,
    ) -> Result<Option<SubjectAccessId>> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .column(("family_members", "family_id"))
                    .from("family_members")
                    .inner_join("families", Expr::col(("families", "id")).equals(("family_members", "family_id")))
                    .and_where(Expr::col(("family_members", "id")).eq(member.as_str()))
                    .and_where(Expr::col(("families", "organisation_id")).eq(actor.organisation_id.as_str()))
                    .and_where(Expr::col(("families", "erased_at")).is_null())
                    .to_owned(),
            )
            .await?;
        let Some(row) = row else { return Ok(None) };
        let family = FamilyId::from_trusted(col::text(&row, "family_id")?);
        let id = SubjectAccessId::generate()?;
        let due = hearth_core::data_protection::plus_months(received_on, 1);
        let stored = |d: LocalDate| d.stored().map(|t| t.millis()).ok_or(StoreError::Corrupt("date"));
        self.execute(
            &Query::insert()
                .into_table("subject_access_requests")
                .columns([
                    "id",
                    "organisation_id",
                    "family_id",
                    "member_id",
                    "received_on",
                    "due_on",
                    "opened_by",
                    "opened_at",
                ])
                .values_panic([
                    id.as_str().into(),
                    actor.organisation_id.as_str().into(),
                    family.as_str().into(),
                    member.as_str().into(),
                    stored(received_on)?.into(),
                    stored(due)?.into(),
                    actor.user_id.as_str().into(),
                    self.now().millis().into(),
                ])
                .to_owned(),
        )
        .await?;
        self.audit(AuditEntry::by(actor, AuditAction::SubjectAccessOpened, AuditRecord::Family(&family))).await?;
        Ok(Some(id))
    }

    /// The organisation's requests, newest first.
    pub async fn subject_access_requests(&mut self, actor: &Actor) -> Result<Vec<SubjectAccessSummary>> {
        self.subject_access_summaries(actor, None).await
    }

    async fn subject_access_summaries(
        &mut self,
        actor: &Actor,
        id: Option<&SubjectAccessId>,
    ) -> Result<Vec<SubjectAccessSummary>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns([
                        ("subject_access_requests", "id"),
                        ("subject_access_requests", "family_id"),
                        ("subject_access_requests", "member_id"),
                        ("subject_access_requests", "received_on"),
                        ("subject_access_requests", "due_on"),
                        ("subject_access_requests", "opened_at"),
                        ("subject_access_requests", "exported_at"),
                    ])
                    .expr_as(Expr::col(("family_members", "name")), "member_name")
                    .expr_as(Expr::col(("family_members", "languages")), "languages")
                    .expr_as(Expr::col(("families", "name")), "family_name")
                    .expr_as(Expr::col(("users", "display_name")), "opened_by_name")
                    .expr_as(Expr::col(("accounts", "language")), "account_language")
                    .from("subject_access_requests")
                    .inner_join(
                        "family_members",
                        Expr::col(("family_members", "id")).equals(("subject_access_requests", "member_id")),
                    )
                    .inner_join(
                        "families",
                        Expr::col(("families", "id")).equals(("subject_access_requests", "family_id")),
                    )
                    .left_join("users", Expr::col(("users", "id")).equals(("subject_access_requests", "opened_by")))
                    .join_as(
                        sea_query::JoinType::LeftJoin,
                        "users",
                        "accounts",
                        Expr::col(("accounts", "id")).equals(("family_members", "account_user_id")),
                    )
                    .and_where(
                        Expr::col(("subject_access_requests", "organisation_id")).eq(actor.organisation_id.as_str()),
                    )
                    .and_where_option(id.map(|id| Expr::col(("subject_access_requests", "id")).eq(id.as_str())))
                    .order_by(("subject_access_requests", "opened_at"), Order::Desc)
                    .limit(200)
                    .to_owned(),
            )
            .await?;
        let day = |ms: i64| LocalDate::of_stored(Timestamp(ms));
        rows.iter()
            .map(|r| {
                Ok(SubjectAccessSummary {
                    id: SubjectAccessId::from_trusted(col::text(r, "id")?),
                    family_id: FamilyId::from_trusted(col::text(r, "family_id")?),
                    member_id: MemberId::from_trusted(col::text(r, "member_id")?),
                    member_name: col::text(r, "member_name")?,
                    family_name: col::text(r, "family_name")?,
                    account_language: col::opt_text(r, "account_language")?,
                    languages: col::text(r, "languages")?,
                    received_on: day(col::int(r, "received_on")?),
                    due_on: day(col::int(r, "due_on")?),
                    opened_by_name: col::opt_text(r, "opened_by_name")?.unwrap_or_default(),
                    opened_at: Timestamp(col::int(r, "opened_at")?),
                    exported_at: col::opt_int(r, "exported_at")?.map(Timestamp),
                })
            })
            .collect()
    }

    /// Releases one withheld item of a request, with the reason. False when
    /// the request is not the organisation's.
    pub async fn release_subject_access_item(
        &mut self,
        actor: &Actor,
        request: &SubjectAccessId,
        item: &str,
        reason: &str,
    ) -> Result<bool> {
        let Some(summary) = self.subject_access_summaries(actor, Some(request)).await?.into_iter().next() else {
            return Ok(false);
        };
        let sealed = self.seal(&sealed::SUBJECT_ACCESS_RELEASE_REASON, &[request.as_str(), item], reason)?;
        self.execute(
            &Query::insert()
                .into_table("subject_access_releases")
                .columns(["request_id", "item", "reason", "released_by", "released_at"])
                .values_panic([
                    request.as_str().into(),
                    item.into(),
                    sealed.into(),
                    actor.user_id.as_str().into(),
                    self.now().millis().into(),
                ])
                .on_conflict(
                    sea_query::OnConflict::columns(["request_id", "item"])
                        .update_columns(["reason", "released_by", "released_at"])
                        .to_owned(),
                )
                .to_owned(),
        )
        .await?;
        self.audit(AuditEntry::by(
            actor,
            AuditAction::SubjectAccessItemReleased,
            AuditRecord::Family(&summary.family_id),
        ))
        .await?;
        Ok(true)
    }

    /// Everything held about the request's member. Reading it is audited,
    /// and an export is marked on the request.
    pub async fn subject_access(
        &mut self,
        actor: &Actor,
        request: &SubjectAccessId,
        reading: SubjectAccessReading,
    ) -> Result<Option<SubjectAccess>> {
        let Some(summary) = self.subject_access_summaries(actor, Some(request)).await?.into_iter().next() else {
            return Ok(None);
        };
        let action = match reading {
            SubjectAccessReading::Preview => AuditAction::SubjectAccessViewed,
            SubjectAccessReading::Export => AuditAction::SubjectAccessExported,
        };
        self.audit(AuditEntry::by(actor, action, AuditRecord::Family(&summary.family_id))).await?;
        if reading == SubjectAccessReading::Export {
            self.execute(
                &Query::update()
                    .table("subject_access_requests")
                    .value("exported_at", self.now().millis())
                    .and_where(Expr::col("id").eq(request.as_str()))
                    .to_owned(),
            )
            .await?;
        }
        let releases = self.releases(request).await?;
        let items = self.items_about(&summary, &releases, reading == SubjectAccessReading::Export).await?;
        let access = self.access_lines(&summary).await?;
        Ok(Some(SubjectAccess { summary, items, access }))
    }

    async fn releases(&mut self, request: &SubjectAccessId) -> Result<HashMap<String, Disposition>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns([
                        ("subject_access_releases", "item"),
                        ("subject_access_releases", "reason"),
                        ("subject_access_releases", "released_at"),
                    ])
                    .expr_as(Expr::col(("users", "display_name")), "by_name")
                    .from("subject_access_releases")
                    .left_join("users", Expr::col(("users", "id")).equals(("subject_access_releases", "released_by")))
                    .and_where(Expr::col(("subject_access_releases", "request_id")).eq(request.as_str()))
                    .to_owned(),
            )
            .await?;
        let mut out = HashMap::new();
        for r in &rows {
            let item = col::text(r, "item")?;
            let reason = self.open(
                &sealed::SUBJECT_ACCESS_RELEASE_REASON,
                &[request.as_str(), &item],
                &col::text(r, "reason")?,
            )?;
            out.insert(
                item,
                Disposition::Released {
                    reason,
                    by_name: col::opt_text(r, "by_name")?.unwrap_or_default(),
                    at: Timestamp(col::int(r, "released_at")?),
                },
            );
        }
        Ok(out)
    }

    async fn items_about(
        &mut self,
        summary: &SubjectAccessSummary,
        releases: &HashMap<String, Disposition>,
        with_documents: bool,
    ) -> Result<Vec<SubjectAccessItem>> {
        let family = summary.family_id.as_str();
        let member = summary.member_id.as_str();
        // Members' portal accounts: whose words a message is.
        let mut accounts: HashMap<String, String> = HashMap::new();
        for r in &self
            .fetch_all(
                &Query::select()
                    .columns(["id", "account_user_id"])
                    .from("family_members")
                    .and_where(Expr::col("family_id").eq(family))
                    .and_where(Expr::col("account_user_id").is_not_null())
                    .to_owned(),
            )
            .await?
        {
            accounts.insert(col::text(r, "account_user_id")?, col::text(r, "id")?);
        }
        let own_account = accounts.iter().find(|(_, m)| m.as_str() == member).map(|(a, _)| a.clone());
        // Each table's decisions by its first key column, for the rows below it.
        let mut decided: HashMap<&'static str, HashMap<String, Disposition>> = HashMap::new();
        let mut items = Vec::new();
        for table in PERSONAL_TABLES {
            if matches!(table.about, About::NotAboutMembers) {
                continue;
            }
            let rows = self
                .fetch_all(
                    &Query::select()
                        .column((table.table, Asterisk))
                        .from(table.table)
                        .cond_where(reach_condition(table, family))
                        .to_owned(),
                )
                .await?;
            if rows.is_empty() {
                continue;
            }
            let linked = match table.about {
                About::Linked { table: link, row, member } => {
                    Some(self.linked_members(table, family, link, row, member).await?)
                }
                _ => None,
            };
            let mut mine = HashMap::new();
            for r in &rows {
                let RawRow { fields, bytes } = read_row(r)?;
                let text_of = |name: &str| key_value(&fields, name);
                let mut disposition = match table.about {
                    About::Member(columns) => {
                        columns.iter().any(|c| text_of(c).as_deref() == Some(member)).then_some(Disposition::Given)
                    }
                    About::Account(column) => {
                        (own_account.is_some() && text_of(column) == own_account).then_some(Disposition::Given)
                    }
                    About::Linked { .. } => {
                        let row_id = text_of(table.key[0]).unwrap_or_default();
                        let members = linked.as_ref().and_then(|l| l.get(&row_id));
                        match members {
                            None => Some(Disposition::Withheld(WithheldBecause::AboutTheFamily)),
                            Some(m) if m.len() == 1 && m.contains(member) => Some(Disposition::Given),
                            Some(m) if m.contains(member) => {
                                Some(Disposition::Withheld(WithheldBecause::AlsoAboutOthers))
                            }
                            Some(_) => None,
                        }
                    }
                    About::AsParent => table.reach.iter().find_map(|reach| match reach {
                        Reach::Parent { column, parent, .. } => {
                            let key = text_of(column)?;
                            decided.get(parent).and_then(|d| d.get(&key)).cloned()
                        }
                        _ => None,
                    }),
                    About::EveryMember => Some(Disposition::Given),
                    About::Family(because) => Some(Disposition::Withheld(because)),
                    About::NotAboutMembers => None,
                };
                // Another member's own words.
                if let (Some(Disposition::Given), Some(author)) = (&disposition, table.written_by.and_then(&text_of))
                    && accounts.get(&author).is_some_and(|m| m != member)
                {
                    disposition = Some(Disposition::Withheld(WithheldBecause::WrittenByAnother));
                }
                let Some(mut disposition) = disposition else { continue };
                let item = item_name(table, &fields);
                if let (Disposition::Withheld(_), Some(released)) = (&disposition, releases.get(&item)) {
                    disposition = released.clone();
                }
                // Rows below this one (a note's versions) follow it, released or not.
                mine.insert(text_of(table.key[0]).unwrap_or_default(), disposition.clone());
                let (mut fields, document) =
                    self.open_sealed(table, fields, &bytes, with_documents && disposition.is_given())?;
                fields.retain(|(name, _)| !CREDENTIALS.contains(&name.as_str()));
                items.push(SubjectAccessItem { table: table.table, item, fields, disposition, document });
            }
            decided.insert(table.table, mine);
        }
        Ok(items)
    }

    /// For each row of a linked table, the members its link table names.
    async fn linked_members(
        &mut self,
        table: &PersonalTable,
        family: &str,
        link: &'static str,
        row: &'static str,
        member: &'static str,
    ) -> Result<HashMap<String, BTreeSet<String>>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns([(link, row), (link, member)])
                    .from(link)
                    .and_where(
                        Expr::col((link, row)).in_subquery(
                            Query::select()
                                .column((table.table, "id"))
                                .from(table.table)
                                .cond_where(reach_condition(table, family))
                                .to_owned(),
                        ),
                    )
                    .to_owned(),
            )
            .await?;
        let mut out: HashMap<String, BTreeSet<String>> = HashMap::new();
        for r in &rows {
            out.entry(col::text(r, row)?).or_default().insert(col::text(r, member)?);
        }
        Ok(out)
    }

    /// Opens the row's sealed values; a document's contents are kept aside.
    fn open_sealed(
        &self,
        table: &PersonalTable,
        mut fields: Vec<(String, FieldValue)>,
        bytes: &HashMap<String, Vec<u8>>,
        keep_document: bool,
    ) -> Result<(Fields, Option<Document>)> {
        let key_of = |fields: &[(String, FieldValue)], names: &[&str]| -> Vec<String> {
            names.iter().map(|n| key_value(fields, n).unwrap_or_default()).collect()
        };
        let mut document = None;
        let snapshot = fields.clone();
        for (name, value) in &mut fields {
            let Some(declared) = sealed::sealed_column(table.table, name) else { continue };
            let key = key_of(&snapshot, declared.row_key);
            let key: Vec<&str> = key.iter().map(String::as_str).collect();
            match (declared.kind, &*value) {
                (SealedKind::Text, FieldValue::Text(sealed)) => {
                    *value = FieldValue::Text(self.open(declared, &key, sealed)?)
                }
                (SealedKind::Bytes, _) => {
                    if keep_document {
                        let raw = bytes.get(name.as_str()).map(Vec::as_slice).unwrap_or_default();
                        let plain = self.open_bytes(declared, &key, raw)?;
                        let file = key_of(&snapshot, &["name"]).pop().unwrap_or_default();
                        *value = FieldValue::Bytes(plain.len());
                        document = Some((file, plain));
                    } else {
                        *value = FieldValue::Bytes(
                            key_of(&snapshot, &["size"]).pop().and_then(|s| s.parse().ok()).unwrap_or(0),
                        );
                    }
                }
                _ => {}
            }
        }
        Ok((fields, document))
    }

    /// Everyone in the organisation who read or changed the family's file or
    /// the member's account, by person and kind of access.
    async fn access_lines(&mut self, summary: &SubjectAccessSummary) -> Result<Vec<AccessLine>> {
        let account = self
            .fetch_optional(
                &Query::select()
                    .column("account_user_id")
                    .from("family_members")
                    .and_where(Expr::col("id").eq(summary.member_id.as_str()))
                    .to_owned(),
            )
            .await?
            .map(|r| col::opt_text(&r, "account_user_id"))
            .transpose()?
            .flatten();
        let mut about = Cond::any().add(
            Cond::all()
                .add(Expr::col(("audit_trail", "record_kind")).eq("family"))
                .add(Expr::col(("audit_trail", "record_id")).eq(summary.family_id.as_str())),
        );
        if let Some(account) = &account {
            about = about.add(
                Cond::all()
                    .add(Expr::col(("audit_trail", "record_kind")).eq("account"))
                    .add(Expr::col(("audit_trail", "record_id")).eq(account.as_str())),
            );
        }
        let organisation = self
            .fetch_one(
                &Query::select()
                    .column("organisation_id")
                    .from("families")
                    .and_where(Expr::col("id").eq(summary.family_id.as_str()))
                    .to_owned(),
            )
            .await?;
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns([("audit_trail", "actor_id"), ("audit_trail", "action")])
                    .expr_as(Expr::col(("audit_trail", "at")).count(), "times")
                    .expr_as(Func::min(Expr::col(("audit_trail", "at"))), "first_at")
                    .expr_as(Func::max(Expr::col(("audit_trail", "at"))), "last_at")
                    .from("audit_trail")
                    .and_where(
                        Expr::col(("audit_trail", "organisation_id")).eq(col::text(&organisation, "organisation_id")?),
                    )
                    .cond_where(about)
                    .group_by_col(("audit_trail", "actor_id"))
                    .group_by_col(("audit_trail", "action"))
                    .to_owned(),
            )
            .await?;
        let mut names: BTreeMap<String, (String, String)> = BTreeMap::new();
        let actors: BTreeSet<String> =
            rows.iter().filter_map(|r| col::opt_text(r, "actor_id").ok().flatten()).collect();
        if !actors.is_empty() {
            for r in &self
                .fetch_all(
                    &Query::select()
                        .columns(["id", "display_name", "role"])
                        .from("users")
                        .and_where(Expr::col("id").is_in(actors.iter().map(String::as_str)))
                        .to_owned(),
                )
                .await?
            {
                names.insert(col::text(r, "id")?, (col::text(r, "display_name")?, col::text(r, "role")?));
            }
        }
        let mut lines = rows
            .iter()
            .map(|r| {
                let actor = col::opt_text(r, "actor_id")?;
                let named = actor.as_ref().and_then(|a| names.get(a));
                Ok(AccessLine {
                    actor_name: named.map(|(n, _)| n.clone()),
                    actor_role: named.map(|(_, role)| role.clone()),
                    action: col::text(r, "action")?,
                    times: u64::try_from(col::int(r, "times")?).unwrap_or(0),
                    first: Timestamp(col::int(r, "first_at")?),
                    last: Timestamp(col::int(r, "last_at")?),
                })
            })
            .collect::<Result<Vec<_>>>()?;
        lines.sort_by_key(|l| std::cmp::Reverse(l.last));
        Ok(lines)
    }
}

/// The name a row keeps between reads: its table and key values.
fn item_name(table: &PersonalTable, fields: &[(String, FieldValue)]) -> String {
    let key: Vec<String> = table.key.iter().map(|k| key_value(fields, k).unwrap_or_default()).collect();
    format!("{}:{}", table.table, key.join("/"))
}

/// A column's value as keys and bindings write it: text, or a number
/// (a version, or a time in milliseconds).
fn key_value(fields: &[(String, FieldValue)], name: &str) -> Option<String> {
    fields.iter().find(|(n, _)| n == name).and_then(|(_, v)| match v {
        FieldValue::Text(t) => Some(t.clone()),
        FieldValue::Int(i) => Some(i.to_string()),
        FieldValue::Time(t) => Some(t.millis().to_string()),
        _ => None,
    })
}

/// A document's file name and contents.
type Document = (String, Vec<u8>);
/// A row's columns and values.
type Fields = Vec<(String, FieldValue)>;

/// A row as read: its values, and the bytes of its byte columns.
struct RawRow {
    fields: Vec<(String, FieldValue)>,
    bytes: HashMap<String, Vec<u8>>,
}

/// Every column of a row, typed by what it holds: times (`…_at`, Unix
/// milliseconds), dates (`…_on`, stored as the midnight UTC that starts
/// them), integers, text and bytes.
fn read_row(row: &sqlx::any::AnyRow) -> Result<RawRow> {
    let mut out = Vec::with_capacity(row.columns().len());
    let mut bytes_of = HashMap::new();
    for (i, column) in row.columns().iter().enumerate() {
        let name = column.name().to_owned();
        let value = if let Ok(v) = row.try_get::<Option<i64>, _>(i) {
            match v {
                None => FieldValue::Null,
                Some(ms) if name.ends_with("_at") => FieldValue::Time(Timestamp(ms)),
                Some(ms) if name.ends_with("_on") => FieldValue::Date(LocalDate::of_stored(Timestamp(ms))),
                Some(n) => FieldValue::Int(n),
            }
        } else if let Ok(v) = row.try_get::<Option<String>, _>(i) {
            v.map_or(FieldValue::Null, FieldValue::Text)
        } else if let Ok(v) = row.try_get::<Option<Vec<u8>>, _>(i) {
            match v {
                None => FieldValue::Null,
                Some(bytes) => {
                    let n = bytes.len();
                    bytes_of.insert(name.clone(), bytes);
                    FieldValue::Bytes(n)
                }
            }
        } else {
            return Err(StoreError::Corrupt("a column of an unexpected type"));
        };
        out.push((name, value));
    }
    Ok(RawRow { fields: out, bytes: bytes_of })
}
