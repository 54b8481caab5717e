//! Two-step sign-in: an authenticator app (Cognito's software token, TOTP) as a second step after
//! the password, and ten single-use recovery codes for when the phone is gone.
//!
//! Cognito keeps the secret and checks the codes; it has no recovery codes, so those are ours:
//! kept with the profile as Argon2id hashes only, each spent at most once (a conditional delete
//! from a string set). Spending one lifts the authenticator requirement (an administrator call),
//! and the person sets up a new authenticator from settings.
use aws_sdk_cognitoidentityprovider::types::ChallengeNameType;

use super::{
    AppState, Caller,
    minted::{self, forget},
    profile_table::Holding,
    sessions::{current_user, open_session},
    settings::{check_current_password as check_password, check_current_password_only, mint_for_change},
    user_pool::PasswordChecked,
};
use crate::{
    APP_NAME,
    error::{AppError, Field},
    i18n::tr,
    model::{AuthenticatorSetup, BrowserLocale, QrCode, RecoveryCodes, Secret, SignedIn, TwoStepStatus},
};

/// How many recovery codes a set has.
pub const RECOVERY_CODES: usize = 10;

/// The two-step status of the caller, from Cognito (is an authenticator required?) and the
/// profile (since when, which device, how many recovery codes are left).
pub fn status(required: bool, caller: &Caller) -> TwoStepStatus {
    let profile = &caller.profile;
    TwoStepStatus {
        on: required,
        since: profile.two_step_since.clone().filter(|_| required),
        device_name: profile.two_step_device.clone().filter(|_| required),
        recovery_codes_left: if required {
            profile.recovery_codes.len() as u32
        } else {
            0
        },
    }
}

/// How long a started setup waits for the app's first code.
const SETUP_SECONDS: i64 = 15 * 60;

/// The first step of setting up an authenticator: after the current password, a new secret
/// from Cognito, as a QR code and as text. Nothing is turned on yet: leaving here changes nothing.
/// Cognito's setup (its session and the proof's minted sign-in) stays on the server, held for
/// [`finish_setup`].
pub async fn start_setup(
    state: &AppState,
    caller: &Caller,
    current_password: &str,
) -> Result<AuthenticatorSetup, AppError> {
    let user = current_user(state, caller).await?;
    if user.authenticator_required {
        return Err(AppError::invalid(Field::Code, tr("message-two-step-already-on")));
    }
    let minted = mint_for_change(state, &user.username, current_password, None).await?;
    let (secret, session) = match state.user_pool.new_authenticator(&minted.access_token).await {
        Ok(setup) => setup,
        Err(error) => {
            forget(state, &minted).await;
            return Err(error);
        }
    };
    if let Err(error) = minted::hold(
        state,
        caller.sub(),
        Holding::Authenticator,
        &minted,
        &session,
        SETUP_SECONDS,
    )
    .await
    {
        forget(state, &minted).await;
        return Err(error);
    }
    let uri = otpauth_uri(user.email(), &secret);
    Ok(AuthenticatorSetup {
        secret: grouped(&secret).into(),
        qr: qr_code(&uri)?,
        uri: uri.into(),
    })
}

/// The second step: the app's first code proves it has the secret; then the recovery codes are
/// stored and the authenticator becomes required. Only a setup this server began counts; a
/// failure on the way leaves two-step sign-in off.
pub async fn finish_setup(
    state: &AppState,
    caller: &Caller,
    code: &str,
    device_name: &str,
) -> Result<RecoveryCodes, AppError> {
    let user = current_user(state, caller).await?;
    let Some((access_token, session)) =
        minted::resume(state, caller.sub(), &user.username, Holding::Authenticator).await?
    else {
        return Err(setup_ended());
    };
    let pool = &state.user_pool;
    match pool
        .verify_authenticator(&access_token, &session, code, device_name)
        .await
    {
        Ok(()) => minted::release(state, caller.sub(), Holding::Authenticator).await,
        // Cognito no longer takes the setup's session: it has to begin again.
        Err(AppError::WrongCredentials) => {
            minted::release(state, caller.sub(), Holding::Authenticator).await;
            return Err(setup_ended());
        }
        Err(error) => return Err(error),
    }
    let (codes, hashes) = recovery::new_set().await?;
    let since = chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    state
        .profiles
        .set_two_step(caller.sub(), &since, device_name, &hashes)
        .await?;
    if let Err(error) = pool.require_authenticator(&user.username, true).await {
        state.profiles.clear_two_step(caller.sub()).await.ok();
        return Err(error);
    }
    Ok(codes)
}

/// Turns two-step sign-in off, after the current password and a current code from the app or
/// a recovery code (which is spent).
pub async fn turn_off(state: &AppState, caller: &Caller, current_password: &str, code: &str) -> Result<(), AppError> {
    let user = current_user(state, caller).await?;
    if !user.authenticator_required {
        return Ok(());
    }
    match check_password(state, &user.username, current_password).await? {
        PasswordChecked::CodeNeeded { session, username } if is_app_code(code) => {
            // A sign-in of its own, answered with the code: Cognito checks both, as at sign-in.
            let minted = state
                .user_pool
                .mint_by_answering(
                    &username,
                    ChallengeNameType::SoftwareTokenMfa,
                    &session,
                    ("SOFTWARE_TOKEN_MFA_CODE", code),
                )
                .await
                .map_err(|error| match error {
                    AppError::SignInExpired | AppError::WrongCredentials => AppError::WrongCode,
                    other => other,
                })?;
            forget(state, &minted).await;
        }
        PasswordChecked::SignedIn(minted) => {
            forget(state, &minted).await;
            recovery::spend(state, caller.sub(), &caller.profile.recovery_codes, code).await?;
        }
        PasswordChecked::CodeNeeded { .. } => {
            recovery::spend(state, caller.sub(), &caller.profile.recovery_codes, code).await?
        }
    }
    state.user_pool.require_authenticator(&user.username, false).await?;
    state.profiles.clear_two_step(caller.sub()).await
}

fn setup_ended() -> AppError {
    AppError::invalid(Field::Code, tr("message-two-step-setup-ended"))
}

/// A new set of recovery codes after the current password; the old set stops working.
pub async fn renew_recovery_codes(
    state: &AppState,
    caller: &Caller,
    current_password: &str,
) -> Result<RecoveryCodes, AppError> {
    let user = current_user(state, caller).await?;
    if !user.authenticator_required {
        return Err(AppError::invalid(Field::Code, tr("message-two-step-not-on")));
    }
    check_current_password_only(state, &user.username, current_password).await?;
    let (codes, hashes) = recovery::new_set().await?;
    state.profiles.replace_recovery_codes(caller.sub(), &hashes).await?;
    Ok(codes)
}

/// The second step of a sign-in with the authenticator's code.
pub async fn sign_in_with_code(
    state: &AppState,
    username: &str,
    session: &str,
    code: &str,
    locale: &BrowserLocale,
) -> Result<SignedIn, AppError> {
    let tokens = state.user_pool.answer_code(username, session, code).await?;
    open_session(state, tokens, locale).await?.into_signed_in()
}

/// The second step of a sign-in with a recovery code instead: the password is checked again (the
/// page still has it), the code is spent, the authenticator requirement lifted, and the person is
/// signed in. Any code that does not work, for any account, is one answer: [`AppError::WrongCode`].
pub async fn sign_in_with_recovery_code(
    state: &AppState,
    email: &str,
    password: &str,
    code: &str,
    locale: &BrowserLocale,
) -> Result<SignedIn, AppError> {
    let username = match state.user_pool.start_sign_in(email, password).await {
        Ok(PasswordChecked::CodeNeeded { username, .. }) => username,
        // No second step to stand in for: a recovery code means nothing, and the sign-in the
        // password made ends here.
        Ok(PasswordChecked::SignedIn(tokens)) => {
            if let Some(refresh_token) = &tokens.refresh_token {
                state.user_pool.revoke(refresh_token).await.ok();
            }
            return Err(AppError::WrongCode);
        }
        Err(AppError::WrongCredentials | AppError::NotConfirmed) => return Err(AppError::WrongCode),
        Err(other) => return Err(other),
    };
    let (sub, _) = state.user_pool.admin_user(&username).await?;
    let hashes = match state.profiles.get(&sub).await? {
        Some(profile) => profile.recovery_codes,
        None => Vec::new(),
    };
    recovery::spend(state, &sub, &hashes, code).await?;
    state.user_pool.require_authenticator(&username, false).await?;
    state.profiles.clear_two_step(&sub).await?;
    match state.user_pool.start_sign_in(&username, password).await? {
        PasswordChecked::SignedIn(tokens) => open_session(state, tokens, locale).await?.into_signed_in(),
        PasswordChecked::CodeNeeded { .. } => Err(AppError::Unavailable),
    }
}

/// Whether `code` has the form of an authenticator app's code (six digits), not a recovery code.
fn is_app_code(code: &str) -> bool {
    code.len() == 6 && code.bytes().all(|b| b.is_ascii_digit())
}

/// The `otpauth://` address authenticator apps read (Google's key URI format, which they all
/// follow): the app's name as issuer, the email as account.
pub fn otpauth_uri(email: &str, secret: &str) -> String {
    format!(
        "otpauth://totp/{issuer}:{account}?secret={secret}&issuer={issuer}",
        issuer = percent_encode(APP_NAME),
        account = percent_encode(email),
    )
}

fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'@' => (byte as char).to_string(),
            other => format!("%{other:02X}"),
        })
        .collect()
}

/// The secret in groups of four, as people copy it by hand.
fn grouped(secret: &str) -> String {
    let chars: Vec<char> = secret.chars().collect();
    chars
        .chunks(4)
        .map(|group| group.iter().collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `uri` as a QR code (error correction M, what authenticator apps expect), one SVG path with a
/// unit square per dark module, runs of them merged into one rectangle.
pub fn qr_code(uri: &str) -> Result<QrCode, AppError> {
    let code = qrcode::QrCode::with_error_correction_level(uri, qrcode::EcLevel::M).map_err(|_| AppError::Internal)?;
    let size = code.width();
    let colors = code.to_colors();
    let mut path = String::new();
    for y in 0..size {
        let mut x = 0;
        while x < size {
            if colors[y * size + x] == qrcode::Color::Dark {
                let start = x;
                while x < size && colors[y * size + x] == qrcode::Color::Dark {
                    x += 1;
                }
                let run = x - start;
                path.push_str(&format!("M{start} {y}h{run}v1h-{run}z"));
            } else {
                x += 1;
            }
        }
    }
    Ok(QrCode {
        size: size as u32,
        path,
    })
}

/// Recovery codes: ten random codes of ten characters (50 bits each) from an alphabet without
/// look-alikes, shown once as `xxxxx-xxxxx` and kept only as Argon2id hashes.
pub mod recovery {
    use argon2::{Argon2, PasswordHash, PasswordHasher, PasswordVerifier, password_hash::SaltString};
    use rand::{Rng, rngs::OsRng};

    use super::{AppError, RECOVERY_CODES, RecoveryCodes, Secret};
    use crate::backend::AppState;

    /// Crockford's base32 alphabet: no i, l, o or u to misread.
    const ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";

    /// A new set: the codes to show once, and their hashes to keep.
    pub async fn new_set() -> Result<(RecoveryCodes, Vec<String>), AppError> {
        let codes: Vec<String> = (0..RECOVERY_CODES).map(|_| new_code()).collect();
        let to_hash = codes.clone();
        // Hashing is slow on purpose: off the async workers.
        let hashes =
            tokio::task::spawn_blocking(move || to_hash.iter().map(|code| hash(code)).collect::<Result<Vec<_>, _>>())
                .await
                .map_err(|_| AppError::Internal)??;
        Ok((
            RecoveryCodes {
                codes: codes.into_iter().map(Secret::from).collect(),
            },
            hashes,
        ))
    }

    fn new_code() -> String {
        let mut rng = OsRng;
        let mut code: String = (0..10).map(|_| ALPHABET[rng.gen_range(0..32)] as char).collect();
        code.insert(5, '-');
        code
    }

    /// A typed code in the form it was hashed in: lower case, without spaces or dashes, and the
    /// letters people type for digits read as those digits.
    pub fn normalize(typed: &str) -> String {
        let mut code: String = typed
            .chars()
            .filter(|c| c.is_ascii_alphanumeric())
            .map(|c| match c.to_ascii_lowercase() {
                'o' => '0',
                'i' | 'l' => '1',
                other => other,
            })
            .collect();
        if code.len() == 10 {
            code.insert(5, '-');
        }
        code
    }

    pub fn hash(code: &str) -> Result<String, AppError> {
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(normalize(code).as_bytes(), &salt)
            .map(|hash| hash.to_string())
            .map_err(|_| AppError::Internal)
    }

    /// The stored hash `typed` matches, if any.
    pub fn matching(hashes: &[String], typed: &str) -> Option<String> {
        let typed = normalize(typed);
        if typed.len() != 11 {
            return None;
        }
        hashes
            .iter()
            .find(|stored| {
                PasswordHash::new(stored)
                    .is_ok_and(|parsed| Argon2::default().verify_password(typed.as_bytes(), &parsed).is_ok())
            })
            .cloned()
    }

    /// Spends the code `typed` of the user `sub` (whose stored hashes are `hashes`): once only,
    /// even when two requests race with it.
    pub async fn spend(state: &AppState, sub: &str, hashes: &[String], typed: &str) -> Result<(), AppError> {
        let (hashes, typed) = (hashes.to_vec(), typed.to_string());
        let found = tokio::task::spawn_blocking(move || matching(&hashes, &typed))
            .await
            .map_err(|_| AppError::Internal)?;
        let Some(hash) = found else {
            return Err(AppError::WrongCode);
        };
        if state.profiles.spend_recovery_code(sub, &hash).await? {
            Ok(())
        } else {
            Err(AppError::WrongCode)
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn a_code_matches_its_own_hash_only_however_it_is_typed() {
            let code = new_code();
            let other = new_code();
            let hashes = vec![hash(&other).unwrap(), hash(&code).unwrap()];
            assert_eq!(matching(&hashes, &code), Some(hashes[1].clone()));
            let sloppy = format!(" {} ", code.to_uppercase().replace('-', " "));
            assert_eq!(matching(&hashes, &sloppy), Some(hashes[1].clone()));
            assert_eq!(matching(&hashes, "00000-00000"), None);
            assert_eq!(matching(&hashes, "123456"), None);
        }

        #[test]
        fn hashes_are_salted_argon2id_and_never_hold_the_code() {
            let code = new_code();
            let (first, second) = (hash(&code).unwrap(), hash(&code).unwrap());
            assert_ne!(first, second, "a salt of its own each time");
            assert!(first.starts_with("$argon2id$"), "{first}");
            assert!(!first.contains(&code) && !first.contains(&code.replace('-', "")));
        }

        #[test]
        fn codes_are_ten_characters_of_the_alphabet_in_two_groups() {
            for _ in 0..50 {
                let code = new_code();
                assert_eq!(code.len(), 11);
                assert_eq!(&code[5..6], "-");
                assert!(code.replace('-', "").bytes().all(|b| ALPHABET.contains(&b)), "{code}");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_otpauth_address_names_the_app_and_the_account() {
        assert_eq!(
            otpauth_uri("ada+2fa@example.com", "JBSWY3DPEHPK3PXP"),
            "otpauth://totp/Doorway:ada%2B2fa@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Doorway"
        );
    }

    #[test]
    fn the_secret_is_grouped_by_four_for_typing() {
        assert_eq!(grouped("JBSWY3DPEHPK3PXPAB"), "JBSW Y3DP EHPK 3PXP AB");
    }

    #[test]
    fn the_qr_code_is_square_with_its_finder_patterns_drawn() {
        let qr = qr_code("otpauth://totp/Doorway:a@example.com?secret=JBSWY3DPEHPK3PXP&issuer=Doorway").unwrap();
        assert!(
            qr.size >= 21 && (qr.size - 17).is_multiple_of(4),
            "a QR version's width: {}",
            qr.size
        );
        // The top-left finder pattern: its first row is a run of seven dark modules.
        assert!(qr.path.starts_with("M0 0h7v1h-7z"), "{}", &qr.path[..40]);
    }
}
