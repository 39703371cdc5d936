//! How every search box matches: text folded the same way on both sides of a
//! comparison, phone numbers compared by their digits (like the server's
//! customer search), and matches ranked: the name starting with what was
//! typed, then every word found at a word's start, then found anywhere.

/// Digits a query needs before it is also compared with phone numbers by
/// digits alone (the server's rule too): "21" would match half the book.
pub const MIN_DIGITS: usize = 3;

/// Lowercased, common Latin diacritics removed ("Rīga" → "riga", "Straße" →
/// "strasse"), runs of whitespace made one space: what people type on a phone
/// keyboard finds what was typed on a desktop.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.trim().chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        fold_char(c, &mut out);
    }
    out
}

pub(crate) fn fold_char(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    for l in c.to_lowercase() {
        let plain = match l {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
            'ç' | 'ć' | 'č' => "c",
            'ď' | 'đ' => "d",
            'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
            'ģ' | 'ğ' => "g",
            'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
            'ķ' => "k",
            'ĺ' | 'ļ' | 'ľ' | 'ł' => "l",
            'ñ' | 'ń' | 'ņ' | 'ň' => "n",
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
            'ŕ' | 'ř' | 'ŗ' => "r",
            'ś' | 'š' | 'ş' | 'ș' => "s",
            'ß' => "ss",
            'ť' | 'ţ' | 'ț' => "t",
            'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' | 'ų' => "u",
            'ý' | 'ÿ' => "y",
            'ź' | 'ż' | 'ž' => "z",
            'æ' => "ae",
            'œ' => "oe",
            other => {
                out.push(other);
                continue;
            }
        };
        out.push_str(plain);
    }
}

/// The ASCII digits of `text`, in order ("+371 21 017 0483" → "371210170483").
pub fn digits(text: &str) -> String {
    text.chars().filter(char::is_ascii_digit).collect()
}

/// What was typed, ready to compare.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    /// The folded text, words separated by one space.
    pub phrase: String,
    /// Its words: a record matches when it holds every one.
    pub terms: Vec<String>,
    /// For a query that looks like a phone number (digits and `+ - ( ) . /`
    /// and spaces only) with at least `MIN_DIGITS` digits: those digits.
    pub digits: Option<String>,
}

impl Query {
    pub fn parse(text: &str) -> Query {
        let phrase = fold(text);
        let terms = phrase
            .split(' ')
            .filter(|t| !t.is_empty())
            .map(String::from)
            .collect();
        let phone_like = phrase
            .chars()
            .all(|c| c.is_ascii_digit() || " +-()./".contains(c));
        let digits = Some(digits(&phrase)).filter(|d| phone_like && d.len() >= MIN_DIGITS);
        Query {
            phrase,
            terms,
            digits,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    /// Whether everything `next` matches, `self` matched too, so `next` need
    /// only look through `self`'s matches (a letter typed at the end).
    pub fn narrows_to(&self, next: &Query) -> bool {
        !self.is_empty()
            && next.phrase.starts_with(&self.phrase)
            && self.digits.is_some() == next.digits.is_some()
    }
}

/// How well a record matched; lower ranks first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tier {
    /// Its name (title, subject) starts with what was typed.
    Leading,
    /// Every word typed starts a word of the record, or the digits start one
    /// of its phone numbers.
    WordStart,
    /// Found, but inside words ("cme" in "Acme").
    Inside,
}

/// A record's searchable text, folded (see `fold`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Haystack {
    /// The name, title or subject.
    pub primary: String,
    /// Every searched field, one per line (the primary included).
    pub text: String,
    /// The digits of each phone number, separated by spaces.
    pub phones: String,
}

impl Haystack {
    /// `primary` and the other fields, folded; `phones` as typed.
    pub fn new(primary: &str, others: &[&str], phones: &[&str]) -> Haystack {
        let primary = fold(primary);
        let mut text = primary.clone();
        for field in others {
            let field = fold(field);
            if !field.is_empty() {
                text.push('\n');
                text.push_str(&field);
            }
        }
        let phones = phones
            .iter()
            .map(|p| digits(p))
            .filter(|d| !d.is_empty())
            .collect::<Vec<_>>()
            .join(" ");
        Haystack {
            primary,
            text,
            phones,
        }
    }

    /// How this record matches `query`, if it does.
    pub fn rank(&self, query: &Query) -> Option<Tier> {
        if query.is_empty() {
            return None;
        }
        let by_digits = query.digits.as_deref().and_then(|d| {
            let mut found = None;
            for phone in self.phones.split(' ') {
                if phone.starts_with(d) {
                    return Some(Tier::WordStart);
                }
                if phone.contains(d) {
                    found = Some(Tier::Inside);
                }
            }
            found
        });
        let by_text = if self.primary.starts_with(&query.phrase) {
            Some(Tier::Leading)
        } else {
            let mut tier = Tier::WordStart;
            for term in &query.terms {
                match word_start(&self.text, term) {
                    Some(true) => {}
                    Some(false) => tier = Tier::Inside,
                    None => return by_digits,
                }
            }
            Some(tier)
        };
        match (by_text, by_digits) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }
}

/// `None` when `term` is not in `text`; else whether it starts a word somewhere.
fn word_start(text: &str, term: &str) -> Option<bool> {
    let mut found = false;
    for (i, _) in text.match_indices(term) {
        found = true;
        if text[..i]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
        {
            return Some(true);
        }
    }
    found.then_some(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_names_are_found_by_any_of_their_characters() {
        let company = Haystack::new("上海远景贸易有限公司", &["王芳"], &[]);
        assert_eq!(company.rank(&Query::parse("上海")), Some(Tier::Leading));
        assert!(company.rank(&Query::parse("远景")).is_some());
        assert!(company.rank(&Query::parse("芳")).is_some());
        assert!(company.rank(&Query::parse("王芳")).is_some());
        assert_eq!(company.rank(&Query::parse("北京")), None);
    }

    #[test]
    fn text_is_folded_for_phone_keyboards() {
        assert_eq!(fold("  Rīgas   ŪDENS\n SIA "), "rigas udens sia");
        assert_eq!(fold("Straße Ærø"), "strasse aero");
    }

    #[test]
    fn phone_digits_match_however_the_number_was_written() {
        let company = Haystack::new("Baltic Pumps", &["+371 21 017 0483"], &["+371 21 017 0483"]);
        for typed in ["210170483", "21 017 0483", "21-017-0483", "+371 2101"] {
            assert!(
                company.rank(&Query::parse(typed)).is_some(),
                "{typed} finds the number"
            );
        }
        assert_eq!(
            company.rank(&Query::parse("3712101")),
            Some(Tier::WordStart),
            "from the first digit"
        );
        assert_eq!(company.rank(&Query::parse("210170483")), Some(Tier::Inside));
        assert_eq!(company.rank(&Query::parse("210170484")), None);
        // Two digits are not enough to compare phones by digits.
        assert_eq!(Query::parse("21").digits, None);
        assert_eq!(Query::parse("21 b").digits, None, "not a phone number");
    }

    #[test]
    fn every_word_typed_must_be_found() {
        let activity = Haystack::new(
            "Site visit",
            &["Talked about the new pallet wrapper; wants a quote"],
            &[],
        );
        assert_eq!(
            activity.rank(&Query::parse("pallet")),
            Some(Tier::WordStart)
        );
        assert_eq!(
            activity.rank(&Query::parse("wrap quote")),
            Some(Tier::WordStart)
        );
        assert_eq!(activity.rank(&Query::parse("allet")), Some(Tier::Inside));
        assert_eq!(activity.rank(&Query::parse("pallet invoice")), None);
        assert_eq!(activity.rank(&Query::parse("SITE V")), Some(Tier::Leading));
        assert_eq!(activity.rank(&Query::parse("   ")), None);
    }

    #[test]
    fn prefix_matches_rank_before_matches_inside_words() {
        let q = Query::parse("acm");
        let name_starts = Haystack::new("Acme Tools", &[], &[]);
        let word_starts = Haystack::new("Tools by Acme", &[], &[]);
        let inside = Haystack::new("Pacman Games", &["nacme"], &[]);
        let mut tiers = [inside.rank(&q), word_starts.rank(&q), name_starts.rank(&q)];
        tiers.sort();
        assert_eq!(
            tiers,
            [
                Some(Tier::Leading),
                Some(Tier::WordStart),
                Some(Tier::Inside)
            ]
        );
    }

    #[test]
    fn a_letter_typed_at_the_end_narrows_the_last_matches() {
        let q = |t: &str| Query::parse(t);
        assert!(q("acm").narrows_to(&q("acme")));
        assert!(q("acme").narrows_to(&q("acme b")));
        assert!(q("2101").narrows_to(&q("21017")));
        assert!(!q("acme").narrows_to(&q("acm")), "a letter taken back");
        assert!(!q("21").narrows_to(&q("210")), "now compared by digits too");
        assert!(!q("").narrows_to(&q("a")));
    }
}
