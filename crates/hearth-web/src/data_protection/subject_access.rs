//! Subject access: the admin finds the member by name, opens a request
//! (received on a date, due a month later), looks through what will be
//! given and what is withheld and why, releases withheld items one by one
//! with a reason, and downloads the export: a ZIP with a readable report in
//! the member's language, the same data as JSON, and their documents.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::http::header::{CONTENT_DISPOSITION, CONTENT_TYPE};
use axum::response::{IntoResponse, Redirect, Response};
use hearth_core::data_protection::WithheldBecause;
use hearth_core::ids::{MemberId, SubjectAccessId};
use hearth_core::wellbeing::LocalDate;
use hearth_core::zone::Zone;
use hearth_store::Tx;
use hearth_store::data_protection::personal_data::personal_table;
use hearth_store::data_protection::{Disposition, FieldValue, SubjectAccess, SubjectAccessItem};
use serde_json::{Map, Value, json};

use super::{HOME, require_officer};
use crate::AppState;
use crate::accounts::{html, html_with_status};
use crate::context::{Page, Reading, SignedIn, Writer, Writing};
use crate::error::{AppError, AppResult};
use crate::forms::{Form, Pairs, Query, field};
use crate::i18n::{Lang, Tr};
use crate::zip::{ZipEntry, zip};

const LIST: &str = "/data-protection/subject-access";

struct Hit {
    member_id: String,
    member: String,
    family: String,
}

struct RequestRow {
    href: String,
    member: String,
    family: String,
    received: String,
    due: String,
    exported: Option<String>,
    overdue: bool,
}

#[derive(askama::Template)]
#[template(path = "subject_access_list.html")]
struct ListTemplate {
    page: Page,
    q: String,
    searched: bool,
    hits: Vec<Hit>,
    today: String,
    requests: Vec<RequestRow>,
    /// A refused request: the member it was for, the date typed, the message.
    error: Option<(String, String, String)>,
}

async fn list_of(
    tx: &mut Tx,
    who: &SignedIn,
    q: &str,
    error: Option<(String, String, String)>,
) -> AppResult<ListTemplate> {
    let needle = q.trim();
    let hits = if needle.is_empty() {
        Vec::new()
    } else {
        tx.members_named(&who.actor, needle)
            .await?
            .into_iter()
            .map(|h| Hit { member_id: h.member_id.to_string(), member: h.member_name, family: h.family_name })
            .collect()
    };
    let today = who.today(tx);
    let requests = tx
        .subject_access_requests(&who.actor)
        .await?
        .into_iter()
        .map(|r| RequestRow {
            href: format!("{LIST}/{}", r.id),
            member: r.member_name,
            family: r.family_name,
            received: r.received_on.to_string(),
            due: r.due_on.to_string(),
            overdue: r.exported_at.is_none() && r.due_on < today,
            exported: r.exported_at.map(|t| who.dates().when(t)),
        })
        .collect();
    Ok(ListTemplate {
        page: Page::signed_in(who, "subject-access-title", HOME),
        q: q.to_owned(),
        searched: !needle.is_empty(),
        hits,
        today: today.to_string(),
        requests,
        error,
    })
}

#[derive(serde::Deserialize)]
pub struct Search {
    #[serde(default)]
    q: String,
}

pub async fn list_page(Reading { who, mut tx }: Reading, Query(search): Query<Search>) -> AppResult<Response> {
    require_officer(&who)?;
    let page = list_of(&mut tx, &who, &search.q, None).await?;
    tx.commit().await?;
    html(&page)
}

pub async fn open_request(
    State(state): State<AppState>,
    writer: Writer,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    require_officer(&who)?;
    let member = MemberId::parse(field(&pairs, "member_id")).map_err(|_| AppError::NotFound)?;
    let typed = field(&pairs, "received_on").trim().to_owned();
    let today = who.today(&tx);
    let Some(received) = LocalDate::parse(&typed).filter(|d| *d <= today) else {
        let error = (member.to_string(), typed, who.tr.t("subject-access-error-received"));
        let page = list_of(&mut tx, &who, field(&pairs, "q"), Some(error)).await?;
        tx.commit().await?;
        return html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };
    let id = tx.open_subject_access(&who.actor, &member, received).await?.ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("{LIST}/{id}")).into_response())
}

/// One item as the admin and the report show it.
struct ItemView {
    id: String,
    anchor: String,
    fields: Vec<(String, String)>,
    /// Why it is withheld, when it is.
    withheld: Option<String>,
    /// Why, by whom and when it was released, when it was.
    released: Option<String>,
}

struct SectionView {
    heading: String,
    items: Vec<ItemView>,
}

struct AccessView {
    who: String,
    action: String,
    times: i64,
    first: String,
    last: String,
}

pub(crate) fn table_label(tr: &Tr, table: &str) -> String {
    tr.t(&format!("dp-table-{}", table.replace('_', "-")))
}

fn field_label(tr: &Tr, column: &str) -> String {
    tr.t(&format!("dp-field-{}", column.replace('_', "-")))
}

/// Whether a column is shown in the readable report (ids are for the JSON).
fn readable(column: &str) -> bool {
    column != "id" && !column.ends_with("_id") && column != "seq"
}

fn show_value(tr: &Tr, zone: &Zone, value: &FieldValue) -> String {
    let dates = crate::dates::Dates::new(tr.lang, zone);
    match value {
        FieldValue::Null => "—".to_owned(),
        FieldValue::Int(n) => n.to_string(),
        FieldValue::Text(t) if t.is_empty() => "—".to_owned(),
        FieldValue::Text(t) => t.clone(),
        FieldValue::Time(t) => dates.when(*t),
        FieldValue::Date(d) => d.to_string(),
        FieldValue::Bytes(n) => tr.t1("subject-access-bytes", "size", &n.to_string()),
    }
}

fn withheld_label(tr: &Tr, because: WithheldBecause) -> String {
    tr.t(&format!("withheld-{}", because.as_str().replace('_', "-")))
}

fn sections(tr: &Tr, zone: &Zone, access: &SubjectAccess, with_content_of_withheld: bool) -> Vec<SectionView> {
    let dates = crate::dates::Dates::new(tr.lang, zone);
    let mut out: Vec<SectionView> = Vec::new();
    let mut current: Option<&str> = None;
    for (n, item) in access.items.iter().enumerate() {
        if current != Some(item.table) {
            out.push(SectionView { heading: table_label(tr, item.table), items: Vec::new() });
            current = Some(item.table);
        }
        let withheld = match &item.disposition {
            Disposition::Withheld(b) => Some(withheld_label(tr, *b)),
            _ => None,
        };
        let released = match &item.disposition {
            Disposition::Released { reason, by_name, at } => Some(tr.t_args(
                "subject-access-released",
                &[("reason", reason.clone()), ("name", by_name.clone()), ("date", dates.when(*at))],
            )),
            _ => None,
        };
        let show = withheld.is_none() || with_content_of_withheld;
        let fields = if show {
            item.fields
                .iter()
                .filter(|(c, _)| readable(c))
                .map(|(c, v)| (field_label(tr, c), show_value(tr, zone, v)))
                .collect()
        } else {
            Vec::new()
        };
        if let Some(section) = out.last_mut() {
            section.items.push(ItemView {
                id: item.item.clone(),
                anchor: format!("item-{n}"),
                fields,
                withheld,
                released,
            });
        }
    }
    out
}

fn access_views(tr: &Tr, zone: &Zone, access: &SubjectAccess) -> Vec<AccessView> {
    let dates = crate::dates::Dates::new(tr.lang, zone);
    access
        .access
        .iter()
        .map(|a| AccessView {
            who: match (&a.actor_name, &a.actor_role) {
                (Some(name), Some(role)) => format!("{name} ({})", tr.t(&format!("role-{}", role.replace('_', "-")))),
                (Some(name), None) => name.clone(),
                _ => tr.t("subject-access-by-hearth"),
            },
            action: tr.t(&format!("audit-{}", a.action.replace(['.', '_'], "-"))),
            times: i64::try_from(a.times).unwrap_or(i64::MAX),
            first: dates.when(a.first),
            last: dates.when(a.last),
        })
        .collect()
}

#[derive(askama::Template)]
#[template(path = "subject_access.html")]
struct RequestTemplate {
    page: Page,
    action: String,
    export_href: String,
    member: String,
    family: String,
    received: String,
    due: String,
    exported: Option<String>,
    given: i64,
    withheld: i64,
    sections: Vec<SectionView>,
    access: Vec<AccessView>,
    /// A refused release: the item, the reason typed, the message.
    error: Option<(String, String, String)>,
    /// The report's languages, the member's chosen.
    languages: Vec<(&'static str, &'static str, bool)>,
}

impl RequestTemplate {
    fn t(&self, id: &str) -> String {
        self.page.t(id)
    }

    /// Whether the report still withholds an item, so it can be released.
    fn withholds(&self, item: &str) -> bool {
        self.sections.iter().flat_map(|s| &s.items).any(|i| i.id == item && i.withheld.is_some())
    }
}

async fn request_of(
    tx: &mut Tx,
    who: &SignedIn,
    id: &SubjectAccessId,
    error: Option<(String, String, String)>,
) -> AppResult<RequestTemplate> {
    let access = tx
        .subject_access(&who.actor, id, hearth_store::data_protection::SubjectAccessReading::Preview)
        .await?
        .ok_or(AppError::NotFound)?;
    let withheld = access.items.iter().filter(|i| !i.disposition.is_given()).count();
    let s = &access.summary;
    Ok(RequestTemplate {
        page: Page::signed_in(who, "subject-access-request-title", HOME),
        action: format!("{LIST}/{id}/release"),
        export_href: format!("{LIST}/{id}/export.zip"),
        member: s.member_name.clone(),
        family: s.family_name.clone(),
        received: s.received_on.to_string(),
        due: s.due_on.to_string(),
        exported: s.exported_at.map(|t| who.dates().when(t)),
        given: i64::try_from(access.items.len() - withheld).unwrap_or(0),
        withheld: i64::try_from(withheld).unwrap_or(0),
        // The admin decides what to release, so sees what is withheld.
        sections: sections(&who.tr, &who.zone, &access, true),
        access: access_views(&who.tr, &who.zone, &access),
        error,
        languages: {
            let chosen = report_lang("", s, who.tr.lang);
            Lang::ALL.iter().map(|l| (l.code(), l.endonym(), *l == chosen)).collect()
        },
    })
}

fn request_id(id: &str) -> AppResult<SubjectAccessId> {
    SubjectAccessId::parse(id).map_err(|_| AppError::NotFound)
}

pub async fn request_page(Reading { who, mut tx }: Reading, Path(id): Path<String>) -> AppResult<Response> {
    require_officer(&who)?;
    let page = request_of(&mut tx, &who, &request_id(&id)?, None).await?;
    tx.commit().await?;
    html(&page)
}

pub async fn release_item(
    State(state): State<AppState>,
    writer: Writer,
    Path(id): Path<String>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    require_officer(&who)?;
    let id = request_id(&id)?;
    let item = field(&pairs, "item").to_owned();
    let reason = field(&pairs, "reason").trim().to_owned();
    let known_table = item.split_once(':').and_then(|(t, _)| personal_table(t)).is_some();
    if !known_table {
        return Err(AppError::NotFound);
    }
    if reason.is_empty() {
        let error = (item.clone(), reason, who.tr.t("subject-access-error-reason"));
        let page = request_of(&mut tx, &who, &id, Some(error)).await?;
        tx.commit().await?;
        if !page.withholds(&item) {
            // Released meanwhile: the report shows it so, and nothing is refused.
            return Ok(Redirect::to(&format!("{LIST}/{id}")).into_response());
        }
        return html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    }
    if !tx.release_subject_access_item(&who.actor, &id, &item, &reason).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(Redirect::to(&format!("{LIST}/{id}")).into_response())
}

#[derive(askama::Template)]
#[template(path = "subject_access_report.html")]
struct ReportTemplate {
    lang: &'static str,
    dir: &'static str,
    tr: Tr,
    member: String,
    family: String,
    organisation: String,
    made: String,
    received: String,
    sections: Vec<SectionView>,
    access: Vec<AccessView>,
    documents: Vec<String>,
}

impl ReportTemplate {
    fn t(&self, id: &str) -> String {
        self.tr.t(id)
    }
}

fn json_value(value: &FieldValue) -> Value {
    match value {
        FieldValue::Null => Value::Null,
        FieldValue::Int(n) => json!(n),
        FieldValue::Text(t) => json!(t),
        FieldValue::Time(t) => json!(t.to_jiff().strftime("%Y-%m-%dT%H:%MZ").to_string()),
        FieldValue::Date(d) => json!(d.to_string()),
        FieldValue::Bytes(n) => json!({ "bytes": n }),
    }
}

fn json_item(item: &SubjectAccessItem, document: Option<&str>) -> Value {
    let mut out = Map::new();
    out.insert("record".into(), json!(item.table));
    // A withheld row's key could name another person: only given rows carry it.
    if item.disposition.is_given() {
        out.insert("item".into(), json!(item.item));
    }
    match &item.disposition {
        Disposition::Given => {
            out.insert("status".into(), json!("given"));
        }
        Disposition::Withheld(b) => {
            out.insert("status".into(), json!("withheld"));
            out.insert("withheld_because".into(), json!(b.as_str()));
        }
        Disposition::Released { reason, at, .. } => {
            out.insert("status".into(), json!("released"));
            out.insert("release_reason".into(), json!(reason));
            out.insert("released_at".into(), json_value(&FieldValue::Time(*at)));
        }
    }
    if item.disposition.is_given() {
        let fields: Map<String, Value> = item.fields.iter().map(|(c, v)| (c.clone(), json_value(v))).collect();
        out.insert("fields".into(), Value::Object(fields));
    }
    if let Some(path) = document {
        out.insert("file".into(), json!(path));
    }
    Value::Object(out)
}

/// A file name safe in every archive tool: letters and digits of any
/// script, with anything else made a dash.
fn safe_file_name(name: &str) -> String {
    let cleaned: String =
        name.chars().map(|c| if c.is_alphanumeric() || c == '.' || c == '-' || c == '_' { c } else { '-' }).collect();
    let trimmed = cleaned.trim_matches(['.', '-']);
    if trimmed.is_empty() { "document".to_owned() } else { trimmed.chars().take(80).collect() }
}

#[derive(serde::Deserialize)]
pub struct ExportQuery {
    #[serde(default)]
    lang: String,
}

/// The report's language: the one asked for, else the member's portal
/// language, else the first shipped language their file names, else the admin's.
fn report_lang(asked: &str, summary: &hearth_store::data_protection::SubjectAccessSummary, fallback: Lang) -> Lang {
    Lang::parse(asked)
        .or_else(|| summary.account_language.as_deref().and_then(Lang::parse))
        .or_else(|| Lang::named_in(&summary.languages))
        .unwrap_or(fallback)
}

pub async fn export(
    State(state): State<AppState>,
    writer: Writer,
    Path(id): Path<String>,
    Query(query): Query<ExportQuery>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    require_officer(&who)?;
    let id = request_id(&id)?;
    let access = tx
        .subject_access(&who.actor, &id, hearth_store::data_protection::SubjectAccessReading::Export)
        .await?
        .ok_or(AppError::NotFound)?;
    let organisation = tx.organisation_name(&who.actor.organisation_id).await?.unwrap_or_default();
    let made_at = tx.now();
    tx.commit().await?;

    let lang = report_lang(&query.lang, &access.summary, who.tr.lang);
    let tr = Tr::new(lang);
    let mut entries = Vec::new();
    let mut documents = Vec::new();
    let mut items = Vec::new();
    for (n, item) in access.items.iter().enumerate() {
        let path = item.document.as_ref().map(|(name, contents)| {
            let path = format!("documents/{:03}-{}", n + 1, safe_file_name(name));
            entries.push(ZipEntry { name: path.clone(), contents: contents.clone() });
            documents.push(path.clone());
            path
        });
        items.push(json_item(item, path.as_deref()));
    }
    let s = &access.summary;
    let data = json!({
        "format": "hearth-subject-access-v1",
        "organisation": organisation,
        "member": { "id": s.member_id.as_str(), "name": s.member_name, "family": s.family_name },
        "request": { "id": s.id.as_str(), "received_on": s.received_on.to_string(), "due_on": s.due_on.to_string() },
        "made_at": json_value(&FieldValue::Time(made_at)),
        "items": items,
        "access": access.access.iter().map(|a| json!({
            "who": a.actor_name, "role": a.actor_role, "action": a.action, "times": a.times,
            "first": json_value(&FieldValue::Time(a.first)), "last": json_value(&FieldValue::Time(a.last)),
        })).collect::<Vec<_>>(),
    });
    let report = ReportTemplate {
        lang: lang.code(),
        dir: lang.dir(),
        tr,
        member: s.member_name.clone(),
        family: s.family_name.clone(),
        organisation,
        made: who.dates().when(made_at),
        received: s.received_on.to_string(),
        sections: sections(&tr, &who.zone, &access, false),
        access: access_views(&tr, &who.zone, &access),
        documents,
    };
    let report = askama::Template::render(&report).map_err(|e| AppError::Internal(e.to_string()))?;
    let json = serde_json::to_vec_pretty(&data).map_err(|e| AppError::Internal(e.to_string()))?;
    entries.insert(0, ZipEntry { name: "data.json".into(), contents: json });
    entries.insert(0, ZipEntry { name: "report.html".into(), contents: report.into_bytes() });
    let day = who.zone.local(made_at).date;
    let bytes =
        zip(&entries, day.year, day.month, day.day).ok_or_else(|| AppError::Internal("export too large".into()))?;
    Ok((
        [
            (CONTENT_TYPE, "application/zip".to_owned()),
            (CONTENT_DISPOSITION, format!("attachment; filename=\"subject-access-{day}.zip\"")),
        ],
        bytes,
    )
        .into_response())
}
