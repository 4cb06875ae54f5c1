//! Headers every response carries, and the page that replaces bare errors.

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::header::{CACHE_CONTROL, CONTENT_TYPE};
use axum::http::{HeaderName, HeaderValue, StatusCode};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};

use crate::AppState;
use crate::context::{Page, visitor_lang};
use crate::error::ErrorPage;
use crate::i18n::Tr;

const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; \
object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

pub async fn security_headers(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let is_static = request.uri().path().starts_with("/static/");
    let mut response = next.run(request).await;
    let headers = response.headers_mut();
    let set = |headers: &mut axum::http::HeaderMap, name: &'static str, value: &'static str| {
        headers.insert(HeaderName::from_static(name), HeaderValue::from_static(value));
    };
    set(headers, "content-security-policy", CSP);
    set(headers, "x-content-type-options", "nosniff");
    set(headers, "referrer-policy", "same-origin");
    set(headers, "x-frame-options", "DENY");
    set(headers, "cross-origin-opener-policy", "same-origin");
    // A call page allows its own camera and microphone; every other page none.
    if !headers.contains_key("permissions-policy") {
        set(headers, "permissions-policy", "geolocation=(), microphone=(), camera=(), payment=()");
    }
    if state.settings.serves_tls() {
        set(headers, "strict-transport-security", "max-age=63072000; includeSubDomains");
    }
    if is_static {
        headers.insert(CACHE_CONTROL, HeaderValue::from_static("public, max-age=31536000, immutable"));
    } else {
        // Personal pages must not linger in shared or back-button caches.
        headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    response
}

#[derive(askama::Template)]
#[template(path = "error.html")]
struct ErrorTemplate {
    page: Page,
    status: u16,
    message: String,
}

/// Replaces an error response that has no page of its own (a handler's
/// [`ErrorPage`], a rejected form, an unknown route, a blocked cross-site
/// request, an oversized body) with a page in the visitor's language.
pub async fn error_pages(request: Request, next: Next) -> Response {
    let tr = Tr::new(visitor_lang(request.headers()));
    let headers = request.headers().clone();
    let response = next.run(request).await;
    let status = response.status();
    if !(status.is_client_error() || status.is_server_error()) {
        return response;
    }
    let is_html =
        response.headers().get(CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| v.starts_with("text/html"));
    if is_html && response.extensions().get::<ErrorPage>().is_none() {
        return response;
    }
    let (title, message) = match status {
        StatusCode::NOT_FOUND => ("error-404-title", "error-404-body"),
        StatusCode::FORBIDDEN => ("error-403-title", "error-403-body"),
        StatusCode::PAYLOAD_TOO_LARGE => ("error-413-title", "error-413-body"),
        StatusCode::METHOD_NOT_ALLOWED => ("error-405-title", "error-405-body"),
        s if s.is_client_error() => ("error-400-title", "error-400-body"),
        _ => ("error-500-title", "error-500-body"),
    };
    let template = ErrorTemplate {
        page: Page::public(tr, title).discreet(&headers),
        status: status.as_u16(),
        message: tr.t(message),
    };
    match askama::Template::render(&template) {
        Ok(body) => (status, Html(body)).into_response(),
        Err(_) => {
            let mut plain = Response::new(Body::from(status.canonical_reason().unwrap_or("error")));
            *plain.status_mut() = status;
            plain
        }
    }
}
