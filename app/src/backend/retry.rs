//! Retrying a step that must not be left undone by one passing failure.
use std::{future::Future, time::Duration};

use crate::error::AppError;

/// Runs `step` up to three times, pausing a little longer after each failure.
pub async fn with_retries<Fut>(step: impl Fn() -> Fut) -> Result<(), AppError>
where
    Fut: Future<Output = Result<(), AppError>>,
{
    let mut outcome = step().await;
    for pause_ms in [200, 400] {
        if outcome.is_ok() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(pause_ms)).await;
        outcome = step().await;
    }
    outcome
}
