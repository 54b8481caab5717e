import type { Locator } from "@playwright/test";
import { PASSWORD, expect, test, uniqueEmail, type Page } from "../fixtures";

// What the forms tell browsers, password managers and screen readers, which axe does not check:
// pasting is allowed, each field names its purpose, an error is tied to its field and announced,
// and a status is announced where it changes (WCAG 3.3.8, 1.3.5, 3.3.1, 4.1.3).

// The markup is the same at every size: checked once, in the desktop project.
test.skip(({ isMobile }) => isMobile, "the forms' markup does not depend on the device");

/** Pastes `text` into `field` as a person does: copied elsewhere, then the keyboard shortcut. */
async function paste(field: Locator, text: string) {
  await field.page().evaluate((text) => navigator.clipboard.writeText(text), text);
  await field.click();
  await field.page().keyboard.press("ControlOrMeta+V");
}

test("passwords and codes can be pasted, from a password manager or the email", async ({
  context,
  loginPage,
  signUpPage,
  verifyPage,
  resetPasswordPage,
}) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const email = uniqueEmail("paste");

  await loginPage.open();
  await paste(loginPage.password(), PASSWORD);
  await expect(loginPage.password()).toHaveValue(PASSWORD);
  await loginPage.continueWith(email);
  await loginPage.emailMeACode();
  await paste(loginPage.code(), "123456");
  await expect(loginPage.code()).toHaveValue("123456");

  await signUpPage.open();
  await paste(signUpPage.password(), PASSWORD);
  await expect(signUpPage.password()).toHaveValue(PASSWORD);
  // The page took it, not just the field: it rates what was pasted.
  await expect(signUpPage.strength(/^Strength: /)).toBeVisible();

  await verifyPage.open(email);
  await paste(verifyPage.codeField(), "654321");
  await expect(verifyPage.codeField()).toHaveValue("654321");

  await resetPasswordPage.open(email);
  await paste(resetPasswordPage.codeField(), "ABCD-EFGH");
  await expect(resetPasswordPage.codeField()).toHaveValue("ABCD-EFGH");
  await paste(resetPasswordPage.newPassword(), PASSWORD);
  await expect(resetPasswordPage.newPassword()).toHaveValue(PASSWORD);
});

test("each sign-in field names its purpose, for password managers and autofill", async ({
  loginPage,
  signUpPage,
  verifyPage,
  forgotPasswordPage,
  resetPasswordPage,
}) => {
  const email = uniqueEmail("autocomplete");
  await loginPage.open();
  await expect(loginPage.email()).toHaveAttribute("autocomplete", "username");
  await expect(loginPage.password()).toHaveAttribute("autocomplete", "current-password");
  await loginPage.continueWith(email);
  await loginPage.emailMeACode();
  await expect(loginPage.code()).toHaveAttribute("autocomplete", "one-time-code");

  await signUpPage.open();
  await expect(signUpPage.email()).toHaveAttribute("autocomplete", /^(username|email)$/);
  await expect(signUpPage.password()).toHaveAttribute("autocomplete", "new-password");
  await expect(signUpPage.displayName()).toHaveAttribute("autocomplete", "nickname");

  await verifyPage.open(email);
  await expect(verifyPage.email()).toHaveAttribute("autocomplete", "username");
  await expect(verifyPage.codeField()).toHaveAttribute("autocomplete", "one-time-code");

  await forgotPasswordPage.open();
  await expect(forgotPasswordPage.email()).toHaveAttribute("autocomplete", "username");

  await resetPasswordPage.open(email);
  await expect(resetPasswordPage.email()).toHaveAttribute("autocomplete", "username");
  await expect(resetPasswordPage.codeField()).toHaveAttribute("autocomplete", "one-time-code");
  await expect(resetPasswordPage.newPassword()).toHaveAttribute("autocomplete", "new-password");
});

test("each settings field names its purpose", async ({ signedInPage, account, profilePage, settingsPage }) => {
  await profilePage.open();
  await expect(profilePage.displayName()).toHaveAttribute("autocomplete", "nickname");

  await settingsPage.open();
  await settingsPage.changePasswordButton().click();
  await expect(settingsPage.currentPassword()).toHaveAttribute("autocomplete", "current-password");
  await expect(settingsPage.newPassword()).toHaveAttribute("autocomplete", "new-password");
  await settingsPage.changeEmailButton().click();
  await expect(settingsPage.newEmail()).toHaveAttribute("autocomplete", "email");
  await expect(settingsPage.currentPassword()).toHaveAttribute("autocomplete", "current-password");
  await settingsPage.startTwoStepSetup(account.password);
  await expect(settingsPage.appCode()).toHaveAttribute("autocomplete", "one-time-code");
});

/** What a screen reader announces as it changes. */
const LIVE_REGION = '[aria-live]:not([aria-live="off"]), [role="status"], [role="alert"], [role="log"]';

/**
 * Expects `field` marked invalid and described by `message` (what a screen reader reads on
 * reaching it), the message inside a live region (read out the moment it appears).
 */
async function expectErrorOn(field: Locator, message: RegExp) {
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(message);
  const descriptions = await field.evaluate(
    (element, live) =>
      (element.getAttribute("aria-describedby") ?? "")
        .split(/\s+/)
        .map((id) => document.getElementById(id))
        .filter((description) => description !== null)
        .map((description) => ({
          text: description.textContent?.trim() ?? "",
          announced: description.closest(live) !== null,
        })),
    LIVE_REGION,
  );
  expect(descriptions).toContainEqual({ text: expect.stringMatching(message), announced: true });
}

test("a refused value is said beside its field, tied to it and announced", async ({
  signUpPage,
  verifyPage,
  forgotPasswordPage,
  resetPasswordPage,
}) => {
  await signUpPage.open();
  await signUpPage.email().fill("not-an-email");
  await signUpPage.password().fill("short");
  await signUpPage.submit();
  await expectErrorOn(signUpPage.email(), /email address/);
  await signUpPage.email().fill(uniqueEmail("errors"));
  await signUpPage.submit();
  await expectErrorOn(signUpPage.password(), /at least 8 characters/);

  await verifyPage.open(uniqueEmail("errors"));
  await verifyPage.verify("000000");
  await expectErrorOn(verifyPage.codeField(), /That code is not right/);

  await forgotPasswordPage.open();
  await forgotPasswordPage.email().fill("not-an-email");
  await forgotPasswordPage.submitButton().click();
  await expectErrorOn(forgotPasswordPage.email(), /email address/);

  await resetPasswordPage.open(uniqueEmail("errors"));
  await resetPasswordPage.submitButton().click();
  await expectErrorOn(resetPasswordPage.codeField(), /Enter the code/);
});

// Needs the front end rebuilt with `app/src/routes/login/mod.rs` putting a wrong password beside
// its field: the build before said it above the form, tied to no field.
test("a wrong password is said beside the password, tied to it and announced", async ({ loginPage }) => {
  await loginPage.signIn(uniqueEmail("errors"), "not the password");
  await expectErrorOn(loginPage.password(), /Incorrect email or password/);
  await expect(loginPage.email()).not.toHaveAttribute("aria-invalid", "true");
});

test("a wrong current password in settings is said beside it, tied to it and announced", async ({
  signedInPage,
  settingsPage,
}) => {
  await settingsPage.open();
  await settingsPage.changePassword("not my password at all", "a brand new password");
  await expectErrorOn(settingsPage.currentPassword(), /isn't your current password/);
});

/**
 * Runs `action` and expects `message` to appear inside a live region that was on the page before
 * it, empty and exposed to assistive technology: screen readers announce a change of text inside
 * a region they already know, and most say nothing of a region that arrives with its text, or is
 * unhidden with it.
 */
async function expectAnnouncedInPlace(page: Page, message: string | RegExp, action: () => Promise<void>) {
  const regions = await page.evaluateHandle(
    (live) =>
      new Map(
        [...document.querySelectorAll(live)].map((region) => [
          region,
          {
            text: region.textContent?.trim() ?? "",
            exposed: region.checkVisibility({ visibilityProperty: true }) && !region.closest('[aria-hidden="true"]'),
          },
        ]),
      ),
    LIVE_REGION,
  );
  await action();
  const said = page.getByText(message);
  await expect(said).toBeVisible();
  const before = await said.evaluate((element, { regions, live }) => {
    const region = element.closest(live);
    if (!region) return "in no live region";
    return regions.get(region) ?? "in a live region that came with it";
  }, { regions, live: LIVE_REGION });
  expect(before).toEqual({ text: "", exposed: true });
}

test("a new code sent is announced where the page said nothing before", async ({ page, verifyPage }) => {
  const email = uniqueEmail("status");
  await verifyPage.open(email);
  await expectAnnouncedInPlace(page, `We sent a new code to ${email}.`, () => verifyPage.resendButton().click());
});

test("a saved profile is announced where the page said nothing before", async ({ signedInPage, profilePage }) => {
  await profilePage.open();
  await profilePage.displayName().fill("Renamed Person");
  await expectAnnouncedInPlace(signedInPage, "Saved.", () => profilePage.save());
});

// Needs the front end rebuilt with `app/src/routes/settings/mod.rs` keeping its status line on
// the page: the build before inserted it, with its text, once a change was done.
test("a changed password is announced where settings said nothing before", async ({
  signedInPage,
  account,
  settingsPage,
}) => {
  await settingsPage.open();
  await expectAnnouncedInPlace(signedInPage, /^Your password is changed\./, () =>
    settingsPage.changePassword(account.password, "a brand new password"),
  );
});
