//! Work that falls due with time rather than with a request: session
//! reminders, overdue aftercare, and e-mail copies of staff notifications.
//! `hearth serve` runs it every minute; tests run it after moving the clock.
//! Every item is claimed in the database before it is sent, so several
//! processes may run this side by side; one item that fails is logged and
//! skipped rather than stopping the rest.

// Not a request: each item is claimed and sent in transactions of its own.
#![allow(clippy::disallowed_methods)]

use std::collections::HashMap;

use hearth_core::ids::OrganisationId;
use hearth_core::wellbeing::WellbeingPolicy;
use hearth_store::notifications::{NotificationKind, PendingEmail};
use hearth_store::support_sessions::SupportSession;

use crate::AppState;
use crate::error::AppResult;
use crate::i18n::{Lang, Tr};
use crate::mail::Mailer;
use crate::support_sessions::mode_label;

/// What one run did, for logs and tests. Counts only: nothing personal.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct DueWork {
    pub reminders_sent: usize,
    pub overdue_reported: usize,
    pub notification_emails_sent: usize,
    pub outcomes_requested: usize,
    pub message_emails_sent: usize,
    /// Video calls given up after a drop outlasted the agreed wait.
    pub calls_ended_abruptly: usize,
    /// Unanswered community questions raised with ambassadors or the manager.
    pub questions_raised: usize,
    /// Posts the community manager planned, published in their groups.
    pub scheduled_posts_published: usize,
    /// Daily e-mails telling members their topics have new replies.
    pub community_digests_sent: usize,
    /// E-mails telling ambassadors a question waits for an answer.
    pub ambassador_emails_sent: usize,
    /// Regular check-ins that came round and were asked.
    pub check_ins_asked: usize,
    /// Admins told that a file reached the end of its retention.
    pub erasures_due_notified: usize,
}

/// How long a message stays unseen before its member is e-mailed: someone
/// with the conversation open sees it live and is not e-mailed at all.
const MESSAGE_EMAIL_AFTER_SECONDS: i64 = 120;

/// How long after a session's end its organiser is asked to record how it ended.
const OUTCOME_GRACE_SECONDS: i64 = 2 * 3600;

pub async fn run_due_work(state: &AppState) -> AppResult<DueWork> {
    let mut done = DueWork::default();

    // Overdue aftercare: the supervisor hears of it once.
    let mut tx = state.store.begin().await?;
    for follow_up in tx.overdue_follow_ups_to_report().await? {
        if tx.report_overdue_follow_up(&follow_up).await? {
            done.overdue_reported += 1;
        }
    }
    // A session that ended without an outcome cannot start its aftercare: ask once.
    let ended_before = tx.now().minus_seconds(OUTCOME_GRACE_SECONDS);
    for (session, organisation, family, organiser) in tx.sessions_missing_outcome(ended_before).await? {
        if tx.remind_outcome(&session, &organisation, &family, &organiser).await? {
            done.outcomes_requested += 1;
        }
    }
    tx.commit().await?;

    done.calls_ended_abruptly = end_dropped_calls(state).await?;
    done.questions_raised = raise_unanswered_questions(state).await?;
    let mut tx = state.store.begin().await?;
    done.scheduled_posts_published = tx.publish_due_posts().await?;
    done.check_ins_asked = tx.ask_due_check_ins().await?;
    tx.commit().await?;

    // Files past retention wait for an admin to confirm their erasure.
    let mut tx = state.store.begin().await?;
    for organisation in tx.organisations_with_closed_files().await? {
        let zone = tx.wellbeing_policy(&organisation).await?.zone;
        done.erasures_due_notified += tx.notify_erasures_due(&organisation, &zone).await?;
    }
    tx.commit().await?;

    if let Some(mailer) = &state.mailer {
        done.reminders_sent = send_reminders(state, mailer).await?;
        done.notification_emails_sent = send_notification_emails(state, mailer).await?;
        done.message_emails_sent = send_message_emails(state, mailer).await?;
        done.community_digests_sent = send_community_digests(state, mailer).await?;
        done.ambassador_emails_sent = email_ambassadors(state, mailer).await?;
    }
    Ok(done)
}

/// Questions in peer-support groups that nobody answered in time: the
/// group's ambassadors are told at the organisation's first limit, its
/// community managers at the second.
async fn raise_unanswered_questions(state: &AppState) -> AppResult<usize> {
    use hearth_store::notifications::NotificationKind;
    let mut tx = state.store.begin().await?;
    let raised = tx.raise_unanswered_questions().await?;
    for (organisation, level) in &raised {
        if *level == hearth_core::community::QuestionRaised::Manager {
            for manager in tx.community_managers(organisation).await? {
                tx.notify(organisation, &manager, NotificationKind::CommunityQuestionWaiting, None, None).await?;
            }
        }
    }
    tx.commit().await?;
    Ok(raised.len())
}

/// Call pages that went silent (their process may have been killed) have
/// dropped; a call whose drop outlasted the agreed wait ends abruptly, which
/// starts its aftercare. An open host page does the same for its own call
/// every few seconds; this catches calls nobody has open any more.
async fn end_dropped_calls(state: &AppState) -> AppResult<usize> {
    let mut tx = state.store.begin().await?;
    tx.drop_silent_call_connections().await?;
    let due = tx.calls_to_give_up().await?;
    tx.commit().await?;
    let mut ended = 0;
    for id in due {
        let mut tx = state.store.begin().await?;
        if let Some(session) = tx.session_for_due_work(&id).await?
            && tx.end_call_abruptly(&session).await?
        {
            ended += 1;
        }
        tx.commit().await?;
    }
    Ok(ended)
}

/// Reminders say when and how, never why. Each reminder time goes once per
/// recipient; a session booked late gets the latest time already reached.
async fn send_reminders(state: &AppState, mailer: &Mailer) -> AppResult<usize> {
    let mut policies: HashMap<OrganisationId, WellbeingPolicy> = HashMap::new();
    let mut tx = state.store.begin().await?;
    let now = tx.now();
    let horizon = now.plus_seconds(i64::from(hearth_core::wellbeing::MAX_AFTERCARE_HOURS) * 3600);
    let sessions = tx.sessions_starting_before(horizon).await?;
    tx.commit().await?;
    let mut sent = 0;
    for session in sessions {
        if !policies.contains_key(&session.organisation_id) {
            let mut tx = state.store.begin().await?;
            let policy = tx.wellbeing_policy(&session.organisation_id).await;
            tx.commit().await?;
            match policy {
                Ok(p) => {
                    policies.insert(session.organisation_id.clone(), p);
                }
                Err(e) => {
                    tracing::error!(error = %e, "an organisation's wellbeing policy cannot be read; its reminders wait");
                    continue;
                }
            }
        }
        let Some(policy) = policies.get(&session.organisation_id) else { continue };
        let due = policy
            .reminder_hours
            .iter()
            .copied()
            .filter(|h| session.starts_at.minus_seconds(i64::from(*h) * 3600) <= now)
            .min();
        if let Some(hours) = due {
            match remind(state, mailer, policy, &session, hours).await {
                Ok(n) => sent += n,
                Err(e) => tracing::warn!(error = %e, "reminders for a session failed; retrying next run"),
            }
        }
    }
    Ok(sent)
}

async fn remind(
    state: &AppState,
    mailer: &Mailer,
    policy: &WellbeingPolicy,
    session: &SupportSession,
    hours: u32,
) -> AppResult<usize> {
    let mut tx = state.store.begin().await?;
    let recipients = tx.reminder_recipients(session).await?;
    tx.commit().await?;
    let mut sent = 0;
    for r in recipients {
        let mut tx = state.store.begin().await?;
        let claimed = tx.claim_reminder(&session.id, &r.key, hours).await?;
        tx.commit().await?;
        if !claimed {
            continue;
        }
        let tr = Tr::new(r.language.as_deref().and_then(Lang::parse).unwrap_or(Lang::En));
        let body = tr.t_args(
            if r.is_translator { "reminder-email-body-translator" } else { "reminder-email-body" },
            &[
                // Read outside Hearth, where the reader's zone is unknown: the place is named.
                ("when", {
                    let dates = crate::dates::Dates::new(tr.lang, &policy.zone);
                    format!("{} ({})", dates.when_long(session.starts_at), dates.place())
                }),
                ("detail", mode_label(&tr, session.mode)),
                ("to", session.place.clone()),
            ],
        );
        if mailer.send(&r.email, &tr.t("reminder-email-subject"), crate::mail::plain_text(body)).await.is_ok() {
            sent += 1;
        } else {
            // The error may quote the address, so it is not logged. Released, so the next run retries.
            tracing::warn!("a session reminder was not sent; retrying next run");
            let mut tx = state.store.begin().await?;
            tx.release_reminder(&session.id, &r.key, hours).await?;
            tx.commit().await?;
        }
    }
    Ok(sent)
}

/// E-mail copies of notifications go only within the recipient's working
/// hours, unless they are on call; the e-mail names nobody.
/// Tells family members by e-mail that a message waits, in their language:
/// never what it says or who wrote it, and under a discreet portal's neutral
/// name rather than the organisation's. At most one per conversation an hour.
async fn send_message_emails(state: &AppState, mailer: &Mailer) -> AppResult<usize> {
    let mut tx = state.store.begin().await?;
    let quiet_since = tx.now().minus_seconds(MESSAGE_EMAIL_AFTER_SECONDS);
    let due = tx.members_to_email_about_messages(quiet_since).await?;
    tx.commit().await?;
    let mut sent = 0;
    for member in due {
        let mut tx = state.store.begin().await?;
        let claimed = tx.claim_message_email(&member).await?;
        let portal = tx.portal_settings(&member.organisation_id).await?;
        let organisation = tx.organisation_name(&member.organisation_id).await?;
        tx.commit().await?;
        if !claimed {
            continue;
        }
        let tr = Tr::new(member.language.as_deref().and_then(Lang::parse).unwrap_or(Lang::En));
        let site = portal.discreet_name.or(organisation).unwrap_or_else(|| "Hearth".to_owned());
        let body = tr.t_args(
            "message-email-body",
            &[("site", site), ("to", format!("{}/portal/conversations", state.settings.public_url))],
        );
        if mailer.send(&member.email, &tr.t("message-email-subject"), crate::mail::plain_text(body)).await.is_ok() {
            sent += 1;
        } else {
            tracing::warn!("a message e-mail was not sent; retrying next run");
            let mut tx = state.store.begin().await?;
            tx.release_message_email(&member).await?;
            tx.commit().await?;
        }
    }
    Ok(sent)
}

/// At most one a day: how many replies others wrote in one's topics, and
/// where to read them. Never what was written, nor in which group.
async fn send_community_digests(state: &AppState, mailer: &Mailer) -> AppResult<usize> {
    let mut tx = state.store.begin().await?;
    let due = tx.community_digests_due(tx.now().minus_seconds(86_400)).await?;
    tx.commit().await?;
    let mut sent = 0;
    for digest in due {
        let mut tx = state.store.begin().await?;
        let claimed = tx.claim_community_digest(&digest).await?;
        let portal = tx.portal_settings(&digest.organisation_id).await?;
        let organisation = tx.organisation_name(&digest.organisation_id).await?;
        tx.commit().await?;
        if !claimed {
            continue;
        }
        let tr = Tr::new(digest.language.as_deref().and_then(Lang::parse).unwrap_or(Lang::En));
        let site = portal.discreet_name.or(organisation).unwrap_or_else(|| "Hearth".to_owned());
        let body = tr.t_args(
            "community-digest-email-body",
            &[
                ("count", digest.replies.to_string()),
                ("site", site),
                ("to", format!("{}/community", state.settings.public_url)),
            ],
        );
        let subject = tr.t("community-digest-email-subject");
        if mailer.send(&digest.email, &subject, crate::mail::plain_text(body)).await.is_ok() {
            sent += 1;
        } else {
            tracing::warn!("a community digest was not sent; retrying next run");
            let mut tx = state.store.begin().await?;
            tx.release_community_digest(&digest).await?;
            tx.commit().await?;
        }
    }
    Ok(sent)
}

/// Ambassadors are not staff and have no notifications page: a question
/// raised with them is also e-mailed, saying only that one waits.
async fn email_ambassadors(state: &AppState, mailer: &Mailer) -> AppResult<usize> {
    let mut tx = state.store.begin().await?;
    let due = tx.question_notices_to_email().await?;
    tx.commit().await?;
    let mut sent = 0;
    for notice in due {
        let mut tx = state.store.begin().await?;
        let claimed = tx.claim_notice_email(&notice).await?;
        let portal = tx.portal_settings(&notice.organisation_id).await?;
        let organisation = tx.organisation_name(&notice.organisation_id).await?;
        tx.commit().await?;
        if !claimed {
            continue;
        }
        let tr = Tr::new(notice.language.as_deref().and_then(Lang::parse).unwrap_or(Lang::En));
        let site = portal.discreet_name.or(organisation).unwrap_or_else(|| "Hearth".to_owned());
        let body = tr.t_args(
            "community-question-email-body",
            &[("site", site), ("to", format!("{}/community/queue", state.settings.public_url))],
        );
        let subject = tr.t("community-question-email-subject");
        if mailer.send(&notice.email, &subject, crate::mail::plain_text(body)).await.is_ok() {
            sent += 1;
        } else {
            tracing::warn!("an ambassador e-mail was not sent; retrying next run");
            let mut tx = state.store.begin().await?;
            tx.release_notice_email(&notice).await?;
            tx.commit().await?;
        }
    }
    Ok(sent)
}

/// Sends waiting notification e-mails now rather than at the next minute's
/// run, for what cannot wait (an urgent message to whoever is on call).
pub(crate) fn email_notifications_soon(state: &AppState) {
    let state = state.clone();
    tokio::spawn(async move {
        if let Some(mailer) = &state.mailer
            && let Err(e) = send_notification_emails(&state, mailer).await
        {
            tracing::warn!(error = %e, "notification e-mails failed; the next run retries");
        }
    });
}

async fn send_notification_emails(state: &AppState, mailer: &Mailer) -> AppResult<usize> {
    let mut tx = state.store.begin().await?;
    let pending = tx.pending_notification_emails().await?;
    tx.commit().await?;
    let mut sent = 0;
    for p in pending {
        match email_notification(state, mailer, &p).await {
            Ok(true) => sent += 1,
            Ok(false) => {}
            Err(e) => tracing::warn!(error = %e, "a notification e-mail failed; retrying next run"),
        }
    }
    Ok(sent)
}

async fn email_notification(state: &AppState, mailer: &Mailer, p: &PendingEmail) -> AppResult<bool> {
    let mut tx = state.store.begin().await?;
    let now = tx.now();
    let (policy, rails) = tx.guardrails_for(&p.organisation_id, &p.user_id).await?;
    let local = policy.zone.local(now);
    let on_call = tx.on_call_at(&p.organisation_id, now).await?.iter().any(|s| s.user_id == p.user_id);
    let deliverable = on_call || rails.working_at(local.date, local.minute);
    let claimed = deliverable && tx.claim_notification_email(&p.id).await?;
    tx.commit().await?;
    if !claimed {
        return Ok(false);
    }
    let tr = Tr::new(p.language.as_deref().and_then(Lang::parse).unwrap_or(Lang::En));
    let what = tr.t(match p.kind {
        NotificationKind::BreakGlass => "notification-email-break-glass",
        NotificationKind::AssessmentSubmitted => "notification-email-assessment-submitted",
        NotificationKind::AssessmentReturned => "notification-email-assessment-returned",
        NotificationKind::FollowUpDue => "notification-email-follow-up-due",
        NotificationKind::FollowUpOverdue => "notification-email-follow-up-overdue",
        NotificationKind::GuardrailOverridden => "notification-email-guardrail-overridden",
        NotificationKind::OutcomeMissing => "notification-email-outcome-missing",
        NotificationKind::MessageReceived => "notification-email-message-received",
        NotificationKind::UrgentMessage => "notification-email-urgent-message",
        NotificationKind::CommunityHelpRequested => "notification-email-community-help",
        NotificationKind::CommunityQuestionWaiting => "notification-email-community-question",
        NotificationKind::DisclosureSubmitted => "notification-email-disclosure-submitted",
        NotificationKind::DisclosureReturned => "notification-email-disclosure-returned",
        NotificationKind::DisclosureApproved => "notification-email-disclosure-approved",
        NotificationKind::CheckInConcern => "notification-email-check-in-concern",
        NotificationKind::ErasureDue => "notification-email-erasure-due",
        NotificationKind::DataRequestMade => "notification-email-data-request-made",
    });
    let body = tr.t_args(
        "notification-email-body",
        &[("detail", what), ("to", format!("{}/notifications", state.settings.public_url))],
    );
    if mailer.send(&p.email, &tr.t("notification-email-subject"), crate::mail::plain_text(body)).await.is_ok() {
        return Ok(true);
    }
    tracing::warn!("a notification e-mail was not sent; retrying next run");
    let mut tx = state.store.begin().await?;
    tx.release_notification_email(&p.id).await?;
    tx.commit().await?;
    Ok(false)
}
