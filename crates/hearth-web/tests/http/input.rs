//! The input boundary: text that cannot be stored is refused the same way on
//! both databases, with everything typed shown again, never a server error.

use hearth_core::accounts::Role;

use crate::support::{TestApp, TestResult, location, plain};

#[tokio::test]
async fn control_characters_are_refused_with_everything_typed_shown_again() -> TestResult {
    let app = TestApp::spawn().await?;
    let (org, team) = app.organisation("Org").await?;
    let pat = app.user(&org, Some(&team), Role::Practitioner, "pat@org.example").await?;
    let client = app.client()?;
    app.sign_in(&client, &pat).await?;
    for bad in ["Haddad\0family", "Haddad\u{7}family", "Haddad\u{85}family"] {
        let refused = client.post(app.url("/families")).form(&[("name", bad), ("team", "")]).send().await?;
        assert_eq!(refused.status(), 422, "{bad:?}");
        let page = plain(&refused.text().await?);
        assert!(page.contains("invisible control character"), "says why");
        assert!(
            page.contains("Haddad\u{2400}family") || page.contains("Haddad\u{FFFD}family"),
            "what was typed is shown"
        );
    }
    // Invalid UTF-8 in the encoding itself.
    let refused = client
        .post(app.url("/families"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body("name=Haddad%FF%FE&team=")
        .send()
        .await?;
    assert_eq!(refused.status(), 422);
    assert!(plain(&refused.text().await?).contains("not valid text"));
    // A query string too: the caseload search.
    let search = client.get(app.url("/families?q=Had%00dad")).send().await?;
    assert_eq!(search.status(), 422);
    // Nothing was stored.
    let caseload = client.get(app.url("/families")).send().await?.text().await?;
    assert!(!caseload.contains("Haddad"));
    // Line breaks and tabs are text; bidirectional controls are taken out.
    let created =
        client.post(app.url("/families")).form(&[("name", "\u{202E}Haddad family"), ("team", "")]).send().await?;
    let family = location(&created);
    assert!(family.starts_with("/families/"), "saved");
    let page = client.get(app.url(&family)).send().await?.text().await?;
    assert!(page.contains("Haddad family") && !page.contains('\u{202E}'), "the override is gone");
    let note = client
        .post(app.url(&format!("{family}/notes")))
        .form(&[("kind", "home_visit"), ("occurred", "2026-11-20T10:00"), ("text", "First line\nsecond\tline")])
        .send()
        .await?;
    assert_eq!(note.status(), 303);
    Ok(())
}
