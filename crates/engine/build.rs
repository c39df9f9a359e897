//! Embeds the demo corpus (`demo/corpus/` at the workspace root) into the engine, so `sitrep
//! demo` runs with nothing but the binary.

use std::fmt::Write;
use std::path::Path;

fn main() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../demo/corpus");
    println!("cargo:rerun-if-changed={}", corpus.display());
    let mut files: Vec<_> = std::fs::read_dir(&corpus)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|entry| entry.path())
                .filter(|path| path.is_file())
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut code = String::from("/// The demo corpus: (file name, bytes), sorted by name.\npub static DEMO_CORPUS: &[(&str, &[u8])] = &[\n");
    for file in files {
        println!("cargo:rerun-if-changed={}", file.display());
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        let absolute = file.canonicalize().unwrap();
        let _ = writeln!(
            code,
            "    ({name:?}, include_bytes!({:?})),",
            absolute.display().to_string()
        );
    }
    code.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("demo_corpus.rs");
    std::fs::write(out, code).unwrap();
}
