//! A call page's socket. It joins the call (into the waiting room, or
//! straight in for a host), tells the page who is waiting, who is in and who
//! dropped whenever that changes, and carries the signalling between
//! browsers through the database, so two people on different Hearth
//! processes still reach each other. Every event asks the access policy
//! again, as a page would. A page that goes without saying "leave" has
//! dropped; one not heard from for a while has too.

use std::collections::HashMap;
use std::time::{Duration, Instant};

use axum::extract::ws::{Message as Frame, WebSocket, WebSocketUpgrade, rejection::WebSocketUpgradeRejection};
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use hearth_core::access::Action;
use hearth_core::calls::{HEARTBEAT_SECONDS, Participant, Presence};
use hearth_store::Tx;
use hearth_store::calls::{CallEnding, CallRecord, Joining};
use hearth_store::families::FamilyReading;
use hearth_store::messaging::LiveActivity;
use hearth_store::support_sessions::SupportSession;
use tokio::sync::broadcast;

use super::{CallSide, call_for, call_href, member_in_call, participant_name, translator_call, unavailable};
use crate::AppState;
use crate::context::{Reading, Resumable, SignedIn};
use crate::error::{AppError, AppResult};
use crate::forms::boundary;
use crate::forms::{Pairs, field};
use crate::i18n::{Lang, Tr};
use crate::live::{Room, same_origin};

/// A page not heard from (not even answering a ping) for this long has dropped.
const QUIET_LIMIT: Duration = Duration::from_secs(30);
/// The largest frame a page sends: one piece of signalling.
const MAX_FRAME_BYTES: usize = 64 * 1024;

/// The host's page connecting.
pub async fn staff_call_live(
    State(state): State<AppState>,
    Reading { who, mut tx }: Reading,
    Path((family_id, session_id)): Path<(String, String)>,
    headers: HeaderMap,
    upgrade: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
) -> AppResult<Response> {
    let session = call_for(&mut tx, &who, &session_id, Action::HostCall).await?;
    if session.family_id.as_str() != family_id {
        return Err(AppError::NotFound);
    }
    let side = CallSide::Staff { family_id };
    if unavailable(&who.tr, &who.zone, &session, tx.now()).is_some() {
        tx.commit().await?;
        return Ok(Redirect::to(&call_href(&side, &session.id)).into_response());
    }
    // The host sees each member's identity verification while they wait.
    let read = tx.read_family_for(&who.actor, &session.family_id, FamilyReading::Session).await?;
    let mut verification = HashMap::new();
    for member in tx.members_of(&read).await? {
        let status = who.tr.t(&format!("verification-{}", member.verification.as_str()));
        verification.insert(Participant::Member(member.id).key(), status);
    }
    let me = Participant::Staff(who.user.id.clone());
    tx.commit().await?;
    let identity = Identity::SignedIn(Resumable::new(&headers));
    connect(state, &headers, upgrade, Opened { side, identity, me, session, tr: who.tr, verification })
}

/// A family member's page connecting.
pub async fn portal_call_live(
    State(state): State<AppState>,
    Reading { who, mut tx }: Reading,
    Path(session_id): Path<String>,
    headers: HeaderMap,
    upgrade: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
) -> AppResult<Response> {
    let session = call_for(&mut tx, &who, &session_id, Action::JoinCall).await?;
    let me = member_in_call(&mut tx, &who, &session).await?;
    let side = CallSide::Member;
    let closed = unavailable(&who.tr, &who.zone, &session, tx.now()).is_some();
    tx.commit().await?;
    if closed {
        return Ok(Redirect::to(&call_href(&side, &session.id)).into_response());
    }
    let identity = Identity::SignedIn(Resumable::new(&headers));
    connect(state, &headers, upgrade, Opened { side, identity, me, session, tr: who.tr, verification: HashMap::new() })
}

/// A translator's page connecting, through their accepted link.
#[allow(clippy::disallowed_methods)] // a translator's link, no session: its one transaction
pub async fn translator_call_live(
    State(state): State<AppState>,
    Path(token): Path<String>,
    headers: HeaderMap,
    upgrade: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
) -> AppResult<Response> {
    let mut tx = state.store.begin_read().await?;
    let (translator, session) = translator_call(&mut tx, &token).await?;
    let policy = tx.wellbeing_policy(&session.organisation_id).await?;
    let now = tx.now();
    tx.commit().await?;
    let tr = Tr::new(Lang::parse(&translator.language).unwrap_or(Lang::En));
    let side = CallSide::Translator { token: token.clone() };
    if unavailable(&tr, &policy.zone, &session, now).is_some() {
        return Ok(Redirect::to(&call_href(&side, &session.id)).into_response());
    }
    let me = Participant::Translator(translator.id);
    let identity = Identity::Translator(token);
    connect(state, &headers, upgrade, Opened { side, identity, me, session, tr, verification: HashMap::new() })
}

/// Who the page belongs to, to ask again at every event.
enum Identity {
    SignedIn(Resumable),
    Translator(String),
}

struct Opened {
    side: CallSide,
    identity: Identity,
    me: Participant,
    session: SupportSession,
    tr: Tr,
    /// The host's view of each waiting person's identity check, by participant key.
    verification: HashMap<String, String>,
}

fn connect(
    state: AppState,
    headers: &HeaderMap,
    upgrade: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
    opened: Opened,
) -> AppResult<Response> {
    let Ok(upgrade) = upgrade else {
        return Ok(Redirect::to(&call_href(&opened.side, &opened.session.id)).into_response());
    };
    if !same_origin(&state, headers) {
        return Err(AppError::Forbidden);
    }
    let page = CallPage { state, opened, connection: String::new(), signals_sent: 0 };
    Ok(upgrade
        .read_buffer_size(4 * 1024)
        .max_message_size(MAX_FRAME_BYTES)
        .max_frame_size(MAX_FRAME_BYTES)
        .on_upgrade(move |socket| Box::pin(page.run(socket))))
}

/// The page has lost its right to the call, or the call is over for it.
struct Ended(&'static str);

struct CallPage {
    state: AppState,
    opened: Opened,
    /// This page's connection in the call; a newer page of the same person replaces it.
    connection: String,
    /// Orders this page's signalling for each recipient.
    signals_sent: i64,
}

impl CallPage {
    async fn run(mut self, mut socket: WebSocket) {
        let room = Room::Call(self.opened.session.id.clone());
        let mut feed = self.state.live.join(&room);
        let ending = match Box::pin(self.join()).await {
            Ok(()) => Box::pin(self.serve(&mut socket, &mut feed)).await,
            Err(ended) => ended,
        };
        let _ = socket.send(Frame::Text(serde_json::json!({ "closed": ending.0 }).to_string().into())).await;
        if ending.0 != "left" && !self.connection.is_empty() {
            // Gone without saying "leave": a drop, unless the call is over.
            let _ = self.depart(false).await;
        }
        drop(feed);
        self.state.live.leave(&room);
    }

    async fn serve(&mut self, socket: &mut WebSocket, feed: &mut broadcast::Receiver<LiveActivity>) -> Ended {
        let mut beat = tokio::time::interval(Duration::from_secs(HEARTBEAT_SECONDS.min(10)));
        beat.reset();
        let mut heard = Instant::now();
        let mut due = true;
        loop {
            if due {
                due = false;
                if let Err(ended) = self.show(socket).await {
                    return ended;
                }
            }
            tokio::select! {
                happened = feed.recv() => {
                    match happened {
                        Ok(_) | Err(broadcast::error::RecvError::Lagged(_)) => due = true,
                        Err(broadcast::error::RecvError::Closed) => return Ended("closed"),
                    }
                    while feed.try_recv().is_ok() {}
                }
                frame = socket.recv() => {
                    heard = Instant::now();
                    match frame {
                        Some(Ok(Frame::Text(text))) => match self.take(text.as_bytes()).await {
                            Ok(Some(reply)) => {
                                if socket.send(Frame::Text(reply.into())).await.is_err() {
                                    return Ended("lost");
                                }
                            }
                            Ok(None) => {}
                            Err(ended) => return ended,
                        },
                        Some(Ok(Frame::Close(_)) | Err(_)) | None => return Ended("lost"),
                        Some(Ok(_)) => {}
                    }
                }
                _ = beat.tick() => {
                    if heard.elapsed() > QUIET_LIMIT {
                        return Ended("lost");
                    }
                    if socket.send(Frame::Ping(Default::default())).await.is_err() {
                        return Ended("lost");
                    }
                    match self.keep_alive().await {
                        Ok(true) => {}
                        Ok(false) => return Ended("replaced"),
                        Err(ended) => return ended,
                    }
                }
            }
        }
    }

    /// A transaction, after asking the policy again; the session as it is now.
    async fn begin(&self, write: bool) -> Result<(Tx, SupportSession), Ended> {
        let state = &self.state;
        let found = match &self.opened.identity {
            Identity::SignedIn(resumable) => {
                let (who, mut tx): (SignedIn, Tx) = if write {
                    let w = resumable.writing(state).await.map_err(|_| Ended("access"))?;
                    (w.who, w.tx)
                } else {
                    let r = resumable.reading(state).await.map_err(|_| Ended("access"))?;
                    (r.who, r.tx)
                };
                let session = call_for(&mut tx, &who, self.opened.session.id.as_str(), Action::JoinCall).await;
                session.map(|s| (tx, s))
            }
            Identity::Translator(token) => {
                #[allow(clippy::disallowed_methods)] // a translator's link, no session: its own transactions
                let tx = if write { state.store.begin().await } else { state.store.begin_read().await };
                let mut tx = tx.map_err(|_| Ended("access"))?;
                translator_call(&mut tx, token).await.map(|(_, s)| (tx, s))
            }
        };
        found.map_err(|_| Ended("access"))
    }

    async fn join(&mut self) -> Result<(), Ended> {
        let (mut tx, session) = self.begin(true).await?;
        let actor = match &self.opened.identity {
            Identity::SignedIn(resumable) => {
                Some(resumable.reading(&self.state).await.map_err(|_| Ended("access"))?.who.actor)
            }
            Identity::Translator(_) => None,
        };
        let joining = tx.join_call(&session, &self.opened.me, actor.as_ref()).await.map_err(|_| Ended("error"))?;
        tx.commit().await.map_err(|_| Ended("error"))?;
        match joining {
            Joining::Connected(connection) => {
                self.connection = connection;
                Ok(())
            }
            Joining::Full => Err(Ended("full")),
            Joining::Ended => Err(Ended("ended")),
        }
    }

    /// Still here: keeps the connection alive in the database, and a host's
    /// page gives up a call whose drop has outlasted the agreed wait.
    async fn keep_alive(&mut self) -> Result<bool, Ended> {
        let (mut tx, session) = self.begin(true).await?;
        let id = &self.opened.session.id;
        let alive = tx.call_heartbeat(id, &self.opened.me, &self.connection).await.map_err(|_| Ended("error"))?;
        if self.opened.me.hosts() {
            tx.end_call_abruptly(&session).await.map_err(|_| Ended("error"))?;
        }
        tx.commit().await.map_err(|_| Ended("error"))?;
        Ok(alive)
    }

    async fn depart(&mut self, leaving: bool) -> Result<(), Ended> {
        #[allow(clippy::disallowed_methods)] // the page has gone: its last write, without a request
        let mut tx = self.state.store.begin().await.map_err(|_| Ended("error"))?;
        tx.leave_call(&self.opened.session.id, &self.opened.me, &self.connection, leaving)
            .await
            .map_err(|_| Ended("error"))?;
        tx.commit().await.map_err(|_| Ended("error"))?;
        self.connection.clear();
        Ok(())
    }

    /// Sends the page the call as it stands and the signalling waiting for it.
    async fn show(&mut self, socket: &mut WebSocket) -> Result<(), Ended> {
        // The session as it is now: a translator may have been invited since.
        let (mut tx, session) = self.begin(true).await?;
        let id = self.opened.session.id.clone();
        let call = tx.call_of(&id).await.map_err(|_| Ended("error"))?.ok_or(Ended("error"))?;
        let mine = call.participant(&self.opened.me).cloned();
        let replaced = mine.as_ref().is_none_or(|p| !p.connected);
        let signals = if replaced || call.ended_at.is_some() {
            Vec::new()
        } else {
            tx.take_call_signals(&id, &self.opened.me).await.map_err(|_| Ended("error"))?
        };
        let zone = tx.wellbeing_policy(&self.opened.session.organisation_id).await.map_err(|_| Ended("error"))?.zone;
        tx.commit().await.map_err(|_| Ended("error"))?;
        let state = self.state_frame(&session, &call, &zone);
        socket.send(Frame::Text(state.into())).await.map_err(|_| Ended("lost"))?;
        for (from, body) in signals {
            let frame = serde_json::json!({ "signal": { "from": from.key(), "body": body } });
            socket.send(Frame::Text(frame.to_string().into())).await.map_err(|_| Ended("lost"))?;
        }
        match (call.ending, mine.map(|p| p.presence)) {
            (Some(CallEnding::Abruptly), _) => Err(Ended("abruptly")),
            (Some(CallEnding::Ended), _) => Err(Ended("ended")),
            (None, Some(Presence::Left)) => Err(Ended("turned_away")),
            _ if replaced => Err(Ended("replaced")),
            _ => Ok(()),
        }
    }

    fn state_frame(&self, session: &SupportSession, call: &CallRecord, zone: &hearth_core::zone::Zone) -> String {
        let tr = &self.opened.tr;
        let dates = crate::dates::Dates::new(tr.lang, zone);
        let people: Vec<serde_json::Value> = call
            .participants
            .iter()
            .filter(|p| p.presence != Presence::Left)
            .map(|p| {
                let key = p.participant.key();
                let role = match p.participant {
                    Participant::Staff(_) => "staff",
                    Participant::Member(_) => "member",
                    Participant::Translator(_) => "translator",
                };
                serde_json::json!({
                    "key": key,
                    "name": participant_name(session, &p.participant),
                    "role": role,
                    "presence": p.presence.as_str(),
                    "connected": p.connected,
                    "since": p.connected_at.map(|t| t.millis()),
                    "dropped": p.dropped_at.map(|t| dates.time_of(t)),
                    "verification": match p.participant {
                        Participant::Translator(_) if self.opened.me.hosts() => Some(tr.t("call-translator-verified")),
                        _ => self.opened.verification.get(&key).cloned(),
                    },
                })
            })
            .collect();
        let interrupted = match (call.interrupted_since(), call.gives_up_at()) {
            (Some(since), Some(until)) => serde_json::json!({
                "since": dates.time_of(since),
                "until": dates.time_of(until),
                "text": tr.t_args(
                    "call-interrupted",
                    &[("since", dates.time_of(since)), ("until", dates.time_of(until))],
                ),
            }),
            _ => serde_json::Value::Null,
        };
        let presence = call.participant(&self.opened.me).map(|p| p.presence.as_str());
        serde_json::json!({
            "state": {
                "you": self.opened.me.key(),
                "presence": presence,
                "ended": call.ending.map(|e| match e { CallEnding::Ended => "ended", CallEnding::Abruptly => "abruptly" }),
                "people": people,
                "interrupted": interrupted,
            }
        })
        .to_string()
    }

    /// A frame from the page, form-encoded and read through the input boundary.
    async fn take(&mut self, frame: &[u8]) -> Result<Option<String>, Ended> {
        let pairs = match boundary::read_pairs(frame) {
            Ok(pairs) => pairs,
            Err(_) => return Ok(Some(serde_json::json!({ "refused": "input" }).to_string())),
        };
        if field(&pairs, "leave") == "yes" {
            self.depart(true).await?;
            return Err(Ended("left"));
        }
        if !field(&pairs, "signal").is_empty() {
            return self.relay(&pairs).await;
        }
        self.host(&pairs).await
    }

    /// Signalling to another person in the call; only between people let in.
    async fn relay(&mut self, pairs: &Pairs) -> Result<Option<String>, Ended> {
        let Ok(to) = Participant::parse(field(pairs, "to")) else {
            return Ok(Some(serde_json::json!({ "refused": "signal" }).to_string()));
        };
        let (mut tx, _) = self.begin(true).await?;
        let id = self.opened.session.id.clone();
        let call = tx.call_of(&id).await.map_err(|_| Ended("error"))?.ok_or(Ended("error"))?;
        let in_call = |who: &Participant| call.participant(who).is_some_and(|p| p.presence == Presence::Admitted);
        if !in_call(&self.opened.me) || !in_call(&to) || to == self.opened.me || call.ended_at.is_some() {
            tx.commit().await.map_err(|_| Ended("error"))?;
            return Ok(Some(serde_json::json!({ "refused": "signal" }).to_string()));
        }
        self.signals_sent += 1;
        tx.send_call_signal(&id, &self.opened.me, &to, self.signals_sent, field(pairs, "signal"))
            .await
            .map_err(|_| Ended("error"))?;
        tx.commit().await.map_err(|_| Ended("error"))?;
        Ok(None)
    }

    /// What only a host does: let in, turn away, end the call.
    async fn host(&mut self, pairs: &Pairs) -> Result<Option<String>, Ended> {
        let Identity::SignedIn(resumable) = &self.opened.identity else {
            return Ok(Some(serde_json::json!({ "refused": "host" }).to_string()));
        };
        let crate::context::Writing { who, mut tx } =
            resumable.writing(&self.state).await.map_err(|_| Ended("access"))?;
        let session = call_for(&mut tx, &who, self.opened.session.id.as_str(), Action::HostCall).await;
        let Ok(session) = session else {
            tx.commit().await.map_err(|_| Ended("error"))?;
            return Ok(Some(serde_json::json!({ "refused": "host" }).to_string()));
        };
        let done = if let Ok(p) = Participant::parse(field(pairs, "admit")) {
            tx.admit_to_call(&who.actor, &session, &p).await
        } else if let Ok(p) = Participant::parse(field(pairs, "away")) {
            tx.turn_away_from_call(&who.actor, &session, &p).await
        } else if field(pairs, "end") == "yes" {
            tx.end_call(&who.actor, &session).await
        } else {
            Ok(false)
        };
        done.map_err(|_| Ended("error"))?;
        tx.commit().await.map_err(|_| Ended("error"))?;
        Ok(None)
    }
}
