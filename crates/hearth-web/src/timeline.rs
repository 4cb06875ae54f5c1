//! Writing on a family's timeline: new notes and amendments.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use hearth_core::access::Action;
use hearth_core::ids::{MemberId, NoteId};
use hearth_core::timeline::{InvalidNoteText, NoteKind, NoteText};
use hearth_store::families::Family;
use serde::Deserialize;

use crate::AppState;
use crate::access::family_for;
use crate::accounts::{html, html_with_status};
use crate::context::{Page, Reading, SignedIn, Writer, Writing};
use crate::error::{AppError, AppResult};
use crate::forms::Form;
use crate::forms::{self, FieldErrors, Pairs, field};
use hearth_store::Tx;

#[derive(askama::Template)]
#[template(path = "note_form.html")]
struct NoteFormTemplate {
    page: Page,
    family_id: String,
    family_name: String,
    action: String,
    /// Amending: the text in force, shown above the form.
    amending: Option<String>,
    kinds: Vec<(&'static str, String)>,
    members: Vec<(String, String, bool)>,
    kind: String,
    occurred: String,
    text: String,
    /// Glossary terms the note names, as typed, and the published terms offered.
    glossary: String,
    glossary_terms: Vec<String>,
    errors: FieldErrors,
}

async fn note_page(
    tx: &mut Tx,
    who: &SignedIn,
    family: &Family,
    pairs: Option<&Pairs>,
    errors: FieldErrors,
) -> AppResult<NoteFormTemplate> {
    let read = tx.read_family(&who.actor, &family.id).await?;
    let members = tx.members_of(&read).await?;
    let glossary_terms =
        if who.may(Action::ReadGlossary, hearth_core::access::Target::Organisation(&who.actor.organisation_id)) {
            tx.published_glossary_terms(&who.actor.organisation_id).await?.into_iter().map(|(_, t)| t).collect()
        } else {
            Vec::new()
        };
    let now = tx.now();
    let tr = who.tr;
    let ticked = |id: &str| pairs.is_some_and(|p| p.iter().any(|(k, v)| k == "members" && v == id));
    Ok(NoteFormTemplate {
        page: Page::signed_in(who, "note-new-title", "/families"),
        family_id: family.id.to_string(),
        family_name: family.name.clone(),
        action: format!("/families/{}/notes", family.id),
        amending: None,
        kinds: NoteKind::ALL.iter().map(|k| (k.as_str(), tr.t(&format!("note-kind-{}", k.as_str())))).collect(),
        members: members.iter().map(|m| (m.id.to_string(), m.name.clone(), ticked(m.id.as_str()))).collect(),
        kind: pairs.map(|p| field(p, "kind").to_owned()).unwrap_or_else(|| NoteKind::HomeVisit.as_str().into()),
        occurred: pairs.map(|p| field(p, "occurred").to_owned()).unwrap_or_else(|| who.zone.input_value(now)),
        text: pairs.map(|p| field(p, "text").to_owned()).unwrap_or_default(),
        glossary: pairs.map(|p| field(p, "glossary").to_owned()).unwrap_or_default(),
        glossary_terms,
        errors,
    })
}

pub async fn new_note_page(Reading { who, mut tx }: Reading, Path(id): Path<String>) -> AppResult<Response> {
    let family = family_for(&mut tx, &who, &id, Action::WorkOnFamily).await?;
    let page = note_page(&mut tx, &who, &family, None, Vec::new()).await?;
    tx.commit().await?;
    html(&page)
}

fn text_error(tr: &crate::i18n::Tr, e: InvalidNoteText) -> String {
    match e {
        InvalidNoteText::Empty => tr.t("note-error-empty"),
        InvalidNoteText::TooLong => tr.t("note-error-too-long"),
    }
}

pub async fn add_note(
    State(state): State<AppState>,
    writer: Writer,
    Path(id): Path<String>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let family = family_for(&mut tx, &who, &id, Action::WorkOnFamily).await?;
    let tr = who.tr;
    let mut errors = Vec::new();
    let kind = NoteKind::parse(field(&pairs, "kind"));
    if kind.is_none() {
        errors.push(("kind", tr.t("note-error-kind")));
    }
    let occurred = who.zone.parse_input(field(&pairs, "occurred"));
    if occurred.is_none() {
        errors.push(("occurred", tr.t("date-invalid")));
    }
    let text = NoteText::parse(field(&pairs, "text")).map_err(|e| errors.push(("text", text_error(&tr, e)))).ok();
    let read = tx.read_family(&who.actor, &family.id).await?;
    let family_members = tx.members_of(&read).await?;
    let mut members = Vec::new();
    for (k, v) in &pairs {
        if k == "members" {
            match MemberId::parse(v).ok().filter(|m| family_members.iter().any(|fm| &fm.id == m)) {
                Some(m) => members.push(m),
                // A member who is not in this family (a tampered form, or one
                // removed meanwhile) is said, and the note is kept for another try.
                None => {
                    if !forms::names_field(&errors, "members") {
                        errors.push(("members", tr.t("note-error-members")));
                    }
                }
            }
        }
    }
    let published = tx.published_glossary_terms(&who.actor.organisation_id).await?;
    let (glossary, unknown) = hearth_core::glossary::entries_named(field(&pairs, "glossary"), &published);
    if !unknown.is_empty() {
        errors.push(("glossary", tr.t("note-error-glossary")));
    }
    let (Some(kind), Some(occurred), Some(text), true) = (kind, occurred, text, errors.is_empty()) else {
        // Nothing was written: the form comes back, and the read it took is recorded.
        let page = note_page(&mut tx, &who, &family, Some(&pairs), errors).await?;
        tx.commit().await?;
        return html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    let note = tx.add_note(&who.actor, &family.id, kind, occurred, &text, &members).await?;
    tx.link_note_to_glossary(&read, &note, &glossary).await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/families/{}", family.id)).into_response())
}

async fn load_note(
    tx: &mut Tx,
    who: &SignedIn,
    family_id: &str,
    note_id: &str,
) -> AppResult<(Family, hearth_store::timeline::Note)> {
    let family = family_for(tx, who, family_id, Action::WorkOnFamily).await?;
    let note_id = NoteId::parse(note_id).map_err(|_| AppError::NotFound)?;
    let read = tx.read_family(&who.actor, &family.id).await?;
    if tx.note_family(&note_id).await?.as_ref() != Some(&family.id) {
        return Err(AppError::NotFound);
    }
    let note = tx.notes_of(&read).await?.into_iter().find(|n| n.id == note_id).ok_or(AppError::NotFound)?;
    Ok((family, note))
}

fn amend_page(
    who: &SignedIn,
    family: &Family,
    note: &hearth_store::timeline::Note,
    text: String,
    errors: FieldErrors,
) -> NoteFormTemplate {
    let tr = who.tr;
    NoteFormTemplate {
        page: Page::signed_in(who, "note-amend-title", "/families"),
        family_id: family.id.to_string(),
        family_name: family.name.clone(),
        action: format!("/families/{}/notes/{}/amend", family.id, note.id),
        amending: note.current().map(|v| v.text.clone()),
        kinds: Vec::new(),
        members: Vec::new(),
        kind: tr.t(&format!("note-kind-{}", note.kind.as_str())),
        occurred: who.dates().when(note.occurred_at),
        text,
        // An amendment changes the words; the entries named stay as they were.
        glossary: String::new(),
        glossary_terms: Vec::new(),
        errors,
    }
}

pub async fn amend_note_page(
    Reading { who, mut tx }: Reading,
    Path((id, note_id)): Path<(String, String)>,
) -> AppResult<Response> {
    let (family, note) = load_note(&mut tx, &who, &id, &note_id).await?;
    tx.commit().await?;
    let text = note.current().map(|v| v.text.clone()).unwrap_or_default();
    html(&amend_page(&who, &family, &note, text, Vec::new()))
}

#[derive(Deserialize)]
pub struct AmendForm {
    #[serde(default)]
    text: String,
}

pub async fn amend_note(
    State(state): State<AppState>,
    writer: Writer,
    Path((id, note_id)): Path<(String, String)>,
    Form(form): Form<AmendForm>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let (family, note) = load_note(&mut tx, &who, &id, &note_id).await?;
    let text = match NoteText::parse(&form.text) {
        Ok(t) => t,
        Err(e) => {
            tx.commit().await?;
            let errors = vec![("text", text_error(&who.tr, e))];
            return html_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &amend_page(&who, &family, &note, form.text, errors),
            );
        }
    };
    if note.current().is_some_and(|v| v.text == text.as_str()) {
        // Nothing changed: no new version.
        tx.commit().await?;
        return Ok(Redirect::to(&format!("/families/{}", family.id)).into_response());
    }
    tx.amend_note(&who.actor, &family.id, &note.id, &text).await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/families/{}", family.id)).into_response())
}
