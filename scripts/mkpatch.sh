#!/bin/bash
# make patch: one unified diff from pristine 6.12 to our tree ($SRC), for
# `patch -p1` in a linux-6.12 directory. Deletions of stripped files are
# included, so the result builds exactly what `make kernel` builds.
. "$(dirname "$0")/common.sh"

base=$(pristine_tree)
out=$BUILD/ftrace-patchset-$(kernel_version).patch
# diff exits 1 when the trees differ, which they must.
(cd "$BUILD" && LC_ALL=C diff -urN --no-dereference \
	"${base#"$BUILD"/}" "${SRC#"$BUILD"/}") |
	sed -e 's|^--- pristine/[^/]*/|--- a/|' -e 's|^+++ src/|+++ b/|' \
	> "$out" || true
[ -s "$out" ] || die "empty patch"
say "patch: $out ($(grep -c '^diff ' "$out") files, $(wc -l < "$out") lines)"
