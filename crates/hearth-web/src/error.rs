//! One mapping from errors to HTTP responses. Handlers return [`AppError`];
//! the error-page layer renders it in the visitor's language.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use hearth_store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("forbidden")]
    Forbidden,
    #[error("sign-in required")]
    SignInRequired,
    #[error("bad request")]
    BadRequest,
    #[error("storage: {0}")]
    Store(#[from] StoreError),
    #[error("internal: {0}")]
    Internal(String),
}

/// Marks a response whose body the error-page layer should render.
#[derive(Debug, Clone, Copy)]
pub struct ErrorPage;

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let status = match &self {
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::Forbidden => StatusCode::FORBIDDEN,
            Self::SignInRequired => return Redirect::to("/login").into_response(),
            Self::BadRequest => StatusCode::BAD_REQUEST,
            Self::Store(e) => {
                // The message may name a table, never personal data.
                tracing::error!(error = %e, "storage failure");
                StatusCode::INTERNAL_SERVER_ERROR
            }
            Self::Internal(e) => {
                tracing::error!(error = %e, "internal failure");
                StatusCode::INTERNAL_SERVER_ERROR
            }
        };
        let mut response = status.into_response();
        response.extensions_mut().insert(ErrorPage);
        response
    }
}

impl From<hearth_core::secrets::RandomnessUnavailable> for AppError {
    fn from(e: hearth_core::secrets::RandomnessUnavailable) -> Self {
        Self::Internal(e.to_string())
    }
}

impl From<askama::Error> for AppError {
    fn from(e: askama::Error) -> Self {
        Self::Internal(format!("template: {e}"))
    }
}

pub type AppResult<T> = Result<T, AppError>;
