//! Documents on the web: upload into a family file and audited download.

use axum::extract::{Multipart, Path, State};
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Redirect, Response};
use hearth_core::access::Action;
use hearth_core::documents::{DocumentKind, DocumentRejected, accept_document, attachment_header, safe_file_name};
use hearth_core::ids::DocumentId;

use crate::AppState;
use crate::access::family_for;
use crate::context::{Reading, Writer, Writing};
use crate::error::{AppError, AppResult};
use crate::families::{FamilyPageErrors, refused_family_page};

/// Uploads being cleaned at once, so a burst of large files cannot take
/// every core and gigabytes of memory together.
static CLEANING: tokio::sync::Semaphore = tokio::sync::Semaphore::const_new(2);

/// Two transactions, not one: the first only proves the session and the
/// access before the body is read, so nobody else's upload reaches the
/// cleaner; the write lock is taken only once the file has arrived and been
/// cleaned, never while a slow phone sends it or a photo is re-encoded.
pub async fn upload(
    State(state): State<AppState>,
    Reading { who: checked, tx: mut check }: Reading,
    writer: Writer,
    Path(id): Path<String>,
    mut multipart: Multipart,
) -> AppResult<Response> {
    family_for(&mut check, &checked, &id, Action::WorkOnFamily).await?;
    check.commit().await?;
    let mut upload = None;
    while let Some(field) = multipart.next_field().await.map_err(|_| AppError::BadRequest)? {
        if field.name() == Some("document") {
            let name = field.file_name().unwrap_or_default().to_owned();
            let bytes = field.bytes().await.map_err(|_| AppError::BadRequest)?;
            upload = Some((name, bytes));
        }
    }
    let cleaned = clean_upload(upload).await?;
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let family = family_for(&mut tx, &who, &id, Action::WorkOnFamily).await?;
    let (name, kind, cleaned) = match cleaned {
        Ok(accepted) => accepted,
        Err(message) => {
            let errors = FamilyPageErrors { document: Some(who.tr.t(message)), ..Default::default() };
            let page = refused_family_page(&mut tx, &who, family, errors).await?;
            tx.commit().await?;
            return page.respond();
        }
    };
    tx.add_document(&who.actor, &family.id, &safe_file_name(&name, kind), kind, &cleaned).await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/families/{}#documents", family.id)).into_response())
}

/// Checks and cleans an uploaded file (type from its content, metadata
/// removed), off the threads serving pages and two at a time; the error is
/// the message key that says why it was refused.
pub(crate) async fn clean_upload(
    upload: Option<(String, axum::body::Bytes)>,
) -> AppResult<Result<(String, DocumentKind, Vec<u8>), &'static str>> {
    let Some((name, bytes)) = upload.filter(|(_, b)| !b.is_empty()) else {
        return Ok(Err("document-error-empty"));
    };
    // Decoding and encoding a phone photo takes a while and up to a few
    // hundred megabytes: off the threads serving pages, two at a time.
    let _cleaning = CLEANING.acquire().await.map_err(|e| AppError::Internal(e.to_string()))?;
    let outcome = tokio::task::spawn_blocking(move || accept_document(&bytes))
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
    Ok(outcome.map(|(kind, cleaned)| (name, kind, cleaned)).map_err(|e| match e {
        DocumentRejected::Empty => "document-error-empty",
        DocumentRejected::TooLarge => "document-error-too-large",
        DocumentRejected::KindNotAccepted => "document-error-kind",
        DocumentRejected::Damaged => "document-error-damaged",
        DocumentRejected::ImageTooLarge => "document-error-image-too-large",
        DocumentRejected::PdfUnreadable => "document-error-pdf-unreadable",
        DocumentRejected::PdfProtected => "document-error-pdf-protected",
    }))
}

pub async fn download(
    Reading { who, mut tx }: Reading,
    Path((id, document_id)): Path<(String, String)>,
) -> AppResult<Response> {
    let family = family_for(&mut tx, &who, &id, Action::WorkOnFamily).await?;
    let document_id = DocumentId::parse(&document_id).map_err(|_| AppError::NotFound)?;
    let read = tx.read_family(&who.actor, &family.id).await?;
    let document = tx.documents_of(&read).await?.into_iter().find(|d| d.id == document_id).ok_or(AppError::NotFound)?;
    let bytes = tx.download_document(&who.actor, &document).await?;
    tx.commit().await?;
    Ok(file_response(&document, bytes))
}

/// A document's bytes as a download: always an attachment, never shown
/// inline, so a crafted file cannot run in Hearth's origin. Names stored
/// before the extension followed the content are made safe again.
pub(crate) fn file_response(document: &hearth_store::documents::Document, bytes: Vec<u8>) -> Response {
    let disposition = attachment_header(&safe_file_name(&document.name, document.kind));
    ([(CONTENT_TYPE, document.kind.media_type().to_owned()), (CONTENT_DISPOSITION, disposition)], bytes).into_response()
}
