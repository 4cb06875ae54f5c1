//! Outcome monitoring for supervisors and the organisation admin: what the
//! work achieves for families met face to face, online, or both, by team
//! and period; as a page with charts, as CSV, and as an anonymised CSV for
//! evaluation in which no cell describes fewer than five families.

use axum::response::Response;
use hearth_core::access::{Action, Target};
use hearth_core::ids::TeamId;
use hearth_core::outcomes::{Figures, Mean, Modality, Outcomes, SMALLEST_CELL, count};
use hearth_core::wellbeing::LocalDate;
use hearth_store::Tx;
use hearth_store::outcomes::OutcomeFilter;
use serde::Deserialize;

use crate::accounts::html;
use crate::context::{Page, Reading, SignedIn};
use crate::error::AppResult;
use crate::forms::{Query, url_encode};
use crate::i18n::Tr;

#[derive(Deserialize, Default)]
pub struct OutcomeQuery {
    #[serde(default)]
    team: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    to: String,
}

/// The period (whole days in the organisation's zone, by default the last
/// twelve months) and the team, as read.
struct Period {
    team: Option<TeamId>,
    from: LocalDate,
    to: LocalDate,
}

impl Period {
    fn of(query: &OutcomeQuery, today: LocalDate) -> Self {
        let from = LocalDate::parse(&query.from).unwrap_or_else(|| today.plus_days(-365));
        let to = LocalDate::parse(&query.to).unwrap_or(today);
        Self { team: TeamId::parse(query.team.trim()).ok(), from, to: to.max(from) }
    }

    fn query_string(&self) -> String {
        let team = self.team.as_ref().map(|t| url_encode(t.as_str())).unwrap_or_default();
        format!("team={team}&from={}&to={}", self.from, self.to)
    }
}

async fn outcomes_for(
    tx: &mut Tx,
    who: &SignedIn,
    period: &Period,
    team: Option<&TeamId>,
    export: bool,
) -> AppResult<Outcomes> {
    let (Some(from), Some(until)) = (who.zone.start_of(period.from), who.zone.start_of(period.to.plus_days(1))) else {
        return Ok(Outcomes::default());
    };
    let filter = OutcomeFilter { team, from, until };
    let facts = tx.outcome_facts(&who.actor, &who.actor.organisation_id, &filter, export).await?;
    Ok(count(&facts))
}

const COLUMNS: [Option<Modality>; 4] =
    [Some(Modality::FaceToFace), Some(Modality::Digital), Some(Modality::Hybrid), None];

fn percent(part: u64, whole: u64) -> Option<f64> {
    (whole > 0).then(|| 100.0 * part as f64 / whole as f64)
}

fn one_decimal(value: Option<f64>) -> String {
    value.map(|v| format!("{v:.1}")).unwrap_or_else(|| "—".into())
}

/// One measure across the four columns: its label, the cells as shown,
/// and, for the anonymised export, how many families each cell describes.
struct Measure {
    key: String,
    label: String,
    cells: Vec<String>,
    families: Vec<u64>,
}

fn measures(
    tr: &Tr,
    outcomes: &Outcomes,
    instruments: &[hearth_core::checkins::Instrument],
    lang: &str,
) -> Vec<Measure> {
    let figures: Vec<Figures> = COLUMNS.iter().map(|m| outcomes.figures(*m)).collect();
    let row = |key: &str, label: String, cell: &dyn Fn(&Figures) -> (String, u64)| {
        let (cells, families) = figures.iter().map(cell).unzip();
        Measure { key: key.to_owned(), label, cells, families }
    };
    let mean = |m: &Mean| (one_decimal(m.value()), m.families);
    let mut out = vec![
        row("families", tr.t("outcome-families"), &|f| (f.families.to_string(), f.families)),
        row("sessions_held", tr.t("outcome-sessions-held"), &|f| (f.sessions_held.to_string(), f.families)),
        row("no_shows", tr.t("outcome-no-shows"), &|f| (f.no_shows.to_string(), f.families)),
        row("ended_abruptly", tr.t("outcome-ended-abruptly"), &|f| (f.ended_abruptly.to_string(), f.families)),
        row("first_contact_days", tr.t("outcome-first-contact"), &|f| {
            (f.first_contact_days.map(|d| d.to_string()).unwrap_or_else(|| "—".into()), f.first_contact_families)
        }),
        row("follow_ups_on_time_percent", tr.t("outcome-follow-ups-on-time"), &|f| {
            let share = percent(f.follow_ups_on_time, f.follow_ups_due);
            let shown = share.map(|p| format!("{p:.0}% ({} / {})", f.follow_ups_on_time, f.follow_ups_due));
            (shown.unwrap_or_else(|| "—".into()), f.follow_up_families)
        }),
    ];
    let mut keys: Vec<&String> = figures.iter().flat_map(|f| f.check_in_change.keys()).collect();
    keys.sort();
    keys.dedup();
    for key in keys {
        let instrument = instruments.iter().find(|i| &i.key == key);
        let title = instrument.map_or_else(|| key.clone(), |i| i.title.get(lang).to_owned());
        let meaning = instrument.map(|i| i.higher_means.get(lang).to_owned()).unwrap_or_default();
        out.push(row(
            &format!("check_in_change:{key}"),
            tr.t_args("outcome-check-in-change", &[("instrument", title), ("meaning", meaning)]),
            &|f| mean(&f.check_in_change.get(key).copied().unwrap_or_default()),
        ));
    }
    out.push(row("concern_change", tr.t("outcome-concern-change"), &|f| mean(&f.concern_change)));
    out.push(row("protection_change", tr.t("outcome-protection-change"), &|f| mean(&f.protection_change)));
    out.push(row("feedback", tr.t("outcome-feedback"), &|f| mean(&f.feedback)));
    out
}

/// A horizontal bar per modality for one measure, drawn by `_bar_chart.html`
/// next to the table that holds the same figures.
pub(crate) struct BarChart {
    pub title: String,
    pub height: u32,
    pub bars: Vec<Bar>,
}

pub(crate) struct Bar {
    pub label: String,
    pub value: String,
    pub y: u32,
    pub text_y: u32,
    pub width: String,
}

fn bar_chart(title: String, labels: &[String], values: &[Option<f64>], suffix: &str) -> BarChart {
    const ROW: u32 = 30;
    const TRACK: f64 = 170.0;
    let max = values.iter().flatten().fold(0.0_f64, |m, v| m.max(v.abs())).max(1.0);
    BarChart {
        title,
        height: ROW * labels.len() as u32 + 6,
        bars: labels
            .iter()
            .zip(values)
            .enumerate()
            .map(|(i, (label, value))| Bar {
                label: label.clone(),
                value: value.map(|v| format!("{v:.1}{suffix}")).unwrap_or_else(|| "—".into()),
                y: ROW * i as u32 + 6,
                text_y: ROW * i as u32 + 21,
                width: format!("{:.1}", value.map_or(0.0, |v| v.abs() / max * TRACK)),
            })
            .collect(),
    }
}

#[derive(askama::Template)]
#[template(path = "outcomes.html")]
struct OutcomesTemplate {
    page: Page,
    teams: Vec<(String, String, bool)>,
    from: String,
    to: String,
    columns: Vec<String>,
    measures: Vec<Measure>,
    charts: Vec<BarChart>,
    csv_href: String,
    anonymised_href: String,
    empty: bool,
}

fn column_labels(tr: &Tr) -> Vec<String> {
    COLUMNS
        .iter()
        .map(|m| match m {
            Some(m) => tr.t(&format!("outcome-modality-{}", m.as_str().replace('_', "-"))),
            None => tr.t("outcome-modality-all"),
        })
        .collect()
}

pub async fn outcomes_page(Reading { who, mut tx }: Reading, Query(query): Query<OutcomeQuery>) -> AppResult<Response> {
    who.require(Action::ViewOutcomes, Target::Organisation(&who.actor.organisation_id))?;
    let period = Period::of(&query, who.today(&tx));
    let teams = tx.teams(&who.actor.organisation_id).await?;
    let team = period.team.as_ref().filter(|t| teams.iter().any(|x| &x.id == *t));
    let outcomes = outcomes_for(&mut tx, &who, &period, team, false).await?;
    let instruments = tx.instruments(&who.actor.organisation_id).await?;
    tx.commit().await?;
    let tr = who.tr;
    let labels: Vec<String> = column_labels(&tr)[..3].to_vec();
    let by = |f: &dyn Fn(&Figures) -> Option<f64>| -> Vec<Option<f64>> {
        Modality::ALL.iter().map(|m| f(&outcomes.figures(Some(*m)))).collect()
    };
    let charts = vec![
        bar_chart(tr.t("outcome-families"), &labels, &by(&|f| Some(f.families as f64)), ""),
        bar_chart(
            tr.t("outcome-follow-ups-on-time"),
            &labels,
            &by(&|f| percent(f.follow_ups_on_time, f.follow_ups_due)),
            "%",
        ),
        bar_chart(
            tr.t("outcome-no-show-share"),
            &labels,
            &by(&|f| percent(f.no_shows, f.sessions_held + f.no_shows + f.ended_abruptly)),
            "%",
        ),
        bar_chart(tr.t("outcome-feedback"), &labels, &by(&|f| f.feedback.value()), ""),
    ];
    let page = OutcomesTemplate {
        page: Page::signed_in(&who, "outcomes-title", "/outcomes"),
        teams: teams.iter().map(|t| (t.id.to_string(), t.name.clone(), team == Some(&t.id))).collect(),
        from: period.from.to_string(),
        to: period.to.to_string(),
        columns: column_labels(&tr),
        measures: measures(&tr, &outcomes, &instruments, tr.lang.code()),
        charts,
        csv_href: format!("/outcomes.csv?{}", period.query_string()),
        anonymised_href: format!("/outcomes/anonymised.csv?{}", period.query_string()),
        empty: outcomes.all.families == 0 && outcomes.all.no_shows == 0,
    };
    html(&page)
}

/// The page's figures as CSV: a measure per row, a modality per column.
pub async fn outcomes_csv(Reading { who, mut tx }: Reading, Query(query): Query<OutcomeQuery>) -> AppResult<Response> {
    who.require(Action::ViewOutcomes, Target::Organisation(&who.actor.organisation_id))?;
    let period = Period::of(&query, who.today(&tx));
    let teams = tx.teams(&who.actor.organisation_id).await?;
    let team = period.team.as_ref().filter(|t| teams.iter().any(|x| &x.id == *t));
    let outcomes = outcomes_for(&mut tx, &who, &period, team, true).await?;
    let instruments = tx.instruments(&who.actor.organisation_id).await?;
    tx.commit().await?;
    let mut out = crate::csv::line(["measure", "face_to_face", "digital", "hybrid", "all"]);
    for m in measures(&who.tr, &outcomes, &instruments, "en") {
        out.push_str(&crate::csv::line(std::iter::once(m.key).chain(m.cells)));
    }
    Ok(crate::csv::download(&format!("outcomes-{}-{}.csv", period.from, period.to), out))
}

/// For evaluation: a row per team (and all teams) and modality, every
/// measure a column; any cell describing fewer than five families is
/// left empty and marked suppressed. No names, no ids of families.
pub async fn anonymised_csv(
    Reading { who, mut tx }: Reading,
    Query(query): Query<OutcomeQuery>,
) -> AppResult<Response> {
    who.require(Action::ViewOutcomes, Target::Organisation(&who.actor.organisation_id))?;
    let period = Period::of(&query, who.today(&tx));
    let teams = tx.teams(&who.actor.organisation_id).await?;
    let instruments = tx.instruments(&who.actor.organisation_id).await?;
    let mut groups = vec![("all".to_owned(), outcomes_for(&mut tx, &who, &period, None, true).await?)];
    for t in &teams {
        groups.push((t.name.clone(), outcomes_for(&mut tx, &who, &period, Some(&t.id), true).await?));
    }
    tx.commit().await?;
    let keys: Vec<String> = {
        let mut keys: Vec<String> = groups
            .iter()
            .flat_map(|(_, o)| measures(&who.tr, o, &instruments, "en").into_iter().map(|m| m.key))
            .collect();
        keys.sort();
        keys.dedup();
        keys
    };
    let mut out =
        crate::csv::line(["from", "to", "team", "modality"].into_iter().map(str::to_owned).chain(keys.clone()));
    for (team, outcomes) in &groups {
        let measures = measures(&who.tr, outcomes, &instruments, "en");
        for (column, modality) in COLUMNS.iter().enumerate() {
            let mut cells = vec![
                period.from.to_string(),
                period.to.to_string(),
                team.clone(),
                modality.map_or("all", Modality::as_str).to_owned(),
            ];
            for key in &keys {
                let cell =
                    measures.iter().find(|m| &m.key == key).map(|m| (m.cells[column].clone(), m.families[column]));
                cells.push(match cell {
                    Some((value, families)) if families >= SMALLEST_CELL => value,
                    _ => "suppressed".to_owned(),
                });
            }
            out.push_str(&crate::csv::line(cells));
        }
    }
    Ok(crate::csv::download(&format!("outcomes-anonymised-{}-{}.csv", period.from, period.to), out))
}
