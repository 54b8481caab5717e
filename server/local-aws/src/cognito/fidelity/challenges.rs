//! The second step of a sign-in (`SOFTWARE_TOKEN_MFA`) as Cognito answers it: the challenge
//! session lasts three minutes, a wrong code is `CodeMismatchException` and leaves the challenge
//! standing (up to a few tries), and an expired, spent or worn-out session is
//! `NotAuthorizedException`. The emulator keeps its sessions five minutes, answers a wrong code
//! with `InvalidParameterException` and lets it be tried forever.
//! <https://docs.aws.amazon.com/cognito-user-identity-pools/latest/APIReference/API_RespondToAuthChallenge.html>
use std::{
    collections::HashMap,
    time::{Duration, Instant},
};

use app::backend::config::LocalLimits;

/// The open challenges, by session: when each was issued and how many wrong codes it has had.
#[derive(Default)]
pub struct Challenges {
    open: HashMap<String, (Instant, u32)>,
}

/// What may be done with a session now.
#[derive(Debug, PartialEq, Eq)]
pub enum Standing {
    Open,
    Expired,
    WornOut,
    /// Not issued by a sign-in this layer saw (spent, or unknown): the emulator decides.
    Unknown,
}

/// A challenge `age` old that had `wrong_codes`: open for `challenge_seconds`, and worn out after
/// `code_attempts` wrong codes (`0`: no limit).
pub fn standing_after(limits: &LocalLimits, age: Duration, wrong_codes: u32) -> Standing {
    if age > Duration::from_secs(limits.challenge_seconds) {
        Standing::Expired
    } else if limits.code_attempts > 0 && wrong_codes >= limits.code_attempts {
        Standing::WornOut
    } else {
        Standing::Open
    }
}

impl Challenges {
    pub fn issued(&mut self, session: &str, now: Instant) {
        self.open.insert(session.to_string(), (now, 0));
    }

    pub fn standing(&self, limits: &LocalLimits, session: &str, now: Instant) -> Standing {
        match self.open.get(session) {
            None => Standing::Unknown,
            Some((issued, wrong)) => standing_after(limits, now.duration_since(*issued), *wrong),
        }
    }

    pub fn wrong_code(&mut self, session: &str) {
        if let Some((_, wrong)) = self.open.get_mut(session) {
            *wrong += 1;
        }
    }

    /// The session was answered (or is over): it cannot be used again.
    pub fn close(&mut self, session: &str) {
        self.open.remove(session);
    }

    /// Forgets sessions too old to be answered, so the map stays small.
    pub fn prune(&mut self, limits: &LocalLimits, now: Instant) {
        let lifetime = Duration::from_secs(limits.challenge_seconds);
        self.open
            .retain(|_, (issued, _)| now.duration_since(*issued) <= lifetime);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMITS: LocalLimits = LocalLimits {
        lockout_after: 0,
        lockout_seconds: 0,
        codes_per_hour: 0,
        code_attempts: 2,
        challenge_seconds: 180,
    };

    #[test]
    fn a_challenge_is_open_for_three_minutes_and_a_few_wrong_codes() {
        let mut challenges = Challenges::default();
        let start = Instant::now();
        challenges.issued("s", start);
        assert_eq!(
            challenges.standing(&LIMITS, "s", start + Duration::from_secs(179)),
            Standing::Open
        );
        assert_eq!(
            challenges.standing(&LIMITS, "s", start + Duration::from_secs(181)),
            Standing::Expired
        );
        challenges.wrong_code("s");
        assert_eq!(challenges.standing(&LIMITS, "s", start), Standing::Open);
        challenges.wrong_code("s");
        assert_eq!(challenges.standing(&LIMITS, "s", start), Standing::WornOut);
        challenges.close("s");
        assert_eq!(challenges.standing(&LIMITS, "s", start), Standing::Unknown);
    }
}
