//! Online working agreements on the web: the practitioner makes one from the
//! organisation's template, the family member accepts it in the portal (or
//! consent given aloud is recorded), and a new template version flags renewal.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use hearth_core::access::{Action, Target};
use hearth_core::agreements::{CHOICES, Piece, RECONNECT_MINUTES, Template, WRITTEN_IN, choice_in};
use hearth_core::calls::parse_reconnect_minutes;
use hearth_core::ids::{AgreementId, MemberId};
use hearth_store::Tx;
use hearth_store::agreements::{Agreement, Consent};
use hearth_store::families::{Family, Member};
use serde::Deserialize;

use crate::AppState;
use crate::access::family_for;
use crate::accounts::{html, html_with_status};
use crate::assessment::RulesEditorTemplate;
use crate::context::{Page, Reading, SignedIn, Writer, Writing};
use crate::error::{AppError, AppResult};
use crate::forms::Form;
use crate::forms::{FieldErrors, Pairs, field};
use crate::i18n::{Lang, Tr};

/// A piece of a clause as shown: the template's words, or a choice (isolated,
/// in its own language, linked where it holds an address).
pub(crate) struct ShownPiece {
    pub parts: Vec<crate::text::Part>,
    /// Set for a choice: its language code ("" when unknown).
    pub choice: Option<String>,
    /// For a choice in another language than the clause: which one.
    pub fallback: Option<String>,
}

/// A clause as shown: its topic and its pieces.
pub(crate) type ShownClause = (String, Vec<ShownPiece>);

fn shown(tr: &Tr, pieces: Vec<Piece>) -> Vec<ShownPiece> {
    pieces
        .into_iter()
        .map(|p| match p {
            Piece::Text(t) => ShownPiece { parts: crate::text::linked(&t), choice: None, fallback: None },
            Piece::Choice { text, lang, fallback } => ShownPiece {
                parts: crate::text::linked(&text),
                fallback: fallback.then(|| {
                    let name = lang.as_deref().and_then(Lang::parse).map(Lang::endonym).unwrap_or_default();
                    tr.t1("agreement-choice-fallback", "language", name)
                }),
                choice: Some(lang.unwrap_or_default()),
            },
        })
        .collect()
}

/// An agreement as shown: its clauses in the reader's language.
pub(crate) struct AgreementView {
    pub id: String,
    pub name: String,
    pub version: i64,
    pub made: String,
    pub clauses: Vec<ShownClause>,
    pub status: String,
    pub accepted: bool,
}

pub(crate) fn view(tr: &Tr, zone: &hearth_core::zone::Zone, a: &Agreement) -> AgreementView {
    let dates = crate::dates::Dates::new(tr.lang, zone);
    let template = a.template.template().ok();
    let status = match (a.consent, a.accepted_at) {
        (Some(Consent::Portal), Some(at)) => tr.t1("agreement-accepted-portal", "name", &dates.when(at)),
        (Some(Consent::Verbal), Some(at)) => tr.t_args(
            "agreement-accepted-verbal",
            &[("name", dates.when(at)), ("detail", a.consent_note.clone().unwrap_or_default())],
        ),
        _ => tr.t("agreement-waiting"),
    };
    AgreementView {
        id: a.id.to_string(),
        // Hearth's own template is named in the reader's language; an
        // organisation's own wording keeps the name it was given.
        name: match &template {
            Some(t) if Template::default_template().is_ok_and(|d| d.name == t.name) => tr.t("agreement-default-name"),
            Some(t) => t.name.clone(),
            None => String::new(),
        },
        version: a.template.version,
        made: dates.when(a.created_at),
        clauses: template
            .map(|t| {
                t.render(tr.lang.code(), &a.choices)
                    .into_iter()
                    .map(|(topic, pieces)| (tr.t(&format!("clause-{topic}")), shown(tr, pieces)))
                    .collect()
            })
            .unwrap_or_default(),
        status,
        accepted: a.accepted_at.is_some(),
    }
}

#[derive(askama::Template)]
#[template(path = "agreement.html")]
struct AgreementTemplate {
    page: Page,
    family_id: String,
    member_id: String,
    member_name: String,
    in_force: Option<AgreementView>,
    earlier: Vec<AgreementView>,
    renewal: bool,
    /// The language the member reads, asked first, when it is not the
    /// practitioner's: its code and name.
    member_lang: Option<(&'static str, &'static str)>,
    /// The practitioner's language, in which every choice is also written.
    own_lang: (&'static str, &'static str),
    choices: Vec<ChoiceField>,
    errors: FieldErrors,
    /// How verbal consent was given, as typed when it was refused.
    how: String,
}

/// One choice on the form: its name and label, its wording in the member's
/// language (when asked) and in the practitioner's.
struct ChoiceField {
    name: &'static str,
    /// The id of its field in the practitioner's language (`choice-signal`).
    field: &'static str,
    label: String,
    in_member_lang: String,
    value: String,
}

/// The id of a choice's field in the practitioner's language
/// (`choice-signal`), which a refused form names: made once for every choice.
fn choice_field(choice: &str) -> &'static str {
    static FIELDS: OnceLock<Vec<(&'static str, String)>> = OnceLock::new();
    FIELDS
        .get_or_init(|| CHOICES.iter().map(|c| (*c, format!("choice-{c}"))).collect())
        .iter()
        .find(|(c, _)| *c == choice)
        .map_or("choice-account_users", |(_, id)| id.as_str())
}

/// The language a member reads, from the languages their file names.
fn reads(member: &Member) -> Option<Lang> {
    Lang::named_in(&member.languages)
}

async fn load(
    tx: &mut Tx,
    who: &SignedIn,
    family_id: &str,
    member_id: &str,
) -> AppResult<(Family, Member, Vec<Agreement>, bool)> {
    let family = family_for(tx, who, family_id, Action::WorkOnFamily).await?;
    let member_id = MemberId::parse(member_id).map_err(|_| AppError::NotFound)?;
    let read = tx.read_family(&who.actor, &family.id).await?;
    let member = tx.member(&read, &member_id).await?.ok_or(AppError::NotFound)?;
    let agreements = tx.agreements_of(&read, &member.id).await?;
    let renewal = match agreements.first() {
        Some(a) => tx.needs_renewal(&who.actor.organisation_id, a).await?,
        None => false,
    };
    Ok((family, member, agreements, renewal))
}

fn page(
    who: &SignedIn,
    family: &Family,
    member: &Member,
    agreements: &[Agreement],
    renewal: bool,
    form: Option<&Pairs>,
    errors: FieldErrors,
) -> AgreementTemplate {
    let tr = who.tr;
    let previous = agreements.first().map(|a| a.choices.clone()).unwrap_or_default();
    let member_lang = reads(member).filter(|l| *l != tr.lang);
    AgreementTemplate {
        page: Page::signed_in(who, "agreement-title", "/families"),
        family_id: family.id.to_string(),
        member_id: member.id.to_string(),
        member_name: member.name.clone(),
        in_force: agreements.first().map(|a| view(&tr, &who.zone, a)),
        earlier: agreements.iter().skip(1).map(|a| view(&tr, &who.zone, a)).collect(),
        renewal,
        member_lang: member_lang.map(|l| (l.code(), l.endonym())),
        own_lang: (tr.lang.code(), tr.lang.endonym()),
        choices: CHOICES
            .iter()
            .map(|c| {
                let translated = member_lang.map(|l| choice_in(c, l.code())).unwrap_or_default();
                let (value, in_member_lang) = match form {
                    Some(f) => (field(f, c).to_owned(), field(f, &translated).to_owned()),
                    None => (
                        previous.get(*c).cloned().unwrap_or_default(),
                        previous.get(&translated).cloned().unwrap_or_default(),
                    ),
                };
                ChoiceField {
                    name: c,
                    field: choice_field(c),
                    label: tr.t(&format!("choice-{c}")),
                    in_member_lang,
                    value,
                }
            })
            .collect(),
        errors,
        how: String::new(),
    }
}

pub async fn agreement_page(
    Reading { who, mut tx }: Reading,
    Path((id, member_id)): Path<(String, String)>,
) -> AppResult<Response> {
    let (family, member, agreements, renewal) = load(&mut tx, &who, &id, &member_id).await?;
    tx.commit().await?;
    html(&page(&who, &family, &member, &agreements, renewal, None, Vec::new()))
}

pub async fn make_agreement(
    State(state): State<AppState>,
    writer: Writer,
    Path((id, member_id)): Path<(String, String)>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let (family, member, agreements, renewal) = load(&mut tx, &who, &id, &member_id).await?;
    let mut choices = BTreeMap::new();
    let mut errors = Vec::new();
    choices.insert(WRITTEN_IN.to_owned(), who.tr.lang.code().to_owned());
    // The member's wording of each choice, when asked: kept beside the
    // practitioner's, shown to the member in place of it.
    if let Some(lang) = reads(&member).filter(|l| *l != who.tr.lang) {
        for c in CHOICES.iter().filter(|c| **c != RECONNECT_MINUTES) {
            let key = choice_in(c, lang.code());
            let value: String = field(&pairs, &key).trim().chars().take(500).collect();
            if !value.is_empty() {
                choices.insert(key, value);
            }
        }
    }
    for c in CHOICES {
        let value: String = field(&pairs, c).trim().chars().take(500).collect();
        if value.is_empty() {
            let name = who.tr.t(&format!("choice-{c}"));
            errors.push((choice_field(c), who.tr.t1("agreement-error-choice", "name", &name)));
        } else if c == RECONNECT_MINUTES && parse_reconnect_minutes(&value).is_none() {
            errors.push((choice_field(c), who.tr.t("agreement-error-reconnect-minutes")));
        }
        choices.insert(c.to_owned(), value);
    }
    if !errors.is_empty() {
        tx.commit().await?;
        return html_with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &page(&who, &family, &member, &agreements, renewal, Some(&pairs), errors),
        );
    }
    let template = tx.current_template(&who.actor).await?;
    tx.make_agreement(&who.actor, &family.id, &member.id, &template, &choices).await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/families/{}/members/{}/agreement", family.id, member.id)).into_response())
}

#[derive(Deserialize)]
pub struct VerbalForm {
    #[serde(default)]
    how: String,
}

pub async fn record_verbal_consent(
    State(state): State<AppState>,
    writer: Writer,
    Path((id, member_id)): Path<(String, String)>,
    Form(form): Form<VerbalForm>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let (family, member, agreements, renewal) = load(&mut tx, &who, &id, &member_id).await?;
    let Some(agreement) = agreements.first() else { return Err(AppError::NotFound) };
    if agreement.accepted_at.is_some() {
        // Accepted meanwhile (in the portal, or by a colleague): nothing to record.
        tx.commit().await?;
        return Ok(Redirect::to(&format!("/families/{}/members/{}/agreement", family.id, member.id)).into_response());
    }
    let how = form.how.trim().to_owned();
    if how.chars().count() < 5 {
        tx.commit().await?;
        let errors = vec![("how", who.tr.t("agreement-error-verbal"))];
        let mut refused = page(&who, &family, &member, &agreements, renewal, None, errors);
        refused.how = form.how;
        return html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &refused);
    }
    tx.record_consent(&who.actor.organisation_id, &who.actor.user_id, agreement, Consent::Verbal, Some(&how)).await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/families/{}/members/{}/agreement", family.id, member.id)).into_response())
}

/// The family member accepts their agreement in the portal.
pub async fn accept(
    State(state): State<AppState>,
    writer: Writer,
    Path(agreement_id): Path<String>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    who.require(Action::AcceptOwnAgreement, Target::Account(&who.user.account_facts()))?;
    let agreement_id = AgreementId::parse(&agreement_id).map_err(|_| AppError::NotFound)?;
    let member = tx.member_of_account(&who.user.id).await?.ok_or(AppError::NotFound)?;
    let read = tx.read_family(&who.actor, &member.family_id).await?;
    let agreements = tx.agreements_of(&read, &member.id).await?;
    // Only the agreement in force, and only their own.
    let agreement = agreements.first().filter(|a| a.id == agreement_id).ok_or(AppError::NotFound)?;
    tx.record_consent(&who.actor.organisation_id, &who.user.id, agreement, Consent::Portal, None).await?;
    tx.commit().await?;
    Ok(Redirect::to("/").into_response())
}

/// A write, though it only shows: an organisation's first look at its
/// template publishes the default as version 1.
pub async fn template_page(State(state): State<AppState>, writer: Writer) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    who.require(Action::EditAgreementTemplate, Target::Organisation(&who.actor.organisation_id))?;
    let current = tx.current_template(&who.actor).await?;
    tx.commit().await?;
    html(&RulesEditorTemplate {
        page: Page::signed_in(&who, "agreement-template-title", "/admin/agreement-template"),
        intro: who.tr.t("agreement-template-intro"),
        action: "/admin/agreement-template",
        is_default: false,
        count: Some(who.tr.tn("agreement-template-version", "version", current.version)),
        body: current.body,
        errors: Vec::new(),
    })
}

#[derive(Deserialize)]
pub struct TemplateForm {
    #[serde(default)]
    body: String,
}

pub async fn publish_template(
    State(state): State<AppState>,
    writer: Writer,
    Form(form): Form<TemplateForm>,
) -> AppResult<Response> {
    // Parsed before the write lock is taken; only used once the gate has passed.
    let parsed = Template::parse(&form.body);
    let Writing { who, mut tx } = writer.begin(&state).await?;
    who.require(Action::EditAgreementTemplate, Target::Organisation(&who.actor.organisation_id))?;
    let title = "agreement-template-title";
    let intro = who.tr.t("agreement-template-intro");
    if let Err(errors) = parsed {
        tx.commit().await?;
        return html_with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &RulesEditorTemplate {
                page: Page::signed_in(&who, title, "/admin/agreement-template"),
                intro,
                action: "/admin/agreement-template",
                body: form.body,
                errors: errors.iter().map(|e| ("body", e.to_string())).collect(),
                is_default: false,
                count: None,
            },
        );
    }
    let published = tx.publish_template(&who.actor, &form.body).await?;
    tx.commit().await?;
    html(&RulesEditorTemplate {
        page: Page::signed_in(&who, title, "/admin/agreement-template").with_notice(Some(who.tr.tn(
            "agreement-template-published",
            "version",
            published.version,
        ))),
        intro,
        action: "/admin/agreement-template",
        body: form.body,
        errors: Vec::new(),
        is_default: false,
        count: Some(who.tr.tn("agreement-template-version", "version", published.version)),
    })
}
