//! The server's stand-ins for the browser's session code. Island event handlers and effects only
//! ever run in the browser, so on the server there is no session to read, keep or refresh.
pub mod storage {
    use super::super::{ProfileDraft, Refreshed, StoredSession};
    use crate::model::{BrowserLocale, SignedIn};

    pub fn load() -> Option<StoredSession> {
        None
    }
    pub fn replace(_: &StoredSession) {}
    pub fn keep_draft(_: Option<&ProfileDraft>) {}
    pub fn take_draft() -> Option<ProfileDraft> {
        None
    }
    pub fn locale() -> BrowserLocale {
        BrowserLocale::default()
    }
    pub fn clear() {}
    pub async fn refresh(_: StoredSession) -> Refreshed {
        Refreshed::NotNow
    }
    pub fn end_session(_: &StoredSession) -> bool {
        false
    }
    pub fn current_path() -> String {
        String::new()
    }
    pub fn go(_: &str) {}
    pub fn start(_: SignedIn, _: bool) {}
    pub fn is_remembered() -> bool {
        false
    }
}

pub mod tabs {
    use super::super::StoredSession;

    pub async fn load_or_ask_other_tabs() -> Option<StoredSession> {
        None
    }
}

pub mod keeper {
    use leptos::prelude::RwSignal;

    use super::super::SessionStatus;

    pub fn start(_: RwSignal<SessionStatus>) {}
    pub fn sign_out(_: RwSignal<SessionStatus>) {}
}
