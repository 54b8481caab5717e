import { expect, test, uniqueEmail } from "../fixtures";
import { MAIL } from "../pages/mailbox";

const NEW_PASSWORD = "a brand new passphrase";

test("a forgotten password is reset with the emailed code; only the new one works", async ({
  signedInPage: page,
  account,
  header,
  forgotPasswordPage,
  mailbox,
  resetPasswordPage,
  loginPage,
}) => {
  await header.signOut();

  await forgotPasswordPage.requestCode(account.email);
  const code = await mailbox.latestCode(account.email, MAIL.passwordReset);
  await page.goBack();
  await resetPasswordPage.waitForHydration();
  await resetPasswordPage.reset(code, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/login\?email=.*notice=reset/);

  await loginPage.signIn(account.email, account.password);
  await expect(loginPage.alert()).toHaveText("Incorrect email or password.");
  await loginPage.signIn(account.email, NEW_PASSWORD);
  await header.expectSignedInAs(account.displayName);
});

test("asking for a reset code for an unknown email looks the same", async ({ forgotPasswordPage, resetPasswordPage }) => {
  await forgotPasswordPage.requestCode(uniqueEmail("ghost"));
  await expect(resetPasswordPage.heading()).toHaveText("Set a new password");
});
