//! The glossary of online trends: staff find entries by any variant, with
//! accents, case and Arabic letter forms forgiven and partial words found;
//! only editors the organisation names write, and every change is a version
//! with who and why; entries past their review date are flagged to editors.

use hearth_core::accounts::Role;
use hearth_core::clock::Clock;
use hearth_core::wellbeing::LocalDate;

use crate::support::{TestApp, TestResult, location, plain};

fn entry<'a>(term: &'a str, variants: &'a str, review_on: &'a str) -> Vec<(&'static str, &'a str)> {
    vec![
        ("lang", "en"),
        ("kind", "term"),
        ("term", term),
        ("variants", variants),
        ("seen_in", "English, Arabic; TikTok"),
        ("meaning", "A word for the early Muslim community, used online by many groups."),
        ("may_indicate", "Nothing on its own; look at who uses it and how."),
        ("does_not_indicate", "Religious practice is not a concern."),
        ("sources", "https://example.org/glossary-source"),
        ("review_on", review_on),
        ("reason", "First version"),
    ]
}

#[tokio::test]
async fn staff_find_entries_by_any_spelling_and_only_editors_write() -> TestResult {
    let app = TestApp::spawn().await?;
    let (org, team) = app.organisation("Org").await?;
    let admin_user = app.user(&org, None, Role::OrganisationAdmin, "admin@org.example").await?;
    let editor_user = app.user(&org, Some(&team), Role::Supervisor, "editor@org.example").await?;
    let reader_user = app.user(&org, Some(&team), Role::Practitioner, "reader@org.example").await?;
    let member_user = app.user(&org, None, Role::FamilyMember, "member@family.example").await?;
    let today = LocalDate::of_stored(app.clock.now());
    let review = hearth_core::data_protection::plus_months(today, 6).to_string();

    // The admin names the editor.
    let admin = app.client()?;
    app.sign_in(&admin, &admin_user).await?;
    let granted = admin
        .post(app.url("/admin/glossary-editors"))
        .form(&[("user", editor_user.actor.user_id.as_str()), ("editor", "yes")])
        .send()
        .await?;
    assert_eq!(granted.status(), 303);

    // A reader may not write; the editor may, and a refused entry keeps what was typed.
    let reader = app.client()?;
    app.sign_in(&reader, &reader_user).await?;
    assert_eq!(reader.get(app.url("/glossary/new")).send().await?.status(), 403);
    let editor = app.client()?;
    app.sign_in(&editor, &editor_user).await?;
    let mut missing = entry("Salaf", "salafi\nالسلف\nSalaf al-Ṣāliḥ", &review);
    missing.retain(|(k, _)| *k != "does_not_indicate");
    let refused = editor.post(app.url("/glossary")).form(&missing).send().await?;
    assert_eq!(refused.status(), 422);
    let body = refused.text().await?;
    assert!(plain(&body).contains("Write what it does not indicate on its own."));
    assert!(body.contains("Salaf al-Ṣāliḥ") && body.contains("aria-invalid=\"true\""));
    let created = editor
        .post(app.url("/glossary"))
        .form(&entry("Salaf", "salafi\nالسلف\nSalaf al-Ṣāliḥ", &review))
        .send()
        .await?;
    assert_eq!(created.status(), 303);
    let href = location(&created);

    // A draft is the editors' until published.
    assert_eq!(reader.get(app.url(&href)).send().await?.status(), 404);
    let found = plain(&reader.get(app.url("/glossary?q=salaf")).send().await?.text().await?);
    assert!(!found.contains("Salaf"), "drafts are not found by readers");
    assert_eq!(editor.post(app.url(&format!("{href}/publish"))).send().await?.status(), 303);

    // Found by variant, accents, case, Arabic letter forms and part of a word.
    for query in ["salafi", "SALAF", "salih", "ṣāliḥ", "السلف", "سلف", "alaf"] {
        let page =
            plain(&reader.get(app.url(&format!("/glossary?q={}", urlencode(query)))).send().await?.text().await?);
        assert!(page.contains("Salaf"), "{query}: {page}");
    }
    let none = plain(&reader.get(app.url("/glossary?q=telegram")).send().await?.text().await?);
    assert!(none.contains("Nothing matches."));
    // Family members do not see the glossary.
    let member = app.client()?;
    app.sign_in(&member, &member_user).await?;
    assert_eq!(member.get(app.url("/glossary")).send().await?.status(), 403);

    // A change needs a reason; each is a version with who and why. A translation changes only its language.
    let mut changed = entry("Salaf", "salafi\nالسلف", &review);
    changed.retain(|(k, _)| *k != "reason");
    let refused = editor.post(app.url(&href)).form(&changed).send().await?;
    assert_eq!(refused.status(), 422);
    assert!(plain(&refused.text().await?).contains("Say why you change the entry."));
    changed.push(("reason", "Added where it is seen"));
    assert_eq!(editor.post(app.url(&href)).form(&changed).send().await?.status(), 303);
    let mut dutch = entry("Salaf", "salafi\nالسلف", &review);
    dutch.retain(|(k, _)| !matches!(*k, "lang" | "meaning" | "reason"));
    dutch.extend([("lang", "nl"), ("meaning", "Een woord voor de vroege moslimgemeenschap."), ("reason", "Vertaald")]);
    assert_eq!(editor.post(app.url(&href)).form(&dutch).send().await?.status(), 303);
    let page = plain(&reader.get(app.url(&href)).send().await?.text().await?);
    assert!(
        page.contains("Version 3") && page.contains("Vertaald") && page.contains("Added where it is seen"),
        "{page}"
    );
    assert!(page.contains("editor, "), "who changed it");
    assert!(page.contains("A word for the early Muslim community"), "English readers still read English");

    // Past its review date, it is flagged to editors (not to readers) until reviewed.
    app.clock.advance_seconds(200 * 86_400);
    let editor = app.client()?;
    app.sign_in(&editor, &editor_user).await?;
    let list = plain(&editor.get(app.url("/glossary")).send().await?.text().await?);
    assert!(
        list.contains("Past their review date") && !list.contains("Every entry is within its review date."),
        "{list}"
    );
    let next = hearth_core::data_protection::plus_months(LocalDate::of_stored(app.clock.now()), 6).to_string();
    assert_eq!(
        editor.post(app.url(&format!("{href}/review"))).form(&[("review_on", next.as_str())]).send().await?.status(),
        303
    );
    let list = plain(&editor.get(app.url("/glossary")).send().await?.text().await?);
    assert!(list.contains("Every entry is within its review date."), "{list}");
    Ok(())
}

fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| if b.is_ascii_alphanumeric() { (b as char).to_string() } else { format!("%{b:02X}") })
        .collect()
}
