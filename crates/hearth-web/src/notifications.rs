//! The in-app notification centre for staff.

use axum::extract::State;
use axum::response::{IntoResponse, Redirect, Response};
use hearth_core::access::{Action, Target};
use hearth_store::notifications::NotificationKind;

use crate::AppState;
use crate::accounts::html;
use crate::context::{Page, Reading, Writer, Writing};
use crate::error::AppResult;

struct Item {
    text: String,
    when: String,
    /// Where it leads and what that is called.
    link: Option<(String, String)>,
    read: bool,
}

/// Where a notification leads, and the label of that link, which says what
/// the reader will find there.
fn link_of(
    n: &hearth_store::notifications::Notification,
    zone: &hearth_core::zone::Zone,
) -> Option<(String, &'static str)> {
    use NotificationKind as K;
    if n.kind == K::CommunityQuestionWaiting {
        return Some((crate::community::QUEUE.to_owned(), "notifications-open-queue"));
    }
    let f = n.family_id.as_ref()?;
    let session = n.session.as_ref();
    Some(match n.kind {
        K::BreakGlass => (format!("/families/{f}/access-log"), "notifications-open-access-log"),
        K::AssessmentSubmitted => (format!("/families/{f}/assessments"), "notifications-open-assessment-review"),
        K::AssessmentReturned => (format!("/families/{f}/assessments"), "notifications-open-assessment-returned"),
        K::FollowUpDue | K::FollowUpOverdue => (format!("/families/{f}#follow-ups"), "notifications-open-follow-ups"),
        K::GuardrailOverridden => match session {
            Some((id, at)) => {
                (format!("/team?week={}#override-{id}", zone.local(*at).date.monday()), "notifications-open-override")
            }
            None => ("/team".to_owned(), "notifications-open-override"),
        },
        K::OutcomeMissing => match session {
            Some((id, _)) => (format!("/families/{f}/sessions/{id}#outcome"), "notifications-open-outcome"),
            None => (format!("/families/{f}#h-sessions"), "notifications-open-outcome"),
        },
        K::MessageReceived | K::UrgentMessage => {
            (format!("/families/{f}#conversations"), "notifications-open-conversation")
        }
        K::CommunityHelpRequested => (format!("/families/{f}"), "notifications-open-family"),
        K::DisclosureSubmitted | K::DisclosureReturned | K::DisclosureApproved => {
            (format!("/families/{f}/sharing"), "notifications-open-disclosure")
        }
        K::CheckInConcern => (format!("/families/{f}/check-ins"), "notifications-open-check-ins"),
        K::ErasureDue => (format!("/data-protection/retention#file-{f}"), "notifications-open-retention"),
        K::DataRequestMade => (format!("/families/{f}/data-requests"), "notifications-open-data-request"),
        K::CommunityQuestionWaiting => (crate::community::QUEUE.to_owned(), "notifications-open-queue"),
    })
}

#[derive(askama::Template)]
#[template(path = "notifications.html")]
struct NotificationsTemplate {
    page: Page,
    items: Vec<Item>,
    email: bool,
}

pub async fn notifications_page(Reading { who, mut tx }: Reading) -> AppResult<Response> {
    who.require(Action::UseNotifications, Target::Account(&who.user.account_facts()))?;
    let list = tx.notifications_of(&who.actor).await?;
    let email = tx.email_notifications(&who.user.id).await?;
    tx.commit().await?;
    let tr = who.tr;
    let dates = who.dates();
    let items = list
        .into_iter()
        .map(|n| Item {
            link: link_of(&n, &who.zone).map(|(href, label)| (href, tr.t(label))),
            text: tr.t_args(
                match n.kind {
                    NotificationKind::BreakGlass => "notification-break-glass",
                    NotificationKind::AssessmentSubmitted => "notification-assessment-submitted",
                    NotificationKind::AssessmentReturned => "notification-assessment-returned",
                    NotificationKind::FollowUpDue => "notification-follow-up-due",
                    NotificationKind::FollowUpOverdue => "notification-follow-up-overdue",
                    NotificationKind::GuardrailOverridden => "notification-guardrail-overridden",
                    NotificationKind::OutcomeMissing => "notification-outcome-missing",
                    NotificationKind::MessageReceived => "notification-message-received",
                    NotificationKind::UrgentMessage => "notification-urgent-message",
                    NotificationKind::CommunityQuestionWaiting => "notification-community-question-waiting",
                    NotificationKind::CommunityHelpRequested => "notification-community-help-requested",
                    NotificationKind::DisclosureSubmitted => "notification-disclosure-submitted",
                    NotificationKind::DisclosureReturned => "notification-disclosure-returned",
                    NotificationKind::DisclosureApproved => "notification-disclosure-approved",
                    NotificationKind::CheckInConcern => "notification-check-in-concern",
                    NotificationKind::ErasureDue => "notification-erasure-due",
                    NotificationKind::DataRequestMade => "notification-data-request-made",
                },
                &[
                    ("name", n.actor_name.unwrap_or_else(|| "—".into())),
                    ("family", n.family_name.unwrap_or_else(|| "—".into())),
                ],
            ),
            when: dates.when(n.created_at),
            read: n.read,
        })
        .collect();
    html(&NotificationsTemplate { page: Page::signed_in(&who, "notifications-title", "/notifications"), items, email })
}

pub async fn mark_read(State(state): State<AppState>, writer: Writer) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    who.require(Action::UseNotifications, Target::Account(&who.user.account_facts()))?;
    tx.mark_notifications_read(&who.user.id).await?;
    tx.commit().await?;
    Ok(Redirect::to("/notifications").into_response())
}

/// E-mail copies of notifications: on or off. The e-mail says only that
/// something is waiting, never who or which family.
pub async fn set_email(
    State(state): State<AppState>,
    writer: Writer,
    crate::forms::Form(pairs): crate::forms::Form<crate::forms::Pairs>,
) -> AppResult<Response> {
    let on = crate::forms::field(&pairs, "email") == "yes";
    let Writing { who, mut tx } = writer.begin(&state).await?;
    who.require(Action::UseNotifications, Target::Account(&who.user.account_facts()))?;
    tx.set_email_notifications(&who.actor, on).await?;
    tx.commit().await?;
    Ok(Redirect::to("/notifications").into_response())
}
