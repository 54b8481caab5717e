import { expect, test } from "../fixtures";
import { LoginPage } from "../pages/login";

const NEW_PASSWORD = "a whole new passphrase";

test("changing the password keeps this session, and only the new password signs in", async ({
  signedInPage: page,
  account,
  settingsPage,
  header,
  otherDevices,
}) => {
  await settingsPage.open();

  await settingsPage.changePassword("not my password", NEW_PASSWORD);
  await expect(settingsPage.alert()).toContainText("isn't your current password");

  await settingsPage.currentPassword().fill(account.password);
  await settingsPage.changePasswordButton().click();
  await expect(settingsPage.notice()).toContainText("password is changed");
  await page.reload();
  await header.expectSignedInAs(account.displayName);

  const login = new LoginPage(await otherDevices.open());
  await login.signIn(account.email, account.password);
  await expect(login.alert()).toContainText("Incorrect email or password");
  await login.signIn(account.email, NEW_PASSWORD);
  await login.header.expectSignedInAs(account.displayName);
});
