import { expect, test } from "@playwright/test";
import { Header, MailboxPage, PASSWORD, SignUpPage, VerifyPage, uniqueEmail } from "../pages/accounts";

test("a new person signs up, confirms the emailed code and is signed in", async ({ page, context }) => {
  const email = uniqueEmail("signup");
  const signUp = new SignUpPage(page);
  await signUp.signUp(email, PASSWORD, "Ada Lovelace");
  await expect(page).toHaveURL(/\/verify\?email=/);

  // The code arrives by "email": read it in another tab, keeping this one as it is.
  const code = await new MailboxPage(await context.newPage()).latestCode(email);
  await new VerifyPage(page).verify(code);

  await expect(page).toHaveURL("/");
  await new Header(page).expectSignedInAs("Ada Lovelace");
  expect(signUp.consoleErrors).toEqual([]);
});

test("sign-up explains each field's problem next to the field", async ({ page }) => {
  const signUp = new SignUpPage(page);
  await signUp.open("/signup");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByLabel("Email")).toHaveAccessibleDescription(/email address/);
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Email").fill(uniqueEmail("fields"));
  await page.getByRole("button", { name: "Create account" }).click();
  const password = page.getByLabel("Password", { exact: true });
  await expect(password).toHaveAccessibleDescription(/at least 8 characters/);
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Email")).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText(/Strength: Too short/)).toBeVisible();
});

test("signing up again with a registered email looks exactly like a new sign-up", async ({ page }) => {
  const email = uniqueEmail("twice");
  await new SignUpPage(page).signUp(email, PASSWORD, "First");
  await new SignUpPage(page).signUp(email, "another password", "Second");
  await expect(page).toHaveURL(/\/verify\?email=/);
});

test("a wrong code is refused with a way forward, and a new code can be sent after a cooldown", async ({ page }) => {
  const email = uniqueEmail("code");
  await new SignUpPage(page).signUp(email, PASSWORD, "Coder");
  const verify = new VerifyPage(page);

  await verify.verify("000000");
  await expect(page.getByRole("alert")).toContainText("That code is not right");

  await verify.resendButton().click();
  await expect(page.getByText(`We sent a new code to ${email}.`)).toBeVisible();
  await expect(verify.resendButton()).toBeDisabled();
  await expect(verify.resendButton()).toHaveText(/\(\d+ s\)/);

  const mailbox = new MailboxPage(page);
  const code = await mailbox.latestCode(email, /New sign-up code/);
  await page.goBack();
  await verify.waitForHydration();
  await verify.verify(code);
  await expect(page).toHaveURL(/\/login\?email=.*notice=verified/);
  await expect(page.getByRole("status")).toContainText("Your email is confirmed");
});
