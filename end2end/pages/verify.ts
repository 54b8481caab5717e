import { AppPage } from "./app-page";

/** `/verify` (and the sign-up page's code step): confirms the email with its code. */
export class VerifyPage extends AppPage {
  async open(email?: string) {
    await super.open(email === undefined ? "/verify" : `/verify?email=${encodeURIComponent(email)}`);
  }

  email() {
    return this.page.getByLabel("Email");
  }

  codeField() {
    return this.page.getByLabel("Verification code");
  }

  verifyButton() {
    return this.page.getByRole("button", { name: "Verify" });
  }

  /** "Send a new code", with its cooldown in the name while it runs. */
  resendButton() {
    return this.page.getByRole("button", { name: /Send a new code/ });
  }

  async verify(code: string) {
    await this.codeField().fill(code);
    await this.verifyButton().click();
  }
}
