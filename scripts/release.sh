#!/usr/bin/env bash
# Tags a release, as actions/typescript-action's script/release does, without its prompts:
#   scripts/release.sh vX.Y.Z            tag here (annotated), move the major tag vX to it, print the pushes
#   scripts/release.sh vX.Y.Z --push     the same, then push both tags (the major one with --force)
# Refuses unless: the tree is clean and on main, package.json's version is X.Y.Z, CHANGELOG.md has a
# "## [X.Y.Z] - <date>" section, vX.Y.Z does not exist yet and is newer than the latest release tag, and the
# committed builds are fresh (npm run check-dist). Users pin `ropa-dev/ropa/actions/check@vX.Y.Z` (or a commit
# sha), or follow `@vX`, which this moves.
# Before it: set package.json's version, turn CHANGELOG's [Unreleased] into "## [X.Y.Z] - <date>", run
# `npm run build:action` (the bundle states its version, so check-dist refuses a release without it), commit
# on main. test/release.test.ts runs this in a temporary clone.
set -euo pipefail
cd "$(dirname "$0")/.."

die() { echo "release: $*" >&2; exit 1; }

tag=${1:-}
push=${2:-}
[[ "$tag" =~ ^v([0-9]+)\.([0-9]+)\.([0-9]+)$ ]] || die "give the new tag as vX.Y.Z (e.g. v1.0.1), got '${tag}'"
version=${tag#v}
major="v${BASH_REMATCH[1]}"
[ -z "$push" ] || [ "$push" = "--push" ] || die "unknown option '$push' (only --push)"

[ -z "$(git status --porcelain --untracked-files=no)" ] || die "the working tree has uncommitted changes"
branch=$(git rev-parse --abbrev-ref HEAD)
[ "$branch" = "main" ] || die "releases are tagged on main, not on '$branch'"
[ "$(node -p 'require("./package.json").version')" = "$version" ] || die "package.json's version is not $version: set it, add the CHANGELOG section, commit, then run this again"
grep -qE "^## \[${version//./\\.}\] - [0-9]{4}-[0-9]{2}-[0-9]{2}$" CHANGELOG.md || die "CHANGELOG.md has no '## [$version] - YYYY-MM-DD' section"
! git rev-parse -q --verify "refs/tags/$tag" >/dev/null || die "$tag exists already"

latest=$(git tag --list 'v[0-9]*.[0-9]*.[0-9]*' --sort=-v:refname | head -1)
if [ -n "$latest" ]; then
  newest=$(printf '%s\n%s\n' "$latest" "$tag" | sort -V | tail -1)
  [ "$newest" = "$tag" ] && [ "$latest" != "$tag" ] || die "$tag is not newer than the latest release $latest"
fi
echo "release: latest release ${latest:-(none)}; tagging $tag at $(git rev-parse --short HEAD)"

npm run --silent check-dist

git tag --annotate "$tag" --message "$tag"
if git rev-parse -q --verify "refs/tags/$major" >/dev/null; then
  git tag --force --annotate "$major" --message "$major: $tag"
  echo "release: moved $major to $tag"
else
  git tag --annotate "$major" --message "$major: $tag"
  echo "release: created $major at $tag"
fi

if [ "$push" = "--push" ]; then
  git push origin "refs/tags/$tag"
  git push --force origin "refs/tags/$major"
  echo "release: pushed $tag and $major"
else
  echo "release: to publish, run: git push origin refs/tags/$tag && git push --force origin refs/tags/$major"
fi
