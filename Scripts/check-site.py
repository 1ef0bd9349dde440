#!/usr/bin/env python3
"""Opens every page of a published site in headless Chromium and checks it with axe-core.

Usage: check-site.py SITE_FOLDER [--screenshots DOCS_FOLDER]

The folder is served on 127.0.0.1 (a port the system picks) by a server this script starts and
stops. Each page is loaded through Selenium (Debian's chromium and chromium-driver), axe-core 4.x
(the axe.min.js that PyPI's axe-playwright-python ships) is injected and run with the WCAG 2.0 and
2.1 A and AA rules; any violation, any error on the browser console (a Content-Security-Policy
refusal among them) and any request to another host fails the check. With --screenshots, the front
page and the first focus area page are saved as site-forside.png and site-innsatsomrade.png.
"""
import functools
import http.server
import importlib.util
import json
import os
import sys
import threading
import time

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def axe_source():
    # Found without importing the package, which would want playwright (installed with --no-deps).
    spec = importlib.util.find_spec("axe_playwright_python")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("check-site: axe-playwright-python is not installed (TILTAK_SETUP_BROWSER=1 Scripts/setup)")
    path = os.path.join(list(spec.submodule_search_locations)[0], "axe.min.js")
    with open(path, encoding="utf-8") as handle:
        return handle.read()


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def serve(folder):
    handler = functools.partial(QuietHandler, directory=folder)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    return server


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=1280,1000", "--force-device-scale-factor=1", "--lang=nn",
                     "--no-first-run", "--disable-background-networking", "--disable-extensions"]:
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    service = Service(executable_path=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
    return webdriver.Chrome(service=service, options=options)


def pages(folder):
    found = []
    for root, _, files in os.walk(folder):
        for name in files:
            if name.endswith(".html"):
                found.append(os.path.relpath(os.path.join(root, name), folder))
    return sorted(found)


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 64
    folder = os.path.abspath(sys.argv[1])
    shots = None
    if "--screenshots" in sys.argv:
        shots = os.path.abspath(sys.argv[sys.argv.index("--screenshots") + 1])
    source = axe_source()
    version = source[source.find("axe v") + 5:].split()[0]
    server = serve(folder)
    base = "http://127.0.0.1:%d/" % server.server_address[1]
    driver = browser()
    driver.set_script_timeout(60)
    failures = 0
    checked = 0
    start = time.time()
    try:
        listing = pages(folder)
        for page in listing:
            url = base + "/".join(page.split(os.sep))
            driver.get(url)
            driver.execute_script(source)
            result = driver.execute_async_script(
                "var done = arguments[arguments.length - 1];"
                "axe.run(document, {runOnly: {type: 'tag', values: %s}, resultTypes: ['violations']})"
                ".then(function (r) { done(JSON.stringify(r.violations)); })"
                ".catch(function (e) { done(JSON.stringify([{id: 'axe-error', help: String(e), nodes: []}])); });"
                % json.dumps(TAGS))
            violations = json.loads(result)
            # Chromium asks every server for /favicon.ico by itself; the site links no icon.
            logs = [entry for entry in driver.get_log("browser")
                    if entry.get("level") == "SEVERE" and "/favicon.ico" not in entry.get("message", "")]
            resources = driver.execute_script(
                "return performance.getEntriesByType('resource').map(function (e) { return e.name; });")
            foreign = [name for name in resources if not name.startswith(base)]
            checked += 1
            if violations or logs or foreign:
                failures += 1
                print("FAIL %s" % page)
                for violation in violations:
                    print("  %s (%s): %s" % (violation["id"], violation.get("impact"), violation["help"]))
                    for node in violation.get("nodes", [])[:5]:
                        print("    %s" % " ".join(node.get("target", [])))
                        print("      %s" % node.get("failureSummary", "").replace("\n", "\n      "))
                for entry in logs:
                    print("  console: %s" % entry.get("message"))
                for name in foreign:
                    print("  request outside the site: %s" % name)
        # The filter: with JavaScript it shows, and "unfinanced only" leaves exactly those rows.
        areas = [page for page in listing if page.startswith("innsatsomrade" + os.sep)]
        if areas:
            driver.get(base + "/".join(areas[0].split(os.sep)))
            driver.find_element("id", "filter-ufinansiert").click()
            shown = driver.execute_script(
                "return [document.getElementById('filter').hidden,"
                " document.querySelectorAll('tr[data-status]:not([hidden])').length,"
                " document.querySelectorAll('tr[data-ufinansiert=\"1\"]').length,"
                " document.getElementById('filter-resultat').textContent];")
            if shown[0] or shown[1] != shown[2] or not shown[3]:
                failures += 1
                print("FAIL filter on %s: %r" % (areas[0], shown))
        if shots:
            os.makedirs(shots, exist_ok=True)
            driver.get(base + "index.html")
            driver.save_screenshot(os.path.join(shots, "site-forside.png"))
            if areas:
                driver.get(base + "/".join(areas[0].split(os.sep)))
                driver.save_screenshot(os.path.join(shots, "site-innsatsomrade.png"))
    finally:
        driver.quit()
        server.shutdown()
    seconds = time.time() - start
    print("check-site: axe-core %s, %s: %d pages checked, %d with problems (%.1f s)"
          % (version, "+".join(TAGS), checked, failures, seconds))
    print("check-site: %d passed, %d failed" % (checked - failures, failures))
    return 1 if failures or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
