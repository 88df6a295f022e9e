//! The read operations answer stored representations as they are: `klant_read` is the stored body under the
//! request's base URL (from the read cache, or one indexed row), a `klant_list` page is its stored bodies in one
//! envelope built around them. Neither is parsed or re-rendered on the way.
use bytes::Bytes;

use super::query::ListQuery;
use crate::domain::representation;
use crate::error::RequestError;
use crate::store::{KlantFilter, Rendered, PAGE_SIZE};
use crate::AppState;

/// `klant_read`: the klant's body under `base_url` and its ETag; `None` when there is no such klant.
pub async fn klant(state: &AppState, uuid: &str, base_url: &str) -> Result<Option<Rendered>, RequestError> {
    match state.store.get(uuid).await {
        Ok(Some(k)) => Ok(Some(k.rendered(base_url))),
        Ok(None) => Ok(None),
        Err(e) => Err(RequestError::store("reading a klant", e)),
    }
}

/// `klant_list`: one page (`page`, or the last with `page=last`) of the klanten matching `filter`, with DRF's
/// `count`, `next` and `previous`, and the change counter of the snapshot it was read in when the store checks
/// cached pages with it (`store::validation`). A page past the last is 404 `Ongeldige pagina.`.
pub async fn list(
    state: &AppState,
    filter: &KlantFilter,
    page: Option<u64>,
    query: &ListQuery,
    base_url: &str,
) -> Result<(Bytes, Option<i64>), RequestError> {
    let failed = |e: sea_orm::DbErr| RequestError::store("reading a list page", e);
    let mut page = page.unwrap_or(1).max(1);
    let mut found = state.store.list(filter, page).await.map_err(failed)?;
    let pages = found.count.div_ceil(PAGE_SIZE).max(1);
    if query.page_last && page != pages {
        page = pages;
        found = state.store.list(filter, page).await.map_err(failed)?;
    }
    if page > pages {
        return Err(RequestError::PageNotFound);
    }
    let base = format!("{base_url}/api/v1/klanten");
    let link = |l: Option<String>| l.map_or_else(|| "null".to_string(), |l| serde_json::Value::String(l).to_string());
    let next = link((page < pages).then(|| query.link(&base, Some(page + 1))));
    let previous = link((page > 1).then(|| query.link(&base, (page > 2).then_some(page - 1))));
    let size = found.len() + (base_url.len() + 1) * PAGE_SIZE as usize;
    let mut body = Vec::with_capacity(size + next.len() + previous.len() + 64);
    body.extend_from_slice(
        format!("{{\"count\":{},\"next\":{next},\"previous\":{previous},\"results\":[", found.count).as_bytes(),
    );
    found.push_representations(&mut body, &representation::escape_base(base_url)).map_err(failed)?;
    body.extend_from_slice(b"]}");
    Ok((Bytes::from(body), found.stamp()))
}
