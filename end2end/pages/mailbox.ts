import { expect } from "@playwright/test";
import { AppPage } from "./app-page";

/** The purposes the mailbox lists, as the specs look for them. */
export const MAIL = {
  /** The sign-up code, first or sent again. */
  signUp: /Sign-up|New sign-up code/,
  newSignUpCode: /New sign-up code/,
  passwordReset: /Password reset/,
  emailChange: /Email change/,
} as const;

/** `/dev/mailbox` (local mode only): the messages the app "sent", newest first, read as a person would. */
export class MailboxPage extends AppPage {
  async open() {
    await this.page.goto("/dev/mailbox");
  }

  /** The rows for messages to `email` about `purpose`, newest first. */
  messages(email: string, purpose: RegExp) {
    return this.page.getByRole("row").filter({ hasText: email }).filter({ hasText: purpose });
  }

  /** Opens the mailbox and reads the newest code sent to `email` for `purpose`. */
  async latestCode(email: string, purpose: RegExp = MAIL.signUp): Promise<string> {
    await this.open();
    const row = this.messages(email, purpose).first();
    await expect(row).toBeVisible();
    return (await row.getByRole("code").innerText()).trim();
  }
}
