#!/usr/bin/env bash
# Lighthouse on its mobile profile against the built sample site, served on 127.0.0.1 by `podcastsite serve`:
# prints the accessibility, best-practices, SEO and performance scores of the home page, an episode and a guest page.
# Needs Debian's Chromium (/usr/bin/chromium) and npm; installs the Lighthouse pinned in tools/lighthouse on first use.
# Not run in CI: its performance score depends on how busy the machine is.
# Usage: tools/lighthouse.sh [PORT]   (reports are kept in $LIGHTHOUSE_REPORTS, a temporary folder by default)
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-8947}
chromium=${CHROMIUM:-/usr/bin/chromium}
reports=${LIGHTHOUSE_REPORTS:-$(mktemp -d)}
mkdir -p "$reports"
site=$(mktemp -d)

if [ ! -d tools/lighthouse/node_modules ]; then
  (cd tools/lighthouse && npm ci --silent --no-audit --no-fund)
fi

# Built for the address it is served at, so canonical URLs and og:image point at pages Lighthouse can reach.
dotnet build generator -c Release -v quiet -nologo >/dev/null
dotnet run --project generator -c Release --no-build -- build --output "$site/out" --base-url "http://127.0.0.1:$port/" >/dev/null
dotnet run --project generator -c Release --no-build -- serve "$site/out" --host 127.0.0.1 --port "$port" >"$site/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null; rm -rf "$site"' EXIT
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$port/" >/dev/null 2>&1 && break
  sleep 0.2
done

printf '%-48s %13s %14s %5s %11s\n' page accessibility best-practices seo performance
for page in / /episodes/shipping-a-typed-api-framework/ /guests/zoe-okafor/; do
  name=$(echo "$page" | tr '/' '_')
  tools/lighthouse/node_modules/.bin/lighthouse "http://127.0.0.1:$port$page" \
    --chrome-path="$chromium" --chrome-flags="--headless=new --no-sandbox" \
    --only-categories=accessibility,best-practices,seo,performance \
    --output=json --output-path="$reports/lighthouse$name.json" --quiet
  node -e '
    const r = require(process.argv[1]);
    const s = k => Math.round(r.categories[k].score * 100);
    // Only audits that count towards a score: Lighthouse lists many advisory ones with a weight of 0.
    const weighted = Object.values(r.categories).flatMap(c => c.auditRefs.filter(a => a.weight > 0).map(a => a.id));
    const failed = weighted.filter(id => r.audits[id].score !== null && r.audits[id].score < 1).map(id => `${id} (${r.audits[id].displayValue || r.audits[id].score})`);
    console.log(process.argv[2].padEnd(48), String(s("accessibility")).padStart(13), String(s("best-practices")).padStart(14), String(s("seo")).padStart(5), String(s("performance")).padStart(11));
    if (failed.length) console.log("  short of full marks:", failed.join(", "));
  ' "$reports/lighthouse$name.json" "$page"
done
echo "reports: $reports"
