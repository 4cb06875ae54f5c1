//! Family files: members, status, the timeline of sealed notes, family accounts.

use hearth_core::accounts::Role;

use crate::support::{Fallible, TestApp, TestResult, TestUser, decoded_body, location};

async fn signed_in_practitioner(app: &TestApp) -> Fallible<(reqwest::Client, TestUser, String)> {
    let (org, team) = app.organisation("Org").await?;
    let pat = app.user(&org, Some(&team), Role::Practitioner, "pat@org.example").await?;
    let client = app.client()?;
    app.sign_in(&client, &pat).await?;
    let created =
        client.post(app.url("/families")).form(&[("name", "Haddad family"), ("team", team.as_str())]).send().await?;
    Ok((client, pat, location(&created)))
}

/// The first 32-character id that follows `marker` in a page.
fn first_id_after(html: &str, marker: &str) -> Option<String> {
    html.match_indices(marker).find_map(|(i, _)| {
        let id: String = html[i + marker.len()..].chars().take_while(|c| c.is_ascii_hexdigit()).collect();
        (id.len() == 32).then_some(id)
    })
}

#[tokio::test]
async fn members_notes_and_amendments_on_the_timeline() -> TestResult {
    let app = TestApp::spawn().await?;
    let (client, _, family) = signed_in_practitioner(&app).await?;

    let empty = client.get(app.url(&family)).send().await?.text().await?;
    assert!(empty.contains("class=\"empty\""), "empty states say what to do");

    // A bad member form keeps what was typed.
    let bad = client
        .post(app.url(&format!("{family}/members")))
        .form(&[("name", "   "), ("role", "parent"), ("languages", "Arabic, Dutch")])
        .send()
        .await?;
    assert_eq!(bad.status(), 422);
    let bad = bad.text().await?;
    assert!(bad.contains("value=\"Arabic, Dutch\""));
    // A name of only spaces: the summary takes focus and links to the field,
    // which is marked invalid.
    assert!(
        bad.contains("id=\"member-errors\"") && bad.contains("autofocus") && bad.contains("href=\"#name\""),
        "{bad}"
    );
    let name_field = bad.split("<input id=\"name\"").nth(1).and_then(|t| t.split('>').next()).unwrap_or_default();
    assert!(name_field.contains("aria-invalid=\"true\""), "{name_field}");
    for (name, role, whereabouts) in [("Amina", "parent", ""), ("Yusuf", "person_of_concern", "in_camp")] {
        let r = client
            .post(app.url(&format!("{family}/members")))
            .form(&[
                ("name", name),
                ("role", role),
                ("languages", "Arabic"),
                ("needs_translator", "on"),
                ("whereabouts", whereabouts),
            ])
            .send()
            .await?;
        assert_eq!(location(&r), family);
    }
    let page = client.get(app.url(&family)).send().await?.text().await?;
    assert!(page.contains("Amina") && page.contains("Yusuf"));
    assert!(page.contains("In a camp"), "the person of concern's whereabouts");
    let amina = first_id_after(&page, &format!("{family}/members/")).ok_or("member link")?;

    // A note about Amina, then an amendment: both versions stay visible.
    let missing = client
        .post(app.url(&format!("{family}/notes")))
        .form(&[("kind", "home_visit"), ("occurred", "not a date"), ("text", "Mother worried")])
        .send()
        .await?;
    assert_eq!(missing.status(), 422);
    let missing = missing.text().await?;
    assert!(missing.contains("Mother worried</textarea>"), "the text is kept");
    let when = missing.split("<input id=\"occurred\"").nth(1).and_then(|t| t.split('>').next()).unwrap_or_default();
    assert!(when.contains("aria-invalid=\"true\""), "the date is marked: {when}");
    assert!(missing.contains("href=\"#occurred\""), "the summary links to it");
    let written = client
        .post(app.url(&format!("{family}/notes")))
        .form(&[
            ("kind", "home_visit"),
            ("occurred", "2026-11-20T10:30"),
            ("members", amina.as_str()),
            ("text", "Mother worried about late-night calls"),
        ])
        .send()
        .await?;
    assert_eq!(location(&written), family);
    let page = client.get(app.url(&family)).send().await?.text().await?;
    assert!(page.contains("Mother worried about late-night calls"));
    assert!(page.contains("Fri, 20 Nov 2026, 10:30"), "last contact follows the home visit");
    let note = first_id_after(&page, "/notes/").ok_or("amend link")?;
    let amended = client
        .post(app.url(&format!("{family}/notes/{note}/amend")))
        .form(&[("text", "Mother worried about late-night calls from abroad")])
        .send()
        .await?;
    assert_eq!(location(&amended), family);
    let page = client.get(app.url(&family)).send().await?.text().await?;
    assert!(page.contains("Mother worried about late-night calls from abroad"));
    assert!(page.contains("<details><summary>"), "earlier versions are kept");
    assert!(page.matches("Mother worried about late-night calls").count() >= 2);
    Ok(())
}

#[tokio::test]
async fn status_moves_closing_needs_a_reason_and_files_reopen() -> TestResult {
    let app = TestApp::spawn().await?;
    let (client, _, family) = signed_in_practitioner(&app).await?;
    let status = async |to: &str, reason: &str| -> Fallible<reqwest::Response> {
        Ok(client.post(app.url(&format!("{family}/status"))).form(&[("status", to), ("reason", reason)]).send().await?)
    };
    assert_eq!(status("active_support", "").await?.status(), 422, "no support before assessment");
    assert_eq!(location(&status("assessment", "").await?), family);
    let no_reason = status("closed", "").await?;
    assert_eq!(no_reason.status(), 422);
    let kept = status("closed", "ok").await?.text().await?;
    assert!(kept.contains(">ok</textarea>"), "the typed reason is kept");
    assert_eq!(location(&status("closed", "Family moved abroad").await?), family);
    let page = client.get(app.url(&family)).send().await?.text().await?;
    assert!(page.contains("Family moved abroad"), "the reason is on the timeline");
    assert!(page.contains("status-closed"));
    assert_eq!(location(&status("assessment", "").await?), family, "reopened");

    let review = client.post(app.url(&format!("{family}/review"))).form(&[("review", "2020-01-01")]).send().await?;
    assert_eq!(location(&review), family);
    let caseload = client.get(app.url("/families")).send().await?.text().await?;
    assert!(caseload.contains("Review date has passed"), "attention is flagged on the caseload");
    let filtered = client.get(app.url("/families?status=closed")).send().await?.text().await?;
    assert!(!filtered.contains("Haddad family"), "filter by status");
    let filtered = client.get(app.url("/families?status=assessment")).send().await?.text().await?;
    assert!(filtered.contains("Haddad family"));
    Ok(())
}

#[tokio::test]
async fn a_family_member_is_invited_linked_and_verified() -> TestResult {
    let app = TestApp::spawn().await?;
    let (client, _, family) = signed_in_practitioner(&app).await?;
    client
        .post(app.url(&format!("{family}/members")))
        .form(&[("name", "Amina Haddad"), ("role", "parent")])
        .send()
        .await?;
    let page = client.get(app.url(&family)).send().await?.text().await?;
    let member = first_id_after(&page, &format!("{family}/members/")).ok_or("member")?;
    let member_path = format!("{family}/members/{member}");
    let invited = client
        .post(app.url(&format!("{member_path}/invite")))
        .form(&[("email", "amina@family.example"), ("language", "ar")])
        .send()
        .await?;
    assert_eq!(invited.status(), 200);
    let mails = app.smtp.wait_for(1).await;
    let body = decoded_body(mails.first().ok_or("no e-mail")?);
    let link = body.lines().find(|l| l.contains("/invitations/")).ok_or("link")?.trim().to_owned();
    let path = link.strip_prefix(&app.base).ok_or("host")?.to_owned();
    let family_client = app.client()?;
    let accepted = family_client
        .post(app.url(&path))
        .form(&[("password", "lantern orchard kettle"), ("confirm", "lantern orchard kettle")])
        .send()
        .await?;
    assert_eq!(location(&accepted), "/", "family members need no second factor");
    let home = family_client.get(app.url("/")).send().await?.text().await?;
    assert!(home.contains("lang=\"ar\""), "the portal speaks the language chosen for them");
    assert_eq!(
        family_client.get(app.url(&family)).send().await?.status(),
        403,
        "a family account never opens the staff file"
    );

    let member_page = client.get(app.url(&member_path)).send().await?.text().await?;
    assert!(member_page.contains("id=\"verification-status\""), "the account is linked");
    assert!(member_page.contains("Not verified"));
    let set = client
        .post(app.url(&format!("{member_path}/verification")))
        .form(&[("verification", "met_in_person")])
        .send()
        .await?;
    assert_eq!(location(&set), member_path);
    let member_page = client.get(app.url(&member_path)).send().await?.text().await?;
    // Fluent isolates inserted values with U+2068 and U+2069.
    let plain = member_page.replace(['\u{2068}', '\u{2069}'], "");
    assert!(plain.contains("Met in person — by pat"), "who verified, shown with the status");
    let file = client.get(app.url(&family)).send().await?.text().await?;
    assert!(file.contains("verification-met_in_person"), "the status shows wherever the account appears");
    Ok(())
}

#[tokio::test]
async fn another_teams_practitioner_cannot_read_notes_even_by_guessing_ids() -> TestResult {
    let app = TestApp::spawn().await?;
    let (client, _, family) = signed_in_practitioner(&app).await?;
    client
        .post(app.url(&format!("{family}/notes")))
        .form(&[("kind", "observation"), ("occurred", "2026-11-20T10:30"), ("text", "Sensitive observation")])
        .send()
        .await?;
    let page = client.get(app.url(&family)).send().await?.text().await?;
    let note = first_id_after(&page, "/notes/").ok_or("note")?;

    let (org2_team_user, other_client) = {
        let mut tx = app.store.begin().await?;
        let org = tx.organisation_by_name("Org").await?.ok_or("org")?;
        let other_team = tx.create_team(&org, "Other team").await?;
        tx.commit().await?;
        let quinn = app.user(&org, Some(&other_team), Role::Practitioner, "quinn@org.example").await?;
        let c = app.client()?;
        app.sign_in(&c, &quinn).await?;
        (quinn, c)
    };
    let _ = org2_team_user;
    let quinn_family =
        location(&other_client.post(app.url("/families")).form(&[("name", "Jansen"), ("team", "")]).send().await?);
    for path in [family.clone(), format!("{family}/notes/{note}/amend"), format!("{quinn_family}/notes/{note}/amend")] {
        let r = other_client.get(app.url(&path)).send().await?;
        assert!(matches!(r.status().as_u16(), 403 | 404), "{path}: {}", r.status());
        assert!(!r.text().await?.contains("Sensitive observation"), "{path}");
    }
    let r = other_client
        .post(app.url(&format!("{quinn_family}/notes/{note}/amend")))
        .form(&[("text", "overwritten")])
        .send()
        .await?;
    assert_eq!(r.status(), 404, "a note is only reachable through its own family");
    assert!(client.get(app.url(&family)).send().await?.text().await?.contains("Sensitive observation"));
    Ok(())
}

#[tokio::test]
async fn documents_are_checked_stripped_sealed_and_every_download_audited() -> TestResult {
    let app = TestApp::spawn().await?;
    let (client, pat, family) = signed_in_practitioner(&app).await?;
    let upload = async |name: &str, bytes: Vec<u8>| -> Fallible<reqwest::Response> {
        let part = reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned());
        Ok(client
            .post(app.url(&format!("{family}/documents")))
            .multipart(reqwest::multipart::Form::new().part("document", part))
            .send()
            .await?)
    };
    let refused = upload("setup.exe", b"MZ\x90\x00\x03\x00".to_vec()).await?;
    assert_eq!(refused.status(), 422);
    assert!(refused.text().await?.contains("Only PDF, PNG, JPEG and plain text"));

    // A motion photo: a picture with its location in the Exif data, and a
    // second picture with another location after the first one's end.
    let photo = || -> Vec<u8> {
        let pixels = image::RgbImage::from_pixel(12, 6, image::Rgb([200, 120, 40]));
        let mut out = std::io::Cursor::new(Vec::new());
        let written = image::DynamicImage::ImageRgb8(pixels).write_to(&mut out, image::ImageFormat::Jpeg);
        assert!(written.is_ok());
        out.into_inner()
    };
    let with_location = |jpeg: Vec<u8>, place: &[u8]| -> Vec<u8> {
        let mut exif = b"Exif\0\0GPS ".to_vec();
        exif.extend_from_slice(place);
        let mut out = jpeg[..2].to_vec();
        out.extend_from_slice(&[0xFF, 0xE1, 0x00, (exif.len() + 2) as u8]);
        out.extend(exif);
        out.extend_from_slice(&jpeg[2..]);
        out
    };
    let mut jpeg = with_location(photo(), b"52.37N 4.89E");
    jpeg.extend(with_location(photo(), b"51.92N 4.47E"));
    let stored = upload("../../kitchen photo.jpg", jpeg).await?;
    assert!(location(&stored).starts_with(&family));
    let page = client.get(app.url(&family)).send().await?.text().await?;
    assert!(page.contains("kitchen photo.jpg"), "the name is kept, without its path");
    let document = first_id_after(&page, &format!("{family}/documents/")).ok_or("download link")?;
    let download = client.get(app.url(&format!("{family}/documents/{document}"))).send().await?;
    assert_eq!(download.status(), 200);
    assert!(
        download
            .headers()
            .get("content-disposition")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .starts_with("attachment")
    );
    let bytes = download.bytes().await?;
    assert!(!String::from_utf8_lossy(&bytes).contains("GPS"), "neither picture's location survives");
    let shown = image::load_from_memory_with_format(&bytes, image::ImageFormat::Jpeg)?;
    assert_eq!((shown.width(), shown.height()), (12, 6), "the picture itself is kept");

    let mut tx = app.store.begin().await?;
    let fam = hearth_core::ids::FamilyId::parse(family.trim_start_matches("/families/"))?;
    let read = tx.read_family(&pat.actor, &fam).await?;
    let docs = tx.documents_of(&read).await?;
    tx.commit().await?;
    assert_eq!(docs.len(), 1);

    // Every download is in the trail.
    let mut tx = app.store.begin().await?;
    let family_row = tx.family(&fam).await?.ok_or("family")?;
    let log = tx.record_access_log(family_row.organisation_id.as_str(), "family", fam.as_str()).await?;
    tx.commit().await?;
    assert!(log.iter().any(|e| e.action == "family.document_downloaded"));
    assert!(log.iter().any(|e| e.action == "family.document_uploaded"));

    // Text that calls itself a picture comes back as text, under a name for
    // every browser.
    let svg = b"<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".to_vec();
    assert_eq!(upload("tekening é.svg", svg).await?.status(), 303);
    let page = client.get(app.url(&family)).send().await?.text().await?;
    assert!(page.contains("tekening é.txt") && !page.contains("tekening é.svg"), "stored under a text name");
    let before_name = &page[..page.find("tekening é.txt").ok_or("name")?];
    let at = before_name.rfind(&format!("{family}/documents/")).ok_or("link")? + family.len() + "/documents/".len();
    let link = before_name.get(at..at + 32).ok_or("link")?;
    let download = client.get(app.url(&format!("{family}/documents/{link}"))).send().await?;
    let header = |name: &str| download.headers().get(name).and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
    assert!(header("content-type").starts_with("text/plain"), "{}", header("content-type"));
    assert_eq!(
        header("content-disposition"),
        "attachment; filename=\"tekening _.txt\"; filename*=UTF-8''tekening%20%C3%A9.txt"
    );
    Ok(())
}

#[tokio::test]
async fn a_document_can_evidence_an_assessment_finding() -> TestResult {
    let app = TestApp::spawn().await?;
    let (client, _, family) = signed_in_practitioner(&app).await?;
    let part = reqwest::multipart::Part::bytes(b"Letter from school: absent 9 days".to_vec()).file_name("school.txt");
    client
        .post(app.url(&format!("{family}/documents")))
        .multipart(reqwest::multipart::Form::new().part("document", part))
        .send()
        .await?;
    let form = client.get(app.url(&format!("{family}/assessments/new"))).send().await?.text().await?;
    let document = first_id_after(&form, "<option value=\"document:").ok_or("document offered as evidence")?;
    let evidence = format!("document:{document}");
    let recorded = client
        .post(app.url(&format!("{family}/assessments")))
        .form(&[
            ("assessed_on", "2026-11-02"),
            ("rating-withdrawal-and-secrecy", "1"),
            ("evidence-withdrawal-and-secrecy", evidence.as_str()),
            ("engagement", "unclear"),
            ("young_person", "Too early to say"),
            ("response", "universal_services"),
            ("proportionality", "One sign only, evidenced by the school letter"),
        ])
        .send()
        .await?;
    let view = client.get(app.url(&location(&recorded))).send().await?.text().await?;
    assert!(view.contains(&format!("{family}/documents/{document}")), "the finding links to the document");
    Ok(())
}

/// A family page and the caseload run the same number of statements however
/// many notes and families there are (no query per row creeps in), all in
/// one transaction.
#[tokio::test]
async fn pages_run_a_fixed_number_of_statements() -> TestResult {
    let app = TestApp::spawn().await?;
    let (client, _, family) = signed_in_practitioner(&app).await?;
    let note = |i: usize| {
        let client = client.clone();
        let url = app.url(&format!("{family}/notes"));
        async move {
            let text = format!("Visit number {i}");
            client
                .post(url)
                .form(&[("kind", "home_visit"), ("occurred", "2026-11-20T10:00"), ("text", text.as_str())])
                .send()
                .await
        }
    };
    let count = |path: String| {
        let client = client.clone();
        let url = app.url(&path);
        let store = app.store.clone();
        async move {
            let (before, transactions) = (store.statements_run(), store.transactions_begun());
            let page = client.get(url).send().await?;
            assert_eq!(page.status(), 200, "{path}");
            assert_eq!(store.transactions_begun() - transactions, 1, "{path} is read in one transaction");
            Ok::<u64, Box<dyn std::error::Error>>(store.statements_run() - before)
        }
    };
    note(0).await?;
    let family_one = count(family.clone()).await?;
    let caseload_one = count("/families".into()).await?;
    for i in 1..8 {
        note(i).await?;
        client
            .post(app.url("/families"))
            .form(&[("name", format!("Family {i}").as_str()), ("team", "")])
            .send()
            .await?;
    }
    let family_many = count(family.clone()).await?;
    let caseload_many = count("/families".into()).await?;
    assert_eq!(family_many, family_one, "the family page with one note and with eight");
    assert_eq!(caseload_many, caseload_one, "the caseload with one family and with eight");
    // One statement more since the file reads the glossary entries its notes name (one for all notes).
    assert!(family_many <= 25, "the family page runs {family_many} statements");
    assert!(caseload_many <= 9, "the caseload runs {caseload_many} statements");
    Ok(())
}

/// The calendar, the workload and the team's workload run the same number of
/// statements with one colleague and session as with many.
#[tokio::test]
async fn workload_pages_run_a_fixed_number_of_statements() -> TestResult {
    use hearth_core::ids::FamilyId;
    use hearth_core::modality::ContactKind;
    use hearth_core::support_sessions::{SessionMode, SessionOutcome};
    use hearth_store::support_sessions::NewSupportSession;

    let app = TestApp::spawn().await?;
    let (org, team) = app.organisation("Org").await?;
    let sam = app.user(&org, Some(&team), Role::Supervisor, "sam@org.example").await?;
    let pat = app.user(&org, Some(&team), Role::Practitioner, "pat@org.example").await?;
    let (sam_c, pat_c) = (app.client()?, app.client()?);
    app.sign_in(&sam_c, &sam).await?;
    app.sign_in(&pat_c, &pat).await?;
    let family =
        location(&pat_c.post(app.url("/families")).form(&[("name", "Haddad"), ("team", team.as_str())]).send().await?);
    let family = FamilyId::parse(family.trim_start_matches("/families/"))?;
    // A session held yesterday with a follow-up, and one tomorrow, for a practitioner.
    let book = |who: hearth_core::access::Actor| {
        let store = app.store.clone();
        let family = family.clone();
        async move {
            let mut tx = store.begin().await?;
            let now = tx.now();
            for starts_at in [now.minus_seconds(86_400), now.plus_seconds(86_400)] {
                let new = NewSupportSession {
                    mode: SessionMode::Video,
                    contact_kind: ContactKind::CheckIn,
                    starts_at,
                    minutes: 60,
                    place: "https://meet.example.org/x".into(),
                    members: Vec::new(),
                    colleagues: Vec::new(),
                    guardrail_override: None,
                };
                let id = tx.schedule_session(&who, &family, who.team_id.as_ref(), &new).await?;
                let read = tx.read_family(&who, &family).await?;
                if starts_at < now
                    && let Some(held) = tx.support_session(&read, &id).await?
                {
                    tx.record_outcome(&who, &held, SessionOutcome::Held, None, Some((now, "Phone".into()))).await?;
                }
            }
            tx.commit().await?;
            Ok::<(), Box<dyn std::error::Error>>(())
        }
    };
    let count = |client: reqwest::Client, path: &'static str| {
        let url = app.url(path);
        let store = app.store.clone();
        async move {
            let (before, transactions) = (store.statements_run(), store.transactions_begun());
            let page = client.get(url).send().await?;
            assert_eq!(page.status(), 200, "{path}");
            let statements = store.statements_run() - before;
            Ok::<(u64, u64), Box<dyn std::error::Error>>((statements, store.transactions_begun() - transactions))
        }
    };
    book(pat.actor.clone()).await?;
    // A session's first page does one-off work (its first touch); measure after it.
    count(sam_c.clone(), "/team").await?;
    count(pat_c.clone(), "/calendar").await?;
    let few = [
        count(pat_c.clone(), "/calendar").await?,
        count(pat_c.clone(), "/workload").await?,
        count(sam_c.clone(), "/team").await?,
    ];
    for i in 0..5 {
        let colleague = app.user(&org, Some(&team), Role::Practitioner, &format!("p{i}@org.example")).await?;
        book(colleague.actor.clone()).await?;
        book(pat.actor.clone()).await?;
    }
    let many = [
        count(pat_c.clone(), "/calendar").await?,
        count(pat_c.clone(), "/workload").await?,
        count(sam_c.clone(), "/team").await?,
    ];
    assert_eq!(many, few, "calendar, workload and team with one colleague and session, and with six");
    for (path, (_, transactions)) in ["/calendar", "/workload", "/team"].iter().zip(many) {
        assert_eq!(transactions, 1, "{path} is read in one transaction");
    }
    let team_page = sam_c.get(app.url("/team")).send().await?.text().await?;
    for i in 0..5 {
        assert!(team_page.contains(&format!("<h2>p{i}</h2>")), "p{i} is on the team page");
    }
    Ok(())
}

/// A tampered member on the note form is refused on the form, with the note kept.
#[tokio::test]
async fn a_note_about_someone_outside_the_family_is_refused_with_the_text_kept() -> TestResult {
    let app = TestApp::spawn().await?;
    let (client, _, family) = signed_in_practitioner(&app).await?;
    let refused = client
        .post(app.url(&format!("{family}/notes")))
        .form(&[
            ("kind", "home_visit"),
            ("occurred", "2026-11-20T10:00"),
            ("text", "Long talk with the mother about the school"),
            ("members", "0123456789abcdef0123456789abcdef"),
        ])
        .send()
        .await?;
    assert_eq!(refused.status(), 422);
    let page = refused.text().await?;
    assert!(page.contains("not a member of this family"), "said on the form");
    assert!(page.contains("Long talk with the mother about the school"), "the note is kept");
    Ok(())
}

/// A long-running file shows its timeline a page at a time, newest first,
/// so the page costs the same however many years of notes it holds.
#[tokio::test]
async fn the_timeline_of_a_long_running_file_comes_a_page_at_a_time() -> TestResult {
    let app = TestApp::spawn().await?;
    let (client, _, family) = signed_in_practitioner(&app).await?;
    for i in 0..60 {
        let occurred = format!("2026-{:02}-{:02}T10:00", 1 + i / 28, 1 + i % 28);
        let text = format!("Visit number {i}");
        let written = client
            .post(app.url(&format!("{family}/notes")))
            .form(&[("kind", "home_visit"), ("occurred", occurred.as_str()), ("text", text.as_str())])
            .send()
            .await?;
        assert_eq!(written.status(), 303);
    }
    let first = client.get(app.url(&family)).send().await?.text().await?;
    let entries = |page: &str| {
        let start = page.find("<ol class=\"timeline\">").unwrap_or(0);
        let end = page[start..].find("</ol>").map_or(page.len(), |e| start + e);
        page[start..end].matches("<li").count()
    };
    assert_eq!(entries(&first), 50, "one page of the timeline");
    assert!(first.contains("Visit number 59") && !first.contains("Visit number 0<"), "newest first");
    assert!(first.contains(&format!("href=\"{family}?page=2\"")), "a link to older entries");
    let second = client.get(app.url(&format!("{family}?page=2"))).send().await?.text().await?;
    assert!(second.contains("Visit number 0<") || second.contains("Visit number 0\n"), "the oldest on the next page");
    assert!(second.contains("rel=\"prev\""));
    Ok(())
}
