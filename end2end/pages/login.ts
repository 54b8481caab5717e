import { AppPage } from "./app-page";

export type SignInOptions = {
  /** Tick "Keep me signed in" (the session goes to `localStorage`, else `sessionStorage`). */
  remember?: boolean;
  /** Open `/login` first (default); `false` signs in on the sign-in page already shown. */
  open?: boolean;
};

/** `/login`: signs in; `?next=` returns to the page that asked; with two-step sign-in on, a second step asks for a code. */
export class LoginPage extends AppPage {
  async open() {
    await super.open("/login");
  }

  email() {
    return this.page.getByLabel("Email");
  }

  password() {
    return this.page.getByLabel("Password", { exact: true });
  }

  keepSignedIn() {
    return this.page.getByLabel("Keep me signed in");
  }

  submitButton() {
    return this.page.getByRole("button", { name: "Sign in" });
  }

  /** The second step's heading, shown once the password was right. */
  secondStep() {
    return this.page.getByRole("heading", { name: "Two-step sign-in" });
  }

  /** The authenticator app's code. */
  code() {
    return this.page.getByLabel("Code", { exact: true });
  }

  recoveryCode() {
    return this.page.getByLabel("Recovery code");
  }

  verifyButton() {
    return this.page.getByRole("button", { name: "Verify" });
  }

  useRecoveryCodeButton() {
    return this.page.getByRole("button", { name: "Use a recovery code" });
  }

  startAgainButton() {
    return this.page.getByRole("button", { name: "Start again" });
  }

  async enterCode(code: string) {
    await this.code().fill(code);
    await this.verifyButton().click();
  }

  async signIn(email: string, password: string, options: SignInOptions = {}) {
    if (options.open !== false) await this.open();
    await this.email().fill(email);
    await this.password().fill(password);
    if (options.remember) await this.keepSignedIn().check();
    await this.submitButton().click();
  }
}
