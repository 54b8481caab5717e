import { PASSWORD, expect, test, uniqueEmail } from "../fixtures";
import { MAIL, MailboxPage } from "../pages/mailbox";

test("a new person signs up, confirms the emailed code and is signed in", async ({
  page,
  context,
  signUpPage,
  verifyPage,
  header,
}) => {
  const email = uniqueEmail("signup");
  await signUpPage.signUp(email, PASSWORD, "Ada Lovelace");
  await expect(page).toHaveURL(/\/verify\?email=/);

  // The code arrives by "email": read it in another tab, keeping this one as it is.
  const code = await new MailboxPage(await context.newPage()).latestCode(email);
  await verifyPage.verify(code);

  await expect(page).toHaveURL("/");
  await header.expectSignedInAs("Ada Lovelace");
  expect(signUpPage.consoleErrors).toEqual([]);
});

test("sign-up explains each field's problem next to the field", async ({ signUpPage }) => {
  await signUpPage.open();
  await signUpPage.email().fill("not-an-email");
  await signUpPage.password().fill("short");
  await signUpPage.submit();
  await expect(signUpPage.email()).toHaveAccessibleDescription(/email address/);
  await expect(signUpPage.email()).toHaveAttribute("aria-invalid", "true");
  await signUpPage.email().fill(uniqueEmail("fields"));
  await signUpPage.submit();
  const password = signUpPage.password();
  await expect(password).toHaveAccessibleDescription(/at least 8 characters/);
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(signUpPage.email()).not.toHaveAttribute("aria-invalid", "true");
  await expect(signUpPage.strength(/Strength: Too short/)).toBeVisible();
});

test("signing up again with a registered email looks exactly like a new sign-up", async ({ page, signUpPage }) => {
  const email = uniqueEmail("twice");
  await signUpPage.signUp(email, PASSWORD, "First");
  await signUpPage.signUp(email, "another password", "Second");
  await expect(page).toHaveURL(/\/verify\?email=/);
});

test("a wrong code is refused with a way forward, and a new code can be sent after a cooldown", async ({
  page,
  signUpPage,
  verifyPage,
  mailbox,
  loginPage,
}) => {
  const email = uniqueEmail("code");
  await signUpPage.signUp(email, PASSWORD, "Coder");

  await verifyPage.verify("000000");
  await expect(verifyPage.alert()).toContainText("That code is not right");

  await verifyPage.resendButton().click();
  await expect(page.getByText(`We sent a new code to ${email}.`)).toBeVisible();
  await expect(verifyPage.resendButton()).toBeDisabled();
  await expect(verifyPage.resendButton()).toHaveText(/\(\d+ s\)/);

  const code = await mailbox.latestCode(email, MAIL.newSignUpCode);
  await page.goBack();
  await verifyPage.waitForHydration();
  await verifyPage.verify(code);
  await expect(page).toHaveURL(/\/login\?email=.*notice=verified/);
  await expect(loginPage.status()).toContainText("Your email is confirmed");
});
