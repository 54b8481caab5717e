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

/** Calls one of the app's server functions as its pages do (a JSON object), and returns its answer. */
async function callServerFunction(page: Page, name: string, args: Record<string, unknown>): Promise<unknown> {
  const response = await page.request.post(`/api/${name}`, { data: args });
  expect(response.ok(), `${name} answered ${response.status()}: ${await response.text()}`).toBe(true);
  return response.json();
}

type MailMessage = { to: string; purpose: string; code: string };

/** The newest sign-up code the dev mailbox holds for `email` (what `/dev/mailbox` shows). */
async function newestSignUpCode(page: Page, email: string): Promise<string> {
  let code: string | undefined;
  await expect
    .poll(async () => {
      const messages = (await callServerFunction(page, "dev/mailbox", {})) as MailMessage[];
      code = messages.find((message) => message.to === email && message.purpose === "SignUp")?.code;
      return code;
    })
    .toBeTruthy();
  return code as string;
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

  // Three page loads fewer per test than through the pages: most of a test's time on two cores.
  account: async ({ page, displayName }, use, testInfo) => {
    const email = uniqueEmail(basename(testInfo.file, ".spec.ts"));
    await callServerFunction(page, "sign_up", { email, password: PASSWORD, display_name: displayName });
    const code = await newestSignUpCode(page, email);
    await callServerFunction(page, "confirm_sign_up", { email, code, password: null, time_zone: null, language: null });
    await new LoginPage(page).open();
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
