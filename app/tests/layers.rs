//! The app's layers point one way: each module imports only from the layers below it. This reads
//! every source file and fails on an import that points up (or sideways between server functions),
//! so the map in the README stays true.
use std::{
    collections::BTreeSet,
    fs,
    path::{Path, PathBuf},
};

/// Each top-level module of `app/src`, with the modules it may import from (besides itself).
const LAYERS: &[(&str, &[&str])] = &[
    ("i18n", &[]),
    ("model", &["i18n"]),
    ("error", &["model", "i18n"]),
    ("locale", &["model", "i18n", "error"]),
    ("validation", &["model", "i18n", "error", "locale"]),
    ("backend", &["model", "i18n", "error", "validation", "locale"]),
    (
        "functions",
        &["model", "i18n", "error", "validation", "locale", "backend"],
    ),
    (
        "session",
        &["model", "i18n", "error", "validation", "locale", "functions"],
    ),
    (
        "components",
        &["model", "i18n", "error", "validation", "locale", "functions", "session"],
    ),
    (
        "routes",
        &[
            "model",
            "i18n",
            "error",
            "validation",
            "locale",
            "functions",
            "session",
            "components",
        ],
    ),
];

fn source_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            source_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// The top-level modules a source names through `crate::…`, including inside `use crate::{…}`
/// groups. Items of the crate root in capitals (`crate::APP_NAME`) are not modules.
fn crate_modules_named(source: &str) -> BTreeSet<String> {
    let mut named = BTreeSet::new();
    let mut rest = source;
    while let Some(at) = rest.find("crate::") {
        rest = &rest[at + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let mut depth = 1;
            let mut token = String::new();
            let mut at_item_start = true;
            for c in group.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 1 => at_item_start = true,
                    c if depth == 1 && at_item_start && (c.is_alphanumeric() || c == '_') => token.push(c),
                    _ => {
                        if !token.is_empty() {
                            named.insert(std::mem::take(&mut token));
                        }
                        if depth == 1 && !c.is_whitespace() {
                            at_item_start = false;
                        }
                    }
                }
                if depth == 0 {
                    break;
                }
            }
        } else {
            let name: String = rest.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
            named.insert(name);
        }
    }
    named.retain(|name| name.chars().next().is_some_and(|c| c.is_ascii_lowercase()));
    named
}

/// `super::x` at the top of a server-function module names a sibling module (tests' `super::*`
/// names the module itself).
fn names_a_sibling(source: &str) -> bool {
    source
        .match_indices("super::")
        .any(|(at, _)| !source[at..].starts_with("super::*"))
}

#[test]
fn every_import_points_down_the_layers() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    source_files(&src, &mut files);
    let mut upward = Vec::new();
    for file in &files {
        let relative = file.strip_prefix(&src).unwrap();
        let top = relative.components().next().unwrap().as_os_str().to_string_lossy();
        let module = top.trim_end_matches(".rs");
        if module == "lib" {
            continue;
        }
        let (_, allowed) = LAYERS
            .iter()
            .find(|(layer, _)| *layer == module)
            .unwrap_or_else(|| panic!("{}: a module the layer list does not know", relative.display()));
        let source = fs::read_to_string(file).unwrap();
        for name in crate_modules_named(&source) {
            if name != module && !allowed.contains(&name.as_str()) {
                upward.push(format!("{} imports crate::{name}", relative.display()));
            }
        }
        if module == "functions"
            && !relative.ends_with("mod.rs")
            && (crate_modules_named(&source).contains("functions") || names_a_sibling(&source))
        {
            upward.push(format!("{} imports another server-function module", relative.display()));
        }
        if module == "model" && source.contains("super::super") {
            upward.push(format!("{} reaches out of the model", relative.display()));
        }
    }
    assert!(
        upward.is_empty(),
        "imports that point up the layers:\n{}",
        upward.join("\n")
    );
}

#[test]
fn imports_are_read_inside_groups_too() {
    let source = "use crate::{\n    error::{AppError, Field},\n    model::Tokens,\n};\nlet x = crate::locale::X;\nuse crate::APP_NAME;";
    let names: Vec<_> = crate_modules_named(source).into_iter().collect();
    assert_eq!(names, ["error", "locale", "model"]);
    assert!(names_a_sibling("use super::auth::SignedIn;"));
    assert!(!names_a_sibling("mod tests { use super::*; }"));
}
