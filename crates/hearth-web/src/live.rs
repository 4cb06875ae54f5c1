//! The live channel: pages that keep a WebSocket to Hearth (an open
//! conversation, a video call) are told what committed transactions did in
//! their room. The store announces places only ([`LiveActivity`]); each page
//! reads what changed through its own access check.

use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};

use axum::http::HeaderMap;
use axum::http::header::{HOST, ORIGIN};
use hearth_core::ids::{ConversationId, SupportSessionId, TopicId};
use hearth_store::Store;
use hearth_store::messaging::LiveActivity;
use tokio::sync::broadcast;

use crate::AppState;

/// Announcements one page may fall behind before it looks again from scratch.
const PAGE_BACKLOG: usize = 64;
const SHARDS: usize = 16;

/// What a live page follows.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Room {
    Conversation(ConversationId),
    /// The video call of a support session.
    Call(SupportSessionId),
    /// A topic in a peer-support group.
    Topic(TopicId),
}

impl Room {
    fn of(happened: &LiveActivity) -> Option<Self> {
        match happened {
            LiveActivity::Call { session } => Some(Self::Call(session.clone())),
            LiveActivity::Topic { topic } => Some(Self::Topic(topic.clone())),
            other => other.conversation().cloned().map(Self::Conversation),
        }
    }

    fn key(&self) -> &str {
        match self {
            Self::Conversation(id) => id.as_str(),
            Self::Call(id) => id.as_str(),
            Self::Topic(id) => id.as_str(),
        }
    }
}

type Senders = HashMap<Room, broadcast::Sender<LiveActivity>>;

/// The open conversation and call pages of this process, by room, fed from
/// the store's committed activity. Sharded, so pages opening and closing
/// do not queue behind one lock.
pub struct LiveRooms {
    shards: [Mutex<Senders>; SHARDS],
    open_pages: AtomicUsize,
}

impl LiveRooms {
    /// Starts passing the store's activity on to open pages. On PostgreSQL
    /// the caller also calls [`Store::follow_live_activity`], so activity
    /// committed by other processes arrives too.
    pub fn start(store: &Store) -> Arc<Self> {
        let live = Arc::new(Self { shards: Default::default(), open_pages: AtomicUsize::new(0) });
        let mut feed = store.live_activity();
        let router = live.clone();
        tokio::spawn(async move {
            loop {
                match feed.recv().await {
                    Ok(happened) => router.pass_on(happened),
                    Err(broadcast::error::RecvError::Lagged(_)) => router.pass_on(LiveActivity::Missed),
                    Err(broadcast::error::RecvError::Closed) => break,
                }
            }
        });
        live
    }

    /// How many conversation and call pages are open on this process.
    pub fn open_pages(&self) -> usize {
        self.open_pages.load(Ordering::Relaxed)
    }

    fn shard(&self, id: &Room) -> std::sync::MutexGuard<'_, Senders> {
        let index = id.key().bytes().fold(0usize, |h, b| h.wrapping_mul(31).wrapping_add(usize::from(b))) % SHARDS;
        self.shards[index].lock().unwrap_or_else(PoisonError::into_inner)
    }

    pub(crate) fn join(&self, id: &Room) -> broadcast::Receiver<LiveActivity> {
        self.open_pages.fetch_add(1, Ordering::Relaxed);
        metrics::gauge!("hearth_live_conversation_pages").increment(1.0);
        self.shard(id).entry(id.clone()).or_insert_with(|| broadcast::channel(PAGE_BACKLOG).0).subscribe()
    }

    /// Called once a page's receiver is dropped.
    pub(crate) fn leave(&self, id: &Room) {
        self.open_pages.fetch_sub(1, Ordering::Relaxed);
        metrics::gauge!("hearth_live_conversation_pages").decrement(1.0);
        let mut senders = self.shard(id);
        if senders.get(id).is_some_and(|s| s.receiver_count() == 0) {
            senders.remove(id);
        }
    }

    fn pass_on(&self, happened: LiveActivity) {
        match Room::of(&happened) {
            Some(id) => {
                if let Some(sender) = self.shard(&id).get(&id) {
                    let _ = sender.send(happened.clone());
                }
            }
            None => {
                for shard in &self.shards {
                    for sender in shard.lock().unwrap_or_else(PoisonError::into_inner).values() {
                        let _ = sender.send(LiveActivity::Missed);
                    }
                }
            }
        }
    }
}

/// A browser only opens a socket from a page of this site: one from
/// anywhere else is refused, so another site cannot ride on the cookie.
pub(crate) fn same_origin(state: &AppState, headers: &HeaderMap) -> bool {
    let Some(origin) = headers.get(ORIGIN).and_then(|v| v.to_str().ok()) else {
        // Not a browser: the cookie was given on purpose.
        return true;
    };
    let host = headers.get(HOST).and_then(|v| v.to_str().ok()).unwrap_or_default();
    origin == state.settings.public_url
        || origin.strip_prefix("https://").or_else(|| origin.strip_prefix("http://")) == Some(host)
}
