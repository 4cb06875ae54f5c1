//! Notes on a family's timeline. The text of every version is sealed with the
//! keyring; an amendment adds a version and never replaces one.

use hearth_core::access::Actor;
use hearth_core::audit::AuditAction;
use hearth_core::clock::Timestamp;
use hearth_core::ids::{FamilyId, MemberId, NoteId, UserId};
use hearth_core::timeline::{NoteKind, NoteText};
use sea_query::{Expr, ExprTrait, Func, Order, Query};

use crate::audit::AuditRecord;
use crate::families::FamilyRead;
use crate::sealed;
use crate::{AuditEntry, Result, StoreError, Tx, col};

#[derive(Debug, Clone)]
pub struct NoteVersion {
    pub version: i64,
    pub text: String,
    pub author_name: String,
    pub written_at: Timestamp,
}

#[derive(Debug, Clone)]
pub struct Note {
    pub id: NoteId,
    pub kind: NoteKind,
    pub author_id: UserId,
    pub author_name: String,
    pub occurred_at: Timestamp,
    /// Oldest first; the last is the text in force.
    pub versions: Vec<NoteVersion>,
    pub member_names: Vec<String>,
}

impl Note {
    pub fn current(&self) -> Option<&NoteVersion> {
        self.versions.last()
    }
    pub fn amended(&self) -> bool {
        self.versions.len() > 1
    }
}

/// Associated data for a version: a sealed text only opens on its own note and version.
impl Tx {
    pub async fn add_note(
        &mut self,
        actor: &Actor,
        family: &FamilyId,
        kind: NoteKind,
        occurred_at: Timestamp,
        text: &NoteText,
        members: &[MemberId],
    ) -> Result<NoteId> {
        let id = NoteId::generate()?;
        let now = self.now().millis();
        self.execute(
            &Query::insert()
                .into_table("notes")
                .columns(["id", "family_id", "kind", "author_id", "occurred_at", "created_at"])
                .values_panic([
                    id.as_str().into(),
                    family.as_str().into(),
                    kind.as_str().into(),
                    actor.user_id.as_str().into(),
                    occurred_at.millis().into(),
                    now.into(),
                ])
                .to_owned(),
        )
        .await?;
        self.insert_version(&id, 1, text, &actor.user_id).await?;
        for member in members {
            self.execute(
                &Query::insert()
                    .into_table("note_members")
                    .columns(["note_id", "member_id"])
                    .values_panic([id.as_str().into(), member.as_str().into()])
                    .to_owned(),
            )
            .await?;
        }
        if kind.is_contact() {
            self.execute(
                &Query::update()
                    .table("families")
                    .value("last_contact_at", occurred_at.millis())
                    .and_where(Expr::col("id").eq(family.as_str()))
                    .cond_where(
                        sea_query::Cond::any()
                            .add(Expr::col("last_contact_at").is_null())
                            .add(Expr::col("last_contact_at").lt(occurred_at.millis())),
                    )
                    .to_owned(),
            )
            .await?;
        }
        self.audit(AuditEntry::by(actor, AuditAction::NoteWritten, AuditRecord::Family(family))).await?;
        Ok(id)
    }

    async fn insert_version(&mut self, note: &NoteId, version: i64, text: &NoteText, author: &UserId) -> Result<()> {
        let sealed = self.seal(&sealed::NOTE_BODY, &[note.as_str(), &version.to_string()], text.as_str())?;
        let now = self.now().millis();
        self.execute(
            &Query::insert()
                .into_table("note_versions")
                .columns(["note_id", "version", "body", "author_id", "created_at"])
                .values_panic([note.as_str().into(), version.into(), sealed.into(), author.as_str().into(), now.into()])
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    /// The family a note belongs to, for the access check before amending.
    pub async fn note_family(&mut self, note: &NoteId) -> Result<Option<FamilyId>> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .column("family_id")
                    .from("notes")
                    .and_where(Expr::col("id").eq(note.as_str()))
                    .to_owned(),
            )
            .await?;
        row.map(|r| Ok(FamilyId::from_trusted(col::text(&r, "family_id")?))).transpose()
    }

    /// Adds a new version; the earlier text stays, visible to the same readers.
    pub async fn amend_note(&mut self, actor: &Actor, family: &FamilyId, note: &NoteId, text: &NoteText) -> Result<()> {
        let row = self
            .fetch_one(
                &Query::select()
                    .expr_as(Func::max(Expr::col("version")), "v")
                    .from("note_versions")
                    .and_where(Expr::col("note_id").eq(note.as_str()))
                    .to_owned(),
            )
            .await?;
        let next = col::opt_int(&row, "v")?.unwrap_or(0) + 1;
        self.insert_version(note, next, text, &actor.user_id).await?;
        self.audit(AuditEntry::by(actor, AuditAction::NoteAmended, AuditRecord::Family(family))).await
    }

    /// Every note of a family, newest first, opened with the keyring. The
    /// caller audits the read of the file.
    pub async fn notes_of(&mut self, read: &FamilyRead) -> Result<Vec<Note>> {
        self.newest_notes_of(read, None).await
    }

    /// How many notes a family's file holds.
    /// How many entries the family timeline has: notes, events and
    /// conversation days, counted in one statement.
    pub async fn count_timeline_entries(&mut self, read: &FamilyRead) -> Result<u64> {
        let count = |table: &str, column: &str| {
            sea_query::SimpleExpr::SubQuery(
                None,
                Box::new(
                    Query::select()
                        .expr(Expr::col(column.to_owned()).count())
                        .from(table.to_owned())
                        .and_where(Expr::col("family_id").eq(read.family().as_str()))
                        .to_owned()
                        .into(),
                ),
            )
        };
        let row = self
            .fetch_one(
                &Query::select()
                    .expr_as(count("notes", "id"), "notes")
                    .expr_as(count("family_events", "id"), "events")
                    .expr_as(count("conversation_days", "day"), "days")
                    .to_owned(),
            )
            .await?;
        let total = col::int(&row, "notes")? + col::int(&row, "events")? + col::int(&row, "days")?;
        Ok(u64::try_from(total).unwrap_or(0))
    }

    pub async fn count_notes(&mut self, read: &FamilyRead) -> Result<u64> {
        let row = self
            .fetch_one(
                &Query::select()
                    .expr_as(Expr::col("id").count(), "n")
                    .from("notes")
                    .and_where(Expr::col("family_id").eq(read.family().as_str()))
                    .to_owned(),
            )
            .await?;
        Ok(u64::try_from(col::int(&row, "n")?).unwrap_or(0))
    }

    /// The newest `limit` notes of a family, newest first (all with None):
    /// a long-running file is read a page at a time, not whole.
    pub async fn newest_notes_of(&mut self, read: &FamilyRead, limit: Option<u64>) -> Result<Vec<Note>> {
        let family = read.family();
        let mut query = Query::select()
            .columns([("notes", "id"), ("notes", "kind"), ("notes", "author_id"), ("notes", "occurred_at")])
            .expr_as(Expr::col(("users", "display_name")), "author_name")
            .from("notes")
            .inner_join("users", Expr::col(("users", "id")).equals(("notes", "author_id")))
            .and_where(Expr::col(("notes", "family_id")).eq(family.as_str()))
            .order_by(("notes", "occurred_at"), Order::Desc)
            .to_owned();
        if let Some(limit) = limit {
            query.limit(limit);
        }
        let rows = self.fetch_all(&query).await?;
        // With a limit, versions and named members are read for those notes only.
        let ids: Option<Vec<String>> =
            limit.map(|_| rows.iter().map(|r| col::text(r, "id")).collect::<Result<Vec<_>>>()).transpose()?;
        let only = |column: (&'static str, &'static str)| match &ids {
            Some(ids) => Expr::col(column).is_in(ids.clone()),
            None => Expr::col(("notes", "family_id")).eq(family.as_str()),
        };
        // Every version and every named member of the family's notes in one
        // query each, not one per note.
        let version_rows = self
            .fetch_all(
                &Query::select()
                    .columns([
                        ("note_versions", "note_id"),
                        ("note_versions", "version"),
                        ("note_versions", "body"),
                        ("note_versions", "created_at"),
                    ])
                    .expr_as(Expr::col(("users", "display_name")), "author_name")
                    .from("note_versions")
                    .inner_join("notes", Expr::col(("notes", "id")).equals(("note_versions", "note_id")))
                    .inner_join("users", Expr::col(("users", "id")).equals(("note_versions", "author_id")))
                    .and_where(only(("note_versions", "note_id")))
                    .order_by(("note_versions", "note_id"), Order::Asc)
                    .order_by(("note_versions", "version"), Order::Asc)
                    .to_owned(),
            )
            .await?;
        let mut versions: std::collections::HashMap<String, Vec<NoteVersion>> = std::collections::HashMap::new();
        for r in &version_rows {
            let note = NoteId::from_trusted(col::text(r, "note_id")?);
            let version = col::int(r, "version")?;
            let text = self.open(&sealed::NOTE_BODY, &[note.as_str(), &version.to_string()], &col::text(r, "body")?)?;
            versions.entry(note.to_string()).or_default().push(NoteVersion {
                version,
                text,
                author_name: col::text(r, "author_name")?,
                written_at: Timestamp(col::int(r, "created_at")?),
            });
        }
        let member_rows = self
            .fetch_all(
                &Query::select()
                    .column(("note_members", "note_id"))
                    .column(("family_members", "name"))
                    .from("note_members")
                    .inner_join(
                        "family_members",
                        Expr::col(("family_members", "id")).equals(("note_members", "member_id")),
                    )
                    .inner_join("notes", Expr::col(("notes", "id")).equals(("note_members", "note_id")))
                    .and_where(only(("note_members", "note_id")))
                    .order_by(("family_members", "name"), Order::Asc)
                    .to_owned(),
            )
            .await?;
        let mut members: std::collections::HashMap<String, Vec<String>> = std::collections::HashMap::new();
        for r in &member_rows {
            members.entry(col::text(r, "note_id")?).or_default().push(col::text(r, "name")?);
        }
        let mut notes = Vec::with_capacity(rows.len());
        for r in &rows {
            let id = NoteId::from_trusted(col::text(r, "id")?);
            notes.push(Note {
                kind: NoteKind::parse(&col::text(r, "kind")?).ok_or(StoreError::Corrupt("kind"))?,
                author_id: UserId::from_trusted(col::text(r, "author_id")?),
                author_name: col::text(r, "author_name")?,
                occurred_at: Timestamp(col::int(r, "occurred_at")?),
                member_names: members.remove(id.as_str()).unwrap_or_default(),
                versions: versions.remove(id.as_str()).unwrap_or_default(),
                id,
            });
        }
        Ok(notes)
    }
}
