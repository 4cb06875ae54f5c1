//! Members of a family: who they are, where the person of concern is, their
//! languages, and for those with a family account, how sure we are it is them.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use hearth_core::access::Action;
use hearth_core::accounts::{DisplayName, EmailAddress, Role};
use hearth_core::families::{IdentityVerification, MemberName, MemberRole, Whereabouts};
use hearth_core::ids::MemberId;
use hearth_core::secrets::{new_token, token_digest};
use hearth_store::Tx;
use hearth_store::accounts::NewInvitation;
use hearth_store::families::{Family, Member, MemberDetails};
use serde::Deserialize;

use super::verification_text;
use crate::AppState;
use crate::access::family_for;
use crate::accounts::{html, html_with_status};
use crate::context::{Page, Reading, SignedIn, Writer, Writing};
use crate::error::{AppError, AppResult};
use crate::forms::{FieldErrors, Form};
use crate::i18n::{Lang, Tr};

#[derive(Deserialize, Default, Clone)]
pub struct MemberForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    languages: String,
    #[serde(default)]
    needs_translator: Option<String>,
    #[serde(default)]
    whereabouts: String,
    #[serde(default)]
    contact_preferences: String,
}

impl MemberForm {
    fn from_member(m: &Member) -> Self {
        Self {
            name: m.name.clone(),
            role: m.role.as_str().into(),
            languages: m.languages.clone(),
            needs_translator: m.needs_translator.then(|| "on".into()),
            whereabouts: m.whereabouts.map(|w| w.as_str().to_owned()).unwrap_or_default(),
            contact_preferences: m.contact_preferences.clone().unwrap_or_default(),
        }
    }

    fn parse(&self, tr: &Tr) -> Result<MemberDetails, FieldErrors> {
        let mut errors = Vec::new();
        let name = MemberName::parse(&self.name).map_err(|_| errors.push(("name", tr.t("member-error-name")))).ok();
        let role = MemberRole::parse(&self.role);
        if role.is_none() {
            errors.push(("role", tr.t("member-error-role")));
        }
        let whereabouts = match self.whereabouts.trim() {
            "" => None,
            w => match Whereabouts::parse(w) {
                Some(w) => Some(w),
                None => {
                    errors.push(("whereabouts", tr.t("member-error-whereabouts")));
                    None
                }
            },
        };
        let languages = self.languages.trim().to_owned();
        let contact = self.contact_preferences.trim().to_owned();
        match (name, role, errors.is_empty()) {
            (Some(name), Some(role), true) => Ok(MemberDetails {
                name,
                // Whereabouts are recorded for the person of concern only.
                whereabouts: if role == MemberRole::PersonOfConcern { whereabouts } else { None },
                role,
                languages,
                needs_translator: self.needs_translator.is_some(),
                contact_preferences: (!contact.is_empty()).then_some(contact),
            }),
            _ => Err(errors),
        }
    }
}

#[derive(askama::Template)]
#[template(path = "member_form.html")]
struct MemberFormTemplate {
    page: Page,
    family_id: String,
    family_name: String,
    action: String,
    form: MemberForm,
    errors: FieldErrors,
    roles: Vec<(&'static str, String)>,
    places: Vec<(&'static str, String)>,
    account: Option<AccountPanel>,
}

/// The family-account part of a member's page.
struct AccountPanel {
    member_id: String,
    has_account: bool,
    verification: String,
    verification_code: &'static str,
    statuses: Vec<(&'static str, String)>,
    verification_error: Option<String>,
    invitation_pending: bool,
    invite_error: Option<String>,
    invite_email: String,
    manual_link: Option<String>,
    notice: Option<String>,
    reminders: RemindersPanel,
    /// Peer-support groups the member can be invited to, by id and name.
    groups: Vec<(String, String)>,
    community_notice: Option<String>,
}

/// How the member is reminded of sessions.
struct RemindersPanel {
    email: String,
    language: String,
    off: bool,
    error: Option<String>,
    notice: Option<String>,
}

/// Values and their labels for a select box.
type Options = Vec<(&'static str, String)>;

fn choices(tr: &Tr) -> (Options, Options) {
    (
        MemberRole::ALL.iter().map(|r| (r.as_str(), tr.t(&format!("member-role-{}", r.as_str())))).collect(),
        Whereabouts::ALL.iter().map(|w| (w.as_str(), tr.t(&format!("whereabouts-{}", w.as_str())))).collect(),
    )
}

fn form_page(
    who: &SignedIn,
    family: &Family,
    action: String,
    form: MemberForm,
    errors: FieldErrors,
    account: Option<AccountPanel>,
) -> MemberFormTemplate {
    let (roles, places) = choices(&who.tr);
    let title = if account.is_some() { "member-edit-title" } else { "member-new-title" };
    MemberFormTemplate {
        page: Page::signed_in(who, title, "/families"),
        family_id: family.id.to_string(),
        family_name: family.name.clone(),
        action,
        form,
        errors,
        roles,
        places,
        account,
    }
}

pub async fn new_member_page(Reading { who, mut tx }: Reading, Path(id): Path<String>) -> AppResult<Response> {
    let family = family_for(&mut tx, &who, &id, Action::WorkOnFamily).await?;
    tx.commit().await?;
    let action = format!("/families/{}/members", family.id);
    let form = MemberForm { role: MemberRole::Parent.as_str().into(), ..Default::default() };
    html(&form_page(&who, &family, action, form, Vec::new(), None))
}

pub async fn add_member(
    State(state): State<AppState>,
    writer: Writer,
    Path(id): Path<String>,
    Form(form): Form<MemberForm>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let family = family_for(&mut tx, &who, &id, Action::WorkOnFamily).await?;
    let details = match form.parse(&who.tr) {
        Ok(d) => d,
        Err(errors) => {
            tx.commit().await?;
            let action = format!("/families/{}/members", family.id);
            return html_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &form_page(&who, &family, action, form, errors, None),
            );
        }
    };
    tx.add_member(&who.actor, &family.id, &details).await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/families/{}", family.id)).into_response())
}

async fn load_member(tx: &mut Tx, who: &SignedIn, family_id: &str, member_id: &str) -> AppResult<(Family, Member)> {
    let family = family_for(tx, who, family_id, Action::WorkOnFamily).await?;
    let member_id = MemberId::parse(member_id).map_err(|_| AppError::NotFound)?;
    let read = tx.read_family(&who.actor, &family.id).await?;
    let member = tx.member(&read, &member_id).await?.ok_or(AppError::NotFound)?;
    Ok((family, member))
}

async fn account_panel(tx: &mut Tx, who: &SignedIn, member: &Member) -> AppResult<AccountPanel> {
    let pending = tx.open_invitation_for_member(&member.id).await?;
    let reminders = tx.reminder_settings(&member.id).await?;
    let tr = who.tr;
    Ok(AccountPanel {
        member_id: member.id.to_string(),
        has_account: member.account_user_id.is_some(),
        verification: verification_text(&tr, &who.zone, member),
        verification_code: member.verification.as_str(),
        statuses: IdentityVerification::ALL
            .iter()
            .map(|v| (v.as_str(), tr.t(&format!("verification-{}", v.as_str()))))
            .collect(),
        invitation_pending: pending.is_some(),
        verification_error: None,
        invite_error: None,
        invite_email: String::new(),
        manual_link: None,
        notice: None,
        reminders: RemindersPanel {
            email: reminders.email.unwrap_or_default(),
            language: reminders.language.unwrap_or_default(),
            off: reminders.off,
            error: None,
            notice: None,
        },
        groups: tx
            .community_groups(&who.actor.organisation_id)
            .await?
            .into_iter()
            .map(|g| (g.id.to_string(), g.name))
            .collect(),
        community_notice: None,
    })
}

/// What inviting to a peer-support group did, as the redirect names it.
#[derive(Deserialize)]
pub struct MemberQuery {
    #[serde(default)]
    community: String,
}

pub async fn member_page(
    Reading { who, mut tx }: Reading,
    Path((id, member_id)): Path<(String, String)>,
    crate::forms::Query(query): crate::forms::Query<MemberQuery>,
) -> AppResult<Response> {
    let (family, member) = load_member(&mut tx, &who, &id, &member_id).await?;
    let mut panel = account_panel(&mut tx, &who, &member).await?;
    if matches!(query.community.as_str(), "invited" | "member" | "waiting" | "no-account" | "not-possible") {
        panel.community_notice = Some(who.tr.t(&format!("community-invite-{}", query.community)));
    }
    tx.commit().await?;
    let action = format!("/families/{}/members/{}", family.id, member.id);
    html(&form_page(&who, &family, action, MemberForm::from_member(&member), Vec::new(), Some(panel)))
}

pub async fn update_member(
    State(state): State<AppState>,
    writer: Writer,
    Path((id, member_id)): Path<(String, String)>,
    Form(form): Form<MemberForm>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let (family, member) = load_member(&mut tx, &who, &id, &member_id).await?;
    let details = match form.parse(&who.tr) {
        Ok(d) => d,
        Err(errors) => {
            let panel = account_panel(&mut tx, &who, &member).await?;
            tx.commit().await?;
            let action = format!("/families/{}/members/{}", family.id, member.id);
            return html_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &form_page(&who, &family, action, form, errors, Some(panel)),
            );
        }
    };
    tx.update_member(&who.actor, &member, &details).await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/families/{}", family.id)).into_response())
}

#[derive(Deserialize)]
pub struct VerificationForm {
    verification: String,
}

pub async fn set_verification(
    State(state): State<AppState>,
    writer: Writer,
    Path((id, member_id)): Path<(String, String)>,
    Form(form): Form<VerificationForm>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let (family, member) = load_member(&mut tx, &who, &id, &member_id).await?;
    let Some(status) = IdentityVerification::parse(&form.verification) else {
        // A value not on the list (a tampered form) is said on the page.
        let mut panel = account_panel(&mut tx, &who, &member).await?;
        tx.commit().await?;
        panel.verification_error = Some(who.tr.t("member-verification-error"));
        let action = format!("/families/{}/members/{}", family.id, member.id);
        return html_with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &form_page(&who, &family, action, MemberForm::from_member(&member), Vec::new(), Some(panel)),
        );
    };
    tx.set_verification(&who.actor, &member, status).await?;
    tx.commit().await?;
    Ok(Redirect::to(&format!("/families/{}/members/{}", family.id, member.id)).into_response())
}

#[derive(Deserialize)]
pub struct FamilyInviteForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    language: String,
}

/// Invites a member to the family portal. The account is linked to the
/// member when the invitation is accepted.
pub async fn invite_member(
    State(state): State<AppState>,
    writer: Writer,
    Path((id, member_id)): Path<(String, String)>,
    Form(form): Form<FamilyInviteForm>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let (family, member) = load_member(&mut tx, &who, &id, &member_id).await?;
    let tr = who.tr;
    let mut panel = account_panel(&mut tx, &who, &member).await?;
    let action = format!("/families/{}/members/{}", family.id, member.id);
    if member.account_user_id.is_some() || panel.invitation_pending {
        // Already invited or linked: show the page as it is.
        tx.commit().await?;
        return Ok(Redirect::to(&action).into_response());
    }
    let refuse = |mut panel: AccountPanel, id: &str| {
        panel.invite_error = Some(tr.t(id));
        panel.invite_email = form.email.clone();
        html_with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &form_page(&who, &family, action.clone(), MemberForm::from_member(&member), Vec::new(), Some(panel)),
        )
    };
    let Ok(email) = EmailAddress::parse(&form.email) else {
        tx.commit().await?;
        return refuse(panel, "invite-error-email");
    };
    let lang = Lang::parse(&form.language).unwrap_or(tr.lang);
    let name = DisplayName::parse(&member.name).map_err(|_| AppError::BadRequest)?;
    if tx.email_in_use(&email).await? {
        tx.commit().await?;
        return refuse(panel, "invite-error-taken");
    }
    let token = new_token()?;
    tx.create_invitation(NewInvitation {
        organisation_id: &who.actor.organisation_id,
        email: &email,
        display_name: &name,
        role: Role::FamilyMember,
        team_id: None,
        language: Some(lang.code()),
        invited_by: Some(&who.actor.user_id),
        token_digest: &token_digest(&token),
        valid_for_seconds: state.settings.invitation_valid_seconds,
        member_id: Some(&member.id),
    })
    .await?;
    let organisation = tx.organisation_name(&who.actor.organisation_id).await?.unwrap_or_default();
    let expires_at = tx.now().plus_seconds(state.settings.invitation_valid_seconds);
    let expires = who.dates().when(expires_at);
    tx.commit().await?;
    let link = format!("{}/invitations/{token}", state.settings.public_url);
    let (subject, body) = crate::accounts::admin::invitation_email(Tr::new(lang), &organisation, &link, &expires);
    panel.invitation_pending = true;
    let (notice, manual_link) =
        crate::mail::send_link(state.mailer.as_ref(), &tr, email.as_str(), &subject, body, link).await;
    panel.notice = Some(notice);
    panel.manual_link = manual_link;
    html(&form_page(&who, &family, action, MemberForm::from_member(&member), Vec::new(), Some(panel)))
}

#[derive(Deserialize)]
pub struct RemindersForm {
    #[serde(default)]
    email: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    off: Option<String>,
}

/// Where session reminders go for a member: an address of their own (for a
/// member without a portal account), the language, or no e-mail at all.
pub async fn save_reminders(
    State(state): State<AppState>,
    writer: Writer,
    Path((id, member_id)): Path<(String, String)>,
    Form(form): Form<RemindersForm>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let (family, member) = load_member(&mut tx, &who, &id, &member_id).await?;
    let tr = who.tr;
    let email = match form.email.trim() {
        "" => Ok(None),
        typed => EmailAddress::parse(typed).map(|e| Some(e.as_str().to_owned())),
    };
    let action = format!("/families/{}/members/{}", family.id, member.id);
    let Ok(email) = email else {
        let mut panel = account_panel(&mut tx, &who, &member).await?;
        tx.commit().await?;
        panel.reminders.email = form.email;
        panel.reminders.language = form.language;
        panel.reminders.off = form.off.is_some();
        panel.reminders.error = Some(tr.t("member-reminder-error-email"));
        return html_with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &form_page(&who, &family, action, MemberForm::from_member(&member), Vec::new(), Some(panel)),
        );
    };
    let settings = hearth_store::support_sessions::ReminderSettings {
        email,
        language: Lang::parse(&form.language).map(|l| l.code().to_owned()),
        off: form.off.is_some(),
    };
    tx.save_reminder_settings(&who.actor, &family.id, &member.id, &settings).await?;
    // The panel shows the settings just saved, read in the same transaction.
    let mut panel = account_panel(&mut tx, &who, &member).await?;
    tx.commit().await?;
    panel.reminders.notice = Some(tr.t("member-reminders-saved"));
    html(&form_page(&who, &family, action, MemberForm::from_member(&member), Vec::new(), Some(panel)))
}
