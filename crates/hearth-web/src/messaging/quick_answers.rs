//! Quick answers: an organisation keeps short answers to common practical
//! questions in the shipped languages; members browse them in the portal,
//! and a practitioner puts one into a reply from the conversation page
//! (open the list, choose one: it lands in the message box in the member's
//! language, ready to adapt before sending).

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use hearth_core::access::{Action, Target};
use hearth_core::ids::QuickAnswerId;
use hearth_core::messaging::{InvalidQuickAnswer, QuickAnswerText};
use hearth_store::messaging::quick_answers::QuickAnswer;

use crate::AppState;
use crate::accounts::{html, html_with_status};
use crate::context::{Page, Reading, SignedIn, Writer, Writing};
use crate::error::{AppError, AppResult};
use crate::forms::{Form, Pairs, field};
use crate::i18n::{Lang, Tr};

const ADMIN: &str = "/admin/quick-answers";

fn require_editor(who: &SignedIn) -> AppResult<()> {
    who.require(Action::EditQuickAnswers, Target::Organisation(&who.actor.organisation_id))
}

struct ListedAnswer {
    href: String,
    title: String,
    /// The languages it is written in, by their own names.
    languages: String,
}

#[derive(askama::Template)]
#[template(path = "quick_answers.html")]
struct QuickAnswersTemplate {
    page: Page,
    answers: Vec<ListedAnswer>,
}

pub async fn list_page(Reading { who, mut tx }: Reading) -> AppResult<Response> {
    require_editor(&who)?;
    let answers = tx.quick_answers(&who.actor.organisation_id).await?;
    tx.commit().await?;
    let lang = who.tr.lang.code();
    let answers = answers
        .iter()
        .map(|a| ListedAnswer {
            href: format!("{ADMIN}/{}", a.id),
            title: a.in_language(lang, "en").map(|t| t.title().to_owned()).unwrap_or_default(),
            languages: a
                .texts
                .iter()
                .filter_map(|(code, _)| Lang::parse(code).map(Lang::endonym))
                .collect::<Vec<_>>()
                .join(", "),
        })
        .collect();
    html(&QuickAnswersTemplate { page: Page::signed_in(&who, "quick-answers-title", ADMIN), answers })
}

/// One language's part of the form.
struct LanguageFields {
    code: &'static str,
    name: &'static str,
    dir: &'static str,
    question: String,
    answer: String,
    error: Option<String>,
}

#[derive(askama::Template)]
#[template(path = "quick_answer_form.html")]
struct QuickAnswerFormTemplate {
    page: Page,
    action: String,
    languages: Vec<LanguageFields>,
    errors: Vec<String>,
    /// Editing an existing answer: it may be removed.
    remove: Option<String>,
}

fn fields_of(answer: Option<&QuickAnswer>) -> Vec<LanguageFields> {
    Lang::ALL
        .iter()
        .map(|lang| {
            let text = answer.and_then(|a| a.texts.iter().find(|(l, _)| l == lang.code())).map(|(_, t)| t);
            LanguageFields {
                code: lang.code(),
                name: lang.endonym(),
                dir: lang.dir(),
                question: text.map(|t| t.title().to_owned()).unwrap_or_default(),
                answer: text.map(|t| t.body().to_owned()).unwrap_or_default(),
                error: None,
            }
        })
        .collect()
}

fn form_page(
    who: &SignedIn,
    id: Option<&QuickAnswerId>,
    languages: Vec<LanguageFields>,
    errors: Vec<String>,
) -> QuickAnswerFormTemplate {
    let (title, action) = match id {
        Some(id) => ("quick-answer-edit-title", format!("{ADMIN}/{id}")),
        None => ("quick-answer-new-title", ADMIN.to_owned()),
    };
    QuickAnswerFormTemplate {
        page: Page::signed_in(who, title, ADMIN),
        action,
        languages,
        errors,
        remove: id.map(|id| format!("{ADMIN}/{id}/remove")),
    }
}

pub async fn new_page(Reading { who, tx }: Reading) -> AppResult<Response> {
    require_editor(&who)?;
    tx.commit().await?;
    html(&form_page(&who, None, fields_of(None), Vec::new()))
}

fn answer_id(text: &str) -> AppResult<QuickAnswerId> {
    QuickAnswerId::parse(text).map_err(|_| AppError::NotFound)
}

pub async fn edit_page(Reading { who, mut tx }: Reading, Path(id): Path<String>) -> AppResult<Response> {
    require_editor(&who)?;
    let id = answer_id(&id)?;
    let answer = tx.quick_answer(&who.actor.organisation_id, &id).await?.ok_or(AppError::NotFound)?;
    tx.commit().await?;
    html(&form_page(&who, Some(&id), fields_of(Some(&answer)), Vec::new()))
}

fn invalid_text(tr: &Tr, e: InvalidQuickAnswer) -> String {
    tr.t(match e {
        InvalidQuickAnswer::Incomplete => "quick-answer-error-incomplete",
        InvalidQuickAnswer::TitleTooLong => "quick-answer-error-title-long",
        InvalidQuickAnswer::BodyTooLong => "quick-answer-error-body-long",
    })
}

/// A form to show again: every language as typed, and what is wrong.
type RefusedForm = (Vec<LanguageFields>, Vec<String>);

/// Reads the form: every language's question and answer, or the form again
/// with what was typed and what is wrong with it.
fn read_form(who: &SignedIn, pairs: &Pairs) -> Result<Vec<(&'static str, QuickAnswerText)>, RefusedForm> {
    let mut texts = Vec::new();
    let mut fields = fields_of(None);
    let mut wrong = false;
    for f in &mut fields {
        f.question = field(pairs, &format!("question_{}", f.code)).to_owned();
        f.answer = field(pairs, &format!("answer_{}", f.code)).to_owned();
        match QuickAnswerText::parse(&f.question, &f.answer) {
            Ok(Some(text)) => texts.push((f.code, text)),
            Ok(None) => {}
            Err(e) => {
                f.error = Some(invalid_text(&who.tr, e));
                wrong = true;
            }
        }
    }
    if wrong {
        return Err((fields, vec![who.tr.t("quick-answer-error-intro")]));
    }
    if texts.is_empty() {
        return Err((fields, vec![who.tr.t("quick-answer-error-empty")]));
    }
    Ok(texts)
}

async fn save(state: AppState, writer: Writer, id: Option<String>, pairs: Pairs) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    require_editor(&who)?;
    let id = id.as_deref().map(answer_id).transpose()?;
    let texts = match read_form(&who, &pairs) {
        Ok(texts) => texts,
        Err((fields, errors)) => {
            tx.commit().await?;
            return html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &form_page(&who, id.as_ref(), fields, errors));
        }
    };
    tx.save_quick_answer(&who.actor, id.as_ref(), &texts).await?.ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(Redirect::to(ADMIN).into_response())
}

pub async fn create(State(state): State<AppState>, writer: Writer, Form(pairs): Form<Pairs>) -> AppResult<Response> {
    save(state, writer, None, pairs).await
}

pub async fn update(
    State(state): State<AppState>,
    writer: Writer,
    Path(id): Path<String>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    save(state, writer, Some(id), pairs).await
}

#[derive(askama::Template)]
#[template(path = "quick_answer_remove.html")]
struct RemoveTemplate {
    page: Page,
    title: String,
    action: String,
    back: String,
}

pub async fn remove_page(Reading { who, mut tx }: Reading, Path(id): Path<String>) -> AppResult<Response> {
    require_editor(&who)?;
    let id = answer_id(&id)?;
    let answer = tx.quick_answer(&who.actor.organisation_id, &id).await?.ok_or(AppError::NotFound)?;
    tx.commit().await?;
    let title = answer.in_language(who.tr.lang.code(), "en").map(|t| t.title().to_owned()).unwrap_or_default();
    html(&RemoveTemplate {
        page: Page::signed_in(&who, "quick-answer-remove-title", ADMIN),
        title,
        action: format!("{ADMIN}/{id}/remove"),
        back: format!("{ADMIN}/{id}"),
    })
}

pub async fn remove(State(state): State<AppState>, writer: Writer, Path(id): Path<String>) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    require_editor(&who)?;
    let id = answer_id(&id)?;
    if !tx.remove_quick_answer(&who.actor, &id).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(Redirect::to(ADMIN).into_response())
}

struct PortalAnswer {
    title: String,
    body: String,
    /// Its language and direction, when not written in the member's language.
    lang: Option<(&'static str, &'static str)>,
}

#[derive(askama::Template)]
#[template(path = "portal_answers.html")]
struct PortalAnswersTemplate {
    page: Page,
    answers: Vec<PortalAnswer>,
}

/// The member's view: every answer, in her language where it is written.
pub async fn portal_page(Reading { who, mut tx }: Reading) -> AppResult<Response> {
    who.require(Action::Converse, Target::Account(&who.user.account_facts()))?;
    let answers = tx.quick_answers(&who.actor.organisation_id).await?;
    tx.commit().await?;
    let lang = who.tr.lang;
    let answers = answers
        .iter()
        .filter_map(|a| {
            let text = a.in_language(lang.code(), "en")?;
            let written_in = a.texts.iter().find(|(_, t)| t == text).and_then(|(l, _)| Lang::parse(l))?;
            Some(PortalAnswer {
                title: text.title().to_owned(),
                body: text.body().to_owned(),
                lang: (written_in != lang).then(|| (written_in.code(), written_in.dir())),
            })
        })
        .collect();
    html(&PortalAnswersTemplate { page: Page::signed_in(&who, "portal-answers-title", "/portal/answers"), answers })
}

/// A quick answer offered on a practitioner's conversation page.
pub(super) struct AnswerChoice {
    pub id: String,
    /// In the practitioner's language, to choose by.
    pub title: String,
    /// In the member's language, to send.
    pub body: String,
}

/// The answers a practitioner may put into a reply, in the language of the
/// conversation's first member who has chosen one.
pub(super) async fn choices(
    tx: &mut hearth_store::Tx,
    who: &SignedIn,
    open: &hearth_store::messaging::ConversationOpen,
) -> AppResult<(Vec<AnswerChoice>, String)> {
    let answers = tx.quick_answers(&who.actor.organisation_id).await?;
    if answers.is_empty() {
        return Ok((Vec::new(), String::new()));
    }
    let member_lang = tx.conversation_member_languages(open).await?.into_iter().find_map(|l| Lang::parse(&l));
    let own = who.tr.lang.code();
    let theirs = member_lang.map_or(own, Lang::code);
    let choices = answers
        .iter()
        .filter_map(|a| {
            Some(AnswerChoice {
                id: a.id.to_string(),
                title: a.in_language(own, theirs)?.title().to_owned(),
                body: a.in_language(theirs, own)?.body().to_owned(),
            })
        })
        .collect();
    Ok((choices, member_lang.map(Lang::endonym).unwrap_or_default().to_owned()))
}
