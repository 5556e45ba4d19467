//! The life-domain views (habits, fasting, health, faith): render snapshots of each
//! view and its Today section (also at 40x10 and with wide Unicode), and the update
//! logic of their keys.

use insta::assert_snapshot;
use lifeos_core::{EntityKind, Timestamp};
use lifeos_tui::app::{App, Effect, Screen};
use lifeos_tui::views::{Cell, Mark, Panel, PanelLine, Section, Timer, Tone};
use lifeos_tui::worker::{ItemRef, Request, Response};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use time::macros::date;

use super::*;

pub const HABITS: usize = 4;
pub const FASTING: usize = 5;
pub const HEALTH: usize = 6;
pub const FAITH: usize = 7;
pub const FINANCE: usize = 8;

fn draw(app: &App) -> String {
    let mut t = Terminal::new(TestBackend::new(app.size.0, app.size.1)).unwrap();
    t.draw(|f| lifeos_tui::render::render(app, f)).unwrap();
    t.backend().to_string()
}

fn noon() -> Timestamp {
    Timestamp::parse("2026-11-30T12:00:00.000Z").unwrap()
}

fn at(app: &mut App) {
    app.tick(noon());
}

/// A strip of 28 days from a pattern (D done, S skipped, M missed, T due, . off),
/// repeated to fill.
fn strip(pattern: &str) -> Vec<Cell> {
    pattern
        .chars()
        .cycle()
        .take(28)
        .map(|c| match c {
            'D' => Cell::Done,
            'S' => Cell::Skipped,
            'M' => Cell::Missed,
            'T' => Cell::Due,
            _ => Cell::Off,
        })
        .collect()
}

fn habit(n: u32, name: &str, pattern: &str, streak: u32, mark: Mark) -> lifeos_tui::views::Item {
    let mut i = item(EntityKind::Habit, n, name, &format!("{streak}d"));
    i.cells = strip(pattern);
    i.mark = mark;
    if mark == Mark::Open {
        i.tone = Tone::Strong;
        if let Some(last) = i.cells.last_mut() {
            *last = Cell::Due;
        }
    }
    i.fields = vec![
        ("schedule", "daily".into()),
        ("streak", format!("{streak} now")),
    ];
    i
}

fn habits() -> Vec<lifeos_tui::views::Item> {
    vec![
        habit(1, "Stretch", "DDDDDDM", 6, Mark::Done),
        habit(2, "瞑想する (meditate)", "DSDDMDD", 2, Mark::Open),
        habit(3, "🏃 Run 5k 🎉", "D.D.D..", 1, Mark::None),
    ]
}

fn page(domain: usize, items: Vec<lifeos_tui::views::Item>) -> Response {
    Response::Page {
        domain,
        filter: 0,
        tag: None,
        start: 0,
        total: items.len(),
        items,
    }
}

fn habits_app(size: (u16, u16)) -> App {
    let mut a = app(size);
    at(&mut a);
    a.on_key(key('6'));
    a.on_response(page(HABITS, habits()));
    a.on_response(Response::Panel {
        domain: HABITS,
        panel: Some(Panel {
            title: "Last 28 days".into(),
            lines: vec![
                PanelLine::Text(
                    "today: 1 done, 1 to check · x check, s skip, [ ] day".into(),
                    Tone::Strong,
                ),
                PanelLine::Text("■ done  ~ skipped  · missed  □ due".into(), Tone::Dim),
            ],
        }),
    });
    a
}

fn running_fast() -> lifeos_tui::views::Item {
    let mut f = item(EntityKind::Fast, 20, "fasting", "");
    f.mark = Mark::Doing;
    f.tone = Tone::Strong;
    f.timer = Some(Timer {
        since: Timestamp::parse("2026-11-30T06:30:00.000Z").unwrap(),
        target_s: Some(16 * 3600),
    });
    f
}

fn fast_panel(running: bool) -> Panel {
    let mut lines = vec![];
    if running {
        lines.push(PanelLine::Timer {
            label: "fasting".into(),
            timer: running_fast().timer.unwrap(),
        });
    } else {
        lines.push(PanelLine::Text(
            "no fast running: F starts one".into(),
            Tone::Dim,
        ));
    }
    lines.push(PanelLine::Text(
        "3 fasts, average 15h20m, longest 18h02m, target met 67%".into(),
        Tone::Normal,
    ));
    Panel {
        title: "Fast".into(),
        lines,
    }
}

fn fasting_app(size: (u16, u16)) -> App {
    let mut a = app(size);
    at(&mut a);
    a.on_key(key('7'));
    let mut done = item(
        EntityKind::Fast,
        21,
        "fast of 2026-11-28 20:00",
        "18h02m / 16h",
    );
    done.mark = Mark::Done;
    a.on_response(page(FASTING, vec![running_fast(), done]));
    a.on_response(Response::Panel {
        domain: FASTING,
        panel: Some(fast_panel(true)),
    });
    a
}

fn health_app(size: (u16, u16)) -> App {
    let mut a = app(size);
    at(&mut a);
    a.on_key(key('8'));
    a.on_response(page(
        HEALTH,
        vec![
            item(
                EntityKind::HealthMetric,
                30,
                "weight 72.4 kg",
                "2026-11-30 07:10",
            ),
            item(
                EntityKind::HealthMetric,
                31,
                "bp 120/80 mmHg",
                "2026-11-29 08:00",
            ),
            item(
                EntityKind::HealthMetric,
                32,
                "体重メモ 5.4 mmol/L",
                "2026-11-28 08:00",
            ),
        ],
    ));
    a.on_response(Response::Panel {
        domain: HEALTH,
        panel: Some(Panel {
            title: "Latest, and the last 30 days".into(),
            lines: vec![
                PanelLine::Spark {
                    label: "weight".into(),
                    values: (0..30).map(|d| 75_000 - d * 90 + (d % 3) * 200).collect(),
                    text: "72.4 kg".into(),
                },
                PanelLine::Spark {
                    label: "blood_pressure".into(),
                    values: vec![118, 125, 121, 120],
                    text: "120/80 mmHg".into(),
                },
                PanelLine::Spark {
                    label: "steps".into(),
                    values: vec![9000],
                    text: "9000 steps".into(),
                },
            ],
        }),
    });
    a
}

fn faith_app(size: (u16, u16)) -> App {
    let mut a = app(size);
    at(&mut a);
    a.on_key(key('9'));
    let mut plan = item(
        EntityKind::ReadingPlan,
        40,
        "Bible in a year",
        "day 12 · 2 to read",
    );
    plan.mark = Mark::Open;
    plan.tone = Tone::Strong;
    plan.body = "Today's readings:\n\n- [ ] Genesis 23-24\n- [ ] Matthew 8\n".into();
    let mut psalms = item(
        EntityKind::ReadingPlan,
        41,
        "詩篇 Psalms 🙏",
        "day 3 · read",
    );
    psalms.mark = Mark::Done;
    a.on_response(page(FAITH, vec![plan, psalms]));
    a.on_response(Response::Panel {
        domain: FAITH,
        panel: Some(Panel {
            title: "Practice".into(),
            lines: vec![
                PanelLine::Text(
                    "practice streak 5 days (longest 12 days)".into(),
                    Tone::Strong,
                ),
                PanelLine::Text("prayer 5 days · reading 2 days".into(), Tone::Normal),
                PanelLine::Text("2026-11-30 06:30 prayer 15m".into(), Tone::Dim),
                PanelLine::Text("2026-11-29 21:00 reading 20m · John 3".into(), Tone::Dim),
            ],
        }),
    });
    a
}

fn finance_app(size: (u16, u16)) -> App {
    let mut a = app(size);
    at(&mut a);
    a.on_key(key('0'));
    let mut pay = item(
        EntityKind::Transaction,
        50,
        "Salary",
        "2,500.00 EUR · 2026-11-28",
    );
    pay.tone = Tone::Strong;
    a.on_response(page(
        FINANCE,
        vec![
            item(
                EntityKind::Transaction,
                51,
                "Café ☕ 東京",
                "-4.20 EUR · 2026-11-30",
            ),
            item(
                EntityKind::Transaction,
                52,
                "Groceries",
                "-82.15 EUR · 2026-11-29",
            ),
            pay,
        ],
    ));
    a.on_response(Response::Panel {
        domain: FINANCE,
        panel: Some(Panel {
            title: "Balances · budgets 2026-11".into(),
            lines: vec![
                PanelLine::Text("Checking  3,013.65 EUR".into(), Tone::Normal),
                PanelLine::Text("Visa  -120.00 EUR".into(), Tone::Alert),
                PanelLine::Bar {
                    label: "Food".into(),
                    permille: 430,
                    text: "86.35 of 200.00 EUR".into(),
                },
                PanelLine::Bar {
                    label: "Fun".into(),
                    permille: 1250,
                    text: "62.50 of 50.00 EUR".into(),
                },
            ],
        }),
    });
    a
}

fn domain_today() -> Vec<Section> {
    let due: Vec<_> = habits()
        .into_iter()
        .filter(|h| h.mark == Mark::Open)
        .collect();
    let mut weight = item(
        EntityKind::HealthMetric,
        30,
        "weight 72.4 kg",
        "2026-11-30 07:10",
    );
    weight.mark = Mark::None;
    let mut plan = item(
        EntityKind::ReadingPlan,
        40,
        "Bible in a year",
        "day 12 · 2 to read",
    );
    plan.mark = Mark::Open;
    vec![
        Section {
            title: format!("Habits to check today ({})", due.len()),
            items: due,
            more: 0,
            empty: "every habit due today is checked",
        },
        Section {
            title: "Fasting".into(),
            items: vec![running_fast()],
            more: 0,
            empty: "no fast running (F starts one)",
        },
        Section {
            title: "Health today (1)".into(),
            items: vec![weight],
            more: 0,
            empty: "nothing logged today",
        },
        Section {
            title: "Readings today · practice streak 5 days".into(),
            items: vec![plan],
            more: 0,
            empty: "no readings today",
        },
        Section {
            title: "Spent in 2026-11: 148.85 EUR".into(),
            items: vec![item(
                EntityKind::Transaction,
                51,
                "Café ☕ 東京",
                "-4.20 EUR · 2026-11-30",
            )],
            more: 0,
            empty: "no transactions today",
        },
    ]
}

fn today_app(size: (u16, u16)) -> App {
    let mut a = app(size);
    at(&mut a);
    a.on_response(Response::Today(domain_today()));
    a
}

#[test]
fn habits_grid() {
    let mut a = habits_app((100, 12));
    assert_snapshot!("habits", draw(&a));
    // The day before is selected: its column is highlighted on the selected row.
    a.on_key(key('['));
    a.on_key(key('j'));
    assert_snapshot!("habits_day_before", draw(&a));
    a.on_resize(40, 10);
    assert_snapshot!("habits_tiny", draw(&a));
}

#[test]
fn fasting_timer_runs_from_the_clock() {
    let mut a = fasting_app((100, 12));
    assert_snapshot!("fasting", draw(&a));
    // Ten minutes later: the frame moves, nothing was asked of the worker.
    assert!(a.tick(Timestamp::parse("2026-11-30T12:10:00.000Z").unwrap()));
    let later = draw(&a);
    assert!(later.contains("5h40m / 16h 35%"), "{later}");
    // Past the target, the bar is full.
    a.tick(Timestamp::parse("2026-11-30T23:00:00.000Z").unwrap());
    let over = draw(&a);
    assert!(over.contains("16h30m / 16h 103%"), "{over}");
    a.tick(noon());
    a.on_resize(40, 10);
    assert_snapshot!("fasting_tiny", draw(&a));
    // No fast running.
    a.on_response(Response::Panel {
        domain: FASTING,
        panel: Some(fast_panel(false)),
    });
    a.on_resize(80, 10);
    assert_snapshot!("fasting_none", draw(&a));
}

#[test]
fn health_sparklines() {
    let mut a = health_app((100, 14));
    assert_snapshot!("health", draw(&a));
    a.on_resize(40, 10);
    assert_snapshot!("health_tiny", draw(&a));
}

#[test]
fn faith_readings_and_streaks() {
    let mut a = faith_app((100, 14));
    assert_snapshot!("faith", draw(&a));
    a.on_resize(40, 10);
    assert_snapshot!("faith_tiny", draw(&a));
}

#[test]
fn finance_balances_budgets_and_register() {
    let mut a = finance_app((100, 14));
    assert_snapshot!("finance", draw(&a));
    a.on_resize(40, 10);
    assert_snapshot!("finance_tiny", draw(&a));
}

#[test]
fn quick_adding_a_transaction() {
    let mut a = finance_app((100, 20));
    keys(&mut a, "a-12.50 Café ☕ @Checking cat:Food:Coffee #work");
    let fx = a.on_key(code(KeyCode::Enter));
    match requests(&fx).as_slice() {
        [Request::Create { domain, capture }] => {
            assert_eq!(*domain, FINANCE);
            assert_eq!(
                capture.title,
                "-12.50 Café ☕ @Checking cat:Food:Coffee #work"
            );
            assert_eq!(
                capture.due,
                Some(lifeos_core::model::Due::Date(lifeos_core::LocalDate::new(
                    date!(2026 - 11 - 30)
                )))
            );
        }
        other => panic!("{other:?}"),
    }
    // Not an amount first, a bad category: the line stays with the reason.
    for bad in ["coffee -4.20", "-4.20 x cat:Food::Bad", "1e9999"] {
        keys(&mut a, &format!("a{bad}"));
        assert!(a.on_key(code(KeyCode::Enter)).is_empty(), "{bad}");
        assert_eq!(a.capture.as_ref().unwrap().text, bad);
        assert!(a.message.as_ref().unwrap().error, "{bad}");
        a.on_key(code(KeyCode::Esc));
    }
}

#[test]
fn today_with_the_domains() {
    let mut a = today_app((100, 20));
    assert_snapshot!("today_domains", draw(&a));
    a.on_resize(40, 10);
    assert_snapshot!("today_domains_tiny", draw(&a));
}

#[test]
fn no_size_panics_in_the_domain_views() {
    let apps = [
        habits_app((1, 1)),
        fasting_app((1, 1)),
        health_app((1, 1)),
        faith_app((1, 1)),
        finance_app((1, 1)),
        today_app((1, 1)),
    ];
    for mut a in apps {
        for (w, h) in [
            (0, 0),
            (1, 1),
            (5, 3),
            (12, 8),
            (20, 9),
            (40, 10),
            (69, 30),
            (250, 80),
        ] {
            a.on_resize(w, h);
            let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
            t.draw(|f| lifeos_tui::render::render(&a, f)).unwrap();
        }
    }
}

fn requests(fx: &[Effect]) -> Vec<&Request> {
    fx.iter()
        .filter_map(|e| match e {
            Effect::Request(r) => Some(r),
            _ => None,
        })
        .collect()
}

fn iref(i: &lifeos_tui::views::Item) -> ItemRef {
    ItemRef::from(i)
}

#[test]
fn checking_a_habit_on_today_and_on_the_selected_day() {
    let mut a = habits_app((100, 20));
    let first = &habits()[0];
    // x checks the selected habit in today.
    let fx = keys(&mut a, "x");
    assert_eq!(
        requests(&fx),
        [&Request::Check {
            item: iref(first),
            day: date!(2026 - 11 - 30),
            skip: false
        }]
    );
    // Two days back, the second habit, skipped.
    let fx = keys(&mut a, "[[js");
    assert_eq!(a.day, date!(2026 - 11 - 28));
    assert_eq!(
        requests(&fx),
        [&Request::Check {
            item: iref(&habits()[1]),
            day: date!(2026 - 11 - 28),
            skip: true
        }]
    );
    // Not past today, nor before the strip.
    keys(&mut a, "]]]]]");
    assert_eq!(a.day, date!(2026 - 11 - 30));
    keys(&mut a, &"[".repeat(60));
    assert_eq!(a.day, date!(2026 - 11 - 03));
    // The answer reloads the list and the Today screen later.
    let fx = a.on_response(Response::Changed("done Stretch today".into()));
    assert!(
        requests(&fx)
            .iter()
            .any(|r| matches!(r, Request::Page { domain: HABITS, .. })),
        "{fx:?}"
    );
    // On Today, x checks a habit in today whatever day the grid had.
    let mut t = today_app((100, 20));
    t.day = date!(2026 - 11 - 20);
    let fx = keys(&mut t, "x");
    assert_eq!(
        requests(&fx),
        [&Request::Check {
            item: iref(&habits()[1]),
            day: date!(2026 - 11 - 30),
            skip: false
        }]
    );
    // s on a row that is not a habit says so and asks nothing.
    let mut f = fasting_app((100, 20));
    assert!(keys(&mut f, "s").is_empty());
    assert!(f.message.as_ref().unwrap().text.contains("habit"));
    // [ outside the habits view says where it works.
    assert!(keys(&mut f, "[").is_empty());
    assert_eq!(f.day, date!(2026 - 11 - 30));
}

#[test]
fn starting_and_stopping_a_fast() {
    // F anywhere: the worker starts or stops; the answer reloads the screen.
    let mut a = today_app((100, 20));
    assert_eq!(requests(&keys(&mut a, "F")), [&Request::Fast]);
    let fx = a.on_response(Response::Changed("fast started, target 16h".into()));
    assert_eq!(requests(&fx), [&Request::Today]);
    let mut f = fasting_app((100, 20));
    assert_eq!(requests(&keys(&mut f, "F")), [&Request::Fast]);
    let fx = f.on_response(Response::Changed("fast stopped after 5h30m".into()));
    assert!(requests(&fx).contains(&&Request::Panel(FASTING)), "{fx:?}");
    // x on the running fast stops it too; quick capture starts one with a target.
    assert_eq!(
        requests(&keys(&mut f, "x")),
        [&Request::Complete(iref(&running_fast()))]
    );
    keys(&mut f, "a18h");
    let fx = f.on_key(code(KeyCode::Enter));
    match requests(&fx).as_slice() {
        [Request::Create { domain, capture }] => {
            assert_eq!((*domain, capture.title.as_str()), (FASTING, "18h"));
        }
        other => panic!("{other:?}"),
    }
    // A bad target stays in the line with the error.
    keys(&mut f, "asoon");
    assert!(f.on_key(code(KeyCode::Enter)).is_empty());
    assert_eq!(f.capture.as_ref().unwrap().text, "soon");
    assert!(f.message.as_ref().unwrap().error);
}

#[test]
fn logging_a_health_value() {
    let mut a = health_app((100, 20));
    keys(&mut a, "aweight 72.4kg");
    let fx = a.on_key(code(KeyCode::Enter));
    match requests(&fx).as_slice() {
        [Request::Create { domain, capture }] => {
            assert_eq!((*domain, capture.title.as_str()), (HEALTH, "weight 72.4kg"));
        }
        other => panic!("{other:?}"),
    }
    assert!(a.capture.is_none());
    // Malformed, absurd, and an unknown kind without a unit: one line, the text kept.
    for bad in ["weight heavy", "mood 9", "glucose 5.4", "bp 120"] {
        keys(&mut a, &format!("a{bad}"));
        assert!(a.on_key(code(KeyCode::Enter)).is_empty(), "{bad}");
        assert_eq!(a.capture.as_ref().unwrap().text, bad);
        let m = a.message.clone().unwrap();
        assert!(m.error && !m.text.contains('\n'), "{bad}: {m:?}");
        a.on_key(code(KeyCode::Esc));
    }
    // An oversized line is refused the same way.
    let long = format!("weight {}", "9".repeat(5000));
    keys(&mut a, &format!("a{long}"));
    assert!(a.on_key(code(KeyCode::Enter)).is_empty());
    assert_eq!(a.capture.as_ref().unwrap().text, long);
}

#[test]
fn marking_a_reading_read_and_logging_a_practice() {
    let mut a = faith_app((100, 20));
    let fx = keys(&mut a, "x");
    match requests(&fx).as_slice() {
        [Request::Complete(r)] => {
            assert_eq!(
                (r.kind, r.title.as_str()),
                (EntityKind::ReadingPlan, "Bible in a year")
            );
        }
        other => panic!("{other:?}"),
    }
    keys(&mut a, "aprayer 15m Psalm 23");
    let fx = a.on_key(code(KeyCode::Enter));
    match requests(&fx).as_slice() {
        [Request::Create { domain, capture }] => {
            assert_eq!(
                (*domain, capture.title.as_str()),
                (FAITH, "prayer 15m Psalm 23")
            );
        }
        other => panic!("{other:?}"),
    }
    // The panel is asked for when the view opens.
    let mut b = app((100, 20));
    let fx = keys(&mut b, "9");
    assert!(requests(&fx).contains(&&Request::Panel(FAITH)), "{fx:?}");
    assert_eq!(b.screen, Screen::Domain(FAITH));
}

#[test]
fn ticks_redraw_only_when_a_timer_is_shown() {
    let mut a = habits_app((100, 20));
    assert!(!a.tick(Timestamp::parse("2026-11-30T12:00:05.000Z").unwrap()));
    let mut f = fasting_app((100, 20));
    assert!(f.tick(Timestamp::parse("2026-11-30T12:00:05.000Z").unwrap()));
    // Within the same second: nothing to redraw.
    assert!(!f.tick(Timestamp::parse("2026-11-30T12:00:05.500Z").unwrap()));
    let mut t = today_app((100, 20));
    assert!(t.tick(Timestamp::parse("2026-11-30T12:00:05.000Z").unwrap()));
}

mod props {
    use proptest::prelude::*;
    use unicode_width::UnicodeWidthStr;

    use super::*;

    fn any_cell() -> impl Strategy<Value = Cell> {
        prop_oneof![
            Just(Cell::Done),
            Just(Cell::Skipped),
            Just(Cell::Missed),
            Just(Cell::Due),
            Just(Cell::Off),
        ]
    }

    proptest! {
        #[test]
        fn sparklines_and_bars_keep_their_width(
            values in proptest::collection::vec(any::<i64>(), 0..80),
            width in 0usize..60,
            permille in any::<u32>(),
        ) {
            let s = lifeos_tui::render::sparkline(&values, width);
            prop_assert_eq!(s.chars().count(), values.len().min(width));
            prop_assert_eq!(lifeos_tui::render::bar(permille, width).width(), width);
        }

        #[test]
        fn a_habit_row_keeps_its_streak_and_today_in_view(
            name in "\\PC{0,40}",
            cells in proptest::collection::vec(any_cell(), 28),
            cols in 40u16..160,
        ) {
            let mut h = item(EntityKind::Habit, 1, &name, "12d");
            h.cells = cells;
            h.cells[27] = Cell::Due;
            let mut a = app((cols, 8));
            a.on_key(key('6'));
            a.on_response(page(HABITS, vec![h]));
            let screen = draw(&a);
            let row = screen.lines().nth(2).unwrap();
            // The streak is never pushed out, and today's cell sits just before it.
            prop_assert!(row.contains("□ 12d│"), "{}", row);
        }
    }
}
