import { AppPage } from "./app-page";

export type SignInOptions = {
  /** Tick "Keep me signed in" (the session goes to `localStorage`, else `sessionStorage`). */
  remember?: boolean;
  /** Open `/login` first (default); `false` signs in on the sign-in page already shown. */
  open?: boolean;
};

/** `/login`: signs in; `?next=` returns to the page that asked. */
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

  async signIn(email: string, password: string, options: SignInOptions = {}) {
    if (options.open !== false) await this.open();
    await this.email().fill(email);
    await this.password().fill(password);
    if (options.remember) await this.keepSignedIn().check();
    await this.submitButton().click();
  }
}
