import { expect, test } from "@playwright/test";
import { Header, LoginPage, MailboxPage, PASSWORD, createAccount, uniqueEmail } from "../pages/accounts";
import { AppPage } from "../pages/app-page";

const NEW_PASSWORD = "a brand new passphrase";

async function requestReset(page: AppPage["page"], email: string) {
  const forgot = new AppPage(page);
  await forgot.open("/forgot-password");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Send reset code" }).click();
  await expect(page).toHaveURL(/\/reset-password\?email=/);
}

test("a forgotten password is reset with the emailed code; only the new one works", async ({ page }) => {
  const email = await createAccount(page, "reset");
  await new Header(page).signOut();

  await requestReset(page, email);
  const code = await new MailboxPage(page).latestCode(email, /Password reset/);
  await page.goBack();
  const reset = new AppPage(page);
  await reset.waitForHydration();
  await page.getByLabel("Verification code").fill(code);
  await page.getByLabel("New password", { exact: true }).fill(NEW_PASSWORD);
  await page.getByRole("button", { name: "Reset password" }).click();
  await expect(page).toHaveURL(/\/login\?email=.*notice=reset/);

  const login = new LoginPage(page);
  await login.signIn(email, PASSWORD);
  await expect(page.getByRole("alert")).toHaveText("Incorrect email or password.");
  await login.signIn(email, NEW_PASSWORD);
  await new Header(page).expectSignedInAs("Test Person");
});

test("asking for a reset code for an unknown email looks the same", async ({ page }) => {
  await requestReset(page, uniqueEmail("ghost"));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Set a new password");
});
