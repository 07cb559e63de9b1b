#!/usr/bin/env bash
# Packs the `podcastsite` .NET tool into PKGDIR:
#   PodcastSite.VERSION.nupkg       the package users install; it names one package per platform
#   PodcastSite.any.VERSION.nupkg   framework-dependent, what the .NET CLI installs on a platform with no package of its own
#                                   (with -p:ToolPackageRuntimeIdentifiers=any the top-level package names only this one,
#                                   and installs on any machine with the .NET 10 runtime, no native toolchain needed)
#   PodcastSite.RID.VERSION.nupkg   a Native AOT binary, one for each RID given (linux-x64, osx-arm64...)
# Native AOT compiles only for the machine it runs on (clang and zlib1g-dev on Linux), so a release runs this once
# per platform and pushes all the packages together: the .NET CLI installs the package named for the user's platform
# and fails if that one is missing, so push a set only when it has every RID of ToolPackageRuntimeIdentifiers.
# Arguments that start with `-` go to every `dotnet pack`, each one word: -p:Version=1.2.0, --artifacts-path=DIR.
# Usage: tools/pack.sh PKGDIR [RID...] [-p:Version=X.Y.Z]
set -euo pipefail
if [ $# -lt 1 ]; then
  echo "usage: tools/pack.sh PKGDIR [RID...] [-p:Version=X.Y.Z]" >&2
  exit 2
fi
out=$1
shift
rids=()
options=()
for argument in "$@"; do
  case "$argument" in
    -*) options+=("$argument") ;;
    *) rids+=("$argument") ;;
  esac
done
project="$(dirname "$0")/../generator"

dotnet pack "$project" -c Release -o "$out" "${options[@]}"
for rid in "${rids[@]}"; do
  dotnet pack "$project" -c Release -r "$rid" -o "$out" "${options[@]}"
done
ls -l "$out"
