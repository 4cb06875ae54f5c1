//! Assessments: evidence for every finding, the supervisor's review, the trend,
//! and the organisation's catalogue.

use hearth_core::accounts::Role;

use crate::support::{Fallible, TestApp, TestResult, location, plain};

fn first_id_after(html: &str, marker: &str) -> Option<String> {
    html.match_indices(marker).find_map(|(i, _)| {
        let id: String = html[i + marker.len()..].chars().take_while(|c| c.is_ascii_hexdigit()).collect();
        (id.len() == 32).then_some(id)
    })
}

fn assessment_form<'a>(date: &'a str, note: &'a str, rating: &'a str, protective: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("assessed_on", date),
        ("rating-withdrawal-and-secrecy", rating),
        ("evidence-withdrawal-and-secrecy", note),
        ("rating-warm-relationships", protective),
        ("evidence-warm-relationships", note),
        ("engagement", "genuine"),
        ("engagement_note", "Mother calls back every time"),
        ("young_person", "Feels watched at home but says his sister understands him"),
        ("response", "targeted_family_support"),
        ("proportionality", "Signs of withdrawal, no endorsement of violence: family support, not a multi-agency plan"),
    ]
}

#[tokio::test]
async fn assess_with_evidence_review_and_see_the_trend() -> TestResult {
    let app = TestApp::spawn().await?;
    let (org, team) = app.organisation("Org").await?;
    let pat = app.user(&org, Some(&team), Role::Practitioner, "pat@org.example").await?;
    let sam = app.user(&org, Some(&team), Role::Supervisor, "sam@org.example").await?;
    let (pat_c, sam_c) = (app.client()?, app.client()?);
    app.sign_in(&pat_c, &pat).await?;
    app.sign_in(&sam_c, &sam).await?;
    let family =
        location(&pat_c.post(app.url("/families")).form(&[("name", "Haddad"), ("team", team.as_str())]).send().await?);
    pat_c
        .post(app.url(&format!("{family}/notes")))
        .form(&[("kind", "home_visit"), ("occurred", "2026-11-01T10:00"), ("text", "Yusuf stays in his room")])
        .send()
        .await?;
    let page = pat_c.get(app.url(&format!("{family}/assessments/new"))).send().await?.text().await?;
    assert!(page.contains("Strong belief is not a concern in itself"), "the form reminds what to rate");
    let note = format!("note:{}", first_id_after(&page, "<option value=\"note:").ok_or("a note to link")?);

    // On a phone the form is taken step by step: a refused step comes back
    // with what was typed; back and forward keep every answer.
    let step_url = app.url(&format!("{family}/assessments/new/step"));
    let on_step = |n: u8| format!("aria-current=\"step\">{n}.");
    let mut no_date = assessment_form("", "", "2", "1");
    no_date.push(("step", "1"));
    let refused_step = pat_c.post(&step_url).form(&no_date).send().await?;
    assert_eq!(refused_step.status(), 422);
    let body = refused_step.text().await?;
    assert!(body.contains(&on_step(1)), "stays on the first step");
    assert!(body.contains("autofocus") && body.contains("assessment-errors"), "the summary takes focus");
    assert!(body.contains("Mother calls back every time"), "answers of later steps travel along");
    let mut no_evidence = assessment_form("2026-11-02", "", "2", "1");
    no_evidence.push(("step", "1"));
    let held = pat_c.post(&step_url).form(&no_evidence).send().await?;
    assert_eq!(held.status(), 422);
    let body = held.text().await?;
    assert!(body.contains("Link evidence for") && body.contains(&on_step(1)), "this step's finding needs evidence");
    assert!(!plain(&body).contains("Link evidence for “Warm"), "a later step’s problem waits for that step");
    let mut first_done = assessment_form("2026-11-02", &note, "2", "1");
    first_done.push(("step", "1"));
    let next = pat_c.post(&step_url).form(&first_done).send().await?;
    assert_eq!(next.status(), 200);
    let body = next.text().await?;
    assert!(body.contains(&on_step(2)), "on to the family level");
    assert!(body.contains("name=\"assessed_on\" value=\"2026-11-02\""), "the date travels along");
    let mut back = assessment_form("2026-11-02", &note, "2", "1");
    back.extend([("step", "2"), ("go", "back")]);
    let body = pat_c.post(&step_url).form(&back).send().await?.text().await?;
    assert!(body.contains(&on_step(1)) && body.contains("value=\"2026-11-02\""), "back, with the date kept");

    // A finding without evidence is refused, and the form keeps everything.
    let mut form = assessment_form("2026-11-02", "", "2", "1");
    let refused = pat_c.post(app.url(&format!("{family}/assessments"))).form(&form).send().await?;
    assert_eq!(refused.status(), 422);
    let body = refused.text().await?;
    assert!(body.contains("Link evidence for"), "says which finding lacks evidence");
    assert!(body.contains("Mother calls back every time"), "typed text kept");
    assert!(body.contains("value=\"2\" checked"), "ratings kept");

    form = assessment_form("2026-11-02", &note, "2", "1");
    let recorded = pat_c.post(app.url(&format!("{family}/assessments"))).form(&form).send().await?;
    let first = location(&recorded);
    assert!(first.starts_with(&format!("{family}/assessments/")), "{first}");
    let notes = sam_c.get(app.url("/notifications")).send().await?.text().await?;
    assert!(notes.contains("submitted an assessment"), "the supervisor is asked to review");

    // Practitioners cannot sign off; supervisors return with a comment or sign off.
    let self_review = pat_c
        .post(app.url(&format!("{first}/review")))
        .form(&[("decision", "sign_off"), ("comment", "")])
        .send()
        .await?;
    assert_eq!(self_review.status(), 403);
    let no_comment =
        sam_c.post(app.url(&format!("{first}/review"))).form(&[("decision", "return"), ("comment", "")]).send().await?;
    assert_eq!(no_comment.status(), 422);
    let returned = sam_c
        .post(app.url(&format!("{first}/review")))
        .form(&[("decision", "return"), ("comment", "Say more about school attendance")])
        .send()
        .await?;
    assert_eq!(location(&returned), first);
    let view = pat_c.get(app.url(&first)).send().await?.text().await?;
    assert!(view.contains("Say more about school attendance"));
    assert!(pat_c.get(app.url("/notifications")).send().await?.status() == 200);

    // Four eyes: a supervisor cannot sign off an assessment they wrote themselves.
    let own = location(
        &sam_c
            .post(app.url(&format!("{family}/assessments")))
            .form(&assessment_form("2026-11-03", &note, "0", "0"))
            .send()
            .await?,
    );
    assert!(!sam_c.get(app.url(&own)).send().await?.text().await?.contains("value=\"sign_off\""));
    let self_signed =
        sam_c.post(app.url(&format!("{own}/review"))).form(&[("decision", "sign_off"), ("comment", "")]).send().await?;
    assert_eq!(self_signed.status(), 403);

    // A second assessment a month later: concern down, protection up.
    let form = assessment_form("2026-12-02", &note, "1", "3");
    let second = location(&pat_c.post(app.url(&format!("{family}/assessments"))).form(&form).send().await?);
    let signed = sam_c
        .post(app.url(&format!("{second}/review")))
        .form(&[("decision", "sign_off"), ("comment", "")])
        .send()
        .await?;
    assert_eq!(location(&signed), second);
    assert!(pat_c.get(app.url(&second)).send().await?.text().await?.contains("assessment-signed_off"));

    let trend = pat_c.get(app.url(&format!("{family}/assessments"))).send().await?.text().await?;
    assert_eq!(trend.matches("<svg class=\"trend\"").count(), 3, "a chart per level");
    assert!(trend.contains("role=\"img\""));
    let table = trend.split("id=\"trend-table\"").nth(1).ok_or("table")?;
    assert!(table.contains("2 Nov 2026") && table.contains("2 Dec 2026"), "{table}");
    // The individual level's concern went from 2 to 1, the family's protection from 1 to 3.
    let row = |label: &str| -> Fallible<Vec<String>> {
        let start = table.find(label).ok_or(label.to_owned())?;
        let end = table[start..].find("</tr>").ok_or("row end")? + start;
        Ok(table[start..end]
            .split("<td>")
            .skip(2)
            .map(|c| c.split('<').next().unwrap_or_default().to_owned())
            .collect())
    };
    assert_eq!(row("Withdraws from family and friends")?, ["2", "0", "1"]);
    assert_eq!(row("Warm relationships and open conversation")?, ["1", "0", "3"]);
    Ok(())
}

#[tokio::test]
async fn the_catalogue_is_validated_with_clear_messages() -> TestResult {
    let app = TestApp::spawn().await?;
    let (org, team) = app.organisation("Org").await?;
    let admin = app.user(&org, None, Role::OrganisationAdmin, "admin@org.example").await?;
    let pat = app.user(&org, Some(&team), Role::Practitioner, "pat@org.example").await?;
    let (admin_c, pat_c) = (app.client()?, app.client()?);
    app.sign_in(&admin_c, &admin).await?;
    app.sign_in(&pat_c, &pat).await?;
    let page = admin_c.get(app.url("/admin/catalogue")).send().await?.text().await?;
    assert!(page.contains("withdrawal-and-secrecy"), "starts from the default");
    let bad = "[[factor]]\nkey = \"x\"\nlevel = \"galaxy\"\nkind = \"concern\"\ntitle.en = \"X\"\n";
    let refused = admin_c.post(app.url("/admin/catalogue")).form(&[("body", bad)]).send().await?;
    assert_eq!(refused.status(), 422);
    let body = refused.text().await?;
    assert!(body.contains("unknown level"), "names the problem");
    assert!(body.contains("no English guidance"));
    assert!(body.contains("level = &quot;galaxy&quot;") || body.contains("level = &#34;galaxy&#34;"), "keeps the text");

    let good = "[[factor]]\nkey = \"sudden-school-absence\"\nlevel = \"individual\"\nkind = \"concern\"\ntitle.en = \"Stops going to school without explanation\"\nguidance.en = \"Check with the school first.\"\n";
    let saved = admin_c.post(app.url("/admin/catalogue")).form(&[("body", good)]).send().await?;
    assert_eq!(saved.status(), 200);
    let family = location(&pat_c.post(app.url("/families")).form(&[("name", "Jansen"), ("team", "")]).send().await?);
    let form = pat_c.get(app.url(&format!("{family}/assessments/new"))).send().await?.text().await?;
    assert!(
        form.contains("Stops going to school without explanation"),
        "new assessments use the organisation's catalogue"
    );
    assert!(!form.contains("withdrawal-and-secrecy"));
    assert_eq!(pat_c.get(app.url("/admin/catalogue")).send().await?.status(), 403);
    Ok(())
}
