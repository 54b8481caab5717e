//! Amazon Cognito's protections against guessing and flooding, which the emulator lacks:
//! a growing lockout after failed sign-ins, a per-user cap on emailed codes, and a cap on wrong
//! codes. Counters live in memory only: a restart forgives, as waiting would.
use std::{
    collections::{HashMap, VecDeque},
    time::{Duration, Instant},
};

use app::backend::config::LocalLimits;

/// The longest lockout Cognito imposes.
const MAX_LOCKOUT: Duration = Duration::from_secs(15 * 60);
const CODE_WINDOW: Duration = Duration::from_secs(60 * 60);

/// Which codes a send counts against: sign-up codes and reset codes are limited apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CodeKind {
    SignUp,
    PasswordReset,
    Attribute,
    /// Codes that sign in without the password (`EMAIL_OTP` of choice-based sign-in).
    SignIn,
}

#[derive(Default)]
pub struct Counters {
    /// Failed sign-ins in a row per user, and when the last one was.
    failed_sign_ins: HashMap<String, (u32, Instant)>,
    /// When each recent code was sent, per user and kind.
    sends: HashMap<(String, CodeKind), VecDeque<Instant>>,
    /// Wrong codes in a row per user and kind.
    wrong_codes: HashMap<(String, CodeKind), u32>,
}

impl Counters {
    /// `Some(remaining)` while `user` is locked out of password sign-in.
    pub fn locked_out(&self, limits: &LocalLimits, user: &str, now: Instant) -> Option<Duration> {
        if limits.lockout_after == 0 {
            return None;
        }
        let (failures, last) = self.failed_sign_ins.get(user)?;
        let over = failures.checked_sub(limits.lockout_after)?;
        let lockout = Duration::from_secs(limits.lockout_seconds)
            .saturating_mul(2u32.saturating_pow(over.min(20)))
            .min(MAX_LOCKOUT);
        let until = *last + lockout;
        (until > now).then(|| until - now)
    }

    pub fn sign_in_failed(&mut self, user: &str, now: Instant) {
        let entry = self.failed_sign_ins.entry(user.to_string()).or_insert((0, now));
        entry.0 += 1;
        entry.1 = now;
    }

    pub fn sign_in_succeeded(&mut self, user: &str) {
        self.failed_sign_ins.remove(user);
    }

    /// Records a code about to be sent, unless the user had their hour's worth already.
    pub fn try_send_code(&mut self, limits: &LocalLimits, user: &str, kind: CodeKind, now: Instant) -> bool {
        if limits.codes_per_hour == 0 {
            return true;
        }
        let sent = self.sends.entry((user.to_string(), kind)).or_default();
        while sent.front().is_some_and(|at| now.duration_since(*at) >= CODE_WINDOW) {
            sent.pop_front();
        }
        if sent.len() >= limits.codes_per_hour as usize {
            return false;
        }
        sent.push_back(now);
        // A new code gets a fresh set of attempts.
        self.wrong_codes.remove(&(user.to_string(), kind));
        true
    }

    /// Whether the user has used up the attempts at their current code.
    pub fn out_of_code_attempts(&self, limits: &LocalLimits, user: &str, kind: CodeKind) -> bool {
        limits.code_attempts != 0
            && self
                .wrong_codes
                .get(&(user.to_string(), kind))
                .is_some_and(|wrong| *wrong >= limits.code_attempts)
    }

    pub fn wrong_code(&mut self, user: &str, kind: CodeKind) {
        *self.wrong_codes.entry((user.to_string(), kind)).or_default() += 1;
    }

    pub fn right_code(&mut self, user: &str, kind: CodeKind) {
        self.wrong_codes.remove(&(user.to_string(), kind));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const LIMITS: LocalLimits = LocalLimits {
        lockout_after: 3,
        lockout_seconds: 2,
        codes_per_hour: 2,
        code_attempts: 2,
        challenge_seconds: 180,
    };

    #[test]
    fn the_lockout_starts_after_the_limit_and_doubles() {
        let mut counters = Counters::default();
        let now = Instant::now();
        for _ in 0..3 {
            assert_eq!(counters.locked_out(&LIMITS, "u", now), None);
            counters.sign_in_failed("u", now);
        }
        assert_eq!(counters.locked_out(&LIMITS, "u", now), Some(Duration::from_secs(2)));
        counters.sign_in_failed("u", now);
        assert_eq!(counters.locked_out(&LIMITS, "u", now), Some(Duration::from_secs(4)));
        assert_eq!(counters.locked_out(&LIMITS, "u", now + Duration::from_secs(4)), None);
        counters.sign_in_succeeded("u");
        assert_eq!(counters.locked_out(&LIMITS, "u", now), None);
        assert_eq!(counters.locked_out(&LocalLimits::OFF, "u", now), None);
    }

    #[test]
    fn codes_are_capped_per_hour_and_kind() {
        let mut counters = Counters::default();
        let now = Instant::now();
        assert!(counters.try_send_code(&LIMITS, "u", CodeKind::SignUp, now));
        assert!(counters.try_send_code(&LIMITS, "u", CodeKind::SignUp, now));
        assert!(!counters.try_send_code(&LIMITS, "u", CodeKind::SignUp, now));
        assert!(counters.try_send_code(&LIMITS, "u", CodeKind::PasswordReset, now));
        assert!(counters.try_send_code(&LIMITS, "u", CodeKind::SignIn, now));
        assert!(counters.try_send_code(&LIMITS, "u", CodeKind::SignIn, now));
        assert!(!counters.try_send_code(&LIMITS, "u", CodeKind::SignIn, now));
        assert!(counters.try_send_code(&LIMITS, "u", CodeKind::SignUp, now + CODE_WINDOW));
    }

    #[test]
    fn wrong_codes_run_out_until_a_new_code_is_sent() {
        let mut counters = Counters::default();
        let now = Instant::now();
        counters.wrong_code("u", CodeKind::SignUp);
        assert!(!counters.out_of_code_attempts(&LIMITS, "u", CodeKind::SignUp));
        counters.wrong_code("u", CodeKind::SignUp);
        assert!(counters.out_of_code_attempts(&LIMITS, "u", CodeKind::SignUp));
        assert!(counters.try_send_code(&LIMITS, "u", CodeKind::SignUp, now));
        assert!(!counters.out_of_code_attempts(&LIMITS, "u", CodeKind::SignUp));
    }
}
