//! `server/`: the local web app and JSON API over a store (being built).

/// Serve the store until Ctrl-C or SIGTERM.
pub fn serve_until_shutdown(
    store_dir: &std::path::Path,
    address: std::net::SocketAddr,
) -> std::io::Result<()> {
    let _ = (store_dir, address);
    Err(std::io::Error::other("sitrep serve is not built yet"))
}
