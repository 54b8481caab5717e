// Where the keyboard goes after a form changes under it: a few DOM calls, kept in JavaScript
// because each DOM method bound in Rust costs the first visit's wasm more than this file.

/** The element the keyboard is on. */
export function focusedElement() {
  return document.activeElement;
}

/**
 * After the next render, moves the focus to the first element that `selector` finds inside the
 * `container` around `from` (`form`, `section`), if there is one.
 */
export function focusFirstAfterRender(from, container, selector) {
  const within = from && from.closest && from.closest(container);
  if (within) requestAnimationFrame(() => within.querySelector(selector)?.focus());
}

/** Moves the focus to the element with this id, if the page has it. */
export function focusById(id) {
  document.getElementById(id)?.focus();
}
