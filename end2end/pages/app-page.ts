import { expect, type ConsoleMessage, type Page } from "@playwright/test";
import { catalog, type Words } from "../catalog";

/**
 * The console errors of each browser tab, recorded from the first page object made for it, so
 * every page object of one tab (and the fixtures that made the account first) shares one list.
 */
const consoleErrorsByTab = new WeakMap<Page, string[]>();

function consoleErrorsOf(page: Page): string[] {
  let errors = consoleErrorsByTab.get(page);
  if (!errors) {
    const recorded: string[] = [];
    page.on("console", (message: ConsoleMessage) => {
      if (message.type() === "error") recorded.push(message.text());
    });
    page.on("pageerror", (error) => recorded.push(error.message));
    consoleErrorsByTab.set(page, recorded);
    errors = recorded;
  }
  return errors;
}

/** The names of a "Send a new code" button: ready, and while its cooldown runs ("… (29 s)"). */
export const SEND_NEW_CODE = ["form-send-new-code", "form-send-new-code-in"];

/** The header's account area, present on every page; `language` is the page's ("ar"). */
export class Header {
  readonly words: Words;

  constructor(
    readonly page: Page,
    language = "en",
  ) {
    this.words = catalog(language);
  }

  nav() {
    return this.page.getByRole("navigation", { name: this.words("nav-account") });
  }

  signInLink() {
    return this.nav().getByRole("link", { name: this.words("nav-sign-in") });
  }

  signOutButton() {
    return this.nav().getByRole("button", { name: this.words("nav-sign-out") });
  }

  /** The signed-in person's name, a link to the profile titled with their email. */
  accountLink(email: string) {
    return this.nav().getByTitle(email);
  }

  async expectSignedInAs(name: string) {
    await expect(this.nav()).toContainText(name);
    await expect(this.signOutButton()).toBeVisible();
  }

  async expectSignedOut() {
    await expect(this.signInLink()).toBeVisible();
  }

  /** Signs out and waits for the home page it returns to. */
  async signOut() {
    // The header forgets the session at once, then revokes it and loads the home page: wait
    // for that new page, not just for the URL (it may already be "/").
    const homeLoaded = this.page.waitForEvent("load");
    await this.signOutButton().click();
    await homeLoaded;
    await expect(this.page).toHaveURL("/");
    await expect(this.page.locator("body")).toHaveAttribute("data-hydrated", "true");
    await this.expectSignedOut();
  }

  /**
   * Signs out of a session made through another identity provider and waits for the sign-in
   * page it ends on: the app's sign-out goes on through `/auth/logout` to end Cognito's hosted
   * session too (whose `/logout` returns to `/login`), so the next "Continue with" asks the
   * provider again instead of signing the browser straight back in.
   */
  async signOutOfProvider() {
    await this.signOutButton().click();
    await expect(this.page).toHaveURL(/\/login$/);
    await expect(this.page.locator("body")).toHaveAttribute("data-hydrated", "true");
    await this.expectSignedOut();
  }
}

/**
 * The footer's language picker, on every page: a select and a button that reload the page in the
 * chosen language. Found by role, as its names are in the page's language.
 */
export class LanguagePicker {
  constructor(readonly page: Page) {}

  select() {
    return this.page.getByRole("contentinfo").getByRole("combobox");
  }

  /** Picks `language` (its own name, "العربية") and waits for the page in that language. */
  async change(ownName: string, tag: string) {
    await this.select().selectOption({ label: ownName });
    const loaded = this.page.waitForEvent("load");
    await this.page.getByRole("contentinfo").getByRole("button").click();
    await loaded;
    await expect(this.page.locator("html")).toHaveAttribute("lang", tag);
  }
}

/**
 * What every page of the app has: the shell (header, one `<h1>`), hydration and a clean console.
 * Its page objects find things by their names in `language`, the page's ("ar"): the one the
 * browser asks for (the `language` fixture sets it), as the app answers in it.
 */
export class AppPage {
  /** The page's words, to name what a page object finds: `this.words("field-email")`. */
  readonly words: Words;
  readonly header: Header;
  readonly languagePicker: LanguagePicker;

  constructor(
    readonly page: Page,
    language = "en",
  ) {
    consoleErrorsOf(page);
    this.words = catalog(language);
    this.header = new Header(page, language);
    this.languagePicker = new LanguagePicker(page);
  }

  /** Every console error and uncaught exception in this tab so far. */
  get consoleErrors(): string[] {
    return consoleErrorsOf(this.page);
  }

  async open(path: string) {
    await this.page.goto(path);
    await this.waitForHydration();
  }

  /**
   * Waits until the page is interactive. The app sets `data-hydrated` on `<body>` once the
   * header's island runs; a lazily loaded island (the verify, reset and settings forms) runs a
   * moment later, once its code has arrived, and its buttons stay disabled until then (a key
   * press would do nothing yet). No button of the app is disabled for any other reason at load.
   */
  async waitForHydration() {
    await expect(this.page.locator("body")).toHaveAttribute("data-hydrated", "true");
    await expect(this.page.locator("button[disabled]")).toHaveCount(0);
  }

  async expectNotHydrated() {
    await expect(this.page.locator("body")).not.toHaveAttribute("data-hydrated", "true");
  }

  heading() {
    return this.page.getByRole("heading", { level: 1 });
  }

  /** Errors, announced (`role="alert"`). */
  alert() {
    return this.page.getByRole("alert");
  }

  /**
   * Notices and progress, announced (`role="status"`): those saying something, as a page keeps
   * its live regions on the page, empty, until there is something to say.
   */
  status() {
    return this.page.getByRole("status").filter({ hasText: /\S/ });
  }
}
