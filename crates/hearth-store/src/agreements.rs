//! Online working agreements: versioned templates per organisation, and each
//! family member's agreement with its consent.

use std::collections::BTreeMap;

use hearth_core::access::Actor;
use hearth_core::agreements::{DEFAULT_TEMPLATE, Template};
use hearth_core::audit::AuditAction;
use hearth_core::clock::Timestamp;
use hearth_core::ids::{AgreementId, FamilyId, MemberId, OrganisationId, TemplateId, UserId};
use sea_query::{Expr, ExprTrait, Func, Order, Query};

use crate::audit::AuditRecord;
use crate::families::FamilyRead;
use crate::sealed;
use crate::{AuditEntry, Result, StoreError, Tx, col};

#[derive(Debug, Clone)]
pub struct TemplateVersion {
    pub id: TemplateId,
    pub version: i64,
    pub body: String,
    pub published_at: Timestamp,
}

impl TemplateVersion {
    pub fn template(&self) -> Result<Template> {
        Template::parse(&self.body).map_err(|_| StoreError::Corrupt("agreement template"))
    }
}

/// How a family member consented.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Consent {
    /// Accepted in the family portal.
    Portal,
    /// Agreed aloud; the practitioner recorded when and how.
    Verbal,
}

impl Consent {
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Portal => "portal",
            Self::Verbal => "verbal",
        }
    }
    fn parse(text: &str) -> Option<Self> {
        match text {
            "portal" => Some(Self::Portal),
            "verbal" => Some(Self::Verbal),
            _ => None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Agreement {
    pub id: AgreementId,
    pub family_id: FamilyId,
    pub member_id: MemberId,
    pub template: TemplateVersion,
    pub choices: BTreeMap<String, String>,
    pub created_by_name: String,
    pub created_at: Timestamp,
    pub accepted_at: Option<Timestamp>,
    pub consent: Option<Consent>,
    pub consent_note: Option<String>,
}

fn encode(choices: &BTreeMap<String, String>) -> String {
    choices.iter().map(|(k, v)| format!("{k}={}\n", v.replace('\n', " "))).collect()
}

pub(crate) fn decode(text: &str) -> BTreeMap<String, String> {
    text.lines().filter_map(|l| l.split_once('=')).map(|(k, v)| (k.to_owned(), v.to_owned())).collect()
}

impl Tx {
    /// The organisation's newest template; Hearth's default is published as
    /// version 1 the first time one is needed.
    pub async fn current_template(&mut self, actor: &Actor) -> Result<TemplateVersion> {
        if let Some(t) = self.latest_template(&actor.organisation_id).await? {
            return Ok(t);
        }
        self.publish_template(actor, DEFAULT_TEMPLATE).await
    }

    async fn latest_template(&mut self, organisation: &OrganisationId) -> Result<Option<TemplateVersion>> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .columns(["id", "version", "body", "published_at"])
                    .from("agreement_templates")
                    .and_where(Expr::col("organisation_id").eq(organisation.as_str()))
                    .order_by("version", Order::Desc)
                    .limit(1)
                    .to_owned(),
            )
            .await?;
        row.map(|r| {
            Ok(TemplateVersion {
                id: TemplateId::from_trusted(col::text(&r, "id")?),
                version: col::int(&r, "version")?,
                body: col::text(&r, "body")?,
                published_at: Timestamp(col::int(&r, "published_at")?),
            })
        })
        .transpose()
    }

    /// Publishes a template the caller has validated, as the next version.
    pub async fn publish_template(&mut self, actor: &Actor, body: &str) -> Result<TemplateVersion> {
        let row = self
            .fetch_one(
                &Query::select()
                    .expr_as(Func::max(Expr::col("version")), "v")
                    .from("agreement_templates")
                    .and_where(Expr::col("organisation_id").eq(actor.organisation_id.as_str()))
                    .to_owned(),
            )
            .await?;
        let version = col::opt_int(&row, "v")?.unwrap_or(0) + 1;
        let id = TemplateId::generate()?;
        let now = self.now();
        self.execute(
            &Query::insert()
                .into_table("agreement_templates")
                .columns(["id", "organisation_id", "version", "body", "published_by", "published_at"])
                .values_panic([
                    id.as_str().into(),
                    actor.organisation_id.as_str().into(),
                    version.into(),
                    body.into(),
                    actor.user_id.as_str().into(),
                    now.millis().into(),
                ])
                .to_owned(),
        )
        .await?;
        self.audit(
            AuditEntry::by(
                actor,
                AuditAction::AgreementTemplatePublished,
                AuditRecord::Organisation(&actor.organisation_id),
            )
            .because(&version.to_string()),
        )
        .await?;
        Ok(TemplateVersion { id, version, body: body.to_owned(), published_at: now })
    }

    pub async fn make_agreement(
        &mut self,
        actor: &Actor,
        family: &FamilyId,
        member: &MemberId,
        template: &TemplateVersion,
        choices: &BTreeMap<String, String>,
    ) -> Result<AgreementId> {
        let id = AgreementId::generate()?;
        let now = self.now().millis();
        self.execute(
            &Query::insert()
                .into_table("agreements")
                .columns(["id", "family_id", "member_id", "template_id", "choices", "created_by", "created_at"])
                .values_panic([
                    id.as_str().into(),
                    family.as_str().into(),
                    member.as_str().into(),
                    template.id.as_str().into(),
                    encode(choices).into(),
                    actor.user_id.as_str().into(),
                    now.into(),
                ])
                .to_owned(),
        )
        .await?;
        self.audit(AuditEntry::by(actor, AuditAction::AgreementMade, AuditRecord::Family(family))).await?;
        Ok(id)
    }

    /// A member's agreements, newest first.
    pub async fn agreements_of(&mut self, read: &FamilyRead, member: &MemberId) -> Result<Vec<Agreement>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns([
                        ("agreements", "id"),
                        ("agreements", "family_id"),
                        ("agreements", "member_id"),
                        ("agreements", "choices"),
                        ("agreements", "created_at"),
                        ("agreements", "accepted_at"),
                        ("agreements", "consent"),
                        ("agreements", "consent_note"),
                    ])
                    .expr_as(Expr::col(("agreement_templates", "id")), "template_id")
                    .expr_as(Expr::col(("agreement_templates", "version")), "template_version")
                    .expr_as(Expr::col(("agreement_templates", "body")), "template_body")
                    .expr_as(Expr::col(("agreement_templates", "published_at")), "template_published_at")
                    .expr_as(Expr::col(("users", "display_name")), "created_by_name")
                    .from("agreements")
                    .inner_join(
                        "agreement_templates",
                        Expr::col(("agreement_templates", "id")).equals(("agreements", "template_id")),
                    )
                    .inner_join("users", Expr::col(("users", "id")).equals(("agreements", "created_by")))
                    .and_where(Expr::col(("agreements", "member_id")).eq(member.as_str()))
                    .and_where(Expr::col(("agreements", "family_id")).eq(read.family().as_str()))
                    .order_by(("agreements", "created_at"), Order::Desc)
                    .to_owned(),
            )
            .await?;
        rows.iter()
            .map(|r| {
                let id = AgreementId::from_trusted(col::text(r, "id")?);
                Ok(Agreement {
                    family_id: FamilyId::from_trusted(col::text(r, "family_id")?),
                    member_id: MemberId::from_trusted(col::text(r, "member_id")?),
                    template: TemplateVersion {
                        id: TemplateId::from_trusted(col::text(r, "template_id")?),
                        version: col::int(r, "template_version")?,
                        body: col::text(r, "template_body")?,
                        published_at: Timestamp(col::int(r, "template_published_at")?),
                    },
                    choices: decode(&col::text(r, "choices")?),
                    created_by_name: col::text(r, "created_by_name")?,
                    created_at: Timestamp(col::int(r, "created_at")?),
                    accepted_at: col::opt_int(r, "accepted_at")?.map(Timestamp),
                    consent: col::opt_text(r, "consent")?.as_deref().and_then(Consent::parse),
                    consent_note: col::opt_text(r, "consent_note")?
                        .map(|n| self.open(&sealed::AGREEMENT_CONSENT_NOTE, &[id.as_str()], &n))
                        .transpose()?,
                    id,
                })
            })
            .collect()
    }

    /// Whether a newer template version exists than the one an agreement was made from.
    pub async fn needs_renewal(&mut self, organisation: &OrganisationId, agreement: &Agreement) -> Result<bool> {
        Ok(self.latest_template(organisation).await?.is_some_and(|t| t.version > agreement.template.version))
    }

    /// Records consent once; true when this call recorded it.
    pub async fn record_consent(
        &mut self,
        organisation: &OrganisationId,
        by: &UserId,
        agreement: &Agreement,
        consent: Consent,
        note: Option<&str>,
    ) -> Result<bool> {
        let now = self.now().millis();
        let sealed =
            note.map(|n| self.seal(&sealed::AGREEMENT_CONSENT_NOTE, &[agreement.id.as_str()], n)).transpose()?;
        let n = self
            .execute(
                &Query::update()
                    .table("agreements")
                    .value("accepted_at", now)
                    .value("consent", consent.as_str())
                    .value("consent_note", sealed)
                    .and_where(Expr::col("id").eq(agreement.id.as_str()))
                    .and_where(Expr::col("accepted_at").is_null())
                    .to_owned(),
            )
            .await?;
        if n == 1 {
            self.audit(
                AuditEntry::by_account(
                    organisation,
                    by,
                    AuditAction::AgreementAccepted,
                    AuditRecord::Family(&agreement.family_id),
                )
                .because(consent.as_str()),
            )
            .await?;
        }
        Ok(n == 1)
    }

    /// The member a family account belongs to.
    pub async fn member_of_account(&mut self, user: &UserId) -> Result<Option<crate::families::Member>> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .columns(["id", "family_id"])
                    .from("family_members")
                    .and_where(Expr::col("account_user_id").eq(user.as_str()))
                    .to_owned(),
            )
            .await?;
        match row {
            Some(r) => {
                // One's own member record, as the account holder reads it.
                let own = FamilyRead::by_the_store(&FamilyId::from_trusted(col::text(&r, "family_id")?));
                self.member(&own, &MemberId::from_trusted(col::text(&r, "id")?)).await
            }
            None => Ok(None),
        }
    }
}
