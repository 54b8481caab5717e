import { expect, test, uniqueEmail } from "../fixtures";
import { totp } from "../totp";

test("changing the email takes the password and the code the mailbox shows", async ({
  signedInPage: page,
  account,
  settingsPage,
  loginPage,
  header,
}) => {
  const newEmail = uniqueEmail("newmail");
  await settingsPage.open();
  await expect(page.getByText(`You sign in with ${account.email}`)).toBeVisible();

  await settingsPage.changeEmail(newEmail, account.password);
  await expect(page.getByText(`We sent a code to ${newEmail}`)).toBeVisible();
  // Another code can be asked for, then not again until a visible cooldown has run out.
  await settingsPage.resendCodeButton().click();
  await expect(page.getByText("A new code is on its way.")).toBeVisible();
  await expect(settingsPage.resendCodeCooldownButton()).toBeDisabled();
  await settingsPage.verifyEmailChange(newEmail);
  await expect(settingsPage.notice()).toContainText("new email is verified");
  await expect(page.getByText(`You sign in with ${newEmail}`)).toBeVisible();

  await page.reload();
  await settingsPage.waitForHydration();
  await expect(page.getByText(`You sign in with ${newEmail}`)).toBeVisible();
  await expect(header.accountLink(newEmail)).toBeVisible();

  // From then on only the new address signs in, as with Amazon Cognito.
  await header.signOut();
  await loginPage.signIn(account.email, account.password);
  await expect(loginPage.alert()).toContainText("Incorrect email or password");
  await loginPage.signIn(newEmail, account.password);
  await header.expectSignedInAs(account.displayName);
});

test("with two-step sign-in on, changing the email asks for the authenticator's code too", async ({
  signedInPage: page,
  account,
  settingsPage,
}) => {
  const newEmail = uniqueEmail("newmail-two-step");
  await settingsPage.open();
  const { key } = await settingsPage.turnOnTwoStep(account.password);

  // Cognito takes the password and the code as the proof: the form asks for the code once told.
  await settingsPage.changeEmail(newEmail, account.password);
  await expect(settingsPage.proofCode()).toBeVisible();
  await expect(page.getByText("Enter the code your authenticator app shows.")).toBeVisible();
  await settingsPage.proofCode().fill(totp(key));
  await settingsPage.changeEmailButton().click();
  await expect(page.getByText(`We sent a code to ${newEmail}`)).toBeVisible();
  await settingsPage.verifyEmailChange(newEmail);
  await expect(page.getByText(`You sign in with ${newEmail}`)).toBeVisible();
});
