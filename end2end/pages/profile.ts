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
    return this.page.getByLabel(this.words("profile-form-display-name"));
  }

  bio() {
    return this.page.getByLabel(this.words("profile-form-bio"));
  }

  timeZone() {
    return this.page.getByLabel(this.words("profile-form-time-zone"));
  }

  language() {
    return this.page.getByLabel(this.words("profile-form-language"));
  }

  /** What the profile says about two-step sign-in: "On (since Dec 1, 2025)", or "Off — …". */
  twoStepFact() {
    return this.page
      .getByRole("term")
      .filter({ hasText: this.words("profile-form-two-step") })
      .locator("xpath=following-sibling::dd[1]");
  }

  /** "Set it up in Account settings", shown while two-step sign-in is off. */
  setUpTwoStepLink() {
    return this.page.getByRole("link", { name: this.words("profile-form-set-up-two-step") });
  }

  saveButton() {
    return this.page.getByRole("button", { name: this.words("profile-form-save") });
  }

  async save() {
    await this.saveButton().click();
  }

  async expectSaved() {
    await expect(this.status().filter({ hasText: this.words("profile-form-saved") })).toBeVisible();
  }
}

/** Opens `/profile` in `page` (a tab of its own, say) and returns its page object. */
export async function openProfile(page: Page, language = "en") {
  const profile = new ProfilePage(page, language);
  await profile.open();
  return profile;
}
