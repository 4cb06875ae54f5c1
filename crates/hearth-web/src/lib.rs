//! Hearth's web interface: server-rendered pages, one module per capability.
//!
//! Every handler parses its input into domain types, asks the access policy
//! in `hearth-core`, and lets `hearth-store` persist and audit in one
//! transaction. Pages work without JavaScript.

mod access;
pub mod accounts;
mod aftercare;
mod agreements;
pub(crate) mod assessment;
mod assets;
mod calendar;
pub mod calls;
mod checkins;
mod community;
mod conduct;
mod conference;
mod context;
mod csv;
mod data_protection;
pub mod dates;
mod documents;
mod error;
pub mod families;
mod forms;
mod glossary;
mod guides;
mod home;
pub mod i18n;
pub mod jobs;
mod legal;
mod live;
pub mod mail;
mod messaging;
mod modality;
mod notifications;
mod ops;
mod outcomes;
mod partners;
mod portal;
mod routes;
mod security;
mod sharing;
mod support_sessions;
mod text;
mod timeline;
mod wellbeing;
mod zip;

use std::sync::Arc;

use hearth_core::accounts::{LoginThrottle, SessionLifetime};
use hearth_store::Store;
use metrics_exporter_prometheus::PrometheusHandle;

pub use context::{NAVIGATION, NavLink};
pub use error::AppError;
pub use live::LiveRooms;
pub use routes::{RouteSpec, route_table, router};

/// Settings the web layer needs, built by the binary from configuration.
#[derive(Debug, Clone)]
pub struct WebSettings {
    /// The address people use to reach Hearth, for links in e-mails; an
    /// `https://` address also turns on HSTS.
    pub public_url: String,
    /// Whether cookies carry `Secure`. Off only for plain HTTP on loopback.
    pub secure_cookies: bool,
    pub session_lifetime: SessionLifetime,
    pub login_throttle: LoginThrottle,
    pub invitation_valid_seconds: i64,
    /// Take the client's address from the right-most `X-Forwarded-For` entry,
    /// the one the trusted proxy added (entries to its left are whatever the
    /// client sent). Only for a Hearth reachable through that proxy alone.
    pub trust_forwarded_for: bool,
    /// Keys what is stored only as a digest: client addresses and typed
    /// e-mail addresses for throttling, and recovery codes.
    pub digest_key: Vec<u8>,
    /// STUN and TURN servers for video calls.
    pub calls: calls::CallNetwork,
}

impl WebSettings {
    pub fn for_public_url(public_url: &str, digest_key: Vec<u8>) -> Self {
        let loopback_http = public_url.starts_with("http://")
            && ["http://127.", "http://localhost", "http://[::1]"].iter().any(|p| public_url.starts_with(p));
        Self {
            public_url: public_url.trim_end_matches('/').to_owned(),
            secure_cookies: !loopback_http,
            session_lifetime: SessionLifetime::default(),
            login_throttle: LoginThrottle::default(),
            invitation_valid_seconds: 7 * 24 * 3600,
            trust_forwarded_for: false,
            digest_key,
            calls: calls::CallNetwork::default(),
        }
    }

    pub fn serves_tls(&self) -> bool {
        self.public_url.starts_with("https://")
    }
}

#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub settings: Arc<WebSettings>,
    pub mailer: Option<mail::Mailer>,
    pub metrics: Option<PrometheusHandle>,
    /// Open conversation pages in this process, told of what is committed.
    pub live: Arc<LiveRooms>,
}

#[cfg(test)]
mod tests {
    /// Templates stay readable in review: no line longer than 160 characters.
    #[test]
    fn template_lines_stay_short() -> Result<(), Box<dyn std::error::Error>> {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
        let mut long = Vec::new();
        for entry in std::fs::read_dir(dir)? {
            let path = entry?.path();
            for (i, line) in std::fs::read_to_string(&path)?.lines().enumerate() {
                if line.chars().count() > 160 {
                    long.push(format!("{}:{}", path.display(), i + 1));
                }
            }
        }
        assert!(long.is_empty(), "template lines over 160 characters: {long:?}");
        Ok(())
    }
}
