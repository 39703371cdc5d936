#![recursion_limit = "256"]
use anyhow::Context;
use sqlx::postgres::PgPoolOptions;
use tracing_subscriber::EnvFilter;

use server::{
    admin::{self, Command},
    config, housekeeping, seed, startup, MIGRATOR,
};

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let command = admin::parse_args(&args)?;
    config::default_leptos_env();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    match command {
        Command::Serve => runtime.block_on(serve()),
        Command::CreateManager { email, name } => {
            let password = admin::read_password()?;
            runtime.block_on(create_manager(&email, name.as_deref(), &password))
        }
    }
}

async fn create_manager(email: &str, name: Option<&str>, password: &str) -> anyhow::Result<()> {
    let pool = PgPoolOptions::new()
        .max_connections(1)
        .connect(&config::database_url()?)
        .await
        .context("connecting to PostgreSQL")?;
    MIGRATOR.run(&pool).await.context("running migrations")?;
    admin::create_manager(&pool, email, name, password)
        .await
        .context("no manager was created")?;
    println!("Created the manager {email}. Sign in with that email and the password you typed.");
    Ok(())
}

async fn serve() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn")),
        )
        .init();
    let settings = config::Settings::from_env()?;
    tracing::info!(?settings, "starting");

    let pool = PgPoolOptions::new()
        .max_connections(settings.db.pool_size)
        .acquire_timeout(settings.db.acquire_timeout)
        .connect(&settings.database_url)
        .await
        .context("connecting to PostgreSQL")?;
    MIGRATOR.run(&pool).await.context("running migrations")?;
    if settings.seed_demo_data {
        seed::seed_if_empty(&pool)
            .await
            .context("seeding demo data")?;
    }

    if !cfg!(debug_assertions) {
        let options = &settings.leptos;
        server::precompress::spawn(
            format!("{}/{}", options.site_root, options.site_pkg_dir).into(),
        );
    }
    app::sync::gate::set_limits(settings.pushes);
    app::sync::scope::set_bounds(settings.device_scope);
    let (users,): (i64,) = sqlx::query_as("select count(*) from users")
        .fetch_one(&pool)
        .await?;
    if users == 0 {
        tracing::warn!(
            "no users yet: create the first manager with `fieldbook admin create-manager --email …`"
        );
    }
    housekeeping::spawn(pool.clone(), settings.tombstone_horizon);
    app::auth::password::warm_up();

    let addr = settings.leptos.site_addr;
    let app = startup::router_with(pool, settings.leptos, settings.security);
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .with_context(|| format!("binding {addr}"))?;
    println!(
        "Fieldbook is listening on http://{}",
        listener.local_addr()?
    );
    // The peer's address feeds the sign-in throttle (see `security`).
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await?;
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut sig) => {
                sig.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
