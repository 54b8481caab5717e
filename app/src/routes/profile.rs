use leptos::{either::EitherOf3, ev::SubmitEvent, prelude::*};
use leptos_meta::Title;

use crate::{
    components::{
        account::{Loaded, LoadingNote, load_signed_in},
        form::{FormAlert, SelectField, Submission, SubmitButton, TextAreaField, TextField, use_ready},
    },
    error::Field,
    functions::profile::{Profile, ProfileFields, get_profile, save_profile},
    locale::{LANGUAGES, TIME_ZONES, time_zone_label},
    session::{update_stored, with_access_token},
    validation::BIO_MAX_CHARS,
};

/// `/profile`: the profile kept in DynamoDB, edited in place.
#[component]
pub fn ProfilePage() -> impl IntoView {
    view! {
        <Title text="Your profile" />
        <section class="card medium">
            <h1>"Your profile"</h1>
            <ProfileEditor />
        </section>
    }
}

#[island(lazy)]
fn ProfileEditor() -> impl IntoView {
    let profile = load_signed_in("/profile", get_profile);
    move || match profile.get() {
        Loaded::Loading => EitherOf3::A(view! { <LoadingNote text="Loading your profile…" /> }),
        Loaded::Failed(message) => EitherOf3::B(view! { <p class="alert" role="alert">{message}</p> }),
        Loaded::Ready(profile) => EitherOf3::C(view! { <ProfileForm profile /> }),
    }
}

#[component]
fn ProfileForm(profile: Profile) -> impl IntoView {
    let ready = use_ready();
    let Profile {
        email,
        fields,
        version,
        updated_at,
        ..
    } = profile;
    let display_name = RwSignal::new(fields.display_name);
    let bio = RwSignal::new(fields.bio);
    let time_zone = RwSignal::new(fields.time_zone);
    let language = RwSignal::new(fields.language);
    let version = RwSignal::new(version);
    let updated_at = RwSignal::new(updated_at);
    let saved = RwSignal::new(false);
    let form = Submission::new();
    let (errors, pending) = (form.errors, form.pending);
    // "Saved" stays only until the next change.
    Effect::new(move |_| {
        display_name.track();
        bio.track();
        time_zone.track();
        language.track();
        saved.set(false);
    });

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let input = ProfileFields {
            display_name: display_name.get_untracked(),
            bio: bio.get_untracked(),
            time_zone: time_zone.get_untracked(),
            language: language.get_untracked(),
        }
        .checked();
        form.run(
            input,
            move |fields: ProfileFields| async move {
                let base = version.get_untracked();
                let answer = with_access_token(|token| save_profile(token, fields.clone(), base)).await?;
                Ok((answer, fields.display_name))
            },
            move |(answer, name)| {
                version.set(answer.version);
                updated_at.set(answer.updated_at);
                update_stored(|session| session.display_name = name);
                pending.set(false);
                saved.set(true);
            },
        );
    };

    let time_zones = TIME_ZONES
        .iter()
        .map(|zone| (zone.to_string(), time_zone_label(zone)))
        .collect::<Vec<_>>();
    let languages = LANGUAGES
        .iter()
        .map(|(code, name)| (code.to_string(), name.to_string()))
        .collect::<Vec<_>>();

    view! {
        <dl class="facts">
            <dt>"Email"</dt>
            <dd>{email.email} " " <a href="/settings">"Change"</a></dd>
            <dt>"Last saved"</dt>
            <dd><time>{move || updated_at.get().replace('T', " ").replace('Z', " UTC")}</time></dd>
        </dl>
        <form on:submit=submit novalidate>
            <FormAlert message=errors.general() />
            <TextField
                id="display_name"
                label="Display name"
                autocomplete="nickname"
                value=display_name
                error=errors.on(Field::DisplayName)
            />
            <TextAreaField id="bio" label="Bio" value=bio error=errors.on(Field::Bio) max_chars=BIO_MAX_CHARS />
            <SelectField
                id="time_zone"
                label="Time zone"
                value=time_zone
                options=time_zones
                error=errors.on(Field::TimeZone)
            />
            <SelectField
                id="language"
                label="Preferred language"
                value=language
                options=languages
                error=errors.on(Field::Language)
            />
            <div class="actions">
                <SubmitButton label="Save" pending_label="Saving…" pending ready />
                <p class="status" role="status">{move || saved.get().then_some("Saved.")}</p>
            </div>
        </form>
        <p class="links">
            <a href="/settings">"Account settings"</a>
            <span>"Password, email, your data and deleting the account"</span>
        </p>
    }
}
