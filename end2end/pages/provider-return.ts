import { expect } from "@playwright/test";
import { AppPage } from "./app-page";

/**
 * `/login/continue`: where a sign-in through another identity provider comes back to (from
 * `/auth/callback`). It finishes the sign-in as soon as it runs and goes on to `next`, or to
 * settings after a connection; only when that fails does it stay, with the reason.
 */
export class ProviderReturnPage extends AppPage {
  /** "Finishing your sign-in…", while it works. */
  working() {
    return this.status().filter({ hasText: this.words("login-continue-working") });
  }

  backLink() {
    return this.page.getByRole("link", { name: this.words("login-continue-back") });
  }

  /** Waits for the page to have given up, saying why (`role="alert"`). */
  async expectRefused(message: string) {
    await expect(this.page).toHaveURL(/\/login\/continue$/);
    await expect(this.heading()).toHaveText(this.words("login-continue-title"));
    await expect(this.alert()).toHaveText(message);
    await expect(this.working()).toHaveCount(0);
    await expect(this.backLink()).toBeVisible();
  }
}
