//! Live conversations. An open conversation page keeps a WebSocket to
//! Hearth: each message, correction and "seen" is sent to it once committed,
//! and a message typed on the page goes over it. Every read and write on the
//! socket reads the session and asks the access policy afresh, as a page
//! would, so signing out or losing the family ends it. What the database
//! announces is only places ([`LiveActivity`]); each page reads the
//! text itself, through its own access check. Without JavaScript none of
//! this is used: the page's forms post and the page reloads.

use std::collections::BTreeSet;
use std::time::Duration;

use axum::extract::ws::{Message as Frame, WebSocket, WebSocketUpgrade, rejection::WebSocketUpgradeRejection};
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use hearth_core::access::{Action, Target};
use hearth_store::Tx;
use hearth_store::families::Family;
use hearth_store::messaging::{ConversationOpen, LiveActivity};
use serde::Deserialize;
use tokio::sync::broadcast;

use super::{Composed, Place, Refused, compose, message_row, open_as_member, open_conversation, seen_by};
use crate::AppState;
use crate::access::family_for;
use crate::context::{Reading, Resumable, SignedIn, Writing};
use crate::error::{AppError, AppResult};
use crate::forms::boundary::{self, Refusal};
use crate::forms::{Pairs, field};
use crate::live::Room;

/// How long an idle connection waits before the session is checked again
/// and a ping keeps proxies from closing it.
const CHECK_EVERY: Duration = Duration::from_secs(60);
/// The largest frame a page sends: one message, form-encoded.
const MAX_FRAME_BYTES: usize = 64 * 1024;

/// Which side of the conversation the page is on, to ask the policy again.
#[derive(Clone)]
enum Side {
    Staff { family_id: String },
    Member,
}

#[derive(Deserialize)]
pub struct LiveQuery {
    /// The last place the page shows.
    #[serde(default)]
    after: i64,
}

/// A staff member's conversation page connecting. The opening is the
/// audited read of the family file every conversation page makes.
pub async fn staff_live(
    State(state): State<AppState>,
    Reading { who, mut tx }: Reading,
    Path((family_id, conversation_id)): Path<(String, String)>,
    crate::forms::Query(query): crate::forms::Query<LiveQuery>,
    headers: HeaderMap,
    upgrade: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
) -> AppResult<Response> {
    let (family, open) = open_conversation(&mut tx, &who, &family_id, &conversation_id).await?;
    tx.commit().await?;
    let page = super::conversation_href(&family, &open);
    let side = Side::Staff { family_id: family.id.to_string() };
    connect(state, headers, upgrade, side, open, query.after, page)
}

/// A family member's conversation page connecting.
pub async fn portal_live(
    State(state): State<AppState>,
    Reading { who, mut tx }: Reading,
    Path(conversation_id): Path<String>,
    crate::forms::Query(query): crate::forms::Query<LiveQuery>,
    headers: HeaderMap,
    upgrade: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
) -> AppResult<Response> {
    let open = open_as_member(&mut tx, &who, &conversation_id).await?;
    tx.commit().await?;
    let page = format!("/portal/conversations/{}", open.id());
    connect(state, headers, upgrade, Side::Member, open, query.after, page)
}

fn connect(
    state: AppState,
    headers: HeaderMap,
    upgrade: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
    side: Side,
    open: ConversationOpen,
    after: i64,
    page: String,
) -> AppResult<Response> {
    // Opened as a page rather than as a socket: show the page.
    let Ok(upgrade) = upgrade else {
        return Ok(Redirect::to(&page).into_response());
    };
    if !crate::live::same_origin(&state, &headers) {
        return Err(AppError::Forbidden);
    }
    let page = LivePage { state, session: Resumable::new(&headers), side, open, delivered: after.max(0) };
    Ok(upgrade
        .read_buffer_size(4 * 1024)
        .write_buffer_size(0)
        .max_message_size(MAX_FRAME_BYTES)
        .max_frame_size(MAX_FRAME_BYTES)
        .on_upgrade(move |socket| Box::pin(page.run(socket))))
}

/// What has happened since a page last looked.
#[derive(Default)]
struct Due {
    messages: bool,
    corrected: BTreeSet<i64>,
    seen: bool,
    /// Announcements were missed: look at everything.
    everything: bool,
}

impl Due {
    fn add(&mut self, happened: LiveActivity) {
        match happened {
            LiveActivity::Message { .. } => self.messages = true,
            LiveActivity::Corrected { seq, .. } => {
                self.corrected.insert(seq);
            }
            LiveActivity::Seen { .. } => self.seen = true,
            LiveActivity::Missed => self.everything = true,
            // Only this conversation's room is followed.
            LiveActivity::Call { .. } | LiveActivity::Topic { .. } => {}
        }
    }
}

/// The page has lost its right to the conversation (signed out, disabled,
/// taken off the family) or has gone.
struct Ended;

struct LivePage {
    state: AppState,
    session: Resumable,
    side: Side,
    open: ConversationOpen,
    /// The last place the page has been sent.
    delivered: i64,
}

impl LivePage {
    async fn run(mut self, mut socket: WebSocket) {
        let id = self.open.id().clone();
        let room = Room::Conversation(id.clone());
        let mut feed = self.state.live.join(&room);
        let mut check = tokio::time::interval(CHECK_EVERY);
        check.reset();
        // What was sent between the page being drawn and connecting.
        let mut due = Due { messages: true, seen: true, ..Due::default() };
        loop {
            // Boxed, so an idle page's task holds only what waiting needs, not
            // the state of a database round trip (ten thousand pages add up).
            if Box::pin(self.show(&mut socket, std::mem::take(&mut due))).await.is_err() {
                let _ = socket.send(Frame::Text(r#"{"ended":true}"#.into())).await;
                break;
            }
            tokio::select! {
                happened = feed.recv() => {
                    match happened {
                        Ok(happened) => due.add(happened),
                        Err(broadcast::error::RecvError::Lagged(_)) => due.everything = true,
                        Err(broadcast::error::RecvError::Closed) => break,
                    }
                    // Everything already waiting is shown in one look.
                    while let Ok(happened) = feed.try_recv() {
                        due.add(happened);
                    }
                }
                frame = socket.recv() => match frame {
                    Some(Ok(Frame::Text(text))) => {
                        if Box::pin(self.take(&mut socket, text.as_bytes())).await.is_err() {
                            let _ = socket.send(Frame::Text(r#"{"ended":true}"#.into())).await;
                            break;
                        }
                    }
                    Some(Ok(Frame::Close(_)) | Err(_)) | None => break,
                    Some(Ok(_)) => {}
                },
                _ = check.tick() => {
                    if socket.send(Frame::Ping(Default::default())).await.is_err() {
                        break;
                    }
                }
            }
        }
        drop(feed);
        self.state.live.leave(&room);
    }

    /// Asks the policy again, as a page request would; the family file on
    /// the staff side.
    async fn allowed(&self, tx: &mut Tx, who: &SignedIn) -> AppResult<Option<Family>> {
        match &self.side {
            Side::Staff { family_id } => Ok(Some(family_for(tx, who, family_id, Action::Converse).await?)),
            Side::Member => {
                let facts = tx.conversation_facts(&who.actor, self.open.id()).await?.ok_or(AppError::NotFound)?;
                who.require(Action::Converse, Target::Conversation(&facts))?;
                Ok(None)
            }
        }
    }

    /// Sends the page what it is due: new messages, corrected ones, who has
    /// seen how far. A connection that is not checked again is not sent anything.
    async fn show(&mut self, socket: &mut WebSocket, due: Due) -> Result<(), Ended> {
        let frames = self.frames(due).await.map_err(|_| Ended)?;
        for frame in frames {
            socket.send(Frame::Text(frame.into())).await.map_err(|_| Ended)?;
        }
        Ok(())
    }

    async fn frames(&mut self, due: Due) -> AppResult<Vec<String>> {
        let Reading { who, mut tx } = self.session.reading(&self.state).await?;
        let family = self.allowed(&mut tx, &who).await?;
        if !due.messages && due.corrected.is_empty() && !due.seen && !due.everything {
            tx.commit().await?;
            return Ok(Vec::new());
        }
        let place = family.as_ref().map_or(Place::Portal, Place::FamilyFile);
        let action = super::href(place, &self.open);
        let download_base = super::attachments::download_base(place, &self.open);
        let from = if due.everything {
            0
        } else {
            due.corrected.first().map_or(self.delivered, |first| (first - 1).min(self.delivered))
        };
        let changed = due.messages || due.everything || !due.corrected.is_empty();
        let messages = if changed { tx.messages_of(&self.open, from).await? } else { Vec::new() };
        let marks = tx.seen_marks(&self.open).await?;
        let authors = tx.message_authors(&self.open, &marks.iter().map(|m| m.up_to).collect::<Vec<_>>()).await?;
        tx.commit().await?;
        let seen = seen_by(&who.tr, &who.user.id, &authors, &marks);
        let mut frames = Vec::new();
        let refused = Refused::default();
        for m in &messages {
            let new = m.seq > self.delivered;
            let corrected = due.corrected.contains(&m.seq) || (due.everything && m.corrected());
            if !new && !corrected {
                continue;
            }
            let row = message_row(&who, m, &seen, &refused, &download_base);
            let html = askama::Template::render(&super::MessageFragment { page: who.tr, m: &row, action: &action })?;
            let mut frame = serde_json::json!({ "seq": m.seq, "html": html });
            if new {
                frame["message"] = true.into();
                if !row.own {
                    frame["announce"] = who.tr.t1("message-new-from", "name", &row.author).into();
                }
            } else {
                frame["corrected"] = true.into();
            }
            frames.push(frame.to_string());
        }
        if let Some(last) = messages.last() {
            self.delivered = self.delivered.max(last.seq);
        }
        frames.push(serde_json::json!({ "seen": seen }).to_string());
        Ok(frames)
    }

    /// A frame from the page: a message typed (`text`, `urgent`) or how far
    /// it has been seen (`seen`), form-encoded and read through the input
    /// boundary like any form.
    async fn take(&mut self, socket: &mut WebSocket, frame: &[u8]) -> Result<(), Ended> {
        let reply = match boundary::read_pairs(frame) {
            Ok(pairs) => self.act(&pairs).await.map_err(|_| Ended)?,
            Err((refusal, _)) => {
                let Reading { who, tx } = self.session.reading(&self.state).await.map_err(|_| Ended)?;
                tx.commit().await.map_err(|_| Ended)?;
                Some(serde_json::json!({ "refused": refusal_text(&who, refusal) }).to_string())
            }
        };
        if let Some(reply) = reply {
            socket.send(Frame::Text(reply.into())).await.map_err(|_| Ended)?;
        }
        Ok(())
    }

    async fn act(&mut self, pairs: &Pairs) -> AppResult<Option<String>> {
        let Writing { who, mut tx } = self.session.writing(&self.state).await?;
        let family = self.allowed(&mut tx, &who).await?;
        if let Ok(up_to) = field(pairs, "seen").parse::<i64>() {
            // Only what this page was shown can be marked seen.
            tx.mark_seen(&who.user.id, &self.open, up_to.min(self.delivered)).await?;
            tx.commit().await?;
            return Ok(None);
        }
        let place = family.as_ref().map_or(Place::Portal, Place::FamilyFile);
        // Only the portal offers "urgent".
        let urgent = matches!(self.side, Side::Member) && !field(pairs, "urgent").is_empty();
        let composed = compose(&mut tx, &who, place, &self.open, field(pairs, "text").to_owned(), urgent).await?;
        tx.commit().await?;
        let reply = match composed {
            Composed::Sent(sent) => {
                if sent.urgent {
                    crate::jobs::email_notifications_soon(&self.state);
                }
                serde_json::json!({ "sent": sent.seq })
            }
            Composed::Refused(refused) => serde_json::json!({ "refused": refused.errors.join(" ") }),
        };
        Ok(Some(reply.to_string()))
    }
}

fn refusal_text(who: &SignedIn, refusal: Refusal) -> String {
    match refusal {
        Refusal::InvalidUtf8 => who.tr.t("input-refused-encoding"),
        Refusal::ControlCharacter => who.tr.t("input-refused-control"),
        Refusal::TooLong(_) => who.tr.t("message-error-too-long"),
    }
}
