//! Where a use case gets its database connection: a pool (an online edit, a
//! test) or a connection the caller already holds (a sync push applying many
//! edits in one transaction, where each use case's own transaction becomes a
//! savepoint).
//!
//! sqlx's `Acquire` would do, but its impl for `&'c mut PgConnection` ties the
//! borrow to the trait's lifetime, and rustc then cannot prove the push's
//! future `Send` ("implementation of `Acquire` is not general enough").

use std::{future::Future, ops::DerefMut};

use sqlx::{pool::PoolConnection, PgConnection, PgPool, Postgres};

pub trait Connect: Send {
    type Conn: DerefMut<Target = PgConnection> + Send;

    fn connect(self) -> impl Future<Output = Result<Self::Conn, sqlx::Error>> + Send;
}

impl Connect for &PgPool {
    type Conn = PoolConnection<Postgres>;

    fn connect(self) -> impl Future<Output = Result<Self::Conn, sqlx::Error>> + Send {
        self.acquire()
    }
}

impl<'a> Connect for &'a mut PgConnection {
    type Conn = &'a mut PgConnection;

    fn connect(self) -> impl Future<Output = Result<Self::Conn, sqlx::Error>> + Send {
        std::future::ready(Ok(self))
    }
}
