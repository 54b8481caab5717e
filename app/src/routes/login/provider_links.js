// "Keep me signed in" travels with the links to other identity providers, which the server
// renders outside the form: a few DOM calls, cheaper here than bound in Rust.

/** Adds `remember=1` to each provider link while the box is ticked, and takes it away after. */
export function rememberInProviderLinks(checked) {
  for (const link of document.querySelectorAll("a.provider")) {
    const url = new URL(link.href);
    if (checked) url.searchParams.set("remember", "1");
    else url.searchParams.delete("remember");
    link.href = url.pathname + url.search;
  }
}
