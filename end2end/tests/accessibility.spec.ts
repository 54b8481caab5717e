import { expectAccessible } from "../accessibility";
import { PASSWORD, expect, mailboxCode, test, uniqueEmail } from "../fixtures";
import { LoginPage } from "../pages/login";
import { SettingsPage } from "../pages/settings";
import { passkeyBaseURL, VirtualAuthenticator } from "../pages/virtual-authenticator";
import { totp, wrongCode } from "../totp";

// Every state of every flow, each checked against WCAG 2.2 AA in the light and the dark scheme
// (`expectAccessible`): the first page, each error, each code step, the second step, each
// settings section open. The desktop project walks in English, the phone project in Arabic,
// right to left: every state is seen at both sizes and in both directions, without walking
// everything four times.
test.use({ language: async ({}, use, testInfo) => use(testInfo.project.name === "phone" ? "ar" : "en") });

test("signing up and confirming the email", async ({ page, signUpPage, verifyPage, header }) => {
  await signUpPage.open();
  await expectAccessible(page, "sign-up form");

  await signUpPage.email().fill("not an address");
  await signUpPage.password().fill("short");
  await signUpPage.submit();
  await expect(signUpPage.email()).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, "sign-up form with errors, the strength hint shown");

  const email = uniqueEmail("a11y-signup");
  await signUpPage.email().fill(email);
  await signUpPage.password().fill(PASSWORD);
  await signUpPage.displayName().fill("Ada");
  await signUpPage.submit();
  await expect(verifyPage.codeField()).toBeFocused();
  await expectAccessible(page, "sign-up's code step");

  await verifyPage.verify("WRONG-CODE");
  await expect(verifyPage.codeField()).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, "code step with a wrong code");

  await verifyPage.resendButton().click();
  await expect(verifyPage.resendButton()).toBeDisabled();
  await expectAccessible(page, "code step after a new code was sent, counting down");

  await verifyPage.verify(await mailboxCode(page, email, "SignUp", "Resend"));
  await header.expectSignedInAs("Ada");
  await expectAccessible(page, "home, just signed up");
});

test("the pages a visitor reaches without an account", async ({ page, app, verifyPage, mailbox }) => {
  await app.open("/");
  await expectAccessible(page, "home, signed out");
  await app.open("/a-page-that-does-not-exist");
  await expectAccessible(page, "page not found");
  await verifyPage.open("someone@example.com");
  await expectAccessible(page, "verify page from an email's link");
  await mailbox.open();
  await expect(page.getByRole("table")).toBeVisible();
  await expectAccessible(page, "dev mailbox with messages");
});

test("signing in with a password, its errors, and the passkey offered after it", async ({ page, account, language }) => {
  // Passkeys need a domain name: the whole sign-in is at localhost, told the language anew.
  const login = new LoginPage(page, language);
  await VirtualAuthenticator.attach(page);
  await page.goto(`${passkeyBaseURL()}/login?lang=${language}`);
  await login.waitForHydration();
  await expectAccessible(page, "sign-in form");

  await login.email().fill(account.email);
  await login.password().fill("not the password");
  await login.submitButton().click();
  await expect(login.alert()).toBeVisible();
  await expectAccessible(page, "sign-in refused");

  await login.password().fill(account.password);
  await login.submitButton().click();
  await expect(login.passkeyOffer()).toBeVisible();
  await expectAccessible(page, "passkey offered after the password");
  await login.notNowButton().click();
  await login.header.expectSignedInAs(account.displayName);
});

test("signing in with an emailed code", async ({ page, account, loginPage, header }) => {
  await loginPage.continueWith(account.email, { open: false });
  await expectAccessible(page, "the ways to sign in");

  await loginPage.emailMeACode();
  await expectAccessible(page, "emailed code step");

  await loginPage.signInWithCode("123456");
  await expect(loginPage.code()).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, "emailed code refused");

  await loginPage.signInWithCode(await mailboxCode(page, account.email, "SignInCode"));
  await header.expectSignedInAs(account.displayName);
});

test("turning on two-step sign-in, and the second step it adds", async ({
  signedInPage: page,
  account,
  settingsPage,
  loginPage,
  header,
}) => {
  // Two sign-ins and a setup, each with Argon2 hashing on the server.
  test.slow();
  await settingsPage.open();
  await settingsPage.setUpTwoStepButton().click();
  await expectAccessible(page, "two-step setup asks for the password");
  await settingsPage.currentPassword().fill("not my password");
  await settingsPage.continueButton().click();
  await expect(settingsPage.alert()).toBeVisible();
  await expectAccessible(page, "two-step setup, wrong password");

  await settingsPage.currentPassword().fill(account.password);
  await settingsPage.continueButton().click();
  await expect(settingsPage.qrCode()).toBeVisible();
  await expectAccessible(page, "two-step setup, the QR code and key");
  const key = (await settingsPage.setupKey().innerText()).trim();
  await settingsPage.appCode().fill(wrongCode(key));
  await settingsPage.twoStepVerifyButton().click();
  await expect(settingsPage.alert()).toBeVisible();
  await expectAccessible(page, "two-step setup, wrong code");

  const recoveryCodes = await settingsPage.finishTwoStepSetup(totp(key));
  await expectAccessible(page, "recovery codes shown");
  await settingsPage.doneButton().click();
  await expect(settingsPage.turnOffButton()).toBeVisible();
  await expectAccessible(page, "two-step sign-in on");
  await settingsPage.turnOffButton().click();
  await expectAccessible(page, "turning two-step sign-in off asks for a code");

  await header.signOut();
  await loginPage.signIn(account.email, account.password);
  await expect(loginPage.secondStep()).toBeVisible();
  await expectAccessible(page, "second step");
  await loginPage.enterCode(wrongCode(key));
  await expect(loginPage.code()).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, "second step, wrong code");
  await loginPage.useRecoveryCodeButton().click();
  await expect(loginPage.recoveryCode()).toBeVisible();
  await expectAccessible(page, "second step, a recovery code instead");
  await loginPage.recoveryCode().fill(recoveryCodes[0]);
  await loginPage.verifyButton().click();
  await header.expectSignedInAs(account.displayName);
  await expectAccessible(page, "signed in with a recovery code, two-step sign-in lifted");
});

test("resetting a forgotten password", async ({ page, account, forgotPasswordPage, resetPasswordPage, loginPage }) => {
  await forgotPasswordPage.open();
  await expectAccessible(page, "forgot-password form");
  await forgotPasswordPage.email().fill("not an address");
  await forgotPasswordPage.submitButton().click();
  await expect(forgotPasswordPage.email()).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, "forgot-password form, invalid email");

  await forgotPasswordPage.requestCode(account.email);
  await resetPasswordPage.waitForHydration();
  await expectAccessible(page, "reset-password form");
  await resetPasswordPage.reset("WRONG-CODE", "short");
  await expect(resetPasswordPage.newPassword()).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, "reset-password form with errors");

  await resetPasswordPage.reset(await mailboxCode(page, account.email, "PasswordReset"), `${PASSWORD} again`);
  await expect(page).toHaveURL(/\/login/);
  await loginPage.waitForHydration();
  await expect(loginPage.status()).toBeVisible();
  await expectAccessible(page, "sign-in form after a reset, with its notice");
});

test("the profile, its errors and a save", async ({ signedInPage: page, profilePage, language }) => {
  await profilePage.open();
  await expectAccessible(page, "profile");
  await profilePage.displayName().fill("");
  await profilePage.save();
  await expect(profilePage.displayName()).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, "profile with an error");
  await profilePage.displayName().fill("Grace");
  await profilePage.save();
  await profilePage.expectSaved();
  await expectAccessible(page, "profile saved");
  // The profile made at the first sign-in took the page's language, not the browser's (English
  // here): a save keeps the pages in the language the person reads them in.
  await profilePage.open();
  await expect(page.locator("html")).toHaveAttribute("lang", language);
});

test("each settings section open, with its errors", async ({ signedInPage: page, settingsPage }) => {
  test.slow();
  await settingsPage.open();
  await expectAccessible(page, "settings");

  await settingsPage.changePasswordButton().click();
  await settingsPage.currentPassword().fill("not my password");
  await settingsPage.newPassword().fill("short");
  await settingsPage.changePasswordButton().click();
  await expect(settingsPage.newPassword()).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, "password change with errors");
  await reload(settingsPage);

  await settingsPage.changeEmailButton().click();
  await settingsPage.newEmail().fill("not an address");
  await settingsPage.changeEmailButton().click();
  await expect(settingsPage.newEmail()).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page, "email change with errors");
  await reload(settingsPage);

  await settingsPage.deleteAccountButton().click();
  await settingsPage.deleteConfirmation().fill("no");
  await settingsPage.deleteAccountButton().click();
  await expect(settingsPage.alert().first()).toBeVisible();
  await expectAccessible(page, "deleting the account, refused");
});

// Passkeys need a domain name (at 127.0.0.1 the section explains why it offers none): this
// settings page is at localhost.
test("settings with a passkey, another device and recent activity", async ({
  page,
  account,
  language,
  otherDevices,
}) => {
  test.slow();
  await otherDevices.signIn(account);
  const settings = new SettingsPage(page, language);
  const login = new LoginPage(page, language);
  await VirtualAuthenticator.attach(page);
  await page.goto(`${passkeyBaseURL()}/login?next=%2Fsettings&lang=${language}`);
  await login.waitForHydration();
  await login.signIn(account.email, account.password, { open: false });
  await login.addPasskeyButton().click();
  await expect(page).toHaveURL(/\/settings/);
  await settings.passkeysLoaded();
  await expect(settings.passkeyItems()).toHaveCount(1);
  await expectAccessible(page, "settings with a passkey, two devices and their activity");
  await settings.startRemovingPasskey();
  await expect(settings.passkeyCurrentPassword()).toBeVisible();
  await expectAccessible(page, "removing a passkey asks for proof");
  await settings.page.reload();
  await settings.passkeysLoaded();
  await settings.addPasskeyButton().click();
  await expect(settings.passkeyCurrentPassword()).toBeVisible();
  await expectAccessible(page, "adding a passkey asks for proof");
});

/** Reloads the settings page: each form opened fresh, as a person coming back finds it. */
async function reload(settings: SettingsPage) {
  await settings.page.reload();
  await settings.waitForHydration();
  await settings.passkeysLoaded();
}

