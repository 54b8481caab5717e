import { AppPage } from "./app-page";

/** `/`: what the app is; signed in, a greeting and a link to the profile. */
export class HomePage extends AppPage {
  async open() {
    await super.open("/");
  }

  profileLink() {
    return this.page.getByRole("link", { name: this.words("home-actions-profile") });
  }

  /** The call to create an account (the header has a link of the same name). */
  createAccountLink() {
    return this.page.getByRole("link", { name: this.words("nav-create-account") }).first();
  }
}
