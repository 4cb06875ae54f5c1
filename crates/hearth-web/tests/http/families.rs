//! Caseloads, break-glass and "who accessed this record".

use hearth_core::accounts::Role;

use crate::support::{TestApp, TestResult, location, plain};

#[tokio::test]
async fn break_glass_needs_a_reason_is_audited_and_tells_the_supervisor() -> TestResult {
    let app = TestApp::spawn().await?;
    let (org, team) = app.organisation("Org").await?;
    let pat = app.user(&org, Some(&team), Role::Practitioner, "pat@org.example").await?;
    let quinn = app.user(&org, Some(&team), Role::Practitioner, "quinn@org.example").await?;
    let sam = app.user(&org, Some(&team), Role::Supervisor, "sam@org.example").await?;
    let pat_client = app.client()?;
    let quinn_client = app.client()?;
    let sam_client = app.client()?;
    app.sign_in(&pat_client, &pat).await?;
    app.sign_in(&quinn_client, &quinn).await?;
    app.sign_in(&sam_client, &sam).await?;

    let created = pat_client
        .post(app.url("/families"))
        .form(&[("name", "Haddad family"), ("team", team.as_str())])
        .send()
        .await?;
    assert_eq!(created.status(), 303);
    let family_path = location(&created);
    assert!(pat_client.get(app.url("/families")).send().await?.text().await?.contains("Haddad family"));
    assert!(
        !quinn_client.get(app.url("/families")).send().await?.text().await?.contains("Haddad family"),
        "not in Quinn's caseload"
    );

    let gate = quinn_client.get(app.url(&family_path)).send().await?;
    assert_eq!(gate.status(), 403);
    let gate = gate.text().await?;
    assert!(gate.contains("break-glass"), "the break-glass form is offered");
    assert!(!gate.contains("Haddad family"), "nothing of the file is shown before a reason");

    let short =
        quinn_client.post(app.url(&format!("{family_path}/break-glass"))).form(&[("reason", "urgent")]).send().await?;
    assert_eq!(short.status(), 422);
    assert!(short.text().await?.contains(">urgent</textarea>"), "the typed reason is kept");

    let reason = "Pat is off sick and the mother called in distress";
    let opened =
        quinn_client.post(app.url(&format!("{family_path}/break-glass"))).form(&[("reason", reason)]).send().await?;
    assert_eq!(location(&opened), family_path);
    assert!(
        opened
            .headers()
            .get_all("set-cookie")
            .iter()
            .any(|v| v.to_str().is_ok_and(|c| c.starts_with("hearth_session="))),
        "break-glass raises what the session may see, so it gets a new identifier"
    );
    let file = quinn_client.get(app.url(&family_path)).send().await?;
    assert_eq!(file.status(), 200);
    assert!(file.text().await?.contains("Haddad family"));

    let notes = sam_client.get(app.url("/notifications")).send().await?.text().await?;
    assert!(notes.contains("Haddad family"), "the supervisor is told");
    let log = sam_client.get(app.url(&format!("{family_path}/access-log"))).send().await?;
    assert_eq!(log.status(), 200);
    let log = log.text().await?;
    assert!(log.contains(reason), "the reason is in the access record");
    assert!(log.contains("quinn"), "who");

    // A long record is paged and narrowed by person, action and date.
    for _ in 0..55 {
        quinn_client.get(app.url(&family_path)).send().await?;
    }
    let log_url = |query: &str| app.url(&format!("{family_path}/access-log{query}"));
    let all = plain(&sam_client.get(log_url("")).send().await?.text().await?);
    assert!(all.contains("Page 1 of 2") && all.contains("access-log?page=2"), "paged: {all}");
    let quinn_id = quinn.actor.user_id.to_string();
    let break_glass = plain(
        &sam_client.get(log_url(&format!("?person={quinn_id}&action=family.break_glass"))).send().await?.text().await?,
    );
    assert!(break_glass.contains("One entry") && break_glass.contains(reason), "{break_glass}");
    assert!(break_glass.contains(&format!("value=\"{quinn_id}\" selected")), "the filter shows what was chosen");
    let viewed = plain(
        &sam_client.get(log_url(&format!("?person={quinn_id}&action=family.viewed"))).send().await?.text().await?,
    );
    assert!(
        viewed.contains("access-log?person=") && viewed.contains("action=family%2Eviewed&#38;page=2"),
        "the next page keeps the filters: {viewed}"
    );
    let before = plain(&sam_client.get(log_url("?to=2020-01-01")).send().await?.text().await?);
    assert!(before.contains("Nothing on the record matches"), "{before}");
    let odd = sam_client.get(log_url("?person=nobody&from=yesterday&page=x")).send().await?;
    assert_eq!(odd.status(), 200, "filters that mean nothing are ignored, not refused");
    assert_eq!(
        pat_client.get(app.url(&format!("{family_path}/access-log"))).send().await?.status(),
        403,
        "practitioners do not see the access log"
    );
    Ok(())
}

#[tokio::test]
async fn supervisors_assign_and_caseloads_follow() -> TestResult {
    let app = TestApp::spawn().await?;
    let (org, team) = app.organisation("Org").await?;
    let pat = app.user(&org, Some(&team), Role::Practitioner, "pat@org.example").await?;
    let quinn = app.user(&org, Some(&team), Role::Practitioner, "quinn@org.example").await?;
    let sam = app.user(&org, Some(&team), Role::Supervisor, "sam@org.example").await?;
    let (pat_c, quinn_c, sam_c) = (app.client()?, app.client()?, app.client()?);
    app.sign_in(&pat_c, &pat).await?;
    app.sign_in(&quinn_c, &quinn).await?;
    app.sign_in(&sam_c, &sam).await?;
    let path =
        location(&sam_c.post(app.url("/families")).form(&[("name", "Okafor"), ("team", team.as_str())]).send().await?);
    assert!(
        sam_c.get(app.url("/families")).send().await?.text().await?.contains("Okafor"),
        "team families are in the supervisor's list"
    );
    let assign = sam_c
        .post(app.url(&format!("{path}/assignments")))
        .form(&[("worker", quinn.actor.user_id.as_str()), ("assignment", "lead")])
        .send()
        .await?;
    assert_eq!(location(&assign), path);
    assert!(quinn_c.get(app.url("/families")).send().await?.text().await?.contains("Okafor"));
    assert_eq!(quinn_c.get(app.url(&path)).send().await?.status(), 200);
    assert_eq!(pat_c.get(app.url(&path)).send().await?.status(), 403);

    let search = quinn_c.get(app.url("/families?q=oka")).send().await?.text().await?;
    assert!(search.contains("Okafor"));
    let none = quinn_c.get(app.url("/families?q=zzz")).send().await?.text().await?;
    assert!(!none.contains("/families/") || !none.contains("Okafor"));

    let removed = sam_c.post(app.url(&format!("{path}/assignments/{}/remove", quinn.actor.user_id))).send().await?;
    assert_eq!(location(&removed), path);
    assert!(!quinn_c.get(app.url("/families")).send().await?.text().await?.contains("Okafor"));
    Ok(())
}

/// Tampered choices on the family file's forms are said on the page, never
/// a bare error page.
#[tokio::test]
async fn tampered_relationship_and_assignment_choices_are_refused_on_the_page() -> TestResult {
    let app = TestApp::spawn().await?;
    let (org, team) = app.organisation("Org").await?;
    let sam = app.user(&org, Some(&team), Role::Supervisor, "sam@org.example").await?;
    let client = app.client()?;
    app.sign_in(&client, &sam).await?;
    let family =
        location(&client.post(app.url("/families")).form(&[("name", "Haddad"), ("team", team.as_str())]).send().await?);
    client.post(app.url(&format!("{family}/members"))).form(&[("name", "Amina"), ("role", "parent")]).send().await?;
    let page = client.get(app.url(&family)).send().await?.text().await?;
    let amina = crate::support::member_ids(&page, &family).into_iter().next().ok_or("member")?;
    for form in [
        vec![("from", amina.as_str()), ("kind", "sibling_of"), ("to", amina.as_str())],
        vec![("from", amina.as_str()), ("kind", "enemy_of"), ("to", "0123456789abcdef0123456789abcdef")],
    ] {
        let refused = client.post(app.url(&format!("{family}/relationships"))).form(&form).send().await?;
        assert_eq!(refused.status(), 422, "{form:?}");
        assert!(refused.text().await?.contains("id=\"relationship-error\""), "said by the form");
    }
    let refused = client
        .post(app.url(&format!("{family}/assignments")))
        .form(&[("worker", "0123456789abcdef0123456789abcdef"), ("assignment", "overlord")])
        .send()
        .await?;
    assert_eq!(refused.status(), 422);
    assert!(refused.text().await?.contains("id=\"assignment-error\""));
    let refused = client
        .post(app.url(&format!("{family}/members/{amina}/verification")))
        .form(&[("verification", "trust_me")])
        .send()
        .await?;
    assert_eq!(refused.status(), 422);
    assert!(refused.text().await?.contains("id=\"verification-error\""), "the identity check too");
    Ok(())
}
