//! Information-sharing governance: partner agencies and the agreements that
//! say in advance what may be shared with each. The organisation's own
//! records (not about families): read without an audit entry, every change
//! audited. Dates without a time of day are kept as `LocalDate::stored`.

use hearth_core::access::Actor;
use hearth_core::audit::AuditAction;
use hearth_core::clock::Timestamp;
use hearth_core::ids::{OrganisationId, PartnerId, SharingAgreementId};
use hearth_core::sharing::{AgreementTerms, DEFAULT_LAWFUL_BASES, InformationCategory, PartnerDetails, PartnerKind};
use hearth_core::wellbeing::LocalDate;
use sea_query::{Expr, ExprTrait, Order, Query};

use crate::audit::AuditRecord;

mod disclosures;
use crate::{AuditEntry, Result, Tx, col};
pub use disclosures::{
    Disclosure, DisclosureDraft, DisclosureStep, DisclosureSummary, FileItem, ItemKind, ReceivedRecord, RegisterFilter,
};

#[derive(Debug, Clone)]
pub struct Partner {
    pub id: PartnerId,
    pub details: PartnerDetails,
}

#[derive(Debug, Clone)]
pub struct SharingAgreement {
    pub id: SharingAgreementId,
    pub partner_id: PartnerId,
    pub terms: AgreementTerms,
    pub updated_at: Timestamp,
}

const PARTNER_COLUMNS: [&str; 5] = ["id", "name", "kind", "contact_name", "contact_details"];
const AGREEMENT_COLUMNS: [&str; 18] = [
    "id",
    "partner_id",
    "purpose",
    "lawful_basis",
    "lawful_basis_note",
    "categories",
    "threshold",
    "handling",
    "retention",
    "signed_for_us_by",
    "signed_for_us_on",
    "signed_for_them_by",
    "signed_for_them_on",
    "starts_on",
    "review_on",
    "ends_on",
    "updated_at",
    "organisation_id",
];

fn partner_of(r: &sqlx::any::AnyRow) -> Result<Partner> {
    Ok(Partner {
        id: PartnerId::from_trusted(col::text(r, "id")?),
        details: PartnerDetails {
            name: col::text(r, "name")?,
            kind: PartnerKind::parse(&col::text(r, "kind")?).unwrap_or(PartnerKind::Other),
            contact_name: col::text(r, "contact_name")?,
            contact_details: col::text(r, "contact_details")?,
        },
    })
}

fn date(r: &sqlx::any::AnyRow, name: &'static str) -> Result<LocalDate> {
    Ok(LocalDate::of_stored(Timestamp(col::int(r, name)?)))
}

fn stored(date: LocalDate) -> i64 {
    date.stored().map_or(0, Timestamp::millis)
}

fn agreement_of(r: &sqlx::any::AnyRow) -> Result<SharingAgreement> {
    Ok(SharingAgreement {
        id: SharingAgreementId::from_trusted(col::text(r, "id")?),
        partner_id: PartnerId::from_trusted(col::text(r, "partner_id")?),
        terms: AgreementTerms {
            purpose: col::text(r, "purpose")?,
            lawful_basis: col::text(r, "lawful_basis")?,
            lawful_basis_note: col::text(r, "lawful_basis_note")?,
            categories: InformationCategory::parse_list(&col::text(r, "categories")?),
            threshold: col::text(r, "threshold")?,
            handling: col::text(r, "handling")?,
            retention: col::text(r, "retention")?,
            signed_for_us_by: col::text(r, "signed_for_us_by")?,
            signed_for_us_on: date(r, "signed_for_us_on")?,
            signed_for_them_by: col::text(r, "signed_for_them_by")?,
            signed_for_them_on: date(r, "signed_for_them_on")?,
            starts_on: date(r, "starts_on")?,
            review_on: date(r, "review_on")?,
            ends_on: col::opt_int(r, "ends_on")?.map(|at| LocalDate::of_stored(Timestamp(at))),
        },
        updated_at: Timestamp(col::int(r, "updated_at")?),
    })
}

impl Tx {
    /// The organisation's partners, by name.
    pub async fn partners(&mut self, organisation: &OrganisationId) -> Result<Vec<Partner>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns(PARTNER_COLUMNS)
                    .from("partners")
                    .and_where(Expr::col("organisation_id").eq(organisation.as_str()))
                    .order_by("name", Order::Asc)
                    .to_owned(),
            )
            .await?;
        rows.iter().map(partner_of).collect()
    }

    /// One of the organisation's partners; None for another's or an unknown id.
    pub async fn partner(&mut self, organisation: &OrganisationId, id: &PartnerId) -> Result<Option<Partner>> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .columns(PARTNER_COLUMNS)
                    .from("partners")
                    .and_where(Expr::col("id").eq(id.as_str()))
                    .and_where(Expr::col("organisation_id").eq(organisation.as_str()))
                    .to_owned(),
            )
            .await?;
        row.as_ref().map(partner_of).transpose()
    }

    /// Adds a partner (`id` None) or changes one of the organisation's.
    pub async fn save_partner(
        &mut self,
        actor: &Actor,
        id: Option<&PartnerId>,
        details: &PartnerDetails,
    ) -> Result<PartnerId> {
        let now = self.now().millis();
        let id = match id {
            Some(id) => {
                self.execute(
                    &Query::update()
                        .table("partners")
                        .value("name", details.name.clone())
                        .value("kind", details.kind.as_str())
                        .value("contact_name", details.contact_name.clone())
                        .value("contact_details", details.contact_details.clone())
                        .and_where(Expr::col("id").eq(id.as_str()))
                        .and_where(Expr::col("organisation_id").eq(actor.organisation_id.as_str()))
                        .to_owned(),
                )
                .await?;
                id.clone()
            }
            None => {
                let id = PartnerId::generate()?;
                self.execute(
                    &Query::insert()
                        .into_table("partners")
                        .columns([
                            "id",
                            "organisation_id",
                            "name",
                            "kind",
                            "contact_name",
                            "contact_details",
                            "created_at",
                        ])
                        .values_panic([
                            id.as_str().into(),
                            actor.organisation_id.as_str().into(),
                            details.name.clone().into(),
                            details.kind.as_str().into(),
                            details.contact_name.clone().into(),
                            details.contact_details.clone().into(),
                            now.into(),
                        ])
                        .to_owned(),
                )
                .await?;
                id
            }
        };
        self.audit(AuditEntry::by(
            actor,
            AuditAction::PartnersChanged,
            AuditRecord::Organisation(&actor.organisation_id),
        ))
        .await?;
        Ok(id)
    }

    /// A partner's agreements, the latest start first.
    pub async fn sharing_agreements_of(&mut self, partner: &Partner) -> Result<Vec<SharingAgreement>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns(AGREEMENT_COLUMNS)
                    .from("sharing_agreements")
                    .and_where(Expr::col("partner_id").eq(partner.id.as_str()))
                    .order_by("starts_on", Order::Desc)
                    .to_owned(),
            )
            .await?;
        rows.iter().map(agreement_of).collect()
    }

    /// Every agreement of the organisation, for lists that flag reviews.
    pub async fn sharing_agreements(&mut self, organisation: &OrganisationId) -> Result<Vec<SharingAgreement>> {
        let rows = self
            .fetch_all(
                &Query::select()
                    .columns(AGREEMENT_COLUMNS)
                    .from("sharing_agreements")
                    .and_where(Expr::col("organisation_id").eq(organisation.as_str()))
                    .order_by("review_on", Order::Asc)
                    .to_owned(),
            )
            .await?;
        rows.iter().map(agreement_of).collect()
    }

    pub async fn sharing_agreement(
        &mut self,
        partner: &Partner,
        id: &SharingAgreementId,
    ) -> Result<Option<SharingAgreement>> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .columns(AGREEMENT_COLUMNS)
                    .from("sharing_agreements")
                    .and_where(Expr::col("id").eq(id.as_str()))
                    .and_where(Expr::col("partner_id").eq(partner.id.as_str()))
                    .to_owned(),
            )
            .await?;
        row.as_ref().map(agreement_of).transpose()
    }

    /// Records an agreement with a partner (`id` None) or its reviewed terms.
    pub async fn save_sharing_agreement(
        &mut self,
        actor: &Actor,
        partner: &Partner,
        id: Option<&SharingAgreementId>,
        terms: &AgreementTerms,
    ) -> Result<SharingAgreementId> {
        let now = self.now().millis();
        let values: [(&str, sea_query::SimpleExpr); 15] = [
            ("purpose", terms.purpose.clone().into()),
            ("lawful_basis", terms.lawful_basis.clone().into()),
            ("lawful_basis_note", terms.lawful_basis_note.clone().into()),
            ("categories", InformationCategory::list_to_string(&terms.categories).into()),
            ("threshold", terms.threshold.clone().into()),
            ("handling", terms.handling.clone().into()),
            ("retention", terms.retention.clone().into()),
            ("signed_for_us_by", terms.signed_for_us_by.clone().into()),
            ("signed_for_us_on", stored(terms.signed_for_us_on).into()),
            ("signed_for_them_by", terms.signed_for_them_by.clone().into()),
            ("signed_for_them_on", stored(terms.signed_for_them_on).into()),
            ("starts_on", stored(terms.starts_on).into()),
            ("review_on", stored(terms.review_on).into()),
            ("ends_on", terms.ends_on.map(stored).into()),
            ("updated_at", now.into()),
        ];
        let id = match id {
            Some(id) => {
                let mut update = Query::update();
                update
                    .table("sharing_agreements")
                    .and_where(Expr::col("id").eq(id.as_str()))
                    .and_where(Expr::col("partner_id").eq(partner.id.as_str()));
                for (column, value) in values {
                    update.value(column, value);
                }
                self.execute(&update).await?;
                id.clone()
            }
            None => {
                let id = SharingAgreementId::generate()?;
                let mut columns = vec!["id", "partner_id", "organisation_id", "created_by", "created_at"];
                let mut row: Vec<sea_query::SimpleExpr> = vec![
                    id.as_str().into(),
                    partner.id.as_str().into(),
                    actor.organisation_id.as_str().into(),
                    actor.user_id.as_str().into(),
                    now.into(),
                ];
                for (column, value) in values {
                    columns.push(column);
                    row.push(value);
                }
                self.execute(
                    &Query::insert().into_table("sharing_agreements").columns(columns).values_panic(row).to_owned(),
                )
                .await?;
                id
            }
        };
        self.audit(AuditEntry::by(
            actor,
            AuditAction::SharingAgreementChanged,
            AuditRecord::Organisation(&actor.organisation_id),
        ))
        .await?;
        Ok(id)
    }

    /// The lawful bases the organisation offers, one per line.
    pub async fn lawful_bases(&mut self, organisation: &OrganisationId) -> Result<String> {
        let row = self
            .fetch_optional(
                &Query::select()
                    .column("lawful_bases")
                    .from("sharing_settings")
                    .and_where(Expr::col("organisation_id").eq(organisation.as_str()))
                    .to_owned(),
            )
            .await?;
        Ok(match row {
            Some(r) => col::text(&r, "lawful_bases")?,
            None => DEFAULT_LAWFUL_BASES.to_owned(),
        })
    }

    pub async fn save_lawful_bases(&mut self, actor: &Actor, bases: &str) -> Result<()> {
        let org = actor.organisation_id.as_str();
        self.execute(
            &Query::delete().from_table("sharing_settings").and_where(Expr::col("organisation_id").eq(org)).to_owned(),
        )
        .await?;
        self.execute(
            &Query::insert()
                .into_table("sharing_settings")
                .columns(["organisation_id", "lawful_bases"])
                .values_panic([org.into(), bases.into()])
                .to_owned(),
        )
        .await?;
        self.audit(AuditEntry::by(
            actor,
            AuditAction::PartnersChanged,
            AuditRecord::Organisation(&actor.organisation_id),
        ))
        .await
    }
}
