import { expect, type Browser, type Page } from "@playwright/test";
import { AppPage } from "./app-page";

/** A fresh address per test, so tests never share accounts. */
export function uniqueEmail(label: string) {
  return `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}

export const PASSWORD = "correct horse battery staple";

/** The local-mode mailbox at /dev/mailbox, read as a person would. */
export class MailboxPage extends AppPage {
  async latestCode(email: string, purpose: RegExp = /Sign-up|New sign-up code/): Promise<string> {
    await this.page.goto("/dev/mailbox");
    const row = this.page.getByRole("row").filter({ hasText: email }).filter({ hasText: purpose }).first();
    await expect(row).toBeVisible();
    return (await row.locator("code").innerText()).trim();
  }
}

export class SignUpPage extends AppPage {
  async signUp(email: string, password: string, displayName: string) {
    await this.open("/signup");
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password", { exact: true }).fill(password);
    await this.page.getByLabel("Display name").fill(displayName);
    await this.page.getByRole("button", { name: "Create account" }).click();
    await expect(this.heading()).toHaveText("Verify your email");
  }
}

export class VerifyPage extends AppPage {
  codeField() {
    return this.page.getByLabel("Verification code");
  }

  async verify(code: string) {
    await this.codeField().fill(code);
    await this.page.getByRole("button", { name: "Verify" }).click();
  }

  resendButton() {
    return this.page.getByRole("button", { name: /Send a new code/ });
  }
}

export class LoginPage extends AppPage {
  async signIn(email: string, password: string, options: { remember?: boolean; open?: boolean } = {}) {
    if (options.open !== false) await this.open("/login");
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password", { exact: true }).fill(password);
    if (options.remember) await this.page.getByLabel("Keep me signed in").check();
    await this.page.getByRole("button", { name: "Sign in" }).click();
  }
}

/** The header's account area, present on every page. */
export class Header {
  constructor(readonly page: Page) {}

  nav() {
    return this.page.getByRole("navigation", { name: "Account" });
  }

  async expectSignedInAs(name: string) {
    await expect(this.nav()).toContainText(name);
    await expect(this.nav().getByRole("button", { name: "Sign out" })).toBeVisible();
  }

  async expectSignedOut() {
    await expect(this.nav().getByRole("link", { name: "Sign in" })).toBeVisible();
  }

  /** Signs out and waits for the home page it returns to. */
  async signOut() {
    // The header forgets the session at once, then revokes it and loads the home page: wait
    // for that new page, not just for the URL (it may already be "/").
    const homeLoaded = this.page.waitForEvent("load");
    await this.nav().getByRole("button", { name: "Sign out" }).click();
    await homeLoaded;
    await expect(this.page).toHaveURL("/");
    await expect(this.page.locator("body")).toHaveAttribute("data-hydrated", "true");
    await this.expectSignedOut();
  }
}

/** Creates a confirmed account through the pages, leaving the browser signed in. */
export async function createAccount(
  page: Page,
  label: string,
  displayName = "Test Person",
  options: { remember?: boolean } = {},
) {
  const email = uniqueEmail(label);
  await new SignUpPage(page).signUp(email, PASSWORD, displayName);
  const code = await new MailboxPage(page).latestCode(email);
  await page.goBack();
  const verify = new VerifyPage(page);
  await verify.waitForHydration();
  await verify.page.getByLabel("Email").fill(email);
  await verify.verify(code);
  await expect(page).toHaveURL(/\/login/);
  await new LoginPage(page).signIn(email, PASSWORD, { open: false, remember: options.remember });
  await new Header(page).expectSignedInAs(displayName);
  return email;
}

/** Signs the account in on another device: a browser context of its own. Close its `context`. */
export async function signInOnAnotherDevice(browser: Browser, email: string, displayName: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await new LoginPage(page).signIn(email, PASSWORD);
  await new Header(page).expectSignedInAs(displayName);
  return { context, page };
}
