//! Names in the order the reader's language sorts them: Latvian puts "Čakste"
//! after every other "C…" and "Ābele" after "Avots", Estonian puts "Zeltiņš"
//! between "Š…" and "T…" and "Õun" after "Wolf".
//!
//! Sorting 20,000 customers calls for a key per name computed once in Rust,
//! not a call into the browser's `Intl.Collator` for every comparison, and
//! the wasm cannot carry ICU's collation tables. So this is the part of each
//! language's CLDR tailoring that ordinary names meet: letters that are their
//! own letter of the alphabet sort after their base letter, every other
//! accent only breaks ties. `cases.json` holds names in the order CLDR gives;
//! a unit test checks this key against it, and `end2end/tests/formatting.spec.ts`
//! checks Chromium's `Intl.Collator` against the same table.

use super::Locale;

/// A key that orders names as `locale` does: compare keys, then names.
pub fn sort_key(locale: Locale, name: &str) -> String {
    let mut key = String::with_capacity(name.len() + 4);
    for c in name.trim().chars().flat_map(char::to_lowercase) {
        match own_letter(locale, c) {
            // After every word of its base letter: `c` then a mark above
            // any letter.
            Some((base, rank)) => {
                key.push(base);
                key.push(char::from_u32(AFTER_ALL + rank).unwrap_or(char::MAX));
            }
            None => crate::search::model::fold_char(c, &mut key),
        }
    }
    key
}

/// Private-use code points, above every letter a name folds to.
const AFTER_ALL: u32 = 0xF0000;

/// A letter that is a letter of its own in `locale`'s alphabet: the letter it
/// follows, and its place among those that follow the same one.
fn own_letter(locale: Locale, c: char) -> Option<(char, u32)> {
    match locale {
        // a ā b c č d e ē f g ģ h i y ī j k ķ l ļ m n ņ o p r ŗ s š t u ū v z ž
        // (y between i and ī, as CLDR has it); other accents break ties.
        Locale::Lv => match c {
            'ā' => Some(('a', 0)),
            'č' => Some(('c', 0)),
            'ē' => Some(('e', 0)),
            'ģ' => Some(('g', 0)),
            'y' => Some(('i', 0)),
            'ī' => Some(('i', 1)),
            'ķ' => Some(('k', 0)),
            'ļ' => Some(('l', 0)),
            'ņ' => Some(('n', 0)),
            'ŗ' => Some(('r', 0)),
            'š' => Some(('s', 0)),
            'ū' => Some(('u', 0)),
            'ž' => Some(('z', 0)),
            _ => None,
        },
        // a b c d e f g h i j k l m n o p q r s š z ž t u v w õ ä ö ü x y
        Locale::Et => match c {
            'š' => Some(('s', 0)),
            'z' => Some(('s', 1)),
            'ž' => Some(('s', 2)),
            'õ' => Some(('w', 0)),
            'ä' => Some(('w', 1)),
            'ö' => Some(('w', 2)),
            'ü' => Some(('w', 3)),
            'x' => Some(('w', 4)),
            'y' => Some(('w', 5)),
            _ => None,
        },
        _ => None,
    }
}

#[cfg(test)]
mod tests;
