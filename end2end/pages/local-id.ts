import { expect, type Page } from "@playwright/test";

/** The name local mode's identity provider goes by, on its page and in the app's texts. */
export const LOCAL_ID = "Local ID";

/** Its name in the app's addresses: `/auth/LocalID/start`, `?provider=LocalID`. */
export const LOCAL_ID_PROVIDER = "LocalID";

/**
 * Local ID's sign-in page: local mode's OpenID Connect provider, on a loopback port of its own.
 * Not the app (no shell, no hydration, no catalog): a plain English form that signs in whoever
 * says who they are, so its names are fixed here rather than read from the app's catalogs.
 */
export class LocalIdPage {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.getByRole("heading", { level: 1, name: "Sign in to Local ID" });
  }

  email() {
    return this.page.getByLabel("Email", { exact: true });
  }

  name() {
    return this.page.getByLabel("Name", { exact: true });
  }

  emailVerified() {
    return this.page.getByLabel("Email verified");
  }

  continueButton() {
    return this.page.getByRole("button", { name: "Continue", exact: true });
  }

  /** Waits for the page, wherever the app and Cognito sent the browser: not the app's address. */
  async expectShown() {
    await expect(this.page).toHaveTitle(LOCAL_ID);
    await expect(this.heading()).toBeVisible();
    await expect(this.email()).toBeVisible();
  }

  /**
   * What axe is not run on (Local ID is a development tool outside the app), checked by hand: the
   * page names its language and has a title, and each field it shows has a label of its own.
   */
  async expectNamedAndLabelled() {
    await expect(this.page.locator("html")).toHaveAttribute("lang", "en");
    await expect(this.page).toHaveTitle(LOCAL_ID);
    await expect(this.email()).toHaveAttribute("type", "email");
    await expect(this.name()).toHaveAttribute("type", "text");
    await expect(this.emailVerified()).toHaveAttribute("type", "checkbox");
    // No field but those three, and each by a <label> (not a placeholder or a title).
    const fields = this.page.locator("input:not([type=hidden]), select, textarea");
    await expect(fields).toHaveCount(3);
    const unlabelled = await fields.evaluateAll((fields) =>
        fields
          .filter((field) => ((field as HTMLInputElement).labels?.length ?? 0) === 0)
          .map((field) => field.outerHTML),
      );
    expect(unlabelled, "fields without a <label>").toEqual([]);
  }

  /** Says who the person is there and continues back through Cognito to the app. */
  async continueAs(email: string, name: string, { verified = true }: { verified?: boolean } = {}) {
    await this.expectShown();
    await this.email().fill(email);
    await this.name().fill(name);
    await this.emailVerified().setChecked(verified);
    await this.continueButton().click();
  }
}
