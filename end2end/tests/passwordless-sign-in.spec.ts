import type { Locator } from "@playwright/test";
import { expect, test, uniqueEmail, type Page } from "../fixtures";
import { SIGN_IN_METHOD_KEY, storedSession } from "../pages/browser-session";
import { LoginPage } from "../pages/login";
import { MailboxPage } from "../pages/mailbox";
import { SettingsPage } from "../pages/settings";
import { VirtualAuthenticator, passkeyBaseURL } from "../pages/virtual-authenticator";
import { totp } from "../totp";

/** What `/dev/mailbox` calls an emailed sign-in code. */
const SIGN_IN_CODE = /Sign-in code/;

/** The sign-in page, email first: the ways to sign in after "Continue", and the passkey offer. */
class PasswordlessLoginPage extends LoginPage {
  /** The newest sign-in code mailed to `email`, read in a tab of its own (this one keeps its step). */
  async mailedCode(email: string): Promise<string> {
    const tab = await this.page.context().newPage();
    const code = await new MailboxPage(tab).latestCode(email, SIGN_IN_CODE);
    await tab.close();
    return code;
  }

  /** The way this device used last, as it remembers it. */
  async lastMethod(): Promise<string | null> {
    return this.page.evaluate((key) => {
      const stored = localStorage.getItem(key);
      return stored === null ? null : (JSON.parse(stored) as string);
    }, SIGN_IN_METHOD_KEY);
  }

  /** Waits until signed in and on `path` (the page the sign-in leads to), hydrated. */
  async expectSignedInOn(path: string, displayName: string) {
    await expect(this.page).toHaveURL(new URL(path, this.page.url()).href);
    await this.waitForHydration();
    await this.header.expectSignedInAs(displayName);
  }

  /** Whether the button looks like the one to press first (the accent colour of `.primary`). */
  async looksPrimary(button: Locator): Promise<boolean> {
    return button.evaluate((element) => {
      const accent = getComputedStyle(document.documentElement).getPropertyValue("--accent").trim();
      const probe = document.createElement("span");
      probe.style.color = accent;
      document.body.append(probe);
      const accentColour = getComputedStyle(probe).color;
      probe.remove();
      return getComputedStyle(element).backgroundColor === accentColour;
    });
  }

  /** The names of the methods offered, in order. */
  async methodNames(): Promise<string[]> {
    await expect(this.methods().first()).toBeVisible();
    return this.methods().allInnerTexts();
  }

  /** Signs in with a code mailed just now, from the ways to sign in. */
  async signInWithMailedCode(email: string) {
    await this.emailMeACode();
    await this.signInWithCode(await this.mailedCode(email));
  }
}

async function signOut(login: LoginPage) {
  await login.header.signOut();
  await login.open();
}

test("the email first, then a code from the mailbox signs in; a wrong one is said beside the code", async ({
  page,
  account,
}) => {
  const login = new PasswordlessLoginPage(page);
  await login.open();
  // Without a password the one button continues; with one it signs in.
  await expect(login.continueButton()).toBeVisible();
  await login.password().fill("x");
  await expect(login.submitButton()).toBeVisible();
  await login.password().fill("");
  await expect(login.continueButton()).toBeVisible();

  await login.continueWith(account.email, { open: false });
  await expect(login.emailCodeButton()).toBeVisible();
  // The password stays one of the ways.
  await expect(login.password()).toBeVisible();
  await expect(login.submitButton()).toBeVisible();

  await login.emailMeACode();
  await expect(login.code()).toBeFocused();
  const code = await login.mailedCode(account.email);
  expect(code).toMatch(/^\d{6,8}$/);

  const wrong = code === "000000" ? "111111" : "000000";
  await login.signInWithCode(wrong);
  await expect(login.code()).toHaveAccessibleDescription(/not right/);
  await expect(login.code()).toHaveAttribute("aria-invalid", "true");

  await login.signInWithCode(code);
  await login.expectSignedInOn("/", account.displayName);
  expect(await login.lastMethod()).toBe("email-code");
});

test.describe(() => {
  // At the site's name, where passkeys work, so that they are one of the ways offered.
  test.use({ baseURL: passkeyBaseURL() });

  test("the way used last on this device is offered first next time", async ({ page, account }) => {
    const login = new PasswordlessLoginPage(page);
    await login.continueWith(account.email);
    expect(await login.methodNames()).toEqual(["Sign in with a passkey", "Email me a code"]);
    expect(await login.looksPrimary(login.passkeyButton())).toBe(true);
    expect(await login.looksPrimary(login.submitButton())).toBe(false);
    await expect(login.passkeyButton()).toBeFocused();

    await login.signInWithMailedCode(account.email);
    await login.expectSignedInOn("/", account.displayName);

    await signOut(login);
    await login.continueWith(account.email, { open: false });
    expect(await login.methodNames()).toEqual(["Email me a code", "Sign in with a passkey"]);
    expect(await login.looksPrimary(login.emailCodeButton())).toBe(true);
    expect(await login.looksPrimary(login.submitButton())).toBe(false);

    // A password sign-in, from the ways to sign in: next time the password leads.
    await login.password().fill(account.password);
    await login.submitButton().click();
    await login.expectSignedInOn("/", account.displayName);
    await signOut(login);
    await login.continueWith(account.email, { open: false });
    await expect(login.password()).toBeFocused();
    expect(await login.looksPrimary(login.submitButton())).toBe(true);
    expect(await login.looksPrimary(login.emailCodeButton())).toBe(false);

    // Another address starts over from the email.
    await login.useAnotherEmailButton().click();
    await expect(login.email()).toBeVisible();
    await expect(login.email()).toHaveValue(account.email);
  });
});

test("an unknown email gets the same ways to sign in, and a code is 'sent' alike", async ({ page, account }) => {
  const login = new PasswordlessLoginPage(page);
  const seen: { methods: string[]; afterCode: string }[] = [];
  for (const email of [account.email, uniqueEmail("nobody")]) {
    await login.continueWith(email);
    const methods = await login.methodNames();
    await login.emailMeACode();
    const afterCode = (await page.getByRole("main").locator("form:visible").innerText()).replace(email, "EMAIL");
    // A code nobody was sent is refused as a wrong one is.
    await login.signInWithCode("123456");
    await expect(login.code()).toHaveAccessibleDescription(/not right/);
    seen.push({ methods, afterCode });
  }
  expect(seen[1]).toEqual(seen[0]);
  expect(seen[0].methods).toContain("Email me a code");
});

test.describe(() => {
  test.use({ baseURL: passkeyBaseURL() });

  test("after a password sign-in a passkey is offered once; added, it signs in", async ({ page, account }) => {
    test.slow();
    const authenticator = await VirtualAuthenticator.attach(page);
    const login = new PasswordlessLoginPage(page);

    await login.signIn(account.email, account.password);
    await expect(login.passkeyOffer()).toBeVisible();
    await expect(login.addPasskeyButton()).toBeFocused();
    await login.addPasskeyButton().click();
    await login.expectSignedInOn("/", account.displayName);
    expect(await authenticator.credentials()).toHaveLength(1);
    expect(await login.lastMethod()).toBe("passkey");

    await signOut(login);
    await login.continueWith(account.email, { open: false });
    expect((await login.methodNames())[0]).toBe("Sign in with a passkey");
    await login.passkeyButton().click();
    await login.expectSignedInOn("/", account.displayName);

    // Offered once per device: the next password sign-in goes straight on.
    await signOut(login);
    await login.signIn(account.email, account.password, { open: false });
    await login.expectSignedInOn("/", account.displayName);

    // The person declines at the prompt: the page says no passkey was used.
    await signOut(login);
    await login.continueWith(account.email, { open: false });
    await authenticator.refuseUserVerification();
    await login.passkeyButton().click();
    await expect(login.alert()).toContainText(/No passkey was used|passkey didn't work/);
    await expect(login.passkeyButton()).toBeEnabled();
  });

  test("'Not now' keeps the password sign-in and leaves", async ({ page, account }) => {
    await VirtualAuthenticator.attach(page);
    const login = new PasswordlessLoginPage(page);
    await page.goto("/login?next=%2Fprofile");
    await login.waitForHydration();
    await login.signIn(account.email, account.password, { open: false });
    await expect(login.passkeyOffer()).toBeVisible();
    // Signed in already while the offer is shown: the session is kept.
    expect((await storedSession(page, "sessionStorage"))?.email).toBe(account.email);
    await login.notNowButton().click();
    await login.expectSignedInOn("/profile", account.displayName);
  });
});

async function turnOnTwoStep(page: Page, password: string) {
  const settings = new SettingsPage(page);
  await settings.open();
  return (await settings.turnOnTwoStep(password)).key;
}

test("a password sign-in from the ways to sign in still asks for the two-step code", async ({
  signedInPage: page,
  account,
}) => {
  test.slow();
  const key = await turnOnTwoStep(page, account.password);
  const login = new PasswordlessLoginPage(page);
  await signOut(login);

  await login.continueWith(account.email, { open: false });
  await login.password().fill(account.password);
  await login.submitButton().click();
  await expect(login.secondStep()).toBeVisible();
  await expect(login.code()).toBeFocused();
  await login.enterCode(totp(key));
  await login.expectSignedInOn("/", account.displayName);
  expect(await login.lastMethod()).toBe("password");
});
