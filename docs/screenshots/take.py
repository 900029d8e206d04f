#!/usr/bin/env python3
"""Takes the README's screenshots from a running Tandem with Debian's Chromium and chromedriver.

Usage: python3 docs/screenshots/take.py [base-url]   (default http://localhost:8080)
Drives chromedriver's W3C WebDriver protocol directly, so it needs nothing beyond Python's standard library.
Each shot is "file user path [width]": a user of "-" means signed out; the width (1280 unless given) is the
window's, so the 320 px shots show the pages as a phone, or 400 % zoom, does (WCAG 1.4.10).
"""
import base64, json, os, subprocess, sys, tempfile, time, urllib.request

BASE = sys.argv[1] if len(sys.argv) > 1 else "http://localhost:8080"
OUT = os.path.dirname(os.path.abspath(__file__))
SHOTS = [("login.png", "-", "login"), ("home-admin.png", "admin", ""), ("users-admin.png", "admin", "admin/users"),
         ("calendar-admin.png", "admin", "admin/calendar"), ("priorities-board.png", "board", "priorities"),
         ("actions-board.png", "board", "actions?priority=1"), ("home-lead.png", "lead", ""),
         ("my-actions-lead.png", "lead", "my-actions"), ("priorities-board-320.png", "board", "priorities", 320),
         ("home-admin-320.png", "admin", "", 320), ("home-board-320.png", "board", "", 320),
         ("home-lead-320.png", "lead", "", 320), ("home-forum-320.png", "forum", "", 320)]
SHOTS += [tuple(s.split(":")) for s in os.environ.get("TANDEM_EXTRA_SHOTS", "").split(",") if s]
PORT = 9517


def call(method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(f"http://127.0.0.1:{PORT}{path}", data=data, method=method,
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as response:
        return json.loads(response.read() or b"{}").get("value")


def find(session, css, timeout=20):
    end = time.time() + timeout
    while time.time() < end:
        try:
            return call("POST", f"/session/{session}/element", {"using": "css selector", "value": css})
        except Exception:
            time.sleep(0.3)
    raise RuntimeError("not found: " + css)


driver = subprocess.Popen(["chromedriver", f"--port={PORT}"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
time.sleep(1.5)
try:
    args = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,900",
            "--user-data-dir=" + tempfile.mkdtemp()]
    session = call("POST", "/session", {"capabilities": {"alwaysMatch": {
        "goog:chromeOptions": {"binary": "/usr/bin/chromium", "args": args}}}})["sessionId"]
    signed_in = None
    for name, user, path, *width in SHOTS:
        if user != signed_in:
            call("DELETE", f"/session/{session}/cookie")
            if user != "-":
                call("POST", f"/session/{session}/url", {"url": BASE + "/login"})
                field = find(session, "vaadin-login-form input[name='username']")
                key = list(field.keys())[0]
                call("POST", f"/session/{session}/element/{field[key]}/value", {"text": user})
                pw = find(session, "vaadin-login-form input[name='password']")
                call("POST", f"/session/{session}/element/{pw[key]}/value", {"text": "tandem-demo-pass\ue007"})
                find(session, "vaadin-side-nav-item")
            signed_in = user
        call("POST", f"/session/{session}/window/rect", {"width": int(width[0]) if width else 1280, "height": 900})
        call("POST", f"/session/{session}/url", {"url": BASE + "/" + path})
        time.sleep(2.5)
        png = call("GET", f"/session/{session}/screenshot")
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(base64.b64decode(png))
        print("wrote", name)
    # Files fetched with the last user's session, e.g. TANDEM_DOWNLOADS="report.pdf:reports/1/report.pdf".
    for item in [d for d in os.environ.get("TANDEM_DOWNLOADS", "").split(",") if d]:
        name, path = item.split(":", 1)
        data = call("POST", f"/session/{session}/execute/async", {"script": """
            const done = arguments[arguments.length - 1];
            fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {
                let s = ''; new Uint8Array(b).forEach(c => s += String.fromCharCode(c)); done(btoa(s)); });
            """, "args": [BASE + "/" + path]})
        with open(name, "wb") as f:
            f.write(base64.b64decode(data))
        print("fetched", name)
    call("DELETE", f"/session/{session}")
finally:
    driver.terminate()
