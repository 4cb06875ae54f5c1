//! Peer-support communities: joining by invitation or application, the
//! house rules gate, pseudonyms that keep real names out, questions that
//! are raised when nobody answers, flags and hiding, and asking for help.

use hearth_core::accounts::Role;
use hearth_core::ids::{FamilyId, OrganisationId, TeamId};
use hearth_store::notifications::NotificationKind;

use crate::support::{Fallible, TestApp, TestResult, TestUser, location, plain};

/// An organisation with a community manager, a peer ambassador, a
/// practitioner and a family whose mother has a portal account; each signed
/// in on their own client.
struct Community {
    org: OrganisationId,
    team: TeamId,
    manager: (reqwest::Client, TestUser),
    ambassador: (reqwest::Client, TestUser),
    pat: (reqwest::Client, TestUser),
    amina: (reqwest::Client, TestUser),
    member_page: String,
}

async fn community(app: &TestApp) -> Fallible<Community> {
    let (org, team) = app.organisation("Org").await?;
    let mut signed_in = Vec::new();
    for (role, email) in [
        (Role::CommunityManager, "casey.manager@org.example"),
        (Role::PeerAmbassador, "ari.ambassador@org.example"),
        (Role::Practitioner, "pat.worker@org.example"),
        (Role::FamilyMember, "amina.haddad@family.example"),
    ] {
        let user = app.user(&org, Some(&team), role, email).await?;
        let client = app.client()?;
        app.sign_in(&client, &user).await?;
        signed_in.push((client, user));
    }
    let amina = signed_in.pop().ok_or("amina")?;
    let pat = signed_in.pop().ok_or("pat")?;
    let ambassador = signed_in.pop().ok_or("ambassador")?;
    let manager = signed_in.pop().ok_or("manager")?;
    let created =
        pat.0.post(app.url("/families")).form(&[("name", "Haddad family"), ("team", team.as_str())]).send().await?;
    let family = location(&created);
    pat.0
        .post(app.url(&format!("{family}/members")))
        .form(&[("name", "Amina Haddad"), ("role", "parent"), ("languages", "Arabic")])
        .send()
        .await?;
    let family_id = FamilyId::parse(family.trim_start_matches("/families/"))?;
    let mut tx = app.store.begin().await?;
    let read = tx.read_family(&pat.1.actor, &family_id).await?;
    let member = tx.members_of(&read).await?.into_iter().next().ok_or("member")?;
    tx.link_member_account(&org, &member.id, &amina.1.actor.user_id).await?;
    tx.commit().await?;
    let member_page = format!("{family}/members/{}", member.id);
    Ok(Community { org, team, manager, ambassador, pat, amina, member_page })
}

/// The manager opens a group with the ambassador; returns its page.
async fn open_group(app: &TestApp, c: &Community, name: &str) -> Fallible<String> {
    let new = c.manager.0.get(app.url("/community/groups/new")).send().await?.text().await?;
    assert!(new.contains("ari.ambassador"), "the manager chooses among the peer ambassadors by name");
    let ambassador = c.ambassador.1.actor.user_id.to_string();
    let created = c
        .manager
        .0
        .post(app.url("/community/groups"))
        .form(&[
            ("name", name),
            ("purpose", "For parents whose child went abroad."),
            ("rules", "Be kind. Share your own story, not other people's. No names or places."),
            ("ambassador", ambassador.as_str()),
        ])
        .send()
        .await?;
    assert_eq!(created.status(), 303);
    Ok(location(&created))
}

async fn choose_pseudonym(app: &TestApp, client: &reqwest::Client, name: &str) -> TestResult {
    let chosen = client.post(app.url("/community/pseudonym")).form(&[("pseudonym", name)]).send().await?;
    assert_eq!(chosen.status(), 303, "{name} accepted");
    Ok(())
}

/// Amina, invited from her member page, joins, accepts the rules and asks
/// a question. Returns the group and the topic.
async fn amina_asks(app: &TestApp, c: &Community) -> Fallible<(String, String)> {
    let group = open_group(app, c, "Parents of a child abroad").await?;
    let group_id = group.trim_start_matches("/community/groups/").to_owned();
    let invited = c
        .pat
        .0
        .post(app.url(&format!("{}/community-invitation", c.member_page)))
        .form(&[("group", group_id.as_str())])
        .send()
        .await?;
    assert_eq!(invited.status(), 303);
    let page = c.pat.0.get(app.url(&location(&invited))).send().await?.text().await?;
    assert!(plain(&page).contains("The invitation was sent."), "{page}");

    choose_pseudonym(app, &c.amina.0, "Quiet river").await?;
    let home = c.amina.0.get(app.url("/community")).send().await?.text().await?;
    let action = home.split("action=\"/community/invitations/").nth(1).and_then(|r| r.get(..32)).ok_or("invitation")?;
    let accepted =
        c.amina.0.post(app.url(&format!("/community/invitations/{action}"))).form(&[("accept", "yes")]).send().await?;
    assert_eq!(location(&accepted), format!("{group}/rules"), "on to the house rules");

    // No post before the rules are accepted.
    let early = c
        .amina
        .0
        .post(app.url(&format!("{group}/topics")))
        .form(&[("title", "Is anyone else waiting?"), ("post", "My son left two years ago."), ("question", "yes")])
        .send()
        .await?;
    assert_eq!(early.status(), 422);
    let body = early.text().await?;
    assert!(
        body.contains("Read and accept the house rules first.") && body.contains("My son left two years ago."),
        "{body}"
    );

    let rules = c.amina.0.get(app.url(&format!("{group}/rules"))).send().await?.text().await?;
    assert!(rules.contains("Be kind.") && rules.contains("cannot guarantee"), "rules and the safety notice");
    c.amina.0.post(app.url(&format!("{group}/rules"))).form(&[("version", "1"), ("accept", "yes")]).send().await?;
    let asked = c
        .amina
        .0
        .post(app.url(&format!("{group}/topics")))
        .form(&[("title", "هل ينتظر أحد غيري؟"), ("post", "ابني غادر **منذ سنتين**."), ("question", "yes")])
        .send()
        .await?;
    assert_eq!(asked.status(), 303);
    Ok((group, location(&asked)))
}

#[tokio::test]
async fn a_member_joins_by_invitation_accepts_the_rules_asks_and_an_ambassador_answers() -> TestResult {
    let app = TestApp::spawn().await?;
    let c = community(&app).await?;

    // A pseudonym with her real name in it is refused, and what she typed stays.
    let refused =
        c.amina.0.post(app.url("/community/pseudonym")).form(&[("pseudonym", "Amina from Ghent")]).send().await?;
    assert_eq!(refused.status(), 422);
    let body = refused.text().await?;
    assert!(body.contains("contains your real name") && body.contains("value=\"Amina from Ghent\""));

    for given_away in ["amina.h", "Had-dad"] {
        let refused = c.amina.0.post(app.url("/community/pseudonym")).form(&[("pseudonym", given_away)]).send().await?;
        assert_eq!(refused.status(), 422, "{given_away}: the e-mail's and the family file's names count too");
    }

    let (group, topic) = amina_asks(&app, &c).await?;
    let page = c.amina.0.get(app.url(&topic)).send().await?.text().await?;
    assert!(page.contains("ابني غادر <strong>منذ سنتين</strong>."), "light formatting, in Arabic");

    // The ambassador answers under their pseudonym.
    choose_pseudonym(&app, &c.ambassador.0, "Olive tree").await?;
    let queue = c.ambassador.0.get(app.url("/community/queue")).send().await?.text().await?;
    assert!(queue.contains("هل ينتظر أحد غيري؟"), "the question is in the ambassador's queue");
    let replied = c
        .ambassador
        .0
        .post(app.url(&format!("{topic}/replies")))
        .form(&[("post", "You are not alone. <script>alert(1)</script> We wait too.")])
        .send()
        .await?;
    assert_eq!(replied.status(), 303);
    let page = c.amina.0.get(app.url(&topic)).send().await?.text().await?;
    assert!(plain(&page).contains("Olive tree (ambassador)"));
    assert!(page.contains("&lt;script&gt;") && !page.contains("<script>alert"), "escaped");
    let queue = c.ambassador.0.get(app.url("/community/queue")).send().await?.text().await?;
    assert!(queue.contains("Every question has an answer."), "answered questions leave the queue");

    // The asker marks the reply that helped.
    let reply_id = page.split("name=\"post\" value=\"").nth(1).and_then(|r| r.get(..32)).ok_or("helpful form")?;
    let marked = c.amina.0.post(app.url(&format!("{topic}/helpful"))).form(&[("post", reply_id)]).send().await?;
    assert_eq!(marked.status(), 303);
    let page = c.amina.0.get(app.url(&topic)).send().await?.text().await?;
    assert!(page.contains("class=\"helpful\""));

    // New house rules: she accepts them again before her next post.
    let published = c
        .manager
        .0
        .post(app.url(&format!("{group}/rules/new")))
        .form(&[("rules", "Be kind. No names, no places, no photos. Moderators may hide posts.")])
        .send()
        .await?;
    assert_eq!(published.status(), 303);
    let blocked = c.amina.0.post(app.url(&format!("{topic}/replies"))).form(&[("post", "Thank you.")]).send().await?;
    assert_eq!(blocked.status(), 422);
    assert!(blocked.text().await?.contains("Read and accept the house rules first."));
    let rules = c.amina.0.get(app.url(&format!("{group}/rules"))).send().await?.text().await?;
    assert!(rules.contains("The house rules have changed"));
    c.amina.0.post(app.url(&format!("{group}/rules"))).form(&[("version", "2"), ("accept", "yes")]).send().await?;
    let thanked = c.amina.0.post(app.url(&format!("{topic}/replies"))).form(&[("post", "Thank you.")]).send().await?;
    assert_eq!(thanked.status(), 303);
    Ok(())
}

#[tokio::test]
async fn no_community_page_carries_a_members_real_name() -> TestResult {
    let app = TestApp::spawn().await?;
    let c = community(&app).await?;
    let (group, topic) = amina_asks(&app, &c).await?;
    choose_pseudonym(&app, &c.ambassador.0, "Olive tree").await?;
    c.ambassador.0.post(app.url(&format!("{topic}/replies"))).form(&[("post", "Welcome.")]).send().await?;

    // Bilal applies; declined without a reason is refused, then declined with one, then approved.
    let bilal_user = app.user(&c.org, Some(&c.team), Role::FamilyMember, "bilal.karimi@family.example").await?;
    let bilal = app.client()?;
    app.sign_in(&bilal, &bilal_user).await?;
    choose_pseudonym(&app, &bilal, "Evening walker").await?;
    let home = bilal.get(app.url("/community")).send().await?.text().await?;
    assert!(home.contains(&format!("{group}/apply")), "other groups can be applied to");
    let short = bilal.post(app.url(&format!("{group}/apply"))).form(&[("application", "hi")]).send().await?;
    assert_eq!(short.status(), 422);
    let applied = bilal
        .post(app.url(&format!("{group}/apply")))
        .form(&[("application", "My brother was sentenced last year.")])
        .send()
        .await?;
    assert_eq!(applied.status(), 303);
    let list = c.manager.0.get(app.url("/community/applications")).send().await?.text().await?;
    assert!(list.contains("bilal.karimi") && list.contains("My brother was sentenced last year."));
    let application =
        list.split("action=\"/community/applications/").nth(1).and_then(|r| r.get(..32)).ok_or("application")?;
    let no_reason = c
        .manager
        .0
        .post(app.url(&format!("/community/applications/{application}")))
        .form(&[("decision", "decline"), ("reason", "")])
        .send()
        .await?;
    assert_eq!(no_reason.status(), 422);
    assert!(no_reason.text().await?.contains("Write the reason."));
    let approved = c
        .manager
        .0
        .post(app.url(&format!("/community/applications/{application}")))
        .form(&[("decision", "approve"), ("reason", "")])
        .send()
        .await?;
    assert_eq!(approved.status(), 303);

    // Everything Bilal and the ambassador can open in the community names
    // Amina only by her pseudonym, and the ambassador only by theirs.
    let pages = [
        "/community".to_owned(),
        group.clone(),
        format!("{group}/rules"),
        topic.clone(),
        "/community/queue".to_owned(),
        format!("{group}/moderation"),
    ];
    for (client, who) in [(&bilal, "member"), (&c.ambassador.0, "ambassador")] {
        for path in &pages {
            let response = client.get(app.url(path)).send().await?;
            let status = response.status();
            let body = plain(&response.text().await?);
            if status == 200 {
                assert!(body.contains("href=\"/community/help\""), "someone to talk to, one step away, on {path}");
            }
            for real in ["amina.haddad", "Amina Haddad", "Haddad", "ari.ambassador"] {
                let own = who == "ambassador" && real == "ari.ambassador";
                assert!(own || !body.contains(real), "{who} sees {real} on {path} ({status})");
            }
        }
    }
    let page = plain(&bilal.get(app.url(&topic)).send().await?.text().await?);
    assert!(page.contains("Quiet river") && page.contains("Olive tree (ambassador)"));
    // Who applied, and the decision, are for the manager alone.
    let log = plain(&c.ambassador.0.get(app.url(&format!("{group}/moderation"))).send().await?.text().await?);
    assert!(!log.contains("Approved an application") && !log.contains("Evening walker"), "{log}");
    let log = plain(&c.manager.0.get(app.url(&format!("{group}/moderation"))).send().await?.text().await?);
    assert!(log.contains("Approved an application") && log.contains("Evening walker"), "{log}");
    Ok(())
}

#[tokio::test]
async fn an_unanswered_question_is_raised_to_the_ambassadors_then_the_manager() -> TestResult {
    let app = TestApp::spawn().await?;
    let c = community(&app).await?;
    let limits = c
        .manager
        .0
        .post(app.url("/community/settings"))
        .form(&[("ambassadors_after_hours", "12"), ("manager_after_hours", "6")])
        .send()
        .await?;
    assert_eq!(limits.status(), 422, "the manager is told after the ambassadors");
    assert!(limits.text().await?.contains("value=\"6\""));
    let limits = c
        .manager
        .0
        .post(app.url("/community/settings"))
        .form(&[("ambassadors_after_hours", "12"), ("manager_after_hours", "48")])
        .send()
        .await?;
    assert_eq!(limits.status(), 303);
    let (_group, _topic) = amina_asks(&app, &c).await?;
    choose_pseudonym(&app, &c.ambassador.0, "Olive tree").await?;

    let raised = |app: &TestApp| {
        let state = app.state.clone();
        async move { Ok::<_, Box<dyn std::error::Error>>(hearth_web::jobs::run_due_work(&state).await?.questions_raised) }
    };
    app.clock.advance_seconds(11 * 3600);
    assert_eq!(raised(&app).await?, 0, "not yet");
    app.clock.advance_seconds(2 * 3600);
    assert_eq!(raised(&app).await?, 1, "past the first limit");
    assert_eq!(raised(&app).await?, 0, "once");
    // Hours passed: sessions have ended.
    app.sign_in(&c.ambassador.0, &c.ambassador.1).await?;
    let home = plain(&c.ambassador.0.get(app.url("/community")).send().await?.text().await?);
    assert!(home.contains("has waited too long for an answer"), "{home}");
    // Ambassadors have no notifications page: they are e-mailed too, once, without the question.
    let mail: Vec<String> = app.smtp.wait_for(1).await.iter().map(|m| crate::support::decoded_body(m)).collect();
    let mail = mail.iter().find(|m| m.contains("has waited too long for an answer")).ok_or("ambassador e-mail")?;
    assert!(mail.contains("/community/queue") && !mail.contains("هل ينتظر"), "{mail}");
    let manager_notified = |app: &TestApp, c: &Community| {
        let store = app.store.clone();
        let actor = c.manager.1.actor.clone();
        async move {
            let mut tx = store.begin().await?;
            let n = tx.notifications_of(&actor).await?;
            tx.commit().await?;
            Ok::<_, Box<dyn std::error::Error>>(
                n.iter().filter(|n| n.kind == NotificationKind::CommunityQuestionWaiting).count(),
            )
        }
    };
    assert_eq!(manager_notified(&app, &c).await?, 0);
    app.clock.advance_seconds(36 * 3600);
    assert_eq!(raised(&app).await?, 1, "past the second limit");
    assert_eq!(manager_notified(&app, &c).await?, 1);
    app.sign_in(&c.manager.0, &c.manager.1).await?;
    let queue = plain(&c.manager.0.get(app.url("/community/queue")).send().await?.text().await?);
    assert!(queue.contains("waiting 2 days") && queue.contains("past the time limit"), "{queue}");
    Ok(())
}

#[tokio::test]
async fn a_flagged_post_is_reviewed_hidden_and_its_author_told_why() -> TestResult {
    let app = TestApp::spawn().await?;
    let c = community(&app).await?;
    let (group, topic) = amina_asks(&app, &c).await?;
    let page = c.amina.0.get(app.url(&topic)).send().await?.text().await?;
    let flag = page.split("href=\"").find(|h| h.contains("/flag\"")).and_then(|h| h.split('"').next()).ok_or("flag")?;
    let flag = flag.to_owned();

    // A member reports it; the reason is required and kept when refused.
    let refused = c.amina.0.post(app.url(&flag)).form(&[("reason", "")]).send().await?;
    assert_eq!(refused.status(), 422);
    let flagged = c.amina.0.post(app.url(&flag)).form(&[("reason", "It names a town.")]).send().await?;
    assert_eq!(flagged.status(), 303);

    choose_pseudonym(&app, &c.ambassador.0, "Olive tree").await?;
    let queue = c.ambassador.0.get(app.url("/community/queue")).send().await?.text().await?;
    assert!(queue.contains("It names a town."), "the ambassador reviews it");
    let hide = flag.replace("/flag", "/hide");
    let hidden =
        c.ambassador.0.post(app.url(&hide)).form(&[("reason", "Places can identify a family.")]).send().await?;
    assert_eq!(hidden.status(), 303);
    let queue = c.ambassador.0.get(app.url("/community/queue")).send().await?.text().await?;
    assert!(queue.contains("No reported posts."));
    let page = c.amina.0.get(app.url(&topic)).send().await?.text().await?;
    assert!(page.contains("A moderator hid this post.") && !page.contains("منذ سنتين"));
    let home = plain(&c.amina.0.get(app.url("/community")).send().await?.text().await?);
    assert!(home.contains("was hidden by a moderator") && home.contains("Places can identify a family."), "{home}");
    let log = plain(&c.manager.0.get(app.url(&format!("{group}/moderation"))).send().await?.text().await?);
    assert!(log.contains("Hid a post") && log.contains("Olive tree (ambassador)") && log.contains("Quiet river"));

    // The reported post opened the topic: its title is hidden with it.
    let group_page = plain(&c.amina.0.get(app.url(&group)).send().await?.text().await?);
    assert!(group_page.contains("A moderator hid this topic.") && !group_page.contains("هل ينتظر أحد غيري؟"));

    // A member may not hide; staff outside the community never read a group.
    let forbidden = c.amina.0.post(app.url(&hide)).form(&[("reason", "Not allowed")]).send().await?;
    assert_eq!(forbidden.status(), 403);
    let practitioner = c.pat.0.get(app.url(&group)).send().await?;
    assert_eq!(practitioner.status(), 403);
    Ok(())
}

#[tokio::test]
async fn asking_for_help_reaches_the_practitioner_or_whoever_is_on_call() -> TestResult {
    let app = TestApp::spawn().await?;
    let c = community(&app).await?;
    let help_notifications = |app: &TestApp, who: &TestUser| {
        let store = app.store.clone();
        let actor = who.actor.clone();
        async move {
            let mut tx = store.begin().await?;
            let n = tx.notifications_of(&actor).await?;
            tx.commit().await?;
            Ok::<_, Box<dyn std::error::Error>>(
                n.iter().filter(|n| n.kind == NotificationKind::CommunityHelpRequested).count(),
            )
        }
    };
    let page = c.amina.0.get(app.url("/community/help")).send().await?.text().await?;
    assert!(page.contains("If someone is in danger now"), "the urgent contacts at once");
    let asked = c.amina.0.post(app.url("/community/help")).send().await?;
    assert_eq!(asked.status(), 200);
    assert!(asked.text().await?.contains("Your request has been sent."));
    assert_eq!(help_notifications(&app, &c.pat.1).await?, 1, "the family's practitioner, when nobody is on call");

    // With someone on call, they are told instead.
    let onc = app.user(&c.org, Some(&c.team), Role::Practitioner, "onc.call@org.example").await?;
    let admin = app.user(&c.org, None, Role::OrganisationAdmin, "admin@org.example").await?;
    let mut tx = app.store.begin().await?;
    let now = tx.now();
    tx.add_on_call_shift(&admin.actor, &onc.actor.user_id, now.minus_seconds(3600), now.plus_seconds(3600)).await?;
    tx.commit().await?;
    c.amina.0.post(app.url("/community/help")).send().await?;
    assert_eq!(help_notifications(&app, &onc).await?, 1);
    assert_eq!(help_notifications(&app, &c.pat.1).await?, 1, "not the practitioner again");

    // Nothing was posted anywhere.
    let mut tx = app.store.begin().await?;
    let groups = tx.community_groups(&c.org).await?;
    tx.commit().await?;
    assert!(groups.is_empty(), "no group was needed, and none was written to");
    Ok(())
}

#[tokio::test]
async fn moderators_edit_mute_and_remove_and_the_member_is_told_why() -> TestResult {
    let app = TestApp::spawn().await?;
    let c = community(&app).await?;
    let (group, topic) = amina_asks(&app, &c).await?;
    choose_pseudonym(&app, &c.ambassador.0, "Olive tree").await?;
    let page = c.ambassador.0.get(app.url(&topic)).send().await?.text().await?;
    let edit = page.split("href=\"").find(|h| h.contains("/edit\"")).and_then(|h| h.split('"').next()).ok_or("edit")?;
    let author = edit.replace("/edit", "/author");

    // An edit needs a reason; then everyone sees the new text and why.
    let refused = c.ambassador.0.post(app.url(edit)).form(&[("post", "ابني غادر."), ("reason", "")]).send().await?;
    assert_eq!(refused.status(), 422);
    assert!(refused.text().await?.contains("ابني غادر."), "the edited text is kept");
    let edited = c
        .ambassador
        .0
        .post(app.url(edit))
        .form(&[("post", "ابني غادر."), ("reason", "A date could identify you")])
        .send()
        .await?;
    assert_eq!(edited.status(), 303);
    let page = plain(&c.amina.0.get(app.url(&topic)).send().await?.text().await?);
    assert!(page.contains("Edited by a moderator: A date could identify you") && !page.contains("منذ سنتين"), "{page}");

    // Muting: a number of days from 1 to 90; she reads but cannot write until then.
    let bad = c
        .ambassador
        .0
        .post(app.url(&author))
        .form(&[("act", "mute"), ("days", "0"), ("reason", "Cooling off after the row")])
        .send()
        .await?;
    assert_eq!(bad.status(), 422);
    assert!(bad.text().await?.contains("Cooling off after the row"));
    let muted = c
        .ambassador
        .0
        .post(app.url(&author))
        .form(&[("act", "mute"), ("days", "2"), ("reason", "Cooling off after the row")])
        .send()
        .await?;
    assert_eq!(muted.status(), 303);
    let blocked = c.amina.0.post(app.url(&format!("{topic}/replies"))).form(&[("post", "Sorry.")]).send().await?;
    assert_eq!(blocked.status(), 422, "a muted member may not write");
    let body = plain(&blocked.text().await?);
    assert!(body.contains("muted you in this group until") && body.contains("Sorry."), "told why, text kept: {body}");
    assert_eq!(c.amina.0.get(app.url(&topic)).send().await?.status(), 200, "but still reads");
    let home = plain(&c.amina.0.get(app.url("/community")).send().await?.text().await?);
    assert!(home.contains("muted you for a while") && home.contains("Cooling off after the row"), "{home}");
    app.clock.advance_seconds(3 * 86_400);
    app.sign_in(&c.amina.0, &c.amina.1).await?;
    let back = c.amina.0.post(app.url(&format!("{topic}/replies"))).form(&[("post", "Sorry.")]).send().await?;
    assert_eq!(back.status(), 303, "the mute has ended");

    // Removed by the manager: the group is closed to her, and she is told why.
    app.sign_in(&c.manager.0, &c.manager.1).await?;
    let removed = c
        .manager
        .0
        .post(app.url(&author))
        .form(&[("act", "remove"), ("days", ""), ("reason", "Repeated names of other families")])
        .send()
        .await?;
    assert_eq!(removed.status(), 303);
    assert_eq!(c.amina.0.get(app.url(&group)).send().await?.status(), 403);
    let home = plain(&c.amina.0.get(app.url("/community")).send().await?.text().await?);
    assert!(home.contains("You were removed") && home.contains("Repeated names of other families"), "{home}");
    let log = plain(&c.manager.0.get(app.url(&format!("{group}/moderation"))).send().await?.text().await?);
    for kind in ["Edited a post", "Muted a member", "Removed a member"] {
        assert!(log.contains(kind), "{kind} in {log}");
    }

    // Removed means removed: no invitation brings her back, old or new.
    let group_id = group.trim_start_matches("/community/groups/");
    app.sign_in(&c.pat.0, &c.pat.1).await?;
    let again = c
        .pat
        .0
        .post(app.url(&format!("{}/community-invitation", c.member_page)))
        .form(&[("group", group_id)])
        .send()
        .await?;
    let page = plain(&c.pat.0.get(app.url(&location(&again))).send().await?.text().await?);
    assert!(page.contains("They cannot be invited to this group."), "{page}");
    let home = c.amina.0.get(app.url("/community")).send().await?.text().await?;
    assert!(!home.contains("action=\"/community/invitations/"), "no invitation waits for her");
    Ok(())
}

#[tokio::test]
async fn planned_posts_appear_in_the_group_at_their_time() -> TestResult {
    let app = TestApp::spawn().await?;
    let c = community(&app).await?;
    let (group, _topic) = amina_asks(&app, &c).await?;
    let schedule = format!("{group}/schedule");
    let past = c
        .manager
        .0
        .post(app.url(&schedule))
        .form(&[
            ("kind", "event"),
            ("title", "Coffee morning"),
            ("post", "Saturday at ten, at the centre."),
            ("publish_at", "2001-01-01T10:00"),
        ])
        .send()
        .await?;
    assert_eq!(past.status(), 422);
    let body = past.text().await?;
    assert!(body.contains("Choose a date and time in the future.") && body.contains("Saturday at ten, at the centre."));

    // Two days ahead, in the organisation's zone (UTC here).
    let tx = app.store.begin().await?;
    let when = tx.now().plus_seconds(2 * 86_400);
    tx.commit().await?;
    let local = hearth_core::zone::Zone::utc().input_value(when);
    for (kind, title) in [("event", "Coffee morning"), ("prompt", "What helped you this week?")] {
        let planned = c
            .manager
            .0
            .post(app.url(&schedule))
            .form(&[("kind", kind), ("title", title), ("post", "Tell us."), ("publish_at", local.as_str())])
            .send()
            .await?;
        assert_eq!(planned.status(), 303);
    }
    let page = c.manager.0.get(app.url(&schedule)).send().await?.text().await?;
    let cancel =
        page.split("action=\"").find(|a| a.contains("/cancel\"")).and_then(|a| a.split('"').next()).ok_or("cancel")?;
    let cancel = cancel.to_owned();
    let unconfirmed = c.manager.0.post(app.url(&cancel)).form(&[("confirm", "")]).send().await?;
    assert_eq!(unconfirmed.status(), 303);
    assert!(
        c.manager.0.get(app.url(&schedule)).send().await?.text().await?.contains(&cancel),
        "kept without confirming"
    );
    c.manager.0.post(app.url(&cancel)).form(&[("confirm", "yes")]).send().await?;

    let published = |app: &TestApp| {
        let state = app.state.clone();
        async move {
            Ok::<_, Box<dyn std::error::Error>>(hearth_web::jobs::run_due_work(&state).await?.scheduled_posts_published)
        }
    };
    assert_eq!(published(&app).await?, 0, "not yet");
    app.clock.advance_seconds(2 * 86_400 + 60);
    assert_eq!(published(&app).await?, 1, "the one left is published");
    assert_eq!(published(&app).await?, 0, "once");
    app.sign_in(&c.amina.0, &c.amina.1).await?;
    let page = plain(&c.amina.0.get(app.url(&group)).send().await?.text().await?);
    assert!(page.contains("casey.manager (community manager)"), "{page}");
    assert_eq!(page.matches("Coffee morning").count() + page.matches("What helped you this week?").count(), 1);
    Ok(())
}

#[tokio::test]
async fn the_digest_says_how_many_replies_never_what_they_say() -> TestResult {
    let app = TestApp::spawn().await?;
    let c = community(&app).await?;
    let (_group, topic) = amina_asks(&app, &c).await?;
    let on = c.amina.0.post(app.url("/community/digest")).form(&[("digest", "yes")]).send().await?;
    assert_eq!(on.status(), 303);
    choose_pseudonym(&app, &c.ambassador.0, "Olive tree").await?;
    app.clock.advance_seconds(60);
    c.ambassador.0.post(app.url(&format!("{topic}/replies"))).form(&[("post", "A secret detail")]).send().await?;
    let digests = |app: &TestApp| {
        let state = app.state.clone();
        async move {
            Ok::<_, Box<dyn std::error::Error>>(hearth_web::jobs::run_due_work(&state).await?.community_digests_sent)
        }
    };
    assert_eq!(digests(&app).await?, 0, "at most one a day");
    app.clock.advance_seconds(86_400);
    assert_eq!(digests(&app).await?, 1);
    assert_eq!(digests(&app).await?, 0, "once");
    let mail = app.smtp.wait_for(1).await.into_iter().map(|m| crate::support::decoded_body(&m)).collect::<Vec<_>>();
    let mail = mail.iter().find(|m| m.contains("New replies: 1")).ok_or("digest e-mail")?;
    assert!(mail.contains("/community") && !mail.contains("A secret detail") && !mail.contains("Olive tree"), "{mail}");
    assert!(!mail.contains("Parents of a child abroad"), "not even the group's name");
    Ok(())
}

#[tokio::test]
async fn a_hidden_reply_no_longer_answers_the_question() -> TestResult {
    let app = TestApp::spawn().await?;
    let c = community(&app).await?;
    let (_group, topic) = amina_asks(&app, &c).await?;
    choose_pseudonym(&app, &c.ambassador.0, "Olive tree").await?;
    c.ambassador
        .0
        .post(app.url(&format!("{topic}/replies")))
        .form(&[("post", "Try the town hall in Mechelen.")])
        .send()
        .await?;
    let page = c.amina.0.get(app.url(&topic)).send().await?.text().await?;
    let reply = page.split("name=\"post\" value=\"").nth(1).and_then(|r| r.get(..32)).ok_or("reply")?.to_owned();
    c.amina.0.post(app.url(&format!("{topic}/helpful"))).form(&[("post", reply.as_str())]).send().await?;
    let queue = plain(&c.manager.0.get(app.url("/community/queue")).send().await?.text().await?);
    assert!(queue.contains("Every question has an answer."));

    let hidden = c
        .manager
        .0
        .post(app.url(&format!("{topic}/posts/{reply}/hide")))
        .form(&[("reason", "A town was named")])
        .send()
        .await?;
    assert_eq!(hidden.status(), 303);
    let queue = plain(&c.manager.0.get(app.url("/community/queue")).send().await?.text().await?);
    assert!(queue.contains("هل ينتظر أحد غيري؟"), "back in the queue: {queue}");
    let page = c.amina.0.get(app.url(&topic)).send().await?.text().await?;
    assert!(!page.contains("class=\"helpful\""), "a hidden reply is not the one that helped");
    Ok(())
}
