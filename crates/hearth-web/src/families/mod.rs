//! Family files as the foundation knows them: the caseload, opening a file,
//! assignment, break-glass, and who accessed a file.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use hearth_core::access::{Action, FamilyFacts, Target};
use hearth_core::accounts::Role;
use hearth_core::audit::AuditAction;
use hearth_core::clock::Timestamp;
use hearth_core::families::{
    Assignment, BreakGlassReason, ClosingReason, FamilyName, FamilyStatus, InvalidBreakGlassReason, attention,
};
use hearth_core::ids::{MemberId, TeamId, UserId};
use hearth_core::zone::Zone;
use hearth_store::families::{CaseloadFilter, Family, FamilyEvent, Member, RelationshipKind};
use hearth_store::support_sessions::SupportSession;
use hearth_store::{PageRequest, Tx};
use serde::Deserialize;

use crate::AppState;
use crate::access::{OpenedFamily, family_for, open_family};
use crate::accounts::{html, html_with_status};
use crate::context::{Page, Pager, Reading, SignedIn, Writer, Writing, role_label};
use crate::error::{AppError, AppResult};
use crate::forms::Form;
use crate::forms::Query;
use crate::forms::{plain_date, show_plain_date};
use crate::i18n::Tr;

pub mod members;

pub(crate) struct CaseRow {
    id: String,
    name: String,
    status: &'static str,
    status_label: String,
    last_contact: String,
    next_review: String,
    attention: Vec<String>,
}

#[derive(askama::Template)]
#[template(path = "families.html")]
struct CaseloadTemplate {
    page: Page,
    query: String,
    status: String,
    statuses: Vec<(&'static str, String)>,
    families: Vec<CaseRow>,
    total: i64,
    pager: Pager,
    can_create: bool,
}

/// Families per caseload page: a full caseload fits; a supervisor's team pages.
const CASELOAD_PAGE_SIZE: u64 = 50;

#[derive(Deserialize, Default)]
pub struct CaseloadQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    status: String,
    #[serde(default)]
    page: String,
}

pub(crate) fn case_row(tr: &Tr, zone: &Zone, f: Family, now: Timestamp) -> CaseRow {
    let dates = crate::dates::Dates::new(tr.lang, zone);
    let not_yet = tr.t("not-yet");
    CaseRow {
        id: f.id.to_string(),
        status: f.status.as_str(),
        status_label: tr.t(&format!("status-{}", f.status.as_str())),
        last_contact: f.last_contact_at.map(|t| dates.date_of(t)).unwrap_or_else(|| not_yet.clone()),
        next_review: f.next_review_at.map(|d| dates.stored_date(d)).unwrap_or(not_yet),
        attention: attention(f.status, f.last_contact_at, f.next_review_at, now)
            .into_iter()
            .map(|a| tr.t(&format!("attention-{}", a.as_str())))
            .collect(),
        name: f.name,
    }
}

pub async fn caseload(Reading { who, mut tx }: Reading, Query(query): Query<CaseloadQuery>) -> AppResult<Response> {
    let org = &who.actor.organisation_id;
    who.require(Action::ViewCaseload, Target::Organisation(org))?;
    let needle: String = query.q.chars().take(100).collect();
    let status = FamilyStatus::parse(&query.status);
    let page = PageRequest::new(query.page.trim().parse().unwrap_or(1), CASELOAD_PAGE_SIZE);
    let filter = CaseloadFilter { name_contains: Some(&needle), status };
    let families = tx.caseload(&who.actor, &who.family_scope(), &filter, page).await?;
    let now = tx.now();
    tx.commit().await?;
    let tr = who.tr;
    let status = status.map(|s| s.as_str().to_owned()).unwrap_or_default();
    let pager = Pager::new(&tr, &families, "/families", &[("q", &needle), ("status", &status)]);
    html(&CaseloadTemplate {
        page: Page::signed_in(&who, "families-title", "/families"),
        total: i64::try_from(families.total).unwrap_or(i64::MAX),
        families: families.items.into_iter().map(|f| case_row(&tr, &who.zone, f, now)).collect(),
        query: needle,
        status,
        statuses: FamilyStatus::ALL.iter().map(|s| (s.as_str(), tr.t(&format!("status-{}", s.as_str())))).collect(),
        pager,
        can_create: who.may(Action::CreateFamily, Target::Organisation(org)),
    })
}

#[derive(askama::Template)]
#[template(path = "family_new.html")]
struct NewFamilyTemplate {
    page: Page,
    name: String,
    team: String,
    teams: Vec<(String, String)>,
    error: Option<String>,
}

async fn new_family_template(
    tx: &mut Tx,
    who: &SignedIn,
    name: String,
    team: String,
    error: Option<String>,
) -> AppResult<NewFamilyTemplate> {
    let teams = tx.teams(&who.actor.organisation_id).await?;
    Ok(NewFamilyTemplate {
        page: Page::signed_in(who, "family-new-title", "/families"),
        name,
        team,
        teams: teams.into_iter().map(|t| (t.id.to_string(), t.name)).collect(),
        error,
    })
}

pub async fn new_family_page(Reading { who, mut tx }: Reading) -> AppResult<Response> {
    who.require(Action::CreateFamily, Target::Organisation(&who.actor.organisation_id))?;
    let team = who.actor.team_id.as_ref().map(|t| t.to_string()).unwrap_or_default();
    let page = new_family_template(&mut tx, &who, String::new(), team, None).await?;
    tx.commit().await?;
    html(&page)
}

#[derive(Deserialize)]
pub struct NewFamilyForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    team: String,
}

pub async fn create_family(
    State(state): State<AppState>,
    writer: Writer,
    Form(form): Form<NewFamilyForm>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    who.require(Action::CreateFamily, Target::Organisation(&who.actor.organisation_id))?;
    let name = match FamilyName::parse(&form.name) {
        Ok(n) => n,
        Err(_) => {
            let error = Some(who.tr.t("family-name-error"));
            let t = new_family_template(&mut tx, &who, form.name, form.team, error).await?;
            tx.commit().await?;
            return html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &t);
        }
    };
    let teams = tx.teams(&who.actor.organisation_id).await?;
    let team: Option<TeamId> = teams.into_iter().find(|t| t.id.as_str() == form.team).map(|t| t.id);
    let id = tx.create_family(&who.actor, &name, team.as_ref()).await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/families/{id}")).into_response())
}

struct WorkerRow {
    id: String,
    name: String,
    assignment: String,
}

pub(crate) struct MemberRow {
    pub id: String,
    pub name: String,
    pub role: String,
    pub whereabouts: String,
    pub languages: String,
    pub needs_translator: bool,
    pub has_account: bool,
    pub verification: String,
    pub verification_code: &'static str,
}

pub(crate) struct NoteRow {
    id: String,
    kind: String,
    occurred: String,
    author: String,
    members: String,
    text: String,
    amended: bool,
    /// Earlier versions, oldest first: text, author, when.
    earlier: Vec<(String, String, String)>,
    /// Glossary entries the note names: address and term.
    glossary: Vec<(String, String)>,
}

pub(crate) struct DocumentRow {
    id: String,
    name: String,
    detail: String,
}

pub(crate) enum TimelineEntry {
    Note(NoteRow),
    /// When, what happened in words, and where to read more (a disclosure).
    Event((String, String, Option<String>)),
    /// A conversation's day: the date, how many messages, and where it is read.
    Conversation {
        day: String,
        text: String,
        href: String,
    },
}

#[derive(askama::Template)]
#[template(path = "family.html")]
pub(crate) struct FamilyTemplate {
    page: Page,
    id: String,
    name: String,
    status: &'static str,
    status_label: String,
    team: String,
    opened: String,
    last_contact: String,
    next_review: String,
    next_review_input: String,
    members: Vec<MemberRow>,
    relationships: Vec<String>,
    relationship_kinds: Vec<(&'static str, String)>,
    timeline: Vec<TimelineEntry>,
    /// Older and newer pages of the timeline.
    pager: Pager,
    next_statuses: Vec<(&'static str, String)>,
    status_error: Option<String>,
    status_reason: String,
    documents: Vec<DocumentRow>,
    document_error: Option<String>,
    relationship_error: Option<String>,
    assignment_error: Option<String>,
    workers: Vec<WorkerRow>,
    can_assign: bool,
    staff: Vec<(String, String)>,
    break_glass: bool,
    zone: String,
    /// What needs doing, first on the page: the next session, sessions
    /// whose ending is not recorded, open follow-ups, and what the file's
    /// dates call for.
    next_session: Option<SessionRow>,
    awaiting_outcome: Vec<SessionRow>,
    attention: Vec<String>,
    /// Sessions to come, soonest first; those past, newest first.
    upcoming: Vec<SessionRow>,
    past: Vec<SessionRow>,
    follow_ups: Vec<FollowUpRow>,
    conversations: Vec<ConversationRow>,
    /// The members with a portal account, who can be written to.
    reachable_members: Vec<(String, String)>,
    conversation_error: Option<String>,
}

pub(crate) struct ConversationRow {
    pub href: String,
    pub with: String,
    pub last: String,
    pub unseen: Option<String>,
}

pub(crate) struct SessionRow {
    pub href: String,
    pub when: String,
    pub mode: String,
    pub members: String,
    pub outcome: Option<String>,
    /// Booked beyond a wellbeing limit, with a reason on record.
    pub beyond_limit: bool,
}

pub(crate) struct FollowUpRow {
    pub href: String,
    pub session: String,
    pub due: String,
    pub practitioner: String,
    pub overdue: bool,
    pub done: bool,
}

#[derive(askama::Template)]
#[template(path = "break_glass.html")]
struct BreakGlassTemplate {
    page: Page,
    id: String,
    reason: String,
    error: Option<String>,
}

pub(crate) fn member_row(tr: &Tr, zone: &hearth_core::zone::Zone, m: &Member) -> MemberRow {
    MemberRow {
        id: m.id.to_string(),
        name: m.name.clone(),
        role: tr.t(&format!("member-role-{}", m.role.as_str())),
        whereabouts: m.whereabouts.map(|w| tr.t(&format!("whereabouts-{}", w.as_str()))).unwrap_or_default(),
        languages: m.languages.clone(),
        needs_translator: m.needs_translator,
        has_account: m.account_user_id.is_some(),
        verification: verification_text(tr, zone, m),
        verification_code: m.verification.as_str(),
    }
}

pub(crate) fn verification_text(tr: &Tr, zone: &hearth_core::zone::Zone, m: &Member) -> String {
    let dates = crate::dates::Dates::new(tr.lang, zone);
    let label = tr.t(&format!("verification-{}", m.verification.as_str()));
    match (&m.verified_by_name, m.verified_at) {
        (Some(by), Some(at)) => {
            tr.t_args("verification-by", &[("status", label), ("name", by.clone()), ("when", dates.when(at))])
        }
        _ => label,
    }
}

/// An event in words, and for a disclosure's steps the disclosure's page.
fn event_entry(tr: &Tr, family: &Family, e: &FamilyEvent) -> (String, Option<String>) {
    let who = e.actor_name.clone().unwrap_or_else(|| "—".into());
    let detail = e.detail.clone().unwrap_or_default();
    if let Some(step) = e.kind.strip_prefix("disclosure_") {
        // The detail is the disclosure's id, then the partner's name.
        let (id, partner) = detail.split_once(' ').unwrap_or((detail.as_str(), ""));
        let text = tr.t_args(&format!("event-disclosure-{step}"), &[("name", who), ("partner", partner.to_owned())]);
        return (text, Some(crate::sharing::disclosure_href(&family.id, &id)));
    }
    if e.kind == "check_in_answered" {
        let text = tr.t_args("event-check-in-answered", &[("name", who)]);
        return (text, Some(format!("/families/{}/check-ins", family.id)));
    }
    if let Some(step) = e.kind.strip_prefix("data_request_") {
        // A member's request, or its answer; the detail is its kind or the answer.
        let text = tr.t_args(
            &format!("event-data-request-{step}"),
            &[("name", who), ("what", tr.t(&format!("data-request-event-{}", detail.replace('_', "-"))))],
        );
        return (text, Some(format!("/families/{}/data-requests", family.id)));
    }
    if e.kind == "information_received" {
        let text = tr.t_args("event-information-received", &[("name", who), ("partner", detail)]);
        return (text, Some(format!("/families/{}/sharing#received", family.id)));
    }
    (event_text(tr, e), None)
}

fn event_text(tr: &Tr, e: &FamilyEvent) -> String {
    let who = e.actor_name.clone().unwrap_or_else(|| "—".into());
    let detail = e.detail.clone().unwrap_or_default();
    match e.kind.as_str() {
        "status_changed" => {
            let (from, to) = detail.split_once('>').unwrap_or(("", ""));
            tr.t_args(
                "event-status-changed",
                &[("name", who), ("from", tr.t(&format!("status-{from}"))), ("to", tr.t(&format!("status-{to}")))],
            )
        }
        "closing_reason" => tr.t_args("event-closing-reason", &[("name", who), ("reason", detail)]),
        "member_added" => tr.t_args("event-member-added", &[("name", who), ("member", detail)]),
        "review_planned" => tr.t_args("event-review-planned", &[("name", who), ("when", detail)]),
        "identity_verification" => tr.t_args("event-identity-verification", &[("name", who), ("detail", detail)]),
        _ => tr.t_args("event-other", &[("name", who)]),
    }
}

/// Errors to show on a family's page after a form on it was refused.
#[derive(Default)]
pub(crate) struct FamilyPageErrors {
    /// The message and the reason the user typed.
    pub status: Option<(String, String)>,
    pub document: Option<String>,
    pub relationship: Option<String>,
    pub assignment: Option<String>,
    pub conversation: Option<String>,
}

/// Timeline entries (notes and events together) on one page of a family file.
const TIMELINE_PAGE: u64 = 50;

/// The family file with the errors of a refused form, read in the request's
/// `tx`; the caller commits, then sends it with [`FamilyTemplate::respond`].
pub(crate) async fn refused_family_page(
    tx: &mut Tx,
    who: &SignedIn,
    family: Family,
    errors: FamilyPageErrors,
) -> AppResult<FamilyTemplate> {
    let facts = tx.family_facts(&who.actor, &family).await?;
    family_body(tx, who, family, facts, errors, PageRequest::new(1, TIMELINE_PAGE)).await
}

impl FamilyTemplate {
    fn past_count(&self) -> i64 {
        self.past.len() as i64
    }

    fn has_open_follow_ups(&self) -> bool {
        self.follow_ups.iter().any(|f| !f.done)
    }

    /// The page, refused (422) when it carries a form's error.
    pub(crate) fn respond(&self) -> AppResult<Response> {
        if self.status_error.is_some()
            || self.document_error.is_some()
            || self.relationship_error.is_some()
            || self.assignment_error.is_some()
            || self.conversation_error.is_some()
        {
            html_with_status(StatusCode::UNPROCESSABLE_ENTITY, self)
        } else {
            html(self)
        }
    }
}

/// The family file with one page of its timeline: the newest entries of a
/// long-running file, not all of them, so the page costs the same in year
/// five as in week one. Read in `tx`, which the caller commits.
async fn family_body(
    tx: &mut Tx,
    who: &SignedIn,
    family: Family,
    facts: FamilyFacts,
    errors: FamilyPageErrors,
    timeline_page: PageRequest,
) -> AppResult<FamilyTemplate> {
    let status_error = errors.status;
    let document_error = errors.document;
    let (relationship_error, assignment_error) = (errors.relationship, errors.assignment);
    let conversation_error = errors.conversation;
    let read = tx.read_family(&who.actor, &family.id).await?;
    let workers = tx.assigned_workers(&read).await?;
    let teams = tx.teams(&who.actor.organisation_id).await?;
    let members = tx.members_of(&read).await?;
    let relationships = tx.relationships_of(&read).await?;
    // The newest entries up to the end of the page asked for, from each
    // source; merged below and cut to the page.
    let upto = Some(timeline_page.number() * timeline_page.size());
    let notes = tx.newest_notes_of(&read, upto).await?;
    let glossary_links = tx.glossary_links_of(&read).await?;
    let events = tx.newest_events_of(&read, upto).await?;
    let conversation_days = tx.newest_conversation_days(&read, upto).await?;
    let timeline_total = tx.count_timeline_entries(&read).await?;
    let documents = tx.documents_of(&read).await?;
    let zone = &who.zone;
    let dates = who.dates();
    let sessions = tx.sessions_of_family(&read).await?;
    let follow_ups = tx.follow_ups_of_family(&read).await?;
    let conversations = tx.conversations_of(&read, &who.user.id).await?;
    let now = tx.now();
    let can_assign = who.may(Action::AssignFamily, Target::Family(&facts));
    // Read newest first; what is to come is listed soonest first.
    let mut upcoming: Vec<&SupportSession> = sessions
        .iter()
        .filter(|x| x.starts_at > now && x.outcome != Some(hearth_core::support_sessions::SessionOutcome::Cancelled))
        .collect();
    upcoming.reverse();
    let staff = if can_assign { tx.assignable_staff(&who.actor.organisation_id).await? } else { Vec::new() };
    let tr = who.tr;
    let session_row = |x: &SupportSession, when: &str| SessionRow {
        href: crate::support_sessions::session_href(&family.id, &x.id),
        when: when.to_owned(),
        mode: crate::support_sessions::mode_label(&tr, x.mode),
        members: x.members.iter().map(|(_, n)| n.as_str()).collect::<Vec<_>>().join(", "),
        outcome: x.outcome.map(|o| crate::support_sessions::outcome_label(&tr, o)),
        beyond_limit: x.override_concerns.is_some(),
    };
    let mut dated: Vec<(i64, TimelineEntry)> = Vec::new();
    for n in notes {
        let current = n.current().cloned();
        let earlier = n
            .versions
            .iter()
            .take(n.versions.len().saturating_sub(1))
            .map(|v| (v.text.clone(), v.author_name.clone(), dates.when(v.written_at)))
            .collect();
        dated.push((
            n.occurred_at.millis(),
            TimelineEntry::Note(NoteRow {
                id: n.id.to_string(),
                kind: tr.t(&format!("note-kind-{}", n.kind.as_str())),
                occurred: dates.when(n.occurred_at),
                author: n.author_name.clone(),
                members: n.member_names.join(", "),
                text: current.as_ref().map(|v| v.text.clone()).unwrap_or_default(),
                amended: n.amended(),
                earlier,
                glossary: glossary_links
                    .iter()
                    .filter(|(note, _, _)| note == &n.id)
                    .map(|(_, entry, term)| (format!("/glossary/{entry}"), term.clone()))
                    .collect(),
            }),
        ));
    }
    for e in &events {
        let (text, href) = event_entry(&tr, &family, e);
        dated.push((e.at.millis(), TimelineEntry::Event((dates.when(e.at), text, href))));
    }
    for d in &conversation_days {
        let with = conversations.iter().find(|c| c.id == d.conversation_id).map(|c| c.member_names.join(", "));
        let text = tr.t_args(
            "timeline-conversation-day",
            &[
                ("names", with.unwrap_or_default()),
                ("messages", tr.tn("timeline-conversation-messages", "count", d.messages)),
                ("family", tr.tn("timeline-conversation-from-family", "count", d.from_family)),
            ],
        );
        let href = format!("/families/{}/conversations/{}", family.id, d.conversation_id);
        dated.push((d.last_at.millis(), TimelineEntry::Conversation { day: d.day.clone(), text, href }));
    }
    dated.sort_by_key(|entry| std::cmp::Reverse(entry.0));
    let skip = usize::try_from((timeline_page.number() - 1) * timeline_page.size()).unwrap_or(usize::MAX);
    let dated: Vec<(i64, TimelineEntry)> =
        dated.into_iter().skip(skip).take(usize::try_from(timeline_page.size()).unwrap_or(usize::MAX)).collect();
    let shown = hearth_store::Paged::<()> { items: Vec::new(), total: timeline_total, page: timeline_page };
    let timeline_pager = Pager::new(&tr, &shown, &format!("/families/{}", family.id), &[]);
    let (status_error, status_reason) = match status_error {
        Some((e, r)) => (Some(e), r),
        None => (None, String::new()),
    };
    let not_yet = tr.t("not-yet");
    let page = Page::signed_in(who, "family-title", "/families");
    Ok(FamilyTemplate {
        page,
        id: family.id.to_string(),
        status: family.status.as_str(),
        status_label: tr.t(&format!("status-{}", family.status.as_str())),
        team: family
            .team_id
            .as_ref()
            .and_then(|t| teams.iter().find(|x| &x.id == t))
            .map(|t| t.name.clone())
            .unwrap_or_else(|| tr.t("team-none")),
        opened: dates.when(family.created_at),
        last_contact: family.last_contact_at.map(|t| dates.when(t)).unwrap_or_else(|| not_yet.clone()),
        next_review: family.next_review_at.map(|d| dates.stored_date(d)).unwrap_or_else(|| not_yet.clone()),
        next_review_input: family.next_review_at.map(show_plain_date).unwrap_or_default(),
        members: members.iter().map(|m| member_row(&tr, zone, m)).collect(),
        relationships: relationships
            .iter()
            .map(|r| {
                tr.t_args(
                    &format!("relationship-{}", r.kind.as_str()),
                    &[("from", r.from_name.clone()), ("to", r.to_name.clone())],
                )
            })
            .collect(),
        relationship_kinds: RelationshipKind::ALL
            .iter()
            .map(|k| (k.as_str(), tr.t(&format!("relationship-kind-{}", k.as_str()))))
            .collect(),
        timeline: dated.into_iter().map(|(_, e)| e).collect(),
        pager: timeline_pager,
        next_statuses: family
            .status
            .next_steps()
            .into_iter()
            .map(|s| (s.as_str(), tr.t(&format!("status-{}", s.as_str()))))
            .collect(),
        status_error,
        status_reason,
        documents: documents
            .iter()
            .map(|d| DocumentRow {
                id: d.id.to_string(),
                name: d.name.clone(),
                detail: tr.t_args(
                    "document-detail",
                    &[
                        ("name", d.uploaded_by_name.clone()),
                        ("when", dates.when(d.uploaded_at)),
                        ("size", format!("{:.1}", d.size as f64 / 1024.0)),
                    ],
                ),
            })
            .collect(),
        document_error,
        relationship_error,
        assignment_error,
        workers: workers
            .into_iter()
            .map(|w| WorkerRow {
                id: w.user_id.to_string(),
                name: w.display_name,
                assignment: tr.t(&format!("assignment-{}", w.assignment.as_str())),
            })
            .collect(),
        can_assign,
        staff: staff.into_iter().map(|(id, name)| (id.to_string(), name)).collect(),
        break_glass: !facts.actor_assigned && facts.actor_break_glass_open,
        next_session: upcoming.first().map(|x| session_row(x, &dates.when_long(x.starts_at))),
        awaiting_outcome: sessions
            .iter()
            .filter(|x| x.outcome.is_none() && x.starts_at <= now)
            .map(|x| session_row(x, &dates.when(x.starts_at)))
            .collect(),
        attention: attention(family.status, family.last_contact_at, family.next_review_at, now)
            .into_iter()
            .map(|a| tr.t(&format!("attention-{}", a.as_str())))
            .collect(),
        upcoming: upcoming.iter().map(|x| session_row(x, &dates.when(x.starts_at))).collect(),
        past: sessions
            .iter()
            .filter(|x| x.starts_at <= now)
            .map(|x| session_row(x, &dates.when(x.starts_at)))
            .collect(),
        follow_ups: follow_ups
            .iter()
            .map(|f| FollowUpRow {
                href: crate::aftercare::follow_up_href(&family.id, &f.id),
                session: dates.when(f.session_starts_at),
                due: dates.when(f.due_at),
                practitioner: f.practitioner_name.clone(),
                overdue: f.overdue_at(now),
                done: f.completed_at.is_some(),
            })
            .collect(),
        conversations: conversations
            .iter()
            .map(|c| ConversationRow {
                href: format!("/families/{}/conversations/{}", family.id, c.id),
                with: tr.t1("conversation-with", "names", &c.member_names.join(", ")),
                last: tr.t1("conversation-last", "when", &dates.when(c.last_message_at)),
                unseen: (c.unseen > 0).then(|| tr.tn("conversation-unseen", "count", c.unseen)),
            })
            .collect(),
        reachable_members: members
            .iter()
            .filter(|m| m.account_user_id.is_some())
            .map(|m| (m.id.to_string(), m.name.clone()))
            .collect(),
        conversation_error,
        zone: crate::dates::place_of(zone),
        name: family.name,
    })
}

#[derive(Deserialize)]
pub struct FamilyPageQuery {
    /// The page of the timeline, newest first; anything but a page number is the first page.
    #[serde(default)]
    page: String,
}

pub async fn family_page(
    Reading { who, mut tx }: Reading,
    Path(id): Path<String>,
    Query(query): Query<FamilyPageQuery>,
) -> AppResult<Response> {
    match open_family(&mut tx, &who, &id, Action::ViewFamily).await? {
        (OpenedFamily::Allowed(family), facts) => {
            let page = PageRequest::new(query.page.trim().parse().unwrap_or(1), TIMELINE_PAGE);
            let body = family_body(&mut tx, &who, family, facts, FamilyPageErrors::default(), page).await?;
            tx.commit().await?;
            body.respond()
        }
        (OpenedFamily::NeedsBreakGlass(family), _) => {
            tx.commit().await?;
            html_with_status(
                StatusCode::FORBIDDEN,
                &BreakGlassTemplate {
                    page: Page::signed_in(&who, "break-glass-title", "/families"),
                    id: family.id.to_string(),
                    reason: String::new(),
                    error: None,
                },
            )
        }
    }
}

#[derive(Deserialize)]
pub struct StatusForm {
    #[serde(default)]
    status: String,
    #[serde(default)]
    reason: String,
}

pub async fn change_status(
    State(state): State<AppState>,
    writer: Writer,
    Path(id): Path<String>,
    Form(form): Form<StatusForm>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let family = family_for(&mut tx, &who, &id, Action::WorkOnFamily).await?;
    let tr = who.tr;
    let Some(next) = FamilyStatus::parse(&form.status).filter(|n| family.status.can_move_to(*n)) else {
        let errors =
            FamilyPageErrors { status: Some((tr.t("family-status-not-allowed"), form.reason)), ..Default::default() };
        let page = refused_family_page(&mut tx, &who, family, errors).await?;
        tx.commit().await?;
        return page.respond();
    };
    let reason = if next == FamilyStatus::Closed {
        match ClosingReason::parse(&form.reason) {
            Ok(r) => Some(r),
            Err(_) => {
                let errors = FamilyPageErrors {
                    status: Some((tr.t("family-closing-reason-needed"), form.reason)),
                    ..Default::default()
                };
                let page = refused_family_page(&mut tx, &who, family, errors).await?;
                tx.commit().await?;
                return page.respond();
            }
        }
    } else {
        None
    };
    tx.change_status(&who.actor, &family, next, reason.as_ref()).await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/families/{}", family.id)).into_response())
}

#[derive(Deserialize)]
pub struct ReviewForm {
    #[serde(default)]
    review: String,
}

pub async fn plan_review(
    State(state): State<AppState>,
    writer: Writer,
    Path(id): Path<String>,
    Form(form): Form<ReviewForm>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let family = family_for(&mut tx, &who, &id, Action::WorkOnFamily).await?;
    let at = match form.review.trim() {
        "" => None,
        text => match plain_date(text) {
            Some(t) => Some(t),
            None => {
                let errors =
                    FamilyPageErrors { status: Some((who.tr.t("date-invalid"), String::new())), ..Default::default() };
                let page = refused_family_page(&mut tx, &who, family, errors).await?;
                tx.commit().await?;
                return page.respond();
            }
        },
    };
    tx.set_next_review(&who.actor, &family.id, at).await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/families/{}", family.id)).into_response())
}

#[derive(Deserialize)]
pub struct RelationshipForm {
    from: String,
    kind: String,
    to: String,
}

pub async fn add_relationship(
    State(state): State<AppState>,
    writer: Writer,
    Path(id): Path<String>,
    Form(form): Form<RelationshipForm>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let family = family_for(&mut tx, &who, &id, Action::WorkOnFamily).await?;
    let read = tx.read_family(&who.actor, &family.id).await?;
    let members = tx.members_of(&read).await?;
    let in_family = |text: &str| MemberId::parse(text).ok().filter(|id| members.iter().any(|m| m.id == *id));
    // Two different people of this family, and a kind Hearth knows; anything
    // else (a tampered form, a member removed meanwhile) is said on the page.
    // Nothing has been written then: the page is read in the same
    // transaction, and the members read above is recorded too.
    let refused = match (RelationshipKind::parse(&form.kind), in_family(&form.from), in_family(&form.to)) {
        (Some(kind), Some(from), Some(to)) if from != to => Ok((kind, from, to)),
        (Some(_), Some(_), Some(_)) => Err("relationship-error-same"),
        _ => Err("relationship-error"),
    };
    let (kind, from, to) = match refused {
        Ok(chosen) => chosen,
        Err(message) => {
            let errors = FamilyPageErrors { relationship: Some(who.tr.t(message)), ..Default::default() };
            let page = refused_family_page(&mut tx, &who, family, errors).await?;
            tx.commit().await?;
            return page.respond();
        }
    };
    tx.add_relationship(&who.actor, &family.id, &from, kind, &to).await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/families/{}", family.id)).into_response())
}

#[derive(Deserialize)]
pub struct BreakGlassForm {
    #[serde(default)]
    reason: String,
}

pub async fn break_glass(
    State(state): State<AppState>,
    writer: Writer,
    Path(id): Path<String>,
    Form(form): Form<BreakGlassForm>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let family = match open_family(&mut tx, &who, &id, Action::ViewFamily).await?.0 {
        OpenedFamily::Allowed(family) => {
            tx.commit().await?;
            return Ok(Redirect::to(&format!("/families/{}", family.id)).into_response());
        }
        OpenedFamily::NeedsBreakGlass(family) => family,
    };
    let reason = match BreakGlassReason::parse(&form.reason) {
        Ok(r) => r,
        Err(e) => {
            tx.commit().await?;
            let id = match e {
                InvalidBreakGlassReason::TooShort => "break-glass-too-short",
                InvalidBreakGlassReason::TooLong => "break-glass-too-long",
            };
            return html_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &BreakGlassTemplate {
                    page: Page::signed_in(&who, "break-glass-title", "/families"),
                    id: family.id.to_string(),
                    reason: form.reason,
                    error: Some(who.tr.t(id)),
                },
            );
        }
    };
    tx.open_break_glass(&who.actor, &family, &reason).await?;
    // The session may now see more: it gets a new identifier.
    let token = tx.renew_session(&who.session.id, None).await?;
    tx.commit().await?;
    let cookie = crate::context::session_cookie(&token, state.settings.secure_cookies);
    Ok((
        axum::response::AppendHeaders([(axum::http::header::SET_COOKIE, cookie)]),
        Redirect::to(&format!("/families/{}", family.id)),
    )
        .into_response())
}

#[derive(Deserialize)]
pub struct AssignForm {
    worker: String,
    assignment: String,
}

pub async fn assign(
    State(state): State<AppState>,
    writer: Writer,
    Path(id): Path<String>,
    Form(form): Form<AssignForm>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let family = family_for(&mut tx, &who, &id, Action::AssignFamily).await?;
    let staff = tx.assignable_staff(&who.actor.organisation_id).await?;
    let worker = UserId::parse(&form.worker).ok().filter(|w| staff.iter().any(|(id, _)| id == w));
    let (Some(worker), Some(assignment)) = (worker, Assignment::parse(&form.assignment)) else {
        let errors = FamilyPageErrors { assignment: Some(who.tr.t("assign-error")), ..Default::default() };
        let page = refused_family_page(&mut tx, &who, family, errors).await?;
        tx.commit().await?;
        return page.respond();
    };
    tx.assign(&who.actor, &family.id, &worker, assignment).await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/families/{}", family.id)).into_response())
}

pub async fn unassign(
    State(state): State<AppState>,
    writer: Writer,
    Path((id, worker)): Path<(String, String)>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let family = family_for(&mut tx, &who, &id, Action::AssignFamily).await?;
    let worker = UserId::parse(&worker).map_err(|_| AppError::NotFound)?;
    if !tx.unassign(&who.actor, &family.id, &worker).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(Redirect::to(&format!("/families/{}", family.id)).into_response())
}

struct AccessRow {
    when: String,
    who: String,
    what: String,
    why: String,
}

#[derive(askama::Template)]
#[template(path = "access_log.html")]
struct AccessLogTemplate {
    page: Page,
    id: String,
    name: String,
    events: Vec<AccessRow>,
    total: i64,
    pager: Pager,
    /// The filters: chosen values, and what each offers.
    query: AccessLogQuery,
    people: Vec<(String, String)>,
    actions: Vec<(String, String)>,
    filtered: bool,
}

/// Rows of the access log on one page.
const ACCESS_LOG_PAGE: u64 = 50;

#[derive(Deserialize, Default)]
pub struct AccessLogQuery {
    #[serde(default)]
    person: String,
    #[serde(default)]
    action: String,
    /// Plain dates (`YYYY-MM-DD`), both days included.
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
    #[serde(default)]
    page: String,
}

pub async fn access_log(
    Reading { who, mut tx }: Reading,
    Path(id): Path<String>,
    Query(query): Query<AccessLogQuery>,
) -> AppResult<Response> {
    let family = family_for(&mut tx, &who, &id, Action::ViewFamilyAccessLog).await?;
    let zone = &who.zone;
    let day = |text: &str| hearth_core::wellbeing::LocalDate::parse(text);
    let filter = hearth_store::audit::AccessLogFilter {
        actor: UserId::parse(query.person.trim()).ok(),
        action: Some(query.action.trim().to_owned()).filter(|a| !a.is_empty()),
        from: day(&query.from).and_then(|d| zone.start_of(d)),
        until: day(&query.to).and_then(|d| zone.start_of(d.plus_days(1))),
    };
    let page = PageRequest::new(query.page.trim().parse().unwrap_or(1), ACCESS_LOG_PAGE);
    let log = tx.family_access_log(&who.actor, &family.id, &filter, page).await?;
    tx.commit().await?;
    let tr = who.tr;
    let dates = who.dates();
    let path = format!("/families/{}/access-log", family.id);
    let action_label = |action: &str| tr.t(&format!("audit-{}", action.replace(['.', '_'], "-")));
    let mut actions: Vec<(String, String)> = log.actions.iter().map(|a| (a.clone(), action_label(a))).collect();
    actions.sort_by(|a, b| a.1.cmp(&b.1));
    html(&AccessLogTemplate {
        page: Page::signed_in(&who, "access-log-heading", "/families"),
        id: family.id.to_string(),
        name: family.name,
        total: i64::try_from(log.events.total).unwrap_or(i64::MAX),
        pager: Pager::new(
            &tr,
            &log.events,
            &path,
            &[("person", &query.person), ("action", &query.action), ("from", &query.from), ("to", &query.to)],
        ),
        events: log
            .events
            .items
            .into_iter()
            .map(|e| AccessRow {
                when: dates.when(e.at),
                who: match (e.actor_name, e.actor_role.as_deref().and_then(Role::parse)) {
                    (Some(name), Some(role)) => format!("{name} ({})", role_label(&tr, role)),
                    (Some(name), None) => name,
                    _ => "—".into(),
                },
                what: action_label(&e.action),
                // Only break-glass carries a reason written for readers.
                why: if e.action == AuditAction::BreakGlassOpened.as_str() {
                    e.reason.unwrap_or_default()
                } else {
                    String::new()
                },
            })
            .collect(),
        filtered: filter.actor.is_some() || filter.action.is_some() || filter.from.is_some() || filter.until.is_some(),
        people: log.people.into_iter().map(|(id, name)| (id.to_string(), name)).collect(),
        actions,
        query,
    })
}
