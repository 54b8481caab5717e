import {
  test as base,
  expect,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
} from "@playwright/test";
import { basename } from "node:path";
import { AppPage, Header } from "./pages/app-page";
import { ForgotPasswordPage } from "./pages/forgot-password";
import { HomePage } from "./pages/home";
import { LoginPage } from "./pages/login";
import { MailboxPage } from "./pages/mailbox";
import { ProfilePage } from "./pages/profile";
import { ResetPasswordPage } from "./pages/reset-password";
import { SettingsPage } from "./pages/settings";
import { SignUpPage } from "./pages/signup";
import { VerifyPage } from "./pages/verify";

export { expect };
export type { Page };

/** The password every test account is created with. */
export const PASSWORD = "correct horse battery staple";

/** A fresh address per test, so tests never share accounts. */
export function uniqueEmail(label: string) {
  return `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}

/** A confirmed account: what it signs in with and the name it was created with. */
export type Account = {
  email: string;
  password: string;
  displayName: string;
};

/** Other devices: browser contexts of their own (same project settings), closed after the test. */
export class OtherDevices {
  private readonly openContexts = new Set<BrowserContext>();

  constructor(private readonly browser: Browser) {}

  /** A tab on a new device; `options` as for `browser.newContext` (a saved `storageState`, say). */
  async open(options?: BrowserContextOptions): Promise<Page> {
    const context = await this.browser.newContext(options);
    this.openContexts.add(context);
    context.on("close", () => this.openContexts.delete(context));
    return context.newPage();
  }

  /** Signs `account` in on a new device and returns its tab. */
  async signIn(account: Account): Promise<Page> {
    const page = await this.open();
    await new LoginPage(page).signIn(account.email, account.password);
    await new Header(page).expectSignedInAs(account.displayName);
    return page;
  }

  async closeAll() {
    await Promise.all([...this.openContexts].map((context) => context.close()));
  }
}

type Options = {
  /** The display name `account` signs up with. */
  displayName: string;
  /** Whether `signedInPage` ticks "Keep me signed in" (session in `localStorage`, shared by tabs). */
  keepSignedIn: boolean;
  /** Install Playwright's controllable clock in `page` before anything loads (the account included). */
  fakeClock: boolean;
};

type Fixtures = {
  /** The app shell of `page`: hydration, heading, console errors. */
  app: AppPage;
  /** The header's account area of `page`. */
  header: Header;
  homePage: HomePage;
  signUpPage: SignUpPage;
  verifyPage: VerifyPage;
  loginPage: LoginPage;
  forgotPasswordPage: ForgotPasswordPage;
  resetPasswordPage: ResetPasswordPage;
  profilePage: ProfilePage;
  settingsPage: SettingsPage;
  mailbox: MailboxPage;
  /**
   * A fresh confirmed account (unique email, `PASSWORD`, `displayName`), signed up and verified
   * through the pages in `page` with the code from `/dev/mailbox`. Not signed in: `page` is left on
   * the sign-in page the verification leads to.
   */
  account: Account;
  /** `page`, with `account` signed in through that sign-in page; the header greets them. */
  signedInPage: Page;
  /** Browser contexts of their own, for "another device" (closed after the test). */
  otherDevices: OtherDevices;
};

export const test = base.extend<Options & Fixtures>({
  displayName: ["Test Person", { option: true }],
  keepSignedIn: [false, { option: true }],
  fakeClock: [false, { option: true }],

  page: async ({ page, fakeClock }, use) => {
    if (fakeClock) await page.clock.install();
    await use(page);
  },

  app: async ({ page }, use) => use(new AppPage(page)),
  header: async ({ page }, use) => use(new Header(page)),
  homePage: async ({ page }, use) => use(new HomePage(page)),
  signUpPage: async ({ page }, use) => use(new SignUpPage(page)),
  verifyPage: async ({ page }, use) => use(new VerifyPage(page)),
  loginPage: async ({ page }, use) => use(new LoginPage(page)),
  forgotPasswordPage: async ({ page }, use) => use(new ForgotPasswordPage(page)),
  resetPasswordPage: async ({ page }, use) => use(new ResetPasswordPage(page)),
  profilePage: async ({ page }, use) => use(new ProfilePage(page)),
  settingsPage: async ({ page }, use) => use(new SettingsPage(page)),
  mailbox: async ({ page }, use) => use(new MailboxPage(page)),

  account: async ({ page, displayName }, use, testInfo) => {
    const email = uniqueEmail(basename(testInfo.file, ".spec.ts"));
    await new SignUpPage(page).signUp(email, PASSWORD, displayName);
    const code = await new MailboxPage(page).latestCode(email);
    await page.goBack();
    const verify = new VerifyPage(page);
    await verify.waitForHydration();
    await verify.email().fill(email);
    await verify.verify(code);
    await expect(page).toHaveURL(/\/login/);
    await use({ email, password: PASSWORD, displayName });
  },

  signedInPage: async ({ page, account, keepSignedIn }, use) => {
    await new LoginPage(page).signIn(account.email, account.password, { open: false, remember: keepSignedIn });
    await new Header(page).expectSignedInAs(account.displayName);
    await use(page);
  },

  otherDevices: async ({ browser }, use) => {
    const devices = new OtherDevices(browser);
    await use(devices);
    await devices.closeAll();
  },
});
