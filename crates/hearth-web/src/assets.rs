//! Static files, embedded in the binary. Names carry a version so they can
//! be cached for a year.

use axum::extract::Path;
use axum::http::StatusCode;
use axum::http::header::CONTENT_TYPE;
use axum::response::{IntoResponse, Response};

const CSS: &str = include_str!("../static/hearth.css");
const FAMILY_SEARCH: &str = include_str!("../static/family-search.js");
const ICON: &str = include_str!("../static/hearth-icon.svg");
const NEUTRAL_ICON: &str = include_str!("../static/neutral-icon.svg");
const QUICK_EXIT: &str = include_str!("../static/quick-exit.js");
const CONVERSATION_LIVE: &str = include_str!("../static/conversation-live.js");
const CALL: &str = include_str!("../static/call.js");
const COMMUNITY_LIVE: &str = include_str!("../static/community-live.js");

pub async fn static_file(Path(name): Path<String>) -> Response {
    match name.as_str() {
        "hearth-4.css" => ([(CONTENT_TYPE, "text/css; charset=utf-8")], CSS).into_response(),
        "family-search-1.js" => ([(CONTENT_TYPE, "text/javascript; charset=utf-8")], FAMILY_SEARCH).into_response(),
        "hearth-icon-1.svg" => ([(CONTENT_TYPE, "image/svg+xml")], ICON).into_response(),
        "neutral-icon-1.svg" => ([(CONTENT_TYPE, "image/svg+xml")], NEUTRAL_ICON).into_response(),
        "quick-exit-1.js" => ([(CONTENT_TYPE, "text/javascript; charset=utf-8")], QUICK_EXIT).into_response(),
        "conversation-live-1.js" => {
            ([(CONTENT_TYPE, "text/javascript; charset=utf-8")], CONVERSATION_LIVE).into_response()
        }
        "connection-probe-1.bin" => ([(CONTENT_TYPE, "application/octet-stream")], connection_probe()).into_response(),
        "call-3.js" => ([(CONTENT_TYPE, "text/javascript; charset=utf-8")], CALL).into_response(),
        "community-live-1.js" => ([(CONTENT_TYPE, "text/javascript; charset=utf-8")], COMMUNITY_LIVE).into_response(),
        _ => StatusCode::NOT_FOUND.into_response(),
    }
}

/// 48 KB that do not compress, for the call page's estimate of how fast a
/// larger file arrives.
fn connection_probe() -> &'static [u8] {
    static PROBE: std::sync::OnceLock<Vec<u8>> = std::sync::OnceLock::new();
    PROBE.get_or_init(|| {
        let mut state: u32 = 0x2545_f491;
        (0..48 * 1024)
            .map(|_| {
                // xorshift: cheap bytes with no pattern for a compressor to find.
                state ^= state << 13;
                state ^= state >> 17;
                state ^= state << 5;
                state.to_le_bytes()[0]
            })
            .collect()
    })
}
