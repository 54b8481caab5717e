import { expect, type Page } from "@playwright/test";
import { AppPage } from "./app-page";

/** `/profile`: the profile kept in DynamoDB. */
export class ProfilePage extends AppPage {
  /** Opens the page and waits for the profile to be loaded into the form. */
  async open() {
    await super.open("/profile");
    await expect(this.displayName()).toBeVisible();
  }

  displayName() {
    return this.page.getByLabel("Display name");
  }

  bio() {
    return this.page.getByLabel("Bio");
  }

  timeZone() {
    return this.page.getByLabel("Time zone");
  }

  language() {
    return this.page.getByLabel("Preferred language");
  }

  /** What the profile says about two-step sign-in: "On (since Dec 1, 2025)", or "Off — …". */
  twoStepFact() {
    return this.page
      .getByRole("term")
      .filter({ hasText: "Two-step sign-in" })
      .locator("xpath=following-sibling::dd[1]");
  }

  /** "Set it up in Account settings", shown while two-step sign-in is off. */
  setUpTwoStepLink() {
    return this.page.getByRole("link", { name: "set it up in Account settings" });
  }

  saveButton() {
    return this.page.getByRole("button", { name: "Save" });
  }

  async save() {
    await this.saveButton().click();
  }

  async expectSaved() {
    await expect(this.status().filter({ hasText: "Saved." })).toBeVisible();
  }
}

/** Opens `/profile` in `page` (a tab of its own, say) and returns its page object. */
export async function openProfile(page: Page) {
  const profile = new ProfilePage(page);
  await profile.open();
  return profile;
}
