//! The modality decision aid: a conversation across screens without
//! JavaScript, a suggestion with reasons, and a decision kept as history.

use hearth_core::accounts::Role;

use crate::support::{TestApp, TestResult, location, member_ids, plain};

/// The suggestion shown for a kind of contact: its class after `modality-`.
fn suggestion(body: &str, kind: &str) -> Option<String> {
    let start = body.find(&format!("id=\"suggestion-{kind}\""))?;
    let class = body[..start].rfind("modality-")?;
    Some(body[class + 9..].split('"').next()?.to_owned())
}

/// The part of the page about one kind of contact.
fn contact_part<'a>(body: &'a str, kind: &str) -> &'a str {
    let start = body.find(&format!("id=\"contact-{kind}\"")).unwrap_or(body.len());
    let end = body[start..].find("</fieldset>").map_or(body.len(), |e| start + e);
    &body[start..end]
}

type Pairs = Vec<(String, String)>;

fn pairs(given: &[(&str, &str)]) -> Pairs {
    given.iter().map(|(n, v)| ((*n).to_owned(), (*v).to_owned())).collect()
}

#[tokio::test]
async fn a_practitioner_walks_through_the_aid_and_records_the_decision() -> TestResult {
    let app = TestApp::spawn().await?;
    let (org, team) = app.organisation("Org").await?;
    let pat = app.user(&org, Some(&team), Role::Practitioner, "pat@org.example").await?;
    let client = app.client()?;
    app.sign_in(&client, &pat).await?;
    let family = location(&client.post(app.url("/families")).form(&[("name", "Haddad"), ("team", "")]).send().await?);
    client
        .post(app.url(&format!("{family}/members")))
        .form(&[("name", "Amina"), ("role", "parent"), ("languages", "Arabic"), ("needs_translator", "yes")])
        .send()
        .await?;
    let page = client.get(app.url(&family)).send().await?.text().await?;
    let member = member_ids(&page, &family).into_iter().next().ok_or("member")?;
    let aid = format!("{family}/members/{member}/modality");

    let start = client.get(app.url(&aid)).send().await?.text().await?;
    assert!(start.contains("class=\"empty\""), "no decision yet");
    // What the file knows is filled in and marked: a translator is needed.
    assert!(start.contains("name=\"p-language_barrier\" value=\"strong\""), "pre-filled from the file");
    let mut carried = pairs(&[
        ("a-language_barrier", "strong"),
        ("p-language_barrier", "strong"),
        ("a-identity", "not_verified"),
        ("p-identity", "not_verified"),
    ]);
    let mut body = client
        .post(app.url(&aid))
        .form(&[carried.clone(), pairs(&[("step", "0"), ("go", "next")])].concat())
        .send()
        .await?
        .text()
        .await?;
    assert!(body.contains("name=\"a-openness\""), "the first screen asks about openness");
    // One screen at a time; earlier answers come back as hidden fields.
    let screens: [&[(&str, &str)]; 7] = [
        &[("a-openness", "open")],
        &[("a-matters", "everyday")],
        &[("a-device", "shared_phone")],
        &[("a-language_barrier", "strong")],
        &[("a-home_privacy", "others_present"), ("a-safe_to_speak", "yes")],
        &[("a-distance", "far")],
        &[("a-met_in_person", "no")],
    ];
    for (step, given) in screens.iter().enumerate() {
        if step == 3 {
            assert!(body.contains("id=\"prefilled-language_barrier\""), "the pre-filled answer is marked");
        }
        for (n, v) in &carried {
            if n.starts_with("a-") && !given.iter().any(|(g, _)| g == n) {
                assert!(body.contains(&format!("name=\"{n}\" value=\"{v}\"")), "{n} carried to screen {}", step + 1);
            }
        }
        carried.retain(|(n, _)| !given.iter().any(|(g, _)| g == n));
        carried.extend(pairs(given));
        let form = [carried.clone(), pairs(&[("step", &(step + 1).to_string()), ("go", "next")])].concat();
        body = client.post(app.url(&aid)).form(&form).send().await?.text().await?;
    }
    // The result: a suggestion per kind of contact, or what to find out first.
    assert_eq!(suggestion(&body, "practical").as_deref(), Some("digital"));
    assert_eq!(suggestion(&body, "sensitive").as_deref(), Some("face_to_face"), "a shared phone is a hard limit");
    assert_eq!(suggestion(&body, "first_contact").as_deref(), Some("unknown"), "trust is not known");
    let first = contact_part(&body, "first_contact");
    assert!(first.contains("Not enough is known") && first.contains("How much trust is there between you?"));
    let sensitive = contact_part(&body, "sensitive");
    assert!(sensitive.contains("Ruled out by the answers"), "says what ruled online out");
    assert!(sensitive.contains("They share a phone"));
    assert!(sensitive.contains("Arrange a translator"), "arrangements belong to their kind of contact");
    assert!(!contact_part(&body, "practical").contains("Arrange a translator"));
    let practical = contact_part(&body, "practical");
    assert!(practical.contains("For: leans online") && practical.contains("They live far away"), "reasons lean");
    assert!(practical.contains("Agree the terms of working online"));

    // Deciding where nothing was suggested needs a comment; the refused form keeps every choice.
    let mut decision = carried.clone();
    for (kind, m) in [
        ("first_contact", "face_to_face"),
        ("practical", "digital"),
        ("check_in", "hybrid"),
        ("sensitive", "face_to_face"),
        ("crisis", "hybrid"),
    ] {
        decision.push((format!("decide-{kind}"), m.into()));
    }
    decision.push(("preference".into(), "I'd rather meet at the library".into()));
    let refused = client.post(app.url(&format!("{aid}/decision"))).form(&decision).send().await?;
    assert_eq!(refused.status(), 422);
    let text = refused.text().await?;
    assert!(
        text.contains("I&#39;d rather meet at the library") || text.contains("I&#x27;d rather meet at the library")
    );
    assert!(text.contains("add a comment saying why"));
    let crisis = contact_part(&text, "crisis");
    assert!(crisis.contains("value=\"hybrid\"\n selected"), "the choice made survives: {crisis}");
    assert!(contact_part(&text, "first_contact").contains("value=\"face_to_face\"\n selected"));
    for (n, v) in carried.iter().filter(|(n, _)| n.starts_with("a-")) {
        assert!(text.contains(&format!("name=\"{n}\" value=\"{v}\"")), "{n} kept");
    }
    // A tampered choice is refused the same way, never with a bare error page.
    let mut tampered = decision.clone();
    tampered.retain(|(n, _)| n != "decide-practical");
    tampered.push(("decide-practical".into(), "telepathy".into()));
    let refused = client.post(app.url(&format!("{aid}/decision"))).form(&tampered).send().await?;
    assert_eq!(refused.status(), 422);
    assert!(plain(&refused.text().await?).contains("Choose how to be in contact for: Practical matters"));

    decision.push(("comment".into(), "Crisis calls by phone, as she asked".into()));
    let saved = client.post(app.url(&format!("{aid}/decision"))).form(&decision).send().await?;
    assert_eq!(location(&saved), aid);
    let history = client.get(app.url(&aid)).send().await?.text().await?;
    assert!(history.contains("id=\"modality-history\""));
    assert!(history.contains("the library"));
    assert!(history.contains("Go through it again"), "a decision is revisited, not final");
    // Side by side: the suggestion, the decision, the reasons and the answers.
    assert!(history.contains("Suggested: Not enough known yet · Decided together: <strong>Face to face</strong>"));
    assert!(history.contains("They share a phone") && history.contains("A shared phone"));

    // When the identity check is recorded (no account needed), the file prompts a review.
    client
        .post(app.url(&format!("{family}/members/{member}/verification")))
        .form(&[("verification", "met_in_person")])
        .send()
        .await?;
    let again = client.get(app.url(&aid)).send().await?.text().await?;
    assert!(again.contains("Something has changed since the last decision"));
    assert!(again.contains("name=\"a-identity\" value=\"verified\""), "the aid uses the recorded check");
    app.clock.advance_seconds(91 * 86_400);
    let due = client.get(app.url(&aid)).send().await?;
    assert_eq!(due.status(), 303, "signed out after the idle time");
    app.sign_in(&client, &pat).await?;
    let due = client.get(app.url(&aid)).send().await?.text().await?;
    assert!(
        due.contains("It is time to look at this decision again"),
        "a review is prompted after the interval the rules set"
    );
    Ok(())
}

#[tokio::test]
async fn answers_are_changed_from_the_result_and_the_suggestion_follows() -> TestResult {
    let app = TestApp::spawn().await?;
    let (org, team) = app.organisation("Org").await?;
    let pat = app.user(&org, Some(&team), Role::Practitioner, "pat@org.example").await?;
    let client = app.client()?;
    app.sign_in(&client, &pat).await?;
    let family = location(&client.post(app.url("/families")).form(&[("name", "Demir"), ("team", "")]).send().await?);
    client.post(app.url(&format!("{family}/members"))).form(&[("name", "Leyla"), ("role", "parent")]).send().await?;
    let page = client.get(app.url(&family)).send().await?.text().await?;
    let member = member_ids(&page, &family).into_iter().next().ok_or("member")?;
    let aid = format!("{family}/members/{member}/modality");
    let answers = pairs(&[
        ("a-openness", "open"),
        ("a-device", "own_smartphone"),
        ("a-matters", "everyday"),
        ("a-home_privacy", "private"),
        ("a-safe_to_speak", "no"),
        ("a-distance", "far"),
    ]);
    let result = client
        .post(app.url(&aid))
        .form(&[answers.clone(), pairs(&[("step", "7"), ("go", "next")])].concat())
        .send()
        .await?
        .text()
        .await?;
    assert_eq!(suggestion(&result, "sensitive").as_deref(), Some("face_to_face"), "not safe to speak");
    assert!(result.contains("value=\"section-5\""), "each part of the answers can be changed");
    // "Change" goes back to that part with every answer kept.
    let screen = client
        .post(app.url(&aid))
        .form(
            &[answers.clone(), pairs(&[("step", "8"), ("go", "section-5"), ("decide-practical", "digital")])].concat(),
        )
        .send()
        .await?
        .text()
        .await?;
    assert!(screen.contains("name=\"a-safe_to_speak\" value=\"no\"\n checked"), "the answer is shown as given");
    assert!(screen.contains("name=\"a-distance\" value=\"far\""), "other answers travel along");
    // A private space and a signal agreed lifts the limit.
    let mut changed: Pairs = answers.into_iter().collect();
    changed.push(("a-private_space_agreed".into(), "yes".into()));
    let mut after = client
        .post(app.url(&aid))
        .form(&[changed.clone(), pairs(&[("step", "5"), ("go", "next")])].concat())
        .send()
        .await?
        .text()
        .await?;
    for step in 6..=7 {
        after = client
            .post(app.url(&aid))
            .form(&[changed.clone(), pairs(&[("step", &step.to_string()), ("go", "next")])].concat())
            .send()
            .await?
            .text()
            .await?;
    }
    assert_eq!(suggestion(&after, "sensitive").as_deref(), Some("digital"), "{}", contact_part(&after, "sensitive"));
    Ok(())
}

#[tokio::test]
async fn an_organisation_adapts_the_rules_and_bad_rules_are_explained() -> TestResult {
    let app = TestApp::spawn().await?;
    let (org, team) = app.organisation("Org").await?;
    let admin = app.user(&org, None, Role::OrganisationAdmin, "admin@org.example").await?;
    let pat = app.user(&org, Some(&team), Role::Practitioner, "pat@org.example").await?;
    let (admin_c, pat_c) = (app.client()?, app.client()?);
    app.sign_in(&admin_c, &admin).await?;
    app.sign_in(&pat_c, &pat).await?;
    let page = admin_c.get(app.url("/admin/modality-rules")).send().await?.text().await?;
    assert!(page.contains("open-to-digital"), "starts from the default");
    let bad = "[[rule]]\nkey = \"x\"\nwhen = { device = [\"tablet\"] }\nsuggest = \"digital\"\nweight = 9\n";
    let refused = admin_c.post(app.url("/admin/modality-rules")).form(&[("body", bad)]).send().await?;
    assert_eq!(refused.status(), 422);
    let text = refused.text().await?;
    assert!(text.contains("is not an answer to device") && text.contains("weight must be"), "explains each problem");
    let good = "[[rule]]\nkey = \"always-meet\"\nwhen = { openness = [\"open\", \"hesitant\", \"closed\", \"dont_know\"] }\nsuggest = \"face_to_face\"\nweight = 3\nreason.en = \"Our service always meets in person.\"\n";
    assert_eq!(admin_c.post(app.url("/admin/modality-rules")).form(&[("body", good)]).send().await?.status(), 200);

    let family = location(&pat_c.post(app.url("/families")).form(&[("name", "Jansen"), ("team", "")]).send().await?);
    pat_c.post(app.url(&format!("{family}/members"))).form(&[("name", "Marieke"), ("role", "parent")]).send().await?;
    let file = pat_c.get(app.url(&family)).send().await?.text().await?;
    let member = file
        .match_indices(&format!("{family}/members/"))
        .find_map(|(i, _)| {
            let id: String = file[i + family.len() + 9..].chars().take_while(|c| c.is_ascii_hexdigit()).collect();
            (id.len() == 32).then_some(id)
        })
        .ok_or("member")?;
    let result = pat_c
        .post(app.url(&format!("{family}/members/{member}/modality")))
        .form(&[("step", "7"), ("go", "next"), ("a-openness", "open")])
        .send()
        .await?
        .text()
        .await?;
    assert!(result.contains("Our service always meets in person."), "the organisation's own rule decides");
    assert_eq!(pat_c.get(app.url("/admin/modality-rules")).send().await?.status(), 403);
    Ok(())
}

#[tokio::test]
async fn release_from_prison_prompts_a_review() -> TestResult {
    let app = TestApp::spawn().await?;
    let (org, team) = app.organisation("Org").await?;
    let pat = app.user(&org, Some(&team), Role::Practitioner, "pat@org.example").await?;
    let client = app.client()?;
    app.sign_in(&client, &pat).await?;
    let family = location(&client.post(app.url("/families")).form(&[("name", "Okafor"), ("team", "")]).send().await?);
    client.post(app.url(&format!("{family}/members"))).form(&[("name", "Grace"), ("role", "parent")]).send().await?;
    client
        .post(app.url(&format!("{family}/members")))
        .form(&[("name", "Daniel"), ("role", "person_of_concern"), ("whereabouts", "in_prison")])
        .send()
        .await?;
    let file = client.get(app.url(&family)).send().await?.text().await?;
    let ids: Vec<String> = file
        .match_indices(&format!("{family}/members/"))
        .filter_map(|(i, _)| {
            let id: String = file[i + family.len() + 9..].chars().take_while(|c| c.is_ascii_hexdigit()).collect();
            (id.len() == 32).then_some(id)
        })
        .collect();
    let (grace, daniel) = (ids.first().ok_or("grace")?, ids.get(1).ok_or("daniel")?);
    let aid = format!("{family}/members/{grace}/modality");
    let mut decision = vec![("a-detention".to_owned(), "prison".to_owned()), ("comment".into(), "as discussed".into())];
    for kind in ["first_contact", "practical", "check_in", "sensitive", "crisis"] {
        decision.push((format!("decide-{kind}"), "hybrid".into()));
    }
    let start = client.get(app.url(&aid)).send().await?.text().await?;
    assert!(
        start.contains("name=\"p-detention\" value=\"prison\""),
        "where the person of concern is comes from the file"
    );
    let saved = client.post(app.url(&format!("{aid}/decision"))).form(&decision).send().await?;
    assert_eq!(location(&saved), aid);
    assert!(!client.get(app.url(&aid)).send().await?.text().await?.contains("no longer where"));
    client
        .post(app.url(&format!("{family}/members/{daniel}")))
        .form(&[("name", "Daniel"), ("role", "person_of_concern"), ("whereabouts", "at_home")])
        .send()
        .await?;
    assert!(
        client.get(app.url(&aid)).send().await?.text().await?.contains("no longer where"),
        "release prompts a review"
    );
    Ok(())
}
