import { AppPage, SEND_NEW_CODE } from "./app-page";

/** `/verify` (and the sign-up page's code step): confirms the email with its code. */
export class VerifyPage extends AppPage {
  async open(email?: string) {
    await super.open(email === undefined ? "/verify" : `/verify?email=${encodeURIComponent(email)}`);
  }

  email() {
    return this.page.getByLabel(this.words("field-email"));
  }

  codeField() {
    return this.page.getByLabel(this.words("field-verification-code"));
  }

  verifyButton() {
    return this.page.getByRole("button", { name: this.words("verify-step-verify") });
  }

  /** "Send a new code", with its cooldown in the name while it runs. */
  resendButton() {
    return this.page.getByRole("button", { name: this.words.pattern(SEND_NEW_CODE) });
  }

  async verify(code: string) {
    await this.codeField().fill(code);
    await this.verifyButton().click();
  }
}
