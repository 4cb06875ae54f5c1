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

/// A bundle signed by one organisation imports into another that trusts its
/// key, keeping where each entry came from; a changed or unknown bundle is
/// refused with a clear message and nothing imported.
#[tokio::test]
async fn signed_bundles_travel_between_organisations_with_provenance() -> TestResult {
    let app = TestApp::spawn().await?;
    let (north, _) = app.organisation("North Families").await?;
    let (south, _) = app.organisation("South Support").await?;
    let north_admin = app.user(&north, None, Role::OrganisationAdmin, "admin@north.example").await?;
    let north_editor = app.user(&north, None, Role::Practitioner, "editor@north.example").await?;
    let south_admin = app.user(&south, None, Role::OrganisationAdmin, "admin@south.example").await?;
    let south_editor = app.user(&south, None, Role::Practitioner, "editor@south.example").await?;
    for (admin, editor) in [(&north_admin, &north_editor), (&south_admin, &south_editor)] {
        let client = app.client()?;
        app.sign_in(&client, admin).await?;
        let granted = client
            .post(app.url("/admin/glossary-editors"))
            .form(&[("user", editor.actor.user_id.as_str()), ("editor", "yes")])
            .send()
            .await?;
        assert_eq!(granted.status(), 303);
    }
    let today = LocalDate::of_stored(app.clock.now());
    let review = hearth_core::data_protection::plus_months(today, 6).to_string();
    let north_client = app.client()?;
    app.sign_in(&north_client, &north_editor).await?;
    let created = north_client.post(app.url("/glossary")).form(&entry("Ummah", "umma\nالأمة", &review)).send().await?;
    let href = location(&created);
    assert_eq!(north_client.post(app.url(&format!("{href}/publish"))).send().await?.status(), 303);
    let exchange = north_client.get(app.url("/glossary/exchange")).send().await?.text().await?;
    let key = exchange
        .split("id=\"our-public-key\" class=\"wrap\">")
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .ok_or("north's key")?
        .to_owned();
    assert_eq!(key.len(), 64);
    let bundle = north_client.get(app.url("/glossary/export.json")).send().await?;
    assert_eq!(bundle.status(), 200);
    let bundle = bundle.text().await?;

    let south_client = app.client()?;
    app.sign_in(&south_client, &south_editor).await?;
    // Not trusted yet: refused, with the bundle kept in the form.
    let refused = south_client.post(app.url("/glossary/import")).form(&[("body", bundle.as_str())]).send().await?;
    assert_eq!(refused.status(), 422);
    assert!(plain(&refused.text().await?).contains("signed with a key you do not trust yet"));
    // A key of the wrong shape is refused inline.
    let wrong = south_client
        .post(app.url("/glossary/signers"))
        .form(&[("name", "North"), ("public_key", "abc")])
        .send()
        .await?;
    assert_eq!(wrong.status(), 422);
    let trusted = south_client
        .post(app.url("/glossary/signers"))
        .form(&[("name", "North Families"), ("public_key", key.as_str())])
        .send()
        .await?;
    assert_eq!(trusted.status(), 303);
    // Changed after signing: refused.
    let tampered = bundle.replace("early Muslim community", "something else entirely");
    assert_ne!(tampered, bundle);
    let refused = south_client.post(app.url("/glossary/import")).form(&[("body", tampered.as_str())]).send().await?;
    assert_eq!(refused.status(), 422);
    assert!(plain(&refused.text().await?).contains("does not match its contents"));
    // The real one: previewed as new, then taken.
    let preview = south_client.post(app.url("/glossary/import")).form(&[("body", bundle.as_str())]).send().await?;
    assert_eq!(preview.status(), 200);
    let preview = preview.text().await?;
    assert!(plain(&preview).contains("Signed by North Families, checked.") && plain(&preview).contains("new"));
    let source = preview
        .split("name=\"accept\" value=\"")
        .nth(1)
        .and_then(|r| r.split('"').next())
        .ok_or("an entry")?
        .to_owned();
    let applied = south_client
        .post(app.url("/glossary/import/apply"))
        .form(&[("body", bundle.as_str()), ("accept", source.as_str())])
        .send()
        .await?;
    assert_eq!(applied.status(), 303);
    let found = south_client.get(app.url("/glossary?q=umma")).send().await?.text().await?;
    let results = found.split("id=\"glossary-results\"").nth(1).ok_or("results")?;
    let south_href =
        results.split("href=\"/glossary/").nth(1).and_then(|r| r.split('"').next()).ok_or("imported entry")?.to_owned();
    let page = plain(&south_client.get(app.url(&format!("/glossary/{south_href}"))).send().await?.text().await?);
    assert!(page.contains("North Families (v1)") && page.contains("imported version 1 from North Families"), "{page}");
    // Importing the same bundle again offers nothing new.
    let again =
        south_client.post(app.url("/glossary/import")).form(&[("body", bundle.as_str())]).send().await?.text().await?;
    assert!(plain(&again).contains("you have this version"));
    Ok(())
}

/// An image of a symbol is kept as pixels only and shown behind a content
/// warning, blurred until the reader ticks the box (no script needed).
#[tokio::test]
async fn images_of_symbols_are_cleaned_and_shown_blurred_behind_a_warning() -> TestResult {
    let app = TestApp::spawn().await?;
    let (org, team) = app.organisation("Org").await?;
    let admin_user = app.user(&org, None, Role::OrganisationAdmin, "admin@org.example").await?;
    let editor_user = app.user(&org, Some(&team), Role::Supervisor, "editor@org.example").await?;
    let reader_user = app.user(&org, Some(&team), Role::Practitioner, "reader@org.example").await?;
    let admin = app.client()?;
    app.sign_in(&admin, &admin_user).await?;
    admin
        .post(app.url("/admin/glossary-editors"))
        .form(&[("user", editor_user.actor.user_id.as_str()), ("editor", "yes")])
        .send()
        .await?;
    let editor = app.client()?;
    app.sign_in(&editor, &editor_user).await?;
    let review = hearth_core::data_protection::plus_months(LocalDate::of_stored(app.clock.now()), 6).to_string();
    let mut form = entry("Three arrows", "", &review);
    form.retain(|(k, _)| *k != "kind");
    form.push(("kind", "symbol"));
    let href = location(&editor.post(app.url("/glossary")).form(&form).send().await?);
    editor.post(app.url(&format!("{href}/publish"))).send().await?;

    // Not an image: refused on the entry's page.
    let text = reqwest::multipart::Part::bytes(b"just words".to_vec()).file_name("symbol.txt");
    let refused = editor
        .post(app.url(&format!("{href}/image")))
        .multipart(reqwest::multipart::Form::new().part("image", text))
        .send()
        .await?;
    assert_eq!(refused.status(), 422);
    assert!(refused.text().await?.contains("id=\"image-error\""), "the reason is said next to the field");
    let mut png = Vec::new();
    image::RgbImage::from_pixel(32, 32, image::Rgb([40, 40, 40]))
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)?;
    let part = reqwest::multipart::Part::bytes(png).file_name("symbol.png");
    let saved = editor
        .post(app.url(&format!("{href}/image")))
        .multipart(reqwest::multipart::Form::new().part("image", part))
        .send()
        .await?;
    assert_eq!(saved.status(), 303);

    let reader = app.client()?;
    app.sign_in(&reader, &reader_user).await?;
    let page = reader.get(app.url(&href)).send().await?.text().await?;
    assert!(
        page.contains("Content warning") && page.contains("class=\"blurred\"") && page.contains("id=\"reveal-image\"")
    );
    let image = reader.get(app.url(&format!("{href}/image"))).send().await?;
    assert_eq!(image.status(), 200);
    assert_eq!(image.headers().get("content-type").and_then(|v| v.to_str().ok()), Some("image/png"));
    assert!(image.headers().get("cache-control").and_then(|v| v.to_str().ok()).is_some_and(|c| c.contains("no-store")));
    assert!(image.bytes().await?.starts_with(b"\x89PNG"));
    Ok(())
}

/// A note names the glossary entries its reasoning rests on; the family
/// file links to them. A term not in the glossary is said, the note kept.
#[tokio::test]
async fn a_note_links_the_entries_it_rests_on() -> TestResult {
    let app = TestApp::spawn().await?;
    let (org, team) = app.organisation("Org").await?;
    let admin_user = app.user(&org, None, Role::OrganisationAdmin, "admin@org.example").await?;
    let editor_user = app.user(&org, Some(&team), Role::Supervisor, "editor@org.example").await?;
    let pat_user = app.user(&org, Some(&team), Role::Practitioner, "pat@org.example").await?;
    let admin = app.client()?;
    app.sign_in(&admin, &admin_user).await?;
    admin
        .post(app.url("/admin/glossary-editors"))
        .form(&[("user", editor_user.actor.user_id.as_str()), ("editor", "yes")])
        .send()
        .await?;
    let editor = app.client()?;
    app.sign_in(&editor, &editor_user).await?;
    let review = hearth_core::data_protection::plus_months(LocalDate::of_stored(app.clock.now()), 6).to_string();
    let href = location(&editor.post(app.url("/glossary")).form(&entry("Ḥijra", "hijra", &review)).send().await?);
    editor.post(app.url(&format!("{href}/publish"))).send().await?;

    let mut tx = app.store.begin().await?;
    let family =
        tx.create_family(&pat_user.actor, &hearth_core::families::FamilyName::parse("Haddad")?, Some(&team)).await?;
    tx.commit().await?;
    let pat = app.client()?;
    app.sign_in(&pat, &pat_user).await?;
    let form = app.url(&format!("/families/{family}/notes/new"));
    assert!(pat.get(&form).send().await?.text().await?.contains("<option value=\"Ḥijra\">"), "the terms are offered");
    let now = hearth_core::zone::Zone::utc().input_value(app.clock.now());
    let note = |glossary: &'static str| {
        vec![
            ("kind", "observation".to_owned()),
            ("occurred", now.clone()),
            ("text", "He used the word at dinner; we talked about what he meant.".to_owned()),
            ("glossary", glossary.to_owned()),
        ]
    };
    let refused = pat.post(app.url(&format!("/families/{family}/notes"))).form(&note("hijra, nonsense")).send().await?;
    assert_eq!(refused.status(), 422);
    let body = refused.text().await?;
    assert!(body.contains("value=\"hijra, nonsense\"") && plain(&body).contains("is not in the glossary"));
    // Accents and case forgiven.
    let saved = pat.post(app.url(&format!("/families/{family}/notes"))).form(&note("HIJRA")).send().await?;
    assert_eq!(saved.status(), 303);
    let file = pat.get(app.url(&format!("/families/{family}"))).send().await?.text().await?;
    assert!(file.contains(&format!("href=\"{href}\">Ḥijra</a>")), "the note links its entry");
    Ok(())
}

/// Legal notes: written by the glossary's editors, read by staff, found as
/// forgivingly as the glossary, flagged to editors once due for review.
#[tokio::test]
async fn legal_notes_are_searchable_and_reviewed() -> TestResult {
    let app = TestApp::spawn().await?;
    let (org, team) = app.organisation("Org").await?;
    let admin_user = app.user(&org, None, Role::OrganisationAdmin, "admin@org.example").await?;
    let editor_user = app.user(&org, Some(&team), Role::Supervisor, "editor@org.example").await?;
    let reader_user = app.user(&org, Some(&team), Role::Practitioner, "reader@org.example").await?;
    let admin = app.client()?;
    app.sign_in(&admin, &admin_user).await?;
    admin
        .post(app.url("/admin/glossary-editors"))
        .form(&[("user", editor_user.actor.user_id.as_str()), ("editor", "yes")])
        .send()
        .await?;
    let editor = app.client()?;
    app.sign_in(&editor, &editor_user).await?;
    let review = hearth_core::data_protection::plus_months(LocalDate::of_stored(app.clock.now()), 3).to_string();
    let mut note = vec![
        ("title", "Contactverbod (gebiedsverbod)"),
        ("jurisdiction", "Nederland"),
        ("text", "Een contactverbod kan deel uitmaken van een voorwaardelijke straf. Spreek nooit privé af."),
        ("source", "https://wetten.overheid.nl/"),
        ("review_on", "2020-01-01"),
    ];
    let refused = editor.post(app.url("/legal")).form(&note).send().await?;
    assert_eq!(refused.status(), 422);
    assert!(refused.text().await?.contains("Contactverbod (gebiedsverbod)"), "what was typed is kept");
    note.retain(|(k, _)| *k != "review_on");
    note.push(("review_on", review.as_str()));
    let saved = editor.post(app.url("/legal")).form(&note).send().await?;
    assert_eq!(saved.status(), 303);
    let href = location(&saved);

    let reader = app.client()?;
    app.sign_in(&reader, &reader_user).await?;
    assert_eq!(reader.get(app.url("/legal/new")).send().await?.status(), 403);
    for query in ["contactverbod", "GEBIED", "prive", "nederland"] {
        let page = plain(&reader.get(app.url(&format!("/legal?q={query}"))).send().await?.text().await?);
        assert!(page.contains("Contactverbod"), "{query}: {page}");
    }
    let page = plain(&reader.get(app.url(&href)).send().await?.text().await?);
    assert!(page.contains("Nederland") && page.contains("voorwaardelijke straf"));

    // Due for review after the date: flagged to editors.
    app.clock.advance_seconds(120 * 86_400);
    let editor = app.client()?;
    app.sign_in(&editor, &editor_user).await?;
    let list = plain(&editor.get(app.url("/legal")).send().await?.text().await?);
    assert!(!list.contains("Every note is within its review date."), "{list}");
    Ok(())
}

/// Related entries are named by their terms and linked both ways of reading.
#[tokio::test]
async fn related_entries_are_named_by_term() -> TestResult {
    let app = TestApp::spawn().await?;
    let (org, team) = app.organisation("Org").await?;
    let admin_user = app.user(&org, None, Role::OrganisationAdmin, "admin@org.example").await?;
    let editor_user = app.user(&org, Some(&team), Role::Supervisor, "editor@org.example").await?;
    let admin = app.client()?;
    app.sign_in(&admin, &admin_user).await?;
    admin
        .post(app.url("/admin/glossary-editors"))
        .form(&[("user", editor_user.actor.user_id.as_str()), ("editor", "yes")])
        .send()
        .await?;
    let editor = app.client()?;
    app.sign_in(&editor, &editor_user).await?;
    let review = hearth_core::data_protection::plus_months(LocalDate::of_stored(app.clock.now()), 6).to_string();
    let salaf = location(&editor.post(app.url("/glossary")).form(&entry("Salaf", "", &review)).send().await?);
    editor.post(app.url(&format!("{salaf}/publish"))).send().await?;
    let mut ummah = entry("Ummah", "", &review);
    ummah.push(("related", "salaf, nowhere"));
    let refused = editor.post(app.url("/glossary")).form(&ummah).send().await?;
    assert_eq!(refused.status(), 422);
    let body = refused.text().await?;
    assert!(body.contains("value=\"salaf, nowhere\"") && plain(&body).contains("is not in the glossary"));
    ummah.retain(|(k, _)| *k != "related");
    ummah.push(("related", "SALAF"));
    let created = editor.post(app.url("/glossary")).form(&ummah).send().await?;
    assert_eq!(created.status(), 303);
    let page = editor.get(app.url(&location(&created))).send().await?.text().await?;
    assert!(page.contains(&format!("href=\"{salaf}\">Salaf</a>")), "the related entry is linked");
    Ok(())
}
