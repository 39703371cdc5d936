//! The security settings the router enforces: which origin is the app's own,
//! whether the session cookie is `Secure`, and whom to believe about the
//! client's address. See the README's "Security" section.

use std::net::{IpAddr, SocketAddr};

use axum::http::{HeaderMap, Uri};

#[derive(Debug, Clone)]
pub struct Security {
    pub origins: Origins,
    /// The session cookie is sent only over https.
    pub secure_cookies: bool,
    /// Behind a reverse proxy: the client is the last `X-Forwarded-For` entry
    /// (the one the proxy added), not the connection's peer.
    pub trust_proxy: bool,
}

impl Security {
    /// What a server on `listen` with no settings gets: its own http origin, no
    /// `Secure` cookie, no proxy. Tests and `./fieldbook run` use this.
    pub fn for_listen_addr(listen: SocketAddr) -> Self {
        Security {
            origins: Origins::new(None, listen),
            secure_cookies: false,
            trust_proxy: false,
        }
    }

    /// The client's address: the peer, or what the trusted proxy says it is.
    pub fn client_addr(&self, headers: &HeaderMap, peer: Option<IpAddr>) -> Option<IpAddr> {
        if self.trust_proxy {
            let forwarded = headers
                .get_all("x-forwarded-for")
                .iter()
                .filter_map(|v| v.to_str().ok())
                .flat_map(|v| v.split(','))
                .next_back()
                .and_then(|last| last.trim().parse().ok());
            if forwarded.is_some() {
                return forwarded;
            }
        }
        peer
    }
}

/// The origins state-changing requests may come from.
#[derive(Debug, Clone)]
pub struct Origins {
    /// `FIELDBOOK_PUBLIC_URL`'s origin: when set, the only one accepted.
    public: Option<String>,
    /// Without it: the listen address's own origin, or the origin the
    /// request's `Host` names (a browser sends its page's origin, so they match).
    listen: String,
}

impl Origins {
    pub fn new(public: Option<String>, listen: SocketAddr) -> Self {
        Origins {
            public,
            listen: format!("http://{listen}"),
        }
    }

    /// Whether a request with `Origin: origin` and `Host: host` comes from the app.
    pub fn allows(&self, origin: &str, host: Option<&str>) -> bool {
        let Some(origin) = normalize_origin(origin) else {
            return false;
        };
        if let Some(public) = &self.public {
            return origin == *public;
        }
        if origin == self.listen {
            return true;
        }
        let scheme = if origin.starts_with("https://") {
            "https"
        } else {
            "http"
        };
        host.and_then(|host| normalize_origin(&format!("{scheme}://{host}")))
            .is_some_and(|own| own == origin)
    }
}

/// `scheme://host[:port]`, lowercased and without the scheme's default port (as
/// browsers send it), or `None` if `value` is not an http(s) origin.
pub fn normalize_origin(value: &str) -> Option<String> {
    let uri: Uri = value.trim().parse().ok()?;
    let scheme = uri.scheme_str()?.to_ascii_lowercase();
    let authority = uri.authority()?;
    if authority.as_str().contains('@') {
        return None;
    }
    let default_port = match scheme.as_str() {
        "http" => 80,
        "https" => 443,
        _ => return None,
    };
    let host = authority.host().to_ascii_lowercase();
    if host.is_empty() {
        return None;
    }
    Some(match authority.port_u16() {
        Some(port) if port != default_port => format!("{scheme}://{host}:{port}"),
        _ => format!("{scheme}://{host}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn listen() -> SocketAddr {
        "127.0.0.1:3000".parse().expect("addr")
    }

    #[test]
    fn without_a_public_url_the_listen_address_and_the_host_are_the_app() {
        let origins = Origins::new(None, listen());
        assert!(origins.allows("http://127.0.0.1:3000", None));
        assert!(origins.allows("http://localhost:3000", Some("localhost:3000")));
        assert!(origins.allows("http://LOCALHOST:3000", Some("localhost:3000")));
        // Another port on the same host is another origin.
        assert!(!origins.allows("http://127.0.0.1:4000", Some("127.0.0.1:3000")));
        assert!(!origins.allows("https://evil.example", Some("127.0.0.1:3000")));
        assert!(!origins.allows("null", Some("127.0.0.1:3000")));
        assert!(!origins.allows("", None));
    }

    #[test]
    fn a_public_url_is_the_only_origin_accepted() {
        let public = normalize_origin("https://CRM.example.com:443/some/path");
        assert_eq!(public.as_deref(), Some("https://crm.example.com"));
        let origins = Origins::new(public, listen());
        assert!(origins.allows("https://crm.example.com", Some("10.0.0.5:3000")));
        assert!(!origins.allows("http://crm.example.com", Some("crm.example.com")));
        assert!(!origins.allows("http://127.0.0.1:3000", Some("127.0.0.1:3000")));
    }

    #[test]
    fn origins_that_are_not_http_are_refused() {
        assert_eq!(normalize_origin("ftp://example.com"), None);
        assert_eq!(normalize_origin("https://user@example.com"), None);
        assert_eq!(normalize_origin("example.com"), None);
        assert_eq!(
            normalize_origin("http://example.com:8080"),
            Some("http://example.com:8080".into())
        );
    }

    #[test]
    fn only_a_trusted_proxy_names_the_client() {
        let mut headers = HeaderMap::new();
        headers.insert(
            "x-forwarded-for",
            "203.0.113.9, 198.51.100.7".parse().expect("header"),
        );
        let peer = Some(IpAddr::from([10, 0, 0, 2]));
        let direct = Security::for_listen_addr(listen());
        assert_eq!(direct.client_addr(&headers, peer), peer);
        let proxied = Security {
            trust_proxy: true,
            ..direct
        };
        // The last entry is the one the proxy added; earlier ones are the client's word.
        assert_eq!(
            proxied.client_addr(&headers, peer),
            Some(IpAddr::from([198, 51, 100, 7]))
        );
        assert_eq!(proxied.client_addr(&HeaderMap::new(), peer), peer);
    }
}
