//! `plan preview` (issue 11, item 4): the local page, read through a real
//! HTTP client (a plain socket speaking HTTP/1.1) and a real headless
//! browser (Chromium, installed by `.ci/run`): the pages, the reload after
//! a save, the problems over the last good pages, loopback only.

// The tests edit the plan the preview follows.
#![allow(clippy::disallowed_methods)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::cli::{plan_vi, write};
use crate::support::plans::may;

/// A running preview and its port.
struct Preview {
    child: Child,
    port: u16,
}

impl Preview {
    /// Starts `plan preview a.yaml` in `dir` from port `first` and reads
    /// the port it chose from its first lines.
    fn start(dir: &Path, first: u16) -> Self {
        let mut child = plan_vi()
            .current_dir(dir)
            .args(["preview", "a.yaml", "--port", &first.to_string()])
            .stderr(Stdio::piped())
            .spawn()
            .expect("plan preview starts");
        let stderr = child.stderr.take().expect("stderr");
        let mut lines = BufReader::new(stderr).lines();
        let port = loop {
            let line = lines.next().expect("a line").expect("readable");
            if let Some(rest) = line.split("http://127.0.0.1:").nth(1) {
                break rest.split('/').next().expect("port").parse().expect("a number");
            }
        };
        // Keep reading so the child never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        Self { child, port }
    }

    fn get(&self, path: &str) -> (String, Vec<u8>) {
        get(&format!("127.0.0.1:{}", self.port), path).expect("an answer")
    }

    fn state(&self) -> serde_json::Value {
        let (status, body) = self.get("/state");
        assert!(status.contains("200"), "{status}");
        serde_json::from_slice(&body).expect("JSON")
    }

    /// Waits (up to a minute) for a state after `version` and returns it.
    fn next_state(&self, version: u64) -> serde_json::Value {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(60) {
            let state = self.state();
            if state["version"].as_u64().expect("version") > version {
                return state;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("no new state after version {version}");
    }
}

impl Drop for Preview {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One HTTP/1.1 GET: the status line and the body.
fn get(address: &str, path: &str) -> std::io::Result<(String, Vec<u8>)> {
    get_as(address, address, path)
}

/// [`get`] with `host` in the `Host` header.
fn get_as(address: &str, host: &str, path: &str) -> std::io::Result<(String, Vec<u8>)> {
    let mut stream = TcpStream::connect(address)?;
    write!(stream, "GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n")?;
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer)?;
    let split = answer.windows(4).position(|w| w == b"\r\n\r\n").expect("headers end");
    let head = String::from_utf8_lossy(&answer[..split]).into_owned();
    let status = head.lines().next().unwrap_or_default().to_owned();
    Ok((status, answer[split + 4..].to_vec()))
}

/// Saves `text` so that the size changes even within one clock tick.
fn save(path: &Path, text: &str, round: usize) {
    std::fs::write(path, format!("{text}\n#{}\n", "x".repeat(round))).expect("save");
}

#[test]
fn pages_follow_saves_and_problems_show_over_the_last_good_pages() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = dir.path().join("a.yaml");
    write(dir.path(), "a.yaml", &may());
    let preview = Preview::start(dir.path(), 18_400);
    let first = preview.state();
    let pages = first["pages"].as_u64().expect("pages");
    assert!(pages >= 4, "{first}");
    assert!(first["problems"].is_null(), "{first}");
    assert!(first["text"].as_str().expect("text").contains("Công tác tháng 5 năm 2024"));
    let (status, svg) = preview.get("/page/1.svg");
    assert!(status.contains("200") && svg.starts_with(b"<svg"), "{status}");
    let (status, _) = preview.get(&format!("/page/{}.svg", pages + 1));
    assert!(status.contains("404"), "{status}");
    let (status, html) = preview.get("/");
    assert!(status.contains("200") && String::from_utf8_lossy(&html).contains("/state"));

    // A save: a new version with the new words.
    save(&plan, &may().replacen("Đề nghị các", "Kính đề nghị các", 1), 1);
    let version = first["version"].as_u64().expect("version");
    let second = preview.next_state(version);
    assert!(
        second["text"].as_str().expect("text").contains("Kính đề nghị các"),
        "{second}"
    );

    // An error: located, in Vietnamese, over the last good pages.
    save(&plan, &may().replacen("kind: chuong-trinh", "kind: chuong_trinh", 1), 2);
    let third = preview.next_state(second["version"].as_u64().expect("version"));
    let problems = third["problems"].as_str().expect("problems");
    assert!(
        problems.contains("plan::invalid_value") && problems.contains("a.yaml:"),
        "{problems}"
    );
    assert!(problems.contains("gợi ý"), "{problems}");
    assert_eq!(third["pages"], second["pages"], "the last good pages stay");
    assert!(third["text"].as_str().expect("text").contains("Kính đề nghị các"));
    let (status, _) = preview.get("/page/1.svg");
    assert!(status.contains("200"), "{status}");
}

#[test]
fn it_listens_on_loopback_only_and_takes_the_next_free_port() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "a.yaml", &may());
    let first = Preview::start(dir.path(), 18_500);
    let second = Preview::start(dir.path(), first.port);
    assert_ne!(first.port, second.port, "a taken port is skipped");
    // 127.0.0.2 is this machine too, but not the address listened on.
    assert!(get(&format!("127.0.0.2:{}", first.port), "/state").is_err());
    assert!(get(&format!("127.0.0.1:{}", first.port), "/state").is_ok());
    // Another site's name pointed at 127.0.0.1 (DNS rebinding) is refused.
    let address = format!("127.0.0.1:{}", first.port);
    let (status, body) =
        get_as(&address, &format!("evil.example:{}", first.port), "/state")
            .expect("an answer");
    assert!(status.contains("403"), "{status}");
    assert!(!String::from_utf8_lossy(&body).contains("Công tác"));
    let (status, _) = get_as(&address, &format!("localhost:{}", first.port), "/state")
        .expect("an answer");
    assert!(status.contains("200"), "{status}");
    // An idle connection does not hold up the others: answered before the
    // idle one's 5 s read timeout runs out (a server answering connections
    // one at a time would make this read time out).
    let _idle = TcpStream::connect(&address).expect("connects");
    let mut stream = TcpStream::connect(&address).expect("connects");
    stream.set_read_timeout(Some(Duration::from_secs(3))).expect("timeout");
    write!(stream, "GET /state HTTP/1.1\r\nHost: {address}\r\n\r\n").expect("sent");
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer).expect("answered while another connection is idle");
    assert!(answer.starts_with(b"HTTP/1.1 200"));
}

/// Chromium, headless, loads the page once and runs its script; the plan
/// is saved while the page is open: without anyone touching the browser,
/// the page shows the new text, and says it updated itself (`data-updates`
/// counts the versions shown since the page was loaded).
#[test]
fn a_headless_browser_shows_the_new_text_after_a_save() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = dir.path().join("a.yaml");
    write(dir.path(), "a.yaml", &may());
    let preview = Preview::start(dir.path(), 18_600);
    let url = format!("http://127.0.0.1:{}/", preview.port);
    // Virtual time runs ahead while the page waits on its timers, and
    // stops while a request is out: 900 s of it are ~2000 polls of
    // `/state`, several seconds of real time, while the save happens.
    let browser = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--virtual-time-budget=900000",
            "--dump-dom",
            &url,
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromium runs (.ci/run installs it)");
    // Saves follow one another until the browser is done: on a busy machine
    // Chromium may take longer than any fixed wait to load the page, and
    // only a save made while the page is open shows that it updates itself.
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let saver = {
        let done = std::sync::Arc::clone(&done);
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(1500));
            let mut round = 1;
            // At most ten saves: each makes the page fetch new pages, and
            // Chromium's virtual time does not run while a request is out.
            while round <= 10 && !done.load(std::sync::atomic::Ordering::Relaxed) {
                let new = if round % 2 == 1 {
                    "Kính đề nghị các"
                } else {
                    "Kính đề nghị tất cả các"
                };
                save(&plan, &may().replacen("Đề nghị các", new, 1), round);
                round += 1;
                std::thread::sleep(Duration::from_millis(700));
            }
        })
    };
    let out = browser.wait_with_output().expect("chromium ends");
    done.store(true, std::sync::atomic::Ordering::Relaxed);
    saver.join().expect("the saves ran");
    let dom = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(dom.contains("Kính đề nghị"), "the new text: {dom}");
    assert!(dom.contains("/page/1.svg"), "the page images are in the DOM");
    let updates: u32 = dom
        .split("data-updates=\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .and_then(|n| n.parse().ok())
        .expect("data-updates");
    assert!(updates >= 2, "the page updated itself: {updates}");
}
