//! Documents of a family file, sealed at rest; every download is audited.

use hearth_core::access::Actor;
use hearth_core::audit::AuditAction;
use hearth_core::clock::Timestamp;
use hearth_core::documents::DocumentKind;
use hearth_core::ids::{DocumentId, FamilyId, UserId};
use sea_query::{Expr, ExprTrait, Order, Query};

use crate::audit::AuditRecord;
use crate::families::FamilyRead;
use crate::sealed;
use crate::{AuditEntry, Result, StoreError, Tx, col};

#[derive(Debug, Clone)]
pub struct Document {
    pub id: DocumentId,
    pub family_id: FamilyId,
    pub name: String,
    pub kind: DocumentKind,
    pub size: i64,
    pub uploaded_by: UserId,
    pub uploaded_by_name: String,
    pub uploaded_at: Timestamp,
}

impl Tx {
    /// Stores a document the caller has accepted (kind checked, metadata removed).
    pub async fn add_document(
        &mut self,
        actor: &Actor,
        family: &FamilyId,
        name: &str,
        kind: DocumentKind,
        bytes: &[u8],
    ) -> Result<DocumentId> {
        let id = DocumentId::generate()?;
        let sealed = self.seal_bytes(&sealed::DOCUMENT_BODY, &[id.as_str()], bytes)?;
        let now = self.now().millis();
        self.execute(
            &Query::insert()
                .into_table("documents")
                .columns(["id", "family_id", "name", "kind", "size", "body", "uploaded_by", "uploaded_at"])
                .values_panic([
                    id.as_str().into(),
                    family.as_str().into(),
                    name.into(),
                    kind.as_str().into(),
                    (bytes.len() as i64).into(),
                    sealed.into(),
                    actor.user_id.as_str().into(),
                    now.into(),
                ])
                .to_owned(),
        )
        .await?;
        self.audit(
            AuditEntry::by(actor, AuditAction::DocumentUploaded, AuditRecord::Family(family)).because(id.as_str()),
        )
        .await?;
        Ok(id)
    }

    pub async fn documents_of(&mut self, read: &FamilyRead) -> Result<Vec<Document>> {
        self.load_documents(read.family(), None).await
    }

    /// One document of a family, without listing the rest; for a download
    /// whose access was decided elsewhere (an attachment in a conversation).
    pub(crate) async fn document_of_family(
        &mut self,
        family: &FamilyId,
        document: &DocumentId,
    ) -> Result<Option<Document>> {
        Ok(self.load_documents(family, Some(document)).await?.into_iter().next())
    }

    async fn load_documents(&mut self, family: &FamilyId, only: Option<&DocumentId>) -> Result<Vec<Document>> {
        let mut query = Query::select()
            .columns([
                ("documents", "id"),
                ("documents", "family_id"),
                ("documents", "name"),
                ("documents", "kind"),
                ("documents", "size"),
                ("documents", "uploaded_by"),
                ("documents", "uploaded_at"),
            ])
            .expr_as(Expr::col(("users", "display_name")), "uploaded_by_name")
            .from("documents")
            .inner_join("users", Expr::col(("users", "id")).equals(("documents", "uploaded_by")))
            .and_where(Expr::col(("documents", "family_id")).eq(family.as_str()))
            .order_by(("documents", "uploaded_at"), Order::Desc)
            .to_owned();
        if let Some(id) = only {
            query.and_where(Expr::col(("documents", "id")).eq(id.as_str()));
        }
        let rows = self.fetch_all(&query).await?;
        rows.iter()
            .map(|r| {
                Ok(Document {
                    id: DocumentId::from_trusted(col::text(r, "id")?),
                    family_id: FamilyId::from_trusted(col::text(r, "family_id")?),
                    name: col::text(r, "name")?,
                    kind: DocumentKind::parse(&col::text(r, "kind")?).ok_or(StoreError::Corrupt("kind"))?,
                    size: col::int(r, "size")?,
                    uploaded_by: UserId::from_trusted(col::text(r, "uploaded_by")?),
                    uploaded_by_name: col::text(r, "uploaded_by_name")?,
                    uploaded_at: Timestamp(col::int(r, "uploaded_at")?),
                })
            })
            .collect()
    }

    /// Opens a document for download and records who took it.
    pub async fn download_document(&mut self, actor: &Actor, document: &Document) -> Result<Vec<u8>> {
        let row = self
            .fetch_one(
                &Query::select()
                    .column("body")
                    .from("documents")
                    .and_where(Expr::col("id").eq(document.id.as_str()))
                    .to_owned(),
            )
            .await?;
        let bytes = self.open_bytes(&sealed::DOCUMENT_BODY, &[document.id.as_str()], &col::bytes(&row, "body")?)?;
        self.audit(
            AuditEntry::by(actor, AuditAction::DocumentDownloaded, AuditRecord::Family(&document.family_id))
                .because(document.id.as_str()),
        )
        .await?;
        Ok(bytes)
    }
}
