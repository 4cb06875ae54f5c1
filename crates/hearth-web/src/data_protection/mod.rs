//! Data protection, for the organisation's admin (its data-protection
//! officer): the retention policy, the closed files it keeps and those due
//! for erasure, legal holds, confirmed erasure, old portal sign-in records,
//! members' open requests, subject-access exports and the register of
//! processing activities. The rules of what is kept and erased live in
//! `hearth_store::data_protection`.

pub mod register;
pub mod requests;
pub mod subject_access;

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use hearth_core::access::{Action, Target};
use hearth_core::data_protection::{
    MAX_REQUEST_DAYS, MAX_RETENTION_MONTHS, REASON_CHARS, RetentionKind, RetentionPolicy,
};
use hearth_core::ids::FamilyId;
use hearth_store::Tx;
use hearth_store::data_protection::RetainedFile;

use crate::AppState;
use crate::accounts::{html, html_with_status};
use crate::context::{Page, Reading, SignedIn, Writer, Writing};
use crate::error::{AppError, AppResult};
use crate::forms::{Form, Pairs, field};
use crate::i18n::Tr;

pub(crate) const HOME: &str = "/data-protection";
const RETENTION: &str = "/data-protection/retention";

pub(crate) fn require_officer(who: &SignedIn) -> AppResult<()> {
    who.require(Action::ManageDataProtection, Target::Organisation(&who.actor.organisation_id))
}

pub(crate) fn kind_label(tr: &Tr, kind: RetentionKind) -> String {
    tr.t(&format!("retention-kind-{}", kind.as_str().replace('_', "-")))
}

/// The policy form's fields, as typed or as stored.
struct PolicyFields {
    closed_file_months: String,
    declined_referral_months: String,
    portal_access_months: String,
    keep_statistics: bool,
    request_days: String,
}

impl PolicyFields {
    fn of(p: &RetentionPolicy) -> Self {
        Self {
            closed_file_months: p.closed_file_months.to_string(),
            declined_referral_months: p.declined_referral_months.to_string(),
            portal_access_months: p.portal_access_months.to_string(),
            keep_statistics: p.keep_statistics,
            request_days: p.request_days.to_string(),
        }
    }

    fn typed(pairs: &Pairs) -> Self {
        Self {
            closed_file_months: field(pairs, "closed_file_months").trim().to_owned(),
            declined_referral_months: field(pairs, "declined_referral_months").trim().to_owned(),
            portal_access_months: field(pairs, "portal_access_months").trim().to_owned(),
            keep_statistics: field(pairs, "keep_statistics") == "yes",
            request_days: field(pairs, "request_days").trim().to_owned(),
        }
    }

    /// The policy, or the fields that are wrong (by name).
    fn parse(&self) -> Result<RetentionPolicy, Vec<&'static str>> {
        let months = |text: &str| text.parse::<u32>().ok().filter(|m| (1..=MAX_RETENTION_MONTHS).contains(m));
        let mut wrong = Vec::new();
        let closed = months(&self.closed_file_months);
        let declined = months(&self.declined_referral_months);
        let portal = months(&self.portal_access_months);
        let days = self.request_days.parse::<u32>().ok().filter(|d| (1..=MAX_REQUEST_DAYS).contains(d));
        if closed.is_none() {
            wrong.push("closed_file_months");
        }
        if declined.is_none() {
            wrong.push("declined_referral_months");
        }
        if portal.is_none() {
            wrong.push("portal_access_months");
        }
        if days.is_none() {
            wrong.push("request_days");
        }
        match (closed, declined, portal, days) {
            (Some(c), Some(d), Some(p), Some(r)) => Ok(RetentionPolicy {
                closed_file_months: c,
                declined_referral_months: d,
                portal_access_months: p,
                keep_statistics: self.keep_statistics,
                request_days: r,
            }),
            _ => Err(wrong),
        }
    }
}

struct RequestRow {
    href: String,
    member: String,
    family: String,
    kind: String,
    due: String,
    overdue: bool,
}

/// One retention period's field.
struct MonthsField {
    name: &'static str,
    label: &'static str,
    hint: &'static str,
    value: String,
    wrong: bool,
}

#[derive(askama::Template)]
#[template(path = "data_protection.html")]
struct HubTemplate {
    page: Page,
    form: PolicyFields,
    months: Vec<MonthsField>,
    wrong: Vec<&'static str>,
    max_months: u32,
    max_days: u32,
    due_files: i64,
    held_files: i64,
    open_requests: Vec<RequestRow>,
    subject_access_open: i64,
}

async fn hub_of(tx: &mut Tx, who: &SignedIn, form: PolicyFields, wrong: Vec<&'static str>) -> AppResult<HubTemplate> {
    let today = who.today(tx);
    let files = tx.retained_files(&who.actor, &who.zone, Some(today)).await?;
    let held = tx.held_files(&who.actor).await?;
    let now = tx.now();
    let open_requests = tx
        .open_data_requests(&who.actor)
        .await?
        .into_iter()
        .map(|r| RequestRow {
            href: format!("/families/{}/data-requests", r.family_id),
            member: r.member_name,
            family: r.family_name,
            kind: who.tr.t(&format!("data-request-kind-{}", r.kind.as_str())),
            due: who.dates().date_of(r.due_at),
            overdue: r.due_at < now,
        })
        .collect();
    let subject_access_open =
        tx.subject_access_requests(&who.actor).await?.iter().filter(|r| r.exported_at.is_none()).count();
    let field = |name: &'static str, kind: RetentionKind, value: &str| MonthsField {
        name,
        label: match kind {
            RetentionKind::ClosedFile => "retention-kind-closed-file",
            RetentionKind::DeclinedReferral => "retention-kind-declined-referral",
            RetentionKind::PortalAccess => "retention-kind-portal-access",
        },
        hint: match kind {
            RetentionKind::ClosedFile => "retention-closed-file-hint",
            RetentionKind::DeclinedReferral => "retention-declined-referral-hint",
            RetentionKind::PortalAccess => "retention-portal-access-hint",
        },
        value: value.to_owned(),
        wrong: wrong.contains(&name),
    };
    let months = vec![
        field("closed_file_months", RetentionKind::ClosedFile, &form.closed_file_months),
        field("declined_referral_months", RetentionKind::DeclinedReferral, &form.declined_referral_months),
        field("portal_access_months", RetentionKind::PortalAccess, &form.portal_access_months),
    ];
    Ok(HubTemplate {
        page: Page::signed_in(who, "data-protection-title", HOME),
        months,
        form,
        wrong,
        max_months: MAX_RETENTION_MONTHS,
        max_days: MAX_REQUEST_DAYS,
        due_files: i64::try_from(files.iter().filter(|f| f.hold.is_none()).count()).unwrap_or(0),
        held_files: i64::try_from(held.len()).unwrap_or(0),
        open_requests,
        subject_access_open: i64::try_from(subject_access_open).unwrap_or(0),
    })
}

pub async fn hub_page(Reading { who, mut tx }: Reading) -> AppResult<Response> {
    require_officer(&who)?;
    let policy = tx.retention_policy(&who.actor.organisation_id).await?;
    let page = hub_of(&mut tx, &who, PolicyFields::of(&policy), Vec::new()).await?;
    tx.commit().await?;
    html(&page)
}

pub async fn save_policy(
    State(state): State<AppState>,
    writer: Writer,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    require_officer(&who)?;
    let typed = PolicyFields::typed(&pairs);
    match typed.parse() {
        Ok(policy) => {
            tx.set_retention_policy(&who.actor, &policy).await?;
            tx.commit().await?;
            Ok(Redirect::to(&format!("{HOME}?saved=1")).into_response())
        }
        Err(wrong) => {
            let page = hub_of(&mut tx, &who, typed, wrong).await?;
            tx.commit().await?;
            html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

struct FileRow {
    family_id: String,
    name: String,
    kind: String,
    closed: String,
    erasable_from: String,
    due: bool,
    hold: Option<(String, String)>,
}

fn file_row(who: &SignedIn, today: hearth_core::wellbeing::LocalDate, f: RetainedFile) -> FileRow {
    FileRow {
        family_id: f.family_id.to_string(),
        kind: kind_label(&who.tr, f.kind),
        closed: who.dates().date_of(f.closed_at),
        erasable_from: f.erasable_from.to_string(),
        due: f.erasable_from <= today,
        hold: f.hold.map(|h| (h.reason, who.tr.t1("legal-hold-set-by", "name", &h.set_by_name))),
        name: f.family_name,
    }
}

#[derive(askama::Template)]
#[template(path = "data_protection_retention.html")]
struct RetentionTemplate {
    page: Page,
    due: Vec<FileRow>,
    later: Vec<FileRow>,
    portal_records: i64,
    portal_months: u32,
    /// A refused hold: the family it was for, the reason typed, the message.
    hold_error: Option<(String, String, String)>,
    portal_error: Option<String>,
    reason_max: usize,
}

async fn retention_of(
    tx: &mut Tx,
    who: &SignedIn,
    hold_error: Option<(String, String, String)>,
    portal_error: Option<String>,
) -> AppResult<RetentionTemplate> {
    let today = who.today(tx);
    let policy = tx.retention_policy(&who.actor.organisation_id).await?;
    let (due, later): (Vec<_>, Vec<_>) = tx
        .retained_files(&who.actor, &who.zone, None)
        .await?
        .into_iter()
        .map(|f| file_row(who, today, f))
        .partition(|f| f.due);
    let cutoff = portal_cutoff(tx, &policy, who);
    let portal_records = tx.portal_access_records_before(&who.actor.organisation_id, cutoff).await?;
    Ok(RetentionTemplate {
        page: Page::signed_in(who, "retention-title", HOME),
        due,
        later,
        portal_records: i64::try_from(portal_records).unwrap_or(0),
        portal_months: policy.portal_access_months,
        hold_error,
        portal_error,
        reason_max: REASON_CHARS,
    })
}

/// Sign-ins last used before this are past the portal-access retention.
fn portal_cutoff(tx: &Tx, policy: &RetentionPolicy, who: &SignedIn) -> hearth_core::clock::Timestamp {
    let day = hearth_core::data_protection::months_before(who.today(tx), policy.portal_access_months);
    who.zone.start_of(day).unwrap_or_else(|| tx.now())
}

pub async fn retention_page(Reading { who, mut tx }: Reading) -> AppResult<Response> {
    require_officer(&who)?;
    let page = retention_of(&mut tx, &who, None, None).await?;
    tx.commit().await?;
    html(&page)
}

fn family_id(id: &str) -> AppResult<FamilyId> {
    FamilyId::parse(id).map_err(|_| AppError::NotFound)
}

pub async fn set_hold(
    State(state): State<AppState>,
    writer: Writer,
    Path(id): Path<String>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    require_officer(&who)?;
    let family = family_id(&id)?;
    let reason = field(&pairs, "reason").trim();
    if reason.is_empty() {
        let error = (family.to_string(), reason.to_owned(), who.tr.t("legal-hold-error-reason"));
        let page = retention_of(&mut tx, &who, Some(error), None).await?;
        tx.commit().await?;
        return html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    if !tx.set_legal_hold(&who.actor, &family, reason).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(Redirect::to(&format!("{RETENTION}#file-{family}")).into_response())
}

pub async fn lift_hold(State(state): State<AppState>, writer: Writer, Path(id): Path<String>) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    require_officer(&who)?;
    let family = family_id(&id)?;
    if !tx.lift_legal_hold(&who.actor, &family).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(Redirect::to(&format!("{RETENTION}#file-{family}")).into_response())
}

#[derive(askama::Template)]
#[template(path = "data_protection_erase.html")]
struct EraseTemplate {
    page: Page,
    action: String,
    name: String,
    closed: String,
    erasable_from: String,
    /// Not yet past retention: erasing now is early.
    early: bool,
    keep_statistics: bool,
    error: Option<String>,
}

async fn erase_page_of(
    tx: &mut Tx,
    who: &SignedIn,
    family: &FamilyId,
    error: Option<String>,
) -> AppResult<EraseTemplate> {
    let today = who.today(tx);
    let file = tx
        .retained_files(&who.actor, &who.zone, None)
        .await?
        .into_iter()
        .find(|f| &f.family_id == family)
        .ok_or(AppError::NotFound)?;
    let keep_statistics = tx.retention_policy(&who.actor.organisation_id).await?.keep_statistics;
    Ok(EraseTemplate {
        page: Page::signed_in(who, "erase-title", HOME),
        action: format!("{HOME}/families/{family}/erase"),
        closed: who.dates().date_of(file.closed_at),
        erasable_from: file.erasable_from.to_string(),
        early: file.erasable_from > today,
        keep_statistics,
        error: error.or_else(|| file.hold.as_ref().map(|_| who.tr.t("erase-error-held"))),
        name: file.family_name,
    })
}

pub async fn erase_page(Reading { who, mut tx }: Reading, Path(id): Path<String>) -> AppResult<Response> {
    require_officer(&who)?;
    let page = erase_page_of(&mut tx, &who, &family_id(&id)?, None).await?;
    tx.commit().await?;
    html(&page)
}

pub async fn erase(
    State(state): State<AppState>,
    writer: Writer,
    Path(id): Path<String>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    require_officer(&who)?;
    let family = family_id(&id)?;
    if field(&pairs, "confirm") != "yes" {
        let page = erase_page_of(&mut tx, &who, &family, Some(who.tr.t("erase-error-confirm"))).await?;
        tx.commit().await?;
        return html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    match tx.erase_family(&who.actor, &family).await? {
        Ok(()) => {
            tx.commit().await?;
            state.store.after_erasure().await?;
            Ok(Redirect::to(&format!("{RETENTION}?erased=1")).into_response())
        }
        Err(hearth_store::data_protection::NotErasable::Held) => {
            let page = erase_page_of(&mut tx, &who, &family, Some(who.tr.t("erase-error-held"))).await?;
            tx.commit().await?;
            html_with_status(StatusCode::CONFLICT, &page)
        }
        Err(_) => Err(AppError::NotFound),
    }
}

pub async fn erase_portal_records(
    State(state): State<AppState>,
    writer: Writer,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    require_officer(&who)?;
    if field(&pairs, "confirm") != "yes" {
        let page = retention_of(&mut tx, &who, None, Some(who.tr.t("erase-error-confirm"))).await?;
        tx.commit().await?;
        // With nothing left to erase (another officer was quicker) there is
        // no box to tick: the page says so, and nothing is refused.
        let status = if page.portal_records == 0 { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
        return html_with_status(status, &page);
    }
    let policy = tx.retention_policy(&who.actor.organisation_id).await?;
    let cutoff = portal_cutoff(&tx, &policy, &who);
    tx.erase_portal_access_records(&who.actor, cutoff).await?;
    tx.commit().await?;
    state.store.after_erasure().await?;
    Ok(Redirect::to(&format!("{RETENTION}?erased=1")).into_response())
}
