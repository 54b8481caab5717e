import { expect } from "@playwright/test";
import { AppPage } from "./app-page";

/**
 * The purposes the mailbox lists, as the specs look for them: the keys of the words its purpose
 * column shows, in the page's language.
 */
export const MAIL = {
  /** The sign-up code, first or sent again. */
  signUp: ["message-mail-sign-up", "message-mail-resend"],
  newSignUpCode: ["message-mail-resend"],
  passwordReset: ["message-mail-password-reset"],
  emailChange: ["message-mail-email-change"],
  signInCode: ["message-mail-sign-in-code"],
} as const;

/** A purpose of `MAIL`, or a pattern of its words as the page shows them. */
export type MailPurpose = (typeof MAIL)[keyof typeof MAIL] | RegExp;

/** `/dev/mailbox` (local mode only): the messages the app "sent", newest first, read as a person would. */
export class MailboxPage extends AppPage {
  async open() {
    await this.page.goto("/dev/mailbox");
  }

  /** The rows for messages to `email` about `purpose`, newest first. */
  messages(email: string, purpose: MailPurpose) {
    const purposeWords = purpose instanceof RegExp ? purpose : this.words.pattern(purpose);
    return this.page.getByRole("row").filter({ hasText: email }).filter({ hasText: purposeWords });
  }

  /** Opens the mailbox and reads the newest code sent to `email` for `purpose`. */
  async latestCode(email: string, purpose: MailPurpose = MAIL.signUp): Promise<string> {
    await this.open();
    const row = this.messages(email, purpose).first();
    await expect(row).toBeVisible();
    return (await row.getByRole("code").innerText()).trim();
  }
}
