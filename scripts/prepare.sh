#!/bin/bash
# Build $SRC: the pristine base, minus strip.list, plus linux/, plus patches/.
#
# $SRC is rebuilt from hard links on every run, which takes seconds. Files
# keep meaningful mtimes so that the O= object directory stays incremental:
# pristine files keep the tarball's mtimes, overlay files keep the
# repository's, and a patched file takes the mtime of its newest patch.
. "$(dirname "$0")/common.sh"

[ -f "$TARBALL" ] || die "$TARBALL missing (apt-get install linux-source-6.12)"
mkdir -p "$BUILD"
exec 9>>"$LOCK"
flock 9	# not while a build or boot of ours is using $SRC

stamp=$PRISTINE/.tarball
want=$(stat -c '%s %Y' "$TARBALL")
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
	say "unpacking $(basename "$TARBALL")"
	rm -rf "$PRISTINE"
	mkdir -p "$PRISTINE"
	tar -xJf "$TARBALL" -C "$PRISTINE"
	chmod -R a-w "$(pristine_tree)"
	echo "$want" > "$stamp"
fi
base=$(pristine_tree)
say "base: $(basename "$base") $(kernel_version)"

rm -rf "$SRC.new" "$SRC.old"
cp -al "$base" "$SRC.new"
chmod -R u+w "$SRC.new"

# 1. strip: every path must exist, so a stale list is caught at once.
n=0
while read -r path _; do
	case $path in ''|'#'*) continue ;; esac
	[ -e "$SRC.new/$path" ] || die "strip.list: $path not in the base tree"
	rm -rf "$SRC.new/$path"
	n=$((n + 1))
done < "$TOP/strip.list"

# 2. overlay: unlink first, so the pristine inode is never written through.
m=0
while IFS= read -r -d '' f; do
	f=${f#./}
	mkdir -p "$SRC.new/$(dirname "$f")"
	rm -f "$SRC.new/$f"
	cp -p "$TOP/linux/$f" "$SRC.new/$f"
	m=$((m + 1))
done < <(cd "$TOP/linux" && find . -type f -print0)

# 3. patches, in series order.
p=0
while read -r name _; do
	case $name in ''|'#'*) continue ;; esac
	pf=$TOP/patches/$name
	[ -f "$pf" ] || die "patches/series names missing $name"
	for f in $(sed -n 's|^+++ b/\([^[:space:]]*\).*|\1|p' "$pf"); do
		[ -e "$SRC.new/$f" ] || continue
		cp -p "$SRC.new/$f" "$SRC.new/$f.unlink" &&
			mv "$SRC.new/$f.unlink" "$SRC.new/$f"
	done
	patch -d "$SRC.new" -p1 -s --no-backup-if-mismatch -F0 < "$pf" ||
		die "patch $name does not apply"
	for f in $(sed -n 's|^+++ b/\([^[:space:]]*\).*|\1|p' "$pf"); do
		touch -r "$pf" "$SRC.new/$f"
	done
	p=$((p + 1))
done < "$TOP/patches/series"

[ -d "$SRC" ] && mv "$SRC" "$SRC.old"
mv "$SRC.new" "$SRC"
rm -rf "$SRC.old"
say "tree: $SRC ($n paths stripped, $m files overlaid, $p patches)"
