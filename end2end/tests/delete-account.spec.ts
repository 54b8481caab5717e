import { expect, test } from "../fixtures";

test("a deleted account is gone, and its email can sign up again", async ({
  signedInPage: page,
  account,
  settingsPage,
  header,
  loginPage,
  signUpPage,
  mailbox,
  verifyPage,
  profilePage,
}) => {
  await settingsPage.open();

  await settingsPage.deleteAccount(account.password, "maybe");
  await expect(settingsPage.alert()).toContainText("Type DELETE");
  await settingsPage.deleteConfirmation().fill("DELETE");
  await settingsPage.deleteAccountButton().click();
  await expect(page).toHaveURL("/?notice=deleted");
  await expect(page.getByText("account and profile are deleted")).toBeVisible();
  await header.expectSignedOut();

  await loginPage.signIn(account.email, account.password);
  await expect(loginPage.alert()).toContainText("Incorrect email or password");

  await signUpPage.signUp(account.email, account.password, "Back Again");
  const code = await mailbox.latestCode(account.email);
  await page.goBack();
  await verifyPage.waitForHydration();
  await verifyPage.email().fill(account.email);
  await verifyPage.verify(code);
  await expect(page).toHaveURL(/\/login\?/);
  await loginPage.waitForHydration();
  await loginPage.signIn(account.email, account.password, { open: false });
  await header.expectSignedInAs("Back Again");
  await page.goto("/profile");
  await expect(profilePage.displayName()).toHaveValue("Back Again");
});
