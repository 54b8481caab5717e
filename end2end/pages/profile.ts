import { expect, type Page } from "@playwright/test";
import { AppPage } from "./app-page";
import { MailboxPage } from "./accounts";

/** `/profile`: the profile kept in DynamoDB. */
export class ProfilePage extends AppPage {
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

  async save() {
    await this.page.getByRole("button", { name: "Save" }).click();
  }

  async expectSaved() {
    await expect(this.page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  }

  alert() {
    return this.page.getByRole("alert");
  }
}

/** `/settings`: password, email, sessions, data export, deletion. */
export class SettingsPage extends AppPage {
  async open() {
    await super.open("/settings");
    await expect(this.page.getByRole("heading", { name: "Email" })).toBeVisible();
  }

  async changePassword(current: string, next: string) {
    await this.page.getByRole("button", { name: "Change password" }).click();
    await this.page.getByLabel("Current password").fill(current);
    await this.page.getByLabel("New password").fill(next);
    await this.page.getByRole("button", { name: "Change password" }).click();
  }

  async changeEmail(newEmail: string, password: string) {
    await this.page.getByRole("button", { name: "Change email" }).click();
    await this.page.getByLabel("New email").fill(newEmail);
    await this.page.getByLabel("Current password").fill(password);
    await this.page.getByRole("button", { name: "Change email" }).click();
  }

  /** Reads the code from the mailbox in another tab and enters it here. */
  async verifyEmailChange(newEmail: string) {
    const mailboxTab = await this.page.context().newPage();
    const code = await new MailboxPage(mailboxTab).latestCode(newEmail, /Email change/);
    await mailboxTab.close();
    await this.page.getByLabel("Verification code").fill(code);
    await this.page.getByRole("button", { name: "Verify" }).click();
  }

  async signOutEverywhere() {
    await this.page.getByRole("button", { name: "Sign out everywhere" }).click();
  }

  async deleteAccount(password: string, confirmation = "DELETE") {
    await this.page.getByRole("button", { name: "Delete account" }).click();
    await this.page.getByLabel("Current password").fill(password);
    await this.page.getByLabel("Type DELETE to confirm").fill(confirmation);
    await this.page.getByRole("button", { name: "Delete account" }).click();
  }

  notice() {
    return this.page.locator(".notice");
  }
}

export async function openProfile(page: Page) {
  const profile = new ProfilePage(page);
  await profile.open();
  return profile;
}
