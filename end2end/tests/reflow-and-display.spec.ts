import type { Locator } from "@playwright/test";
import { PASSWORD, expect, test, uniqueEmail, type Account, type Page } from "../fixtures";
import type { AppPage } from "../pages/app-page";
import type { ForgotPasswordPage } from "../pages/forgot-password";
import type { HomePage } from "../pages/home";
import type { LoginPage } from "../pages/login";
import type { MailboxPage } from "../pages/mailbox";
import type { ProfilePage } from "../pages/profile";
import type { ResetPasswordPage } from "../pages/reset-password";
import type { SettingsPage } from "../pages/settings";
import type { SignUpPage } from "../pages/signup";
import type { VerifyPage } from "../pages/verify";
import { totp } from "../totp";

// The pages as people set up their browsers, which axe does not try: a phone-width window, larger
// text, less motion, forced colours (WCAG 1.4.10, 1.4.4, 2.3.3, 1.4.11).

// Each case sets the window it needs: run once, in the desktop project.
test.skip(({ isMobile }) => isMobile, "every case here sets its own window size");

/**
 * What a person would find cut off or needing a sideways scroll, described: the page wider than
 * the window, a box hiding content it has no room for (`overflow: hidden`, as ellipses and "fixes"
 * for a wide page do), a box of its own scrolling sideways, text past the window's edges. Runs in
 * the page.
 */
function overflowProblems(): string[] {
  const root = document.documentElement;
  const named = (element: Element) =>
    `<${element.tagName.toLowerCase()} class="${element.getAttribute("class") ?? ""}"> "${(element.textContent ?? "").trim().slice(0, 40)}"`;
  const problems: string[] = [];
  if (root.scrollWidth > root.clientWidth) {
    problems.push(`the page is ${root.scrollWidth} px wide in a ${root.clientWidth} px window`);
  }
  for (const element of document.body.querySelectorAll("*")) {
    // A field's own text scrolls inside it, in every browser.
    if (element.matches("input, select, textarea")) continue;
    const style = getComputedStyle(element);
    const hides = (overflow: string) => overflow === "hidden" || overflow === "clip";
    const wider = element.scrollWidth > element.clientWidth + 1;
    const taller = element.scrollHeight > element.clientHeight + 1;
    if ((hides(style.overflowX) && wider) || (hides(style.overflowY) && taller)) {
      problems.push(
        `cut: ${named(element)}, ${element.scrollWidth}×${element.scrollHeight} in ${element.clientWidth}×${element.clientHeight}`,
      );
    } else if (wider && (style.overflowX === "auto" || style.overflowX === "scroll")) {
      problems.push(`scrolls sideways: ${named(element)}`);
    }
  }
  const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let text = texts.nextNode(); text; text = texts.nextNode()) {
    if (!text.textContent?.trim()) continue;
    range.selectNodeContents(text);
    const rects = [...range.getClientRects()];
    if (rects.some((rect) => rect.width > 0 && (rect.left < -0.5 || rect.right > root.clientWidth + 0.5))) {
      problems.push(`past the window's edge: ${named(text.parentElement!)}`);
    }
  }
  return problems;
}

async function expectNothingCut(page: Page, where: string) {
  expect(await page.evaluate(overflowProblems), where).toEqual([]);
}

type SignedOutPages = {
  app: AppPage;
  homePage: HomePage;
  signUpPage: SignUpPage;
  verifyPage: VerifyPage;
  loginPage: LoginPage;
  forgotPasswordPage: ForgotPasswordPage;
  resetPasswordPage: ResetPasswordPage;
  mailbox: MailboxPage;
};

/**
 * Every page a visitor reaches, in each state worth a look, calling `check` in each. The address
 * is a long one, as the pages that repeat it must wrap it.
 */
async function visitSignedOutPages(pages: SignedOutPages, check: (where: string) => Promise<void>) {
  const { app, homePage, signUpPage, verifyPage, loginPage, forgotPasswordPage, resetPasswordPage, mailbox } = pages;
  const email = uniqueEmail("a-rather-long-address-that-has-to-wrap-somewhere");
  await homePage.open();
  await check("home");
  await signUpPage.open();
  await check("sign-up");
  await verifyPage.open(email);
  await check("verify");
  await app.open("/login?notice=verified");
  await check("sign-in, with a notice");
  await loginPage.continueWith(email);
  await check("sign-in, the ways to sign in");
  await loginPage.emailMeACode();
  await check("sign-in, the emailed code");
  await forgotPasswordPage.open();
  await check("forgot password");
  await resetPasswordPage.open(email);
  await check("reset password");
  await mailbox.open();
  await expect(mailbox.page.getByRole("table")).toBeVisible();
  await check("dev mailbox");
  await app.open("/a-page-that-does-not-exist");
  await check("page not found");
}

type SignedInPages = { homePage: HomePage; profilePage: ProfilePage; settingsPage: SettingsPage; account: Account };

/** The signed-in pages, with each settings form open in turn, calling `check` in each. */
async function visitSignedInPages(pages: SignedInPages, check: (where: string) => Promise<void>) {
  const { homePage, profilePage, settingsPage, account } = pages;
  await homePage.open();
  await check("home, signed in");
  await profilePage.open();
  await check("profile");
  await settingsPage.open();
  await check("settings");
  const forms: [string, Locator][] = [
    ["email", settingsPage.changeEmailButton()],
    ["password", settingsPage.changePasswordButton()],
    ["deletion", settingsPage.deleteAccountButton()],
  ];
  for (const [form, opener] of forms) {
    await opener.click();
    await expect(settingsPage.currentPassword()).toBeVisible();
    await check(`settings, the ${form} form`);
  }
  const key = await settingsPage.startTwoStepSetup(account.password);
  await check("settings, two-step setup's QR code and key");
  await settingsPage.finishTwoStepSetup(totp(key));
  await check("settings, the recovery codes");
}

test.describe("in a window 320 CSS px wide", () => {
  // 1280 px at 400 % zoom (WCAG 1.4.10), or a small phone.
  test.use({ viewport: { width: 320, height: 640 } });

  test("the signed-out pages need no sideways scrolling and cut no text", async ({
    page,
    app,
    homePage,
    signUpPage,
    verifyPage,
    loginPage,
    forgotPasswordPage,
    resetPasswordPage,
    mailbox,
  }) => {
    const pages = { app, homePage, signUpPage, verifyPage, loginPage, forgotPasswordPage, resetPasswordPage, mailbox };
    await visitSignedOutPages(pages, (where) => expectNothingCut(page, where));
  });

  test("the signed-in pages, their forms open, need no sideways scrolling and cut no text", async ({
    signedInPage: page,
    account,
    homePage,
    profilePage,
    settingsPage,
  }) => {
    await visitSignedInPages({ homePage, profilePage, settingsPage, account }, (where) => expectNothingCut(page, where));
  });
});

test.describe("in French on a phone-sized window", () => {
  test.use({ viewport: { width: 412, height: 915 }, language: "fr" });

  // The header learns whether anyone is signed in only in the browser, a moment after the page
  // shows (another tab may hand a session over). Its links wrap under the app's name here: if
  // their room were not kept, the page would jump down under the reader's finger.
  test("the page stays put while the header finds out who is signed in", async ({ page, forgotPasswordPage }) => {
    await page.goto("/forgot-password", { waitUntil: "domcontentloaded" });
    const heading = forgotPasswordPage.heading();
    const before = await heading.boundingBox();
    await expect(forgotPasswordPage.header.signInLink()).toBeVisible();
    expect(await heading.boundingBox()).toEqual(before);
  });
});

/**
 * Doubles the browser's default font size, as Chrome's "Font size" setting does: only text set in
 * `rem` or `em` grows, and layout sized in them. Browser zoom would scale everything alike, which
 * reflows like a narrower window (the 320 px tests); this finds what text set in `px`, or boxes
 * of fixed height, do to larger text (WCAG 1.4.4).
 */
async function doubleTextSize(page: Page) {
  const devtools = await page.context().newCDPSession(page);
  await devtools.send("Page.setFontSizes", { fontSizes: { standard: 32, fixed: 26 } });
}

function fontSize(locator: Locator): Promise<number> {
  return locator.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
}

test.describe("with text at 200 %", () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test("text doubles, and the signed-out pages need no sideways scrolling and cut no text", async ({
    page,
    app,
    homePage,
    signUpPage,
    verifyPage,
    loginPage,
    forgotPasswordPage,
    resetPasswordPage,
    mailbox,
  }) => {
    const pages = { app, homePage, signUpPage, verifyPage, loginPage, forgotPasswordPage, resetPasswordPage, mailbox };
    await signUpPage.open();
    const label = page.locator("label").first();
    const normal = await fontSize(label);
    await doubleTextSize(page);
    expect(await fontSize(label)).toBe(2 * normal);
    await visitSignedOutPages(pages, (where) => expectNothingCut(page, where));
  });

  test("the signed-in pages, their forms open, need no sideways scrolling and cut no text", async ({
    signedInPage: page,
    account,
    homePage,
    profilePage,
    settingsPage,
  }) => {
    await doubleTextSize(page);
    await visitSignedInPages({ homePage, profilePage, settingsPage, account }, (where) => expectNothingCut(page, where));
  });
});

/** Motion a later design might add: eased colours on buttons, a busy button that pulses. */
const LATER_MOTION = `
button { transition: background-color 0.3s, transform 0.3s; }
button[aria-busy="true"] { animation: later-pulse 1s ease-in-out infinite; }
@keyframes later-pulse { 50% { opacity: 0.5; } }
html { scroll-behavior: smooth; }
`;

/**
 * What moves, or would move on a change, for longer than `ms`, described: CSS animations and
 * transitions on any element or its `::before` and `::after`, smooth scrolling, and every
 * animation running now. Runs in the page.
 */
function motionOver(ms: number): string[] {
  const longest = (times: string) => Math.max(...times.split(",").map((time) => parseFloat(time) * 1000));
  const found: string[] = [];
  for (const element of document.querySelectorAll("*")) {
    for (const pseudo of [null, "::before", "::after"]) {
      const style = getComputedStyle(element, pseudo);
      const where = `<${element.tagName.toLowerCase()}>${pseudo ?? ""}`;
      const repeats = Math.max(
        ...style.animationIterationCount.split(",").map((count) => (count.trim() === "infinite" ? Infinity : Number(count))),
      );
      const animation = style.animationName === "none" ? 0 : longest(style.animationDuration);
      if (animation > 0 && animation * repeats > ms) found.push(`${where} animation ${style.animationDuration}`);
      if (longest(style.transitionDuration) > ms) found.push(`${where} transition ${style.transitionDuration}`);
    }
  }
  if (getComputedStyle(document.documentElement).scrollBehavior === "smooth") found.push("smooth scrolling");
  for (const animation of document.getAnimations()) {
    const lasts = Number(animation.effect?.getComputedTiming().activeDuration ?? 0);
    if (animation.playState === "running" && lasts > ms) found.push(`running for ${lasts} ms`);
  }
  return found;
}

test("with less motion asked for, nothing moves, not even what a later style would animate", async ({
  page,
  loginPage,
}) => {
  // The app animates nothing of its own: its stylesheet is served with such rules added after its
  // own, which its reduced-motion rule must still stop.
  await page.route("**/pkg/doorway.css", async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, body: (await response.text()) + LATER_MOTION });
  });
  // The sign-in is never answered: its button stays busy, and pulses.
  await page.route("**/api/sign_in", () => {});
  await page.emulateMedia({ reducedMotion: "reduce" });
  await loginPage.open();
  await loginPage.email().fill(uniqueEmail("motion"));
  await loginPage.password().fill(PASSWORD);
  await loginPage.submitButton().click();
  await expect(page.locator('button[aria-busy="true"]')).toBeVisible();
  expect(await page.evaluate(motionOver, 10)).toEqual([]);

  // The same page without the preference: the rules above do animate it.
  await page.emulateMedia({ reducedMotion: "no-preference" });
  expect(await page.evaluate(motionOver, 10)).toContainEqual(expect.stringContaining("running"));
});

/** What a part of the page is drawn as, and what is left of that drawing (forced colours draw no backgrounds). */
type Drawing = {
  name: string;
  /** A field or a button that looks like one; a box shown by its background alone; a background picture. */
  shape: "control" | "filled box" | "picture" | null;
  /** How many of its four borders are seen. */
  edges: number;
  picture: boolean;
};

/** How every visible element of the page is drawn, in the colours the page is in now. Runs in the page. */
function drawing(): Map<Element, Drawing> {
  const seen = (colour: string) => colour !== "transparent" && !/^rgba\(.*,\s*0\)$/.test(colour);
  const groundOf = (element: Element | null): string => {
    for (let ancestor = element; ancestor; ancestor = ancestor.parentElement) {
      const background = getComputedStyle(ancestor).backgroundColor;
      if (seen(background)) return background;
    }
    return "";
  };
  const drawings = new Map<Element, Drawing>();
  for (const element of document.body.querySelectorAll("*")) {
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    // Out of sight (the skip link waits above the page), or drawn by the system (check boxes).
    if (!box.width || !box.height || box.bottom <= 0 || style.visibility === "hidden") continue;
    if (element.matches('input[type="checkbox"], input[type="radio"]')) continue;
    const edges = ["top", "right", "bottom", "left"].filter(
      (side) =>
        parseFloat(style.getPropertyValue(`border-${side}-width`)) > 0 &&
        !["none", "hidden"].includes(style.getPropertyValue(`border-${side}-style`)) &&
        seen(style.getPropertyValue(`border-${side}-color`)),
    ).length;
    const filled = seen(style.backgroundColor) && style.backgroundColor !== groundOf(element.parentElement);
    const picture = style.backgroundImage !== "none";
    let shape: Drawing["shape"] = null;
    if (picture) shape = "picture";
    else if (element.matches("button, input, select, textarea")) shape = filled || edges > 0 ? "control" : null;
    else if (filled && edges === 0) shape = "filled box";
    const name = `<${element.tagName.toLowerCase()} class="${element.getAttribute("class") ?? ""}"> "${(element.textContent ?? "").trim().slice(0, 30)}"`;
    drawings.set(element, { name, shape, edges, picture });
  }
  return drawings;
}

/**
 * Expects what the page draws in normal colours to survive forced colours (Windows' contrast
 * themes), which replace every colour and drop backgrounds: each field and button keeps its four
 * borders, a box shown by its background keeps some border, a picture stays.
 */
async function expectDrawingKeptInForcedColours(page: Page, where: string) {
  const normal = await page.evaluateHandle(drawing);
  await page.emulateMedia({ forcedColors: "active" });
  const forced = await page.evaluateHandle(drawing);
  const lost = await page.evaluate(
    ([normal, forced]) =>
      [...normal].flatMap(([element, { name, shape }]) => {
        const now = forced.get(element);
        if (shape === "control" && now?.edges !== 4) return [`${name}: ${now?.edges ?? 0} borders of 4`];
        if (shape === "filled box" && !now?.edges) return [`${name}: no border left to show the box`];
        if (shape === "picture" && !now?.picture) return [`${name}: its picture is gone`];
        return [];
      }),
    [normal, forced],
  );
  await page.emulateMedia({ forcedColors: "none" });
  expect(lost, where).toEqual([]);
}

/**
 * The focused element's outline (box shadows vanish in forced colours, outlines stay), and where
 * the element is in the page. Runs in the page.
 */
function focusOutline() {
  const focused = document.activeElement ?? document.body;
  const style = getComputedStyle(focused);
  return {
    at: focused === document.body ? -1 : [...document.querySelectorAll("*")].indexOf(focused),
    name: `<${focused.tagName.toLowerCase()}> "${(focused.textContent ?? "").trim().slice(0, 30)}"`,
    style: style.outlineStyle,
    width: parseFloat(style.outlineWidth),
    colour: style.outlineColor,
  };
}

/** sRGB relative luminance (WCAG) of a computed `rgb()` colour. */
function luminance(colour: string): number {
  const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map((channel) => {
    const value = Number(channel) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

test.describe("in forced colours", () => {
  test("fields, buttons and notices keep their edges, and every focus stop its outline", async ({
    page,
    app,
    loginPage,
  }) => {
    await app.open("/login?notice=verified");
    await expectDrawingKeptInForcedColours(page, "sign-in, with a notice");

    await page.emulateMedia({ forcedColors: "active" });
    // Every stop, once round.
    const stops = new Set<number>();
    for (;;) {
      await page.keyboard.press("Tab");
      const outline = await page.evaluate(focusOutline);
      if (outline.at < 0 || stops.has(outline.at)) break;
      stops.add(outline.at);
      expect(outline.style, outline.name).not.toBe("none");
      expect(outline.width, outline.name).toBeGreaterThanOrEqual(2);
      expect(outline.colour, outline.name).not.toMatch(/^rgba\(.*,\s*0\)$|transparent/);
    }
    expect(stops.size).toBeGreaterThan(5);
    await page.emulateMedia({ forcedColors: "none" });

    await loginPage.continueWith(uniqueEmail("forced"));
    await expectDrawingKeptInForcedColours(page, "sign-in, the ways to sign in");
  });

  test("the signed-in forms keep their edges, and the QR code stays dark on light", async ({
    signedInPage: page,
    account,
    profilePage,
    settingsPage,
  }) => {
    await profilePage.open();
    await expectDrawingKeptInForcedColours(page, "profile");
    await settingsPage.open();
    await settingsPage.startTwoStepSetup(account.password);
    await expectDrawingKeptInForcedColours(page, "settings, two-step setup");

    // A dark theme would turn a QR code drawn in the text colour light on dark, which scanners
    // cannot read: it keeps its own colours.
    await page.emulateMedia({ forcedColors: "active", colorScheme: "dark" });
    const [ground, modules] = await settingsPage
      .qrCode()
      .evaluate((qr) => [...qr.children].map((part) => getComputedStyle(part).fill));
    expect((luminance(ground) + 0.05) / (luminance(modules) + 0.05)).toBeGreaterThanOrEqual(7);
  });
});
