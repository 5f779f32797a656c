"""Opens the status pages in a real browser and reports what an accessibility audit needs, as JSON.

Usage: pages_check.py PAGES_DIR OUTPUT_DIR

For every .html file under PAGES_DIR: a strict HTML5 parse (html5lib, strict=True: any parse error is
reported), then headless Chromium (Debian's chromium + chromedriver, through Selenium) opens it from
file://, runs axe-core (axe.min.js from the axe-playwright-python wheel) with the WCAG 2.0/2.1 A and AA
tags, reads the headings, takes a PNG at 1280 px and at 320 px width (where it reads scrollWidth) and
prints the page to PDF (the print style sheet). Exit status 0 with the JSON report on stdout; 3 when the
browser or a library is missing (the caller fails the test, it never skips).
"""

import base64
import importlib.util
import json
import os
import shutil
import sys

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def fail_missing(what):
    print(json.dumps({"missing": what}))
    sys.exit(3)


try:
    import html5lib
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
except ImportError as error:  # pragma: no cover - reported to the Swift test
    fail_missing(f"python library: {error}")

spec = importlib.util.find_spec("axe_playwright_python")
if spec is None or not spec.submodule_search_locations:
    fail_missing("axe_playwright_python (axe.min.js)")
AXE_JS = os.path.join(list(spec.submodule_search_locations)[0], "axe.min.js")
if not os.path.exists(AXE_JS):
    fail_missing(AXE_JS)

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
for program in (CHROMIUM, DRIVER):
    if not os.path.exists(program):
        fail_missing(program)


def strict_parse_errors(path):
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    with open(path, "rb") as handle:
        data = handle.read()
    try:
        parser.parse(data)
        return []
    except Exception as error:  # html5lib raises ParseError on the first error
        return [f"{error} (errors: {parser.errors})"]


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=1280,900", "--allow-file-access-from-files"):
        options.add_argument(argument)
    return webdriver.Chrome(service=Service(DRIVER), options=options)


def run_axe(driver, axe_source):
    driver.execute_script(axe_source)
    result = driver.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})
          .then(r => done({violations: r.violations.map(v => ({id: v.id, impact: v.impact,
                 help: v.help, nodes: v.nodes.map(n => n.html).slice(0, 5)})), passes: r.passes.length}))
          .catch(e => done({error: String(e)}));
        """, AXE_TAGS)
    return result


def set_width(driver, width, height=900):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})


def screenshot(driver, target):
    # The whole page: as tall as its content.
    height = driver.execute_script("return document.documentElement.scrollHeight")
    width = driver.execute_script("return window.innerWidth")
    set_width(driver, width, max(300, min(int(height), 16000)))
    shot = driver.execute_cdp_cmd("Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True})
    with open(target, "wb") as handle:
        handle.write(base64.b64decode(shot["data"]))


def main():
    pages_dir, output_dir = sys.argv[1], sys.argv[2]
    os.makedirs(output_dir, exist_ok=True)
    with open(AXE_JS, encoding="utf-8") as handle:
        axe_source = handle.read()
    files = []
    for root, _, names in os.walk(pages_dir):
        for name in sorted(names):
            if name.endswith(".html"):
                files.append(os.path.join(root, name))
    report = {"pages": []}
    driver = browser()
    try:
        for path in sorted(files):
            relative = os.path.relpath(path, pages_dir)
            stem = relative.replace("/", "_")[:-5]
            page = {"path": relative, "parseErrors": strict_parse_errors(path)}
            set_width(driver, 1280)
            driver.get("file://" + os.path.abspath(path))
            page["lang"] = driver.execute_script("return document.documentElement.lang")
            page["headings"] = driver.execute_script(
                "return Array.from(document.querySelectorAll('h1,h2,h3,h4,h5,h6')).map(h => h.tagName)")
            page["scripts"] = driver.execute_script("return document.scripts.length")
            page["axe"] = run_axe(driver, axe_source)
            screenshot(driver, os.path.join(output_dir, stem + "-1280.png"))
            set_width(driver, 320)
            driver.get("file://" + os.path.abspath(path))
            page["scrollWidth320"] = driver.execute_script("return document.documentElement.scrollWidth")
            page["axe320"] = run_axe(driver, axe_source)
            screenshot(driver, os.path.join(output_dir, stem + "-320.png"))
            pdf = driver.print_page()
            with open(os.path.join(output_dir, stem + ".pdf"), "wb") as handle:
                handle.write(base64.b64decode(pdf))
            report["pages"].append(page)
    finally:
        driver.quit()
    print(json.dumps(report))


if __name__ == "__main__":
    main()
