import { expect, type Locator, type Page } from "@playwright/test";

/**
 * Keyboard-only driving, with the checks a keyboard user relies on at every stop of the focus:
 * something has it, its ring can be seen, and it is not hidden under anything (WCAG 2.4.3, 2.4.7,
 * 2.4.11, and 1.4.11 for the ring's contrast).
 */

/** Where the focus is: the element (a number for this page, to tell repeats apart) and its name. */
export type FocusStop = {
  /** The same number for the same element for as long as the page lives; 0 for none. */
  id: number;
  /** Tag and accessible name, as a failure message should name it: `button "Sign out"`. */
  name: string;
};

type Inspection = FocusStop & { problems: string[] };

/** WCAG 1.4.11: the ring against what surrounds it. */
const MIN_RING_CONTRAST = 3;

/**
 * Runs in the page: what has the focus, and what keeps a person from seeing it. The ring is
 * `:focus-visible`'s outline in style/main.css (offset from the element, so it is drawn on the
 * background behind it); a box-shadow would count too.
 */
function inspectFocus(minContrast: number): Inspection {
  const focused = document.activeElement;
  if (!focused || focused === document.body || focused === document.documentElement) {
    return { id: 0, name: "nothing (the page itself)", problems: ["nothing has the focus: it was lost to the page"] };
  }
  const element = focused as HTMLElement;

  const seen = ((window as unknown as { __focusStops?: { ids: WeakMap<Element, number>; count: number } }).__focusStops ??=
    { ids: new WeakMap(), count: 0 });
  if (!seen.ids.has(element)) seen.ids.set(element, ++seen.count);
  const labelled =
    element.getAttribute("aria-label") ??
    (element as HTMLInputElement).labels?.[0]?.textContent ??
    element.textContent ??
    "";
  const name = `${element.tagName.toLowerCase()} "${labelled.replace(/\s+/g, " ").trim().slice(0, 40)}"`;
  const problems: string[] = [];
  const describe = (other: Element) => [other.tagName.toLowerCase(), ...other.classList].join(".");

  // The ring.
  const style = getComputedStyle(element);
  const outlined = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
  const shadowed = style.boxShadow !== "none";
  const rgba = (colour: string) => {
    const [r, g, b, a = 1] = (colour.match(/[\d.]+/g) ?? []).map(Number);
    return { r, g, b, a };
  };
  if (!outlined && !shadowed) {
    problems.push("no focus ring: outline none (or 0 wide) and no box-shadow");
  } else if (outlined) {
    const ring = rgba(style.outlineColor);
    if (ring.a === 0) problems.push("the focus ring is transparent");
    // What shows around the element: the first ancestor with a background of its own.
    let behind = { r: 255, g: 255, b: 255, a: 1 };
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      const background = rgba(getComputedStyle(parent).backgroundColor);
      if (background.a > 0) {
        behind = background;
        break;
      }
    }
    const luminance = ({ r, g, b }: { r: number; g: number; b: number }) => {
      const linear = (c: number) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
      return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    };
    const [light, dark] = [luminance(ring), luminance(behind)].sort((x, y) => y - x);
    const contrast = (light + 0.05) / (dark + 0.05);
    if (contrast < minContrast) {
      problems.push(
        `the focus ring (${style.outlineColor}) has a contrast of ${contrast.toFixed(2)}:1 against ` +
          `${`rgb(${behind.r}, ${behind.g}, ${behind.b})`} behind it, under ${minContrast}:1`,
      );
    }
  }

  // In view once the browser scrolled to it, and on top there (a sticky bar or an overlay would
  // cover it). A link wrapped over two lines is one box per line: one of them showing is enough.
  const box = element.getBoundingClientRect();
  const [width, height] = [window.innerWidth, window.innerHeight];
  if (box.width === 0 && box.height === 0) {
    problems.push("it has no size: focused but not shown");
  } else if (box.left < -1 || box.top < -1 || box.right > width + 1 || box.bottom > height + 1) {
    problems.push(
      `not inside the ${width}×${height} viewport: ` +
        `left ${Math.round(box.left)}, top ${Math.round(box.top)}, right ${Math.round(box.right)}, bottom ${Math.round(box.bottom)}`,
    );
  } else {
    const covers: string[] = [];
    const onTop = [...element.getClientRects()].some((part) => {
      const hit = document.elementFromPoint(part.left + part.width / 2, part.top + part.height / 2);
      if (hit && (hit === element || element.contains(hit))) return true;
      covers.push(hit ? describe(hit.closest("[class]") ?? hit) : "nothing");
      return false;
    });
    if (!onTop) problems.push(`hidden under ${covers.join(", ")} at its centre`);
  }

  // A box that clips (overflow other than visible) cuts the ring off where it meets its edge.
  const spread = parseFloat(style.outlineOffset) + parseFloat(style.outlineWidth);
  for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
    const parentStyle = getComputedStyle(parent);
    if (parentStyle.overflowX === "visible" && parentStyle.overflowY === "visible") continue;
    const clip = parent.getBoundingClientRect();
    if (
      box.left - spread < clip.left - 0.5 ||
      box.top - spread < clip.top - 0.5 ||
      box.right + spread > clip.right + 0.5 ||
      box.bottom + spread > clip.bottom + 0.5
    ) {
      problems.push(`its ring is clipped by ${describe(parent)}`);
    }
  }

  return { id: seen.ids.get(element) ?? 0, name, problems };
}

async function inspect(page: Page): Promise<Inspection> {
  return page.evaluate(inspectFocus, MIN_RING_CONTRAST);
}

/**
 * Fails unless the focus is on an element whose ring a person can see, in view and uncovered.
 * Retried briefly: a page still settling (a section arriving above) may move it for a moment.
 */
export async function expectFocusShown(page: Page, after = "the last key"): Promise<FocusStop> {
  const deadline = Date.now() + 2_000;
  let found = await inspect(page);
  while (found.problems.length > 0 && Date.now() < deadline) {
    await page.waitForTimeout(100);
    found = await inspect(page);
  }
  expect(found.problems, `after ${after}, the focus on ${found.name}`).toEqual([]);
  return { id: found.id, name: found.name };
}

/** Fails unless `target` has the focus (an app moving it may take a frame), shown as above. */
export async function expectFocusOn(target: Locator, after?: string): Promise<FocusStop> {
  await expect(target, `after ${after ?? "the last key"}, the focus should be here`).toBeFocused();
  return expectFocusShown(target.page(), after);
}

/** Tab: the next stop, checked; when `to` is given, it must be that one. */
export async function tab(page: Page, to?: Locator): Promise<FocusStop> {
  return move(page, "Tab", to);
}

/** Shift+Tab: the stop before, checked; when `to` is given, it must be that one. */
export async function shiftTab(page: Page, to?: Locator): Promise<FocusStop> {
  return move(page, "Shift+Tab", to);
}

async function move(page: Page, key: "Tab" | "Shift+Tab", to?: Locator): Promise<FocusStop> {
  await page.keyboard.press(key);
  return to ? expectFocusOn(to, key) : expectFocusShown(page, key);
}

/**
 * Tabs (or Shift+Tabs) to `target`, checking every stop on the way, as a person moving through
 * the page does; fails after `max` presses. No press at all when it has the focus already.
 */
export async function tabTo(
  target: Locator,
  { max = 20, backwards = false }: { max?: number; backwards?: boolean } = {},
): Promise<FocusStop[]> {
  const page = target.page();
  const passed: FocusStop[] = [];
  while (!(await target.evaluate((element) => element === document.activeElement))) {
    expect(passed.length, `${backwards ? "Shift+Tab" : "Tab"} never reached ${target}: ${names(passed)}`).toBeLessThan(
      max,
    );
    passed.push(await (backwards ? shiftTab(page) : tab(page)));
  }
  return passed;
}

/**
 * Tabs on from `last`, the page's last control, once round the page back to it: the focus leaves
 * the page for the browser's own controls (which leaves it on the page itself) or wraps to the
 * top, then goes through every stop, each checked. Answers the stops from the top to `last`. A
 * stop coming round again before `last` is a trap, and fails.
 */
export async function tabAround(last: Locator, { max = 80 }: { max?: number } = {}): Promise<FocusStop[]> {
  const page = last.page();
  await expectFocusOn(last, "the start of the round");
  const stops: FocusStop[] = [];
  let leftPage = false;
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const stop = await inspect(page);
    if (stop.id === 0) {
      expect(!leftPage && stops.length === 0, `Tab left the page, but not right after ${last}: ${names(stops)}`).toBe(
        true,
      );
      leftPage = true;
      continue;
    }
    expect(
      stops.some((seen) => seen.id === stop.id),
      `Tab came back to ${stop.name} before reaching ${last}: ${names([...stops, stop])}`,
    ).toBe(false);
    expect(stop.problems, `after Tab, the focus on ${stop.name}`).toEqual([]);
    stops.push({ id: stop.id, name: stop.name });
    if (await last.evaluate((element) => element === document.activeElement)) return stops;
  }
  throw new Error(`${max} Tabs never came round to ${last}: ${names(stops)}`);
}

/** A sequence of stops, for failure messages. */
export function names(stops: FocusStop[]): string {
  return stops.map((stop) => stop.name).join(" → ");
}
