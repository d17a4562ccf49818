//! `plan preview` (issue 11, item 4): the local page, read through a real
//! HTTP client (a plain socket speaking HTTP/1.1) and a real headless
//! browser (Chromium, installed by `.ci/run`): the pages, the reload after
//! a save, the problems over the last good pages, loopback only.

// The tests edit the plan the preview follows.
#![allow(clippy::disallowed_methods)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Ipv4Addr, TcpListener, TcpStream};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
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
///
/// Chromium's virtual time runs ahead while the page waits on its timers
/// and stops while a request is out, so the page polls `/state` every few
/// milliseconds of real time until the budget is spent. The browser reaches
/// the preview through a [`Relay`] that notes each request: the plan is
/// saved once the page is polling, and the relay stops answering once the
/// page has polled twice after the new version, so that the rest of the
/// budget runs out in a few seconds (it took 40 s of polls answered in
/// full, on 3 December 2026).
#[test]
fn a_headless_browser_shows_the_new_text_after_a_save() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = dir.path().join("a.yaml");
    write(dir.path(), "a.yaml", &may());
    let preview = Preview::start(dir.path(), 18_600);
    let relay = Relay::start(preview.port);
    let url = format!("http://127.0.0.1:{}/", relay.port);
    let mut browser = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            // 1500 polls: several seconds of real time with every poll
            // answered, while the page is loaded and the save made.
            "--virtual-time-budget=600000",
            "--dump-dom",
            &url,
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromium runs (.ci/run installs it)");
    let mut stdout = browser.stdout.take().expect("stdout");
    let dom = std::thread::spawn(move || {
        let mut dom = String::new();
        stdout.read_to_string(&mut dom).map(|_| dom)
    });

    // The page has shown the first version once its second poll is out.
    relay.wait_for_polls(2, &mut browser);
    let version = preview.state()["version"].as_u64().expect("version");
    save(&plan, &may().replacen("Đề nghị các", "Kính đề nghị các", 1), 1);
    preview.next_state(version);
    // A poll sent before the new version may be answered with the old one;
    // the second one sent after it is out only once the first has been
    // answered with the new version and shown.
    let polls = relay.polls();
    relay.wait_for_polls(polls + 2, &mut browser);
    relay.close();

    browser.wait().expect("chromium ends");
    let dom = dom.join().expect("read").expect("the DOM");
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

/// A loopback relay between the browser and a preview: it passes each
/// request on (naming the preview in its `Host` line, as the preview
/// requires), counts the page's polls of `/state`, and once closed drops
/// every connection unanswered, so that the page's polls fail at once.
struct Relay {
    port: u16,
    polls: Arc<AtomicUsize>,
    open: Arc<AtomicBool>,
}

impl Relay {
    fn start(preview: u16) -> Self {
        let listener = TcpListener::bind((Ipv4Addr::LOCALHOST, 0)).expect("a free port");
        let port = listener.local_addr().expect("an address").port();
        let polls = Arc::new(AtomicUsize::new(0));
        let open = Arc::new(AtomicBool::new(true));
        let (counted, opened) = (Arc::clone(&polls), Arc::clone(&open));
        // Left blocked on `accept` when the test ends; the process ends soon after.
        std::thread::spawn(move || {
            for client in listener.incoming().flatten() {
                if opened.load(Ordering::SeqCst) {
                    let counted = Arc::clone(&counted);
                    std::thread::spawn(move || pass_on(client, port, preview, &counted));
                }
            }
        });
        Self { port, polls, open }
    }

    fn polls(&self) -> usize {
        self.polls.load(Ordering::SeqCst)
    }

    /// Waits (up to two minutes) until `count` polls have been sent, and
    /// fails at once if the browser ends first.
    fn wait_for_polls(&self, count: usize, browser: &mut Child) {
        let start = Instant::now();
        while self.polls() < count {
            if let Ok(Some(status)) = browser.try_wait() {
                panic!(
                    "chromium ended ({status}) after {} polls of {count}",
                    self.polls()
                );
            }
            if start.elapsed() > Duration::from_secs(120) {
                let _ = browser.kill();
                panic!("{} polls of {count} in two minutes", self.polls());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn close(&self) {
        self.open.store(false, Ordering::SeqCst);
    }
}

/// Passes one request (the page sends only GETs, without a body, and the
/// preview closes each connection after its answer) to the preview, and
/// its answer back.
fn pass_on(mut client: TcpStream, own: u16, preview: u16, polls: &AtomicUsize) {
    let mut head = Vec::new();
    let mut byte = [0u8; 1];
    while !head.ends_with(b"\r\n\r\n") {
        match client.read(&mut byte) {
            Ok(1) => head.push(byte[0]),
            _ => return,
        }
    }
    let head = String::from_utf8_lossy(&head)
        .replace(&format!("127.0.0.1:{own}"), &format!("127.0.0.1:{preview}"));
    if head.starts_with("GET /state ") {
        polls.fetch_add(1, Ordering::SeqCst);
    }
    let Ok(mut server) = TcpStream::connect((Ipv4Addr::LOCALHOST, preview)) else {
        return;
    };
    if server.write_all(head.as_bytes()).is_ok() {
        let _ = std::io::copy(&mut server, &mut client);
    }
}

/// What the terminal says before the address: "đã dựng" for the first
/// build (not "đã dựng lại"), and a plan that cannot be read is reported
/// there too, not only on the page; a folder is refused at once (exit 3).
#[test]
fn the_terminal_reports_the_first_build_and_an_unreadable_plan() {
    let dir = tempfile::tempdir().expect("temp dir");
    write(dir.path(), "a.yaml", &may());
    let before_the_address = |file: &str| {
        let mut child = plan_vi()
            .current_dir(dir.path())
            .args(["preview", file, "--port", "47100"])
            .stderr(Stdio::piped())
            .spawn()
            .expect("plan preview starts");
        let stderr = child.stderr.take().expect("stderr");
        let mut said = String::new();
        for line in BufReader::new(stderr).lines().map_while(Result::ok) {
            if line.contains("http://127.0.0.1:") {
                break;
            }
            said.push_str(&line);
            said.push('\n');
        }
        let _ = child.kill();
        let _ = child.wait();
        said
    };
    let built = before_the_address("a.yaml");
    assert!(built.contains("đã dựng a.yaml"), "{built}");
    assert!(!built.contains("dựng lại"), "{built}");
    let missing = before_the_address("b.yaml");
    assert!(missing.contains("b.yaml"), "the unreadable plan is not named:\n{missing}");

    let status = plan_vi()
        .arg("preview")
        .arg(dir.path())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("runs");
    assert_eq!(status.code(), Some(3));
}
