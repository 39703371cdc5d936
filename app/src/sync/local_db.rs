//! The device's copy of the data, kept in IndexedDB. Local storage holds about
//! 5 M characters per origin: too little for a big book with its activities
//! (9,000 records plus 10,000 activities are ~8 MB of JSON). The outbox stays in
//! local storage: it is small, and its synchronous write means an edit is on
//! disk before the screen shows it saved.
//!
//! The copy is stored in pieces (`{key}.000000`, `{key}.000001`, …) whose
//! text, joined, is its JSON: one string of a manager's 50 MB copy was held
//! twice more in memory while IndexedDB stored it.

use js_sys::Promise;
use wasm_bindgen::{closure::Closure, JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbDatabase, IdbKeyRange, IdbOpenDbRequest, IdbRequest, IdbTransactionMode};

const DB_NAME: &str = "fieldbook";
const STORE: &str = "cache";

fn describe(error: JsValue) -> String {
    error
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| error.as_string())
        .unwrap_or_else(|| "IndexedDB is not available".into())
}

/// Resolves when the request succeeds, fails with its error otherwise.
async fn finished(request: &IdbRequest) -> Result<JsValue, String> {
    let promise = Promise::new(&mut |resolve, reject| {
        request.set_onsuccess(Some(&resolve));
        request.set_onerror(Some(&reject));
    });
    JsFuture::from(promise).await.map_err(|_| {
        request
            .error()
            .ok()
            .flatten()
            .map(|e| e.message())
            .unwrap_or_else(|| "IndexedDB request failed".into())
    })?;
    request.result().map_err(describe)
}

async fn open() -> Result<IdbDatabase, String> {
    let factory = leptos::prelude::window()
        .indexed_db()
        .map_err(describe)?
        .ok_or("IndexedDB is not available")?;
    let request: IdbOpenDbRequest = factory.open_with_u32(DB_NAME, 1).map_err(describe)?;
    // First open on this device: create the one store (keys are our own strings).
    let upgrade = Closure::once(move |event: web_sys::Event| {
        let db = event
            .target()
            .and_then(|t| t.dyn_into::<IdbRequest>().ok())
            .and_then(|r| r.result().ok())
            .and_then(|db| db.dyn_into::<IdbDatabase>().ok());
        if let Some(db) = db {
            if !db.object_store_names().contains(STORE) {
                let _ = db.create_object_store(STORE);
            }
        }
    });
    request.set_onupgradeneeded(Some(upgrade.as_ref().unchecked_ref()));
    let db = finished(&request).await;
    request.set_onupgradeneeded(None);
    drop(upgrade);
    db?.dyn_into::<IdbDatabase>().map_err(describe)
}

/// Waits for the transaction to be committed to disk (or fail).
async fn committed(tx: &web_sys::IdbTransaction) -> Result<(), String> {
    let promise = Promise::new(&mut |resolve, reject| {
        tx.set_oncomplete(Some(&resolve));
        tx.set_onerror(Some(&reject));
        tx.set_onabort(Some(&reject));
    });
    JsFuture::from(promise)
        .await
        .map(drop)
        .map_err(|_| "the device refused to store the data (is it full?)".to_string())
}

pub async fn get(key: &str) -> Result<Option<String>, String> {
    let db = open().await?;
    let tx = db.transaction_with_str(STORE).map_err(describe)?;
    let store = tx.object_store(STORE).map_err(describe)?;
    let request = store.get(&JsValue::from_str(key)).map_err(describe)?;
    let value = finished(&request).await?;
    db.close();
    Ok(value.as_string())
}

fn piece_key(key: &str, n: usize) -> String {
    format!("{key}.{n:06}")
}

/// Every piece of the copy stored under `key`.
fn pieces_of(key: &str) -> Result<JsValue, String> {
    IdbKeyRange::bound(
        &JsValue::from_str(&format!("{key}.")),
        &JsValue::from_str(&format!("{key}.\u{ffff}")),
    )
    .map(JsValue::from)
    .map_err(describe)
}

/// Replaces the copy under `key` with `pieces`, in one transaction: a reader
/// finds the old copy or the new one, never a mix. A copy stored whole under
/// `key` (by releases before pieces) goes too.
pub async fn put_pieces(key: &str, pieces: &[JsValue]) -> Result<(), String> {
    let db = open().await?;
    let tx = db
        .transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)
        .map_err(describe)?;
    let store = tx.object_store(STORE).map_err(describe)?;
    store.delete(&JsValue::from_str(key)).map_err(describe)?;
    store.delete(&pieces_of(key)?).map_err(describe)?;
    for (n, piece) in pieces.iter().enumerate() {
        store
            .put_with_key(piece, &JsValue::from_str(&piece_key(key, n)))
            .map_err(describe)?;
    }
    let done = committed(&tx).await;
    db.close();
    done
}

/// The copy stored in pieces under `key`, joined (`None`: there is none).
pub async fn get_pieces(key: &str) -> Result<Option<String>, String> {
    let db = open().await?;
    let tx = db.transaction_with_str(STORE).map_err(describe)?;
    let store = tx.object_store(STORE).map_err(describe)?;
    let request = store.get_all_with_key(&pieces_of(key)?).map_err(describe)?;
    let value = finished(&request).await?;
    db.close();
    let pieces = js_sys::Array::from(&value);
    if pieces.length() == 0 {
        return Ok(None);
    }
    let mut json = String::new();
    for piece in pieces.iter() {
        json.push_str(&piece.as_string().unwrap_or_default());
    }
    Ok(Some(json))
}

/// Removes the copy under `key`, whole or in pieces.
pub async fn delete_copy(key: &str) -> Result<(), String> {
    let db = open().await?;
    let tx = db
        .transaction_with_str_and_mode(STORE, IdbTransactionMode::Readwrite)
        .map_err(describe)?;
    let store = tx.object_store(STORE).map_err(describe)?;
    store.delete(&JsValue::from_str(key)).map_err(describe)?;
    store.delete(&pieces_of(key)?).map_err(describe)?;
    let done = committed(&tx).await;
    db.close();
    done
}
