//! A topic page, live: when a post is written, hidden or edited in the
//! topic, the open page is told, and fetches itself again to show it (the
//! server draws every post; the script never builds one from text). Each
//! change asks the access policy afresh, as a page would, so a member
//! removed or signed out stops hearing. Without JavaScript the page simply
//! shows what was there when it was loaded.

use std::time::Duration;

use axum::extract::ws::{Message as Frame, WebSocket, WebSocketUpgrade, rejection::WebSocketUpgradeRejection};
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use hearth_core::access::Action;
use hearth_core::ids::TopicId;
use tokio::sync::broadcast;

use super::{group_for, topic_href, topic_in};
use crate::AppState;
use crate::context::{Reading, Resumable};
use crate::error::{AppError, AppResult};
use crate::live::Room;

/// How long an idle connection waits before a ping keeps proxies from
/// closing it and the session is checked again.
const CHECK_EVERY: Duration = Duration::from_secs(60);

pub async fn topic_live(
    State(state): State<AppState>,
    Reading { who, mut tx }: Reading,
    Path((g, t)): Path<(String, String)>,
    headers: HeaderMap,
    upgrade: Result<WebSocketUpgrade, WebSocketUpgradeRejection>,
) -> AppResult<Response> {
    let group = group_for(&mut tx, &who, &g, Action::ReadGroup).await?;
    let topic = topic_in(&mut tx, &group, &t).await?;
    tx.commit().await?;
    // Opened as a page rather than as a socket: show the page.
    let Ok(upgrade) = upgrade else {
        return Ok(Redirect::to(&topic_href(&group.id, &topic.id)).into_response());
    };
    if !crate::live::same_origin(&state, &headers) {
        return Err(AppError::Forbidden);
    }
    let page = LiveTopic { state, session: Resumable::new(&headers), group: g, topic: topic.id };
    Ok(upgrade
        .read_buffer_size(1024)
        .write_buffer_size(0)
        .max_message_size(1024)
        .max_frame_size(1024)
        .on_upgrade(move |socket| Box::pin(page.run(socket))))
}

struct LiveTopic {
    state: AppState,
    session: Resumable,
    group: String,
    topic: TopicId,
}

impl LiveTopic {
    async fn run(self, mut socket: WebSocket) {
        let room = Room::Topic(self.topic.clone());
        let mut feed = self.state.live.join(&room);
        let mut check = tokio::time::interval(CHECK_EVERY);
        check.reset();
        loop {
            let changed = tokio::select! {
                happened = feed.recv() => match happened {
                    Ok(_) | Err(broadcast::error::RecvError::Lagged(_)) => {
                        while feed.try_recv().is_ok() {}
                        true
                    }
                    Err(broadcast::error::RecvError::Closed) => break,
                },
                frame = socket.recv() => match frame {
                    Some(Ok(Frame::Close(_)) | Err(_)) | None => break,
                    Some(Ok(_)) => false,
                },
                _ = check.tick() => {
                    if socket.send(Frame::Ping(Default::default())).await.is_err() {
                        break;
                    }
                    false
                }
            };
            // Still allowed to read the group? Otherwise the page is told it ended.
            if !Box::pin(self.allowed()).await {
                let _ = socket.send(Frame::Text(r#"{"ended":true}"#.into())).await;
                break;
            }
            if changed && socket.send(Frame::Text(r#"{"changed":true}"#.into())).await.is_err() {
                break;
            }
        }
        drop(feed);
        self.state.live.leave(&room);
    }

    async fn allowed(&self) -> bool {
        let Ok(Reading { who, mut tx }) = self.session.reading(&self.state).await else { return false };
        let Ok(group) = group_for(&mut tx, &who, &self.group, Action::ReadGroup).await else { return false };
        topic_in(&mut tx, &group, self.topic.as_str()).await.is_ok() && tx.commit().await.is_ok()
    }
}
