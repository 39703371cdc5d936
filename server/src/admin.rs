//! `fieldbook admin …`: account chores done on the server's command line.
//!
//! Creating a manager works whether or not users exist: whoever can run this
//! binary with the database's URL can already write to every table, so the
//! command line is trusted, and it is how a team gets its first manager (no
//! account is ever made by the web app without one).

use std::io::{BufRead, IsTerminal};

use anyhow::{bail, Context};
use sqlx::PgPool;
use uuid::Uuid;

use app::{
    auth::{
        model::{password_problem, Role},
        session::hash_password,
    },
    validate,
};

pub const USAGE: &str = "\
usage:
  fieldbook                                   serve the app (settings: see README, Security)
  fieldbook admin create-manager --email EMAIL [--name NAME]
                                              create a manager; the password is read from
                                              the terminal (not shown) or from standard input";

/// Why a manager could not be created, in words for the person at the terminal.
#[derive(Debug, thiserror::Error)]
pub enum CreateManagerError {
    #[error("{0:?} is not an email address")]
    InvalidEmail(String),
    #[error("{0}")]
    WeakPassword(String),
    #[error("a user with the email {0} already exists")]
    EmailTaken(String),
    #[error("the name must be 1 to 200 characters")]
    InvalidName,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
    #[error("the password could not be hashed")]
    Hashing,
}

/// Creates a manager account; the one function behind `admin create-manager`.
pub async fn create_manager(
    pool: &PgPool,
    email: &str,
    name: Option<&str>,
    password: &str,
) -> Result<Uuid, CreateManagerError> {
    let email = email.trim();
    if !validate::is_email(email) {
        return Err(CreateManagerError::InvalidEmail(email.to_string()));
    }
    let name = match name.map(str::trim) {
        Some(name) => name.to_string(),
        None => email.split('@').next().unwrap_or(email).to_string(),
    };
    if name.is_empty() || name.chars().count() > validate::MAX_NAME {
        return Err(CreateManagerError::InvalidName);
    }
    if let Some(problem) = password_problem(password, email) {
        return Err(CreateManagerError::WeakPassword(problem));
    }
    let hash = hash_password(password).map_err(|_| CreateManagerError::Hashing)?;
    let id = Uuid::new_v4();
    let inserted = sqlx::query(
        "insert into users (id, email, name, role, password_hash) values ($1, $2, $3, $4, $5)
         on conflict do nothing",
    )
    .bind(id)
    .bind(email)
    .bind(&name)
    .bind(Role::Manager.as_str())
    .bind(hash)
    .execute(pool)
    .await?;
    if inserted.rows_affected() == 0 {
        return Err(CreateManagerError::EmailTaken(email.to_string()));
    }
    Ok(id)
}

/// What the command line asked for.
#[derive(Debug, PartialEq, Eq)]
pub enum Command {
    Serve,
    CreateManager { email: String, name: Option<String> },
}

pub fn parse_args(args: &[String]) -> anyhow::Result<Command> {
    match args {
        [] => Ok(Command::Serve),
        [admin, verb, rest @ ..] if admin == "admin" && verb == "create-manager" => {
            let (mut email, mut name) = (None, None);
            let mut rest = rest.iter();
            while let Some(flag) = rest.next() {
                let slot = match flag.as_str() {
                    "--email" => &mut email,
                    "--name" => &mut name,
                    other => bail!("unknown option {other:?}\n{USAGE}"),
                };
                let value = rest
                    .next()
                    .with_context(|| format!("{flag} needs a value\n{USAGE}"))?;
                *slot = Some(value.clone());
            }
            let email = email.with_context(|| format!("--email is required\n{USAGE}"))?;
            Ok(Command::CreateManager { email, name })
        }
        _ => bail!("unknown command {:?}\n{USAGE}", args.join(" ")),
    }
}

/// From the terminal without echo (asked twice), else the first line of standard input.
pub fn read_password() -> anyhow::Result<String> {
    if std::io::stdin().is_terminal() {
        let first = rpassword::prompt_password("Password for the new manager: ")?;
        let again = rpassword::prompt_password("The same password again: ")?;
        if first != again {
            bail!("the two passwords differ; nothing was created");
        }
        return Ok(first);
    }
    let mut line = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .context("reading the password from standard input")?;
    Ok(line.trim_end_matches(['\n', '\r']).to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &str) -> Vec<String> {
        line.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn the_command_line_names_a_manager_or_serves() {
        assert_eq!(parse_args(&[]).expect("serve"), Command::Serve);
        assert_eq!(
            parse_args(&args("admin create-manager --email a@b.test --name Ada")).expect("ok"),
            Command::CreateManager {
                email: "a@b.test".into(),
                name: Some("Ada".into())
            }
        );
        assert!(parse_args(&args("admin create-manager")).is_err());
        assert!(parse_args(&args("admin create-manager --email")).is_err());
        assert!(parse_args(&args("admin create-manager --email a@b.test --role x")).is_err());
        assert!(parse_args(&args("serve-please")).is_err());
    }
}
