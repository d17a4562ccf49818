//! `plan preview FILE [--port N] [--open]`: a page on this computer only
//! (127.0.0.1) that shows the document's pages and follows every save of
//! the plan or of a file it includes (as `plan watch` finds them). While
//! the plan has errors, the page shows them, located and worded in the
//! chosen language, over the last good pages. Nothing is written to disk.
//!
//! No web framework: one thread rebuilds on change, the main thread
//! answers HTTP/1.1 GET requests one at a time (the only client is the
//! author's browser):
//!
//! - `/`: the page (HTML and a small script that asks `/state` twice a
//!   second and reloads the images when the version changes);
//! - `/state`: `{"version": 3, "pages": 5, "problems": "…" | null,
//!   "text": "…"}`, the text being the document as `plan text` prints it
//!   (kept in the page for search and screen readers);
//! - `/page/N.svg`: page N (from 1) as SVG.
//!
//! The port asked for (default 8040) or, when it is taken, the next free
//! one. Ctrl-C stops it; nothing is left behind.

use std::io::{BufRead, BufReader, Write};
use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use super::watch::{POLL, Stamp, any_changed, files_read, stamp_of};
use super::{PreviewArgs, print_done, print_error, read};
use crate::diag::ExitStatus;
use crate::lang::{self, t};
use crate::render::Renderer;
use crate::resolve::Options;

/// What the page shows.
#[derive(Debug, Default)]
struct State {
    version: u64,
    pages: Vec<String>,
    problems: Option<String>,
    text: String,
}

/// Serves the preview until the process is stopped.
pub(super) fn run(args: &PreviewArgs) -> ExitStatus {
    if let Some(refused) =
        super::watch::refuse_what_is_not_a_file(std::slice::from_ref(&args.file))
    {
        return refused;
    }
    let renderer = match Renderer::new(&args.font_path) {
        Ok(renderer) => renderer,
        Err(err) => return super::renderer_failed(&err),
    };
    let Some((listener, port)) = bind(args.port) else {
        print_error(&t(
            format!("không mở được cổng nào từ {} trên 127.0.0.1", args.port),
            format!("no port from {} could be opened on 127.0.0.1", args.port),
        ));
        return ExitStatus::Io;
    };
    let state = Arc::new(Mutex::new(State::default()));
    let plan = args.file.clone();
    let mut files = rebuild(&plan, &renderer, &state);
    let url = format!("http://127.0.0.1:{port}/");
    print_done(&t(
        format!("xem trước tại {url} ; nhấn Ctrl-C để dừng"),
        format!("preview at {url} ; press Ctrl-C to stop"),
    ));
    if args.open {
        open_browser(&url);
    }
    let watched = Arc::clone(&state);
    std::thread::spawn(move || {
        loop {
            std::thread::sleep(POLL);
            if any_changed(&files) {
                files = rebuild(&plan, &renderer, &watched);
            }
        }
    });
    for stream in listener.incoming().flatten() {
        // One thread a connection: a browser's idle spare connection must
        // not hold up the others. A client that goes away mid-answer is no
        // concern of the rest.
        let state = Arc::clone(&state);
        std::thread::spawn(move || {
            let _ = answer(stream, &state, port);
        });
    }
    ExitStatus::Success
}

/// Listens on 127.0.0.1 at `port` or the next free port (up to 100 tries).
fn bind(port: u16) -> Option<(TcpListener, u16)> {
    (port..=port.saturating_add(100))
        .find_map(|p| TcpListener::bind((Ipv4Addr::LOCALHOST, p)).ok().map(|l| (l, p)))
}

/// Builds the pages of `plan` into `state`; returns the files to watch.
fn rebuild(
    plan: &Path,
    renderer: &Renderer,
    state: &Mutex<State>,
) -> Vec<(PathBuf, Stamp)> {
    let before = stamp_of(plan);
    let lang = lang::current();
    let bytes = match read(plan) {
        Ok(bytes) => bytes,
        Err(why) => {
            // On the terminal too, not only on the page.
            print_error(&why);
            set_problems(state, why.get(lang).to_owned());
            return vec![(plan.to_path_buf(), before)];
        }
    };
    let staged =
        crate::stages(plan, &bytes, Options::default(), &crate::load::read_from_disk);
    let files = files_read(plan, before, &staged.sources);
    super::report(&staged.diagnostics, &staged.sources);
    let stages = staged.stages.filter(|_| !staged.diagnostics.has_errors());
    let Some(stages) = stages else {
        let text =
            crate::diag::render(&staged.diagnostics, &staged.sources, 100, false, lang);
        set_problems(state, text);
        return files;
    };
    match renderer.compile(&stages.view) {
        Ok(compiled) => {
            let pages = crate::images::svg_pages(&compiled.document)
                .into_iter()
                .map(|p| String::from_utf8(p).unwrap_or_default())
                .collect();
            let text = crate::plaintext::render(&stages.view);
            let mut first = false;
            if let Ok(mut state) = state.lock() {
                first = state.pages.is_empty();
                state.version += 1;
                state.pages = pages;
                state.problems = None;
                state.text = text;
            }
            let shown = plan.display();
            print_done(&if first {
                t(format!("đã dựng {shown}"), format!("built {shown}"))
            } else {
                t(format!("đã dựng lại {shown}"), format!("rebuilt {shown}"))
            });
        }
        Err(err) => set_problems(state, format!("{err}\n{}", super::bug_note())),
    }
    files
}

/// Shows `problems` over the last good pages.
fn set_problems(state: &Mutex<State>, problems: String) {
    if let Ok(mut state) = state.lock() {
        state.version += 1;
        state.problems = Some(problems);
    }
}

/// Answers one request.
///
/// Only requests naming this server (`Host: 127.0.0.1:PORT` or
/// `localhost:PORT`) are answered: a web page of another site that points
/// its own name at 127.0.0.1 (DNS rebinding) gets 403, not the plan. The
/// request line and headers are read up to 16 KiB.
fn answer(mut stream: TcpStream, state: &Mutex<State>, port: u16) -> std::io::Result<()> {
    stream.set_read_timeout(Some(std::time::Duration::from_secs(5)))?;
    let mut reader = BufReader::new(std::io::Read::take(stream.try_clone()?, 16 * 1024));
    let mut request = String::new();
    reader.read_line(&mut request)?;
    let mut host = String::new();
    let mut line = String::new();
    while reader.read_line(&mut line)? > 2 {
        if let Some((name, value)) = line.split_once(':')
            && name.trim().eq_ignore_ascii_case("host")
        {
            host = value.trim().to_ascii_lowercase();
        }
        line.clear();
    }
    if host != format!("127.0.0.1:{port}") && host != format!("localhost:{port}") {
        return respond(&mut stream, "403 Forbidden", "text/plain", b"forbidden\n");
    }
    let mut parts = request.split_whitespace();
    let (method, target) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    let path = target.split('?').next().unwrap_or("");
    if method != "GET" {
        return respond(
            &mut stream,
            "405 Method Not Allowed",
            "text/plain",
            b"GET only\n",
        );
    }
    match path {
        "/" => {
            respond(&mut stream, "200 OK", "text/html; charset=utf-8", page().as_bytes())
        }
        "/state" => {
            let body = state_json(state);
            respond(
                &mut stream,
                "200 OK",
                "application/json; charset=utf-8",
                body.as_bytes(),
            )
        }
        _ => match page_svg(path, state) {
            Some(svg) => respond(&mut stream, "200 OK", "image/svg+xml", svg.as_bytes()),
            None => respond(&mut stream, "404 Not Found", "text/plain", b"not found\n"),
        },
    }
}

fn respond(
    stream: &mut TcpStream,
    status: &str,
    kind: &str,
    body: &[u8],
) -> std::io::Result<()> {
    write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\n\
         Cache-Control: no-store\r\nConnection: close\r\n\r\n",
        body.len()
    )?;
    stream.write_all(body)?;
    stream.flush()
}

fn state_json(state: &Mutex<State>) -> String {
    let Ok(state) = state.lock() else { return "{}".to_owned() };
    serde_json::json!({
        "version": state.version,
        "pages": state.pages.len(),
        "problems": state.problems,
        "text": state.text,
    })
    .to_string()
}

/// `/page/N.svg`, N from 1.
fn page_svg(path: &str, state: &Mutex<State>) -> Option<String> {
    let n: usize = path.strip_prefix("/page/")?.strip_suffix(".svg")?.parse().ok()?;
    let state = state.lock().ok()?;
    state.pages.get(n.checked_sub(1)?).cloned()
}

/// The page: the pages as images, the problems over them, the text below
/// for search; labels in the chosen language.
fn page() -> String {
    let lang = lang::current();
    let (title, problems, no_pages, text, page_word) = match lang {
        lang::Lang::Vi => (
            "Xem trước",
            "Kế hoạch có lỗi; đang hiện bản đúng gần nhất",
            "Kế hoạch có lỗi; chưa dựng được trang nào",
            "Văn bản",
            "Trang",
        ),
        lang::Lang::En => (
            "Preview",
            "The plan has errors; showing the last good pages",
            "The plan has errors; no page could be built yet",
            "Text",
            "Page",
        ),
    };
    format!(
        r##"<!doctype html>
<html lang="{code}"><head><meta charset="utf-8"><title>{title}</title>
<style>
body {{ margin: 0; background: #888; font-family: sans-serif; }}
#pages img {{ display: block; margin: 12px auto; background: white; width: min(95vw, 794px); box-shadow: 0 1px 4px #0006; }}
#problems {{ position: fixed; top: 0; left: 0; right: 0; max-height: 60vh; overflow: auto; margin: 0; padding: 12px; background: #fff3f3ee; border-bottom: 3px solid #c00; white-space: pre-wrap; font: 13px monospace; }}
#problems[hidden] {{ display: none; }}
details {{ background: white; margin: 12px auto; width: min(95vw, 794px); padding: 8px; }}
#text {{ white-space: pre-wrap; }}
</style></head>
<body>
<pre id="problems" hidden></pre>
<div id="pages"></div>
<details><summary>{text}</summary><div id="text"></div></details>
<script>
let shown = -1;
async function poll() {{
  try {{
    const state = await (await fetch("/state", {{cache: "no-store"}})).json();
    if (state.version !== shown) {{
      shown = state.version;
      // How many versions this page has shown without being reloaded.
      document.body.dataset.updates = (Number(document.body.dataset.updates || 0) + 1).toString();
      const problems = document.getElementById("problems");
      if (state.problems) {{
        problems.textContent = (state.pages > 0 ? "{problems}" : "{no_pages}") + "\n\n" + state.problems;
        problems.hidden = false;
      }} else {{
        problems.hidden = true;
        const pages = document.getElementById("pages");
        pages.replaceChildren();
        for (let n = 1; n <= state.pages; n++) {{
          const img = document.createElement("img");
          img.src = "/page/" + n + ".svg?v=" + state.version;
          img.alt = "{page_word} " + n;
          pages.appendChild(img);
        }}
        document.getElementById("text").textContent = state.text;
      }}
    }}
  }} catch (e) {{}}
  setTimeout(poll, 400);
}}
poll();
</script>
</body></html>
"##,
        code = lang.code(),
    )
}

/// Opens `url` in the desktop's browser (`xdg-open`, `open`), if any.
fn open_browser(url: &str) {
    for opener in ["xdg-open", "open"] {
        if std::process::Command::new(opener).arg(url).spawn().is_ok() {
            return;
        }
    }
}
