//! Conversations with a family, on the staff side: listed on the family
//! file, read and written on a page of their own. Opening one marks it seen,
//! so even its page is a change, made in the request's write transaction.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use hearth_core::access::{Action, Target};
use hearth_core::ids::{ConversationId, MemberId, MessageId, UserId};
use hearth_core::messaging::{InvalidMessageText, MessageText};
use hearth_store::Tx;
use hearth_store::families::Family;
use hearth_store::messaging::{AuthorKind, ConversationOpen, Message, SeenMark};
use serde::Deserialize;

use crate::AppState;
use crate::access::family_for;
use crate::accounts::{html, html_with_status};
use crate::context::{Page, Reading, SignedIn, Writer, Writing};
use crate::error::{AppError, AppResult};
use crate::families::{FamilyPageErrors, refused_family_page};
use crate::forms::{Form, Pairs, values};
use crate::i18n::Tr;

pub mod attachments;
pub mod live;
pub mod quick_answers;

#[derive(askama::Template)]
#[template(path = "conversation.html")]
struct ConversationTemplate {
    page: Page,
    /// Where "back" leads, and what it says: the family file, or the list of
    /// one's conversations in the portal.
    back: (String, String),
    action: String,
    with: String,
    messages: Vec<MessageRow>,
    /// The place of the last message shown: a live page asks for what came after it.
    last_seq: i64,
    /// What was typed into the message box, kept when it is refused.
    text: String,
    /// What was typed with a refused attachment.
    caption: String,
    errors: Vec<String>,
    /// A family member may mark a message urgent.
    urgent_option: bool,
    urgent: bool,
    /// Quick answers a practitioner may put into the reply, and the
    /// language they are put in (empty when the member has not chosen one).
    answers: Vec<quick_answers::AnswerChoice>,
    answers_language: String,
}

/// One message alone, for a live page.
#[derive(askama::Template)]
#[template(path = "conversation_message.html")]
struct MessageFragment<'a> {
    page: Tr,
    m: &'a MessageRow,
    action: &'a str,
}

struct MessageRow {
    id: String,
    seq: i64,
    author: String,
    sent: String,
    text: String,
    urgent: bool,
    own: bool,
    /// Earlier texts of a corrected message, with when each was written.
    earlier: Vec<(String, String)>,
    /// "Seen by …" under the last message each participant has seen.
    seen_by: Option<String>,
    /// The correction form's text: what was typed when it was refused, else the text in force.
    correction: String,
    /// Its correction was refused: the form is shown open.
    correcting: bool,
    /// Files sent with it: where to download each, and its name.
    attachments: Vec<(String, String)>,
}

/// What a refused form brings back to the conversation page.
#[derive(Default)]
struct Refused {
    text: String,
    urgent: bool,
    errors: Vec<String>,
    correcting: Option<(String, String)>,
    /// What was typed with a refused attachment.
    caption: String,
}

fn text_error(tr: &Tr, e: InvalidMessageText) -> String {
    match e {
        InvalidMessageText::Empty => tr.t("message-error-empty"),
        InvalidMessageText::TooLong => tr.t("message-error-too-long"),
    }
}

/// Where a conversation is shown: on the family file for staff, in the
/// portal for a member.
#[derive(Clone, Copy)]
enum Place<'a> {
    FamilyFile(&'a Family),
    Portal,
}

/// Where a conversation's page is, on the side it is shown on.
fn href(place: Place<'_>, open: &ConversationOpen) -> String {
    match place {
        Place::FamilyFile(family) => conversation_href(family, open),
        Place::Portal => format!("/portal/conversations/{}", open.id()),
    }
}

fn conversation_href(family: &Family, open: &ConversationOpen) -> String {
    format!("/families/{}/conversations/{}", family.id, open.id())
}

/// The family (if the person may converse on it) and the conversation,
/// opened through an audited read of the file.
async fn open_conversation(
    tx: &mut Tx,
    who: &SignedIn,
    family_id: &str,
    conversation_id: &str,
) -> AppResult<(Family, ConversationOpen)> {
    let family = family_for(tx, who, family_id, Action::Converse).await?;
    let id = ConversationId::parse(conversation_id).map_err(|_| AppError::NotFound)?;
    let read = tx.read_family(&who.actor, &family.id).await?;
    let open = tx.open_conversation_as_staff(&who.actor, &read, &id).await?.ok_or(AppError::NotFound)?;
    Ok((family, open))
}

/// "Seen by …" under the last message each other participant has seen,
/// by place; the author of a message is not named under it.
fn seen_by(tr: &Tr, viewer: &UserId, authors: &[(i64, Option<UserId>)], marks: &[SeenMark]) -> Vec<(i64, String)> {
    authors
        .iter()
        .filter_map(|(seq, author)| {
            let names: Vec<&str> = marks
                .iter()
                .filter(|mark| mark.up_to == *seq && mark.user_id != *viewer && Some(&mark.user_id) != author.as_ref())
                .map(|mark| mark.name.as_str())
                .collect();
            (!names.is_empty()).then(|| (*seq, tr.t1("message-seen-by", "names", &names.join(", "))))
        })
        .collect()
}

/// One message as the viewer sees it.
fn message_row(
    who: &SignedIn,
    m: &Message,
    seen: &[(i64, String)],
    refused: &Refused,
    download_base: &str,
) -> MessageRow {
    let (tr, dates) = (who.tr, who.dates());
    let current = m.current().map(|v| v.text.clone()).unwrap_or_default();
    let refused_correction = refused.correcting.as_ref().filter(|(id, _)| *id == m.id.to_string());
    MessageRow {
        correction: refused_correction.map(|(_, typed)| typed.clone()).unwrap_or_else(|| current.clone()),
        correcting: refused_correction.is_some(),
        id: m.id.to_string(),
        seq: m.seq,
        author: match m.author_kind {
            AuthorKind::Automatic => tr.t("message-automatic"),
            _ => m.author_name.clone(),
        },
        sent: dates.when(m.sent_at),
        text: current,
        urgent: m.urgent,
        own: m.author_id.as_ref() == Some(&who.user.id),
        earlier: m
            .versions
            .iter()
            .take(m.versions.len().saturating_sub(1))
            .map(|v| (v.text.clone(), dates.when(v.written_at)))
            .collect(),
        seen_by: seen.iter().find(|(seq, _)| *seq == m.seq).map(|(_, text)| text.clone()),
        attachments: m.attachments.iter().map(|(id, name)| (format!("{download_base}{id}"), name.clone())).collect(),
    }
}

/// The conversation page; what is shown is marked seen by the reader.
async fn conversation_view(
    tx: &mut Tx,
    who: &SignedIn,
    place: Place<'_>,
    open: &ConversationOpen,
    refused: Refused,
) -> AppResult<ConversationTemplate> {
    let tr = who.tr;
    let messages = tx.messages_of(open, 0).await?;
    if let Some(last) = messages.last() {
        tx.mark_seen(&who.user.id, open, last.seq).await?;
    }
    let marks = tx.seen_marks(open).await?;
    let with = tx.conversation_member_names(open).await?.join(", ");
    let authors: Vec<(i64, Option<UserId>)> = messages.iter().map(|m| (m.seq, m.author_id.clone())).collect();
    let seen = seen_by(&tr, &who.user.id, &authors, &marks);
    let base = attachments::download_base(place, open);
    let rows = messages.iter().map(|m| message_row(who, m, &seen, &refused, &base)).collect();
    let (answers, answers_language) = match place {
        Place::FamilyFile(_) => quick_answers::choices(tx, who, open).await?,
        Place::Portal => (Vec::new(), String::new()),
    };
    let (back, current) = match place {
        Place::FamilyFile(family) => {
            ((format!("/families/{}", family.id), tr.t1("back-to", "name", &family.name)), "/families")
        }
        Place::Portal => (("/portal/conversations".to_owned(), tr.t("conversations-back")), "/portal/conversations"),
    };
    Ok(ConversationTemplate {
        page: Page::signed_in(who, "conversation-title", current),
        back,
        action: href(place, open),
        with: tr.t1("conversation-with", "names", &with),
        last_seq: messages.last().map_or(0, |m| m.seq),
        messages: rows,
        text: refused.text,
        caption: refused.caption,
        errors: refused.errors,
        urgent_option: matches!(place, Place::Portal),
        urgent: refused.urgent,
        answers,
        answers_language,
    })
}

#[derive(Deserialize)]
pub struct ConversationQuery {
    /// A quick answer chosen without JavaScript: the page comes back with it in the box.
    #[serde(default)]
    answer: String,
}

pub async fn conversation_page(
    State(state): State<AppState>,
    writer: Writer,
    Path((family_id, conversation_id)): Path<(String, String)>,
    crate::forms::Query(query): crate::forms::Query<ConversationQuery>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let (family, open) = open_conversation(&mut tx, &who, &family_id, &conversation_id).await?;
    let mut page = conversation_view(&mut tx, &who, Place::FamilyFile(&family), &open, Refused::default()).await?;
    if let Some(chosen) = page.answers.iter().find(|a| a.id == query.answer) {
        page.text = chosen.body.clone();
    }
    tx.commit().await?;
    html(&page)
}

pub async fn start_conversation(
    State(state): State<AppState>,
    writer: Writer,
    Path(family_id): Path<String>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let family = family_for(&mut tx, &who, &family_id, Action::Converse).await?;
    let members: Vec<MemberId> =
        values(&pairs, "members").into_iter().filter_map(|m| MemberId::parse(m).ok()).collect();
    let read = tx.read_family(&who.actor, &family.id).await?;
    let Some(open) = tx.start_conversation(&who.actor, &read, &members).await? else {
        let errors =
            FamilyPageErrors { conversation: Some(who.tr.t("conversation-error-members")), ..Default::default() };
        let page = refused_family_page(&mut tx, &who, family, errors).await?;
        tx.commit().await?;
        return page.respond();
    };
    tx.commit().await?;
    Ok(Redirect::to(&conversation_href(&family, &open)).into_response())
}

#[derive(Deserialize)]
pub struct MessageForm {
    #[serde(default)]
    text: String,
}

pub async fn send_message(
    State(state): State<AppState>,
    writer: Writer,
    Path((family_id, conversation_id)): Path<(String, String)>,
    Form(form): Form<MessageForm>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let (family, open) = open_conversation(&mut tx, &who, &family_id, &conversation_id).await?;
    send(&state, Writing { who, tx }, Place::FamilyFile(&family), &open, form.text, false).await
}

pub async fn correct_message(
    State(state): State<AppState>,
    writer: Writer,
    Path((family_id, conversation_id, message_id)): Path<(String, String, String)>,
    Form(form): Form<MessageForm>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let (family, open) = open_conversation(&mut tx, &who, &family_id, &conversation_id).await?;
    correct(Writing { who, tx }, Place::FamilyFile(&family), &open, &message_id, form.text).await
}

/// What became of a message typed on either side.
enum Composed {
    Sent(Message),
    Refused(Refused),
}

/// Sends a message from either side, in the caller's transaction, or says
/// why it was refused with what was typed. A member writing out of hours
/// gets one automatic reply, in her language, saying when the practitioner
/// is back and who covers urgent matters now.
async fn compose(
    tx: &mut Tx,
    who: &SignedIn,
    place: Place<'_>,
    open: &ConversationOpen,
    typed: String,
    urgent: bool,
) -> AppResult<Composed> {
    let text = match MessageText::parse(&typed) {
        Ok(text) => text,
        Err(e) => {
            let errors = vec![text_error(&who.tr, e)];
            return Ok(Composed::Refused(Refused { errors, text: typed, urgent, ..Default::default() }));
        }
    };
    let sent = tx.send_message(&who.actor, open, &text, urgent).await?;
    if matches!(place, Place::Portal) {
        let read = tx.read_family(&who.actor, open.family()).await?;
        let now = tx.now();
        tell_staff(tx, who, &read, urgent, now).await?;
        if !tx.answered_automatically_since_staff(open).await?
            && let Some(notice) = crate::home::away_notice(tx, who, &read, now).await?
            && let Ok(reply) = MessageText::parse(&notice)
        {
            tx.send_automatic_reply(open, &reply).await?;
        }
    }
    Ok(Composed::Sent(sent))
}

/// Tells the family's practitioners that a member wrote: each from the
/// start of their own working hours, once until they have read it. An
/// urgent message reaches whoever is on call now (the family's
/// practitioners at once when nobody is).
async fn tell_staff(
    tx: &mut Tx,
    who: &SignedIn,
    read: &hearth_store::families::FamilyRead,
    urgent: bool,
    now: hearth_core::clock::Timestamp,
) -> AppResult<()> {
    use hearth_core::messaging::{Availability, availability};
    use hearth_store::notifications::NotificationKind;
    let organisation = &who.actor.organisation_id;
    let family = read.family();
    let workers = tx.assigned_workers(read).await?;
    if urgent {
        let on_call: Vec<UserId> = tx.on_call_at(organisation, now).await?.into_iter().map(|s| s.user_id).collect();
        let reached = if on_call.is_empty() { workers.iter().map(|w| w.user_id.clone()).collect() } else { on_call };
        for user in &reached {
            tx.notify(organisation, user, NotificationKind::UrgentMessage, Some(family), Some(&who.user.id)).await?;
        }
    }
    for worker in &workers {
        if tx.has_unread_notification(&worker.user_id, NotificationKind::MessageReceived, family).await? {
            continue;
        }
        let (policy, rails) = tx.guardrails_for(organisation, &worker.user_id).await?;
        let local = policy.zone.local(now);
        // Someone away for longer than the rota looks ahead sees it when they
        // next open Hearth; e-mail still waits for their hours.
        let from = match availability(&rails, local.date, local.minute) {
            Availability::BackAt(date, minute) => policy.zone.instant(hearth_core::zone::LocalTime { date, minute }),
            Availability::AtWork | Availability::NotSoon => None,
        };
        tx.notify_from(
            organisation,
            &worker.user_id,
            NotificationKind::MessageReceived,
            Some(family),
            Some(&who.user.id),
            from,
        )
        .await?;
    }
    Ok(())
}

/// Sends a message from a form, then shows it in the conversation; a
/// refused one brings the form back with what was typed.
async fn send(
    state: &AppState,
    writing: Writing,
    place: Place<'_>,
    open: &ConversationOpen,
    typed: String,
    urgent: bool,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writing;
    match compose(&mut tx, &who, place, open, typed, urgent).await? {
        Composed::Refused(refused) => refuse(tx, &who, place, open, refused).await,
        Composed::Sent(sent) => {
            tx.commit().await?;
            if sent.urgent {
                crate::jobs::email_notifications_soon(state);
            }
            Ok(Redirect::to(&format!("{}#m{}", href(place, open), sent.seq)).into_response())
        }
    }
}

/// Corrects one's own message, from either side; only the author's own, in
/// this conversation, can be corrected.
async fn correct(
    writing: Writing,
    place: Place<'_>,
    open: &ConversationOpen,
    message_id: &str,
    typed: String,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writing;
    let message = MessageId::parse(message_id).map_err(|_| AppError::NotFound)?;
    let text = match MessageText::parse(&typed) {
        Ok(text) => text,
        Err(e) => {
            let refused = Refused {
                errors: vec![text_error(&who.tr, e)],
                correcting: Some((message.to_string(), typed)),
                ..Default::default()
            };
            return refuse(tx, &who, place, open, refused).await;
        }
    };
    if !tx.correct_message(&who.actor, open, &message, &text).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(Redirect::to(&href(place, open)).into_response())
}

/// The conversation page again, with the refused form and why (422).
async fn refuse(
    mut tx: Tx,
    who: &SignedIn,
    place: Place<'_>,
    open: &ConversationOpen,
    refused: Refused,
) -> AppResult<Response> {
    let page = conversation_view(&mut tx, who, place, open, refused).await?;
    tx.commit().await?;
    html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

// The member's side, in the portal. The policy is asked about the
// conversation itself (`Converse` on its facts), never about the family file.

#[derive(askama::Template)]
#[template(path = "portal_conversations.html")]
struct PortalConversationsTemplate {
    page: Page,
    conversations: Vec<crate::families::ConversationRow>,
}

pub async fn portal_conversations(Reading { who, mut tx }: Reading) -> AppResult<Response> {
    who.require(Action::Converse, Target::Account(&who.user.account_facts()))?;
    let list = tx.conversations_of_member(&who.user.id).await?;
    tx.commit().await?;
    let tr = who.tr;
    let conversations = list
        .iter()
        .map(|c| crate::families::ConversationRow {
            href: format!("/portal/conversations/{}", c.id),
            with: tr.t1("conversation-with", "names", &c.member_names.join(", ")),
            last: tr.t1("conversation-last", "when", &who.dates().when(c.last_message_at)),
            unseen: (c.unseen > 0).then(|| tr.tn("conversation-unseen", "count", c.unseen)),
        })
        .collect();
    html(&PortalConversationsTemplate {
        page: Page::signed_in(&who, "portal-conversations-title", "/portal/conversations"),
        conversations,
    })
}

/// One of the member's own conversations, once the policy has let them in.
async fn open_as_member(tx: &mut Tx, who: &SignedIn, conversation_id: &str) -> AppResult<ConversationOpen> {
    let id = ConversationId::parse(conversation_id).map_err(|_| AppError::NotFound)?;
    let facts = tx.conversation_facts(&who.actor, &id).await?.ok_or(AppError::NotFound)?;
    who.require(Action::Converse, Target::Conversation(&facts))?;
    tx.open_conversation_as_member(&id).await?.ok_or(AppError::NotFound)
}

pub async fn portal_conversation_page(
    State(state): State<AppState>,
    writer: Writer,
    Path(conversation_id): Path<String>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let open = open_as_member(&mut tx, &who, &conversation_id).await?;
    let page = conversation_view(&mut tx, &who, Place::Portal, &open, Refused::default()).await?;
    tx.commit().await?;
    html(&page)
}

#[derive(Deserialize)]
pub struct PortalMessageForm {
    #[serde(default)]
    text: String,
    /// The box is sent only when ticked.
    #[serde(default)]
    urgent: String,
}

pub async fn portal_send_message(
    State(state): State<AppState>,
    writer: Writer,
    Path(conversation_id): Path<String>,
    Form(form): Form<PortalMessageForm>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let open = open_as_member(&mut tx, &who, &conversation_id).await?;
    let urgent = !form.urgent.is_empty();
    send(&state, Writing { who, tx }, Place::Portal, &open, form.text, urgent).await
}

pub async fn portal_correct_message(
    State(state): State<AppState>,
    writer: Writer,
    Path((conversation_id, message_id)): Path<(String, String)>,
    Form(form): Form<MessageForm>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let open = open_as_member(&mut tx, &who, &conversation_id).await?;
    correct(Writing { who, tx }, Place::Portal, &open, &message_id, form.text).await
}
