//! The glossary of online trends, one per organisation: every version of an
//! entry kept with who changed it and why, search keys folded as
//! `hearth_core::glossary::search_key` folds a query, and the staff the
//! organisation lets edit. An entry is about a term, never about a person;
//! its changes are audited as the organisation's own work.

use hearth_core::access::{Actor, GlossaryFacts};
use hearth_core::audit::AuditAction;
use hearth_core::clock::Timestamp;
use hearth_core::glossary::{Entry, EntryKind, search_key};
use hearth_core::ids::{GlossaryEntryId, OrganisationId, UserId};
use hearth_core::wellbeing::LocalDate;
use sea_query::{Expr, ExprTrait, OnConflict, Order, Query};

use crate::audit::AuditRecord;
use crate::{AuditEntry, Result, StoreError, Tx, col};

/// An entry as it stands.
#[derive(Debug, Clone)]
pub struct GlossaryEntry {
    pub id: GlossaryEntryId,
    pub entry: Entry,
    pub version: i64,
    pub published: bool,
    pub reviewed: Option<(String, Timestamp)>,
    pub has_image: bool,
    /// The organisation and version it was imported from.
    pub provenance: Option<(String, i64)>,
}

/// One version, as the history lists it.
#[derive(Debug, Clone)]
pub struct GlossaryVersion {
    pub version: i64,
    pub changed_by_name: String,
    pub reason: String,
    pub changed_at: Timestamp,
}

/// An entry in a list: search results and the review queue.
#[derive(Debug, Clone)]
pub struct GlossaryHit {
    pub id: GlossaryEntryId,
    pub term: String,
    pub kind: EntryKind,
    pub published: bool,
    pub review_on: LocalDate,
}

/// Term and variants weigh more than words in the text.
const TERM_WEIGHT: i64 = 2;
const TEXT_WEIGHT: i64 = 1;
const SEARCH_LIMIT: u64 = 100;

fn stored(date: LocalDate) -> Result<i64> {
    date.stored().map(|t| t.millis()).ok_or(StoreError::Corrupt("date"))
}

impl Tx {
    /// What the policy needs: whether the actor may edit.
    pub async fn glossary_facts(&mut self, actor: &Actor) -> Result<GlossaryFacts> {
        let editor = self
            .fetch_optional(
                &Query::select()
                    .column("user_id")
                    .from("glossary_editors")
                    .and_where(Expr::col("user_id").eq(actor.user_id.as_str()))
                    .and_where(Expr::col("organisation_id").eq(actor.organisation_id.as_str()))
                    .to_owned(),
            )
            .await?
            .is_some();
        Ok(GlossaryFacts { organisation_id: actor.organisation_id.clone(), actor_is_editor: editor })
    }

    pub async fn create_glossary_entry(
        &mut self,
        actor: &Actor,
        entry: &Entry,
        reason: &str,
    ) -> Result<GlossaryEntryId> {
        let id = GlossaryEntryId::generate()?;
        let now = self.now().millis();
        self.execute(
            &Query::insert()
                .into_table("glossary_entries")
                .columns(["id", "organisation_id", "kind", "term", "version", "published", "review_on", "created_at"])
                .values_panic([
                    id.as_str().into(),
                    actor.organisation_id.as_str().into(),
                    entry.kind.as_str().into(),
                    entry.term.as_str().into(),
                    0i64.into(),
                    0i64.into(),
                    stored(entry.review_on)?.into(),
                    now.into(),
                ])
                .to_owned(),
        )
        .await?;
        self.write_glossary_version(actor, &id, entry, reason).await?;
        self.audit(AuditEntry::by(actor, AuditAction::GlossaryEntryCreated, AuditRecord::GlossaryEntry(&id))).await?;
        Ok(id)
    }

    /// A new version of an entry of the actor's organisation. False when there is none.
    pub async fn change_glossary_entry(
        &mut self,
        actor: &Actor,
        id: &GlossaryEntryId,
        entry: &Entry,
        reason: &str,
    ) -> Result<bool> {
        if self.glossary_entry(&actor.organisation_id, id).await?.is_none() {
            return Ok(false);
        }
        self.execute(
            &Query::update()
                .table("glossary_entries")
                .value("kind", entry.kind.as_str())
                .value("term", entry.term.as_str())
                .value("review_on", stored(entry.review_on)?)
                .and_where(Expr::col("id").eq(id.as_str()))
                .to_owned(),
        )
        .await?;
        self.write_glossary_version(actor, id, entry, reason).await?;
        self.audit(AuditEntry::by(actor, AuditAction::GlossaryEntryChanged, AuditRecord::GlossaryEntry(id))).await?;
        Ok(true)
    }

    async fn write_glossary_version(
        &mut self,
        actor: &Actor,
        id: &GlossaryEntryId,
        entry: &Entry,
        reason: &str,
    ) -> Result<()> {
        let head = self
            .fetch_one(
                &Query::update()
                    .table("glossary_entries")
                    .value("version", Expr::col("version").add(1))
                    .and_where(Expr::col("id").eq(id.as_str()))
                    .returning(Query::returning().column("version"))
                    .to_owned(),
            )
            .await?;
        let version = col::int(&head, "version")?;
        self.execute(
            &Query::insert()
                .into_table("glossary_versions")
                .columns(["entry_id", "version", "body", "changed_by", "reason", "changed_at"])
                .values_panic([
                    id.as_str().into(),
                    version.into(),
                    entry.to_json().into(),
                    actor.user_id.as_str().into(),
                    reason.into(),
                    self.now().millis().into(),
                ])
                .to_owned(),
        )
        .await?;
        self.execute(
            &Query::delete().from_table("glossary_keys").and_where(Expr::col("entry_id").eq(id.as_str())).to_owned(),
        )
        .await?;
        let mut insert = Query::insert();
        insert.into_table("glossary_keys").columns(["entry_id", "key", "weight"]);
        for key in entry.search_keys() {
            insert.values_panic([id.as_str().into(), key.into(), TERM_WEIGHT.into()]);
        }
        insert.values_panic([id.as_str().into(), entry.text_key().into(), TEXT_WEIGHT.into()]);
        self.execute(&insert).await?;
        Ok(())
    }

    pub async fn publish_glossary_entry(&mut self, actor: &Actor, id: &GlossaryEntryId) -> Result<bool> {
        let done = self
            .execute(
                &Query::update()
                    .table("glossary_entries")
                    .value("published", 1i64)
                    .and_where(Expr::col("id").eq(id.as_str()))
                    .and_where(Expr::col("organisation_id").eq(actor.organisation_id.as_str()))
                    .to_owned(),
            )
            .await?
            > 0;
        if done {
            self.audit(AuditEntry::by(actor, AuditAction::GlossaryEntryPublished, AuditRecord::GlossaryEntry(id)))
                .await?;
        }
        Ok(done)
    }

    /// Records a review: the entry still holds, looked at again by `next`.
    pub async fn review_glossary_entry(
        &mut self,
        actor: &Actor,
        id: &GlossaryEntryId,
        next: LocalDate,
    ) -> Result<bool> {
        let Some(mut found) = self.glossary_entry(&actor.organisation_id, id).await? else { return Ok(false) };
        found.entry.review_on = next;
        self.execute(
            &Query::update()
                .table("glossary_entries")
                .value("review_on", stored(next)?)
                .value("reviewed_by", actor.user_id.as_str())
                .value("reviewed_at", self.now().millis())
                .and_where(Expr::col("id").eq(id.as_str()))
                .to_owned(),
        )
        .await?;
        self.write_glossary_version(actor, id, &found.entry, "reviewed").await?;
        self.audit(AuditEntry::by(actor, AuditAction::GlossaryEntryReviewed, AuditRecord::GlossaryEntry(id))).await?;
        Ok(true)
    }

    /// An entry of the organisation, at its newest version.
    pub async fn glossary_entry(
        &mut self,
        organisation: &OrganisationId,
        id: &GlossaryEntryId,
    ) -> Result<Option<GlossaryEntry>> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .columns([
                        ("glossary_entries", "id"),
                        ("glossary_entries", "version"),
                        ("glossary_entries", "published"),
                        ("glossary_entries", "reviewed_at"),
                        ("glossary_entries", "image_type"),
                        ("glossary_entries", "source_organisation"),
                        ("glossary_entries", "source_version"),
                    ])
                    .column(("glossary_versions", "body"))
                    .expr_as(Expr::col(("users", "display_name")), "reviewed_by_name")
                    .from("glossary_entries")
                    .inner_join(
                        "glossary_versions",
                        Expr::col(("glossary_versions", "entry_id"))
                            .equals(("glossary_entries", "id"))
                            .and(Expr::col(("glossary_versions", "version")).equals(("glossary_entries", "version"))),
                    )
                    .left_join("users", Expr::col(("users", "id")).equals(("glossary_entries", "reviewed_by")))
                    .and_where(Expr::col(("glossary_entries", "id")).eq(id.as_str()))
                    .and_where(Expr::col(("glossary_entries", "organisation_id")).eq(organisation.as_str()))
                    .to_owned(),
            )
            .await?;
        let Some(r) = row else { return Ok(None) };
        let entry = Entry::from_json(&col::text(&r, "body")?).ok_or(StoreError::Corrupt("glossary entry"))?;
        Ok(Some(GlossaryEntry {
            id: id.clone(),
            entry,
            version: col::int(&r, "version")?,
            published: col::int(&r, "published")? != 0,
            reviewed: match (col::opt_text(&r, "reviewed_by_name")?, col::opt_int(&r, "reviewed_at")?) {
                (Some(name), Some(at)) => Some((name, Timestamp(at))),
                _ => None,
            },
            has_image: col::opt_text(&r, "image_type")?.is_some(),
            provenance: match (col::opt_text(&r, "source_organisation")?, col::opt_int(&r, "source_version")?) {
                (Some(org), Some(v)) => Some((org, v)),
                _ => None,
            },
        }))
    }

    /// Every version of an entry, newest first.
    pub async fn glossary_versions(&mut self, id: &GlossaryEntryId) -> Result<Vec<GlossaryVersion>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns([
                        ("glossary_versions", "version"),
                        ("glossary_versions", "reason"),
                        ("glossary_versions", "changed_at"),
                    ])
                    .expr_as(Expr::col(("users", "display_name")), "changed_by_name")
                    .from("glossary_versions")
                    .left_join("users", Expr::col(("users", "id")).equals(("glossary_versions", "changed_by")))
                    .and_where(Expr::col(("glossary_versions", "entry_id")).eq(id.as_str()))
                    .order_by(("glossary_versions", "version"), Order::Desc)
                    .to_owned(),
            )
            .await?;
        rows.iter()
            .map(|r| {
                Ok(GlossaryVersion {
                    version: col::int(r, "version")?,
                    changed_by_name: col::opt_text(r, "changed_by_name")?.unwrap_or_default(),
                    reason: col::text(r, "reason")?,
                    changed_at: Timestamp(col::int(r, "changed_at")?),
                })
            })
            .collect()
    }

    /// One version's entry.
    pub async fn glossary_version(&mut self, id: &GlossaryEntryId, version: i64) -> Result<Option<Entry>> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .column("body")
                    .from("glossary_versions")
                    .and_where(Expr::col("entry_id").eq(id.as_str()))
                    .and_where(Expr::col("version").eq(version))
                    .to_owned(),
            )
            .await?;
        row.map(|r| col::text(&r, "body")).transpose().map(|b| b.and_then(|b| Entry::from_json(&b)))
    }

    /// Entries whose term, variants or text hold the query once both are
    /// folded (case, accents, Arabic letter forms); terms first. Drafts only
    /// for editors.
    pub async fn search_glossary(
        &mut self,
        organisation: &OrganisationId,
        query: &str,
        with_drafts: bool,
    ) -> Result<Vec<GlossaryHit>> {
        let needle = search_key(query);
        let mut select = Query::select();
        select
            .columns([
                ("glossary_entries", "id"),
                ("glossary_entries", "term"),
                ("glossary_entries", "kind"),
                ("glossary_entries", "published"),
                ("glossary_entries", "review_on"),
            ])
            .expr_as(sea_query::Func::max(Expr::col(("glossary_keys", "weight"))), "weight")
            .from("glossary_entries")
            .inner_join("glossary_keys", Expr::col(("glossary_keys", "entry_id")).equals(("glossary_entries", "id")))
            .and_where(Expr::col(("glossary_entries", "organisation_id")).eq(organisation.as_str()))
            .group_by_col(("glossary_entries", "id"))
            .group_by_col(("glossary_entries", "term"))
            .group_by_col(("glossary_entries", "kind"))
            .group_by_col(("glossary_entries", "published"))
            .group_by_col(("glossary_entries", "review_on"))
            .limit(SEARCH_LIMIT);
        if !needle.is_empty() {
            select.and_where(Expr::col(("glossary_keys", "key")).like(crate::containing(&needle)));
        }
        if !with_drafts {
            select.and_where(Expr::col(("glossary_entries", "published")).eq(1i64));
        }
        let rows = self.fetch_all(&select).await?;
        let mut hits = rows.iter().map(|r| Ok((col::int(r, "weight")?, hit_from(r)?))).collect::<Result<Vec<_>>>()?;
        hits.sort_by(|(wa, a), (wb, b)| wb.cmp(wa).then_with(|| search_key(&a.term).cmp(&search_key(&b.term))));
        Ok(hits.into_iter().map(|(_, h)| h).collect())
    }

    /// Entries whose review date has come, soonest first.
    pub async fn glossary_due_for_review(
        &mut self,
        organisation: &OrganisationId,
        today: LocalDate,
    ) -> Result<Vec<GlossaryHit>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns(["id", "term", "kind", "published", "review_on"])
                    .from("glossary_entries")
                    .and_where(Expr::col("organisation_id").eq(organisation.as_str()))
                    .and_where(Expr::col("review_on").lte(stored(today)?))
                    .order_by("review_on", Order::Asc)
                    .to_owned(),
            )
            .await?;
        rows.iter().map(hit_from).collect()
    }

    /// An image of a symbol, cleaned of its metadata by the caller.
    pub async fn set_glossary_image(
        &mut self,
        actor: &Actor,
        id: &GlossaryEntryId,
        bytes: &[u8],
        content_type: &str,
    ) -> Result<bool> {
        let done = self
            .execute(
                &Query::update()
                    .table("glossary_entries")
                    .value("image", bytes.to_vec())
                    .value("image_type", content_type)
                    .and_where(Expr::col("id").eq(id.as_str()))
                    .and_where(Expr::col("organisation_id").eq(actor.organisation_id.as_str()))
                    .to_owned(),
            )
            .await?
            > 0;
        if done {
            self.audit(AuditEntry::by(actor, AuditAction::GlossaryEntryChanged, AuditRecord::GlossaryEntry(id)))
                .await?;
        }
        Ok(done)
    }

    pub async fn glossary_image(
        &mut self,
        organisation: &OrganisationId,
        id: &GlossaryEntryId,
    ) -> Result<Option<(Vec<u8>, String)>> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .columns(["image", "image_type"])
                    .from("glossary_entries")
                    .and_where(Expr::col("id").eq(id.as_str()))
                    .and_where(Expr::col("organisation_id").eq(organisation.as_str()))
                    .and_where(Expr::col("image_type").is_not_null())
                    .to_owned(),
            )
            .await?;
        row.map(|r| Ok((col::bytes(&r, "image")?, col::text(&r, "image_type")?))).transpose()
    }

    /// The organisation's glossary editors, by name.
    pub async fn glossary_editors(&mut self, organisation: &OrganisationId) -> Result<Vec<(UserId, String)>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .column(("glossary_editors", "user_id"))
                    .column(("users", "display_name"))
                    .from("glossary_editors")
                    .inner_join("users", Expr::col(("users", "id")).equals(("glossary_editors", "user_id")))
                    .and_where(Expr::col(("glossary_editors", "organisation_id")).eq(organisation.as_str()))
                    .order_by(("users", "display_name"), Order::Asc)
                    .to_owned(),
            )
            .await?;
        rows.iter()
            .map(|r| Ok((UserId::from_trusted(col::text(r, "user_id")?), col::text(r, "display_name")?)))
            .collect()
    }

    /// Grants or withdraws the editor's permission to a staff member of the
    /// actor's organisation. False when there is no such staff member.
    pub async fn set_glossary_editor(&mut self, actor: &Actor, user: &UserId, editor: bool) -> Result<bool> {
        let staff = self
            .fetch_optional(
                &Query::select()
                    .column("role")
                    .from("users")
                    .and_where(Expr::col("id").eq(user.as_str()))
                    .and_where(Expr::col("organisation_id").eq(actor.organisation_id.as_str()))
                    .and_where(Expr::col("disabled_at").is_null())
                    .to_owned(),
            )
            .await?
            .map(|r| col::text(&r, "role"))
            .transpose()?
            .and_then(|r| hearth_core::accounts::Role::parse(&r))
            .is_some_and(hearth_core::accounts::Role::is_staff);
        if !staff {
            return Ok(false);
        }
        if editor {
            self.execute(
                &Query::insert()
                    .into_table("glossary_editors")
                    .columns(["user_id", "organisation_id", "granted_by", "granted_at"])
                    .values_panic([
                        user.as_str().into(),
                        actor.organisation_id.as_str().into(),
                        actor.user_id.as_str().into(),
                        self.now().millis().into(),
                    ])
                    .on_conflict(OnConflict::column("user_id").do_nothing().to_owned())
                    .to_owned(),
            )
            .await?;
        } else {
            self.execute(
                &Query::delete()
                    .from_table("glossary_editors")
                    .and_where(Expr::col("user_id").eq(user.as_str()))
                    .to_owned(),
            )
            .await?;
        }
        let action = if editor { AuditAction::GlossaryEditorGranted } else { AuditAction::GlossaryEditorWithdrawn };
        self.audit(AuditEntry::by(actor, action, AuditRecord::Account(user))).await?;
        Ok(true)
    }
}

fn hit_from(r: &sqlx::any::AnyRow) -> Result<GlossaryHit> {
    Ok(GlossaryHit {
        id: GlossaryEntryId::from_trusted(col::text(r, "id")?),
        term: col::text(r, "term")?,
        kind: EntryKind::parse(&col::text(r, "kind")?).ok_or(StoreError::Corrupt("glossary kind"))?,
        published: col::int(r, "published")? != 0,
        review_on: LocalDate::of_stored(Timestamp(col::int(r, "review_on")?)),
    })
}

/// How an entry of a bundle stands against this organisation's copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Incoming {
    New,
    /// Imported before from the same organisation; this is another version.
    Changed,
    /// The same version was imported already.
    Unchanged,
}

impl Tx {
    /// The organisation's Ed25519 signing seed, derived from the deployment
    /// secret: only a holder of it can sign as the organisation.
    pub fn glossary_signing_seed(&self, organisation: &OrganisationId) -> [u8; 32] {
        let derived = hearth_core::secrets::derive_key(
            &self.shared.audit_key,
            &format!("hearth glossary signing v1 {}", organisation.as_str()),
        );
        let mut seed = [0u8; 32];
        for (s, d) in seed.iter_mut().zip(derived) {
            *s = d;
        }
        seed
    }

    /// Every published entry, for a bundle; the export is audited.
    pub async fn glossary_for_export(&mut self, actor: &Actor) -> Result<Vec<(String, i64, Entry)>> {
        self.audit(AuditEntry::by(
            actor,
            AuditAction::GlossaryExported,
            AuditRecord::Organisation(&actor.organisation_id),
        ))
        .await?;
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns([("glossary_entries", "id"), ("glossary_entries", "version")])
                    .column(("glossary_versions", "body"))
                    .from("glossary_entries")
                    .inner_join(
                        "glossary_versions",
                        Expr::col(("glossary_versions", "entry_id"))
                            .equals(("glossary_entries", "id"))
                            .and(Expr::col(("glossary_versions", "version")).equals(("glossary_entries", "version"))),
                    )
                    .and_where(Expr::col(("glossary_entries", "organisation_id")).eq(actor.organisation_id.as_str()))
                    .and_where(Expr::col(("glossary_entries", "published")).eq(1i64))
                    .order_by(("glossary_entries", "term"), Order::Asc)
                    .to_owned(),
            )
            .await?;
        rows.iter()
            .map(|r| {
                let entry = Entry::from_json(&col::text(r, "body")?).ok_or(StoreError::Corrupt("glossary entry"))?;
                Ok((col::text(r, "id")?, col::int(r, "version")?, entry))
            })
            .collect()
    }

    /// The signing keys this organisation accepts bundles from: name and key.
    pub async fn glossary_signers(&mut self, organisation: &OrganisationId) -> Result<Vec<(String, String)>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns(["name", "public_key"])
                    .from("glossary_signers")
                    .and_where(Expr::col("organisation_id").eq(organisation.as_str()))
                    .order_by("name", Order::Asc)
                    .to_owned(),
            )
            .await?;
        rows.iter().map(|r| Ok((col::text(r, "name")?, col::text(r, "public_key")?))).collect()
    }

    pub async fn trust_glossary_signer(&mut self, actor: &Actor, name: &str, public_key: &str) -> Result<()> {
        self.execute(
            &Query::insert()
                .into_table("glossary_signers")
                .columns(["id", "organisation_id", "name", "public_key", "added_by", "added_at"])
                .values_panic([
                    hearth_core::secrets::new_token()?.into(),
                    actor.organisation_id.as_str().into(),
                    name.into(),
                    public_key.to_lowercase().into(),
                    actor.user_id.as_str().into(),
                    self.now().millis().into(),
                ])
                .to_owned(),
        )
        .await?;
        self.audit(AuditEntry::by(
            actor,
            AuditAction::GlossarySignerTrusted,
            AuditRecord::Organisation(&actor.organisation_id),
        ))
        .await
    }

    /// How an incoming entry stands, and this organisation's copy of it.
    pub async fn incoming_glossary_entry(
        &mut self,
        organisation: &OrganisationId,
        from: &str,
        source_id: &str,
        version: i64,
    ) -> Result<(Incoming, Option<GlossaryEntryId>)> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .columns(["id", "source_version"])
                    .from("glossary_entries")
                    .and_where(Expr::col("organisation_id").eq(organisation.as_str()))
                    .and_where(Expr::col("source_organisation").eq(from))
                    .and_where(Expr::col("source_entry").eq(source_id))
                    .to_owned(),
            )
            .await?;
        let Some(r) = row else { return Ok((Incoming::New, None)) };
        let id = GlossaryEntryId::from_trusted(col::text(&r, "id")?);
        let same = col::opt_int(&r, "source_version")? == Some(version);
        Ok((if same { Incoming::Unchanged } else { Incoming::Changed }, Some(id)))
    }

    /// Takes one accepted entry of a verified bundle, keeping where it came
    /// from: a new entry, or a new version of the one imported before.
    pub async fn import_glossary_entry(
        &mut self,
        actor: &Actor,
        from: &str,
        imported: &hearth_core::glossary::bundle::Imported,
    ) -> Result<GlossaryEntryId> {
        let (_, existing) =
            self.incoming_glossary_entry(&actor.organisation_id, from, &imported.source_id, imported.version).await?;
        let reason = format!("imported version {} from {from}", imported.version);
        let id = match existing {
            Some(id) => {
                self.change_glossary_entry(actor, &id, &imported.entry, &reason).await?;
                id
            }
            None => self.create_glossary_entry(actor, &imported.entry, &reason).await?,
        };
        self.execute(
            &Query::update()
                .table("glossary_entries")
                .value("source_organisation", from)
                .value("source_entry", imported.source_id.as_str())
                .value("source_version", imported.version)
                .value("published", 1i64)
                .and_where(Expr::col("id").eq(id.as_str()))
                .to_owned(),
        )
        .await?;
        Ok(id)
    }
}

impl Tx {
    /// The organisation's published entries, by term: what a note may name.
    pub async fn published_glossary_terms(
        &mut self,
        organisation: &OrganisationId,
    ) -> Result<Vec<(GlossaryEntryId, String)>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns(["id", "term"])
                    .from("glossary_entries")
                    .and_where(Expr::col("organisation_id").eq(organisation.as_str()))
                    .and_where(Expr::col("published").eq(1i64))
                    .order_by("term", Order::Asc)
                    .to_owned(),
            )
            .await?;
        rows.iter().map(|r| Ok((GlossaryEntryId::from_trusted(col::text(r, "id")?), col::text(r, "term")?))).collect()
    }

    /// Records which entries a note of the family names.
    pub async fn link_note_to_glossary(
        &mut self,
        read: &crate::families::FamilyRead,
        note: &hearth_core::ids::NoteId,
        entries: &[GlossaryEntryId],
    ) -> Result<()> {
        if self.note_family(note).await?.as_ref() != Some(read.family()) || entries.is_empty() {
            return Ok(());
        }
        let mut insert = Query::insert();
        insert.into_table("glossary_links").columns(["note_id", "entry_id"]);
        for entry in entries {
            insert.values_panic([note.as_str().into(), entry.as_str().into()]);
        }
        insert.on_conflict(OnConflict::columns(["note_id", "entry_id"]).do_nothing().to_owned());
        self.execute(&insert).await?;
        Ok(())
    }

    /// The entries each of the family's notes names: note, entry and term.
    pub async fn glossary_links_of(
        &mut self,
        read: &crate::families::FamilyRead,
    ) -> Result<Vec<(hearth_core::ids::NoteId, GlossaryEntryId, String)>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns([("glossary_links", "note_id"), ("glossary_links", "entry_id")])
                    .column(("glossary_entries", "term"))
                    .from("glossary_links")
                    .inner_join(
                        "glossary_entries",
                        Expr::col(("glossary_entries", "id")).equals(("glossary_links", "entry_id")),
                    )
                    .inner_join("notes", Expr::col(("notes", "id")).equals(("glossary_links", "note_id")))
                    .and_where(Expr::col(("notes", "family_id")).eq(read.family().as_str()))
                    .order_by(("glossary_entries", "term"), Order::Asc)
                    .to_owned(),
            )
            .await?;
        rows.iter()
            .map(|r| {
                Ok((
                    hearth_core::ids::NoteId::from_trusted(col::text(r, "note_id")?),
                    GlossaryEntryId::from_trusted(col::text(r, "entry_id")?),
                    col::text(r, "term")?,
                ))
            })
            .collect()
    }
}
