import { expect } from "@playwright/test";
import { AppPage } from "./app-page";

/** `/signup`: creates an account, then asks for the emailed code on the same page. */
export class SignUpPage extends AppPage {
  async open() {
    await super.open("/signup");
  }

  email() {
    return this.page.getByLabel(this.words("field-email"));
  }

  password() {
    return this.page.getByLabel(this.words("signup-form-password"), { exact: true });
  }

  displayName() {
    return this.page.getByLabel(this.words("profile-form-display-name"));
  }

  submitButton() {
    return this.page.getByRole("button", { name: this.words("nav-create-account") });
  }

  /** The live strength hint under the password. */
  strength(level: RegExp | string) {
    return this.page.getByText(level);
  }

  async submit() {
    await this.submitButton().click();
  }

  /** Fills the form in and sends it, staying on the page: for answers that refuse it. */
  async send(email: string, password: string, displayName: string) {
    await this.email().fill(email);
    await this.password().fill(password);
    await this.displayName().fill(displayName);
    await this.submit();
  }

  /** Opens the page, creates the account and waits for the code step. */
  async signUp(email: string, password: string, displayName: string) {
    await this.open();
    await this.send(email, password, displayName);
    await expect(this.heading()).toHaveText(this.words("verify-step-heading"));
  }
}
