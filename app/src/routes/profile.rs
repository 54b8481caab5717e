use leptos::{
    either::{Either, EitherOf3},
    ev::SubmitEvent,
    prelude::*,
};
use leptos_meta::Title;

use crate::{
    components::{
        form::{FormAlert, SelectField, Submission, SubmitButton, TextAreaField, TextField, use_ready},
        signed_in::{Loaded, LoadingNote, load_signed_in},
    },
    error::Field,
    functions::profile::{get_profile, save_profile},
    i18n::{FORM_TEXTS, island_texts, tr, tr_with},
    locale::{LANGUAGES, TIME_ZONES, local_day, local_time, time_zone_label},
    model::{Profile, ProfileFields},
    session::{ProfileDraft, keep_profile_draft, stored, take_profile_draft, update_stored, with_access_token},
    validation::{BIO_MAX_CHARS, check_profile_fields},
};

/// `/profile`: the profile kept in DynamoDB, edited in place.
#[component]
pub fn ProfilePage() -> impl IntoView {
    view! {
        <Title text=tr("profile-heading") />
        <section class="card medium">
            <h1>{tr("profile-heading")}</h1>
            {island_texts(&[FORM_TEXTS, &["profile-form-", "footer-change"]].concat())}
            <ProfileEditor />
        </section>
    }
}

#[island(lazy)]
fn ProfileEditor() -> impl IntoView {
    let profile = load_signed_in(get_profile);
    move || match profile.get() {
        Loaded::Loading => EitherOf3::A(view! { <LoadingNote text=tr("profile-form-loading") /> }),
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
        two_step,
        ..
    } = profile;
    // Edits left unsaved in this tab when the session ended come back after signing in again.
    let owner = stored().map(|session| session.username).unwrap_or_default();
    let restored = take_profile_draft(&owner, version);
    let note = RwSignal::new(restored.is_some().then(|| tr("profile-form-restored")));
    let last_saved = RwSignal::new(fields.clone());
    let shown = restored.unwrap_or(fields);
    let display_name = RwSignal::new(shown.display_name);
    let bio = RwSignal::new(shown.bio);
    let time_zone = RwSignal::new(shown.time_zone);
    let language = RwSignal::new(shown.language);
    let version = RwSignal::new(version);
    let updated_at = RwSignal::new(updated_at);
    let form = Submission::new();
    let (errors, pending) = (form.errors, form.pending);
    let edited = move || ProfileFields {
        display_name: display_name.get(),
        bio: bio.get(),
        time_zone: time_zone.get(),
        language: language.get(),
    };
    // Unsaved edits are kept for this tab as they are typed; a status line stays only until the
    // next change.
    Effect::new(move |previous: Option<ProfileFields>| {
        let current = edited();
        let draft = last_saved.with(|saved| *saved != current).then(|| ProfileDraft {
            owner: owner.clone(),
            base_version: version.get_untracked(),
            fields: current.clone(),
        });
        keep_profile_draft(draft.as_ref());
        if previous.is_some_and(|previous| previous != current) {
            note.set(None);
        }
        current
    });

    let submit = move |ev: SubmitEvent| {
        ev.prevent_default();
        let typed = untrack(edited);
        form.run(
            check_profile_fields(typed.clone()),
            move |fields: ProfileFields| async move {
                let base = version.get_untracked();
                let answer = with_access_token(|token| save_profile(token, fields.clone(), base)).await?;
                Ok((answer, fields.display_name))
            },
            move |(answer, name)| {
                version.set(answer.version);
                updated_at.set(answer.updated_at);
                update_stored(|session| session.display_name = name);
                last_saved.set(typed);
                pending.set(false);
                note.set(Some(tr("profile-form-saved")));
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
            <dt>{tr("field-email")}</dt>
            <dd><span translate="no">{email.email}</span> " " <a href="/settings">{tr("footer-change")}</a></dd>
            <dt>{tr("profile-form-last-saved")}</dt>
            <dd>
                <time datetime=move || updated_at.get()>
                    {move || local_time(&updated_at.get(), &last_saved.with(|saved| saved.time_zone.clone()))}
                </time>
            </dd>
            <dt>{tr("profile-form-two-step")}</dt>
            <dd>
                {if two_step.on {
                    Either::Left(match two_step.since {
                        Some(since) => {
                            let date = local_day(&since, &last_saved.with_untracked(|saved| saved.time_zone.clone()));
                            tr_with("profile-form-two-step-on-since", &[("date", &date)])
                        }
                        None => tr("profile-form-two-step-on"),
                    })
                } else {
                    Either::Right(
                        view! {
                            {tr("profile-form-two-step-off")}
                            " "
                            <a href="/settings">{tr("profile-form-set-up-two-step")}</a>
                        },
                    )
                }}
            </dd>
        </dl>
        <form on:submit=submit novalidate>
            <FormAlert message=errors.general() />
            <TextField
                id="display_name"
                label=tr("profile-form-display-name")
                autocomplete="nickname"
                value=display_name
                error=errors.on(Field::DisplayName)
            />
            <TextAreaField
                id="bio"
                label=tr("profile-form-bio")
                value=bio
                error=errors.on(Field::Bio)
                max_chars=BIO_MAX_CHARS
            />
            <SelectField
                id="time_zone"
                label=tr("profile-form-time-zone")
                value=time_zone
                options=time_zones
                error=errors.on(Field::TimeZone)
            />
            <SelectField
                id="language"
                label=tr("profile-form-language")
                value=language
                options=languages
                error=errors.on(Field::Language)
            />
            <div class="actions">
                <SubmitButton label=tr("profile-form-save") pending_label=tr("profile-form-saving") pending ready />
                <p class="status" role="status">{move || note.get()}</p>
            </div>
        </form>
        <p class="links">
            <a href="/settings">{tr("profile-form-account-settings")}</a>
            <span>{tr("profile-form-settings-summary")}</span>
        </p>
    }
}
