//! Legal notes for staff: short notes on legislation the team must know for
//! cases with a judicial side, searchable like the glossary; written by the
//! same editors, each with its jurisdiction, source and review date.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use hearth_core::ids::LegalNoteId;
use hearth_core::legal::{InvalidLegalNote, LegalNote};

use crate::AppState;
use crate::accounts::{html, html_with_status};
use crate::context::{Page, Reading, SignedIn, Writer, Writing};
use crate::error::{AppError, AppResult};
use crate::forms::{Form, Pairs, Query, field};
use crate::glossary::{is_editor, require_editor, require_reader};

const HOME: &str = "/legal";

struct NoteRow {
    href: String,
    title: String,
    jurisdiction: String,
    review_on: String,
}

fn row(n: hearth_store::legal::StoredLegalNote) -> NoteRow {
    NoteRow {
        href: format!("{HOME}/{}", n.id),
        title: n.note.title,
        jurisdiction: n.note.jurisdiction,
        review_on: n.note.review_on.to_string(),
    }
}

#[derive(askama::Template)]
#[template(path = "legal.html")]
struct LegalTemplate {
    page: Page,
    q: String,
    searched: bool,
    notes: Vec<NoteRow>,
    editor: bool,
    due: Vec<NoteRow>,
}

#[derive(serde::Deserialize)]
pub struct Search {
    #[serde(default)]
    q: String,
}

pub async fn legal_page(Reading { who, mut tx }: Reading, Query(search): Query<Search>) -> AppResult<Response> {
    require_reader(&who)?;
    let editor = is_editor(&mut tx, &who).await?;
    let notes = tx.search_legal_notes(&who.actor.organisation_id, &search.q, None).await?;
    let due = if editor {
        let today = who.today(&tx);
        tx.search_legal_notes(&who.actor.organisation_id, "", Some(today)).await?
    } else {
        Vec::new()
    };
    tx.commit().await?;
    html(&LegalTemplate {
        page: Page::signed_in(&who, "legal-title", HOME),
        searched: !search.q.trim().is_empty(),
        q: search.q,
        notes: notes.into_iter().map(row).collect(),
        editor,
        due: due.into_iter().map(row).collect(),
    })
}

#[derive(askama::Template)]
#[template(path = "legal_note.html")]
struct NoteTemplate {
    page: Page,
    id: String,
    note: LegalNote,
    link: bool,
    updated: String,
    review_due: bool,
    editor: bool,
}

fn note_id(id: &str) -> AppResult<LegalNoteId> {
    LegalNoteId::parse(id).map_err(|_| AppError::NotFound)
}

pub async fn note_page(Reading { who, mut tx }: Reading, Path(id): Path<String>) -> AppResult<Response> {
    require_reader(&who)?;
    let editor = is_editor(&mut tx, &who).await?;
    let found = tx.legal_note(&who.actor.organisation_id, &note_id(&id)?).await?.ok_or(AppError::NotFound)?;
    let today = who.today(&tx);
    tx.commit().await?;
    html(&NoteTemplate {
        page: Page::signed_in(&who, "legal-note-title", HOME),
        id: found.id.to_string(),
        link: found.note.source.starts_with("https://"),
        updated: format!("{}, {}", found.updated_by_name, who.dates().date_of(found.updated_at)),
        review_due: found.note.review_on <= today,
        note: found.note,
        editor,
    })
}

/// The form's fields as typed.
struct Fields {
    title: String,
    jurisdiction: String,
    text: String,
    source: String,
    review_on: String,
}

#[derive(askama::Template)]
#[template(path = "legal_form.html")]
struct FormTemplate {
    page: Page,
    action: String,
    fields: Fields,
    errors: Vec<(&'static str, String)>,
}

impl FormTemplate {
    fn wrong(&self, name: &str) -> bool {
        self.errors.iter().any(|(n, _)| *n == name)
    }
}

fn typed(pairs: &Pairs) -> Fields {
    Fields {
        title: field(pairs, "title").to_owned(),
        jurisdiction: field(pairs, "jurisdiction").to_owned(),
        text: field(pairs, "text").to_owned(),
        source: field(pairs, "source").to_owned(),
        review_on: field(pairs, "review_on").to_owned(),
    }
}

fn errors(who: &SignedIn, wrong: &[InvalidLegalNote]) -> Vec<(&'static str, String)> {
    wrong.iter().map(|w| (w.field(), who.tr.t(&format!("legal-error-{}", w.field().replace('_', "-"))))).collect()
}

pub async fn new_page(Reading { who, mut tx }: Reading) -> AppResult<Response> {
    require_editor(&mut tx, &who).await?;
    let review_on = hearth_core::data_protection::plus_months(who.today(&tx), 12).to_string();
    tx.commit().await?;
    let fields = Fields {
        title: String::new(),
        jurisdiction: String::new(),
        text: String::new(),
        source: String::new(),
        review_on,
    };
    html(&FormTemplate {
        page: Page::signed_in(&who, "legal-new-title", HOME),
        action: HOME.to_owned(),
        fields,
        errors: Vec::new(),
    })
}

pub async fn edit_page(Reading { who, mut tx }: Reading, Path(id): Path<String>) -> AppResult<Response> {
    require_editor(&mut tx, &who).await?;
    let found = tx.legal_note(&who.actor.organisation_id, &note_id(&id)?).await?.ok_or(AppError::NotFound)?;
    tx.commit().await?;
    let n = found.note;
    let fields = Fields {
        title: n.title,
        jurisdiction: n.jurisdiction,
        text: n.text,
        source: n.source,
        review_on: n.review_on.to_string(),
    };
    html(&FormTemplate {
        page: Page::signed_in(&who, "legal-edit-title", HOME),
        action: format!("{HOME}/{}", found.id),
        fields,
        errors: Vec::new(),
    })
}

async fn save(state: &AppState, writer: Writer, id: Option<String>, pairs: Pairs) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(state).await?;
    require_editor(&mut tx, &who).await?;
    let id = id.as_deref().map(note_id).transpose()?;
    let fields = typed(&pairs);
    let today = who.today(&tx);
    match LegalNote::parse(&fields.title, &fields.jurisdiction, &fields.text, &fields.source, &fields.review_on, today)
    {
        Ok(note) => {
            let saved = tx.save_legal_note(&who.actor, id.as_ref(), &note).await?.ok_or(AppError::NotFound)?;
            tx.commit().await?;
            Ok(Redirect::to(&format!("{HOME}/{saved}")).into_response())
        }
        Err(wrong) => {
            tx.commit().await?;
            let action = id.map_or_else(|| HOME.to_owned(), |id| format!("{HOME}/{id}"));
            let title = if action == HOME { "legal-new-title" } else { "legal-edit-title" };
            html_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &FormTemplate {
                    page: Page::signed_in(&who, title, HOME),
                    action,
                    fields,
                    errors: errors(&who, &wrong),
                },
            )
        }
    }
}

pub async fn create(State(state): State<AppState>, writer: Writer, Form(pairs): Form<Pairs>) -> AppResult<Response> {
    save(&state, writer, None, pairs).await
}

pub async fn change(
    State(state): State<AppState>,
    writer: Writer,
    Path(id): Path<String>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    save(&state, writer, Some(id), pairs).await
}
