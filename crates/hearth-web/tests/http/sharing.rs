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

/// The disclosure form as a practitioner fills it in: a note of the file
/// shared under `agreement`, for the younger brother's safety, without
/// consent and without telling the family until a date.
fn disclosure<'a>(agreement: &'a str, note: &'a str, revisit: &'a str) -> Vec<(&'static str, &'a str)> {
    vec![
        ("agreement", agreement),
        ("category", "safeguarding_concerns"),
        ("item", note),
        ("shared_text", "The brother is 12 and attends Oak Primary"),
        ("purpose", "safeguard_child"),
        ("justification", ""),
        ("threshold_met", "A risk of serious harm: violent messages shown to the brother"),
        ("evidence", note),
        ("proportionality", "Only the concern and the brother, not the family history"),
        ("consent", "not_sought"),
        ("consent_reason", "Asking would alert the person of concern"),
        ("family_told", "no"),
        ("not_told_reason", "Telling now could put the brother at risk"),
        ("revisit_on", revisit),
    ]
}

fn with<'a>(
    mut form: Vec<(&'static str, &'a str)>,
    name: &'static str,
    value: &'a str,
) -> Vec<(&'static str, &'a str)> {
    form.retain(|(k, _)| *k != name);
    form.push((name, value));
    form
}

#[tokio::test]
async fn disclosures_take_an_agreement_four_eyes_and_never_change_once_sent() -> TestResult {
    use hearth_core::families::FamilyName;
    use hearth_core::sharing::{AgreementForm, AgreementTerms, PartnerDetails, lawful_bases};
    use hearth_core::timeline::{NoteKind, NoteText};

    let app = TestApp::spawn().await?;
    let (org, team) = app.organisation("Org").await?;
    let admin = app.user(&org, None, Role::OrganisationAdmin, "admin@org.example").await?;
    let practitioner = app.user(&org, Some(&team), Role::Practitioner, "pat@org.example").await?;
    let supervisor = app.user(&org, Some(&team), Role::Supervisor, "sam@org.example").await?;
    let member = app.user(&org, None, Role::FamilyMember, "amina@family.example").await?;
    let today = hearth_core::wellbeing::LocalDate::of_stored(hearth_core::clock::Clock::now(&app.clock));
    let day = |n: i64| today.plus_days(n).to_string();

    // A family with a note; a partner with an agreement in force (safeguarding
    // concerns only), one that ended, and one due for review within the month.
    let mut tx = app.store.begin().await?;
    let family = tx.create_family(&practitioner.actor, &FamilyName::parse("Haddad")?, Some(&team)).await?;
    let note = tx
        .add_note(
            &practitioner.actor,
            &family,
            NoteKind::HomeVisit,
            tx.now(),
            &NoteText::parse("Yusuf showed his brother violent videos")?,
            &[],
        )
        .await?;
    let partner = tx
        .save_partner(
            &admin.actor,
            None,
            &PartnerDetails::parse("Police North", "police", "Inspector Reyes", "").map_err(|e| format!("{e:?}"))?,
        )
        .await?;
    let partner = tx.partner(&org, &partner).await?.ok_or("partner")?;
    let bases = lawful_bases(hearth_core::sharing::DEFAULT_LAWFUL_BASES);
    let mut agreements = Vec::new();
    for (purpose, starts, review, ends) in [
        ("Safeguarding", day(-100), day(200), String::new()),
        ("Old arrangement", day(-400), day(-200), day(-10)),
        ("Panel referrals", day(-300), day(10), String::new()),
    ] {
        let form = AgreementForm {
            purpose: purpose.into(),
            lawful_basis: bases[0].clone(),
            categories: vec!["safeguarding_concerns".into()],
            threshold: "A risk of serious harm".into(),
            handling: "Secure e-mail".into(),
            retention: "Two years".into(),
            signed_for_us_by: "A".into(),
            signed_for_us_on: starts.clone(),
            signed_for_them_by: "B".into(),
            signed_for_them_on: starts.clone(),
            starts_on: starts,
            review_on: review,
            ends_on: ends,
            ..AgreementForm::default()
        };
        let terms = AgreementTerms::parse(&form, &bases).map_err(|e| format!("{e:?}"))?;
        agreements.push(tx.save_sharing_agreement(&admin.actor, &partner, None, &terms).await?.to_string());
    }
    tx.commit().await?;
    let (in_force, ended) = (agreements[0].as_str(), agreements[1].as_str());
    let note = format!("note:{note}");
    let family_url = format!("/families/{family}");

    let pat = app.client()?;
    app.sign_in(&pat, &practitioner).await?;

    // Information received: one the partner asked not to go further, one it did not.
    for (summary, onward) in [("The school saw a worrying drawing", "1"), ("Police confirm the new address", "")] {
        let mut form = vec![
            ("partner", partner.id.to_string()),
            ("received_on", today.to_string()),
            ("summary", summary.to_owned()),
            ("not_for_family", "1".to_owned()),
        ];
        if !onward.is_empty() {
            form.push(("not_for_onward_sharing", onward.to_owned()));
        }
        let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let recorded = pat.post(app.url(&format!("{family_url}/received"))).form(&form).send().await?;
        assert_eq!(recorded.status(), 303, "{summary}");
    }
    let future = pat
        .post(app.url(&format!("{family_url}/received")))
        .form(&[("partner", partner.id.as_str()), ("received_on", &day(3)), ("summary", "Typed and kept")])
        .send()
        .await?;
    assert_eq!(future.status(), 422);
    assert!(future.text().await?.contains("Typed and kept"));
    let mut tx = app.store.begin().await?;
    let read = tx.read_family(&practitioner.actor, &family).await?;
    let received = tx.received_of(&read).await?;
    tx.commit().await?;
    let restricted = received.iter().find(|r| r.info.conditions.not_for_onward_sharing).ok_or("restricted")?;
    let restricted = format!("received:{}", restricted.id);

    // The form offers only the agreement in force and only what may go further.
    let form = plain(&pat.get(app.url(&format!("{family_url}/disclosures/new"))).send().await?.text().await?);
    assert!(form.contains(in_force) && !form.contains(ended), "an ended agreement is never offered");
    assert!(form.contains("Police confirm the new address"));
    assert!(!form.contains("The school saw a worrying drawing"), "not to be shared further: never offered");

    // Refused: a category the agreement does not cover; an ended agreement; restricted information.
    let url = app.url(&format!("{family_url}/disclosures"));
    let revisit = day(30);
    let base = disclosure(in_force, &note, &revisit);
    let mut health = base.clone();
    health.push(("category", "health"));
    let refused = pat.post(&url).form(&health).send().await?;
    assert_eq!(refused.status(), 422);
    let body = plain(&refused.text().await?);
    assert!(body.contains("The agreement does not cover every category you chose."), "{body}");
    assert!(body.contains("violent messages shown to the brother"), "typed values kept");
    let refused = pat.post(&url).form(&with(base.clone(), "agreement", ended)).send().await?;
    assert_eq!(refused.status(), 422);
    assert!(plain(&refused.text().await?).contains("Choose a partner and an agreement in force with them."));
    let refused = pat.post(&url).form(&with(base.clone(), "item", &restricted)).send().await?;
    assert_eq!(refused.status(), 422, "information not to be shared further cannot be disclosed");
    let refused = pat.post(&url).form(&with(base.clone(), "purpose", "intelligence")).send().await?;
    assert!(plain(&refused.text().await?).contains("needs a written justification"));

    // Prepared; the preparer cannot approve it, a practitioner cannot either.
    let prepared = pat.post(&url).form(&base).send().await?;
    assert_eq!(prepared.status(), 303);
    let disclosure_url = location(&prepared);
    let page = plain(&pat.get(app.url(&disclosure_url)).send().await?.text().await?);
    assert!(page.contains("Awaiting approval") && page.contains("Waiting for a supervisor other than you"));
    let review = app.url(&format!("{disclosure_url}/review"));
    let tried = pat.post(&review).form(&[("decision", "approve"), ("comment", "")]).send().await?;
    assert_eq!(tried.status(), 403);
    let pdf = pat.get(app.url(&format!("{disclosure_url}/record.pdf"))).send().await?;
    assert_eq!(pdf.status(), 404, "no record before approval");

    // A supervisor's own disclosure is not theirs to approve.
    let sam = app.client()?;
    app.sign_in(&sam, &supervisor).await?;
    let own = sam.post(&url).form(&with(base.clone(), "family_told", "yes")).send().await?;
    assert_eq!(own.status(), 303);
    let own = location(&own);
    let self_approval = sam.post(app.url(&format!("{own}/review"))).form(&[("decision", "approve")]).send().await?;
    assert_eq!(self_approval.status(), 403, "no self-approval");

    // Returned with a comment (a return needs one), amended, approved.
    let bare = sam.post(&review).form(&[("decision", "return"), ("comment", " ")]).send().await?;
    assert_eq!(bare.status(), 422);
    let returned =
        sam.post(&review).form(&[("decision", "return"), ("comment", "Leave out the school name")]).send().await?;
    assert_eq!(returned.status(), 303);
    let edit = plain(&pat.get(app.url(&format!("{disclosure_url}/edit"))).send().await?.text().await?);
    assert!(edit.contains("Leave out the school name") && edit.contains("Oak Primary"), "the comment and the text");
    let amended = base.iter().map(|(k, v)| (*k, if *k == "shared_text" { "The brother is 12" } else { *v }));
    let amended: Vec<(&str, &str)> = amended.collect();
    let saved = pat.post(app.url(&format!("{disclosure_url}/edit"))).form(&amended).send().await?;
    assert_eq!(saved.status(), 303);
    let approved = sam.post(&review).form(&[("decision", "approve"), ("comment", "")]).send().await?;
    assert_eq!(approved.status(), 303);

    // Sent, with a date not in the future; then it never changes.
    let sent_url = app.url(&format!("{disclosure_url}/sent"));
    let early = pat.post(&sent_url).form(&[
        ("sent_on", day(1).as_str()),
        ("channel", "secure_email"),
        ("recipient", "DS Reyes"),
    ]);
    assert_eq!(early.send().await?.status(), 422);
    let sent = pat
        .post(&sent_url)
        .form(&[("sent_on", today.to_string().as_str()), ("channel", "secure_email"), ("recipient", "DS Reyes")])
        .send()
        .await?;
    assert_eq!(sent.status(), 303);
    let page = plain(&pat.get(app.url(&disclosure_url)).send().await?.text().await?);
    assert!(
        page.contains("DS Reyes") && page.contains("Returned by sam") && page.contains("Approved by sam"),
        "{page}"
    );
    assert_eq!(pat.get(app.url(&format!("{disclosure_url}/edit"))).send().await?.status(), 409);
    let late = pat.post(app.url(&format!("{disclosure_url}/edit"))).form(&base).send().await?;
    assert_eq!(late.status(), 409, "a sent disclosure cannot be edited");
    assert!(plain(&late.text().await?).contains("This disclosure changed since you opened it"));
    let again = sam.post(&review).form(&[("decision", "return"), ("comment", "Too late")]).send().await?;
    assert_eq!(again.status(), 409);
    let page = plain(&pat.get(app.url(&disclosure_url)).send().await?.text().await?);
    assert!(page.contains("The brother is 12") && !page.contains("Oak Primary") && !page.contains("Too late"));

    let pdf = pat.get(app.url(&format!("{disclosure_url}/record.pdf"))).send().await?;
    assert_eq!(pdf.status(), 200);
    assert_eq!(pdf.headers().get("content-type").and_then(|v| v.to_str().ok()), Some("application/pdf"));
    assert!(pdf.bytes().await?.starts_with(b"%PDF"));

    // A correction is a new disclosure, linked both ways.
    let correction = pat.get(app.url(&format!("{disclosure_url}/correct"))).send().await?.text().await?;
    let original_id = disclosure_url.rsplit('/').next().ok_or("id")?;
    assert!(correction.contains(&format!("name=\"corrects\" value=\"{original_id}\"")));
    let corrected = pat.post(&url).form(&with(amended.clone(), "corrects", original_id)).send().await?;
    assert_eq!(corrected.status(), 303);
    let page = plain(&pat.get(app.url(&disclosure_url)).send().await?.text().await?);
    assert!(page.contains("A correction of this disclosure was made"));

    // The timeline shows each step to those who may read the file.
    let file = plain(&pat.get(app.url(&family_url)).send().await?.text().await?);
    assert!(file.contains("pat prepared a disclosure to Police North"), "{file}");
    assert!(file.contains("sam approved a disclosure to Police North"));
    assert!(file.contains("pat recorded information received from Police North"));
    let log = plain(&sam.get(app.url(&format!("{family_url}/access-log"))).send().await?.text().await?);
    for step in
        ["Prepared a disclosure", "Returned a disclosure", "Approved a disclosure", "Recorded a disclosure as sent"]
    {
        assert!(log.contains(step), "{step} is audited");
    }
    assert!(log.contains("Produced a disclosure record (PDF)") && log.contains("Read a disclosure"));

    // The family never sees what partners gave, nor the disclosures.
    let mut tx = app.store.begin().await?;
    let members = {
        let read = tx.read_family(&practitioner.actor, &family).await?;
        tx.members_of(&read).await?
    };
    assert!(members.is_empty());
    tx.commit().await?;
    let amina = app.client()?;
    app.sign_in(&amina, &member).await?;
    for path in ["/", "/portal/conversations", "/portal/answers", &format!("{family_url}/sharing"), &disclosure_url] {
        let response = amina.get(app.url(path)).send().await?;
        let body = response.text().await?;
        assert!(!body.contains("worrying drawing") && !body.contains("new address"), "{path}");
        assert!(!body.contains("The brother is 12"), "{path}");
    }

    // The register: by partner and period, pending, without consent, not told, reviews due.
    let register = plain(&sam.get(app.url("/sharing/register")).send().await?.text().await?);
    assert!(register.contains("3 disclosures in this period"), "{register}");
    assert!(
        register.replace('\n', "").contains(
            "<th scope=\"row\">Police North</th><td>3</td><td>2</td><td>0</td><td>0</td><td>1</td><td>3</td><td>2</td>"
        ),
        "{register}"
    );
    assert!(register.contains("Asking would alert the person of concern"));
    assert!(register.contains("Telling now could put the brother at risk") && register.contains(&revisit));
    assert!(
        register.contains("Panel referrals") && !register.contains("Old arrangement"),
        "due for review within 30 days"
    );
    let none = plain(
        &sam.get(app.url(&format!("/sharing/register?from={}&to={}", day(-60), day(-30)))).send().await?.text().await?,
    );
    assert!(none.contains("No disclosures in this period."));
    let csv = sam.get(app.url("/sharing/register.csv")).send().await?;
    assert_eq!(csv.headers().get("content-type").and_then(|v| v.to_str().ok()), Some("text/csv; charset=utf-8"));
    let csv = csv.text().await?;
    assert_eq!(csv.lines().count(), 4, "a header and three disclosures:\n{csv}");
    assert!(
        csv.starts_with("reference,family,partner,status") && csv.contains("Asking would alert the person of concern")
    );
    // Times in an export sort as text in any spreadsheet, whatever the reader's language.
    let sortable =
        |f: &str| f.len() == 16 && f.as_bytes()[4] == b'-' && f.as_bytes()[10] == b' ' && f.as_bytes()[13] == b':';
    assert!(csv.lines().skip(1).all(|l| l.split(',').any(sortable)), "{csv}");
    assert_eq!(pat.get(app.url("/sharing/register")).send().await?.status(), 403, "the register is for supervisors");

    // Each side hears of the other's step.
    let told = plain(&pat.get(app.url("/notifications")).send().await?.text().await?);
    assert!(told.contains("sam returned your disclosure from the file of Haddad with a comment."), "{told}");
    assert!(told.contains("sam approved your disclosure from the file of Haddad; it can be sent now."));
    let told = plain(&sam.get(app.url("/notifications")).send().await?.text().await?);
    assert!(told.contains("pat prepared a disclosure from the file of Haddad; it waits for your approval."), "{told}");

    // An agreement that ends after a disclosure was prepared stops its approval.
    let panel = agreements[2].as_str();
    let prepared = pat.post(&url).form(&with(base.clone(), "agreement", panel)).send().await?;
    assert_eq!(prepared.status(), 303);
    let panel_disclosure = location(&prepared);
    let mut tx = app.store.begin().await?;
    let id = hearth_core::ids::SharingAgreementId::parse(panel)?;
    let agreement = tx.sharing_agreement(&partner, &id).await?.ok_or("agreement")?;
    let ended = AgreementTerms { ends_on: Some(today.plus_days(-1)), ..agreement.terms };
    tx.save_sharing_agreement(&admin.actor, &partner, Some(&id), &ended).await?;
    tx.commit().await?;
    let refused =
        sam.post(app.url(&format!("{panel_disclosure}/review"))).form(&[("decision", "approve")]).send().await?;
    assert_eq!(refused.status(), 422);
    assert!(plain(&refused.text().await?).contains("is no longer in force, so it cannot be approved or sent"));
    Ok(())
}
