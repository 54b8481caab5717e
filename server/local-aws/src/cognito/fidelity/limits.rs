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
/// Cognito forgets a user's failed sign-ins after this long without a sign-in attempt.
/// <https://docs.aws.amazon.com/cognito/latest/developerguide/authentication.html#authentication-flow-lockout-behavior>
const QUIET_RESET: Duration = Duration::from_secs(15 * 60);
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

struct FailedSignIns {
    count: u32,
    /// The last failure, from which a lockout runs.
    last_failure: Instant,
    /// The last attempt, refused ones during a lockout included: the quiet that forgives runs
    /// from it.
    last_attempt: Instant,
}

#[derive(Default)]
pub struct Counters {
    /// Failed sign-ins in a row per user.
    failed_sign_ins: HashMap<String, FailedSignIns>,
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
        let failed = self
            .failed_sign_ins
            .get(user)
            .filter(|failed| now.duration_since(failed.last_attempt) < QUIET_RESET)?;
        let over = failed.count.checked_sub(limits.lockout_after)?;
        let lockout = Duration::from_secs(limits.lockout_seconds)
            .saturating_mul(2u32.saturating_pow(over.min(20)))
            .min(MAX_LOCKOUT);
        let until = failed.last_failure + lockout;
        (until > now).then(|| until - now)
    }

    /// An attempt refused during a lockout: it changes the lockout in nothing, but the quiet that
    /// forgives starts again.
    pub fn attempted_while_locked_out(&mut self, user: &str, now: Instant) {
        if let Some(failed) = self.failed_sign_ins.get_mut(user) {
            failed.last_attempt = now;
        }
    }

    pub fn sign_in_failed(&mut self, user: &str, now: Instant) {
        let failed = self.failed_sign_ins.entry(user.to_string()).or_insert(FailedSignIns {
            count: 0,
            last_failure: now,
            last_attempt: now,
        });
        if now.duration_since(failed.last_attempt) >= QUIET_RESET {
            failed.count = 0;
        }
        failed.count += 1;
        failed.last_failure = now;
        failed.last_attempt = now;
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
    fn failures_are_forgotten_after_fifteen_quiet_minutes() {
        let mut counters = Counters::default();
        let now = Instant::now();
        for _ in 0..2 {
            counters.sign_in_failed("u", now);
        }
        // Two more after a quiet quarter of an hour are two in a row, not four.
        let later = now + QUIET_RESET;
        counters.sign_in_failed("u", later);
        counters.sign_in_failed("u", later);
        assert_eq!(counters.locked_out(&LIMITS, "u", later), None);
        counters.sign_in_failed("u", later);
        assert_eq!(counters.locked_out(&LIMITS, "u", later), Some(Duration::from_secs(2)));
        // Attempts refused during the lockout keep the count from being forgiven.
        let during = later + Duration::from_secs(1);
        counters.attempted_while_locked_out("u", during);
        let almost_quiet = later + QUIET_RESET;
        counters.sign_in_failed("u", almost_quiet);
        assert_eq!(
            counters.locked_out(&LIMITS, "u", almost_quiet),
            Some(Duration::from_secs(4))
        );
        // After the next quiet quarter of an hour, the count starts from one again.
        let forgiven = almost_quiet + QUIET_RESET;
        counters.sign_in_failed("u", forgiven);
        counters.sign_in_failed("u", forgiven);
        assert_eq!(counters.locked_out(&LIMITS, "u", forgiven), None);
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
