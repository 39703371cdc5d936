//! The language files against each other and against the code: a key the
//! code uses, or a placeholder, missing from any language fails here.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast;

use super::{catalog::compile, source::source, Arg, Catalog, Locale, Messages};

/// Each message's placeholders (`$count` …), by key.
fn keys_and_variables(locale: Locale) -> BTreeMap<String, BTreeSet<String>> {
    let resource = match fluent_syntax::parser::parse(source(locale)) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("{}.ftl does not parse: {errors:?}", locale.tag()),
    };
    let mut keys = BTreeMap::new();
    for entry in resource.body {
        if let ast::Entry::Message(message) = entry {
            let mut variables = BTreeSet::new();
            if let Some(pattern) = &message.value {
                pattern_variables(pattern, &mut variables);
            }
            let id = message.id.name.to_string();
            assert!(
                keys.insert(id.clone(), variables).is_none(),
                "{}.ftl defines {id} twice",
                locale.tag()
            );
        }
    }
    keys
}

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

#[test]
fn every_language_has_every_key_with_the_same_placeholders() {
    let reference = keys_and_variables(Locale::En);
    assert!(!reference.is_empty());
    for locale in Locale::ALL {
        let keys = keys_and_variables(locale);
        for (key, variables) in &reference {
            let Some(found) = keys.get(key) else {
                panic!("{}.ftl lacks {key}", locale.tag());
            };
            assert_eq!(
                found,
                variables,
                "{}.ftl: placeholders of {key}",
                locale.tag()
            );
        }
        let extra: Vec<_> = keys
            .keys()
            .filter(|k| !reference.contains_key(*k))
            .collect();
        assert!(
            extra.is_empty(),
            "{}.ftl has keys English lacks: {extra:?}",
            locale.tag()
        );
    }
}

/// Every `t("…")`, `.text("…")` and `.text_with("…"` in the code names a key.
fn keys_used_in_code() -> BTreeSet<String> {
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let mut files = Vec::new();
    walk(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut keys = BTreeSet::new();
    for file in files {
        if file.ends_with("i18n/tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        for call in [
            " t(\"",
            "{t(\"",
            "=t(\"",
            "(t(\"",
            ".text(\"",
            ".text_with(\"",
            "Text::new(\"",
        ] {
            for (at, _) in text.match_indices(call) {
                let rest = &text[at + call.len()..];
                if let Some(end) = rest.find('"') {
                    keys.insert(rest[..end].to_string());
                }
            }
        }
        // Keys handed to a component (`<MenuLink label="more-forecast" …>`),
        // told from plain text by their shape.
        for prop in ["label=\"", "hint=\"", "placeholder=\""] {
            for (at, _) in text.match_indices(prop) {
                let rest = &text[at + prop.len()..];
                let Some(end) = rest.find('"') else { continue };
                let literal = &rest[..end];
                let key_like = literal.contains('-')
                    && literal.chars().all(|c| c.is_ascii_lowercase() || c == '-');
                if key_like {
                    keys.insert(literal.to_string());
                }
            }
        }
    }
    keys
}

#[test]
fn every_key_the_code_uses_is_translated() {
    let used = keys_used_in_code();
    assert!(
        used.len() > 20,
        "found only {used:?}: is the scan still right?"
    );
    let english = keys_and_variables(Locale::En);
    let missing: Vec<_> = used.iter().filter(|k| !english.contains_key(*k)).collect();
    assert!(
        missing.is_empty(),
        "keys used in code but not in en.ftl: {missing:?}"
    );
}

fn waiting(locale: Locale, count: i64) -> String {
    let messages = Messages::parse(locale, source(locale));
    messages.text_with("sync-edits-waiting", &[("count", count.into())])
}

/// Every language compiles: nothing in the files is outside what the
/// catalog formats.
#[test]
fn every_language_compiles_to_a_catalog() {
    for locale in Locale::ALL {
        let catalog =
            compile(source(locale)).unwrap_or_else(|why| panic!("{}: {why}", locale.tag()));
        let json = catalog.to_json();
        assert_eq!(Catalog::from_json(&json), Some(catalog), "{}", locale.tag());
    }
}

/// The compiled catalog writes every message exactly as Fluent's own runtime
/// does, for numbers across every plural form, for words, and for each word
/// that picks a variant.
#[test]
fn the_catalog_formats_every_message_as_fluent_does() {
    const NUMBERS: [i64; 12] = [0, 1, 2, 3, 4, 5, 7, 11, 21, 22, 101, 1234];
    for locale in Locale::ALL {
        let resource = FluentResource::try_new(source(locale).to_owned())
            .unwrap_or_else(|_| panic!("{} parses", locale.tag()));
        let mut bundle = FluentBundle::new(vec![locale.langid()]);
        bundle.set_use_isolating(false);
        bundle.add_resource(resource).expect("no key twice");
        let messages = Messages::parse(locale, source(locale));
        let variables = keys_and_variables(locale);
        let mut checked = 0;
        for (key, choices) in messages.catalog().keys_and_choices() {
            let names: Vec<&str> = variables[key].iter().map(String::as_str).collect();
            let mut cases: Vec<Vec<(&str, Arg)>> = NUMBERS
                .iter()
                .map(|&n| names.iter().map(|&name| (name, Arg::Number(n))).collect())
                .collect();
            for word in choices.iter().copied().chain(["Ülle Ozoliņa 王芳"]) {
                cases.push(names.iter().map(|&name| (name, word.into())).collect());
            }
            if names.len() > 1 {
                // Some placeholders left out: both show `{$name}`.
                cases.push(vec![(names[0], Arg::Number(2))]);
            }
            for args in cases {
                let mut fluent_args = FluentArgs::new();
                for (name, value) in &args {
                    match value {
                        Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
                        Arg::Words(w) => fluent_args.set(*name, FluentValue::from(w.as_str())),
                    }
                }
                let pattern = bundle
                    .get_message(key)
                    .and_then(|m| m.value())
                    .unwrap_or_else(|| panic!("{key} in the bundle"));
                let mut errors = Vec::new();
                let expected = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
                assert_eq!(
                    messages.text_with(key, &args),
                    expected,
                    "{}: {key} with {args:?}",
                    locale.tag()
                );
                checked += 1;
            }
        }
        assert!(checked > 5000, "{}: only {checked} cases", locale.tag());
    }
}

#[test]
fn plurals_follow_each_language() {
    assert_eq!(waiting(Locale::En, 1), "1 edit waiting");
    assert_eq!(waiting(Locale::En, 2), "2 edits waiting");
    // Latvian: zero for 0, 10–20 and tens; one for 1, 21, 31 (not 11); other.
    assert_eq!(waiting(Locale::Lv, 0), "0 labojumu gaida");
    assert_eq!(waiting(Locale::Lv, 1), "1 labojums gaida");
    assert_eq!(waiting(Locale::Lv, 2), "2 labojumi gaida");
    assert_eq!(waiting(Locale::Lv, 11), "11 labojumu gaida");
    assert_eq!(waiting(Locale::Lv, 21), "21 labojums gaida");
    assert_eq!(waiting(Locale::Lv, 22), "22 labojumi gaida");
    assert_eq!(waiting(Locale::Et, 1), "1 muudatus ootab");
    assert_eq!(waiting(Locale::Et, 5), "5 muudatust ootab");
    assert_eq!(waiting(Locale::Af, 3), "3 wysigings wag");
    assert_eq!(waiting(Locale::ZhHans, 1), "1 项编辑待发送");
    assert_eq!(waiting(Locale::Hi, 0), "0 बदलाव बाकी");
}

#[test]
fn a_missing_key_shows_the_key_not_a_blank() {
    let messages = Messages::parse(Locale::Lv, source(Locale::Lv));
    assert_eq!(messages.text("tab-customers"), "Klienti");
    assert_eq!(messages.text("no-such-key"), "no-such-key");
}

#[test]
fn tags_name_one_language_each() {
    assert_eq!(Locale::from_tag("lv-LV"), Some(Locale::Lv));
    assert_eq!(Locale::from_tag("zh-CN"), Some(Locale::ZhHans));
    assert_eq!(Locale::from_tag("zh-Hans"), Some(Locale::ZhHans));
    assert_eq!(Locale::from_tag("HI"), Some(Locale::Hi));
    assert_eq!(Locale::from_tag("de"), None);
    for locale in Locale::ALL {
        assert_eq!(Locale::from_tag(locale.tag()), Some(locale));
    }
}

#[cfg(feature = "ssr")]
#[test]
fn the_browser_languages_pick_the_best_match() {
    assert_eq!(Locale::negotiate("lv-LV,lv;q=0.9,en;q=0.8"), Locale::Lv);
    assert_eq!(Locale::negotiate("zh-CN,zh;q=0.9"), Locale::ZhHans);
    assert_eq!(Locale::negotiate("de-DE,et;q=0.5"), Locale::Et);
    assert_eq!(Locale::negotiate("hi-IN"), Locale::Hi);
    assert_eq!(Locale::negotiate("de-DE,fr;q=0.5"), Locale::En);
    assert_eq!(Locale::negotiate(""), Locale::En);
}
