import { expect, test, type Page } from "../fixtures";
import { expectOnlySignInMemory } from "../pages/browser-session";

/** A site of someone else's, served to the browser by the test. */
const ATTACKER = "http://attacker.test";

type Forgery = {
  enctype: string;
  /** The form's fields, name and value, as the attacker writes them. */
  fields: (email: string, password: string) => [string, string][];
};

const FORGERIES: Forgery[] = [
  {
    enctype: "application/x-www-form-urlencoded",
    fields: (email, password) => [
      ["email", email],
      ["password", password],
    ],
  },
  {
    // The classic way to smuggle JSON in a form: the browser sends `name=value`, so a name
    // ending in `"` and a value ending in `"}` make the body a complete, valid sign-in request:
    // `{"email":…,"password":…,"time_zone":null,"language":"="}`.
    enctype: "text/plain",
    fields: (email, password) => [
      [`{"email":${JSON.stringify(email)},"password":${JSON.stringify(password)},"time_zone":null,"language":"`, `"}`],
    ],
  },
];

/** Serves, on the attacker's origin, a page that posts `forgery` to `action` as soon as it loads. */
async function serveForgery(page: Page, action: string, forgery: Forgery, email: string, password: string) {
  const inputs = forgery
    .fields(email, password)
    .map(([name, value]) => `<input type="hidden" name='${name}' value='${value}'>`)
    .join("");
  await page.route(`${ATTACKER}/**`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><title>You won</title>
        <form method="post" action="${action}" enctype="${forgery.enctype}">${inputs}</form>
        <script>document.forms[0].submit()</script>`,
    }),
  );
}

for (const forgery of FORGERIES) {
  test(`another site's ${forgery.enctype} form cannot sign in through our server functions`, async ({
    page,
    account,
    baseURL,
    loginPage,
    header,
  }) => {
    const signIn = new URL("/api/sign_in", baseURL).href;
    await serveForgery(page, signIn, forgery, account.email, account.password);
    const answered = page.waitForResponse((response) => response.url() === signIn);
    await page.goto(`${ATTACKER}/prize`);
    const response = await answered;

    // The browser really sent it as a cross-site form post, with the valid credentials...
    const sent = await response.request().allHeaders();
    expect(sent["content-type"]).toContain(forgery.enctype);
    expect(sent.origin).toBe(ATTACKER);
    if (forgery.enctype === "text/plain") {
      const body = JSON.parse(response.request().postData() ?? "");
      expect(body).toMatchObject({ email: account.email, password: account.password });
    }
    // ...and it was refused before any sign-in: no tokens in the answer, no session in the browser.
    expect(response.status()).toBe(415);
    expect(await response.text()).not.toContain("eyJ");
    await page.goto("/");
    await header.expectSignedOut();
    await expectOnlySignInMemory(page);

    // The same credentials sign in through our own page.
    await loginPage.signIn(account.email, account.password);
    await header.expectSignedInAs(account.displayName);
  });
}
