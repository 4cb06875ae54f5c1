//! The organisation's legal notes.

use hearth_core::access::Actor;
use hearth_core::audit::AuditAction;
use hearth_core::clock::Timestamp;
use hearth_core::glossary::search_key;
use hearth_core::ids::{LegalNoteId, OrganisationId};
use hearth_core::legal::LegalNote;
use hearth_core::wellbeing::LocalDate;
use sea_query::{Expr, ExprTrait, Order, Query};

use crate::audit::AuditRecord;
use crate::{AuditEntry, Result, StoreError, Tx, col};

#[derive(Debug, Clone)]
pub struct StoredLegalNote {
    pub id: LegalNoteId,
    pub note: LegalNote,
    pub updated_by_name: String,
    pub updated_at: Timestamp,
}

const COLUMNS: [(&str, &str); 8] = [
    ("legal_notes", "id"),
    ("legal_notes", "title"),
    ("legal_notes", "jurisdiction"),
    ("legal_notes", "body"),
    ("legal_notes", "source"),
    ("legal_notes", "review_on"),
    ("legal_notes", "updated_at"),
    ("legal_notes", "organisation_id"),
];

fn stored(date: LocalDate) -> Result<i64> {
    date.stored().map(|t| t.millis()).ok_or(StoreError::Corrupt("date"))
}

fn from_row(r: &sqlx::any::AnyRow) -> Result<StoredLegalNote> {
    Ok(StoredLegalNote {
        id: LegalNoteId::from_trusted(col::text(r, "id")?),
        note: LegalNote {
            title: col::text(r, "title")?,
            jurisdiction: col::text(r, "jurisdiction")?,
            text: col::text(r, "body")?,
            source: col::text(r, "source")?,
            review_on: LocalDate::of_stored(Timestamp(col::int(r, "review_on")?)),
        },
        updated_by_name: col::opt_text(r, "updated_by_name")?.unwrap_or_default(),
        updated_at: Timestamp(col::int(r, "updated_at")?),
    })
}

impl Tx {
    /// Writes a new note (no id) or changes one of the organisation's. None when there is no such note.
    pub async fn save_legal_note(
        &mut self,
        actor: &Actor,
        id: Option<&LegalNoteId>,
        note: &LegalNote,
    ) -> Result<Option<LegalNoteId>> {
        let now = self.now().millis();
        let id = match id {
            Some(id) => {
                let changed = self
                    .execute(
                        &Query::update()
                            .table("legal_notes")
                            .value("title", note.title.as_str())
                            .value("jurisdiction", note.jurisdiction.as_str())
                            .value("body", note.text.as_str())
                            .value("source", note.source.as_str())
                            .value("review_on", stored(note.review_on)?)
                            .value("search", note.search_text())
                            .value("updated_by", actor.user_id.as_str())
                            .value("updated_at", now)
                            .and_where(Expr::col("id").eq(id.as_str()))
                            .and_where(Expr::col("organisation_id").eq(actor.organisation_id.as_str()))
                            .to_owned(),
                    )
                    .await?;
                if changed == 0 {
                    return Ok(None);
                }
                id.clone()
            }
            None => {
                let id = LegalNoteId::generate()?;
                self.execute(
                    &Query::insert()
                        .into_table("legal_notes")
                        .columns([
                            "id",
                            "organisation_id",
                            "title",
                            "jurisdiction",
                            "body",
                            "source",
                            "review_on",
                            "search",
                            "updated_by",
                            "updated_at",
                        ])
                        .values_panic([
                            id.as_str().into(),
                            actor.organisation_id.as_str().into(),
                            note.title.as_str().into(),
                            note.jurisdiction.as_str().into(),
                            note.text.as_str().into(),
                            note.source.as_str().into(),
                            stored(note.review_on)?.into(),
                            note.search_text().into(),
                            actor.user_id.as_str().into(),
                            now.into(),
                        ])
                        .to_owned(),
                )
                .await?;
                id
            }
        };
        self.audit(AuditEntry::by(
            actor,
            AuditAction::LegalNoteSaved,
            AuditRecord::Organisation(&actor.organisation_id),
        ))
        .await?;
        Ok(Some(id))
    }

    pub async fn legal_note(
        &mut self,
        organisation: &OrganisationId,
        id: &LegalNoteId,
    ) -> Result<Option<StoredLegalNote>> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .columns(COLUMNS)
                    .expr_as(Expr::col(("users", "display_name")), "updated_by_name")
                    .from("legal_notes")
                    .left_join("users", Expr::col(("users", "id")).equals(("legal_notes", "updated_by")))
                    .and_where(Expr::col(("legal_notes", "id")).eq(id.as_str()))
                    .and_where(Expr::col(("legal_notes", "organisation_id")).eq(organisation.as_str()))
                    .to_owned(),
            )
            .await?;
        row.as_ref().map(from_row).transpose()
    }

    /// Notes whose words hold the query once both are folded, by title; or
    /// those due for review by `due_by`.
    pub async fn search_legal_notes(
        &mut self,
        organisation: &OrganisationId,
        query: &str,
        due_by: Option<LocalDate>,
    ) -> Result<Vec<StoredLegalNote>> {
        let needle = search_key(query);
        let mut select = Query::select();
        select
            .columns(COLUMNS)
            .expr_as(Expr::col(("users", "display_name")), "updated_by_name")
            .from("legal_notes")
            .left_join("users", Expr::col(("users", "id")).equals(("legal_notes", "updated_by")))
            .and_where(Expr::col(("legal_notes", "organisation_id")).eq(organisation.as_str()))
            .order_by(("legal_notes", "title"), Order::Asc)
            .limit(200);
        if !needle.is_empty() {
            select.and_where(Expr::col(("legal_notes", "search")).like(crate::containing(&needle)));
        }
        if let Some(day) = due_by {
            select.and_where(Expr::col(("legal_notes", "review_on")).lte(stored(day)?));
        }
        self.fetch_all(&select).await?.iter().map(from_row).collect()
    }
}
