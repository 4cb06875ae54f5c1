//! The disclosure record: what goes to the partner with a disclosure, and
//! what the organisation keeps, as a PDF in the reader's language.

use hearth_core::clock::Timestamp;
use hearth_core::sharing::DisclosureStatus;
use hearth_pdf::{Record, Section};
use hearth_store::sharing::{Disclosure, SharingAgreement};

use super::{category_label, consent_label, item_label, purpose_label, status_label};
use crate::context::SignedIn;

/// A short reference both sides can quote: the id's first eight characters.
pub(crate) fn reference(d: &Disclosure) -> String {
    d.id.as_str().chars().take(8).collect::<String>().to_uppercase()
}

pub(crate) fn disclosure_record(
    who: &SignedIn,
    d: &Disclosure,
    agreement: Option<&SharingAgreement>,
    organisation: &str,
    now: Timestamp,
) -> Record {
    let tr = who.tr;
    let t = |id: &str| tr.t(id);
    let field = |label: &str, value: String| (t(label), value);
    let terms = &d.terms;
    let reference = reference(d);

    let mut about = vec![
        field("record-reference", reference.clone()),
        field("record-family", d.family_name.clone()),
        field("record-partner", d.partner_name.clone()),
        field("record-status", status_label(&tr, d.status)),
    ];
    if let Some(a) = agreement {
        about.push(field("record-agreement", a.terms.purpose.clone()));
        about.push(field("record-lawful-basis", a.terms.lawful_basis.clone()));
        if !a.terms.lawful_basis_note.is_empty() {
            about.push(field("sharing-lawful-basis-note", a.terms.lawful_basis_note.clone()));
        }
    }
    about.push(field(
        "record-categories",
        terms.categories.iter().map(|c| category_label(&tr, *c)).collect::<Vec<_>>().join(", "),
    ));

    let mut shared: Vec<(String, String)> = d.items.iter().map(|i| (item_label(&tr, who, i), i.text.clone())).collect();
    if !terms.shared_text.is_empty() {
        shared.push(field("disclosure-shared-text", terms.shared_text.clone()));
    }

    let mut why = vec![field("disclosure-purpose", purpose_label(&tr, terms.purpose))];
    if !terms.justification.is_empty() {
        why.push(field("disclosure-justification", terms.justification.clone()));
    }
    why.push(field("disclosure-threshold-met", terms.threshold_met.clone()));
    why.push(field(
        "disclosure-evidence",
        d.evidence.iter().map(|i| item_label(&tr, who, i)).collect::<Vec<_>>().join("; "),
    ));
    why.push(field("disclosure-proportionality", terms.proportionality.clone()));

    let mut family = vec![
        field("disclosure-consent", consent_label(&tr, terms.consent)),
        field("disclosure-consent-reason", terms.consent_reason.clone()),
        field(
            "disclosure-family-told",
            t(if terms.family_told { "disclosure-told-yes" } else { "disclosure-told-no" }),
        ),
    ];
    if !terms.family_told {
        family.push(field("disclosure-not-told-reason", terms.not_told_reason.clone()));
        family.push(field("disclosure-revisit-on", terms.revisit_on.map(|r| r.to_string()).unwrap_or_default()));
    }

    let approval = d
        .steps
        .iter()
        .map(|s| {
            let step = tr.t_args(
                &format!("disclosure-step-{}", s.kind),
                &[("name", s.actor_name.clone()), ("when", who.dates().when(s.at))],
            );
            match &s.comment {
                Some(c) => (step, c.clone()),
                None => (step, String::new()),
            }
        })
        .collect();

    let sending = match (&d.sending, d.status) {
        (Some(s), DisclosureStatus::Sent) => vec![
            field("disclosure-sent-on-label", s.sent_on.to_string()),
            field("disclosure-channel", tr.t(&format!("disclosure-channel-{}", s.channel.as_str().replace('_', "-")))),
            field("disclosure-recipient", s.recipient.clone()),
        ],
        _ => vec![field("disclosure-sending", tr.t("record-not-yet-sent"))],
    };
    let mut links = Vec::new();
    if let Some(c) = &d.corrects {
        links.push(field("record-corrects", c.as_str().chars().take(8).collect::<String>().to_uppercase()));
    }
    for c in &d.corrected_by {
        links.push(field("record-corrected-by", c.as_str().chars().take(8).collect::<String>().to_uppercase()));
    }

    let section =
        |heading: &str, fields: Vec<(String, String)>| Section { heading: t(heading), fields, paragraphs: Vec::new() };
    let mut sections = vec![
        section("record-about", about),
        section("record-what", shared),
        section("record-why", why),
        section("record-family-and-consent", family),
        section("record-approval", approval),
        section("record-sending", sending),
    ];
    if !links.is_empty() {
        sections.push(section("record-corrections", links));
    }
    Record {
        lang: tr.lang.code().to_owned(),
        title: t("record-title"),
        subtitle: vec![
            organisation.to_owned(),
            tr.t_args("record-produced", &[("name", who.user.display_name.clone()), ("when", who.dates().when(now))]),
        ],
        sections,
        footer: tr.t1("record-footer", "reference", &reference),
    }
}
