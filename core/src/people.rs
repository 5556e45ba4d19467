//! People's reports: birthdays coming up and how long since each was contacted, in the
//! caller's local dates (the TUI's Today and people view, and the server's report).

use time::{Date, UtcOffset};

use crate::kernel::Row;
use crate::model::Person;

/// How many days ahead Today looks for birthdays (the TUI's "next two weeks").
pub const BIRTHDAY_DAYS: i64 = 14;

/// A person's birthday within the days asked for.
#[derive(Clone, Debug, PartialEq)]
pub struct UpcomingBirthday {
    /// The person.
    pub person: Row<Person>,
    /// Days from today to the birthday (0: today).
    pub days: i64,
    /// The age they turn, when the birthday has a year.
    pub turns: Option<i32>,
}

/// Live people whose next birthday is at most `within` days from `today`, soonest first,
/// then by name.
pub fn upcoming_birthdays<'a>(
    people: impl IntoIterator<Item = &'a Row<Person>>,
    today: Date,
    within: i64,
) -> Vec<UpcomingBirthday> {
    let mut out: Vec<UpcomingBirthday> = people
        .into_iter()
        .filter(|p| !p.kernel.is_deleted())
        .filter_map(|p| {
            let b = p.fields.birthday?;
            let days = b.days_until(today);
            (days <= within).then(|| {
                let next_year = today
                    .checked_add(time::Duration::days(days.min(400)))
                    .map_or(today.year(), |d| d.year());
                UpcomingBirthday {
                    person: p.clone(),
                    days,
                    turns: b.year().map(|y| next_year - y),
                }
            })
        })
        .collect();
    out.sort_by(|a, b| {
        a.days
            .cmp(&b.days)
            .then_with(|| a.person.fields.name.cmp(&b.person.fields.name))
    });
    out
}

/// Whole local days from the person's last contact to `today` (`None`: never contacted).
pub fn days_since_contact(person: &Person, today: Date, offset: UtcOffset) -> Option<i64> {
    person
        .last_contacted_at
        .map(|t| (today - t.datetime().to_offset(offset).date()).whole_days())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, clippy::expect_used)]
    use super::*;
    use crate::{Kernel, Timestamp};
    use time::macros::{date, offset};

    fn row(name: &str, birthday: Option<&str>) -> Row<Person> {
        let mut p = Person::new(name);
        p.birthday = birthday.map(|b| b.parse().unwrap());
        Row {
            kernel: Kernel::new_now(),
            fields: p,
        }
    }

    #[test]
    fn birthdays_come_soonest_first_within_the_window() {
        let today = date!(2026 - 11 - 30);
        let rows = [
            row("Zoe", Some("1990-12-01")),
            row("Ada", Some("--12-01")),
            row("Bob", Some("1980-11-30")),
            row("Far", Some("1980-12-20")),
            row("None", None),
        ];
        let up = upcoming_birthdays(&rows, today, BIRTHDAY_DAYS);
        let got: Vec<_> = up
            .iter()
            .map(|u| (u.person.fields.name.as_str(), u.days, u.turns))
            .collect();
        assert_eq!(
            got,
            [("Bob", 0, Some(46)), ("Ada", 1, None), ("Zoe", 1, Some(36))]
        );
        assert_eq!(upcoming_birthdays(&rows, today, 30).len(), 4);
    }

    #[test]
    fn contact_is_counted_in_local_days() {
        let mut p = Person::new("Ada");
        assert_eq!(
            days_since_contact(&p, date!(2026 - 11 - 30), offset!(UTC)),
            None
        );
        p.last_contacted_at = Some(Timestamp::parse("2026-11-28T23:30:00.000Z").unwrap());
        assert_eq!(
            days_since_contact(&p, date!(2026 - 11 - 30), offset!(UTC)),
            Some(2)
        );
        assert_eq!(
            days_since_contact(&p, date!(2026 - 11 - 30), offset!(+01:00)),
            Some(1)
        );
    }
}
