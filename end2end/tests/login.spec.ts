import { expect, test } from "@playwright/test";
import { Header, LoginPage, PASSWORD, SignUpPage, createAccount, uniqueEmail } from "../pages/accounts";

test("a wrong password and an unknown email get the same message", async ({ page }) => {
  const email = await createAccount(page, "wrongpw");
  await new Header(page).signOut();
  await new Header(page).expectSignedOut();

  const login = new LoginPage(page);
  await login.signIn(email, "not the password");
  const wrongPassword = await page.getByRole("alert").innerText();
  await login.signIn(uniqueEmail("nobody"), "not the password");
  const unknownUser = await page.getByRole("alert").innerText();
  expect(wrongPassword).toBe("Incorrect email or password.");
  expect(unknownUser).toBe(wrongPassword);
});

test("an unconfirmed account is led to verification with a fresh code", async ({ page }) => {
  const email = uniqueEmail("unconfirmed");
  await new SignUpPage(page).signUp(email, PASSWORD, "Later");
  await new LoginPage(page).signIn(email, PASSWORD);
  await expect(page).toHaveURL(/\/verify\?email=/);
  await expect(page.getByRole("status")).toContainText("We sent you a new code");
});

test("'Keep me signed in' survives a browser restart; without it the session ends", async ({ browser, page }) => {
  const email = await createAccount(page, "remember");
  await new Header(page).signOut();

  for (const remember of [true, false]) {
    const context = await browser.newContext();
    const tab = await context.newPage();
    await new LoginPage(tab).signIn(email, PASSWORD, { remember });
    await new Header(tab).expectSignedInAs("Test Person");
    // A browser restart keeps localStorage and drops sessionStorage.
    const saved = await context.storageState();
    await context.close();
    const restarted = await browser.newContext({ storageState: saved });
    const again = await restarted.newPage();
    await again.goto("/");
    if (remember) await new Header(again).expectSignedInAs("Test Person");
    else await new Header(again).expectSignedOut();
    await restarted.close();
  }
});

test("signing in returns to the page that asked for it", async ({ page }) => {
  const email = await createAccount(page, "next");
  await new Header(page).signOut();
  await page.goto("/login?next=%2Fdev%2Fmailbox");
  await new LoginPage(page).signIn(email, PASSWORD, { open: false });
  await expect(page).toHaveURL(/\/dev\/mailbox$/);
});

test("what a person types before the page is interactive is kept", async ({ page }) => {
  const email = await createAccount(page, "early");
  await new Header(page).signOut();
  // A slow connection: the form is on screen well before the code that runs it arrives.
  await page.route("**/*.wasm", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await route.continue();
  });
  const login = new LoginPage(page);
  await page.goto("/login");
  await expect(page.locator("body")).not.toHaveAttribute("data-hydrated", "true");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await page.getByLabel("Keep me signed in").check();
  await login.waitForHydration();
  await expect(page.getByLabel("Email")).toHaveValue(email);
  await expect(page.getByLabel("Password", { exact: true })).toHaveValue(PASSWORD);
  await expect(page.getByLabel("Keep me signed in")).toBeChecked();
  await page.getByRole("button", { name: "Sign in" }).click();
  await new Header(page).expectSignedInAs("Test Person");
});
