//! The supervisor's register: the disclosures from the families they
//! supervise, by partner and period; those waiting for approval; those made
//! without consent and why; families not told and when to think again; and
//! the agreements due for review. The same rows export as CSV.

use axum::response::Response;
use hearth_core::access::{Action, Target};
use hearth_core::ids::PartnerId;
use hearth_core::sharing::{AgreementStanding, Consent, DisclosureStatus};
use hearth_core::wellbeing::LocalDate;
use hearth_store::Tx;
use hearth_store::sharing::{DisclosureSummary, RegisterFilter};
use serde::Deserialize;

use super::{consent_label, disclosure_href, purpose_label, status_label};
use crate::accounts::html;
use crate::context::{Page, Reading, SignedIn};
use crate::error::AppResult;
use crate::forms::{Query, url_encode};

/// Days an agreement is flagged ahead of its review date.
const REVIEW_SOON_DAYS: i64 = 30;

#[derive(Deserialize, Default)]
pub struct RegisterQuery {
    #[serde(default)]
    partner: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
}

/// The filter as read: a partner and a period of whole days, by default the
/// last twelve months. A date that does not read is left at its default.
struct Period {
    partner: Option<PartnerId>,
    from: LocalDate,
    to: LocalDate,
}

impl Period {
    fn of(query: &RegisterQuery, today: LocalDate) -> Self {
        let from = LocalDate::parse(&query.from).unwrap_or_else(|| today.plus_days(-365));
        let to = LocalDate::parse(&query.to).unwrap_or(today);
        Self { partner: PartnerId::parse(query.partner.trim()).ok(), from, to: to.max(from) }
    }

    fn query_string(&self) -> String {
        format!(
            "partner={}&from={}&to={}",
            self.partner.as_ref().map(|p| url_encode(p.as_str())).unwrap_or_default(),
            self.from,
            self.to
        )
    }
}

async fn register_rows(
    tx: &mut Tx,
    who: &SignedIn,
    period: &Period,
    export: bool,
) -> AppResult<Vec<DisclosureSummary>> {
    let start = |d: LocalDate| who.zone.start_of(d);
    let filter = RegisterFilter {
        partner: period.partner.as_ref(),
        from: start(period.from),
        until: start(period.to.plus_days(1)),
    };
    Ok(tx.sharing_register(&who.actor, &who.family_scope(), &filter, export).await?)
}

struct PartnerFigures {
    partner: String,
    prepared: usize,
    awaiting: usize,
    returned: usize,
    approved: usize,
    sent: usize,
    without_consent: usize,
    not_told: usize,
}

struct RegisterRow {
    href: String,
    family: String,
    partner: String,
    date: String,
    status: String,
    detail: String,
    reason: String,
    due: bool,
}

#[derive(askama::Template)]
#[template(path = "sharing_register.html")]
struct RegisterTemplate {
    page: Page,
    partners: Vec<(String, String, bool)>,
    from: String,
    to: String,
    csv_href: String,
    figures: Vec<PartnerFigures>,
    total: usize,
    pending: Vec<RegisterRow>,
    without_consent: Vec<RegisterRow>,
    not_told: Vec<RegisterRow>,
    agreements: Vec<RegisterRow>,
}

fn without_consent(d: &DisclosureSummary) -> bool {
    d.consent != Consent::Given
}

pub async fn register_page(
    Reading { who, mut tx }: Reading,
    Query(query): Query<RegisterQuery>,
) -> AppResult<Response> {
    who.require(Action::ViewSharingRegister, Target::Organisation(&who.actor.organisation_id))?;
    let today = who.today(&tx);
    let period = Period::of(&query, today);
    let rows = register_rows(&mut tx, &who, &period, false).await?;
    let partners = tx.partners(&who.actor.organisation_id).await?;
    let agreements = tx.sharing_agreements(&who.actor.organisation_id).await?;
    tx.commit().await?;
    let tr = who.tr;

    let mut figures: Vec<PartnerFigures> = Vec::new();
    for d in &rows {
        let i = match figures.iter().position(|f| f.partner == d.partner_name) {
            Some(i) => i,
            None => {
                figures.push(PartnerFigures {
                    partner: d.partner_name.clone(),
                    prepared: 0,
                    awaiting: 0,
                    returned: 0,
                    approved: 0,
                    sent: 0,
                    without_consent: 0,
                    not_told: 0,
                });
                figures.len() - 1
            }
        };
        let f = &mut figures[i];
        f.prepared += 1;
        match d.status {
            DisclosureStatus::AwaitingApproval => f.awaiting += 1,
            DisclosureStatus::Returned => f.returned += 1,
            DisclosureStatus::Approved => f.approved += 1,
            DisclosureStatus::Sent => f.sent += 1,
        }
        f.without_consent += usize::from(without_consent(d));
        f.not_told += usize::from(!d.family_told);
    }
    figures.sort_by(|a, b| a.partner.cmp(&b.partner));

    let row = |d: &DisclosureSummary, detail: String, reason: String, due: bool| RegisterRow {
        href: disclosure_href(&d.family_id, &d.id),
        family: d.family_name.clone(),
        partner: d.partner_name.clone(),
        date: who.dates().date_of(d.prepared_at),
        status: status_label(&tr, d.status),
        detail,
        reason,
        due,
    };
    let pending = rows
        .iter()
        .filter(|d| d.status == DisclosureStatus::AwaitingApproval)
        .map(|d| row(d, purpose_label(&tr, d.purpose), d.prepared_by_name.clone(), false))
        .collect();
    let without = rows
        .iter()
        .filter(|d| without_consent(d))
        .map(|d| row(d, consent_label(&tr, d.consent), d.consent_reason.clone(), false))
        .collect();
    let mut not_told: Vec<&DisclosureSummary> = rows.iter().filter(|d| !d.family_told).collect();
    not_told.sort_by_key(|d| d.revisit_on);
    let not_told = not_told
        .into_iter()
        .map(|d| {
            let revisit = d.revisit_on.map(|r| r.to_string()).unwrap_or_default();
            row(d, revisit, d.not_told_reason.clone(), d.revisit_on.is_some_and(|r| r <= today))
        })
        .collect();
    let soon = today.plus_days(REVIEW_SOON_DAYS);
    let agreements = agreements
        .iter()
        .filter(|a| a.terms.standing(today).usable() || a.terms.standing(today) == AgreementStanding::NotYetInForce)
        .filter(|a| a.terms.review_on <= soon)
        .map(|a| RegisterRow {
            href: String::new(),
            family: String::new(),
            partner: partners.iter().find(|p| p.id == a.partner_id).map(|p| p.details.name.clone()).unwrap_or_default(),
            date: a.terms.review_on.to_string(),
            status: tr.t(&format!("sharing-standing-{}", a.terms.standing(today).as_str().replace('_', "-"))),
            detail: a.terms.purpose.clone(),
            reason: String::new(),
            due: a.terms.review_on <= today,
        })
        .collect();
    let page = RegisterTemplate {
        page: Page::signed_in(&who, "register-title", "/sharing/register"),
        partners: partners
            .iter()
            .map(|p| (p.id.to_string(), p.details.name.clone(), period.partner.as_ref() == Some(&p.id)))
            .collect(),
        from: period.from.to_string(),
        to: period.to.to_string(),
        csv_href: format!("/sharing/register.csv?{}", period.query_string()),
        total: rows.len(),
        figures,
        pending,
        without_consent: without,
        not_told,
        agreements,
    };
    html(&page)
}

pub async fn register_csv(Reading { who, mut tx }: Reading, Query(query): Query<RegisterQuery>) -> AppResult<Response> {
    who.require(Action::ViewSharingRegister, Target::Organisation(&who.actor.organisation_id))?;
    let today = who.today(&tx);
    let period = Period::of(&query, today);
    let rows = register_rows(&mut tx, &who, &period, true).await?;
    tx.commit().await?;
    let tr = who.tr;
    let header = [
        "reference",
        "family",
        "partner",
        "status",
        "purpose",
        "prepared_at",
        "prepared_by",
        "sent_on",
        "consent",
        "consent_reason",
        "family_told",
        "not_told_reason",
        "revisit_on",
        "corrects",
    ];
    let mut out = crate::csv::line(header);
    let date = |d: Option<LocalDate>| d.map(|d| d.to_string()).unwrap_or_default();
    for d in &rows {
        let cells = [
            d.id.as_str().chars().take(8).collect::<String>().to_uppercase(),
            d.family_name.clone(),
            d.partner_name.clone(),
            status_label(&tr, d.status),
            purpose_label(&tr, d.purpose),
            who.dates().sortable(d.prepared_at),
            d.prepared_by_name.clone(),
            date(d.sent_on),
            consent_label(&tr, d.consent),
            d.consent_reason.clone(),
            if d.family_told { "yes" } else { "no" }.to_owned(),
            d.not_told_reason.clone(),
            date(d.revisit_on),
            d.corrects
                .as_ref()
                .map(|c| c.as_str().chars().take(8).collect::<String>().to_uppercase())
                .unwrap_or_default(),
        ];
        out.push_str(&crate::csv::line(cells));
    }
    Ok(crate::csv::download(&format!("disclosures-{}-{}.csv", period.from, period.to), out))
}
