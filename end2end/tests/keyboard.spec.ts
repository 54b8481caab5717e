import { PASSWORD, expect, mailboxCode, test, uniqueEmail, type Page } from "../fixtures";
import { expectFocusOn, names, shiftTab, tab, tabAround, tabTo } from "../keyboard";
import { totp, wrongCode } from "../totp";

// Every journey here is driven as a person without a mouse drives it: Tab, Shift+Tab, Enter and
// Space, typing into the field that has the focus. The helpers in keyboard.ts check each stop of
// the focus: on an element, its ring seen, not hidden under anything.

/** Enter on what has the focus, when that loads another page; answers once it has. */
async function enterLoadingPage(page: Page) {
  const loaded = page.waitForEvent("load");
  await page.keyboard.press("Enter");
  await loaded;
  await expect(page.locator("body")).toHaveAttribute("data-hydrated", "true");
}

/** The footer's "Change" (the language), the last control of every page. */
function lastControl(page: Page) {
  return page.getByRole("contentinfo").getByRole("button", { name: "Change" });
}

test("signing up, the code step and signing out take the keyboard alone", async ({
  page,
  signUpPage,
  verifyPage,
  header,
}) => {
  const email = uniqueEmail("keys");
  await signUpPage.open();
  await expectFocusOn(signUpPage.email(), "opening /signup");
  await page.keyboard.type(email);
  await tab(page, signUpPage.password());
  await page.keyboard.type(PASSWORD);

  // The Show toggle works with Space and keeps the focus, so the person carries on from it.
  await tab(page, page.getByRole("button", { name: "Show" }));
  await page.keyboard.press("Space");
  await expect(signUpPage.password()).toHaveAttribute("type", "text");
  await expectFocusOn(page.getByRole("button", { name: "Hide" }), "Space on Show");

  await tab(page, signUpPage.displayName());
  await page.keyboard.type("Keys");
  await tab(page, signUpPage.submitButton());
  await page.keyboard.press("Enter");

  // The code step replaces the form in place: the focus goes to its field.
  await expect(signUpPage.heading()).toHaveText("Verify your email");
  await expectFocusOn(verifyPage.codeField(), "Create account");
  await page.keyboard.type(await mailboxCode(page, email, "SignUp"));
  await page.keyboard.press("Enter");
  await header.expectSignedInAs("Keys");

  await tabTo(header.signOutButton());
  await enterLoadingPage(page);
  await header.expectSignedOut();
});

test("/verify takes the code, then the password signs in, by keyboard", async ({
  page,
  signUpPage,
  verifyPage,
  loginPage,
  header,
}) => {
  // The account is made with the page object; from the verify page on, the keyboard alone.
  const email = uniqueEmail("keys-verify");
  await signUpPage.signUp(email, PASSWORD, "Verifier");
  await verifyPage.open(email);
  // With the address given, the code is what the page asks for.
  await expectFocusOn(verifyPage.codeField(), "opening /verify?email=…");
  await page.keyboard.type(await mailboxCode(page, email, "SignUp"));
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(/\/login\?.*notice=verified/);
  await loginPage.waitForHydration();
  await expectFocusOn(loginPage.email(), "a verified code");
  await expect(loginPage.email()).toHaveValue(email);
  await tab(page, loginPage.password());
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press("Enter");
  await header.expectSignedInAs("Verifier");
});

test("an emailed code signs in by keyboard, the focus following each step", async ({ page, account, loginPage, header }) => {
  await expectFocusOn(loginPage.email(), "opening /login");
  await page.keyboard.type(account.email);
  // Enter with no password is "Continue": the ways to sign in, the one to use first focused.
  await page.keyboard.press("Enter");
  await expect(loginPage.signingInAs()).toContainText(account.email);
  await expectFocusOn(loginPage.emailCodeButton(), "Continue");

  await page.keyboard.press("Space");
  await expectFocusOn(loginPage.code(), "Space on Email me a code");
  await page.keyboard.type(await mailboxCode(page, account.email, "SignInCode"));
  await page.keyboard.press("Enter");
  await header.expectSignedInAs(account.displayName);
});

test("the second step takes the authenticator code by keyboard, and a wrong one puts the focus back on it", async ({
  signedInPage: page,
  account,
  settingsPage,
  loginPage,
  header,
}) => {
  // Two-step setup and two sign-ins, each hashing on the server.
  test.slow();
  await settingsPage.open();
  const { key } = await settingsPage.turnOnTwoStep(account.password);
  await header.signOut();
  await loginPage.open();

  await expectFocusOn(loginPage.email(), "opening /login");
  await page.keyboard.type(account.email);
  await tab(page, loginPage.password());
  await page.keyboard.type(account.password);
  await page.keyboard.press("Enter");
  await expect(loginPage.secondStep()).toBeVisible();
  await expectFocusOn(loginPage.code(), "the password");

  // Each kind of code swaps the field; the focus goes with it.
  await tabTo(loginPage.useRecoveryCodeButton());
  await page.keyboard.press("Space");
  await expectFocusOn(loginPage.recoveryCode(), "Space on Use a recovery code");
  await tabTo(page.getByRole("button", { name: "Use the authenticator app" }));
  await page.keyboard.press("Enter");
  await expectFocusOn(loginPage.code(), "Enter on Use the authenticator app");

  await page.keyboard.type(wrongCode(key));
  await tab(page, loginPage.verifyButton());
  await page.keyboard.press("Enter");
  await expect(loginPage.code()).toHaveAttribute("aria-invalid", "true");
  await expectFocusOn(loginPage.code(), "Verify with a wrong code");

  // Coming back to the field with Shift+Tab selects the wrong code: the right one replaces it.
  await tab(page, loginPage.verifyButton());
  await shiftTab(page, loginPage.code());
  await page.keyboard.type(totp(key));
  await page.keyboard.press("Enter");
  await header.expectSignedInAs(account.displayName);
});

test("the profile is reached, edited and saved by keyboard, the focus kept on Save", async ({
  signedInPage: page,
  homePage,
  profilePage,
  header,
}) => {
  // The skip link passes the header: the next Tab is the page's own first control.
  await tab(page, page.getByRole("link", { name: "Skip to content" }));
  await page.keyboard.press("Enter");
  await tab(page, homePage.profileLink());
  await enterLoadingPage(page);
  await expect(profilePage.displayName()).toBeVisible();

  // Tabbing into a filled field selects its text: typing replaces the name.
  await tabTo(profilePage.displayName());
  await page.keyboard.type("Ada Lovelace");
  await tab(page, profilePage.bio());
  await page.keyboard.type("Wrote the first program.");
  await tabTo(profilePage.saveButton());
  await page.keyboard.press("Enter");
  await profilePage.expectSaved();
  await header.expectSignedInAs("Ada Lovelace");
  // The button is disabled while the save runs; the person must not be left without a focus.
  await expectFocusOn(profilePage.saveButton(), "Save");
});

test("the password is changed in settings by keyboard, the focus moving into the form and back", async ({
  signedInPage: page,
  account,
  settingsPage,
}) => {
  await settingsPage.open();
  await tabTo(settingsPage.changePasswordButton());
  await page.keyboard.press("Enter");
  // The button that opened the form is gone: the focus belongs on the form's first field. Soft,
  // and the person Tabs there if it was lost, so the rest of the journey is checked too.
  await expect
    .soft(settingsPage.currentPassword(), "after Enter on Change password")
    .toBeFocused({ timeout: 2_000 });
  await tabTo(settingsPage.currentPassword(), { max: 2 });
  await page.keyboard.type(account.password);
  await tabTo(settingsPage.newPassword());
  await page.keyboard.type("a brand new keyboard passphrase");
  await tabTo(settingsPage.changePasswordButton());
  await page.keyboard.press("Enter");
  await expect(settingsPage.notice()).toContainText("Your password is changed");

  // The form closed under the focus: it goes back to the button that opens it again.
  await expectFocusOn(settingsPage.changePasswordButton(), "the password changed");
});

test.describe("a failed submission puts the focus on what to fix", () => {
  test("a wrong password: the password, where it is said", async ({ page, account, loginPage }) => {
    // "Sign in" is disabled while the request runs, and would lose the focus for good.
    await page.keyboard.type(account.email);
    await tab(page, loginPage.password());
    await page.keyboard.type("not the password");
    await tabTo(loginPage.submitButton());
    await page.keyboard.press("Enter");
    await expect(loginPage.password()).toHaveAttribute("aria-invalid", "true");
    await expect(loginPage.password()).toHaveAccessibleDescription(/Incorrect email or password/);
    await expectFocusOn(loginPage.password(), "Sign in with a wrong password");
  });

  test("an invalid email at sign-up: the email", async ({ page, signUpPage }) => {
    await signUpPage.open();
    await page.keyboard.type("not-an-email");
    await tab(page, signUpPage.password());
    await page.keyboard.type(PASSWORD);
    await tabTo(signUpPage.displayName());
    await page.keyboard.type("Typo");
    await tab(page, signUpPage.submitButton());
    await page.keyboard.press("Enter");
    await expect(signUpPage.email()).toHaveAttribute("aria-invalid", "true");
    await expectFocusOn(signUpPage.email(), "Create account with an invalid email");
  });

  test("an invalid email at sign-in's Continue: the email", async ({ page, loginPage }) => {
    // Checked in the browser before the ways to sign in are shown, not as a submission.
    await loginPage.open();
    await page.keyboard.type("not-an-email");
    await tabTo(loginPage.continueButton());
    await page.keyboard.press("Enter");
    await expect(loginPage.email()).toHaveAttribute("aria-invalid", "true");
    await expectFocusOn(loginPage.email(), "Continue with an invalid email");
  });
});

/**
 * Tabs through the whole page: from wherever it put the focus down to the footer's last control,
 * then once round from the top back to it (out of the page or wrapping, never round a smaller
 * cycle), every stop checked; Shift+Tab retraces the round, and the dark scheme has the same.
 */
async function expectNoTrap(page: Page, path: string) {
  const last = lastControl(page);
  await tabTo(last, { max: 80 });
  const round = await tabAround(last);
  expect(round[0]?.name, `${path}: the round starts at the top: ${names(round)}`).toBe('a "Skip to content"');

  const back = await tabTo(page.getByRole("link", { name: "Skip to content" }), { backwards: true, max: 80 });
  expect(names(back), `${path}: Shift+Tab retraces Tab`).toBe(names(round.slice(0, -1).reverse()));

  // The ring's colour is the scheme's own: seen on the dark backgrounds too.
  await page.emulateMedia({ colorScheme: "dark" });
  await tabTo(last, { max: 80 });
  await page.emulateMedia({ colorScheme: null });
}

for (const path of ["/", "/signup", "/login", "/verify", "/forgot-password", "/reset-password"]) {
  test(`${path} traps no focus, signed out`, async ({ page, app }) => {
    await app.open(path);
    await expectNoTrap(page, path);
  });
}

test("/, /profile and /settings trap no focus, signed in", async ({ signedInPage: page, profilePage, settingsPage }) => {
  await expectNoTrap(page, "/");
  await profilePage.open();
  await expectNoTrap(page, "/profile");
  await settingsPage.open();
  await expectNoTrap(page, "/settings");
});
