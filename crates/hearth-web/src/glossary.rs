//! The glossary of online trends, for staff: a forgiving search, an entry
//! read in one's own language where a translation exists (else in the
//! language it was written in, said so), and, for the editors the
//! organisation names, writing, translating, publishing and reviewing, each
//! change kept as a version with who and why.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use hearth_core::access::{Action, Target};
use hearth_core::glossary::{Entry, EntryForm, EntryKind, InvalidEntry};
use hearth_core::ids::{GlossaryEntryId, UserId};
use hearth_core::wellbeing::LocalDate;
use hearth_store::Tx;
use hearth_store::glossary::{GlossaryEntry, GlossaryHit};

use crate::AppState;
use crate::accounts::{html, html_with_status};
use crate::context::{Page, Reading, SignedIn, Writer, Writing};
use crate::error::{AppError, AppResult};
use crate::forms::{Form, Pairs, Query, field};
use crate::i18n::{Lang, Tr};

const HOME: &str = "/glossary";

/// Staff read the glossary and the legal notes; its editors write both.
pub(crate) fn require_reader(who: &SignedIn) -> AppResult<()> {
    who.require(Action::ReadGlossary, Target::Organisation(&who.actor.organisation_id))
}

pub(crate) async fn is_editor(tx: &mut Tx, who: &SignedIn) -> AppResult<bool> {
    let facts = tx.glossary_facts(&who.actor).await?;
    Ok(who.may(Action::EditGlossary, Target::Glossary(&facts)))
}

pub(crate) async fn require_editor(tx: &mut Tx, who: &SignedIn) -> AppResult<()> {
    let facts = tx.glossary_facts(&who.actor).await?;
    who.require(Action::EditGlossary, Target::Glossary(&facts))
}

fn kind_label(tr: &Tr, kind: EntryKind) -> String {
    tr.t(&format!("glossary-kind-{}", kind.as_str()))
}

struct HitRow {
    href: String,
    term: String,
    kind: String,
    draft: bool,
    review_on: String,
}

fn hit_row(tr: &Tr, h: GlossaryHit) -> HitRow {
    HitRow {
        href: format!("{HOME}/{}", h.id),
        kind: kind_label(tr, h.kind),
        draft: !h.published,
        review_on: h.review_on.to_string(),
        term: h.term,
    }
}

#[derive(askama::Template)]
#[template(path = "glossary.html")]
struct GlossaryTemplate {
    page: Page,
    q: String,
    searched: bool,
    hits: Vec<HitRow>,
    editor: bool,
    due: Vec<HitRow>,
}

#[derive(serde::Deserialize)]
pub struct Search {
    #[serde(default)]
    q: String,
}

pub async fn glossary_page(Reading { who, mut tx }: Reading, Query(search): Query<Search>) -> AppResult<Response> {
    require_reader(&who)?;
    let editor = is_editor(&mut tx, &who).await?;
    let hits = tx.search_glossary(&who.actor.organisation_id, &search.q, editor).await?;
    let due = if editor {
        let today = who.today(&tx);
        tx.glossary_due_for_review(&who.actor.organisation_id, today).await?
    } else {
        Vec::new()
    };
    tx.commit().await?;
    html(&GlossaryTemplate {
        page: Page::signed_in(&who, "glossary-title", HOME),
        searched: !search.q.trim().is_empty(),
        q: search.q,
        hits: hits.into_iter().map(|h| hit_row(&who.tr, h)).collect(),
        editor,
        due: due.into_iter().map(|h| hit_row(&who.tr, h)).collect(),
    })
}

fn entry_id(id: &str) -> AppResult<GlossaryEntryId> {
    GlossaryEntryId::parse(id).map_err(|_| AppError::NotFound)
}

async fn entry_for(tx: &mut Tx, who: &SignedIn, id: &str, editor: bool) -> AppResult<GlossaryEntry> {
    let found = tx.glossary_entry(&who.actor.organisation_id, &entry_id(id)?).await?.ok_or(AppError::NotFound)?;
    // Drafts are the editors' until published.
    if !found.published && !editor {
        return Err(AppError::NotFound);
    }
    Ok(found)
}

struct VersionRow {
    version: i64,
    who: String,
    why: String,
    when: String,
}

#[derive(askama::Template)]
#[template(path = "glossary_entry.html")]
struct EntryTemplate {
    page: Page,
    id: String,
    term: String,
    kind: String,
    variants: Vec<String>,
    seen_in: String,
    /// The language the text below is in, when it is not the reader's.
    other_language: Option<&'static str>,
    text_lang: String,
    meaning: String,
    may_indicate: String,
    does_not_indicate: String,
    first_seen: Option<String>,
    sources: Vec<(String, bool)>,
    review_on: String,
    review_due: bool,
    reviewed: Option<String>,
    draft: bool,
    editor: bool,
    /// Related entries: address and term.
    related: Vec<(String, String)>,
    has_image: bool,
    image_error: Option<String>,
    provenance: Option<String>,
    versions: Vec<VersionRow>,
    today: String,
    review_error: Option<String>,
}

async fn entry_page_of(
    tx: &mut Tx,
    who: &SignedIn,
    id: &str,
    review_error: Option<String>,
) -> AppResult<EntryTemplate> {
    let editor = is_editor(tx, who).await?;
    let found = entry_for(tx, who, id, editor).await?;
    let versions = tx.glossary_versions(&found.id).await?;
    let published = tx.published_glossary_terms(&who.actor.organisation_id).await?;
    let today = who.today(tx);
    let e = &found.entry;
    let (text, lang) = e.text_in(who.tr.lang.code());
    Ok(EntryTemplate {
        page: Page::signed_in(who, "glossary-entry-title", HOME),
        id: found.id.to_string(),
        term: e.term.clone(),
        kind: kind_label(&who.tr, e.kind),
        variants: e.variants.clone(),
        seen_in: e.seen_in.clone(),
        other_language: (lang != who.tr.lang.code()).then(|| Lang::parse(lang).map_or("", Lang::endonym)),
        text_lang: lang.to_owned(),
        meaning: text.meaning.clone(),
        may_indicate: text.may_indicate.clone(),
        does_not_indicate: text.does_not_indicate.clone(),
        first_seen: e.first_seen.map(|d| d.to_string()),
        sources: e.sources.iter().map(|s| (s.clone(), s.starts_with("https://"))).collect(),
        review_on: e.review_on.to_string(),
        review_due: e.review_on <= today,
        reviewed: found.reviewed.as_ref().map(|(name, at)| format!("{name}, {}", who.dates().date_of(*at))),
        draft: !found.published,
        editor,
        related: terms_of(&found.entry.related, &published),
        has_image: found.has_image,
        image_error: None,
        provenance: found
            .provenance
            .as_ref()
            .map(|(org, v)| who.tr.t1("glossary-provenance", "organisation", &format!("{org} (v{v})"))),
        versions: versions
            .into_iter()
            .map(|v| VersionRow {
                version: v.version,
                who: v.changed_by_name,
                why: v.reason,
                when: who.dates().when(v.changed_at),
            })
            .collect(),
        today: today.to_string(),
        review_error,
    })
}

pub async fn entry_page(Reading { who, mut tx }: Reading, Path(id): Path<String>) -> AppResult<Response> {
    require_reader(&who)?;
    let page = entry_page_of(&mut tx, &who, &id, None).await?;
    tx.commit().await?;
    html(&page)
}

/// The entry form's fields, as typed or as stored.
struct FormFields {
    form: EntryForm,
    lang: String,
    reason: String,
    /// Related entries, as terms separated by commas.
    related: String,
}

fn typed(pairs: &Pairs) -> FormFields {
    FormFields {
        form: EntryForm {
            kind: field(pairs, "kind").to_owned(),
            term: field(pairs, "term").to_owned(),
            variants: field(pairs, "variants").to_owned(),
            seen_in: field(pairs, "seen_in").to_owned(),
            meaning: field(pairs, "meaning").to_owned(),
            may_indicate: field(pairs, "may_indicate").to_owned(),
            does_not_indicate: field(pairs, "does_not_indicate").to_owned(),
            first_seen: field(pairs, "first_seen").to_owned(),
            sources: field(pairs, "sources").to_owned(),
            review_on: field(pairs, "review_on").to_owned(),
        },
        lang: field(pairs, "lang").to_owned(),
        reason: field(pairs, "reason").trim().to_owned(),
        related: field(pairs, "related").to_owned(),
    }
}

fn stored_fields(e: &Entry, lang: &str) -> FormFields {
    let text = if e.lang == lang { Some(&e.text) } else { e.translations.get(lang) };
    FormFields {
        form: EntryForm {
            kind: e.kind.as_str().to_owned(),
            term: e.term.clone(),
            variants: e.variants.join("\n"),
            seen_in: e.seen_in.clone(),
            meaning: text.map(|t| t.meaning.clone()).unwrap_or_default(),
            may_indicate: text.map(|t| t.may_indicate.clone()).unwrap_or_default(),
            does_not_indicate: text.map(|t| t.does_not_indicate.clone()).unwrap_or_default(),
            first_seen: e.first_seen.map(|d| d.to_string()).unwrap_or_default(),
            sources: e.sources.join("\n"),
            review_on: e.review_on.to_string(),
        },
        lang: lang.to_owned(),
        reason: String::new(),
        related: String::new(),
    }
}

/// One text field of the entry form.
struct TextField {
    name: &'static str,
    label: &'static str,
    hint: &'static str,
    rows: u8,
    value: String,
    wrong: bool,
}

#[derive(askama::Template)]
#[template(path = "glossary_form.html")]
struct FormTemplate {
    page: Page,
    action: String,
    back: String,
    editing: bool,
    fields: FormFields,
    text_fields: Vec<TextField>,
    /// Published terms, offered for related entries.
    terms: Vec<String>,
    kinds: Vec<(&'static str, String)>,
    languages: Vec<(&'static str, &'static str)>,
    /// Wrong fields by name, with their messages.
    errors: Vec<(&'static str, String)>,
}

impl FormTemplate {
    fn error_for(&self, name: &str) -> Option<String> {
        self.errors.iter().find(|(n, _)| *n == name).map(|(_, m)| m.clone())
    }
}

fn form_page(
    who: &SignedIn,
    action: String,
    back: String,
    editing: bool,
    fields: FormFields,
    errors: Vec<(&'static str, String)>,
    published: &[(GlossaryEntryId, String)],
) -> FormTemplate {
    let f = &fields.form;
    let text_fields = [
        ("term", "glossary-term", "", 0, &f.term),
        ("variants", "glossary-variants", "glossary-variants-hint", 3, &f.variants),
        ("seen_in", "glossary-seen-in", "glossary-seen-in-hint", 0, &f.seen_in),
        ("meaning", "glossary-meaning", "glossary-meaning-hint", 5, &f.meaning),
        ("may_indicate", "glossary-may-indicate", "glossary-may-indicate-hint", 4, &f.may_indicate),
        ("does_not_indicate", "glossary-does-not-indicate", "glossary-does-not-indicate-hint", 4, &f.does_not_indicate),
        ("sources", "glossary-sources", "glossary-sources-hint", 3, &f.sources),
    ]
    .into_iter()
    .map(|(name, label, hint, rows, value)| TextField {
        name,
        label,
        hint,
        rows,
        value: value.clone(),
        wrong: errors.iter().any(|(n, _)| *n == name),
    })
    .collect();
    FormTemplate {
        terms: published.iter().map(|(_, t)| t.clone()).collect(),
        text_fields,
        page: Page::signed_in(who, if editing { "glossary-edit-title" } else { "glossary-new-title" }, HOME),
        action,
        back,
        editing,
        fields,
        kinds: EntryKind::ALL.iter().map(|k| (k.as_str(), kind_label(&who.tr, *k))).collect(),
        languages: Lang::ALL.iter().map(|l| (l.code(), l.endonym())).collect(),
        errors,
    }
}

fn entry_errors(tr: &Tr, wrong: &[InvalidEntry]) -> Vec<(&'static str, String)> {
    wrong.iter().map(|w| (w.field(), tr.t(&format!("glossary-error-{}", w.field().replace('_', "-"))))).collect()
}

pub async fn new_page(Reading { who, mut tx }: Reading) -> AppResult<Response> {
    require_editor(&mut tx, &who).await?;
    let today = who.today(&tx);
    let published = tx.published_glossary_terms(&who.actor.organisation_id).await?;
    tx.commit().await?;
    let fields = FormFields {
        form: EntryForm {
            kind: "term".into(),
            review_on: hearth_core::data_protection::plus_months(today, 6).to_string(),
            ..EntryForm::default()
        },
        lang: who.tr.lang.code().to_owned(),
        reason: String::new(),
        related: String::new(),
    };
    html(&form_page(&who, HOME.to_owned(), HOME.to_owned(), false, fields, Vec::new(), &published))
}

/// The published entries among `ids`: address and term.
fn terms_of(ids: &[String], published: &[(GlossaryEntryId, String)]) -> Vec<(String, String)> {
    ids.iter()
        .filter_map(|id| published.iter().find(|(p, _)| p.as_str() == id))
        .map(|(id, term)| (format!("{HOME}/{id}"), term.clone()))
        .collect()
}

fn written_lang(text: &str, fallback: Lang) -> &'static str {
    Lang::parse(text).unwrap_or(fallback).code()
}

pub async fn create(State(state): State<AppState>, writer: Writer, Form(pairs): Form<Pairs>) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    require_editor(&mut tx, &who).await?;
    let fields = typed(&pairs);
    let today = who.today(&tx);
    let published = tx.published_glossary_terms(&who.actor.organisation_id).await?;
    let (related, unknown) = hearth_core::glossary::entries_named(&fields.related, &published);
    let parsed = Entry::parse(&fields.form, written_lang(&fields.lang, who.tr.lang), today);
    let parsed = match (parsed, unknown.is_empty()) {
        (Ok(entry), true) => Ok(entry),
        (Ok(_), false) => Err(Vec::new()),
        (Err(wrong), _) => Err(wrong),
    };
    match parsed {
        Ok(mut entry) => {
            entry.related = related.iter().map(ToString::to_string).collect();
            let reason = if fields.reason.is_empty() { who.tr.t("glossary-first-version") } else { fields.reason };
            let id = tx.create_glossary_entry(&who.actor, &entry, &reason).await?;
            tx.commit().await?;
            Ok(Redirect::to(&format!("{HOME}/{id}")).into_response())
        }
        Err(wrong) => {
            tx.commit().await?;
            let mut errors = entry_errors(&who.tr, &wrong);
            if !unknown.is_empty() {
                errors.push(("related", who.tr.t("glossary-error-related")));
            }
            html_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &form_page(&who, HOME.to_owned(), HOME.to_owned(), false, fields, errors, &published),
            )
        }
    }
}

#[derive(serde::Deserialize)]
pub struct EditQuery {
    #[serde(default)]
    lang: String,
}

pub async fn edit_page(
    Reading { who, mut tx }: Reading,
    Path(id): Path<String>,
    Query(q): Query<EditQuery>,
) -> AppResult<Response> {
    require_editor(&mut tx, &who).await?;
    let found = entry_for(&mut tx, &who, &id, true).await?;
    let published = tx.published_glossary_terms(&who.actor.organisation_id).await?;
    tx.commit().await?;
    let lang = Lang::parse(&q.lang).map_or_else(|| found.entry.lang.clone(), |l| l.code().to_owned());
    let href = format!("{HOME}/{}", found.id);
    let mut fields = stored_fields(&found.entry, &lang);
    fields.related =
        terms_of(&found.entry.related, &published).into_iter().map(|(_, t)| t).collect::<Vec<_>>().join(", ");
    html(&form_page(&who, href.clone(), href, true, fields, Vec::new(), &published))
}

pub async fn change(
    State(state): State<AppState>,
    writer: Writer,
    Path(id): Path<String>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    require_editor(&mut tx, &who).await?;
    let found = entry_for(&mut tx, &who, &id, true).await?;
    let fields = typed(&pairs);
    let href = format!("{HOME}/{}", found.id);
    let today = who.today(&tx);
    let lang = written_lang(&fields.lang, who.tr.lang);
    let parsed = Entry::parse(&fields.form, lang, today);
    let mut errors = match &parsed {
        Ok(_) => Vec::new(),
        Err(wrong) => entry_errors(&who.tr, wrong),
    };
    if fields.reason.is_empty() {
        errors.push(("reason", who.tr.t("glossary-error-reason")));
    }
    let published = tx.published_glossary_terms(&who.actor.organisation_id).await?;
    let (related, unknown) = hearth_core::glossary::entries_named(&fields.related, &published);
    if !unknown.is_empty() {
        errors.push(("related", who.tr.t("glossary-error-related")));
    }
    match parsed {
        Ok(mut entry) if errors.is_empty() => {
            // A translation changes only that language's text.
            if lang != found.entry.lang {
                let text = entry.text.clone();
                entry.lang = found.entry.lang.clone();
                entry.text = found.entry.text.clone();
                entry.translations = found.entry.translations.clone();
                entry.translations.insert(lang.to_owned(), text);
            } else {
                entry.translations = found.entry.translations.clone();
            }
            entry.related = related.into_iter().filter(|r| *r != found.id).map(|r| r.to_string()).collect();
            tx.change_glossary_entry(&who.actor, &found.id, &entry, &fields.reason).await?;
            tx.commit().await?;
            Ok(Redirect::to(&href).into_response())
        }
        _ => {
            tx.commit().await?;
            html_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &form_page(&who, href.clone(), href, true, fields, errors, &published),
            )
        }
    }
}

pub async fn publish(State(state): State<AppState>, writer: Writer, Path(id): Path<String>) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    require_editor(&mut tx, &who).await?;
    let found = entry_for(&mut tx, &who, &id, true).await?;
    tx.publish_glossary_entry(&who.actor, &found.id).await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("{HOME}/{}", found.id)).into_response())
}

pub async fn review(
    State(state): State<AppState>,
    writer: Writer,
    Path(id): Path<String>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    require_editor(&mut tx, &who).await?;
    let found = entry_for(&mut tx, &who, &id, true).await?;
    let today = who.today(&tx);
    let latest = hearth_core::data_protection::plus_months(today, hearth_core::glossary::MAX_REVIEW_MONTHS);
    let Some(next) = LocalDate::parse(field(&pairs, "review_on")).filter(|d| *d > today && *d <= latest) else {
        let page = entry_page_of(&mut tx, &who, &id, Some(who.tr.t("glossary-error-review-on"))).await?;
        tx.commit().await?;
        return html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    tx.review_glossary_entry(&who.actor, &found.id, next).await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("{HOME}/{}", found.id)).into_response())
}

#[derive(askama::Template)]
#[template(path = "glossary_editors.html")]
struct EditorsTemplate {
    page: Page,
    editors: Vec<(String, String)>,
    staff: Vec<(String, String)>,
}

fn require_admin(who: &SignedIn) -> AppResult<()> {
    who.require(Action::ManageGlossaryEditors, Target::Organisation(&who.actor.organisation_id))
}

pub async fn editors_page(Reading { who, mut tx }: Reading) -> AppResult<Response> {
    require_admin(&who)?;
    let editors = tx.glossary_editors(&who.actor.organisation_id).await?;
    let staff = tx.assignable_staff(&who.actor.organisation_id).await?;
    tx.commit().await?;
    html(&EditorsTemplate {
        page: Page::signed_in(&who, "glossary-editors-title", "/admin/glossary-editors"),
        staff: staff
            .into_iter()
            .filter(|(id, _)| !editors.iter().any(|(e, _)| e == id))
            .map(|(id, name)| (id.to_string(), name))
            .collect(),
        editors: editors.into_iter().map(|(id, name)| (id.to_string(), name)).collect(),
    })
}

pub async fn set_editor(
    State(state): State<AppState>,
    writer: Writer,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    require_admin(&who)?;
    let user = UserId::parse(field(&pairs, "user")).map_err(|_| AppError::NotFound)?;
    let grant = field(&pairs, "editor") == "yes";
    if !tx.set_glossary_editor(&who.actor, &user, grant).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(Redirect::to("/admin/glossary-editors").into_response())
}

/// What an organisation's signed bundle looks like to an importing editor.
struct IncomingRow {
    source_id: String,
    term: String,
    kind: String,
    version: i64,
    status: String,
    /// Offered ticked: new or changed entries.
    offered: bool,
}

#[derive(askama::Template)]
#[template(path = "glossary_exchange.html")]
struct ExchangeTemplate {
    page: Page,
    organisation: String,
    public_key: String,
    signers: Vec<(String, String)>,
    /// A refused trusted-signer form: name, key, message.
    signer_error: Option<(String, String, String)>,
    /// A refused bundle: what was pasted and why it was refused.
    bundle: String,
    bundle_error: Option<String>,
}

#[derive(askama::Template)]
#[template(path = "glossary_import.html")]
struct ImportTemplate {
    page: Page,
    from: String,
    created_at: String,
    bundle: String,
    rows: Vec<IncomingRow>,
}

async fn exchange_of(
    tx: &mut Tx,
    who: &SignedIn,
    signer_error: Option<(String, String, String)>,
    bundle: String,
    bundle_error: Option<String>,
) -> AppResult<ExchangeTemplate> {
    let organisation = tx.organisation_name(&who.actor.organisation_id).await?.unwrap_or_default();
    let seed = tx.glossary_signing_seed(&who.actor.organisation_id);
    Ok(ExchangeTemplate {
        page: Page::signed_in(who, "glossary-exchange-title", HOME),
        organisation,
        public_key: hearth_core::glossary::bundle::public_key(&seed).unwrap_or_default(),
        signers: tx.glossary_signers(&who.actor.organisation_id).await?,
        signer_error,
        bundle,
        bundle_error,
    })
}

pub async fn exchange_page(Reading { who, mut tx }: Reading) -> AppResult<Response> {
    require_editor(&mut tx, &who).await?;
    let page = exchange_of(&mut tx, &who, None, String::new(), None).await?;
    tx.commit().await?;
    html(&page)
}

pub async fn export(State(state): State<AppState>, writer: Writer) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    require_editor(&mut tx, &who).await?;
    let entries = tx.glossary_for_export(&who.actor).await?;
    let organisation = tx.organisation_name(&who.actor.organisation_id).await?.unwrap_or_default();
    let seed = tx.glossary_signing_seed(&who.actor.organisation_id);
    let now = tx.now();
    tx.commit().await?;
    let created_at = now.to_jiff().strftime("%Y-%m-%dT%H:%MZ").to_string();
    let bundle = hearth_core::glossary::bundle::sign(&organisation, &seed, &created_at, &entries)
        .ok_or_else(|| AppError::Internal("the bundle could not be signed".into()))?;
    Ok((
        [
            (axum::http::header::CONTENT_TYPE, "application/json".to_owned()),
            (
                axum::http::header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"glossary-{}.json\"", who.zone.local(now).date),
            ),
        ],
        bundle,
    )
        .into_response())
}

pub async fn trust_signer(
    State(state): State<AppState>,
    writer: Writer,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    require_editor(&mut tx, &who).await?;
    let name = field(&pairs, "name").trim().to_owned();
    let key = field(&pairs, "public_key").trim().to_lowercase();
    let key_ok = key.len() == 64 && key.chars().all(|c| c.is_ascii_hexdigit());
    if name.is_empty() || !key_ok {
        let message =
            who.tr.t(if name.is_empty() { "glossary-error-signer-name" } else { "glossary-error-signer-key" });
        let page = exchange_of(&mut tx, &who, Some((name, key, message)), String::new(), None).await?;
        tx.commit().await?;
        return html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    tx.trust_glossary_signer(&who.actor, &name, &key).await?;
    tx.commit().await?;
    Ok(Redirect::to("/glossary/exchange").into_response())
}

fn refusal(tr: &Tr, refused: hearth_core::glossary::bundle::Refused) -> String {
    use hearth_core::glossary::bundle::Refused;
    tr.t(match refused {
        Refused::Unreadable => "glossary-bundle-unreadable",
        Refused::UnknownSigner => "glossary-bundle-unknown-signer",
        Refused::BadSignature => "glossary-bundle-bad-signature",
    })
}

/// The bundle verified against the organisation's trusted keys, or the page saying why not.
async fn opened_or_refused(
    tx: &mut Tx,
    who: &SignedIn,
    bundle: &str,
) -> AppResult<Result<hearth_core::glossary::bundle::Opened, ExchangeTemplate>> {
    let trusted: Vec<String> =
        tx.glossary_signers(&who.actor.organisation_id).await?.into_iter().map(|(_, key)| key).collect();
    match hearth_core::glossary::bundle::open(bundle, &trusted) {
        Ok(opened) => Ok(Ok(opened)),
        Err(refused) => {
            let page = exchange_of(tx, who, None, bundle.to_owned(), Some(refusal(&who.tr, refused))).await?;
            Ok(Err(page))
        }
    }
}

/// The name the organisation gave the signer of a verified bundle.
async fn signer_name(tx: &mut Tx, who: &SignedIn, key: &str) -> AppResult<String> {
    Ok(tx
        .glossary_signers(&who.actor.organisation_id)
        .await?
        .into_iter()
        .find(|(_, k)| k == key)
        .map(|(name, _)| name)
        .unwrap_or_default())
}

pub async fn import_preview(
    State(state): State<AppState>,
    writer: Writer,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    require_editor(&mut tx, &who).await?;
    let bundle = field(&pairs, "body").to_owned();
    let opened = match opened_or_refused(&mut tx, &who, &bundle).await? {
        Ok(opened) => opened,
        Err(page) => {
            tx.commit().await?;
            return html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let from = signer_name(&mut tx, &who, &opened.public_key).await?;
    let mut rows = Vec::new();
    for e in &opened.entries {
        let (status, _) =
            tx.incoming_glossary_entry(&who.actor.organisation_id, &from, &e.source_id, e.version).await?;
        use hearth_store::glossary::Incoming;
        rows.push(IncomingRow {
            source_id: e.source_id.clone(),
            term: e.entry.term.clone(),
            kind: kind_label(&who.tr, e.entry.kind),
            version: e.version,
            status: who.tr.t(match status {
                Incoming::New => "glossary-incoming-new",
                Incoming::Changed => "glossary-incoming-changed",
                Incoming::Unchanged => "glossary-incoming-unchanged",
            }),
            offered: status != Incoming::Unchanged,
        });
    }
    tx.commit().await?;
    html(&ImportTemplate {
        page: Page::signed_in(&who, "glossary-import-title", HOME),
        from,
        created_at: opened.created_at,
        bundle,
        rows,
    })
}

/// Takes Hearth's starter glossary (the entries not taken before), as
/// published entries that say they came from Hearth.
pub async fn take_starter(State(state): State<AppState>, writer: Writer) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    require_editor(&mut tx, &who).await?;
    use hearth_core::glossary::{STARTER_SOURCE, bundle::Imported, starter};
    for (id, entry) in starter() {
        let (status, _) = tx.incoming_glossary_entry(&who.actor.organisation_id, STARTER_SOURCE, &id, 1).await?;
        if status == hearth_store::glossary::Incoming::New {
            tx.import_glossary_entry(&who.actor, STARTER_SOURCE, &Imported { source_id: id, version: 1, entry })
                .await?;
        }
    }
    tx.commit().await?;
    Ok(Redirect::to(HOME).into_response())
}

pub async fn import_apply(
    State(state): State<AppState>,
    writer: Writer,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    require_editor(&mut tx, &who).await?;
    let bundle = field(&pairs, "body").to_owned();
    let opened = match opened_or_refused(&mut tx, &who, &bundle).await? {
        Ok(opened) => opened,
        Err(page) => {
            tx.commit().await?;
            return html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    let accepted = crate::forms::values(&pairs, "accept");
    let from = signer_name(&mut tx, &who, &opened.public_key).await?;
    for e in opened.entries.iter().filter(|e| accepted.contains(&e.source_id.as_str())) {
        tx.import_glossary_entry(&who.actor, &from, e).await?;
    }
    tx.commit().await?;
    Ok(Redirect::to(HOME).into_response())
}

/// An image of a symbol, cleaned like a document (only its pixels are
/// kept). The session is checked before the upload is read and the entry is
/// written once the image is clean, so no lock is held while it is cleaned.
pub async fn upload_image(
    State(state): State<AppState>,
    Reading { who: checked, tx: mut check }: Reading,
    writer: Writer,
    Path(id): Path<String>,
    mut multipart: axum::extract::Multipart,
) -> AppResult<Response> {
    require_editor(&mut check, &checked).await?;
    check.commit().await?;
    let mut upload = None;
    while let Some(part) = multipart.next_field().await.map_err(|_| AppError::BadRequest)? {
        if part.name() == Some("image") {
            let name = part.file_name().unwrap_or_default().to_owned();
            upload = Some((name, part.bytes().await.map_err(|_| AppError::BadRequest)?));
        }
    }
    let cleaned = crate::documents::clean_upload(upload).await?;
    let Writing { who, mut tx } = writer.begin(&state).await?;
    require_editor(&mut tx, &who).await?;
    let found = entry_for(&mut tx, &who, &id, true).await?;
    use hearth_core::documents::DocumentKind;
    let refused = match &cleaned {
        Ok((_, DocumentKind::Png | DocumentKind::Jpeg, _)) => None,
        Ok(_) => Some("glossary-error-image-kind"),
        Err(message) => Some(*message),
    };
    if let Some(message) = refused {
        let mut page = entry_page_of(&mut tx, &who, &id, None).await?;
        page.image_error = Some(who.tr.t(message));
        tx.commit().await?;
        return html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    if let Ok((_, kind, bytes)) = cleaned {
        tx.set_glossary_image(&who.actor, &found.id, &bytes, kind.media_type()).await?;
    }
    tx.commit().await?;
    Ok(Redirect::to(&format!("{HOME}/{}", found.id)).into_response())
}

/// The image itself, for the entry page (which shows it blurred until the reader chooses).
pub async fn image(Reading { who, mut tx }: Reading, Path(id): Path<String>) -> AppResult<Response> {
    require_reader(&who)?;
    let editor = is_editor(&mut tx, &who).await?;
    let found = entry_for(&mut tx, &who, &id, editor).await?;
    let (bytes, media_type) =
        tx.glossary_image(&who.actor.organisation_id, &found.id).await?.ok_or(AppError::NotFound)?;
    tx.commit().await?;
    // Every response is sent no-store; the image is not kept on the device either.
    Ok(([(axum::http::header::CONTENT_TYPE, media_type)], bytes).into_response())
}
