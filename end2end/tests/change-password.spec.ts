import { expect, test } from "@playwright/test";
import { Header, LoginPage, PASSWORD, createAccount } from "../pages/accounts";
import { SettingsPage } from "../pages/profile";

const NEW_PASSWORD = "a whole new passphrase";

test("changing the password keeps this session, and only the new password signs in", async ({ page, browser }) => {
  const email = await createAccount(page, "newpass", "Newpass");
  const settings = new SettingsPage(page);
  await settings.open();

  await settings.changePassword("not my password", NEW_PASSWORD);
  await expect(page.getByRole("alert")).toContainText("isn't your current password");

  await page.getByLabel("Current password").fill(PASSWORD);
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(settings.notice()).toContainText("password is changed");
  await page.reload();
  await new Header(page).expectSignedInAs("Newpass");

  const other = await browser.newContext();
  const login = new LoginPage(await other.newPage());
  await login.signIn(email, PASSWORD);
  await expect(login.page.getByRole("alert")).toContainText("Incorrect email or password");
  await login.signIn(email, NEW_PASSWORD);
  await new Header(login.page).expectSignedInAs("Newpass");
  await other.close();
});
