//! How long a disclosure record takes to render: a record of about three
//! pages in English with an Arabic section, once cold (the fonts are parsed
//! on first use) and then as the mean of ten renders. A measurement, not a
//! test:
//!
//!     cargo run -p hearth-pdf --release --example render_time

use hearth_pdf::{Record, Section, render};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let sentence = "The family visited on Tuesday and agreed a plan with the school. ";
    let record = Record {
        lang: "en".into(),
        title: "Disclosure record".into(),
        subtitle: vec!["Hearth Family Services".into(), "Reference D-2026-0042".into()],
        sections: vec![
            Section {
                heading: "What is shared".into(),
                fields: vec![("Partner".into(), "Police North".into()), ("Date".into(), "2026-11-29".into())],
                paragraphs: (0..22).map(|_| sentence.repeat(6)).collect(),
            },
            Section {
                heading: "مشاركة المعلومات".into(),
                fields: vec![("اسم الطفل".into(), "Jan de Vries".into()), ("تاريخ".into(), "2026-11-29".into())],
                paragraphs: vec!["يعيش الطفل مع والدته في مدينة روتردام.".into()],
            },
        ],
        footer: "Confidential".into(),
    };
    let start = std::time::Instant::now();
    let first = render(&record)?;
    let cold = start.elapsed();
    let start = std::time::Instant::now();
    for _ in 0..10 {
        render(&record)?;
    }
    let warm = start.elapsed() / 10;
    println!("{} bytes; first render {cold:?} (fonts parsed), then {warm:?} a render", first.len());
    Ok(())
}
