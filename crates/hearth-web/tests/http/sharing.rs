//! Information sharing: partner agencies and the agreements with them, kept
//! by the organisation admin; refused forms keep what was typed; an agreement
//! past its review date is flagged and an ended one shown as unusable.

use hearth_core::accounts::Role;

use crate::support::{TestApp, TestResult, location, plain};

fn agreement<'a>(purpose: &'a str, starts: &'a str, review: &'a str, ends: &'a str) -> Vec<(&'static str, &'a str)> {
    vec![
        ("purpose", purpose),
        ("lawful_basis", "Public task (a task in the public interest or official authority)"),
        ("lawful_basis_note", "Counter-Terrorism and Security Act 2015, s.36"),
        ("category", "safeguarding_concerns"),
        ("category", "identity_and_contact"),
        ("threshold", "A concern that someone may be drawn into violence"),
        ("handling", "Secure e-mail; kept on the partner's case system"),
        ("retention", "Two years after the case closes"),
        ("signed_for_us_by", "Alex Admin"),
        ("signed_for_us_on", "2026-01-10"),
        ("signed_for_them_by", "Inspector Reyes"),
        ("signed_for_them_on", "2026-01-12"),
        ("starts_on", starts),
        ("review_on", review),
        ("ends_on", ends),
    ]
}

#[tokio::test]
async fn the_admin_keeps_partners_and_agreements_with_their_standing() -> TestResult {
    let app = TestApp::spawn().await?;
    let (org, team) = app.organisation("Org").await?;
    let admin = app.user(&org, None, Role::OrganisationAdmin, "admin@org.example").await?;
    let client = app.client()?;
    app.sign_in(&client, &admin).await?;
    let empty = client.get(app.url("/admin/partners")).send().await?.text().await?;
    assert!(empty.contains("No partner agencies yet."));

    // Everything wrong at once, and what was typed stays.
    let refused = client
        .post(app.url("/admin/partners"))
        .form(&[("name", "Police North"), ("kind", "spies"), ("contact_name", ""), ("contact_details", "0800 1234")])
        .send()
        .await?;
    assert_eq!(refused.status(), 422);
    let body = refused.text().await?;
    assert!(body.contains("Choose what kind of agency it is.") && body.contains("Name the point of contact"));
    assert!(body.contains("value=\"Police North\"") && body.contains("value=\"0800 1234\""));
    let added = client
        .post(app.url("/admin/partners"))
        .form(&[
            ("name", "Police North"),
            ("kind", "police"),
            ("contact_name", "Inspector Reyes"),
            ("contact_details", "reyes@police.example"),
        ])
        .send()
        .await?;
    assert_eq!(added.status(), 303);
    let partner = location(&added);
    let page = client.get(app.url(&partner)).send().await?.text().await?;
    assert!(page.contains("Nothing may be shared with them until there is one."));
    let emptied = client
        .post(app.url(&partner))
        .form(&[("name", ""), ("kind", "police"), ("contact_name", "Inspector Reyes"), ("contact_details", "")])
        .send()
        .await?;
    assert_eq!(emptied.status(), 422);
    let body = emptied.text().await?;
    assert!(body.contains("<h1>Police North</h1>") && body.contains("Give the agency"), "the page keeps its name");

    // An agreement whose review comes before its start, without categories, is refused as typed.
    let mut wrong = agreement("Safeguarding young people", "2026-02-01", "2026-01-01", "");
    wrong.retain(|(k, _)| *k != "category");
    let refused = client.post(app.url(&format!("{partner}/agreements"))).form(&wrong).send().await?;
    assert_eq!(refused.status(), 422);
    let body = refused.text().await?;
    assert!(body.contains("Choose at least one category") && body.contains("The review date comes after the start."));
    assert!(body.contains("Safeguarding young people") && body.contains("Inspector Reyes"), "typed values kept");

    // Today is the test clock's date: one agreement due for review, one ended, one in force.
    let today = hearth_core::wellbeing::LocalDate::of_stored(hearth_core::clock::Clock::now(&app.clock));
    let (past, earlier, later) = (today.plus_days(-400), today.plus_days(-30), today.plus_days(300));
    let (past, earlier, later) = (past.to_string(), earlier.to_string(), later.to_string());
    for (purpose, review, ends) in [
        ("Reviews overdue", earlier.as_str(), ""),
        ("Ended last month", later.as_str(), earlier.as_str()),
        ("In good standing", later.as_str(), ""),
    ] {
        let saved = client
            .post(app.url(&format!("{partner}/agreements")))
            .form(&agreement(purpose, &past, review, ends))
            .send()
            .await?;
        assert_eq!(saved.status(), 303, "{purpose}");
    }
    let page = plain(&client.get(app.url(&partner)).send().await?.text().await?);
    assert!(
        page.contains("Review due") && page.contains("Ended: it cannot be used") && page.contains("In force"),
        "{page}"
    );
    let list = plain(&client.get(app.url("/admin/partners")).send().await?.text().await?);
    assert!(list.contains("2 agreements in force") && list.contains("one due for review"), "{list}");

    // Only the admin keeps them; another organisation's partner is not found.
    let supervisor = app.user(&org, Some(&team), Role::Supervisor, "sam@org.example").await?;
    let other = app.client()?;
    app.sign_in(&other, &supervisor).await?;
    assert_eq!(other.get(app.url(&partner)).send().await?.status(), 403);
    let (elsewhere, _) = app.organisation("Elsewhere").await?;
    let foreign_admin = app.user(&elsewhere, None, Role::OrganisationAdmin, "admin@elsewhere.example").await?;
    let foreign = app.client()?;
    app.sign_in(&foreign, &foreign_admin).await?;
    assert_eq!(foreign.get(app.url(&partner)).send().await?.status(), 404);

    // The lawful bases are the organisation's own list.
    let bases = client.post(app.url("/admin/lawful-bases")).form(&[("bases", "  \n ")]).send().await?;
    assert_eq!(bases.status(), 422);
    client.post(app.url("/admin/lawful-bases")).form(&[("bases", "Legal obligation\nConsent")]).send().await?;
    let refused = client
        .post(app.url(&format!("{partner}/agreements")))
        .form(&agreement("Needs the old basis", &past, &later, ""))
        .send()
        .await?;
    assert_eq!(refused.status(), 422, "a basis no longer on the list is refused");
    Ok(())
}
