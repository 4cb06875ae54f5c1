//! Support sessions on the web: scheduling within the wellbeing guardrails
//! (with the modality decision and working agreement in view), the
//! start-of-session checklist, outcomes and notes, and external translators.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use hearth_core::access::Action;
use hearth_core::accounts::EmailAddress;
use hearth_core::ids::{SupportSessionId, UserId};
use hearth_core::modality::ContactKind;
use hearth_core::support_sessions::{ChecklistItem, MAX_PLACE_CHARS, SessionMode, SessionOutcome, needs_aftercare};
use hearth_core::timeline::NoteText;
use hearth_core::wellbeing::{Concern, Slot, Verdict};
use hearth_core::zone::Zone;
use hearth_store::families::Family;
use hearth_store::families::FamilyReading;
use hearth_store::support_sessions::{NewSupportSession, SupportSession};
use hearth_store::{Tx, families::Member};

use crate::AppState;
use crate::access::family_for;
use crate::accounts::{html, html_with_status};
use crate::context::{Page, Reading, SignedIn, Writer, Writing};
use crate::error::{AppError, AppResult};
use crate::forms::Form;
use crate::forms::{Pairs, field, values};
use crate::i18n::{Lang, Tr};

pub(crate) fn mode_label(tr: &Tr, mode: SessionMode) -> String {
    tr.t(&format!("session-mode-{}", mode.as_str().replace('_', "-")))
}

pub(crate) fn outcome_label(tr: &Tr, outcome: SessionOutcome) -> String {
    tr.t(&format!("session-outcome-{}", outcome.as_str().replace('_', "-")))
}

/// A guardrail concern in words.
pub(crate) fn concern_text(tr: &Tr, concern: Concern) -> String {
    use hearth_core::zone::format_clock_time as clock;
    let id = format!("concern-{}", concern.code().replace('_', "-"));
    match concern {
        Concern::OutsideHours { from, to } => tr.t_args(&id, &[("from", clock(from)), ("to", clock(to))]),
        Concern::DayLimit { limit }
        | Concern::WeekLimit { limit }
        | Concern::LastOfDay { limit }
        | Concern::LastOfWeek { limit } => tr.tn(&id, "count", i64::from(limit)),
        Concern::BreakTooShort { minutes, required } => {
            tr.t_nums(&id, &[("count", i64::from(minutes)), ("required", i64::from(required))])
        }
        Concern::DayOff | Concern::NotAWorkingDay | Concern::Overlap => tr.t(&id),
    }
}

/// The guardrails a session was planned beyond, from their stored codes, in short words.
pub(crate) fn concern_summary(tr: &Tr, codes: &str) -> String {
    codes
        .split(',')
        .filter(|c| !c.is_empty())
        .map(|c| tr.t(&format!("concern-short-{}", c.replace('_', "-"))))
        .collect::<Vec<_>>()
        .join(", ")
}

struct MemberChoice {
    id: String,
    name: String,
    checked: bool,
    decision: String,
    agreement: String,
}

#[derive(askama::Template)]
#[template(path = "session_form.html")]
struct ScheduleTemplate {
    page: Page,
    family_id: String,
    family_name: String,
    zone: String,
    modes: Vec<(&'static str, String)>,
    kinds: Vec<(&'static str, String)>,
    members: Vec<MemberChoice>,
    colleagues: Vec<(String, String, bool)>,
    form: Pairs,
    errors: crate::forms::FieldErrors,
    warnings: Vec<String>,
    refusals: Vec<String>,
    /// Confirms exactly the warnings shown, not whatever a changed form would raise.
    confirmation: String,
}

/// A short fingerprint of the warnings a practitioner confirmed.
fn fingerprint(warnings: &[String]) -> String {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::hash::DefaultHasher::new();
    warnings.hash(&mut hasher);
    format!("{:016x}", hasher.finish())
}

impl ScheduleTemplate {
    fn value(&self, name: &str) -> &str {
        field(&self.form, name)
    }
}

async fn schedule_page(
    tx: &mut Tx,
    who: &SignedIn,
    family: &Family,
    form: Pairs,
    findings: (crate::forms::FieldErrors, Vec<String>, Vec<String>),
) -> AppResult<ScheduleTemplate> {
    let tr = who.tr;
    let ticked = values(&form, "members");
    let mut members = Vec::new();
    let read = tx.read_family(&who.actor, &family.id).await?;
    for m in tx.members_of(&read).await? {
        let decision = tx.modality_decisions_of(&read, &m.id).await?.into_iter().next();
        let agreement = tx.agreements_of(&read, &m.id).await?.into_iter().next();
        members.push(MemberChoice {
            checked: ticked.contains(&m.id.as_str()),
            decision: match decision {
                Some(d) => ContactKind::ALL
                    .iter()
                    .filter_map(|k| {
                        d.decided.get(k).map(|m| {
                            format!(
                                "{}: {}",
                                tr.t(&format!("contact-{}", k.as_str())),
                                tr.t(&format!("modality-{}", m.as_str()))
                            )
                        })
                    })
                    .collect::<Vec<_>>()
                    .join(" · "),
                None => tr.t("session-no-decision"),
            },
            agreement: match agreement {
                Some(a) if a.accepted_at.is_some() => tr.t1(
                    "session-agreement-accepted",
                    "when",
                    &a.accepted_at.map(|t| who.dates().date_of(t)).unwrap_or_default(),
                ),
                Some(_) => tr.t("session-agreement-not-accepted"),
                None => tr.t("session-agreement-none"),
            },
            id: m.id.to_string(),
            name: m.name,
        });
    }
    let chosen = values(&form, "colleagues");
    // Only colleagues already working with the family: a session shows the family's name in their calendar.
    let colleagues = tx
        .assigned_workers(&read)
        .await?
        .into_iter()
        .filter(|w| w.user_id != who.user.id)
        .map(|w| {
            let checked = chosen.contains(&w.user_id.as_str());
            (w.user_id.to_string(), w.display_name, checked)
        })
        .collect();
    let (errors, warnings, refusals) = findings;
    let confirmation = fingerprint(&warnings);
    Ok(ScheduleTemplate {
        page: Page::signed_in(who, "session-new-title", "/families"),
        family_id: family.id.to_string(),
        family_name: family.name.clone(),
        zone: who.dates().place(),
        modes: SessionMode::ALL.iter().map(|m| (m.as_str(), mode_label(&tr, *m))).collect(),
        kinds: ContactKind::ALL.iter().map(|k| (k.as_str(), tr.t(&format!("contact-{}", k.as_str())))).collect(),
        members,
        colleagues,
        form,
        errors,
        warnings,
        refusals,
        confirmation,
    })
}

pub async fn new_session_page(Reading { who, mut tx }: Reading, Path(id): Path<String>) -> AppResult<Response> {
    let family = family_for(&mut tx, &who, &id, Action::WorkOnFamily).await?;
    let defaults = vec![("minutes".into(), "60".into()), ("contact_kind".into(), "check_in".into())];
    let page = schedule_page(&mut tx, &who, &family, defaults, Default::default()).await?;
    tx.commit().await?;
    html(&page)
}

/// What the guardrails say for one member of staff about a new session.
pub(crate) async fn guardrail_verdict(
    tx: &mut Tx,
    organisation: &hearth_core::ids::OrganisationId,
    user: &UserId,
    zone: &Zone,
    starts_at: hearth_core::clock::Timestamp,
    minutes: u32,
) -> AppResult<Verdict> {
    let (_, rails) = tx.guardrails_for(organisation, user).await?;
    let new = zone.slot(starts_at, minutes);
    // The week, and a day either side for breaks across midnight.
    let Some((from, to)) = zone.span(new.date.monday().plus_days(-1), 9) else {
        return Err(AppError::BadRequest);
    };
    let planned: Vec<Slot> = tx
        .booked_times_of(user, from, to)
        .await?
        .into_iter()
        .filter(|e| e.outcome != Some(SessionOutcome::Cancelled))
        .map(|e| zone.slot(e.starts_at, e.minutes))
        .collect();
    Ok(rails.check(&planned, new))
}

pub async fn schedule_session(
    State(state): State<AppState>,
    writer: Writer,
    Path(id): Path<String>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let family = family_for(&mut tx, &who, &id, Action::WorkOnFamily).await?;
    let tr = who.tr;
    let read = tx.read_family(&who.actor, &family.id).await?;
    let members = tx.members_of(&read).await?;
    let staff: Vec<(UserId, String)> =
        tx.assigned_workers(&read).await?.into_iter().map(|w| (w.user_id, w.display_name)).collect();
    let mut errors = Vec::new();
    let mode = SessionMode::parse(field(&pairs, "mode"));
    if mode.is_none() {
        errors.push(("mode", tr.t("session-error-mode")));
    }
    let kind = ContactKind::parse(field(&pairs, "contact_kind"));
    if kind.is_none() {
        errors.push(("contact_kind", tr.t("session-error-contact-kind")));
    }
    let starts_at = who.zone.parse_input(field(&pairs, "starts_at"));
    match starts_at {
        None => errors.push(("starts_at", tr.t("session-error-start"))),
        Some(t) if t < tx.now() => errors.push(("starts_at", tr.t("session-error-past"))),
        Some(_) => {}
    }
    let minutes = field(&pairs, "minutes")
        .trim()
        .parse::<u32>()
        .ok()
        .filter(|m| hearth_core::support_sessions::valid_duration(*m));
    if minutes.is_none() {
        errors.push(("minutes", tr.t("session-error-minutes")));
    }
    let place = field(&pairs, "place").trim().to_owned();
    if place.is_empty() || place.chars().count() > MAX_PLACE_CHARS {
        errors.push(("place", tr.t("session-error-place")));
    }
    let chosen: Vec<&Member> = members.iter().filter(|m| values(&pairs, "members").contains(&m.id.as_str())).collect();
    if chosen.is_empty() {
        errors.push(("members", tr.t("session-error-members")));
    }
    let colleagues: Vec<(UserId, String)> = staff
        .into_iter()
        .filter(|(id, _)| *id != who.user.id && values(&pairs, "colleagues").contains(&id.as_str()))
        .collect();
    let (Some(mode), Some(kind), Some(starts_at), Some(minutes), true) =
        (mode, kind, starts_at, minutes, errors.is_empty())
    else {
        let page = schedule_page(&mut tx, &who, &family, pairs, (errors, Vec::new(), Vec::new())).await?;
        tx.commit().await?;
        return html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
    };

    // What the practice asks to be weighed: the decision and the agreement.
    let mut warnings = Vec::new();
    for m in &chosen {
        if let Some(decision) = tx.modality_decisions_of(&read, &m.id).await?.into_iter().next()
            && let Some(decided) = decision.decided.get(&kind)
            && !mode.fits(*decided)
        {
            warnings.push(tr.t_args(
                "session-warning-decision",
                &[("member", m.name.clone()), ("detail", tr.t(&format!("modality-{}", decided.as_str())))],
            ));
        }
        let accepted = tx.agreements_of(&read, &m.id).await?.first().is_some_and(|a| a.accepted_at.is_some());
        if mode.is_digital() && !accepted {
            warnings.push(tr.t1("session-warning-agreement", "member", &m.name));
        }
    }
    // The guardrails of everyone on the staff side.
    let mut refused = Vec::new();
    let mut codes = Vec::new();
    let mut people = vec![(who.user.id.clone(), who.user.display_name.clone())];
    people.extend(colleagues.iter().cloned());
    for (user, name) in &people {
        match guardrail_verdict(&mut tx, &who.actor.organisation_id, user, &who.zone, starts_at, minutes).await? {
            Verdict::Allow => {}
            Verdict::Warn(concerns) => {
                for c in concerns {
                    warnings.push(format!("{name}: {}", concern_text(&tr, c)));
                }
            }
            Verdict::Refused(concerns) => {
                for c in concerns {
                    refused.push(format!("{name}: {}", concern_text(&tr, c)));
                    codes.push(c.code());
                }
            }
        }
    }
    let reason = field(&pairs, "override_reason").trim().chars().take(2000).collect::<String>();
    let confirmed = field(&pairs, "confirmed") == fingerprint(&warnings);
    let reason_missing = !refused.is_empty() && reason.chars().count() < 10;
    if reason_missing || (!warnings.is_empty() && !confirmed) {
        let mut errors = Vec::new();
        if reason_missing && !reason.is_empty() {
            errors.push(("override_reason", tr.t("session-error-override-reason")));
        }
        let page = schedule_page(&mut tx, &who, &family, pairs, (errors, warnings, refused)).await?;
        tx.commit().await?;
        let status = if reason_missing { StatusCode::UNPROCESSABLE_ENTITY } else { StatusCode::OK };
        return html_with_status(status, &page);
    }
    codes.sort_unstable();
    codes.dedup();
    let new = NewSupportSession {
        mode,
        contact_kind: kind,
        starts_at,
        minutes,
        place,
        members: chosen.iter().map(|m| m.id.clone()).collect(),
        colleagues: colleagues.into_iter().map(|(id, _)| id).collect(),
        guardrail_override: (!refused.is_empty()).then(|| (reason, codes.join(","))),
    };
    let session = tx.schedule_session(&who.actor, &family.id, family.team_id.as_ref(), &new).await?;
    tx.commit().await?;
    Ok(Redirect::to(&session_href(&family.id, &session)).into_response())
}

pub(crate) struct ChecklistRow {
    pub(crate) key: &'static str,
    pub(crate) label: String,
    pub(crate) detail: Option<String>,
    pub(crate) checked: bool,
}

/// The start checklist's items, ticked as recorded or as typed, with the
/// member's agreed fallback beside the item on connection drops.
pub(crate) fn checklist_rows(
    tr: &Tr,
    session: &SupportSession,
    reconnect: Option<&String>,
    ticked: &[&str],
) -> Vec<ChecklistRow> {
    ChecklistItem::ALL
        .iter()
        .map(|item| ChecklistRow {
            key: item.as_str(),
            label: tr.t(&format!("checklist-{}", item.as_str().replace('_', "-"))),
            detail: item.agreement_choice().and(reconnect.cloned()),
            checked: session.checklist.iter().any(|c| c == item.as_str()) || ticked.contains(&item.as_str()),
        })
        .collect()
}

struct TranslatorRow {
    name: String,
    language: String,
    status: String,
}

#[derive(askama::Template)]
#[template(path = "session.html")]
struct SessionTemplate {
    page: Page,
    family_id: String,
    family_name: String,
    id: String,
    when: String,
    minutes: i64,
    mode: String,
    digital: bool,
    kind: String,
    place: String,
    members: String,
    staff: String,
    override_reason: Option<String>,
    override_concerns: String,
    checklist: Vec<ChecklistRow>,
    checklist_next_call: bool,
    /// A video session's call page, while it has no outcome.
    call: Option<String>,
    call_log: Vec<String>,
    checklist_done: Option<String>,
    outcome: Option<String>,
    outcomes: Vec<(&'static str, String)>,
    /// Whether the session has started: before then it can only be cancelled.
    started: bool,
    translators: Vec<TranslatorRow>,
    languages: Vec<(&'static str, &'static str)>,
    follow_ups: Vec<(String, String, bool)>,
    form: Pairs,
    checklist_error: Option<String>,
    outcome_error: crate::forms::FieldError,
    translator_error: crate::forms::FieldError,
    translator_notice: Option<String>,
    manual_link: Option<String>,
}

impl SessionTemplate {
    /// The place, with a call link typed into it made a link.
    fn place_parts(&self) -> Vec<crate::text::Part> {
        crate::text::linked(&self.place)
    }
}

impl SessionTemplate {
    fn value(&self, name: &str) -> &str {
        field(&self.form, name)
    }
}

#[derive(Default)]
struct SessionPageState {
    form: Pairs,
    checklist_error: Option<String>,
    outcome_error: crate::forms::FieldError,
    translator_error: crate::forms::FieldError,
    translator_notice: Option<String>,
    manual_link: Option<String>,
}

async fn load_session(tx: &mut Tx, who: &SignedIn, family: &Family, id: &str) -> AppResult<SupportSession> {
    let id = SupportSessionId::parse(id).map_err(|_| AppError::NotFound)?;
    let read = tx.read_family(&who.actor, &family.id).await?;
    tx.support_session(&read, &id).await?.ok_or(AppError::NotFound)
}

/// A session of a family the actor may work on.
async fn load_workable_session(
    tx: &mut Tx,
    who: &SignedIn,
    family_id: &str,
    session_id: &str,
) -> AppResult<(Family, SupportSession)> {
    let family = family_for(tx, who, family_id, Action::WorkOnFamily).await?;
    let session = load_session(tx, who, &family, session_id).await?;
    Ok((family, session))
}

/// The session's page, read in `tx`; the caller commits before sending it.
async fn session_view(
    tx: &mut Tx,
    who: &SignedIn,
    family: &Family,
    session: SupportSession,
    st: SessionPageState,
) -> AppResult<SessionTemplate> {
    let tr = who.tr;
    let zone = &who.zone;
    let dates = who.dates();
    let read = tx.read_family_for(&who.actor, &family.id, FamilyReading::Session).await?;
    let mut reconnect = None;
    for (member, _) in &session.members {
        if let Some(a) = tx.agreements_of(&read, member).await?.into_iter().next()
            && let Some(choice) = a.choices.get("reconnect").filter(|c| !c.trim().is_empty())
        {
            reconnect = Some(choice.clone());
            break;
        }
    }
    let follow_ups = tx
        .follow_ups_of_family(&read)
        .await?
        .into_iter()
        .filter(|f| f.session_id == session.id)
        .map(|f| (f.id.to_string(), who.dates().when(f.due_at), f.completed_at.is_some()))
        .collect();
    let ticked = values(&st.form, "items");
    let call_log = match tx.call_of(&session.id).await? {
        Some(call) => crate::calls::call_log(&tr, zone, &session, &call),
        None => Vec::new(),
    };
    Ok(SessionTemplate {
        page: Page::signed_in(who, "session-title", "/families"),
        family_id: family.id.to_string(),
        family_name: family.name.clone(),
        id: session.id.to_string(),
        when: who.dates().when_long(session.starts_at),
        minutes: i64::from(session.minutes),
        mode: mode_label(&tr, session.mode),
        digital: session.mode.is_digital(),
        kind: tr.t(&format!("contact-{}", session.contact_kind.as_str())),
        place: session.place.clone(),
        members: session.members.iter().map(|(_, n)| n.as_str()).collect::<Vec<_>>().join(", "),
        staff: session.staff.iter().map(|(_, n)| n.as_str()).collect::<Vec<_>>().join(", "),
        override_reason: session.override_reason.clone(),
        override_concerns: concern_summary(&tr, session.override_concerns.as_deref().unwrap_or_default()),
        checklist: checklist_rows(&tr, &session, reconnect.as_ref(), &ticked),
        checklist_next_call: false,
        call: (session.mode == SessionMode::Video && session.outcome.is_none())
            .then(|| format!("{}/call", session_href(&family.id, &session.id))),
        call_log,
        checklist_done: session.checklist_at.map(|t| who.dates().when(t)),
        outcome: session.outcome.map(|o| outcome_label(&tr, o)),
        outcomes: SessionOutcome::possible(session.starts_at, tx.now())
            .iter()
            .map(|o| (o.as_str(), outcome_label(&tr, *o)))
            .collect(),
        started: tx.now() >= session.starts_at,
        translators: session
            .translators
            .iter()
            .map(|t| TranslatorRow {
                name: t.name.clone(),
                language: Lang::parse(&t.language).map(|l| l.endonym()).unwrap_or("—").to_owned(),
                status: match t.accepted_at {
                    Some(at) => tr.t1("translator-accepted", "when", &dates.when(at)),
                    None => tr.t("translator-pending"),
                },
            })
            .collect(),
        languages: Lang::ALL.iter().map(|l| (l.code(), l.endonym())).collect(),
        follow_ups,
        form: st.form,
        checklist_error: st.checklist_error,
        outcome_error: st.outcome_error,
        translator_error: st.translator_error,
        translator_notice: st.translator_notice,
        manual_link: st.manual_link,
    })
}

/// A refused form on the session's page: nothing was written, so the reads
/// are committed and the page comes back with the error.
async fn refused(
    mut tx: Tx,
    who: &SignedIn,
    family: &Family,
    session: SupportSession,
    st: SessionPageState,
) -> AppResult<Response> {
    // Ended meanwhile (its outcome recorded by a colleague): a conflict, not a form to correct.
    let status = if session.outcome.is_some() { StatusCode::CONFLICT } else { StatusCode::UNPROCESSABLE_ENTITY };
    let page = session_view(&mut tx, who, family, session, st).await?;
    tx.commit().await?;
    html_with_status(status, &page)
}

pub async fn session_page(
    Reading { who, mut tx }: Reading,
    Path((family_id, session_id)): Path<(String, String)>,
) -> AppResult<Response> {
    let family = family_for(&mut tx, &who, &family_id, Action::ViewFamily).await?;
    let session = load_session(&mut tx, &who, &family, &session_id).await?;
    let page = session_view(&mut tx, &who, &family, session, SessionPageState::default()).await?;
    tx.commit().await?;
    html(&page)
}

pub async fn record_checklist(
    State(state): State<AppState>,
    writer: Writer,
    Path((family_id, session_id)): Path<(String, String)>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let (family, session) = load_workable_session(&mut tx, &who, &family_id, &session_id).await?;
    let ticked = values(&pairs, "items");
    let items: Vec<&'static str> =
        ChecklistItem::ALL.iter().map(|i| i.as_str()).filter(|k| ticked.contains(k)).collect();
    let back = session_href(&family.id, &session.id);
    // Completed on the call page: back to the call.
    let to_call = field(&pairs, "next") == "call" && session.mode.is_digital() && session.outcome.is_none();
    let next = if to_call { format!("{back}/call") } else { back };
    if !session.mode.is_digital() || session.outcome.is_some() || session.checklist_at.is_some() {
        // No checklist to complete (done or ended meanwhile): the session as it is.
        tx.commit().await?;
        return Ok(Redirect::to(&next).into_response());
    }
    if items.len() != ChecklistItem::ALL.len() {
        let st =
            SessionPageState { form: pairs, checklist_error: Some(who.tr.t("checklist-error")), ..Default::default() };
        return refused(tx, &who, &family, session, st).await;
    }
    tx.record_checklist(&who.actor, &session, &items).await?;
    tx.commit().await?;
    Ok(Redirect::to(&next).into_response())
}

pub async fn record_outcome(
    State(state): State<AppState>,
    writer: Writer,
    Path((family_id, session_id)): Path<(String, String)>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let (family, session) = load_workable_session(&mut tx, &who, &family_id, &session_id).await?;
    let tr = who.tr;
    let outcome = SessionOutcome::parse(field(&pairs, "outcome"));
    let note_text = field(&pairs, "note").trim();
    let note = if note_text.is_empty() { Ok(None) } else { NoteText::parse(note_text).map(Some) };
    let now = tx.now();
    let error = match (&outcome, &note, session.outcome) {
        (_, _, Some(_)) => Some(("", tr.t("session-error-outcome-recorded"))),
        (None, _, _) => Some(("outcome", tr.t("session-error-outcome"))),
        (Some(o), _, _) if !SessionOutcome::possible(session.starts_at, now).contains(o) => {
            Some(("outcome", tr.t("session-error-not-started")))
        }
        (_, Err(_), _) => Some(("note", tr.t("note-error-too-long"))),
        _ => None,
    };
    let (Some(outcome), Ok(note), None) = (outcome, note, error.clone()) else {
        let st = SessionPageState { form: pairs, outcome_error: error, ..Default::default() };
        return refused(tx, &who, &family, session, st).await;
    };
    let follow_up = if needs_aftercare(session.mode, outcome) { Some(tx.aftercare_due(&session).await?) } else { None };
    tx.record_outcome(&who.actor, &session, outcome, note.as_ref(), follow_up).await?;
    tx.commit().await?;
    Ok(Redirect::to(&session_href(&family.id, &session.id)).into_response())
}

pub async fn invite_translator(
    State(state): State<AppState>,
    writer: Writer,
    Path((family_id, session_id)): Path<(String, String)>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let (family, session) = load_workable_session(&mut tx, &who, &family_id, &session_id).await?;
    let tr = who.tr;
    let name = field(&pairs, "translator_name").trim().to_owned();
    let email = EmailAddress::parse(field(&pairs, "translator_email"));
    let lang = Some(Lang::parse(field(&pairs, "translator_language")).unwrap_or(tr.lang));
    let error = if session.outcome.is_some() {
        Some(("", tr.t("translator-error-ended")))
    } else if name.is_empty() || name.chars().count() > 200 {
        Some(("translator_name", tr.t("translator-error-name")))
    } else if email.is_err() {
        Some(("translator_email", tr.t("translator-error-email")))
    } else {
        None
    };
    let (Ok(email), Some(lang), None) = (email, lang, error.clone()) else {
        let st = SessionPageState { form: pairs, translator_error: error, ..Default::default() };
        return refused(tx, &who, &family, session, st).await;
    };
    let token =
        tx.invite_translator(&who.actor, &session, &name, email.as_str(), lang.code(), session.ends_at()).await?;
    // The page, with the new translator, is read before committing; the
    // e-mail goes after, so the lock is not held while it is sent and the
    // link it carries already works.
    let updated = load_session(&mut tx, &who, &family, &session_id).await?;
    let mut page = session_view(&mut tx, &who, &family, updated, SessionPageState::default()).await?;
    tx.commit().await?;
    let link = format!("{}/translator/{token}", state.settings.public_url);
    let ttr = Tr::new(lang);
    let subject = ttr.t("translator-email-subject");
    let body = ttr.t_args(
        "translator-email-body",
        &[
            ("name", name.clone()),
            ("when", who.dates().when(session.starts_at)),
            ("detail", mode_label(&ttr, session.mode)),
            ("to", link.clone()),
        ],
    );
    let (notice, manual_link) = crate::mail::send_link(
        state.mailer.as_ref(),
        &tr,
        email.as_str(),
        &subject,
        crate::mail::plain_text(body),
        link,
    )
    .await;
    page.translator_notice = Some(notice);
    page.manual_link = manual_link;
    html(&page)
}

#[derive(askama::Template)]
#[template(path = "translator.html")]
struct TranslatorTemplate {
    page: Page,
    token: String,
    when: String,
    minutes: i64,
    mode: String,
    /// Shown only once the undertaking is accepted.
    place: Option<String>,
    error: Option<String>,
    /// A video session: the link also opens the call.
    video: bool,
}

#[allow(clippy::disallowed_methods)] // a translator's link, no session: its one transaction
pub async fn translator_page(State(state): State<AppState>, Path(token): Path<String>) -> AppResult<Response> {
    let mut tx = state.store.begin().await?;
    let Some((translator, session)) = tx.open_translator_invitation(&token).await? else {
        tx.commit().await?;
        return Err(AppError::NotFound);
    };
    let policy = tx.wellbeing_policy(&session.organisation_id).await?;
    tx.commit().await?;
    let tr = Tr::new(Lang::parse(&translator.language).unwrap_or(Lang::En));
    html(&translator_view(tr, &token, &policy.zone, &session, None, None))
}

fn translator_view(
    tr: Tr,
    token: &str,
    zone: &Zone,
    session: &SupportSession,
    place: Option<String>,
    error: Option<String>,
) -> TranslatorTemplate {
    let dates = crate::dates::Dates::new(tr.lang, zone);
    TranslatorTemplate {
        page: Page::public(tr, "translator-title"),
        token: token.to_owned(),
        when: dates.when(session.starts_at),
        minutes: i64::from(session.minutes),
        mode: mode_label(&tr, session.mode),
        place,
        error,
        video: session.mode == SessionMode::Video,
    }
}

#[allow(clippy::disallowed_methods)] // a translator's link, no session: its one transaction
pub async fn accept_undertaking(
    State(state): State<AppState>,
    Path(token): Path<String>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let mut tx = state.store.begin().await?;
    let Some((translator, session)) = tx.open_translator_invitation(&token).await? else {
        tx.commit().await?;
        return Err(AppError::NotFound);
    };
    let policy = tx.wellbeing_policy(&session.organisation_id).await?;
    let tr = Tr::new(Lang::parse(&translator.language).unwrap_or(Lang::En));
    if field(&pairs, "accept") != "yes" {
        tx.commit().await?;
        let view = translator_view(tr, &token, &policy.zone, &session, None, Some(tr.t("translator-error-accept")));
        return html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &view);
    }
    tx.accept_translator_undertaking(&translator, &session.organisation_id, &session.family_id).await?;
    tx.commit().await?;
    html(&translator_view(tr, &token, &policy.zone, &session, Some(session.place.clone()), None))
}

/// For lists elsewhere (family file, home, calendar).
pub(crate) fn session_href(family: &impl std::fmt::Display, session: &impl std::fmt::Display) -> String {
    format!("/families/{family}/sessions/{session}")
}
