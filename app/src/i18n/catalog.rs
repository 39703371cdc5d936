//! One language's messages, ready to format: the Fluent files compiled on the
//! server into plain data (text, placeholders, plural or exact-value
//! choices), so the browser formats them without a Fluent parser or CLDR
//! tables in its wasm. Plural categories come from the platform: the
//! browser's `Intl.PluralRules`, `intl_pluralrules` on the server.
//!
//! Only the part of Fluent the files need is accepted; `compile` refuses the
//! rest (terms, attributes, functions, message references), and a test
//! formats every message both here and with `fluent-bundle` to show the two
//! agree.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use super::text::Arg;

/// One piece of a message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Part {
    Text(String),
    /// `{ $name }`
    Var {
        v: String,
    },
    /// `{ $name -> [one] … *[other] … }`: variants by key (`one`, `=0`,
    /// `word`), and the default's index.
    Select {
        s: String,
        o: Vec<(String, Vec<Part>)>,
        d: usize,
    },
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Catalog(HashMap<String, Vec<Part>>);

impl Catalog {
    pub fn has(&self, key: &str) -> bool {
        self.0.contains_key(key)
    }

    /// The message `key` with `args`; `plural` names a number's CLDR
    /// category (`one`, `few`, `other`…) in the catalog's language.
    pub fn format(
        &self,
        key: &str,
        args: &[(&str, Arg)],
        plural: &dyn Fn(i64) -> String,
    ) -> Option<String> {
        let parts = self.0.get(key)?;
        let mut out = String::new();
        write_parts(parts, args, plural, &mut out);
        Some(out)
    }

    /// Every message's key and its words that choose a variant (`[company]`).
    #[cfg(test)]
    pub(super) fn keys_and_choices(&self) -> Vec<(&str, Vec<&str>)> {
        fn choices<'a>(parts: &'a [Part], out: &mut Vec<&'a str>) {
            for part in parts {
                if let Part::Select { o, .. } = part {
                    for (key, variant) in o {
                        out.push(key);
                        choices(variant, out);
                    }
                }
            }
        }
        self.0
            .iter()
            .map(|(key, parts)| {
                let mut found = Vec::new();
                choices(parts, &mut found);
                (key.as_str(), found)
            })
            .collect()
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    pub fn from_json(json: &str) -> Option<Self> {
        serde_json::from_str(json).ok()
    }
}

fn write_parts(
    parts: &[Part],
    args: &[(&str, Arg)],
    plural: &dyn Fn(i64) -> String,
    out: &mut String,
) {
    for part in parts {
        match part {
            Part::Text(text) => out.push_str(text),
            Part::Var { v } => match arg(args, v) {
                Some(Arg::Number(n)) => out.push_str(&n.to_string()),
                Some(Arg::Words(words)) => out.push_str(words),
                // As Fluent shows a missing placeholder.
                None => {
                    out.push('{');
                    out.push('$');
                    out.push_str(v);
                    out.push('}');
                }
            },
            Part::Select { s, o, d } => {
                let chosen = match arg(args, s) {
                    Some(Arg::Number(n)) => {
                        let exact = format!("={n}");
                        o.iter().position(|(key, _)| *key == exact).or_else(|| {
                            let category = plural(*n);
                            o.iter().position(|(key, _)| *key == category)
                        })
                    }
                    Some(Arg::Words(words)) => o.iter().position(|(key, _)| key == words),
                    None => None,
                };
                if let Some((_, variant)) = o.get(chosen.unwrap_or(*d)) {
                    write_parts(variant, args, plural, out);
                }
            }
        }
    }
}

fn arg<'a>(args: &'a [(&str, Arg)], name: &str) -> Option<&'a Arg> {
    args.iter()
        .find(|(n, _)| *n == name)
        .map(|(_, value)| value)
}

/// Reads a language's Fluent source. Everything outside the accepted part
/// of Fluent is an error naming the message, so a file cannot silently lose
/// words in the browser.
#[cfg(any(feature = "ssr", test))]
pub fn compile(source: &str) -> Result<Catalog, String> {
    use fluent_syntax::ast;

    let resource = fluent_syntax::parser::parse(source)
        .map_err(|(_, errors)| format!("syntax errors: {errors:?}"))?;
    let mut messages = HashMap::new();
    for entry in resource.body {
        match entry {
            ast::Entry::Message(message) => {
                let id = message.id.name.to_string();
                if !message.attributes.is_empty() {
                    return Err(format!("{id}: attributes are not supported"));
                }
                let Some(pattern) = message.value else {
                    return Err(format!("{id}: no value"));
                };
                let parts = compile_pattern(&pattern).map_err(|why| format!("{id}: {why}"))?;
                if messages.insert(id.clone(), parts).is_some() {
                    return Err(format!("{id}: defined twice"));
                }
            }
            ast::Entry::Term(term) => {
                return Err(format!("-{}: terms are not supported", term.id.name));
            }
            ast::Entry::Junk { content } => return Err(format!("unreadable: {content}")),
            ast::Entry::Comment(_)
            | ast::Entry::GroupComment(_)
            | ast::Entry::ResourceComment(_) => {}
        }
    }
    Ok(Catalog(messages))
}

#[cfg(any(feature = "ssr", test))]
fn compile_pattern(pattern: &fluent_syntax::ast::Pattern<&str>) -> Result<Vec<Part>, String> {
    use fluent_syntax::ast::{Expression, InlineExpression, PatternElement, VariantKey};

    let mut parts: Vec<Part> = Vec::new();
    let push_text = |parts: &mut Vec<Part>, text: &str| match parts.last_mut() {
        Some(Part::Text(previous)) => previous.push_str(text),
        _ => parts.push(Part::Text(text.to_string())),
    };
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => push_text(&mut parts, value),
            PatternElement::Placeable { expression } => match expression {
                Expression::Inline(InlineExpression::VariableReference { id }) => {
                    parts.push(Part::Var {
                        v: id.name.to_string(),
                    })
                }
                Expression::Inline(InlineExpression::StringLiteral { value }) => {
                    push_text(&mut parts, &unescape(value)?)
                }
                Expression::Inline(InlineExpression::NumberLiteral { value }) => {
                    push_text(&mut parts, value)
                }
                Expression::Select { selector, variants } => {
                    let InlineExpression::VariableReference { id } = selector else {
                        return Err("only a $variable can choose a variant".into());
                    };
                    let mut options = Vec::new();
                    let mut default = 0;
                    for (index, variant) in variants.iter().enumerate() {
                        let key = match &variant.key {
                            VariantKey::Identifier { name } => name.to_string(),
                            VariantKey::NumberLiteral { value } => format!("={value}"),
                        };
                        if variant.default {
                            default = index;
                        }
                        options.push((key, compile_pattern(&variant.value)?));
                    }
                    parts.push(Part::Select {
                        s: id.name.to_string(),
                        o: options,
                        d: default,
                    });
                }
                _ => return Err("only text, $variables and selectors are supported".into()),
            },
        }
    }
    Ok(parts)
}

/// A string literal's escapes (`{"\u00A0"}`, `{"\""}`), as Fluent reads them.
#[cfg(any(feature = "ssr", test))]
fn unescape(literal: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut chars = literal.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('\\') => out.push('\\'),
            Some('"') => out.push('"'),
            Some(u @ ('u' | 'U')) => {
                let len = if u == 'u' { 4 } else { 6 };
                let hex: String = chars.by_ref().take(len).collect();
                let c = u32::from_str_radix(&hex, 16)
                    .ok()
                    .and_then(char::from_u32)
                    .ok_or_else(|| format!("bad escape \\{u}{hex}"))?;
                out.push(c);
            }
            other => return Err(format!("bad escape \\{other:?}")),
        }
    }
    Ok(out)
}
