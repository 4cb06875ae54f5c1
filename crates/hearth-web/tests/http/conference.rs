//! A family group conference: the family's own plan, its progress, the print view.

use hearth_core::accounts::Role;

use crate::support::{TestApp, TestResult, location};

#[tokio::test]
async fn a_plan_from_the_conference_to_the_print_view() -> TestResult {
    let app = TestApp::spawn().await?;
    let (org, team) = app.organisation("Org").await?;
    let pat = app.user(&org, Some(&team), Role::Practitioner, "pat@org.example").await?;
    let client = app.client()?;
    app.sign_in(&client, &pat).await?;
    let family =
        location(&client.post(app.url("/families")).form(&[("name", "El Amrani"), ("team", "")]).send().await?);
    let empty = client.get(app.url(&format!("{family}/conferences"))).send().await?.text().await?;
    assert!(empty.contains("class=\"empty\""));

    // A half-filled action row is refused and everything typed is kept.
    let refused = client
        .post(app.url(&format!("{family}/conferences")))
        .form(&[
            ("held_on", "2026-11-20"),
            ("family_participants", "Fatima (mother), Leila (aunt)"),
            ("what-0", "Leila takes Ilias to the boxing club on Wednesdays"),
            ("who-0", ""),
            ("agreement", "agreed"),
        ])
        .send()
        .await?;
    assert_eq!(refused.status(), 422);
    let body = refused.text().await?;
    assert!(body.contains("Leila takes Ilias to the boxing club on Wednesdays"));
    assert!(body.contains("Fatima (mother), Leila (aunt)"));

    let saved = client
        .post(app.url(&format!("{family}/conferences")))
        .form(&[
            ("held_on", "2026-11-20"),
            ("family_participants", "Fatima (mother), Leila (aunt)"),
            ("professional_participants", "Pat (family support)"),
            ("what-0", "Leila takes Ilias to the boxing club on Wednesdays"),
            ("who-0", "Leila"),
            ("due-0", "2026-12-01"),
            ("what-2", "Fatima calls the school about his absences"),
            ("who-2", "Fatima"),
            ("agreement", "agreed"),
            ("review_on", "2027-01-15"),
        ])
        .send()
        .await?;
    let conference = location(&saved);
    assert!(conference.starts_with(&format!("{family}/conferences/")), "{conference}");
    let page = client.get(app.url(&conference)).send().await?.text().await?;
    assert!(page.contains("boxing club") && page.contains("calls the school"));
    assert_eq!(page.matches("/progress\"").count(), 2, "two actions, each with a progress form");
    let action = page.split("/actions/").nth(1).and_then(|s| s.split('/').next()).ok_or("action id")?.to_owned();

    // A status not on the list is said by the action, with the note kept.
    let refused = client
        .post(app.url(&format!("{conference}/actions/{action}/progress")))
        .form(&[("status", "abandoned_forever"), ("note", "First Wednesday went well")])
        .send()
        .await?;
    assert_eq!(refused.status(), 422);
    let refused = refused.text().await?;
    assert!(refused.contains("id=\"progress-error\"") && refused.contains("value=\"First Wednesday went well\""));
    // So is a note longer than a plan's line, never cut short.
    let long = "Went well. ".repeat(200);
    let refused = client
        .post(app.url(&format!("{conference}/actions/{action}/progress")))
        .form(&[("status", "in_progress"), ("note", long.as_str())])
        .send()
        .await?;
    assert_eq!(refused.status(), 422);
    let refused = refused.text().await?;
    assert!(refused.contains("longer than 2,000 characters") && refused.contains(long.trim()));
    let progress = client
        .post(app.url(&format!("{conference}/actions/{action}/progress")))
        .form(&[("status", "in_progress"), ("note", "First Wednesday went well")])
        .send()
        .await?;
    assert!(location(&progress).starts_with(&conference));
    client
        .post(app.url(&format!("{conference}/actions/{action}/progress")))
        .form(&[("status", "done"), ("note", "")])
        .send()
        .await?;
    let page = client.get(app.url(&conference)).send().await?.text().await?;
    assert!(page.contains("progress-done"));
    assert!(page.contains("First Wednesday went well"), "progress over time is kept");

    let print = client.get(app.url(&format!("{conference}/print"))).send().await?.text().await?;
    assert!(print.contains("boxing club") && print.contains("15 Jan 2027"), "{print}");
    assert!(!print.contains("<nav"), "the print view has no navigation");
    assert!(!print.contains("First Wednesday"), "internal progress notes stay off the family's copy");

    let file = client.get(app.url(&family)).send().await?.text().await?;
    assert!(file.contains("2027-01-15"), "the conference's review date becomes the file's next review");
    Ok(())
}
