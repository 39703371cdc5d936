//! Where a use case gets its database connection: a pool (an online edit, a
//! test) or a connection the caller already holds, so that one use case can
//! call another inside its own transaction (a new contact reads its company
//! through `customers::service::get` on the contact's connection). A sync push
//! calls the `write_*` halves, which take the push's connection directly.
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
