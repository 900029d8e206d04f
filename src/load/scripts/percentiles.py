#!/usr/bin/env python3
"""p50, p95 and p99 per step from a Gatling HTML report, as a Markdown table (for docs/performance.md).
   src/load/scripts/percentiles.py [target/gatling/<run>]   (default: the newest run)"""
import glob, html, os, re, sys

run = sys.argv[1] if len(sys.argv) > 1 else max(glob.glob("target/gatling/*/"), key=os.path.getmtime)
page = open(os.path.join(run, "index.html"), encoding="utf-8").read()
print("| step | requests | errors | p50 ms | p95 ms | p99 ms | max ms |")
print("| --- | --- | --- | --- | --- | --- | --- |")
for row in re.findall(r'<tr id="(req_[^"]+|ROOT)"(.*?)</tr>', page, re.S):
    cells = dict(re.findall(r'<td class="value [a-z]+ col-(\d+)">([^<]*)</td>', row[1]))
    name = re.search(r'class="ellipsed-name">([^<]*)<', row[1])
    if not cells or not name:
        continue
    print("| %s | %s | %s | %s | %s | %s | %s |" % (html.unescape(name.group(1)), cells["2"], cells["4"], cells["8"],
                                                 cells["9"], cells["10"], cells["12"]))
