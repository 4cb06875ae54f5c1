//! The code of conduct for online work: the admin publishes versions (from
//! Hearth's starting text), staff are asked on their home page until they
//! acknowledge the current one, supervisors see who has not and the team's
//! skills; family members read short guides in the portal, each page light
//! enough for a weak connection.

use hearth_core::accounts::Role;

use crate::support::{TestApp, TestResult, plain};

#[tokio::test]
async fn staff_acknowledge_each_version_and_supervisors_see_who_has_not() -> TestResult {
    let app = TestApp::spawn().await?;
    let (org, team) = app.organisation("Org").await?;
    let admin_user = app.user(&org, None, Role::OrganisationAdmin, "admin@org.example").await?;
    let supervisor_user = app.user(&org, Some(&team), Role::Supervisor, "sam@org.example").await?;
    let pat_user = app.user(&org, Some(&team), Role::Practitioner, "pat@org.example").await?;
    let _kim = app.user(&org, Some(&team), Role::Practitioner, "kim@org.example").await?;

    let pat = app.client()?;
    app.sign_in(&pat, &pat_user).await?;
    let home = plain(&pat.get(app.url("/")).send().await?.text().await?);
    assert!(!home.contains("waits for you to read and acknowledge it"), "nothing published yet");
    assert!(
        plain(&pat.get(app.url("/conduct")).send().await?.text().await?)
            .contains("has not published a code of conduct yet")
    );

    // The admin starts from Hearth's text; a broken text is refused and kept.
    let admin = app.client()?;
    app.sign_in(&admin, &admin_user).await?;
    let page = admin.get(app.url("/admin/conduct")).send().await?.text().await?;
    assert!(plain(&page).contains("starting text"), "{page}");
    let refused = admin.post(app.url("/admin/conduct")).form(&[("body", "[[section]]\nkey = \"x\"\n")]).send().await?;
    assert_eq!(refused.status(), 422);
    let body = refused.text().await?;
    assert!(plain(&body).contains("The code was not published") && body.contains("key = &#34;x&#34;"), "{body}");
    let starter = hearth_core::conduct::STARTER;
    assert_eq!(admin.post(app.url("/admin/conduct")).form(&[("body", starter)]).send().await?.status(), 303);

    // Pat is asked, reads, acknowledges; the question goes.
    let home = plain(&pat.get(app.url("/")).send().await?.text().await?);
    assert!(home.contains("Version 1 of the code of conduct for online work waits for you"), "{home}");
    let conduct = plain(&pat.get(app.url("/conduct")).send().await?.text().await?);
    let first_title =
        hearth_core::conduct::Code::parse(starter).map_err(|e| format!("{e:?}"))?.sections[0].title["en"].clone();
    assert!(conduct.contains(&first_title) && conduct.contains("I have read version 1"), "{conduct}");
    assert_eq!(pat.post(app.url("/conduct/acknowledge")).form(&[("version", "1")]).send().await?.status(), 303);
    assert!(!plain(&pat.get(app.url("/")).send().await?.text().await?).contains("waits for you to read"));
    // Skills rated on the same page.
    let code = hearth_core::conduct::Code::parse(starter).map_err(|e| format!("{e:?}"))?;
    let skill = format!("skill-{}", code.skills[0].key);
    assert_eq!(
        pat.post(app.url("/conduct/skills")).form(&[(skill.as_str(), "needs_practice")]).send().await?.status(),
        303
    );

    // The supervisor sees Pat acknowledged and rated, Kim not.
    let sam = app.client()?;
    app.sign_in(&sam, &supervisor_user).await?;
    let standing = plain(&sam.get(app.url("/conduct/standing")).send().await?.text().await?);
    assert!(standing.contains("2 people have not acknowledged it yet"), "Sam and Kim: {standing}");
    assert!(standing.contains("Needs practice") && standing.contains("version 1"), "{standing}");
    assert_eq!(pat.get(app.url("/conduct/standing")).send().await?.status(), 403);

    // A new version asks everyone again.
    assert_eq!(admin.post(app.url("/admin/conduct")).form(&[("body", starter)]).send().await?.status(), 303);
    let home = plain(&pat.get(app.url("/")).send().await?.text().await?);
    assert!(home.contains("Version 2 of the code of conduct"), "{home}");
    // Acknowledging an older version than the current one does not count.
    assert_eq!(pat.post(app.url("/conduct/acknowledge")).form(&[("version", "1")]).send().await?.status(), 303);
    assert!(plain(&pat.get(app.url("/")).send().await?.text().await?).contains("Version 2 of the code"));
    Ok(())
}

#[tokio::test]
async fn family_guides_are_light_and_in_every_language() -> TestResult {
    let app = TestApp::spawn().await?;
    let (org, _) = app.organisation("Org").await?;
    let member_user = app.user(&org, None, Role::FamilyMember, "farah@family.example").await?;
    let member = app.client()?;
    app.sign_in(&member, &member_user).await?;
    let list = plain(&member.get(app.url("/portal/guides")).send().await?.text().await?);
    assert!(list.contains("video call"), "{list}");
    for key in ["video-call", "private-at-home", "fake-accounts", "working-agreement"] {
        // The first load, compressed as a phone receives it: the page and everything it loads.
        let path = format!("/portal/guides/{key}");
        let page = member.get(app.url(&path)).header("accept-encoding", "gzip").send().await?;
        assert_eq!(page.status(), 200, "{key}");
        let compressed = page.bytes().await?.len();
        let html = member.get(app.url(&path)).send().await?.text().await?;
        assert!(html.contains("<svg") && html.contains("id=\"guide-steps\""), "{key}: a picture and steps");
        let mut total = compressed;
        for attr in ["href=\"/static/", "src=\"/static/"] {
            for part in html.split(attr).skip(1) {
                let asset = part.split('"').next().unwrap_or_default();
                let bytes = member
                    .get(app.url(&format!("/static/{asset}")))
                    .header("accept-encoding", "gzip")
                    .send()
                    .await?
                    .bytes()
                    .await?;
                total += bytes.len();
            }
        }
        assert!(total < 30 * 1024, "{key}: {total} bytes on first load");
    }
    // Staff have no portal guides; other people's guides do not exist.
    assert_eq!(member.get(app.url("/portal/guides/no-such-guide")).send().await?.status(), 404);
    Ok(())
}
