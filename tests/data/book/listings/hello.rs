fn greet(name: &str) -> String {
    format!("Hello, {name}!")
}

// ANCHOR: main
fn main() {
    let line = greet("Ferris");
    println!("{line}");
}
// ANCHOR_END: main
