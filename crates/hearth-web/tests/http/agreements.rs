//! Online working agreements: made from the template, accepted in the portal
//! (in the member's language) or aloud, renewed when the template changes.

use hearth_core::accounts::Role;

use crate::support::{TestApp, TestResult, decoded_body, location, plain};

fn member_id(page: &str, family: &str) -> Option<String> {
    page.match_indices(&format!("{family}/members/")).find_map(|(i, _)| {
        let id: String = page[i + family.len() + 9..].chars().take_while(|c| c.is_ascii_hexdigit()).collect();
        (id.len() == 32).then_some(id)
    })
}

fn choices(signal: &str) -> Vec<(&'static str, String)> {
    vec![
        ("account_users", "Amina only".into()),
        ("signal", signal.into()),
        ("reconnect", "Pat calls back by phone within 5 minutes".into()),
        ("reconnect_minutes", "5".into()),
        ("translator", "Mr Haddad (Arabic)".into()),
        ("availability", "Monday to Thursday, 9:00 to 17:00".into()),
        ("urgent_contacts", "the duty line 0800 123 456".into()),
        ("retention", "two years after the file closes".into()),
    ]
}

#[tokio::test]
async fn agreement_made_accepted_in_arabic_and_renewed_after_a_new_template() -> TestResult {
    let app = TestApp::spawn().await?;
    let (org, team) = app.organisation("Org").await?;
    let admin = app.user(&org, None, Role::OrganisationAdmin, "admin@org.example").await?;
    let pat = app.user(&org, Some(&team), Role::Practitioner, "pat@org.example").await?;
    let (admin_c, pat_c) = (app.client()?, app.client()?);
    app.sign_in(&admin_c, &admin).await?;
    app.sign_in(&pat_c, &pat).await?;
    let family = location(&pat_c.post(app.url("/families")).form(&[("name", "Haddad"), ("team", "")]).send().await?);
    pat_c
        .post(app.url(&format!("{family}/members")))
        .form(&[("name", "Amina Haddad"), ("role", "parent")])
        .send()
        .await?;
    let file = pat_c.get(app.url(&family)).send().await?.text().await?;
    let member = member_id(&file, &family).ok_or("member")?;
    let member_path = format!("{family}/members/{member}");

    // Invite Amina to the portal in Arabic.
    pat_c
        .post(app.url(&format!("{member_path}/invite")))
        .form(&[("email", "amina@family.example"), ("language", "ar")])
        .send()
        .await?;
    let mail = app.smtp.wait_for(1).await;
    let link = decoded_body(mail.first().ok_or("mail")?)
        .lines()
        .find(|l| l.contains("/invitations/"))
        .ok_or("link")?
        .trim()
        .to_owned();
    let amina = app.client()?;
    amina
        .post(app.url(link.strip_prefix(&app.base).ok_or("host")?))
        .form(&[("password", "lantern orchard kettle"), ("confirm", "lantern orchard kettle")])
        .send()
        .await?;

    // A choice left empty is refused; what was typed is kept.
    let agreement_path = format!("{member_path}/agreement");
    let mut form = choices("the weather is nice today");
    form[1].1 = String::new();
    let refused = pat_c.post(app.url(&agreement_path)).form(&form).send().await?;
    assert_eq!(refused.status(), 422);
    assert!(refused.text().await?.contains("Monday to Thursday, 9:00 to 17:00"));
    let made = pat_c.post(app.url(&agreement_path)).form(&choices("the weather is nice today")).send().await?;
    assert_eq!(location(&made), agreement_path);
    let page = pat_c.get(app.url(&agreement_path)).send().await?.text().await?;
    assert!(page.contains("the weather is nice today"), "the choices are in the text");
    assert!(page.contains("Waiting for the family member"));

    // Amina reads it in Arabic in the portal, with availability and urgent contacts, and accepts.
    let portal = amina.get(app.url("/")).send().await?.text().await?;
    assert!(portal.contains("lang=\"ar\" dir=\"rtl\""));
    assert!(portal.contains("id=\"portal-agreement\"") && portal.contains("the weather is nice today"));
    assert!(portal.contains("0800 123 456") && portal.contains("Monday to Thursday"));
    let agreement =
        portal.split("/portal/agreements/").nth(1).and_then(|s| s.split('/').next()).ok_or("accept form")?.to_owned();
    let accepted = amina.post(app.url(&format!("/portal/agreements/{agreement}/accept"))).send().await?;
    assert_eq!(location(&accepted), "/");
    assert!(!amina.get(app.url("/")).send().await?.text().await?.contains("/accept\""), "accepted once");
    assert!(pat_c.get(app.url(&agreement_path)).send().await?.text().await?.contains("Accepted in the family portal"));
    // Nobody else can accept it for her.
    assert_eq!(pat_c.post(app.url(&format!("/portal/agreements/{agreement}/accept"))).send().await?.status(), 403);

    // The organisation publishes a new template version: the agreement is flagged for renewal.
    let template = admin_c.get(app.url("/admin/agreement-template")).send().await?.text().await?;
    assert!(plain(&template).contains("Version 1"));
    let body =
        hearth_core::agreements::DEFAULT_TEMPLATE.replace("Working together online", "Working together online (2027)");
    let bad = admin_c.post(app.url("/admin/agreement-template")).form(&[("body", "name = \"x\"")]).send().await?;
    assert_eq!(bad.status(), 422);
    assert!(bad.text().await?.contains("lacks a clause on recordings"));
    let published = admin_c.post(app.url("/admin/agreement-template")).form(&[("body", body.as_str())]).send().await?;
    assert!(plain(&published.text().await?).contains("Version 2"));
    let flagged = pat_c.get(app.url(&agreement_path)).send().await?.text().await?;
    assert!(flagged.contains("id=\"renewal\""), "renewal is flagged");

    // The new version is agreed aloud at a visit; the earlier one stays visible.
    pat_c.post(app.url(&agreement_path)).form(&choices("I need to cook now")).send().await?;
    let verbal = pat_c
        .post(app.url(&format!("{agreement_path}/consent")))
        .form(&[("how", "Read together at the home visit, agreed")])
        .send()
        .await?;
    assert_eq!(location(&verbal), agreement_path);
    let page = pat_c.get(app.url(&agreement_path)).send().await?.text().await?;
    assert!(page.contains("Agreed aloud") && page.contains("Read together at the home visit"));
    assert!(page.contains("the weather is nice today"), "the earlier version is kept");
    assert!(!page.contains("id=\"renewal\""));
    let portal = amina.get(app.url("/")).send().await?.text().await?;
    assert!(portal.contains("I need to cook now"), "the family member sees the agreement in force");
    assert!(portal.contains("<details>") && portal.contains("the weather is nice today"), "and the earlier version");
    Ok(())
}
