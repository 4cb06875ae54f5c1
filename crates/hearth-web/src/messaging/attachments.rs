//! Photos and PDFs sent in a conversation. The file goes through the same
//! checks as any document of the family file (type from its content,
//! metadata removed, size limit) and is kept, sealed, among the family's
//! documents; the message carries its name. Staff download it from the
//! family file, a member from her conversation; every download is recorded.

use axum::extract::{Multipart, Path, State};
use axum::response::{IntoResponse, Redirect, Response};
use hearth_core::documents::{DocumentKind, safe_file_name};
use hearth_core::ids::DocumentId;
use hearth_store::messaging::ConversationOpen;

use super::{Composed, Place, Refused, compose, href, open_as_member, open_conversation, refuse};
use crate::AppState;
use crate::context::{Reading, Writer, Writing};
use crate::error::{AppError, AppResult};
use crate::forms::boundary;

/// The file and the words sent with it, as they arrived.
struct Upload {
    file: Option<(String, axum::body::Bytes)>,
    caption: String,
}

async fn read_upload(mut multipart: Multipart) -> AppResult<Upload> {
    let mut upload = Upload { file: None, caption: String::new() };
    while let Some(field) = multipart.next_field().await.map_err(|_| AppError::BadRequest)? {
        match field.name() {
            Some("document") => {
                let name = field.file_name().unwrap_or_default().to_owned();
                upload.file = Some((name, field.bytes().await.map_err(|_| AppError::BadRequest)?));
            }
            Some("text") => upload.caption = field.text().await.map_err(|_| AppError::BadRequest)?,
            _ => {}
        }
    }
    Ok(upload)
}

/// Two transactions, as for any upload: the first proves the session and
/// the access before the body is read; the write lock is taken only once
/// the file has arrived and been cleaned.
pub async fn staff_attach(
    State(state): State<AppState>,
    Reading { who: checked, tx: mut check }: Reading,
    writer: Writer,
    Path((family_id, conversation_id)): Path<(String, String)>,
    multipart: Multipart,
) -> AppResult<Response> {
    open_conversation(&mut check, &checked, &family_id, &conversation_id).await?;
    check.commit().await?;
    let upload = read_upload(multipart).await?;
    let cleaned = crate::documents::clean_upload(upload.file).await?;
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let (family, open) = open_conversation(&mut tx, &who, &family_id, &conversation_id).await?;
    attach(Writing { who, tx }, Place::FamilyFile(&family), &open, cleaned, upload.caption).await
}

pub async fn portal_attach(
    State(state): State<AppState>,
    Reading { who: checked, tx: mut check }: Reading,
    writer: Writer,
    Path(conversation_id): Path<String>,
    multipart: Multipart,
) -> AppResult<Response> {
    open_as_member(&mut check, &checked, &conversation_id).await?;
    check.commit().await?;
    let upload = read_upload(multipart).await?;
    let cleaned = crate::documents::clean_upload(upload.file).await?;
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let open = open_as_member(&mut tx, &who, &conversation_id).await?;
    attach(Writing { who, tx }, Place::Portal, &open, cleaned, upload.caption).await
}

/// Keeps the cleaned file among the family's documents and sends it as a
/// message: the words typed with it, or else its name.
async fn attach(
    writing: Writing,
    place: Place<'_>,
    open: &ConversationOpen,
    cleaned: Result<(String, DocumentKind, Vec<u8>), &'static str>,
    caption: String,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writing;
    let refused = |error: String, caption: String| Refused { errors: vec![error], caption, ..Default::default() };
    let caption = match boundary::clean(&caption) {
        Ok(caption) => caption,
        Err(_) => return refuse(tx, &who, place, open, refused(who.tr.t("input-refused-control"), caption)).await,
    };
    let (name, kind, bytes) = match cleaned {
        Ok((_, DocumentKind::Text, _)) => {
            return refuse(tx, &who, place, open, refused(who.tr.t("attachment-error-kind"), caption)).await;
        }
        Ok(accepted) => accepted,
        Err(key) => return refuse(tx, &who, place, open, refused(who.tr.t(key), caption)).await,
    };
    let name = safe_file_name(&name, kind);
    let text = if caption.trim().is_empty() { name.clone() } else { caption.clone() };
    let sent = match compose(&mut tx, &who, place, open, text, false).await? {
        Composed::Sent(sent) => sent,
        Composed::Refused(why) => {
            return refuse(tx, &who, place, open, Refused { caption, ..why }).await;
        }
    };
    let document = tx.add_document(&who.actor, open.family(), &name, kind, &bytes).await?;
    tx.attach_document(&sent.id, &document).await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("{}#m{}", href(place, open), sent.seq)).into_response())
}

/// A member downloads a file sent in her conversation; recorded like every download.
pub async fn portal_download(
    Reading { who, mut tx }: Reading,
    Path((conversation_id, document_id)): Path<(String, String)>,
) -> AppResult<Response> {
    let open = open_as_member(&mut tx, &who, &conversation_id).await?;
    let document_id = DocumentId::parse(&document_id).map_err(|_| AppError::NotFound)?;
    let document = tx.conversation_attachment(&open, &document_id).await?.ok_or(AppError::NotFound)?;
    let bytes = tx.download_document(&who.actor, &document).await?;
    tx.commit().await?;
    Ok(crate::documents::file_response(&document, bytes))
}

/// Where the files of a conversation's messages are downloaded, on the side shown.
pub(super) fn download_base(place: Place<'_>, open: &ConversationOpen) -> String {
    match place {
        Place::FamilyFile(family) => format!("/families/{}/documents/", family.id),
        Place::Portal => format!("/portal/conversations/{}/attachments/", open.id()),
    }
}
