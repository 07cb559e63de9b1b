#!/usr/bin/env bash
# Packs the release packages one machine makes, then checks them as a user gets them: installed by `dotnet tool install`
# from the packed files alone, `podcastsite --version` printing VERSION, and the sample show built from an empty folder.
#   RID (linux-x64, osx-arm64, win-x64...)  packs PodcastSite, PodcastSite.any and the Native AOT PodcastSite.RID, and
#                                           checks that the CLI picks the native binary on this machine
#   any                                     packs PodcastSite and PodcastSite.any, and checks the framework-dependent one
# .github/workflows/release.yml runs it on a runner of each platform; tests/.../Contributing/WorkflowTests runs `any`.
# Arguments that start with `-` go to tools/pack.sh (--artifacts-path=DIR).
# Usage: tools/release-check.sh VERSION PKGDIR RID|any [-p:...]
set -euo pipefail
if [ $# -lt 3 ]; then
  echo "usage: tools/release-check.sh VERSION PKGDIR RID|any [-p:...]" >&2
  exit 2
fi
version=$1
out=$2
rid=$3
shift 3
if ! [[ "$version" =~ ^[0-9]+\.[0-9]+\.[0-9]+(-[0-9A-Za-z.-]+)?$ ]]; then
  echo "release-check: \`$version\` is not a version like 1.2.3 or 1.2.3-beta.1; tag releases \`v1.2.3\`" >&2
  exit 2
fi
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/packages" "$work/site"

# Windows (Git for Windows' bash) gives paths as /c/...; files that dotnet reads need C:/... instead.
native_path() {
  if command -v cygpath >/dev/null 2>&1; then cygpath -m "$1"; else printf '%s\n' "$1"; fi
}

if [ "$rid" = any ]; then
  bash "$repo/tools/pack.sh" "$out" "-p:Version=$version" "$@"
  # The top-level package names a native package for this machine, which another job makes. A top-level package that
  # names only `any`, made for this check and not released, installs the released `any` package as other platforms do.
  bash "$repo/tools/pack.sh" "$work/packages" "-p:Version=$version" -p:ToolPackageRuntimeIdentifiers=any "$@"
  cp "$out/PodcastSite.any.$version.nupkg" "$work/packages/"
else
  bash "$repo/tools/pack.sh" "$out" "$rid" "-p:Version=$version" "$@"
  cp "$out/PodcastSite.$version.nupkg" "$out/PodcastSite.any.$version.nupkg" "$out/PodcastSite.$rid.$version.nupkg" "$work/packages/"
fi

# The packed files are the only source, and the package cache is new, so nothing comes from nuget.org or an earlier run.
cat >"$work/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="release" value="$(native_path "$work/packages")" />
  </packageSources>
</configuration>
EOF
NUGET_PACKAGES="$(native_path "$work/nuget-packages")" dotnet tool install PodcastSite --version "$version" \
  --tool-path "$(native_path "$work/tool")" --configfile "$(native_path "$work/nuget.config")"
tool="$work/tool/podcastsite"

# A Native AOT package holds the binary alone; the framework-dependent one holds podcastsite.dll.
dll=$(find "$work/tool/.store" -name podcastsite.dll | head -1)
if [ "$rid" = any ] && [ -z "$dll" ]; then
  echo "release-check: the installed tool has no podcastsite.dll; expected the framework-dependent \`any\` package" >&2
  exit 1
fi
if [ "$rid" != any ] && [ -n "$dll" ]; then
  echo "release-check: the CLI installed the framework-dependent package ($dll), not the Native AOT $rid package" >&2
  exit 1
fi

printed=$("$tool" --version | tr -d '\r')
if [ "$printed" != "$version" ]; then
  echo "release-check: \`podcastsite --version\` printed \`$printed\`; expected \`$version\`" >&2
  exit 1
fi

cd "$work/site"
"$tool" build --input "$(native_path "$repo/input")" --theme "$(native_path "$repo/theme")" --output out
for file in index.html feed.xml; do
  if [ ! -s "out/$file" ]; then
    echo "release-check: the sample show's build wrote no \`$file\`" >&2
    exit 1
  fi
done
echo "release-check: PodcastSite $version ($rid) installs, prints its version and builds the sample show"
