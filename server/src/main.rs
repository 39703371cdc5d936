#![recursion_limit = "256"]
use anyhow::Context;
use sqlx::postgres::PgPoolOptions;
use tracing_subscriber::EnvFilter;

use server::{config, seed, startup, MIGRATOR};

fn main() -> anyhow::Result<()> {
    config::default_leptos_env();
    tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?
        .block_on(run())
}

async fn run() -> anyhow::Result<()> {
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
    let addr = settings.leptos.site_addr;
    let app = startup::router(pool, settings.leptos);
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .with_context(|| format!("binding {addr}"))?;
    println!(
        "Fieldbook is listening on http://{}",
        listener.local_addr()?
    );
    axum::serve(listener, app)
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
