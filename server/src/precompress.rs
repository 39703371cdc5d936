//! The wasm bundle is most of a cold load's bytes. Brotli at its best setting
//! (quality 11) shrinks it by about a quarter more than the fast level used for
//! on-the-fly compression, but is far too slow per request: so a release server
//! compresses the bundle once, in the background at start-up, and serves the
//! `.br` files to browsers that accept them (the rest get on-the-fly gzip/br).

use std::{
    fs,
    path::{Path, PathBuf},
    time::SystemTime,
};

/// Files worth compressing ahead of time.
const EXTENSIONS: &[&str] = &["wasm", "js", "css"];

/// Compresses the bundle in `dir` where its `.br` is missing or older than it.
/// Stale copies are removed before this returns, so a rebuilt bundle is never
/// served with the previous build's compressed files.
pub fn spawn(dir: PathBuf) {
    let Ok(entries) = fs::read_dir(&dir) else {
        return;
    };
    let stale: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|path| {
            path.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| EXTENSIONS.contains(&e))
        })
        .filter(|path| stale(path))
        .collect();
    for path in &stale {
        let _ = fs::remove_file(br_path(path));
    }
    tokio::task::spawn_blocking(move || {
        for path in stale {
            if let Err(error) = compress(&path) {
                tracing::warn!(?path, %error, "could not pre-compress");
            }
        }
    });
}

fn br_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".br");
    PathBuf::from(name)
}

fn modified(path: &Path) -> Option<SystemTime> {
    fs::metadata(path).and_then(|m| m.modified()).ok()
}

fn stale(path: &Path) -> bool {
    match (modified(path), modified(&br_path(path))) {
        (Some(source), Some(compressed)) => compressed < source,
        _ => true,
    }
}

fn compress(path: &Path) -> std::io::Result<()> {
    let input = fs::read(path)?;
    let mut output = Vec::with_capacity(input.len() / 3);
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut input.as_slice(), &mut output, &params)?;
    // Written aside, then renamed: a request never sees half a file.
    let target = br_path(path);
    let partial = target.with_extension("br.partial");
    fs::write(&partial, &output)?;
    fs::rename(&partial, &target)?;
    tracing::info!(?target, bytes = output.len(), "pre-compressed");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bundle_file_gets_a_fresh_brotli_copy_once() {
        let dir = std::env::temp_dir().join(format!("fieldbook-br-{}", std::process::id()));
        fs::create_dir_all(&dir).expect("dir");
        let wasm = dir.join("app.wasm");
        fs::write(&wasm, "fieldbook ".repeat(10_000)).expect("write");
        assert!(stale(&wasm));
        compress(&wasm).expect("compress");
        assert!(!stale(&wasm));
        let mut unpacked = Vec::new();
        brotli::BrotliDecompress(
            &mut fs::read(br_path(&wasm)).expect("read").as_slice(),
            &mut unpacked,
        )
        .expect("valid brotli");
        assert_eq!(unpacked, fs::read(&wasm).expect("read"));
        fs::remove_dir_all(&dir).expect("clean up");
    }
}
