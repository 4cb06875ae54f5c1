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
    href: Option<String>,
    read: bool,
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
    let items = list
        .into_iter()
        .map(|n| Item {
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
            when: who.zone.format(n.created_at),
            href: match n.kind {
                NotificationKind::CommunityQuestionWaiting => Some(crate::community::QUEUE.to_owned()),
                _ => n.family_id.map(|f| match n.kind {
                    NotificationKind::BreakGlass => format!("/families/{f}/access-log"),
                    NotificationKind::AssessmentSubmitted | NotificationKind::AssessmentReturned => {
                        format!("/families/{f}/assessments")
                    }
                    NotificationKind::FollowUpDue | NotificationKind::FollowUpOverdue => {
                        format!("/families/{f}#follow-ups")
                    }
                    NotificationKind::GuardrailOverridden => "/team".to_owned(),
                    NotificationKind::OutcomeMissing => format!("/families/{f}#h-sessions"),
                    NotificationKind::MessageReceived | NotificationKind::UrgentMessage => {
                        format!("/families/{f}#conversations")
                    }
                    NotificationKind::CommunityHelpRequested => format!("/families/{f}"),
                    NotificationKind::DisclosureSubmitted
                    | NotificationKind::DisclosureReturned
                    | NotificationKind::DisclosureApproved => format!("/families/{f}/sharing"),
                    NotificationKind::CheckInConcern => format!("/families/{f}/check-ins"),
                    NotificationKind::ErasureDue => format!("/data-protection/retention#file-{f}"),
                    NotificationKind::DataRequestMade => format!("/families/{f}/data-requests"),
                    NotificationKind::CommunityQuestionWaiting => crate::community::QUEUE.to_owned(),
                }),
            },
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
