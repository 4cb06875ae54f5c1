//! The modality decision aid: a conversation across screens without
//! JavaScript, a suggestion with reasons, and a decision kept as history.

use hearth_core::accounts::Role;

use crate::support::{TestApp, TestResult, location};

#[tokio::test]
async fn a_practitioner_walks_through_the_aid_and_records_the_decision() -> TestResult {
    let app = TestApp::spawn().await?;
    let (org, team) = app.organisation("Org").await?;
    let pat = app.user(&org, Some(&team), Role::Practitioner, "pat@org.example").await?;
    let client = app.client()?;
    app.sign_in(&client, &pat).await?;
    let family = location(&client.post(app.url("/families")).form(&[("name", "Haddad"), ("team", "")]).send().await?);
    client.post(app.url(&format!("{family}/members"))).form(&[("name", "Amina"), ("role", "parent")]).send().await?;
    let page = client.get(app.url(&family)).send().await?.text().await?;
    let member = page
        .match_indices(&format!("{family}/members/"))
        .find_map(|(i, _)| {
            let id: String = page[i + family.len() + 9..].chars().take_while(|c| c.is_ascii_hexdigit()).collect();
            (id.len() == 32).then_some(id)
        })
        .ok_or("member")?;
    let aid = format!("{family}/members/{member}/modality");

    let start = client.get(app.url(&aid)).send().await?.text().await?;
    assert!(start.contains("class=\"empty\""), "no decision yet");
    // Screen 1 of 6, then each further screen carries the earlier answers.
    let mut answers: Vec<(String, String)> = vec![("step".into(), "0".into()), ("go".into(), "next".into())];
    let mut body = client.post(app.url(&aid)).form(&answers).send().await?.text().await?;
    assert!(body.contains("name=\"a-openness\""), "first screen asks about openness");
    let given = [
        ("a-openness", "open"),
        ("a-device", "shared_phone"),
        ("a-language_barrier", "strong"),
        ("a-home_privacy", "others_present"),
        ("a-distance", "far"),
        ("a-met_in_person", "no"),
    ];
    for (step, (name, value)) in given.iter().enumerate() {
        answers = vec![
            ("step".into(), (step + 1).to_string()),
            ("go".into(), "next".into()),
            ((*name).into(), (*value).into()),
        ];
        // Earlier answers come back as hidden fields.
        for (i, (n, v)) in given.iter().enumerate().take(step) {
            assert!(body.contains(&format!("name=\"{n}\" value=\"{v}\"")), "answer {i} carried: {n}");
            answers.push(((*n).into(), (*v).into()));
        }
        body = client.post(app.url(&aid)).form(&answers).send().await?.text().await?;
    }
    // The result: a suggestion per kind of contact, every reason, what to arrange.
    assert!(body.contains("id=\"suggestion-practical\""));
    assert!(body.contains("They live far away"), "the distance is a reason");
    assert!(body.contains("Arrange a translator"));
    assert!(body.contains("Meet in person first"));
    assert!(body.contains("Agree the terms of working online"));
    let suggestion = |kind: &str| -> Option<String> {
        let start = body.find(&format!("id=\"suggestion-{kind}\""))?;
        let class = body[..start].rfind("modality-")?;
        Some(body[class + 9..].split('"').next()?.to_owned())
    };
    assert_eq!(suggestion("practical").as_deref(), Some("digital"));
    assert_eq!(suggestion("sensitive").as_deref(), Some("face_to_face"));

    // Deciding differently needs a reason; the preference is kept.
    let mut decision: Vec<(String, String)> = given.iter().map(|(n, v)| ((*n).into(), (*v).into())).collect();
    for (kind, m) in
        [("practical", "digital"), ("check_in", "digital"), ("sensitive", "face_to_face"), ("crisis", "hybrid")]
    {
        decision.push((format!("decide-{kind}"), m.into()));
    }
    decision.push(("preference".into(), "I'd rather meet at the library".into()));
    let refused = client.post(app.url(&format!("{aid}/decision"))).form(&decision).send().await?;
    let status = refused.status();
    let text = refused.text().await?;
    if status == 422 {
        assert!(text.contains("I&#39;d rather meet at the library") || text.contains("I'd rather meet at the library"));
        decision.push(("comment".into(), "Crisis calls by phone, as she asked".into()));
    }
    let saved = client.post(app.url(&format!("{aid}/decision"))).form(&decision).send().await?;
    assert_eq!(location(&saved), aid);
    let history = client.get(app.url(&aid)).send().await?.text().await?;
    assert!(history.contains("id=\"modality-history\""));
    assert!(history.contains("the library"));
    assert!(history.contains("Go through it again"), "a decision is revisited, not final");

    // When the identity check changes, the file prompts a review.
    client
        .post(app.url(&format!("{family}/members/{member}/verification")))
        .form(&[("verification", "met_in_person")])
        .send()
        .await?;
    let _ = client.get(app.url(&aid)).send().await?.text().await?;
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
        .form(&[("step", "6"), ("go", "next"), ("a-openness", "open")])
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
    for kind in ["practical", "check_in", "sensitive", "crisis"] {
        decision.push((format!("decide-{kind}"), "hybrid".into()));
    }
    client.post(app.url(&format!("{aid}/decision"))).form(&decision).send().await?;
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
