use serde::Deserialize;

use super::sort_key;
use crate::i18n::Locale;

#[derive(Deserialize)]
struct Case {
    locale: String,
    /// Names in the order CLDR's collation for `locale` gives them.
    sorted: Vec<String>,
}

fn cases() -> Vec<Case> {
    serde_json::from_str(include_str!("cases.json")).expect("cases.json")
}

#[test]
fn names_sort_as_each_language_sorts_them() {
    let cases = cases();
    assert!(cases.len() >= 3);
    for case in cases {
        let locale = Locale::from_exact_tag(&case.locale).expect("a known tag");
        let mut names = case.sorted.clone();
        names.reverse();
        names.sort_by_cached_key(|n| (sort_key(locale, n), n.to_lowercase()));
        assert_eq!(names, case.sorted, "{}", case.locale);
    }
}

#[test]
fn latvian_and_estonian_differ_where_their_alphabets_do() {
    let order = |locale, a: &str, b: &str| sort_key(locale, a) < sort_key(locale, b);
    assert!(order(Locale::Lv, "Cukurs", "Čakste"));
    assert!(order(Locale::Lv, "Čakste", "Dārziņš"));
    assert!(order(Locale::En, "Čakste", "Cukurs"));
    assert!(order(Locale::Et, "Šmidt", "Zeltiņš"));
    assert!(order(Locale::Et, "Zeltiņš", "Tamm"));
    assert!(order(Locale::Lv, "Tamm", "Zeltiņš"));
    assert!(order(Locale::Et, "Wolf", "Õun"));
    assert!(order(Locale::En, "Õun", "Wolf"));
}
