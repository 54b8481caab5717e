import { AppPage } from "./app-page";

/** `/reset-password?email=…`: sets a new password with the emailed code. */
export class ResetPasswordPage extends AppPage {
  async open(email?: string) {
    await super.open(email === undefined ? "/reset-password" : `/reset-password?email=${encodeURIComponent(email)}`);
  }

  email() {
    return this.page.getByLabel(this.words("field-email"));
  }

  codeField() {
    return this.page.getByLabel(this.words("field-verification-code"));
  }

  newPassword() {
    return this.page.getByLabel(this.words("reset-form-new-password"), { exact: true });
  }

  submitButton() {
    return this.page.getByRole("button", { name: this.words("reset-form-reset") });
  }

  async reset(code: string, newPassword: string) {
    await this.codeField().fill(code);
    await this.newPassword().fill(newPassword);
    await this.submitButton().click();
  }
}
