//! Check-ins: scheduled for a family member, answered in the portal (or
//! entered from a call), scored, banded and followed over time; regular and
//! after-session check-ins come round by themselves; instruments load from
//! the documented format with every problem said.

use hearth_core::accounts::Role;
use hearth_core::families::{FamilyName, MemberName, MemberRole};
use hearth_store::families::MemberDetails;

use crate::support::{Fallible, TestApp, TestResult, location, plain};

fn member(name: &str) -> Fallible<MemberDetails> {
    Ok(MemberDetails {
        name: MemberName::parse(name)?,
        role: MemberRole::Parent,
        languages: String::new(),
        needs_translator: false,
        whereabouts: None,
        contact_preferences: None,
    })
}

/// The wellbeing check-in's answers: worry, sleep, coping, alone, hope.
fn answers(values: [&str; 5]) -> Vec<(&'static str, &str)> {
    ["item-worry", "item-sleep", "item-coping", "item-alone", "item-hope"].into_iter().zip(values).collect()
}

#[tokio::test]
async fn check_ins_are_scheduled_answered_scored_and_followed() -> TestResult {
    let app = TestApp::spawn().await?;
    let (org, team) = app.organisation("Org").await?;
    let practitioner = app.user(&org, Some(&team), Role::Practitioner, "pat@org.example").await?;
    let amina_account = app.user(&org, None, Role::FamilyMember, "amina@family.example").await?;
    let other_account = app.user(&org, None, Role::FamilyMember, "omar@family.example").await?;
    let mut tx = app.store.begin().await?;
    let family = tx.create_family(&practitioner.actor, &FamilyName::parse("Haddad")?, Some(&team)).await?;
    let amina = tx.add_member(&practitioner.actor, &family, &member("Amina")?).await?;
    let yusuf = tx.add_member(&practitioner.actor, &family, &member("Yusuf")?).await?;
    tx.link_member_account(&org, &amina, &amina_account.actor.user_id).await?;
    tx.commit().await?;
    let page_url = app.url(&format!("/families/{family}/check-ins"));

    let pat = app.client()?;
    app.sign_in(&pat, &practitioner).await?;
    let empty = plain(&pat.get(&page_url).send().await?.text().await?);
    assert!(empty.contains("No check-in has been answered yet.") && empty.contains("Nothing is scheduled."));

    // Refused with what was typed; then every two weeks for Amina.
    let schedules = app.url(&format!("/families/{family}/check-ins/schedules"));
    let refused = pat
        .post(&schedules)
        .form(&[
            ("member", amina.as_str()),
            ("instrument", "wellbeing-check-in"),
            ("cadence", "every_weeks"),
            ("weeks", "0"),
        ])
        .send()
        .await?;
    assert_eq!(refused.status(), 422);
    let body = plain(&refused.text().await?);
    assert!(
        body.contains("Give a number of weeks from 1 to 26.") && body.contains(&format!("value=\"{amina}\" selected"))
    );
    let scheduled = pat
        .post(&schedules)
        .form(&[
            ("member", amina.as_str()),
            ("instrument", "wellbeing-check-in"),
            ("cadence", "every_weeks"),
            ("weeks", "2"),
        ])
        .send()
        .await?;
    assert_eq!(scheduled.status(), 303);
    let page = plain(&pat.get(&page_url).send().await?.text().await?);
    assert!(page.contains("Every 2 weeks") && page.contains("Waiting to be answered"), "{page}");

    // Amina answers in the portal; a missing answer is said inline and the rest kept.
    let member_client = app.client()?;
    app.sign_in(&member_client, &amina_account).await?;
    let list = member_client.get(app.url("/portal/check-ins")).send().await?.text().await?;
    let href = list
        .split("href=\"")
        .filter_map(|s| s.split('"').next())
        .find(|h| h.starts_with("/portal/check-ins/"))
        .ok_or("a check-in to answer")?
        .to_owned();
    // Someone else's account cannot open it.
    let omar = app.client()?;
    app.sign_in(&omar, &other_account).await?;
    assert_eq!(omar.get(app.url(&href)).send().await?.status(), 403);

    let form = plain(&member_client.get(app.url(&href)).send().await?.text().await?);
    assert!(form.contains("I have slept well.") && form.contains("All of the time"));
    let mut partial = answers(["3", "1", "1", "3", "1"]);
    partial.pop();
    let refused = member_client.post(app.url(&href)).form(&partial).send().await?;
    assert_eq!(refused.status(), 422);
    let body = refused.text().await?;
    assert!(body.contains("id=\"q-hope-missing\"") && body.contains("aria-invalid=\"true\""));
    assert!(body.contains("name=\"item-worry\" value=\"3\" checked"), "what was chosen stays chosen");
    // Strained: 3 + (4-1) + (4-1) + 3 + (4-1) = 15, a band of concern.
    let answered = member_client.post(app.url(&href)).form(&answers(["3", "1", "1", "3", "1"])).send().await?;
    assert_eq!(location(&answered), "/portal/check-ins?answered=1");
    let thanks = plain(&member_client.get(app.url("/portal/check-ins?answered=1")).send().await?.text().await?);
    assert!(thanks.contains("Thank you.") && thanks.contains("There is nothing to answer now."));
    assert_eq!(
        member_client.post(app.url(&href)).form(&answers(["0"; 5])).send().await?.status(),
        404,
        "answered once"
    );

    let page = plain(&pat.get(&page_url).send().await?.text().await?);
    assert!(page.contains("<td>15</td>") && page.contains("Under heavy strain: get in touch soon."), "{page}");
    assert_eq!(page.matches("class=\"score-point\"").count(), 1);
    let file = plain(&pat.get(app.url(&format!("/families/{family}"))).send().await?.text().await?);
    assert!(file.contains("A check-in was answered (recorded by amina)"), "on the timeline, without the answers");
    assert!(!file.contains("Under heavy strain"));
    let told = plain(&pat.get(app.url("/notifications")).send().await?.text().await?);
    assert!(told.contains("A check-in of Haddad (entered by amina) fell in a band of concern."), "{told}");

    // Two weeks on, the next one is asked by itself; a better fortnight.
    app.clock.advance_seconds(14 * 86_400);
    let state = app.state.clone();
    assert_eq!(hearth_web::jobs::run_due_work(&state).await?.check_ins_asked, 1);
    app.sign_in(&member_client, &amina_account).await?;
    let list = member_client.get(app.url("/portal/check-ins")).send().await?.text().await?;
    let next = list
        .split("href=\"")
        .filter_map(|s| s.split('"').next())
        .find(|h| h.starts_with("/portal/check-ins/"))
        .ok_or("the next check-in")?
        .to_owned();
    assert_ne!(next, href);
    // 1 + (4-3) + (4-3) + 0 + (4-3) = 4: coping well.
    member_client.post(app.url(&next)).form(&answers(["1", "3", "3", "0", "3"])).send().await?;

    // Yusuf has no account: his answers come by phone.
    app.sign_in(&pat, &practitioner).await?;
    let enter = pat
        .get(app.url(&format!("/families/{family}/check-ins/enter?member={yusuf}&instrument=wellbeing-check-in")))
        .send()
        .await?
        .text()
        .await?;
    assert!(enter.contains("I have been worried about my family member."));
    let mut by_phone = answers(["2", "2", "2", "2", "2"]);
    by_phone.push(("member", yusuf.as_str()));
    by_phone.push(("instrument", "wellbeing-check-in"));
    let entered = pat.post(app.url(&format!("/families/{family}/check-ins/answers"))).form(&by_phone).send().await?;
    assert_eq!(entered.status(), 303);
    let page = plain(&pat.get(&page_url).send().await?.text().await?);
    let amina_table = page.split("Amina: How are you doing?").nth(2).ok_or("Amina's table")?;
    let first = amina_table.find("<td>15</td>").ok_or("15")?;
    let second = amina_table.find("<td>4</td>").ok_or("4")?;
    assert!(first < second, "oldest first");
    assert!(page.contains("Coping well.") && page.contains("On the phone, entered by pat"));
    assert!(page.contains("Yusuf: How are you doing?"));

    // After every session online: a video session held asks Amina for feedback.
    let after = pat
        .post(&schedules)
        .form(&[("member", amina.as_str()), ("instrument", "session-feedback"), ("cadence", "after_digital_session")])
        .send()
        .await?;
    assert_eq!(after.status(), 303);
    let mut tx = app.store.begin().await?;
    let now = tx.now();
    let session = hearth_store::support_sessions::NewSupportSession {
        mode: hearth_core::support_sessions::SessionMode::Video,
        contact_kind: hearth_core::modality::ContactKind::CheckIn,
        starts_at: now.minus_seconds(3600),
        minutes: 30,
        place: "https://meet.example/room".into(),
        members: vec![amina.clone()],
        colleagues: Vec::new(),
        guardrail_override: None,
    };
    let session = tx.schedule_session(&practitioner.actor, &family, None, &session).await?;
    let read = tx.read_family(&practitioner.actor, &family).await?;
    let held = tx.support_session(&read, &session).await?.ok_or("session")?;
    tx.record_outcome(&practitioner.actor, &held, hearth_core::support_sessions::SessionOutcome::Held, None, None)
        .await?;
    tx.commit().await?;
    let list = plain(&member_client.get(app.url("/portal/check-ins")).send().await?.text().await?);
    assert!(list.contains("How was the session?"), "{list}");

    // Stopping withdraws what waits; answers stay.
    let page = pat.get(&page_url).send().await?.text().await?;
    let stops: Vec<&str> =
        page.split("action=\"").filter_map(|s| s.split('"').next()).filter(|a| a.ends_with("/end")).collect();
    assert_eq!(stops.len(), 2);
    for stop in stops {
        assert_eq!(pat.post(app.url(stop)).send().await?.status(), 303);
    }
    let list = plain(&member_client.get(app.url("/portal/check-ins")).send().await?.text().await?);
    assert!(list.contains("There is nothing to answer now."));
    let page = plain(&pat.get(&page_url).send().await?.text().await?);
    assert!(page.contains("Nothing is scheduled.") && page.contains("<td>15</td>"));
    Ok(())
}

#[tokio::test]
async fn instruments_load_from_the_documented_format() -> TestResult {
    let app = TestApp::spawn().await?;
    let (org, _) = app.organisation("Org").await?;
    let admin = app.user(&org, None, Role::OrganisationAdmin, "admin@org.example").await?;
    let client = app.client()?;
    app.sign_in(&client, &admin).await?;
    let page = plain(&client.get(app.url("/admin/instruments")).send().await?.text().await?);
    for shipped in ["How are you doing?", "How was the session?", "Your workload"] {
        assert!(page.contains(shipped), "{shipped} is shipped");
    }
    let broken =
        "key = \"parent-stress\"\nversion = 1\naudience = \"family_member\"\n[[item]]\nkey = \"a\"\nscale = \"none\"\n";
    let refused = client.post(app.url("/admin/instruments")).form(&[("body", broken)]).send().await?;
    assert_eq!(refused.status(), 422);
    let body = plain(&refused.text().await?);
    assert!(body.contains("the instrument needs an English title"), "{body}");
    assert!(
        body.contains("item &#34;a&#34; uses the scale &#34;none&#34;, which is not defined")
            || body.contains("which is not defined")
    );
    assert!(body.contains("parent-stress"), "what was typed stays");
    let syntax = client.post(app.url("/admin/instruments")).form(&[("body", "key = \n")]).send().await?;
    assert!(plain(&syntax.text().await?).contains("line 1"));

    let good = r#"
key = "parent-stress"
version = 1
audience = "family_member"
title.en = "Parenting under pressure"
title.nl = "Opvoeden onder druk"
[[scale]]
key = "yes-no"
option = [{ value = 0, label.en = "No" }, { value = 1, label.en = "Yes" }]
[[item]]
key = "tired"
text.en = "I am tired most days."
scale = "yes-no"
[[item]]
key = "support"
text.en = "I have someone to talk to."
scale = "yes-no"
reverse = true
[[band]]
from = 0
to = 1
level = "good"
meaning.en = "Managing."
[[band]]
from = 2
to = 2
level = "concern"
meaning.en = "Under pressure."
"#;
    let loaded = client.post(app.url("/admin/instruments")).form(&[("body", good)]).send().await?;
    assert_eq!(loaded.status(), 303);
    let page = plain(&client.get(app.url("/admin/instruments")).send().await?.text().await?);
    assert!(page.contains("Parenting under pressure") && page.contains("2–2: Under pressure."));
    let again = client.post(app.url("/admin/instruments")).form(&[("body", good)]).send().await?;
    assert_eq!(again.status(), 422);
    assert!(plain(&again.text().await?).contains("Raise the version to load a new one."));
    let newer =
        good.replace("version = 1", "version = 2").replace("Parenting under pressure", "Parenting, version two");
    assert_eq!(
        client.post(app.url("/admin/instruments")).form(&[("body", newer.as_str())]).send().await?.status(),
        303
    );
    let page = plain(&client.get(app.url("/admin/instruments")).send().await?.text().await?);
    assert!(page.contains("Parenting, version two") && !page.contains("Parenting under pressure"));
    Ok(())
}

#[tokio::test]
async fn a_practitioner_checks_in_on_their_workload_and_their_supervisor_sees_it() -> TestResult {
    let app = TestApp::spawn().await?;
    let (org, team) = app.organisation("Org").await?;
    let practitioner = app.user(&org, Some(&team), Role::Practitioner, "pat@org.example").await?;
    let supervisor = app.user(&org, Some(&team), Role::Supervisor, "sam@org.example").await?;
    let pat = app.client()?;
    app.sign_in(&pat, &practitioner).await?;
    let workload = plain(&pat.get(app.url("/workload")).send().await?.text().await?);
    assert!(workload.contains("Not filled in yet."));
    let form = plain(&pat.get(app.url("/workload/check-in")).send().await?.text().await?);
    assert!(form.contains("My caseload has felt manageable."));
    // Stretched: (4-0) + 4 + (4-0) + (4-1) = 15, heavy strain.
    let answers = [("item-manageable", "0"), ("item-drained", "4"), ("item-switch-off", "0"), ("item-support", "1")];
    let refused = pat.post(app.url("/workload/check-in")).form(&answers[..3]).send().await?;
    assert_eq!(refused.status(), 422);
    let sent = pat.post(app.url("/workload/check-in")).form(&answers).send().await?;
    assert_eq!(location(&sent), "/workload");
    let workload = plain(&pat.get(app.url("/workload")).send().await?.text().await?);
    assert!(workload.contains("Heavy strain: raise it with your supervisor now.") && workload.contains("(15)"));
    let sam = app.client()?;
    app.sign_in(&sam, &supervisor).await?;
    let team_page = plain(&sam.get(app.url("/team")).send().await?.text().await?);
    assert!(team_page.contains("Heavy strain: raise it with your supervisor now."), "{team_page}");
    Ok(())
}
