import { expect, test } from "@playwright/test";
import { Header, LoginPage, MailboxPage, PASSWORD, SignUpPage, VerifyPage, createAccount } from "../pages/accounts";
import { ProfilePage, SettingsPage } from "../pages/profile";

test("a deleted account is gone, and its email can sign up again", async ({ page }) => {
  const email = await createAccount(page, "delete", "Leaving");
  const settings = new SettingsPage(page);
  await settings.open();

  await settings.deleteAccount(PASSWORD, "maybe");
  await expect(page.getByRole("alert")).toContainText("Type DELETE");
  await page.getByLabel("Type DELETE to confirm").fill("DELETE");
  await page.getByRole("button", { name: "Delete account" }).click();
  await expect(page).toHaveURL("/?notice=deleted");
  await expect(page.getByText("account and profile are deleted")).toBeVisible();
  await new Header(page).expectSignedOut();

  const login = new LoginPage(page);
  await login.signIn(email, PASSWORD);
  await expect(page.getByRole("alert")).toContainText("Incorrect email or password");

  await new SignUpPage(page).signUp(email, PASSWORD, "Back Again");
  const code = await new MailboxPage(page).latestCode(email);
  await page.goBack();
  const verify = new VerifyPage(page);
  await verify.waitForHydration();
  await page.getByLabel("Email").fill(email);
  await verify.verify(code);
  await expect(page).toHaveURL(/\/login\?/);
  await login.waitForHydration();
  await login.signIn(email, PASSWORD, { open: false });
  await new Header(page).expectSignedInAs("Back Again");
  await page.goto("/profile");
  await expect(new ProfilePage(page).displayName()).toHaveValue("Back Again");
});
