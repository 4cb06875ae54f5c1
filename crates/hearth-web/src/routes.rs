//! The route table: every route Hearth serves, in one list. The router is
//! built from it, and the access-matrix test walks it, so a new route cannot
//! be added without the test asking who may use it.

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::extract::{MatchedPath, Request};
use axum::http::Method;
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::{MethodRouter, get, post};
use tower_http::compression::CompressionLayer;
use tower_http::csrf::CsrfLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::trace::TraceLayer;

use crate::error::AppError;
use crate::{
    AppState, accounts, aftercare, agreements, assessment, assets, calendar, calls, checkins, community, conduct,
    conference, data_protection, documents, families, glossary, guides, home, legal, messaging, modality,
    notifications, ops, outcomes, partners, portal, security, sharing, support_sessions, timeline, wellbeing,
};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RouteSpec {
    pub method: Method,
    pub path: &'static str,
}

fn routes() -> Vec<(Method, &'static str, MethodRouter<AppState>)> {
    use accounts::{admin, invitations, login, settings};
    vec![
        (Method::GET, "/healthz", get(ops::healthz)),
        (Method::GET, "/metrics", get(ops::metrics)),
        (Method::GET, "/static/{name}", get(assets::static_file)),
        (Method::GET, "/login", get(login::login_page)),
        (Method::POST, "/login", post(login::login)),
        (Method::GET, "/login/second-factor", get(login::second_factor_page)),
        (Method::POST, "/login/second-factor", post(login::second_factor)),
        (Method::POST, "/logout", post(login::logout)),
        (Method::POST, "/language", post(settings::change_language)),
        (Method::GET, "/invitations/{token}", get(invitations::invitation_page)),
        (Method::POST, "/invitations/{token}", post(invitations::accept_invitation)),
        (Method::GET, "/", get(home::home)),
        (Method::GET, "/account", get(settings::account_page)),
        (Method::POST, "/account/password", post(settings::change_password)),
        (Method::POST, "/account/message-emails", post(settings::set_message_emails)),
        (Method::GET, "/account/second-factor", get(settings::enrol_page)),
        (Method::POST, "/account/second-factor", post(settings::enrol)),
        (Method::GET, "/account/sessions", get(settings::sessions_page)),
        (Method::POST, "/account/sessions/{session_id}/revoke", post(settings::revoke_session)),
        (Method::POST, "/account/sessions/revoke-others", post(settings::revoke_other_sessions)),
        (Method::GET, "/notifications", get(notifications::notifications_page)),
        (Method::POST, "/notifications/read", post(notifications::mark_read)),
        (Method::GET, "/admin/users", get(admin::users_page)),
        (Method::GET, "/admin/users/{user_id}/disable", get(admin::disable_page)),
        (Method::POST, "/admin/users/{user_id}/disable", post(admin::disable)),
        (Method::GET, "/admin/invitations", get(admin::invitations_page)),
        (Method::GET, "/admin/invitations/new", get(admin::invite_page)),
        (Method::POST, "/admin/invitations", post(admin::invite)),
        (Method::POST, "/admin/invitations/{invitation_id}/revoke", post(admin::revoke_invitation)),
        (Method::GET, "/families", get(families::caseload)),
        (Method::GET, "/families/new", get(families::new_family_page)),
        (Method::POST, "/families", post(families::create_family)),
        (Method::GET, "/families/{family_id}", get(families::family_page)),
        (Method::POST, "/families/{family_id}/break-glass", post(families::break_glass)),
        (Method::POST, "/families/{family_id}/assignments", post(families::assign)),
        (Method::POST, "/families/{family_id}/assignments/{user_id}/remove", post(families::unassign)),
        (Method::GET, "/families/{family_id}/access-log", get(families::access_log)),
        (Method::POST, "/families/{family_id}/status", post(families::change_status)),
        (Method::POST, "/families/{family_id}/review", post(families::plan_review)),
        (Method::POST, "/families/{family_id}/relationships", post(families::add_relationship)),
        (Method::GET, "/families/{family_id}/members/new", get(families::members::new_member_page)),
        (Method::POST, "/families/{family_id}/members", post(families::members::add_member)),
        (Method::GET, "/families/{family_id}/members/{member_id}", get(families::members::member_page)),
        (Method::POST, "/families/{family_id}/members/{member_id}", post(families::members::update_member)),
        (
            Method::POST,
            "/families/{family_id}/members/{member_id}/verification",
            post(families::members::set_verification),
        ),
        (Method::POST, "/families/{family_id}/members/{member_id}/invite", post(families::members::invite_member)),
        (
            Method::POST,
            "/families/{family_id}/members/{member_id}/community-invitation",
            post(community::invite_member),
        ),
        (Method::GET, "/families/{family_id}/check-ins", get(checkins::check_ins_page)),
        (Method::POST, "/families/{family_id}/check-ins/schedules", post(checkins::schedule)),
        (
            Method::POST,
            "/families/{family_id}/check-ins/schedules/{checkin_schedule_id}/end",
            post(checkins::end_schedule),
        ),
        (Method::GET, "/families/{family_id}/check-ins/enter", get(checkins::enter_page)),
        (Method::POST, "/families/{family_id}/check-ins/answers", post(checkins::enter_answers)),
        (Method::GET, "/portal/check-ins", get(checkins::portal_check_ins)),
        (Method::GET, "/portal/check-ins/{checkin_request_id}", get(checkins::portal_check_in_page)),
        (Method::POST, "/portal/check-ins/{checkin_request_id}", post(checkins::portal_answer)),
        (Method::GET, "/workload/check-in", get(checkins::own_check_in_page)),
        (Method::POST, "/workload/check-in", post(checkins::own_check_in)),
        (Method::GET, "/outcomes", get(outcomes::outcomes_page)),
        (Method::GET, "/outcomes.csv", get(outcomes::outcomes_csv)),
        (Method::GET, "/outcomes/anonymised.csv", get(outcomes::anonymised_csv)),
        (Method::GET, "/admin/instruments", get(checkins::instruments_page)),
        (Method::POST, "/admin/instruments", post(checkins::load_instrument)),
        (Method::GET, "/families/{family_id}/sharing", get(sharing::sharing_page)),
        (Method::GET, "/families/{family_id}/received/new", get(sharing::new_received_page)),
        (Method::POST, "/families/{family_id}/received", post(sharing::record_received)),
        (Method::GET, "/families/{family_id}/disclosures/new", get(sharing::new_disclosure_page)),
        (Method::POST, "/families/{family_id}/disclosures", post(sharing::create_disclosure)),
        (Method::GET, "/families/{family_id}/disclosures/{disclosure_id}", get(sharing::disclosure_page)),
        (Method::GET, "/families/{family_id}/disclosures/{disclosure_id}/edit", get(sharing::edit_disclosure_page)),
        (Method::POST, "/families/{family_id}/disclosures/{disclosure_id}/edit", post(sharing::amend_disclosure)),
        (Method::POST, "/families/{family_id}/disclosures/{disclosure_id}/review", post(sharing::review_disclosure)),
        (Method::POST, "/families/{family_id}/disclosures/{disclosure_id}/sent", post(sharing::mark_sent)),
        (
            Method::GET,
            "/families/{family_id}/disclosures/{disclosure_id}/correct",
            get(sharing::correct_disclosure_page),
        ),
        (Method::GET, "/families/{family_id}/disclosures/{disclosure_id}/record.pdf", get(sharing::disclosure_record)),
        (Method::GET, "/sharing/register", get(sharing::register_page)),
        (Method::GET, "/sharing/register.csv", get(sharing::register_csv)),
        (Method::GET, "/data-protection", get(data_protection::hub_page)),
        (Method::POST, "/data-protection/policy", post(data_protection::save_policy)),
        (Method::GET, "/data-protection/retention", get(data_protection::retention_page)),
        (Method::POST, "/data-protection/portal-access/erase", post(data_protection::erase_portal_records)),
        (Method::POST, "/data-protection/families/{family_id}/hold", post(data_protection::set_hold)),
        (Method::POST, "/data-protection/families/{family_id}/hold/lift", post(data_protection::lift_hold)),
        (Method::GET, "/data-protection/families/{family_id}/erase", get(data_protection::erase_page)),
        (Method::POST, "/data-protection/families/{family_id}/erase", post(data_protection::erase)),
        (Method::GET, "/data-protection/subject-access", get(data_protection::subject_access::list_page)),
        (Method::POST, "/data-protection/subject-access", post(data_protection::subject_access::open_request)),
        (
            Method::GET,
            "/data-protection/subject-access/{request_id}",
            get(data_protection::subject_access::request_page),
        ),
        (
            Method::POST,
            "/data-protection/subject-access/{request_id}/release",
            post(data_protection::subject_access::release_item),
        ),
        (
            Method::GET,
            "/data-protection/subject-access/{request_id}/export.zip",
            get(data_protection::subject_access::export),
        ),
        (Method::GET, "/data-protection/register", get(data_protection::register::register_page)),
        (Method::GET, "/data-protection/register.csv", get(data_protection::register::register_csv)),
        (Method::GET, "/portal/my-data", get(data_protection::requests::portal_page)),
        (Method::POST, "/portal/my-data", post(data_protection::requests::ask)),
        (Method::GET, "/families/{family_id}/data-requests", get(data_protection::requests::family_page)),
        (Method::POST, "/families/{family_id}/data-requests/{request_id}", post(data_protection::requests::answer)),
        (Method::GET, "/glossary", get(glossary::glossary_page)),
        (Method::POST, "/glossary", post(glossary::create)),
        (Method::GET, "/glossary/new", get(glossary::new_page)),
        (Method::GET, "/glossary/exchange", get(glossary::exchange_page)),
        (Method::GET, "/glossary/export.json", get(glossary::export)),
        (Method::POST, "/glossary/signers", post(glossary::trust_signer)),
        (Method::POST, "/glossary/import", post(glossary::import_preview)),
        (Method::POST, "/glossary/import/apply", post(glossary::import_apply)),
        (Method::POST, "/glossary/starter", post(glossary::take_starter)),
        (Method::GET, "/glossary/{entry_id}", get(glossary::entry_page)),
        (Method::POST, "/glossary/{entry_id}", post(glossary::change)),
        (Method::GET, "/glossary/{entry_id}/edit", get(glossary::edit_page)),
        (Method::POST, "/glossary/{entry_id}/publish", post(glossary::publish)),
        (Method::POST, "/glossary/{entry_id}/review", post(glossary::review)),
        (Method::GET, "/glossary/{entry_id}/image", get(glossary::image)),
        (
            Method::POST,
            "/glossary/{entry_id}/image",
            post(glossary::upload_image).layer(DefaultBodyLimit::max(DOCUMENT_BODY_LIMIT_BYTES)),
        ),
        (Method::GET, "/admin/glossary-editors", get(glossary::editors_page)),
        (Method::POST, "/admin/glossary-editors", post(glossary::set_editor)),
        (Method::GET, "/legal", get(legal::legal_page)),
        (Method::POST, "/legal", post(legal::create)),
        (Method::GET, "/legal/new", get(legal::new_page)),
        (Method::GET, "/legal/{legal_note_id}", get(legal::note_page)),
        (Method::POST, "/legal/{legal_note_id}", post(legal::change)),
        (Method::GET, "/legal/{legal_note_id}/edit", get(legal::edit_page)),
        (Method::GET, "/conduct", get(conduct::conduct_page)),
        (Method::POST, "/conduct/acknowledge", post(conduct::acknowledge)),
        (Method::POST, "/conduct/skills", post(conduct::save_skills)),
        (Method::GET, "/conduct/standing", get(conduct::standing_page)),
        (Method::GET, "/admin/conduct", get(conduct::admin_page)),
        (Method::POST, "/admin/conduct", post(conduct::publish)),
        (Method::GET, "/portal/guides", get(guides::guides_page)),
        (Method::GET, "/portal/guides/{guide}", get(guides::guide_page)),
        (Method::GET, "/admin/partners", get(partners::partners_page)),
        (Method::POST, "/admin/partners", post(partners::add_partner)),
        (Method::GET, "/admin/partners/{partner_id}", get(partners::partner_page)),
        (Method::POST, "/admin/partners/{partner_id}", post(partners::update_partner)),
        (Method::GET, "/admin/partners/{partner_id}/agreements/new", get(partners::new_agreement_page)),
        (Method::POST, "/admin/partners/{partner_id}/agreements", post(partners::create_agreement)),
        (Method::GET, "/admin/partners/{partner_id}/agreements/{sharing_agreement_id}", get(partners::agreement_page)),
        (
            Method::POST,
            "/admin/partners/{partner_id}/agreements/{sharing_agreement_id}",
            post(partners::update_agreement),
        ),
        (Method::GET, "/admin/lawful-bases", get(partners::lawful_bases_page)),
        (Method::POST, "/admin/lawful-bases", post(partners::save_lawful_bases)),
        (Method::GET, "/community", get(community::home_page)),
        (Method::POST, "/community/pseudonym", post(community::choose_pseudonym)),
        (Method::POST, "/community/digest", post(community::set_digest)),
        (Method::POST, "/community/notices/read", post(community::notices_read)),
        (Method::POST, "/community/invitations/{group_invitation_id}", post(community::answer_invitation)),
        (Method::GET, "/community/help", get(community::help_page)),
        (Method::POST, "/community/help", post(community::ask_for_help)),
        (Method::GET, "/community/queue", get(community::queue_page)),
        (Method::GET, "/community/settings", get(community::settings_page)),
        (Method::POST, "/community/settings", post(community::save_settings)),
        (Method::GET, "/community/applications", get(community::applications_page)),
        (Method::POST, "/community/applications/{application_id}", post(community::decide_application)),
        (Method::GET, "/community/groups/new", get(community::new_group_page)),
        (Method::POST, "/community/groups", post(community::create_group)),
        (Method::GET, "/community/groups/{group_id}", get(community::group_page)),
        (Method::GET, "/community/groups/{group_id}/settings", get(community::group_settings_page)),
        (Method::POST, "/community/groups/{group_id}/settings", post(community::save_group_settings)),
        (Method::POST, "/community/groups/{group_id}/rules/new", post(community::publish_rules)),
        (Method::GET, "/community/groups/{group_id}/rules", get(community::rules_page)),
        (Method::POST, "/community/groups/{group_id}/rules", post(community::accept_rules)),
        (Method::GET, "/community/groups/{group_id}/apply", get(community::apply_page)),
        (Method::POST, "/community/groups/{group_id}/apply", post(community::apply)),
        (Method::GET, "/community/groups/{group_id}/moderation", get(community::moderation_page)),
        (Method::GET, "/community/groups/{group_id}/schedule", get(community::schedule_page)),
        (Method::POST, "/community/groups/{group_id}/schedule", post(community::schedule_post)),
        (
            Method::POST,
            "/community/groups/{group_id}/schedule/{scheduled_post_id}/cancel",
            post(community::cancel_scheduled),
        ),
        (Method::POST, "/community/groups/{group_id}/topics", post(community::start_topic)),
        (Method::GET, "/community/groups/{group_id}/topics/{topic_id}", get(community::topic_page)),
        (Method::GET, "/community/groups/{group_id}/topics/{topic_id}/live", get(community::live::topic_live)),
        (Method::POST, "/community/groups/{group_id}/topics/{topic_id}/replies", post(community::reply)),
        (Method::POST, "/community/groups/{group_id}/topics/{topic_id}/helpful", post(community::mark_helpful)),
        (Method::GET, "/community/groups/{group_id}/topics/{topic_id}/posts/{post_id}/flag", get(community::flag_page)),
        (Method::POST, "/community/groups/{group_id}/topics/{topic_id}/posts/{post_id}/flag", post(community::flag)),
        (Method::GET, "/community/groups/{group_id}/topics/{topic_id}/posts/{post_id}/hide", get(community::hide_page)),
        (Method::POST, "/community/groups/{group_id}/topics/{topic_id}/posts/{post_id}/hide", post(community::hide)),
        (
            Method::POST,
            "/community/groups/{group_id}/topics/{topic_id}/posts/{post_id}/dismiss",
            post(community::dismiss_flags),
        ),
        (Method::GET, "/community/groups/{group_id}/topics/{topic_id}/posts/{post_id}/edit", get(community::edit_page)),
        (Method::POST, "/community/groups/{group_id}/topics/{topic_id}/posts/{post_id}/edit", post(community::edit)),
        (
            Method::GET,
            "/community/groups/{group_id}/topics/{topic_id}/posts/{post_id}/author",
            get(community::author_page),
        ),
        (
            Method::POST,
            "/community/groups/{group_id}/topics/{topic_id}/posts/{post_id}/author",
            post(community::author_action),
        ),
        (Method::POST, "/families/{family_id}/members/{member_id}/reminders", post(families::members::save_reminders)),
        (Method::GET, "/families/{family_id}/notes/new", get(timeline::new_note_page)),
        (Method::POST, "/families/{family_id}/notes", post(timeline::add_note)),
        (Method::GET, "/families/{family_id}/notes/{note_id}/amend", get(timeline::amend_note_page)),
        (Method::POST, "/families/{family_id}/notes/{note_id}/amend", post(timeline::amend_note)),
        (Method::GET, "/families/{family_id}/assessments", get(assessment::assessments_page)),
        (Method::GET, "/families/{family_id}/assessments/new", get(assessment::new_assessment_page)),
        (Method::POST, "/families/{family_id}/assessments", post(assessment::record_assessment)),
        (Method::POST, "/families/{family_id}/assessments/new/step", post(assessment::assessment_step)),
        (Method::GET, "/families/{family_id}/assessments/{assessment_id}", get(assessment::assessment_view)),
        (Method::POST, "/families/{family_id}/assessments/{assessment_id}/review", post(assessment::review_assessment)),
        (Method::GET, "/families/{family_id}/conferences", get(conference::conferences_page)),
        (Method::GET, "/families/{family_id}/conferences/new", get(conference::new_conference_page)),
        (Method::POST, "/families/{family_id}/conferences", post(conference::record_conference)),
        (Method::GET, "/families/{family_id}/conferences/{conference_id}", get(conference::conference_page)),
        (Method::GET, "/families/{family_id}/conferences/{conference_id}/print", get(conference::print_page)),
        (
            Method::POST,
            "/families/{family_id}/conferences/{conference_id}/actions/{action_id}/progress",
            post(conference::record_progress),
        ),
        (
            Method::POST,
            "/families/{family_id}/documents",
            post(documents::upload).layer(DefaultBodyLimit::max(DOCUMENT_BODY_LIMIT_BYTES)),
        ),
        (Method::GET, "/families/{family_id}/documents/{document_id}", get(documents::download)),
        (Method::POST, "/families/{family_id}/conversations", post(messaging::start_conversation)),
        (Method::GET, "/families/{family_id}/conversations/{conversation_id}", get(messaging::conversation_page)),
        (Method::GET, "/families/{family_id}/conversations/{conversation_id}/live", get(messaging::live::staff_live)),
        (Method::POST, "/families/{family_id}/conversations/{conversation_id}/messages", post(messaging::send_message)),
        (
            Method::POST,
            "/families/{family_id}/conversations/{conversation_id}/messages/{message_id}/correction",
            post(messaging::correct_message),
        ),
        (Method::GET, "/families/{family_id}/members/{member_id}/modality", get(modality::modality_page)),
        (Method::POST, "/families/{family_id}/members/{member_id}/modality", post(modality::modality_step)),
        (Method::POST, "/families/{family_id}/members/{member_id}/modality/decision", post(modality::record_decision)),
        (Method::GET, "/admin/modality-rules", get(modality::rules_page)),
        (Method::POST, "/admin/modality-rules", post(modality::save_rules)),
        (Method::GET, "/families/{family_id}/members/{member_id}/agreement", get(agreements::agreement_page)),
        (Method::POST, "/families/{family_id}/members/{member_id}/agreement", post(agreements::make_agreement)),
        (
            Method::POST,
            "/families/{family_id}/members/{member_id}/agreement/consent",
            post(agreements::record_verbal_consent),
        ),
        (Method::POST, "/portal/agreements/{agreement_id}/accept", post(agreements::accept)),
        (Method::GET, "/portal/conversations", get(messaging::portal_conversations)),
        (Method::GET, "/portal/answers", get(messaging::quick_answers::portal_page)),
        (
            Method::POST,
            "/portal/conversations/{conversation_id}/attachments",
            post(messaging::attachments::portal_attach).layer(DefaultBodyLimit::max(DOCUMENT_BODY_LIMIT_BYTES)),
        ),
        (
            Method::GET,
            "/portal/conversations/{conversation_id}/attachments/{document_id}",
            get(messaging::attachments::portal_download),
        ),
        (
            Method::POST,
            "/families/{family_id}/conversations/{conversation_id}/attachments",
            post(messaging::attachments::staff_attach).layer(DefaultBodyLimit::max(DOCUMENT_BODY_LIMIT_BYTES)),
        ),
        (Method::GET, "/admin/quick-answers", get(messaging::quick_answers::list_page)),
        (Method::POST, "/admin/quick-answers", post(messaging::quick_answers::create)),
        (Method::GET, "/admin/quick-answers/new", get(messaging::quick_answers::new_page)),
        (Method::GET, "/admin/quick-answers/{quick_answer_id}", get(messaging::quick_answers::edit_page)),
        (Method::POST, "/admin/quick-answers/{quick_answer_id}", post(messaging::quick_answers::update)),
        (Method::GET, "/admin/quick-answers/{quick_answer_id}/remove", get(messaging::quick_answers::remove_page)),
        (Method::POST, "/admin/quick-answers/{quick_answer_id}/remove", post(messaging::quick_answers::remove)),
        (Method::GET, "/portal/conversations/{conversation_id}", get(messaging::portal_conversation_page)),
        (Method::GET, "/portal/conversations/{conversation_id}/live", get(messaging::live::portal_live)),
        (Method::POST, "/portal/conversations/{conversation_id}/messages", post(messaging::portal_send_message)),
        (
            Method::POST,
            "/portal/conversations/{conversation_id}/messages/{message_id}/correction",
            post(messaging::portal_correct_message),
        ),
        (Method::GET, "/admin/agreement-template", get(agreements::template_page)),
        (Method::POST, "/admin/agreement-template", post(agreements::publish_template)),
        (Method::GET, "/quick-exit", get(portal::quick_exit)),
        (Method::GET, "/admin/portal", get(portal::settings_page)),
        (Method::POST, "/admin/portal", post(portal::save_settings)),
        (Method::GET, "/admin/catalogue", get(assessment::catalogue_page)),
        (Method::POST, "/admin/catalogue", post(assessment::save_catalogue)),
        (Method::GET, "/families/{family_id}/sessions/new", get(support_sessions::new_session_page)),
        (Method::POST, "/families/{family_id}/sessions", post(support_sessions::schedule_session)),
        (Method::GET, "/families/{family_id}/sessions/{support_session_id}", get(support_sessions::session_page)),
        (
            Method::POST,
            "/families/{family_id}/sessions/{support_session_id}/checklist",
            post(support_sessions::record_checklist),
        ),
        (
            Method::POST,
            "/families/{family_id}/sessions/{support_session_id}/outcome",
            post(support_sessions::record_outcome),
        ),
        (
            Method::POST,
            "/families/{family_id}/sessions/{support_session_id}/translators",
            post(support_sessions::invite_translator),
        ),
        (Method::GET, "/families/{family_id}/sessions/{support_session_id}/call", get(calls::staff_call_page)),
        (
            Method::GET,
            "/families/{family_id}/sessions/{support_session_id}/call/live",
            get(calls::live::staff_call_live),
        ),
        (Method::GET, "/portal/sessions/{support_session_id}/call", get(calls::portal_call_page)),
        (Method::GET, "/portal/sessions/{support_session_id}/call/live", get(calls::live::portal_call_live)),
        (Method::GET, "/translator/{token}/call", get(calls::translator_call_page)),
        (Method::GET, "/translator/{token}/call/live", get(calls::live::translator_call_live)),
        (Method::GET, "/translator/{token}", get(support_sessions::translator_page)),
        (Method::POST, "/translator/{token}", post(support_sessions::accept_undertaking)),
        (Method::GET, "/families/{family_id}/follow-ups/{follow_up_id}", get(aftercare::follow_up_page)),
        (Method::POST, "/families/{family_id}/follow-ups/{follow_up_id}", post(aftercare::complete_follow_up)),
        (Method::GET, "/calendar", get(calendar::calendar_page)),
        (Method::GET, "/calendar-feed/{token}", get(calendar::feed)),
        (Method::GET, "/account/calendar-feed", get(calendar::feed_settings_page)),
        (Method::POST, "/account/calendar-feed", post(calendar::issue_feed)),
        (Method::POST, "/account/calendar-feed/revoke", post(calendar::revoke_feed)),
        (Method::GET, "/account/limits", get(wellbeing::limits_page)),
        (Method::POST, "/account/limits", post(wellbeing::save_limits)),
        (Method::POST, "/notifications/email", post(notifications::set_email)),
        (Method::GET, "/admin/wellbeing", get(wellbeing::policy_page)),
        (Method::POST, "/admin/wellbeing", post(wellbeing::save_policy)),
        (Method::GET, "/on-call", get(wellbeing::on_call_page)),
        (Method::POST, "/on-call", post(wellbeing::add_shift)),
        (Method::POST, "/on-call/{shift_id}/remove", post(wellbeing::remove_shift)),
        (Method::GET, "/workload", get(wellbeing::workload_page)),
        (Method::GET, "/team", get(wellbeing::team_page)),
    ]
}

/// Every route as method and path pattern.
pub fn route_table() -> Vec<RouteSpec> {
    routes().into_iter().map(|(method, path, _)| RouteSpec { method, path }).collect()
}

/// Form posts are read by the input boundary up to its own limit; only
/// document uploads may be larger.
const BODY_LIMIT_BYTES: usize = crate::forms::boundary::MAX_FORM_BYTES;
const DOCUMENT_BODY_LIMIT_BYTES: usize = hearth_core::documents::MAX_DOCUMENT_BYTES + 64 * 1024;

pub fn router(state: AppState) -> Router {
    let mut by_path: Vec<(&'static str, MethodRouter<AppState>)> = Vec::new();
    for (_, path, method_router) in routes() {
        match by_path.iter_mut().find(|(p, _)| *p == path) {
            Some((_, existing)) => *existing = std::mem::take(existing).merge(method_router),
            None => by_path.push((path, method_router)),
        }
    }
    let mut router = Router::new();
    for (path, method_router) in by_path {
        router = router.route(path, method_router);
    }
    router
        .fallback(|| async { AppError::NotFound })
        .layer(CompressionLayer::new())
        .layer(DefaultBodyLimit::max(BODY_LIMIT_BYTES))
        .layer(RequestBodyLimitLayer::new(DOCUMENT_BODY_LIMIT_BYTES))
        .layer(CsrfLayer::new())
        .layer(middleware::from_fn(security::error_pages))
        .layer(middleware::from_fn_with_state(state.clone(), security::security_headers))
        .layer(middleware::from_fn(track_metrics))
        .layer(TraceLayer::new_for_http().make_span_with(|request: &Request| {
            // The route pattern, never the concrete path: paths can carry tokens.
            let route = request.extensions().get::<MatchedPath>().map(|m| m.as_str().to_owned()).unwrap_or_default();
            tracing::info_span!("request", method = %request.method(), route)
        }))
        .with_state(state)
}

async fn track_metrics(request: Request, next: Next) -> Response {
    let route =
        request.extensions().get::<MatchedPath>().map(|m| m.as_str().to_owned()).unwrap_or_else(|| "unmatched".into());
    let method = request.method().to_string();
    let started = std::time::Instant::now();
    let response = next.run(request).await;
    let labels = [("method", method), ("route", route), ("status", response.status().as_u16().to_string())];
    metrics::counter!("hearth_http_requests_total", &labels).increment(1);
    metrics::histogram!("hearth_http_request_duration_seconds", &labels).record(started.elapsed().as_secs_f64());
    response
}
