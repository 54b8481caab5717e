//! Integration tests: the real router, server functions and AWS SDK against the embedded
//! emulators. One test binary, so a clean build links the server's dependency graph once.
mod account;
mod activity;
mod audit_trail;
mod auth_flows;
mod aws_mode;
mod common;
mod configuration;
mod deploy_template;
mod edges;
mod federation;
mod health;
mod languages;
mod local_fidelity;
mod local_mode;
mod many_instances;
mod passwordless;
mod passwordless_local;
mod passwords;
mod profile;
mod rate_limits;
mod resilience;
mod rotation;
mod shared_limits;
mod takeover;
mod two_step;
mod uniform_answers;
