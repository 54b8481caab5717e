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

test("a common or personal password is refused with the reason, and what was typed stays", async ({
  signUpPage,
}) => {
  const email = uniqueEmail("common");
  await signUpPage.open();
  await signUpPage.send(email, "password123", "Ada Lovelace");
  const password = signUpPage.password();
  await expect(password).toHaveAccessibleDescription(/one of the most common passwords/);
  await expect(password).toHaveAttribute("aria-invalid", "true");
  await expect(signUpPage.email()).toHaveValue(email);
  await expect(signUpPage.displayName()).toHaveValue("Ada Lovelace");

  await signUpPage.send(email, email, "Ada Lovelace");
  await expect(password).toHaveAccessibleDescription(/built from your email or name/);

  await signUpPage.send(email, PASSWORD, "Ada Lovelace");
  await expect(signUpPage.heading()).toHaveText(signUpPage.words("verify-step-heading"));
});

test("signing up again with a registered email looks exactly like a new sign-up", async ({ page, signUpPage }) => {
  const email = uniqueEmail("twice");
  await signUpPage.signUp(email, PASSWORD, "First");
  await signUpPage.signUp(email, "another quiet evening walk", "Second");
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

test("an expired code gets the same message and a new code that works", async ({
  page,
  context,
  signUpPage,
  verifyPage,
  loginPage,
}) => {
  const email = uniqueEmail("expired");
  await signUpPage.signUp(email, PASSWORD, "Late");
  const expired = await new MailboxPage(await context.newPage()).latestCode(email);

  // A day later, the person comes back to the verify page with the code they were sent.
  await verifyPage.open(email);
  // A running server's codes cannot be aged. It answers an expired code exactly as a wrong one
  // (server/tests/auth_flows.rs, an_expired_code_gets_the_wrong_code_answer_and_a_new_code_works):
  // the page gets that answer for this code.
  await page.route("**/api/confirm_sign_up", (route) => route.fulfill({ status: 400, json: "WrongCode" }), {
    times: 1,
  });
  await verifyPage.verify(expired);
  await expect(verifyPage.alert()).toHaveText("That code is not right or has expired. Send a new one.");
  await expect(verifyPage.codeField()).toHaveAttribute("aria-invalid", "true");

  await verifyPage.resendButton().click();
  await expect(page.getByText(`We sent a new code to ${email}.`)).toBeVisible();
  const fresh = await new MailboxPage(await context.newPage()).latestCode(email, MAIL.newSignUpCode);
  expect(fresh).not.toBe(expired);
  await verifyPage.verify(fresh);
  await expect(page).toHaveURL(/\/login\?email=.*notice=verified/);
  await expect(loginPage.status()).toContainText("Your email is confirmed");
});
