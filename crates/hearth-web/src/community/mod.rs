//! Peer-support communities on the web: the community page (a member's
//! groups, invitations and applications; the manager's groups and queues),
//! a group with its topics, a topic with its replies, house rules to
//! accept, flags and moderation, and "I need to talk to someone".
//!
//! Members and ambassadors appear under their pseudonyms only: no page here
//! puts anyone's real name in front of them (the manager, who decides on
//! applications, reads the applicant's name).

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use hearth_core::access::{Action, Target, moderation_scope};
use hearth_core::accounts::Role;
use hearth_core::community::{
    ApplicationAnswer, GroupDetails, HouseRules, InvalidGroup, InvalidLength, InvalidPseudonym, InvalidQuestionLimits,
    PostBody, Pseudonym, QuestionLimits, Reason, ScheduledKind, TopicTitle, light_format_html,
};
use hearth_core::ids::{ApplicationId, GroupId, GroupInvitationId, PostId, TopicId, UserId};
use hearth_store::Tx;
use hearth_store::communities::{Applied, Author, Group, Invited, Topic};

use crate::AppState;
use crate::accounts::{html, html_with_status};
use crate::context::{Page, Reading, SignedIn, Writer, Writing};
use crate::error::{AppError, AppResult};
use crate::forms::{Form, Pairs, field, values};
use crate::i18n::Tr;

pub mod live;

pub const HOME: &str = "/community";
/// Unanswered questions and flagged posts, for moderators.
pub const QUEUE: &str = "/community/queue";

fn group_href(id: &GroupId) -> String {
    format!("{HOME}/groups/{id}")
}

fn topic_href(group: &GroupId, topic: &TopicId) -> String {
    format!("{HOME}/groups/{group}/topics/{topic}")
}

fn author_label(tr: &Tr, author: &Author) -> String {
    match author {
        Author::Member(p) => p.clone(),
        Author::Ambassador(p) => tr.t1("community-ambassador-label", "name", p),
        Author::Manager(name) => tr.t1("community-manager-label", "name", name),
        Author::Nobody => tr.t("community-author-gone"),
    }
}

fn length_error(tr: &Tr, what: &str, e: InvalidLength) -> String {
    tr.t(&format!(
        "community-error-{what}-{}",
        match e {
            InvalidLength::Empty => "empty",
            InvalidLength::TooShort => "short",
            InvalidLength::TooLong => "long",
        }
    ))
}

/// A group of the person's organisation, with what the policy needs to
/// know about it, after asking the policy about `action`.
async fn group_for(tx: &mut Tx, who: &SignedIn, id: &str, action: Action) -> AppResult<Group> {
    let id = GroupId::parse(id).map_err(|_| AppError::NotFound)?;
    let group = tx.community_group(&who.actor.organisation_id, &id).await?.ok_or(AppError::NotFound)?;
    let facts = tx.group_facts(&who.actor, &group).await?;
    who.require(action, Target::Group(&facts))?;
    Ok(group)
}

async fn topic_in(tx: &mut Tx, group: &Group, id: &str) -> AppResult<Topic> {
    let id = TopicId::parse(id).map_err(|_| AppError::NotFound)?;
    tx.topic(&group.id, &id).await?.ok_or(AppError::NotFound)
}

fn require_manager(who: &SignedIn) -> AppResult<()> {
    who.require(Action::ManageCommunity, Target::Organisation(&who.actor.organisation_id))
}

fn require_member_side(who: &SignedIn) -> AppResult<()> {
    who.require(Action::UseCommunity, Target::Account(&who.user.account_facts()))
}

// ----- The community page -----

struct GroupRow {
    href: String,
    name: String,
    purpose: String,
    /// For the manager: how the group is doing.
    stats: Option<hearth_store::communities::GroupStats>,
    /// For a member: the house rules changed since they last accepted them.
    rules_to_accept: bool,
    ambassador: bool,
}

struct InvitationRow {
    action: String,
    group: String,
    purpose: String,
}

struct ApplicationRow {
    group: String,
    when: String,
    state: String,
    reason: Option<String>,
}

struct NoticeRow {
    text: String,
    reason: Option<String>,
    when: String,
    new: bool,
}

#[derive(askama::Template)]
#[template(path = "community.html")]
struct CommunityTemplate {
    page: Page,
    manager: bool,
    pseudonym: Option<String>,
    pseudonym_typed: String,
    pseudonym_error: Option<String>,
    digest: bool,
    notices: Vec<NoticeRow>,
    /// Some notices are not marked read yet.
    new_notices: bool,
    groups: Vec<GroupRow>,
    invitations: Vec<InvitationRow>,
    /// Groups one may apply to.
    others: Vec<GroupRow>,
    applications: Vec<ApplicationRow>,
    open_applications: i64,
    /// Questions waiting for this moderator.
    queue: i64,
}

pub async fn home_page(Reading { who, mut tx }: Reading) -> AppResult<Response> {
    let page = community_page(&mut tx, &who, None).await?;
    tx.commit().await?;
    html(&page)
}

async fn community_page(
    tx: &mut Tx,
    who: &SignedIn,
    refused_pseudonym: Option<(String, String)>,
) -> AppResult<CommunityTemplate> {
    let manager = who.may(Action::ManageCommunity, Target::Organisation(&who.actor.organisation_id));
    if !manager {
        require_member_side(who)?;
    }
    let tr = &who.tr;
    let dates = who.dates();
    let all = tx.community_groups(&who.actor.organisation_id).await?;
    let scope = moderation_scope(&who.actor);
    let queue = if manager || who.user.role == Role::PeerAmbassador {
        i64::try_from(tx.unanswered_questions(&scope).await?.len()).unwrap_or(i64::MAX)
    } else {
        0
    };
    if manager {
        let mut groups = Vec::new();
        for g in &all {
            groups.push(GroupRow {
                href: group_href(&g.id),
                name: g.name.clone(),
                purpose: g.purpose.clone(),
                stats: Some(tx.group_stats(&g.id).await?),
                rules_to_accept: false,
                ambassador: false,
            });
        }
        let open_applications = i64::try_from(tx.open_applications(&who.actor).await?.len()).unwrap_or(i64::MAX);
        return Ok(CommunityTemplate {
            page: Page::signed_in(who, "community-title", HOME),
            manager,
            pseudonym: None,
            pseudonym_typed: String::new(),
            pseudonym_error: None,
            digest: false,
            notices: Vec::new(),
            new_notices: false,
            groups,
            invitations: Vec::new(),
            others: Vec::new(),
            applications: Vec::new(),
            open_applications,
            queue,
        });
    }
    let mine = tx.groups_of(&who.user.id).await?;
    let mut groups = Vec::new();
    for g in &mine {
        let membership = tx.membership(&g.id, &who.user.id).await?;
        let facts = tx.group_facts(&who.actor, g).await?;
        groups.push(GroupRow {
            href: group_href(&g.id),
            name: g.name.clone(),
            purpose: g.purpose.clone(),
            stats: None,
            rules_to_accept: membership.is_some_and(|m| m.rules_accepted < g.rules_version),
            ambassador: facts.actor_ambassador,
        });
    }
    let invitations: Vec<InvitationRow> = tx
        .open_invitations(&who.user.id)
        .await?
        .into_iter()
        .map(|i| InvitationRow {
            action: format!("{HOME}/invitations/{}", i.id),
            group: i.group.name,
            purpose: i.group.purpose,
        })
        .collect();
    let applications: Vec<ApplicationRow> = tx
        .applications_of(&who.user.id)
        .await?
        .into_iter()
        .map(|a| ApplicationRow {
            group: a.group_name,
            when: dates.when(a.applied_at),
            state: tr.t(match a.approved {
                None => "community-application-waiting",
                Some(true) => "community-application-approved",
                Some(false) => "community-application-declined",
            }),
            reason: a.reason,
        })
        .collect();
    let others = all
        .iter()
        .filter(|g| !mine.iter().any(|m| m.id == g.id))
        .map(|g| GroupRow {
            href: format!("{}/apply", group_href(&g.id)),
            name: g.name.clone(),
            purpose: g.purpose.clone(),
            stats: None,
            rules_to_accept: false,
            ambassador: false,
        })
        .collect();
    let notices: Vec<NoticeRow> = tx
        .community_notices(&who.user.id)
        .await?
        .into_iter()
        .map(|n| NoticeRow {
            text: tr.t1(&format!("community-notice-{}", n.kind.replace('_', "-")), "group", &n.group_name),
            reason: n.reason,
            when: dates.when(n.at),
            new: !n.seen,
        })
        .collect();
    let pseudonym = tx.pseudonym_of(&who.user.id).await?.map(|p| p.as_str().to_owned());
    let (pseudonym_typed, pseudonym_error) = match refused_pseudonym {
        Some((typed, error)) => (typed, Some(error)),
        None => (pseudonym.clone().unwrap_or_default(), None),
    };
    Ok(CommunityTemplate {
        page: Page::signed_in(who, "community-title", HOME),
        manager,
        digest: tx.community_digest(&who.user.id).await?,
        pseudonym,
        pseudonym_typed,
        pseudonym_error,
        new_notices: notices.iter().any(|n| n.new),
        notices,
        groups,
        invitations,
        others,
        applications,
        open_applications: 0,
        queue,
    })
}

/// Chooses or changes one's pseudonym; a refused one comes back as typed.
pub async fn choose_pseudonym(
    State(state): State<AppState>,
    writer: Writer,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    require_member_side(&who)?;
    let typed = field(&pairs, "pseudonym").to_owned();
    // Not the account's name, nor the e-mail's, nor the name on the family file.
    let on_file = tx.member_of_account(&who.user.id).await?.map(|m| m.name).unwrap_or_default();
    let email_name = who.user.email.split('@').next().unwrap_or_default().to_owned();
    let real_names = [who.user.display_name.as_str(), email_name.as_str(), on_file.as_str()];
    let error = match Pseudonym::parse(&typed, &real_names) {
        Ok(p) if tx.choose_pseudonym(&who.actor, &p).await? => None,
        Ok(_) => Some("community-error-pseudonym-taken"),
        Err(InvalidPseudonym::TooShort) => Some("community-error-pseudonym-short"),
        Err(InvalidPseudonym::TooLong) => Some("community-error-pseudonym-long"),
        Err(InvalidPseudonym::Characters) => Some("community-error-pseudonym-characters"),
        Err(InvalidPseudonym::RealName) => Some("community-error-pseudonym-real-name"),
    };
    match error {
        None => {
            tx.commit().await?;
            Ok(Redirect::to(HOME).into_response())
        }
        Some(key) => {
            let page = community_page(&mut tx, &who, Some((typed, who.tr.t(key)))).await?;
            tx.commit().await?;
            html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

/// The community's notices to this person count as read.
pub async fn notices_read(State(state): State<AppState>, writer: Writer) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    require_member_side(&who)?;
    tx.mark_community_notices_seen(&who.user.id).await?;
    tx.commit().await?;
    Ok(Redirect::to(HOME).into_response())
}

/// The e-mail digest of replies to one's topics: on or off.
pub async fn set_digest(
    State(state): State<AppState>,
    writer: Writer,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    require_member_side(&who)?;
    tx.set_community_digest(&who.actor, field(&pairs, "digest") == "yes").await?;
    tx.commit().await?;
    Ok(Redirect::to(HOME).into_response())
}

/// Accepts (then on to the house rules) or declines an invitation.
pub async fn answer_invitation(
    State(state): State<AppState>,
    writer: Writer,
    Path(id): Path<String>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    require_member_side(&who)?;
    let id = GroupInvitationId::parse(&id).map_err(|_| AppError::NotFound)?;
    let accept = field(&pairs, "accept") == "yes";
    let group = tx.answer_invitation(&who.actor, &id, accept).await?.ok_or(AppError::NotFound)?;
    tx.commit().await?;
    Ok(Redirect::to(&if accept { format!("{}/rules", group_href(&group)) } else { HOME.to_owned() }).into_response())
}

// ----- Groups: the manager's side -----

#[derive(askama::Template)]
#[template(path = "community_group_form.html")]
struct GroupFormTemplate {
    page: Page,
    action: String,
    name: String,
    purpose: String,
    /// Only when the group is new; later versions are published apart.
    rules: Option<String>,
    errors: crate::forms::FieldErrors,
    /// The organisation's peer ambassadors: id, name, named for this group.
    ambassadors: Vec<(String, String, bool)>,
    /// An existing group: its rules in force and where to publish new ones.
    rules_in_force: Option<(i64, String, String)>,
    rules_action: String,
    new_rules: String,
    rules_error: Option<String>,
}

async fn ambassador_choices(tx: &mut Tx, who: &SignedIn, named: &[UserId]) -> AppResult<Vec<(String, String, bool)>> {
    Ok(tx
        .peer_ambassadors(&who.actor.organisation_id)
        .await?
        .into_iter()
        .map(|(id, name)| {
            let chosen = named.contains(&id);
            (id.to_string(), name, chosen)
        })
        .collect())
}

pub async fn new_group_page(Reading { who, mut tx }: Reading) -> AppResult<Response> {
    require_manager(&who)?;
    let ambassadors = ambassador_choices(&mut tx, &who, &[]).await?;
    tx.commit().await?;
    html(&GroupFormTemplate {
        page: Page::signed_in(&who, "community-new-group-title", HOME),
        action: format!("{HOME}/groups"),
        name: String::new(),
        purpose: String::new(),
        rules: Some(who.tr.t("community-rules-default")),
        errors: Vec::new(),
        ambassadors,
        rules_in_force: None,
        rules_action: String::new(),
        new_rules: String::new(),
        rules_error: None,
    })
}

/// What a refused group form says, by the field it is about.
fn group_error(tr: &Tr, e: InvalidGroup) -> (&'static str, String) {
    match e {
        InvalidGroup::NameMissing => ("name", tr.t("community-error-name-missing")),
        InvalidGroup::NameTooLong => ("name", tr.t("community-error-name-long")),
        InvalidGroup::PurposeTooLong => ("purpose", tr.t("community-error-purpose-long")),
    }
}

fn chosen_ambassadors(pairs: &Pairs) -> Vec<UserId> {
    values(pairs, "ambassador").into_iter().filter_map(|v| UserId::parse(v).ok()).collect()
}

pub async fn create_group(
    State(state): State<AppState>,
    writer: Writer,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    require_manager(&who)?;
    let (name, purpose, rules) = (field(&pairs, "name"), field(&pairs, "purpose"), field(&pairs, "rules"));
    let ambassadors = chosen_ambassadors(&pairs);
    let mut errors = Vec::new();
    let details = GroupDetails::parse(name, purpose).map_err(|e| errors.push(group_error(&who.tr, e))).ok();
    let house_rules =
        HouseRules::parse(rules).map_err(|e| errors.push(("rules", length_error(&who.tr, "rules", e)))).ok();
    let (Some(details), Some(house_rules)) = (details, house_rules) else {
        let choices = ambassador_choices(&mut tx, &who, &ambassadors).await?;
        tx.commit().await?;
        return html_with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &GroupFormTemplate {
                page: Page::signed_in(&who, "community-new-group-title", HOME),
                action: format!("{HOME}/groups"),
                name: name.to_owned(),
                purpose: purpose.to_owned(),
                rules: Some(rules.to_owned()),
                errors,
                ambassadors: choices,
                rules_in_force: None,
                rules_action: String::new(),
                new_rules: String::new(),
                rules_error: None,
            },
        );
    };
    let id = tx.create_group(&who.actor, &details, &house_rules).await?;
    let group = tx.community_group(&who.actor.organisation_id, &id).await?.ok_or(AppError::NotFound)?;
    tx.set_ambassadors(&who.actor, &group, &ambassadors).await?;
    tx.commit().await?;
    Ok(Redirect::to(&group_href(&id)).into_response())
}

async fn settings_form(
    tx: &mut Tx,
    who: &SignedIn,
    group: &Group,
    typed: Option<(&str, &str, Vec<UserId>)>,
    errors: crate::forms::FieldErrors,
    new_rules: (String, Option<String>),
) -> AppResult<GroupFormTemplate> {
    let named: Vec<UserId> = match &typed {
        Some((_, _, chosen)) => chosen.clone(),
        None => tx.ambassadors_of(&group.id).await?.into_iter().map(|(id, _)| id).collect(),
    };
    let rules = tx.group_rules(group).await?;
    Ok(GroupFormTemplate {
        page: Page::signed_in(who, "community-group-settings-title", HOME),
        action: format!("{}/settings", group_href(&group.id)),
        name: typed.as_ref().map_or(group.name.clone(), |t| t.0.to_owned()),
        purpose: typed.as_ref().map_or(group.purpose.clone(), |t| t.1.to_owned()),
        rules: None,
        errors,
        ambassadors: ambassador_choices(tx, who, &named).await?,
        rules_in_force: rules.map(|r| (r.version, who.dates().when(r.published_at), r.body)),
        rules_action: format!("{}/rules/new", group_href(&group.id)),
        new_rules: new_rules.0,
        rules_error: new_rules.1,
    })
}

pub async fn group_settings_page(Reading { who, mut tx }: Reading, Path(id): Path<String>) -> AppResult<Response> {
    require_manager(&who)?;
    let group = group_for(&mut tx, &who, &id, Action::ModerateGroup).await?;
    let page = settings_form(&mut tx, &who, &group, None, Vec::new(), (String::new(), None)).await?;
    tx.commit().await?;
    html(&page)
}

pub async fn save_group_settings(
    State(state): State<AppState>,
    writer: Writer,
    Path(id): Path<String>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    require_manager(&who)?;
    let group = group_for(&mut tx, &who, &id, Action::ModerateGroup).await?;
    let (name, purpose) = (field(&pairs, "name"), field(&pairs, "purpose"));
    let ambassadors = chosen_ambassadors(&pairs);
    match GroupDetails::parse(name, purpose) {
        Ok(details) => {
            tx.update_group(&who.actor, &group, &details).await?;
            tx.set_ambassadors(&who.actor, &group, &ambassadors).await?;
            tx.commit().await?;
            Ok(Redirect::to(&group_href(&group.id)).into_response())
        }
        Err(e) => {
            let errors = vec![group_error(&who.tr, e)];
            let page =
                settings_form(&mut tx, &who, &group, Some((name, purpose, ambassadors)), errors, (String::new(), None))
                    .await?;
            tx.commit().await?;
            html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

/// A new version of the house rules; every member accepts it again.
pub async fn publish_rules(
    State(state): State<AppState>,
    writer: Writer,
    Path(id): Path<String>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    require_manager(&who)?;
    let group = group_for(&mut tx, &who, &id, Action::ModerateGroup).await?;
    let typed = field(&pairs, "rules");
    match HouseRules::parse(typed) {
        Ok(rules) => {
            tx.publish_rules(&who.actor, &group.id, &rules).await?;
            tx.commit().await?;
            Ok(Redirect::to(&format!("{}/rules", group_href(&group.id))).into_response())
        }
        Err(e) => {
            let error = Some(length_error(&who.tr, "rules", e));
            let page = settings_form(&mut tx, &who, &group, None, Vec::new(), (typed.to_owned(), error)).await?;
            tx.commit().await?;
            html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

// ----- A group -----

struct TopicRow {
    href: String,
    title: String,
    hidden: bool,
    question: bool,
    answered: bool,
    author: String,
    last: String,
    replies: i64,
}

#[derive(askama::Template)]
#[template(path = "community_group.html")]
struct GroupTemplate {
    page: Page,
    group: Group,
    href: String,
    ambassadors: Vec<String>,
    topics: Vec<TopicRow>,
    /// Why this person cannot start a topic now, if they cannot.
    blocked: Option<(String, String)>,
    moderator: bool,
    manager: bool,
    title: String,
    post: String,
    question: bool,
    errors: crate::forms::FieldErrors,
}

/// What stands between a person and writing in the group: no pseudonym
/// yet, house rules not accepted, muted. A message and where to go.
async fn writing_blocked(tx: &mut Tx, who: &SignedIn, group: &Group) -> AppResult<Option<(String, String)>> {
    if who.user.role == Role::CommunityManager {
        return Ok(None);
    }
    let tr = &who.tr;
    if tx.pseudonym_of(&who.user.id).await?.is_none() {
        return Ok(Some((tr.t("community-blocked-pseudonym"), format!("{HOME}#pseudonym"))));
    }
    let facts = tx.group_facts(&who.actor, group).await?;
    if facts.actor_ambassador {
        return Ok(None);
    }
    match tx.membership(&group.id, &who.user.id).await? {
        Some(m) if m.rules_accepted < group.rules_version => {
            Ok(Some((tr.t("community-blocked-rules"), format!("{}/rules", group_href(&group.id)))))
        }
        Some(m) if m.muted_at(tx.now()) => Ok(Some((
            tr.t1("community-blocked-muted", "until", &m.muted_until.map(|t| who.dates().when(t)).unwrap_or_default()),
            HOME.to_owned(),
        ))),
        Some(_) => Ok(None),
        None => Ok(Some((tr.t("community-blocked-not-member"), HOME.to_owned()))),
    }
}

async fn group_page_of(
    tx: &mut Tx,
    who: &SignedIn,
    group: Group,
    typed: (String, String, bool),
    errors: crate::forms::FieldErrors,
) -> AppResult<GroupTemplate> {
    let tr = &who.tr;
    let facts = tx.group_facts(&who.actor, &group).await?;
    let moderator = who.may(Action::ModerateGroup, Target::Group(&facts));
    let topics = tx
        .topics_of(&group.id, 100)
        .await?
        .into_iter()
        .map(|t| TopicRow {
            href: topic_href(&group.id, &t.id),
            title: t.title,
            hidden: t.hidden,
            question: t.question,
            answered: t.answered,
            author: author_label(tr, &t.author),
            last: who.dates().when(t.last_post_at),
            replies: t.replies,
        })
        .collect();
    let ambassadors = tx
        .ambassadors_of(&group.id)
        .await?
        .into_iter()
        .map(|(_, p)| p.unwrap_or_else(|| tr.t("community-ambassador-unnamed")))
        .collect();
    let blocked = writing_blocked(tx, who, &group).await?;
    Ok(GroupTemplate {
        page: Page::signed_in(who, "community-group-title", HOME),
        href: group_href(&group.id),
        group,
        ambassadors,
        topics,
        blocked,
        moderator,
        manager: who.user.role == Role::CommunityManager,
        title: typed.0,
        post: typed.1,
        question: typed.2,
        errors,
    })
}

pub async fn group_page(Reading { who, mut tx }: Reading, Path(id): Path<String>) -> AppResult<Response> {
    let group = group_for(&mut tx, &who, &id, Action::ReadGroup).await?;
    let page = group_page_of(&mut tx, &who, group, (String::new(), String::new(), false), Vec::new()).await?;
    tx.commit().await?;
    html(&page)
}

pub async fn start_topic(
    State(state): State<AppState>,
    writer: Writer,
    Path(id): Path<String>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    // Read first: someone who may read but not write now (rules not yet
    // accepted, muted) gets the form back with why, and what they typed.
    let group = group_for(&mut tx, &who, &id, Action::ReadGroup).await?;
    let (title, post) = (field(&pairs, "title").to_owned(), field(&pairs, "post").to_owned());
    let question = field(&pairs, "question") == "yes";
    let mut errors: crate::forms::FieldErrors = Vec::new();
    if let Some((why, _)) = writing_blocked(&mut tx, &who, &group).await? {
        // Concerns the whole form: given to its first field.
        errors.push(("title", why));
    }
    let parsed_title =
        TopicTitle::parse(&title).map_err(|e| errors.push(("title", length_error(&who.tr, "title", e)))).ok();
    let parsed_post = PostBody::parse(&post).map_err(|e| errors.push(("post", length_error(&who.tr, "post", e)))).ok();
    match (parsed_title, parsed_post) {
        (Some(t), Some(p)) if errors.is_empty() => {
            let facts = tx.group_facts(&who.actor, &group).await?;
            who.require(Action::PostInGroup, Target::Group(&facts))?;
            let topic = tx.start_topic(&who.actor, &group, &t, &p, question).await?;
            tx.commit().await?;
            Ok(Redirect::to(&topic_href(&group.id, &topic)).into_response())
        }
        _ => {
            let page = group_page_of(&mut tx, &who, group, (title, post, question), errors).await?;
            tx.commit().await?;
            html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

// ----- House rules -----

#[derive(askama::Template)]
#[template(path = "community_rules.html")]
struct RulesTemplate {
    page: Page,
    group: Group,
    href: String,
    rules: Option<hearth_store::communities::GroupRules>,
    published: String,
    /// A member who has not accepted this version yet.
    to_accept: bool,
    changed: bool,
}

pub async fn rules_page(Reading { who, mut tx }: Reading, Path(id): Path<String>) -> AppResult<Response> {
    let group = group_for(&mut tx, &who, &id, Action::ReadGroup).await?;
    let rules = tx.group_rules(&group).await?;
    let membership = tx.membership(&group.id, &who.user.id).await?;
    tx.commit().await?;
    let to_accept = membership.as_ref().is_some_and(|m| m.rules_accepted < group.rules_version);
    html(&RulesTemplate {
        page: Page::signed_in(&who, "community-rules-title", HOME),
        href: group_href(&group.id),
        published: rules.as_ref().map(|r| who.dates().when(r.published_at)).unwrap_or_default(),
        rules,
        to_accept,
        changed: membership.is_some_and(|m| m.rules_accepted > 0 && m.rules_accepted < group.rules_version),
        group,
    })
}

pub async fn accept_rules(
    State(state): State<AppState>,
    writer: Writer,
    Path(id): Path<String>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let group = group_for(&mut tx, &who, &id, Action::ReadGroup).await?;
    let version = field(&pairs, "version").parse::<i64>().unwrap_or(-1);
    let accepted = field(&pairs, "accept") == "yes" && tx.accept_rules(&who.actor, &group, version).await?;
    tx.commit().await?;
    // Rules changed while the page was open, or the box was not ticked: read them again.
    let to = if accepted { group_href(&group.id) } else { format!("{}/rules", group_href(&group.id)) };
    Ok(Redirect::to(&to).into_response())
}

// ----- Applying -----

#[derive(askama::Template)]
#[template(path = "community_apply.html")]
struct ApplyTemplate {
    page: Page,
    group: Group,
    action: String,
    answer: String,
    error: Option<String>,
}

async fn group_to_apply(tx: &mut Tx, who: &SignedIn, id: &str) -> AppResult<Group> {
    require_member_side(who)?;
    let id = GroupId::parse(id).map_err(|_| AppError::NotFound)?;
    tx.community_group(&who.actor.organisation_id, &id).await?.ok_or(AppError::NotFound)
}

pub async fn apply_page(Reading { who, mut tx }: Reading, Path(id): Path<String>) -> AppResult<Response> {
    let group = group_to_apply(&mut tx, &who, &id).await?;
    tx.commit().await?;
    html(&ApplyTemplate {
        page: Page::signed_in(&who, "community-apply-title", HOME),
        action: format!("{}/apply", group_href(&group.id)),
        group,
        answer: String::new(),
        error: None,
    })
}

pub async fn apply(
    State(state): State<AppState>,
    writer: Writer,
    Path(id): Path<String>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let group = group_to_apply(&mut tx, &who, &id).await?;
    let typed = field(&pairs, "application");
    let error = match ApplicationAnswer::parse(typed) {
        Ok(answer) => match tx.apply_to_group(&who.actor, &group, &answer).await? {
            Applied::Sent | Applied::AlreadyWaiting => None,
            Applied::AlreadyMember => {
                tx.commit().await?;
                return Ok(Redirect::to(&group_href(&group.id)).into_response());
            }
        },
        Err(e) => Some(length_error(&who.tr, "application", e)),
    };
    match error {
        None => {
            tx.commit().await?;
            Ok(Redirect::to(&format!("{HOME}#applications")).into_response())
        }
        Some(error) => {
            tx.commit().await?;
            html_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &ApplyTemplate {
                    page: Page::signed_in(&who, "community-apply-title", HOME),
                    action: format!("{}/apply", group_href(&group.id)),
                    group,
                    answer: typed.to_owned(),
                    error: Some(error),
                },
            )
        }
    }
}

struct ApplicationItem {
    /// Numbers the form's fields apart from the other applications'.
    n: usize,
    action: String,
    group: String,
    name: String,
    pseudonym: Option<String>,
    answer: String,
    when: String,
    reason: String,
    error: Option<String>,
}

#[derive(askama::Template)]
#[template(path = "community_applications.html")]
struct ApplicationsTemplate {
    page: Page,
    items: Vec<ApplicationItem>,
}

async fn applications_of(
    tx: &mut Tx,
    who: &SignedIn,
    refused: Option<(&str, &str, String)>,
) -> AppResult<ApplicationsTemplate> {
    let items = tx
        .open_applications(&who.actor)
        .await?
        .into_iter()
        .enumerate()
        .map(|(n, a)| {
            let mine = refused.as_ref().filter(|(id, ..)| *id == a.id.as_str());
            ApplicationItem {
                n,
                action: format!("{HOME}/applications/{}", a.id),
                group: a.group.name,
                name: a.applicant_name,
                pseudonym: a.pseudonym,
                answer: a.answer,
                when: who.dates().when(a.applied_at),
                reason: mine.map(|(_, typed, _)| (*typed).to_owned()).unwrap_or_default(),
                error: mine.map(|(.., e)| e.clone()),
            }
        })
        .collect();
    Ok(ApplicationsTemplate { page: Page::signed_in(who, "community-applications-title", HOME), items })
}

pub async fn applications_page(Reading { who, mut tx }: Reading) -> AppResult<Response> {
    require_manager(&who)?;
    let page = applications_of(&mut tx, &who, None).await?;
    tx.commit().await?;
    html(&page)
}

/// Approves, or declines with a reason the applicant reads.
pub async fn decide_application(
    State(state): State<AppState>,
    writer: Writer,
    Path(id): Path<String>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    require_manager(&who)?;
    let application = ApplicationId::parse(&id).map_err(|_| AppError::NotFound)?;
    let approve = field(&pairs, "decision") == "approve";
    let typed = field(&pairs, "reason");
    let reason = match (approve, Reason::parse(typed)) {
        (true, Ok(r)) => Some(r),
        (true, Err(_)) => None,
        (false, Ok(r)) => Some(r),
        (false, Err(e)) => {
            let page = applications_of(&mut tx, &who, Some((&id, typed, length_error(&who.tr, "reason", e)))).await?;
            tx.commit().await?;
            return html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page);
        }
    };
    if !tx.decide_application(&who.actor, &application, approve, reason.as_ref()).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(Redirect::to(&format!("{HOME}/applications")).into_response())
}

// ----- A topic -----

struct PostRow {
    id: String,
    anchor: String,
    author: String,
    when: String,
    /// Light formatting, rendered from escaped text.
    body_html: Option<String>,
    hidden_reason: Option<String>,
    edit_note: Option<String>,
    helpful: bool,
    flag_href: String,
    hide_href: String,
    edit_href: String,
    /// For a moderator, when the author is a member: warn, mute or remove them.
    author_href: Option<String>,
    opening: bool,
}

#[derive(askama::Template)]
#[template(path = "community_topic.html")]
struct TopicTemplate {
    page: Page,
    group: Group,
    group_href: String,
    action: String,
    /// The topic's title, shown on the page, never in the browser's title bar.
    heading: String,
    hidden: bool,
    question: bool,
    posts: Vec<PostRow>,
    may_post: bool,
    blocked: Option<(String, String)>,
    may_mark_helpful: bool,
    moderator: bool,
    post: String,
    error: Option<String>,
}

async fn topic_page_of(
    tx: &mut Tx,
    who: &SignedIn,
    group: Group,
    topic: Topic,
    typed: String,
    error: Option<String>,
) -> AppResult<TopicTemplate> {
    let tr = &who.tr;
    let facts = tx.topic_facts(&who.actor, &group, &topic).await?;
    let moderator = who.may(Action::ModerateGroup, Target::Group(&facts.group));
    let may_post = who.may(Action::PostInGroup, Target::Group(&facts.group));
    let may_mark_helpful = topic.question && who.may(Action::MarkHelpful, Target::Topic(&facts));
    let href = topic_href(&group.id, &topic.id);
    let posts = topic
        .posts
        .iter()
        .map(|p| PostRow {
            id: p.id.to_string(),
            anchor: format!("p{}", p.seq),
            author: author_label(tr, &p.author),
            when: who.dates().when(p.posted_at),
            body_html: p.body.as_deref().map(light_format_html),
            hidden_reason: p.hidden_reason.clone(),
            edit_note: p.edit_note.clone(),
            helpful: topic.helpful.as_ref() == Some(&p.id),
            flag_href: format!("{href}/posts/{}/flag", p.id),
            hide_href: format!("{href}/posts/{}/hide", p.id),
            edit_href: format!("{href}/posts/{}/edit", p.id),
            author_href: matches!(p.author, Author::Member(_)).then(|| format!("{href}/posts/{}/author", p.id)),
            opening: p.seq == 0,
        })
        .collect();
    let blocked = writing_blocked(tx, who, &group).await?;
    Ok(TopicTemplate {
        page: Page::signed_in(who, "community-topic-title", HOME),
        group_href: group_href(&group.id),
        group,
        action: href,
        heading: topic.title,
        hidden: topic.hidden,
        question: topic.question,
        posts,
        may_post,
        blocked,
        may_mark_helpful,
        moderator,
        post: typed,
        error,
    })
}

pub async fn topic_page(Reading { who, mut tx }: Reading, Path((g, t)): Path<(String, String)>) -> AppResult<Response> {
    let group = group_for(&mut tx, &who, &g, Action::ReadGroup).await?;
    let topic = topic_in(&mut tx, &group, &t).await?;
    let page = topic_page_of(&mut tx, &who, group, topic, String::new(), None).await?;
    tx.commit().await?;
    html(&page)
}

pub async fn reply(
    State(state): State<AppState>,
    writer: Writer,
    Path((g, t)): Path<(String, String)>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let group = group_for(&mut tx, &who, &g, Action::ReadGroup).await?;
    let topic = topic_in(&mut tx, &group, &t).await?;
    let typed = field(&pairs, "post").to_owned();
    let error = match writing_blocked(&mut tx, &who, &group).await? {
        Some((why, _)) => Some(why),
        None => match PostBody::parse(&typed) {
            Ok(body) => {
                let facts = tx.group_facts(&who.actor, &group).await?;
                who.require(Action::PostInGroup, Target::Group(&facts))?;
                let seq = topic.posts.last().map_or(0, |p| p.seq) + 1;
                tx.reply_in_topic(&who.actor, &topic, &body).await?;
                tx.commit().await?;
                return Ok(Redirect::to(&format!("{}#p{seq}", topic_href(&group.id, &topic.id))).into_response());
            }
            Err(e) => Some(length_error(&who.tr, "post", e)),
        },
    };
    let page = topic_page_of(&mut tx, &who, group, topic, typed, error).await?;
    tx.commit().await?;
    html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

pub async fn mark_helpful(
    State(state): State<AppState>,
    writer: Writer,
    Path((g, t)): Path<(String, String)>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let group = group_for(&mut tx, &who, &g, Action::ReadGroup).await?;
    let topic = topic_in(&mut tx, &group, &t).await?;
    let facts = tx.topic_facts(&who.actor, &group, &topic).await?;
    who.require(Action::MarkHelpful, Target::Topic(&facts))?;
    let post = PostId::parse(field(&pairs, "post")).ok();
    if !tx.mark_helpful(&who.actor, &topic, post.as_ref()).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(Redirect::to(&topic_href(&group.id, &topic.id)).into_response())
}

// ----- Flags and hiding -----

#[derive(askama::Template)]
#[template(path = "community_reason.html")]
struct ReasonTemplate {
    page: Page,
    back: String,
    action: String,
    intro: String,
    quoted: String,
    reason: String,
    error: Option<String>,
    submit: String,
}

/// Flag (any writer in the group) or hide (a moderator): the form asks why.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PostAction {
    Flag,
    Hide,
}

impl PostAction {
    fn needs(self) -> Action {
        match self {
            Self::Flag => Action::PostInGroup,
            Self::Hide => Action::ModerateGroup,
        }
    }
    fn key(self) -> &'static str {
        match self {
            Self::Flag => "flag",
            Self::Hide => "hide",
        }
    }
}

async fn post_form(
    tx: &mut Tx,
    who: &SignedIn,
    ids: (String, String, String),
    act: PostAction,
) -> AppResult<(Group, Topic, PostId, ReasonTemplate)> {
    let group = group_for(tx, who, &ids.0, act.needs()).await?;
    let topic = topic_in(tx, &group, &ids.1).await?;
    let post = PostId::parse(&ids.2).map_err(|_| AppError::NotFound)?;
    let found = topic.posts.iter().find(|p| p.id == post).ok_or(AppError::NotFound)?;
    let back = format!("{}#p{}", topic_href(&group.id, &topic.id), found.seq);
    let key = act.key();
    let page = ReasonTemplate {
        page: Page::signed_in(who, &format!("community-{key}-title"), HOME),
        action: format!("{}/posts/{post}/{key}", topic_href(&group.id, &topic.id)),
        back,
        intro: who.tr.t(&format!("community-{key}-intro")),
        quoted: found.body.clone().unwrap_or_default(),
        reason: String::new(),
        error: None,
        submit: who.tr.t(&format!("community-{key}-submit")),
    };
    Ok((group, topic, post, page))
}

async fn post_action_page(
    who: SignedIn,
    mut tx: Tx,
    ids: (String, String, String),
    act: PostAction,
) -> AppResult<Response> {
    let (.., page) = post_form(&mut tx, &who, ids, act).await?;
    tx.commit().await?;
    html(&page)
}

async fn post_action(
    state: AppState,
    writer: Writer,
    ids: (String, String, String),
    pairs: Pairs,
    act: PostAction,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let (group, topic, post, mut page) = post_form(&mut tx, &who, ids, act).await?;
    let typed = field(&pairs, "reason");
    match Reason::parse(typed) {
        Ok(reason) => {
            let done = match act {
                PostAction::Flag => tx.flag_post(&who.actor, &topic, &post, &reason).await?,
                PostAction::Hide => tx.hide_post(&who.actor, &topic, &post, &reason).await?,
            };
            if !done {
                return Err(AppError::NotFound);
            }
            tx.commit().await?;
            let to = match act {
                PostAction::Flag => format!("{}?flagged=1", topic_href(&group.id, &topic.id)),
                PostAction::Hide => page.back,
            };
            Ok(Redirect::to(&to).into_response())
        }
        Err(e) => {
            page.reason = typed.to_owned();
            page.error = Some(length_error(&who.tr, "reason", e));
            tx.commit().await?;
            html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
    }
}

pub async fn flag_page(Reading { who, tx }: Reading, Path(ids): Path<(String, String, String)>) -> AppResult<Response> {
    post_action_page(who, tx, ids, PostAction::Flag).await
}

pub async fn flag(
    State(state): State<AppState>,
    writer: Writer,
    Path(ids): Path<(String, String, String)>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    post_action(state, writer, ids, pairs, PostAction::Flag).await
}

pub async fn hide_page(Reading { who, tx }: Reading, Path(ids): Path<(String, String, String)>) -> AppResult<Response> {
    post_action_page(who, tx, ids, PostAction::Hide).await
}

pub async fn hide(
    State(state): State<AppState>,
    writer: Writer,
    Path(ids): Path<(String, String, String)>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    post_action(state, writer, ids, pairs, PostAction::Hide).await
}

// ----- Editing a post, and acting on its author -----

/// A post a moderator acts on, and the way back to it.
async fn moderated_post(
    tx: &mut Tx,
    who: &SignedIn,
    (g, t, p): &(String, String, String),
) -> AppResult<(Group, Topic, hearth_store::communities::Post, String)> {
    let group = group_for(tx, who, g, Action::ModerateGroup).await?;
    let topic = topic_in(tx, &group, t).await?;
    let post = PostId::parse(p).map_err(|_| AppError::NotFound)?;
    let found = topic.posts.iter().find(|x| x.id == post && x.body.is_some()).cloned().ok_or(AppError::NotFound)?;
    let back = format!("{}#p{}", topic_href(&group.id, &topic.id), found.seq);
    Ok((group, topic, found, back))
}

#[derive(askama::Template)]
#[template(path = "community_edit.html")]
struct EditTemplate {
    page: Page,
    back: String,
    action: String,
    body: String,
    note: String,
    errors: crate::forms::FieldErrors,
}

pub async fn edit_page(
    Reading { who, mut tx }: Reading,
    Path(ids): Path<(String, String, String)>,
) -> AppResult<Response> {
    let (_, _, post, back) = moderated_post(&mut tx, &who, &ids).await?;
    tx.commit().await?;
    html(&EditTemplate {
        page: Page::signed_in(&who, "community-edit-title", HOME),
        action: format!("{}/posts/{}/edit", topic_href_of(&ids), post.id),
        back,
        body: post.body.unwrap_or_default(),
        note: String::new(),
        errors: Vec::new(),
    })
}

fn topic_href_of((g, t, _): &(String, String, String)) -> String {
    format!("{HOME}/groups/{g}/topics/{t}")
}

/// Replaces a post's text, with a note everyone sees saying why.
pub async fn edit(
    State(state): State<AppState>,
    writer: Writer,
    Path(ids): Path<(String, String, String)>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let (_, topic, post, back) = moderated_post(&mut tx, &who, &ids).await?;
    let (typed, note) = (field(&pairs, "post"), field(&pairs, "reason"));
    let mut errors: crate::forms::FieldErrors = Vec::new();
    let body = PostBody::parse(typed).map_err(|e| errors.push(("post", length_error(&who.tr, "post", e)))).ok();
    let why = Reason::parse(note).map_err(|e| errors.push(("reason", length_error(&who.tr, "reason", e)))).ok();
    if let (Some(body), Some(why)) = (body, why) {
        tx.edit_post(&who.actor, &topic, &post.id, &body, &why).await?;
        tx.commit().await?;
        return Ok(Redirect::to(&back).into_response());
    }
    tx.commit().await?;
    html_with_status(
        StatusCode::UNPROCESSABLE_ENTITY,
        &EditTemplate {
            page: Page::signed_in(&who, "community-edit-title", HOME),
            action: format!("{}/posts/{}/edit", topic_href_of(&ids), post.id),
            back,
            body: typed.to_owned(),
            note: note.to_owned(),
            errors,
        },
    )
}

#[derive(askama::Template)]
#[template(path = "community_member_action.html")]
struct MemberActionTemplate {
    page: Page,
    back: String,
    action: String,
    author: String,
    quoted: String,
    chosen: String,
    days: String,
    reason: String,
    errors: crate::forms::FieldErrors,
}

/// The post's author, when they are a member a moderator may act on.
fn member_author(post: &hearth_store::communities::Post) -> AppResult<UserId> {
    match (&post.author, &post.author_id) {
        (Author::Member(_), Some(id)) => Ok(id.clone()),
        _ => Err(AppError::NotFound),
    }
}

pub async fn author_page(
    Reading { who, mut tx }: Reading,
    Path(ids): Path<(String, String, String)>,
) -> AppResult<Response> {
    let (_, _, post, back) = moderated_post(&mut tx, &who, &ids).await?;
    member_author(&post)?;
    tx.commit().await?;
    html(&MemberActionTemplate {
        page: Page::signed_in(&who, "community-member-action-title", HOME),
        action: format!("{}/posts/{}/author", topic_href_of(&ids), post.id),
        back,
        author: author_label(&who.tr, &post.author),
        quoted: post.body.unwrap_or_default(),
        chosen: "warn".to_owned(),
        days: "7".to_owned(),
        reason: String::new(),
        errors: Vec::new(),
    })
}

/// Warns, mutes for some days, or removes the author from the group.
pub async fn author_action(
    State(state): State<AppState>,
    writer: Writer,
    Path(ids): Path<(String, String, String)>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    use hearth_store::communities::MemberModeration;
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let (group, _, post, back) = moderated_post(&mut tx, &who, &ids).await?;
    let member = member_author(&post)?;
    let (chosen, days, reason) = (field(&pairs, "act"), field(&pairs, "days"), field(&pairs, "reason"));
    let mut errors: crate::forms::FieldErrors = Vec::new();
    let action = match chosen {
        "warn" => Some(MemberModeration::Warn),
        "remove" => Some(MemberModeration::Remove),
        "mute" => match hearth_core::community::parse_mute_days(days) {
            Some(d) => Some(MemberModeration::Mute(tx.now().plus_seconds(i64::from(d) * 86_400))),
            None => {
                errors.push(("days", who.tr.t("community-error-mute-days")));
                None
            }
        },
        _ => {
            errors.push(("act", who.tr.t("community-error-member-action")));
            None
        }
    };
    let why = Reason::parse(reason).map_err(|e| errors.push(("reason", length_error(&who.tr, "reason", e)))).ok();
    if let (Some(action), Some(why)) = (action, why) {
        if !tx.moderate_member(&who.actor, &group.id, &member, action, &why).await? {
            return Err(AppError::NotFound);
        }
        tx.commit().await?;
        return Ok(Redirect::to(&back).into_response());
    }
    tx.commit().await?;
    html_with_status(
        StatusCode::UNPROCESSABLE_ENTITY,
        &MemberActionTemplate {
            page: Page::signed_in(&who, "community-member-action-title", HOME),
            action: format!("{}/posts/{}/author", topic_href_of(&ids), post.id),
            back,
            author: author_label(&who.tr, &post.author),
            quoted: post.body.unwrap_or_default(),
            chosen: chosen.to_owned(),
            days: days.to_owned(),
            reason: reason.to_owned(),
            errors,
        },
    )
}

/// Closes the flags on a post that breaks no rule.
pub async fn dismiss_flags(
    State(state): State<AppState>,
    writer: Writer,
    Path((g, t, p)): Path<(String, String, String)>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let group = group_for(&mut tx, &who, &g, Action::ModerateGroup).await?;
    let topic = topic_in(&mut tx, &group, &t).await?;
    let post = PostId::parse(&p).map_err(|_| AppError::NotFound)?;
    tx.dismiss_flags(&who.actor, &topic, &post).await?;
    tx.commit().await?;
    Ok(Redirect::to(QUEUE).into_response())
}

// ----- The moderators' queue -----

struct QuestionRow {
    href: String,
    group: String,
    title: String,
    waited: String,
    raised: bool,
}

struct FlagRow {
    href: String,
    group: String,
    author: String,
    body_html: String,
    reasons: Vec<String>,
    when: String,
    hide: String,
    dismiss: String,
}

#[derive(askama::Template)]
#[template(path = "community_queue.html")]
struct QueueTemplate {
    page: Page,
    questions: Vec<QuestionRow>,
    flags: Vec<FlagRow>,
}

fn waited(tr: &Tr, since: hearth_core::clock::Timestamp, now: hearth_core::clock::Timestamp) -> String {
    let hours = (now.millis() - since.millis()).max(0) / 3_600_000;
    if hours < 48 {
        tr.tn("community-waited-hours", "count", hours)
    } else {
        tr.tn("community-waited-days", "count", hours / 24)
    }
}

pub async fn queue_page(Reading { who, mut tx }: Reading) -> AppResult<Response> {
    let scope = moderation_scope(&who.actor);
    if scope == hearth_core::access::ModerationScope::Nothing {
        return Err(AppError::Forbidden);
    }
    let now = tx.now();
    let tr = &who.tr;
    let questions = tx
        .unanswered_questions(&scope)
        .await?
        .into_iter()
        .map(|q| QuestionRow {
            href: topic_href(&q.group, &q.topic),
            group: q.group_name,
            title: q.title,
            waited: waited(tr, q.asked_at, now),
            raised: q.raised != hearth_core::community::QuestionRaised::NotYet,
        })
        .collect();
    let flags = tx
        .open_flags(&who.actor, &scope)
        .await?
        .into_iter()
        .map(|f| {
            let topic = topic_href(&f.group, &f.topic);
            FlagRow {
                href: topic.clone(),
                group: f.group_name,
                author: author_label(tr, &f.author),
                body_html: light_format_html(&f.body),
                reasons: f.reasons,
                when: who.dates().when(f.first_flagged_at),
                hide: format!("{topic}/posts/{}/hide", f.post),
                dismiss: format!("{topic}/posts/{}/dismiss", f.post),
            }
        })
        .collect();
    tx.commit().await?;
    html(&QueueTemplate { page: Page::signed_in(&who, "community-queue-title", HOME), questions, flags })
}

// ----- The moderation log -----

struct LogRow {
    when: String,
    what: String,
    by: String,
    member: Option<String>,
    reason: Option<String>,
}

#[derive(askama::Template)]
#[template(path = "community_moderation.html")]
struct ModerationTemplate {
    page: Page,
    group: Group,
    href: String,
    rows: Vec<LogRow>,
}

pub async fn moderation_page(Reading { who, mut tx }: Reading, Path(id): Path<String>) -> AppResult<Response> {
    let group = group_for(&mut tx, &who, &id, Action::ModerateGroup).await?;
    let tr = &who.tr;
    let rows = tx
        .moderation_log(&who.actor, &group.id, who.user.role == Role::CommunityManager)
        .await?
        .into_iter()
        .map(|e| LogRow {
            when: who.dates().when(e.at),
            what: tr.t(&format!("community-moderation-{}", e.kind.as_str().replace('_', "-"))),
            by: author_label(tr, &e.by),
            member: e.member.map(|m| author_label(tr, &m)),
            reason: e.reason,
        })
        .collect();
    tx.commit().await?;
    html(&ModerationTemplate {
        page: Page::signed_in(&who, "community-moderation-title", HOME),
        href: group_href(&group.id),
        group,
        rows,
    })
}

// ----- Scheduled posts -----

struct ScheduledRow {
    kind: String,
    title: String,
    when: String,
    /// Still to come: where to take it back.
    cancel: Option<String>,
    /// Published: the topic it became.
    topic: Option<String>,
}

#[derive(askama::Template)]
#[template(path = "community_schedule.html")]
struct ScheduleTemplate {
    page: Page,
    group: Group,
    href: String,
    rows: Vec<ScheduledRow>,
    kinds: Vec<(&'static str, String)>,
    kind: String,
    title: String,
    post: String,
    when: String,
    zone: String,
    errors: crate::forms::FieldErrors,
}

async fn schedule_page_of(
    tx: &mut Tx,
    who: &SignedIn,
    group: Group,
    typed: (String, String, String, String),
    errors: crate::forms::FieldErrors,
) -> AppResult<ScheduleTemplate> {
    let tr = &who.tr;
    let href = group_href(&group.id);
    let rows = tx
        .scheduled_posts(&group.id)
        .await?
        .into_iter()
        .map(|p| ScheduledRow {
            kind: tr.t(&format!("community-kind-{}", p.kind.as_str())),
            title: p.title,
            when: who.dates().when(p.publish_at),
            cancel: p.topic.is_none().then(|| format!("{href}/schedule/{}/cancel", p.id)),
            topic: p.topic.map(|t| topic_href(&group.id, &t)),
        })
        .collect();
    Ok(ScheduleTemplate {
        page: Page::signed_in(who, "community-schedule-title", HOME),
        href,
        group,
        rows,
        kinds: ScheduledKind::ALL
            .iter()
            .map(|k| (k.as_str(), tr.t(&format!("community-kind-{}", k.as_str()))))
            .collect(),
        kind: typed.0,
        title: typed.1,
        post: typed.2,
        when: typed.3,
        zone: who.dates().place(),
        errors,
    })
}

pub async fn schedule_page(Reading { who, mut tx }: Reading, Path(id): Path<String>) -> AppResult<Response> {
    require_manager(&who)?;
    let group = group_for(&mut tx, &who, &id, Action::ModerateGroup).await?;
    let typed = ("prompt".to_owned(), String::new(), String::new(), String::new());
    let page = schedule_page_of(&mut tx, &who, group, typed, Vec::new()).await?;
    tx.commit().await?;
    html(&page)
}

/// Plans a post for a set time in the organisation's zone; a time in the
/// past is refused, with everything typed kept.
pub async fn schedule_post(
    State(state): State<AppState>,
    writer: Writer,
    Path(id): Path<String>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    require_manager(&who)?;
    let group = group_for(&mut tx, &who, &id, Action::ModerateGroup).await?;
    let typed = (
        field(&pairs, "kind").to_owned(),
        field(&pairs, "title").to_owned(),
        field(&pairs, "post").to_owned(),
        field(&pairs, "publish_at").to_owned(),
    );
    let mut errors: crate::forms::FieldErrors = Vec::new();
    let kind = ScheduledKind::parse(&typed.0);
    if kind.is_none() {
        errors.push(("kind", who.tr.t("community-error-kind")));
    }
    let title = TopicTitle::parse(&typed.1).map_err(|e| errors.push(("title", length_error(&who.tr, "title", e)))).ok();
    let body = PostBody::parse(&typed.2).map_err(|e| errors.push(("post", length_error(&who.tr, "post", e)))).ok();
    let at = who.zone.parse_input(&typed.3).filter(|at| *at > tx.now());
    if at.is_none() {
        errors.push(("publish_at", who.tr.t("community-error-publish-at")));
    }
    if let (Some(kind), Some(title), Some(body), Some(at)) = (kind, title, body, at) {
        tx.schedule_post(&who.actor, &group, kind, &title, &body, at).await?;
        tx.commit().await?;
        return Ok(Redirect::to(&format!("{}/schedule", group_href(&group.id))).into_response());
    }
    let page = schedule_page_of(&mut tx, &who, group, typed, errors).await?;
    tx.commit().await?;
    html_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
}

/// Takes back a post not yet published, once the manager confirmed it.
pub async fn cancel_scheduled(
    State(state): State<AppState>,
    writer: Writer,
    Path((g, p)): Path<(String, String)>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    require_manager(&who)?;
    let group = group_for(&mut tx, &who, &g, Action::ModerateGroup).await?;
    let id = hearth_core::ids::ScheduledPostId::parse(&p).map_err(|_| AppError::NotFound)?;
    if field(&pairs, "confirm") == "yes" && !tx.cancel_scheduled_post(&who.actor, &group, &id).await? {
        return Err(AppError::NotFound);
    }
    tx.commit().await?;
    Ok(Redirect::to(&format!("{}/schedule", group_href(&group.id))).into_response())
}

// ----- Settings -----

#[derive(askama::Template)]
#[template(path = "community_settings.html")]
struct SettingsTemplate {
    page: Page,
    ambassadors: String,
    manager: String,
    error: Option<String>,
}

pub async fn settings_page(Reading { who, mut tx }: Reading) -> AppResult<Response> {
    require_manager(&who)?;
    let limits = tx.question_limits(&who.actor.organisation_id).await?;
    tx.commit().await?;
    html(&SettingsTemplate {
        page: Page::signed_in(&who, "community-settings-title", HOME),
        ambassadors: limits.ambassadors_after_hours.to_string(),
        manager: limits.manager_after_hours.to_string(),
        error: None,
    })
}

pub async fn save_settings(
    State(state): State<AppState>,
    writer: Writer,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    require_manager(&who)?;
    let (a, m) = (field(&pairs, "ambassadors_after_hours"), field(&pairs, "manager_after_hours"));
    match QuestionLimits::parse(a, m) {
        Ok(limits) => {
            tx.save_question_limits(&who.actor, limits).await?;
            tx.commit().await?;
            Ok(Redirect::to(HOME).into_response())
        }
        Err(e) => {
            tx.commit().await?;
            let error = who.tr.t(match e {
                InvalidQuestionLimits::OutOfRange => "community-error-limits-range",
                InvalidQuestionLimits::ManagerNotLater => "community-error-limits-order",
            });
            html_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &SettingsTemplate {
                    page: Page::signed_in(&who, "community-settings-title", HOME),
                    ambassadors: a.to_owned(),
                    manager: m.to_owned(),
                    error: Some(error),
                },
            )
        }
    }
}

// ----- I need to talk to someone -----

#[derive(askama::Template)]
#[template(path = "community_help.html")]
struct HelpTemplate {
    page: Page,
    urgent_contacts: Option<String>,
    /// A member of a family file: their practitioners can be reached.
    can_ask: bool,
    sent: bool,
}

async fn help_page_of(tx: &mut Tx, who: &SignedIn, sent: bool) -> AppResult<HelpTemplate> {
    require_member_side(who)?;
    let mut urgent_contacts = None;
    let member = tx.member_of_account(&who.user.id).await?;
    let can_ask = member.is_some();
    if let Some(member) = member {
        let read = tx.read_family(&who.actor, &member.family_id).await?;
        urgent_contacts =
            tx.agreements_of(&read, &member.id).await?.first().and_then(|a| a.choices.get("urgent_contacts").cloned());
    }
    Ok(HelpTemplate { page: Page::signed_in(who, "community-help-title", HOME), urgent_contacts, can_ask, sent })
}

/// The urgent contacts at once; nothing is posted anywhere.
pub async fn help_page(Reading { who, mut tx }: Reading) -> AppResult<Response> {
    let page = help_page_of(&mut tx, &who, false).await?;
    tx.commit().await?;
    html(&page)
}

/// Asks for someone to talk to: whoever is on call hears of it now, else
/// the family's practitioners. Nothing is posted in any group.
pub async fn ask_for_help(State(state): State<AppState>, writer: Writer) -> AppResult<Response> {
    use hearth_store::notifications::NotificationKind;
    let Writing { who, mut tx } = writer.begin(&state).await?;
    require_member_side(&who)?;
    let member = tx.member_of_account(&who.user.id).await?.ok_or(AppError::Forbidden)?;
    let read = tx.read_family(&who.actor, &member.family_id).await?;
    let organisation = who.actor.organisation_id.clone();
    let now = tx.now();
    let on_call: Vec<UserId> = tx.on_call_at(&organisation, now).await?.into_iter().map(|s| s.user_id).collect();
    let reached = if on_call.is_empty() {
        tx.assigned_workers(&read).await?.into_iter().map(|w| w.user_id).collect()
    } else {
        on_call
    };
    for user in &reached {
        tx.notify(
            &organisation,
            user,
            NotificationKind::CommunityHelpRequested,
            Some(read.family()),
            Some(&who.user.id),
        )
        .await?;
    }
    tx.community_help_requested(&who.actor, &read).await?;
    let page = help_page_of(&mut tx, &who, true).await?;
    tx.commit().await?;
    crate::jobs::email_notifications_soon(&state);
    html(&page)
}

// ----- Inviting from the family file -----

/// A practitioner invites a member with a portal account to a group.
pub async fn invite_member(
    State(state): State<AppState>,
    writer: Writer,
    Path((family_id, member_id)): Path<(String, String)>,
    Form(pairs): Form<Pairs>,
) -> AppResult<Response> {
    let Writing { who, mut tx } = writer.begin(&state).await?;
    let family = crate::access::family_for(&mut tx, &who, &family_id, Action::InviteToCommunity).await?;
    let read = tx.read_family(&who.actor, &family.id).await?;
    let member_id = hearth_core::ids::MemberId::parse(&member_id).map_err(|_| AppError::NotFound)?;
    let member = tx.member(&read, &member_id).await?.ok_or(AppError::NotFound)?;
    let back = format!("/families/{}/members/{}", family.id, member.id);
    let group_id = GroupId::parse(field(&pairs, "group")).map_err(|_| AppError::NotFound)?;
    let group = tx.community_group(&who.actor.organisation_id, &group_id).await?.ok_or(AppError::NotFound)?;
    let outcome = match &member.account_user_id {
        Some(account) => tx.invite_to_group(&who.actor, &read, account, &group).await?,
        None => Invited::NoAccount,
    };
    tx.commit().await?;
    let notice = match outcome {
        Invited::Sent => "invited",
        Invited::AlreadyMember => "member",
        Invited::AlreadyInvited => "waiting",
        Invited::NoAccount => "no-account",
        Invited::NotPossible => "not-possible",
    };
    Ok(Redirect::to(&format!("{back}?community={notice}#community")).into_response())
}
