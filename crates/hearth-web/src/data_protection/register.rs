//! The register of processing activities (GDPR Article 30), written from
//! Hearth's configuration: the purposes and categories of data come from the
//! declaration of personal data, recipients from the partner agencies,
//! retention from the organisation's policy. As a page and as CSV.

use std::collections::BTreeSet;

use axum::response::Response;
use hearth_core::data_protection::{DataCategory, Purpose};
use hearth_store::data_protection::RegisterFacts;
use hearth_store::data_protection::personal_data::PERSONAL_TABLES;

use super::{HOME, require_officer};
use crate::accounts::html;
use crate::context::{Page, Reading};
use crate::csv;
use crate::error::AppResult;
use crate::i18n::Tr;

/// One processing activity: a purpose and everything Article 30 asks of it.
pub(crate) struct Activity {
    pub purpose: String,
    pub description: String,
    pub lawful_basis: String,
    pub subjects: String,
    pub categories: Vec<String>,
    pub special: bool,
    pub recipients: String,
    pub retention: String,
    pub security: String,
}

fn slug(text: &str) -> String {
    text.replace('_', "-")
}

/// The categories of data each purpose processes, from the declaration.
fn categories_of(purpose: Purpose) -> BTreeSet<DataCategory> {
    PERSONAL_TABLES.iter().filter(|t| t.purpose == purpose).map(|t| t.category).collect()
}

pub(crate) fn activities(tr: &Tr, facts: &RegisterFacts) -> Vec<Activity> {
    let p = &facts.policy;
    let retention = tr.t_args(
        "processing-register-retention-text",
        &[
            ("closed", p.closed_file_months.to_string()),
            ("declined", p.declined_referral_months.to_string()),
            ("portal", p.portal_access_months.to_string()),
        ],
    );
    let security = tr.t("processing-register-security-text");
    Purpose::ALL
        .into_iter()
        .map(|purpose| {
            let key = slug(purpose.as_str());
            let categories = categories_of(purpose);
            let recipients = if purpose == Purpose::InformationSharing && !facts.partners.is_empty() {
                facts
                    .partners
                    .iter()
                    .map(|(name, kind)| format!("{name} ({})", tr.t(&format!("partner-kind-{}", slug(kind.as_str())))))
                    .collect::<Vec<_>>()
                    .join("; ")
            } else if purpose == Purpose::InformationSharing {
                tr.t("processing-register-recipients-none-yet")
            } else {
                tr.t("processing-register-recipients-internal")
            };
            Activity {
                purpose: tr.t(&format!("purpose-{key}")),
                description: tr.t(&format!("purpose-{key}-description")),
                lawful_basis: tr.t(&format!("purpose-{key}-basis")),
                subjects: tr.t(&format!("purpose-{key}-subjects")),
                special: categories.iter().any(|c| c.is_special()),
                categories: categories.iter().map(|c| tr.t(&format!("data-category-{}", slug(c.as_str())))).collect(),
                recipients,
                retention: retention.clone(),
                security: security.clone(),
            }
        })
        .collect()
}

#[derive(askama::Template)]
#[template(path = "processing_register.html")]
struct RegisterTemplate {
    page: Page,
    organisation: String,
    activities: Vec<Activity>,
}

pub async fn register_page(Reading { who, mut tx }: Reading) -> AppResult<Response> {
    require_officer(&who)?;
    let facts = tx.processing_register(&who.actor).await?;
    tx.commit().await?;
    html(&RegisterTemplate {
        page: Page::signed_in(&who, "processing-register-title", HOME),
        activities: activities(&who.tr, &facts),
        organisation: facts.organisation,
    })
}

pub async fn register_csv(Reading { who, mut tx }: Reading) -> AppResult<Response> {
    require_officer(&who)?;
    let facts = tx.processing_register(&who.actor).await?;
    tx.commit().await?;
    let tr = &who.tr;
    let mut out = csv::line([
        tr.t("processing-register-col-purpose"),
        tr.t("processing-register-col-description"),
        tr.t("processing-register-col-basis"),
        tr.t("processing-register-col-subjects"),
        tr.t("processing-register-col-categories"),
        tr.t("processing-register-col-special"),
        tr.t("processing-register-col-recipients"),
        tr.t("processing-register-col-retention"),
        tr.t("processing-register-col-security"),
    ]);
    for a in activities(tr, &facts) {
        out.push_str(&csv::line([
            a.purpose,
            a.description,
            a.lawful_basis,
            a.subjects,
            a.categories.join("; "),
            tr.t(if a.special { "processing-register-yes" } else { "processing-register-no" }),
            a.recipients,
            a.retention,
            a.security,
        ]));
    }
    Ok(csv::download("register-of-processing.csv", out))
}
