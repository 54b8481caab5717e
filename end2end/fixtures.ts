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
import { passkeyBaseURL } from "./pages/virtual-authenticator";

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

/** The cookie that holds a browser's chosen language: `LANGUAGE_COOKIE` in `app/src/i18n/mod.rs`. */
const LANGUAGE_COOKIE = "lang";

/**
 * Makes `context` read the app in `language`, as a browser that chose it does, from its first
 * page on: the cookie beats the browser's `Accept-Language`, and leaves every URL as the test
 * wrote it (`?lang=` would not). At the app's address and at `localhost`, where the passkey tests
 * open it. English is the app's default, so a context for English is left as it is.
 */
async function chooseLanguage(context: BrowserContext, language: string, baseURL: string) {
  if (language === "en") return;
  await context.addCookies([baseURL, passkeyBaseURL()].map((url) => ({ name: LANGUAGE_COOKIE, value: language, url })));
}

/** Other devices: browser contexts of their own (same project settings), closed after the test. */
export class OtherDevices {
  private readonly openContexts = new Set<BrowserContext>();

  /** Their pages are read in `language`, like the test's own. */
  constructor(
    private readonly browser: Browser,
    private readonly language: string,
    private readonly baseURL: string,
  ) {}

  /** A tab on a new device; `options` as for `browser.newContext` (a saved `storageState`, say). */
  async open(options?: BrowserContextOptions): Promise<Page> {
    const context = await this.browser.newContext(options);
    this.openContexts.add(context);
    context.on("close", () => this.openContexts.delete(context));
    await chooseLanguage(context, this.language, this.baseURL);
    return context.newPage();
  }

  /** Signs `account` in on a new device and returns its tab. */
  async signIn(account: Account): Promise<Page> {
    const page = await this.open();
    await new LoginPage(page, this.language).signIn(account.email, account.password);
    await new Header(page, this.language).expectSignedInAs(account.displayName);
    return page;
  }

  async closeAll() {
    await Promise.all([...this.openContexts].map((context) => context.close()));
  }
}

/** Calls one of the app's server functions as its pages do (a JSON object), and returns its answer. */
async function callServerFunction(page: Page, name: string, args: Record<string, unknown>): Promise<unknown> {
  const response = await page.request.post(`/api/${name}`, { data: args });
  expect(response.ok(), `${name} answered ${response.status()}: ${await response.text()}`).toBe(true);
  return response.json();
}

type MailMessage = { to: string; purpose: string; code: string };

/**
 * The newest code the dev mailbox holds for `email` for one of `purposes` (the app's names:
 * `SignUp`, `Resend`, `PasswordReset`, `EmailChange`, `SignInCode`), read as `/dev/mailbox` reads
 * it, whatever the language of the page.
 */
export async function mailboxCode(page: Page, email: string, ...purposes: string[]): Promise<string> {
  let code: string | undefined;
  await expect
    .poll(async () => {
      const messages = (await callServerFunction(page, "dev/mailbox", {})) as MailMessage[];
      code = messages.find((message) => message.to === email && purposes.includes(message.purpose))?.code;
      return code;
    })
    .toBeTruthy();
  return code as string;
}

type Options = {
  /**
   * The language the browser reads the app in ("ar"), from its first page; every page object the
   * fixtures make finds things by their names in it.
   */
  language: string;
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
   * through the server functions the sign-up and verify pages call, with the code the mailbox
   * holds (`signup.spec.ts` goes through the pages themselves). Not signed in: `page` is left on
   * the sign-in page, ready.
   */
  account: Account;
  /** `page`, with `account` signed in through that sign-in page; the header greets them. */
  signedInPage: Page;
  /** Browser contexts of their own, for "another device" (closed after the test). */
  otherDevices: OtherDevices;
};

export const test = base.extend<Options & Fixtures>({
  language: ["en", { option: true }],
  displayName: ["Test Person", { option: true }],
  keepSignedIn: [false, { option: true }],
  fakeClock: [false, { option: true }],

  context: async ({ context, language, baseURL }, use) => {
    await chooseLanguage(context, language, baseURL!);
    await use(context);
  },

  page: async ({ page, fakeClock }, use) => {
    if (fakeClock) await page.clock.install();
    await use(page);
  },

  app: async ({ page, language }, use) => use(new AppPage(page, language)),
  header: async ({ page, language }, use) => use(new Header(page, language)),
  homePage: async ({ page, language }, use) => use(new HomePage(page, language)),
  signUpPage: async ({ page, language }, use) => use(new SignUpPage(page, language)),
  verifyPage: async ({ page, language }, use) => use(new VerifyPage(page, language)),
  loginPage: async ({ page, language }, use) => use(new LoginPage(page, language)),
  forgotPasswordPage: async ({ page, language }, use) => use(new ForgotPasswordPage(page, language)),
  resetPasswordPage: async ({ page, language }, use) => use(new ResetPasswordPage(page, language)),
  profilePage: async ({ page, language }, use) => use(new ProfilePage(page, language)),
  settingsPage: async ({ page, language }, use) => use(new SettingsPage(page, language)),
  mailbox: async ({ page, language }, use) => use(new MailboxPage(page, language)),

  // Three page loads fewer per test than through the pages: most of a test's time on two cores.
  account: async ({ page, displayName, loginPage }, use, testInfo) => {
    const email = uniqueEmail(basename(testInfo.file, ".spec.ts"));
    await callServerFunction(page, "sign_up", { email, password: PASSWORD, display_name: displayName });
    const code = await mailboxCode(page, email, "SignUp");
    await callServerFunction(page, "confirm_sign_up", { email, code, password: null, time_zone: null, language: null });
    await loginPage.open();
    await use({ email, password: PASSWORD, displayName });
  },

  signedInPage: async ({ page, account, keepSignedIn, loginPage, header }, use) => {
    await loginPage.signIn(account.email, account.password, { open: false, remember: keepSignedIn });
    await header.expectSignedInAs(account.displayName);
    await use(page);
  },

  otherDevices: async ({ browser, language, baseURL }, use) => {
    const devices = new OtherDevices(browser, language, baseURL!);
    await use(devices);
    await devices.closeAll();
  },
});
