import { expect } from "@playwright/test";
import { AppPage } from "./app-page";
import { MAIL, MailboxPage } from "./mailbox";

/** `/settings`: password, email, sessions, data export, deletion. */
export class SettingsPage extends AppPage {
  /** Opens the page and waits for the account to be loaded. */
  async open() {
    await super.open("/settings");
    await expect(this.page.getByRole("heading", { name: "Email" })).toBeVisible();
  }

  currentPassword() {
    return this.page.getByLabel("Current password");
  }

  newPassword() {
    return this.page.getByLabel("New password");
  }

  newEmail() {
    return this.page.getByLabel("New email");
  }

  codeField() {
    return this.page.getByLabel("Verification code");
  }

  deleteConfirmation() {
    return this.page.getByLabel("Type DELETE to confirm");
  }

  /** Opens the password form, and sends it once open. */
  changePasswordButton() {
    return this.page.getByRole("button", { name: "Change password" });
  }

  /** Opens the email form, and sends it once open. */
  changeEmailButton() {
    return this.page.getByRole("button", { name: "Change email" });
  }

  /** "Send a new code" for the new email, with its cooldown in the name while it runs. */
  resendCodeButton() {
    return this.page.getByRole("button", { name: /Send a new code/ });
  }

  /** The same button while its cooldown runs: "Send a new code (29 s)". */
  resendCodeCooldownButton() {
    return this.page.getByRole("button", { name: /Send a new code \(\d+ s\)/ });
  }

  verifyButton() {
    return this.page.getByRole("button", { name: "Verify" });
  }

  signOutEverywhereButton() {
    return this.page.getByRole("button", { name: "Sign out everywhere" });
  }

  downloadButton() {
    return this.page.getByRole("button", { name: "Download my data" });
  }

  /** Opens the deletion form, and sends it once open. */
  deleteAccountButton() {
    return this.page.getByRole("button", { name: "Delete account" });
  }

  async changePassword(current: string, next: string) {
    await this.changePasswordButton().click();
    await this.currentPassword().fill(current);
    await this.newPassword().fill(next);
    await this.changePasswordButton().click();
  }

  async changeEmail(newEmail: string, password: string) {
    await this.changeEmailButton().click();
    await this.newEmail().fill(newEmail);
    await this.currentPassword().fill(password);
    await this.changeEmailButton().click();
  }

  /** Reads the code from the mailbox in another tab and enters it here. */
  async verifyEmailChange(newEmail: string) {
    const mailboxTab = await this.page.context().newPage();
    const code = await new MailboxPage(mailboxTab).latestCode(newEmail, MAIL.emailChange);
    await mailboxTab.close();
    await this.codeField().fill(code);
    await this.verifyButton().click();
  }

  async signOutEverywhere() {
    await this.signOutEverywhereButton().click();
  }

  async deleteAccount(password: string, confirmation = "DELETE") {
    await this.deleteAccountButton().click();
    await this.currentPassword().fill(password);
    await this.deleteConfirmation().fill(confirmation);
    await this.deleteAccountButton().click();
  }

  /** What a finished change says (`role="status"`). */
  notice() {
    return this.status();
  }
}
