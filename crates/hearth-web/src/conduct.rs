//! The code of conduct for online work: staff read the current version in
//! their language and acknowledge it (their home page asks until they do),
//! and rate themselves on the skills it asks for; the admin publishes new
//! versions, starting from Hearth's text; supervisors see who has not
//! acknowledged and the team's skills, to plan training.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use hearth_core::access::{Action, Target};
use hearth_core::conduct::{Code, InvalidCode, STARTER, SkillLevel, in_language};

use crate::AppState;
use crate::accounts::{html, html_with_status};
use crate::context::{Page, Reading, SignedIn, Writer, Writing};
use crate::error::AppResult;
use crate::forms::{Form, Pairs, field};
use crate::i18n::Tr;

fn require_follower(who: &SignedIn) -> AppResult<()> {
    who.require(Action::FollowConduct, Target::Account(&who.user.account_facts()))
}

fn level_label(tr: &Tr, level: SkillLevel) -> String {
    tr.t(&format!("skill-level-{}", level.as_str().replace('_', "-")))
}

struct SkillRow {
    key: String,
    title: String,
    confident: String,
    resource: String,
    level: &'static str,
}

#[derive(askama::Template)]
#[template(path = "conduct.html")]
struct ConductTemplate {
    page: Page,
    version: Option<i64>,
    published: String,
    sections: Vec<(String, Vec<String>)>,
    to_acknowledge: bool,
    acknowledged: bool,
    skills: Vec<SkillRow>,
    levels: Vec<(&'static str, String)>,
    saved: bool,
}

/// Paragraphs of a section, blank-line separated.
fn paragraphs(text: &str) -> Vec<String> {
    text.split("\n\n").map(str::trim).filter(|p| !p.is_empty()).map(str::to_owned).collect()
}

#[derive(serde::Deserialize)]
pub struct Saved {
    #[serde(default)]
    saved: String,
}

pub async fn conduct_page(
    Reading { who, mut tx }: Reading,
    crate::forms::Query(q): crate::forms::Query<Saved>,
) -> AppResult<Response> {
    require_follower(&who)?;
    let current = tx.current_conduct(&who.actor.organisation_id).await?;
    let pending = tx.conduct_to_acknowledge(&who.actor).await?;
    let own = tx.own_skill_assessment(&who.actor).await?;
    tx.commit().await?;
    let lang = who.tr.lang.code();
    let code = current.as_ref().and_then(|c| Code::parse(&c.body).ok());
    let sections = code
        .as_ref()
        .map(|c| {
            c.sections
                .iter()
                .map(|s| (in_language(&s.title, lang).to_owned(), paragraphs(in_language(&s.text, lang))))
                .collect()
        })
        .unwrap_or_default();
    let skills = code
        .as_ref()
        .map(|c| {
            c.skills
                .iter()
                .map(|k| SkillRow {
                    key: k.key.clone(),
                    title: in_language(&k.title, lang).to_owned(),
                    confident: in_language(&k.confident, lang).to_owned(),
                    resource: k.resource.clone(),
                    level: own.iter().find(|(key, _)| *key == k.key).map_or("", |(_, l)| l.as_str()),
                })
                .collect()
        })
        .unwrap_or_default();
    html(&ConductTemplate {
        page: Page::signed_in(&who, "conduct-title", "/conduct"),
        version: current.as_ref().map(|c| c.version),
        published: current.as_ref().map(|c| who.dates().date_of(c.published_at)).unwrap_or_default(),
        sections,
        to_acknowledge: pending.is_some(),
        acknowledged: current.is_some() && pending.is_none(),
        skills,
        levels: SkillLevel::ALL.iter().map(|l| (l.as_str(), level_label(&who.tr, *l))).collect(),
        saved: q.saved == "1",
    })
}

pub async fn acknowledge(
    State(state): State<AppState>,
    writer: Writer,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    require_follower(&who)?;
    // Only the version that was read is acknowledged: a newer one published meanwhile still asks.
    let read = field(&pairs, "version").trim().parse::<i64>().ok();
    match tx.conduct_to_acknowledge(&who.actor).await? {
        Some(current) if Some(current) == read => tx.acknowledge_conduct(&who.actor, current).await?,
        Some(_) => {
            tx.commit().await?;
            return Ok(Redirect::to("/conduct").into_response());
        }
        None => {}
    }
    tx.commit().await?;
    Ok(Redirect::to("/").into_response())
}

pub async fn save_skills(
    State(state): State<AppState>,
    writer: Writer,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    require_follower(&who)?;
    let code = tx.current_conduct(&who.actor.organisation_id).await?.and_then(|c| Code::parse(&c.body).ok());
    let ratings: Vec<(String, SkillLevel)> = code
        .iter()
        .flat_map(|c| &c.skills)
        .filter_map(|k| SkillLevel::parse(field(&pairs, &format!("skill-{}", k.key))).map(|l| (k.key.clone(), l)))
        .collect();
    tx.save_skill_assessment(&who.actor, &ratings).await?;
    tx.commit().await?;
    Ok(Redirect::to("/conduct?saved=1#skills").into_response())
}

#[derive(askama::Template)]
#[template(path = "admin_conduct.html")]
struct AdminTemplate {
    page: Page,
    body: String,
    current: Option<(i64, String, String)>,
    errors: Vec<String>,
}

fn require_publisher(who: &SignedIn) -> AppResult<()> {
    who.require(Action::PublishConduct, Target::Organisation(&who.actor.organisation_id))
}

fn code_errors(tr: &Tr, wrong: &[InvalidCode]) -> Vec<String> {
    wrong
        .iter()
        .map(|w| match w {
            InvalidCode::Syntax(message) => tr.t1("conduct-error-syntax", "message", message),
            InvalidCode::NoSections => tr.t("conduct-error-no-sections"),
            InvalidCode::MissingEnglish(key) => tr.t1("conduct-error-english", "key", key),
            InvalidCode::DuplicateKey(key) => tr.t1("conduct-error-duplicate", "key", key),
            InvalidCode::Resource(key) => tr.t1("conduct-error-resource", "key", key),
        })
        .collect()
}

pub async fn admin_page(Reading { who, mut tx }: Reading) -> AppResult<Response> {
    require_publisher(&who)?;
    let current = tx.current_conduct(&who.actor.organisation_id).await?;
    tx.commit().await?;
    html(&AdminTemplate {
        page: Page::signed_in(&who, "conduct-admin-title", "/admin/conduct"),
        body: current.as_ref().map_or_else(|| STARTER.to_owned(), |c| c.body.clone()),
        current: current.map(|c| (c.version, c.published_by_name, who.dates().date_of(c.published_at))),
        errors: Vec::new(),
    })
}

pub async fn publish(State(state): State<AppState>, writer: Writer, Form(pairs): Form<Pairs>) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    require_publisher(&who)?;
    let body = field(&pairs, "body").to_owned();
    match Code::parse(&body) {
        Ok(_) => {
            tx.publish_conduct(&who.actor, &body).await?;
            tx.commit().await?;
            Ok(Redirect::to("/conduct").into_response())
        }
        Err(wrong) => {
            let current = tx.current_conduct(&who.actor.organisation_id).await?;
            tx.commit().await?;
            html_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &AdminTemplate {
                    page: Page::signed_in(&who, "conduct-admin-title", "/admin/conduct"),
                    body,
                    current: current.map(|c| (c.version, c.published_by_name, who.dates().date_of(c.published_at))),
                    errors: code_errors(&who.tr, &wrong),
                },
            )
        }
    }
}

struct StandingRow {
    name: String,
    role: String,
    acknowledged: Option<String>,
    current: bool,
    skills: Vec<String>,
}

#[derive(askama::Template)]
#[template(path = "conduct_standing.html")]
struct StandingTemplate {
    page: Page,
    version: Option<i64>,
    skill_titles: Vec<String>,
    rows: Vec<StandingRow>,
    missing: i64,
}

pub async fn standing_page(Reading { who, mut tx }: Reading) -> AppResult<Response> {
    who.require(Action::ViewConductStanding, Target::Organisation(&who.actor.organisation_id))?;
    let current = tx.current_conduct(&who.actor.organisation_id).await?;
    // A supervisor sees their team; the admin everyone.
    let team = if who.actor.role == hearth_core::accounts::Role::Supervisor { who.actor.team_id.clone() } else { None };
    let staff = tx.conduct_standing(&who.actor.organisation_id, team.as_ref()).await?;
    tx.commit().await?;
    let code = current.as_ref().and_then(|c| Code::parse(&c.body).ok());
    let lang = who.tr.lang.code();
    let skills: Vec<(String, String)> =
        code.iter().flat_map(|c| &c.skills).map(|k| (k.key.clone(), in_language(&k.title, lang).to_owned())).collect();
    let version = current.as_ref().map(|c| c.version);
    let rows: Vec<StandingRow> = staff
        .into_iter()
        .map(|s| StandingRow {
            current: version.is_some_and(|v| s.acknowledged.is_some_and(|(a, _)| a == v)),
            acknowledged: s.acknowledged.map(|(v, at)| {
                who.tr.t_args(
                    "conduct-acknowledged-version",
                    &[("version", v.to_string()), ("date", who.dates().date_of(at))],
                )
            }),
            role: who.tr.t(&format!("role-{}", s.role.replace('_', "-"))),
            skills: skills
                .iter()
                .map(|(key, _)| {
                    s.skills
                        .iter()
                        .find(|(k, _)| k == key)
                        .map_or_else(|| "—".to_owned(), |(_, l)| level_label(&who.tr, *l))
                })
                .collect(),
            name: s.name,
        })
        .collect();
    let missing = i64::try_from(rows.iter().filter(|r| !r.current).count()).unwrap_or(0);
    html(&StandingTemplate {
        page: Page::signed_in(&who, "conduct-standing-title", "/conduct/standing"),
        version: if code.is_some() { version } else { None },
        skill_titles: skills.into_iter().map(|(_, t)| t).collect(),
        rows,
        missing,
    })
}
