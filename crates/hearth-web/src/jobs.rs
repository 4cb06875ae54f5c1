//! Work that falls due with time rather than with a request: session
//! reminders, overdue aftercare, and e-mail copies of staff notifications.
//! `hearth serve` runs it every minute; tests run it after moving the clock.

use std::collections::HashMap;

use hearth_core::ids::OrganisationId;
use hearth_core::wellbeing::WellbeingPolicy;
use hearth_store::notifications::NotificationKind;

use crate::AppState;
use crate::error::AppResult;
use crate::i18n::{Lang, Tr};
use crate::support_sessions::mode_label;

/// What one run did, for logs and tests. Counts only: nothing personal.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct DueWork {
    pub reminders_sent: usize,
    pub overdue_reported: usize,
    pub notification_emails_sent: usize,
}

pub async fn run_due_work(state: &AppState) -> AppResult<DueWork> {
    let mut done = DueWork::default();
    let mut policies: HashMap<OrganisationId, WellbeingPolicy> = HashMap::new();

    // Overdue aftercare: the supervisor hears of it once.
    let mut tx = state.store.begin().await?;
    for follow_up in tx.overdue_follow_ups_to_report().await? {
        tx.report_overdue_follow_up(&follow_up).await?;
        done.overdue_reported += 1;
    }
    tx.commit().await?;

    // Reminders: when and how, never why.
    let mut tx = state.store.begin().await?;
    let now = tx.now();
    let horizon = now.plus_seconds(i64::from(hearth_core::wellbeing::MAX_AFTERCARE_HOURS) * 3600);
    let sessions = tx.sessions_starting_before(horizon).await?;
    tx.commit().await?;
    for session in sessions {
        let policy = match policies.get(&session.organisation_id) {
            Some(p) => p.clone(),
            None => {
                let mut tx = state.store.begin().await?;
                let p = tx.wellbeing_policy(&session.organisation_id).await?;
                tx.commit().await?;
                policies.insert(session.organisation_id.clone(), p.clone());
                p
            }
        };
        // The latest reminder time already reached, if any.
        let Some(hours) = policy
            .reminder_hours
            .iter()
            .copied()
            .filter(|h| session.starts_at.minus_seconds(i64::from(*h) * 3600) <= now)
            .min()
        else {
            continue;
        };
        let mut tx = state.store.begin().await?;
        let recipients = tx.reminder_recipients(&session).await?;
        tx.commit().await?;
        for r in recipients {
            let Some(mailer) = &state.mailer else { break };
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
                    ("when", format!("{} ({})", policy.zone.format(session.starts_at), policy.zone.name())),
                    ("detail", mode_label(&tr, session.mode)),
                    ("to", session.place.clone()),
                ],
            );
            match mailer.send(&r.email, &tr.t("reminder-email-subject"), plain_text(body)).await {
                Ok(()) => done.reminders_sent += 1,
                Err(e) => {
                    // Released, so the next run tries again.
                    tracing::warn!(error = %e, "session reminder not sent; will retry");
                    let mut tx = state.store.begin().await?;
                    tx.release_reminder(&session.id, &r.key, hours).await?;
                    tx.commit().await?;
                }
            }
        }
    }

    // E-mail copies of notifications, only within the recipient's working
    // hours unless they are on call.
    if let Some(mailer) = &state.mailer {
        let mut tx = state.store.begin().await?;
        let pending = tx.pending_notification_emails().await?;
        let mut deliverable = Vec::new();
        for p in pending {
            let (policy, rails) = tx.guardrails_for(&p.organisation_id, &p.user_id).await?;
            let local = policy.zone.local(now);
            let on_call = tx.on_call_at(&p.organisation_id, now).await?.iter().any(|s| s.user_id == p.user_id);
            if on_call || rails.working_at(local.date, local.minute) {
                deliverable.push(p);
            }
        }
        tx.commit().await?;
        for p in deliverable {
            let tr = Tr::new(p.language.as_deref().and_then(Lang::parse).unwrap_or(Lang::En));
            let what = tr.t(match p.kind {
                NotificationKind::BreakGlass => "notification-email-break-glass",
                NotificationKind::AssessmentSubmitted => "notification-email-assessment-submitted",
                NotificationKind::AssessmentReturned => "notification-email-assessment-returned",
                NotificationKind::FollowUpDue => "notification-email-follow-up-due",
                NotificationKind::FollowUpOverdue => "notification-email-follow-up-overdue",
                NotificationKind::GuardrailOverridden => "notification-email-guardrail-overridden",
            });
            let body = tr.t_args(
                "notification-email-body",
                &[("detail", what), ("to", format!("{}/notifications", state.settings.public_url))],
            );
            match mailer.send(&p.email, &tr.t("notification-email-subject"), plain_text(body)).await {
                Ok(()) => {
                    let mut tx = state.store.begin().await?;
                    tx.mark_notification_emailed(&p.id).await?;
                    tx.commit().await?;
                    done.notification_emails_sent += 1;
                }
                Err(e) => tracing::warn!(error = %e, "notification e-mail not sent; will retry"),
            }
        }
    }
    Ok(done)
}

/// E-mail is plain text: without Fluent's bidi isolation marks, so links stay links.
pub(crate) fn plain_text(text: String) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}
