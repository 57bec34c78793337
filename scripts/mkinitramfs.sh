#!/bin/bash
# Build the guest initramfs: busybox, our /init, kernel modules, the
# selftests and their test modules. Output: $BUILD/initramfs.cpio.gz
. "$(dirname "$0")/common.sh"

FT=$TOP/linux/tools/testing/selftests/ftrace
REL=$(cat "$OBJ/include/config/kernel.release")

rm -rf "$ROOTFS"
mkdir -p "$ROOTFS"/{bin,sbin,etc,proc,sys,dev,tmp,root,lib/modules} \
	"$ROOTFS/selftests/ftrace/modules"

cp /bin/busybox "$ROOTFS/bin/busybox"
install -m 755 "$TOP/guest/init" "$ROOTFS/init"
install -m 755 "$TOP/guest/demo.sh" "$ROOTFS/etc/demo.sh"
printf 'root:x:0:0:root:/root:/bin/sh\nuser:x:1000:1000:user:/tmp:/bin/sh\n' \
	> "$ROOTFS/etc/passwd"
printf 'root:x:0:\nuser:x:1000:\n' > "$ROOTFS/etc/group"

# In-tree modules (samples/trace_events, samples/trace_printk, ...).
flock "$LOCK" make -s -C "$SRC" O="$OBJ" modules_install \
	INSTALL_MOD_PATH="$ROOTFS" INSTALL_MOD_STRIP=1 DEPMOD=/sbin/depmod

# Test modules, built out of tree against $OBJ in a scratch copy.
if [ -d "$FT/modules" ]; then
	rsync -a --delete "$FT/modules/" "$BUILD/testmods/"
	kmake "$SRC" "$OBJ" -s M="$BUILD/testmods" modules
	cp "$BUILD"/testmods/*.ko "$ROOTFS/selftests/ftrace/modules/"
fi

# Static test programs for what sh cannot do (guest/src/ftt_*.c), in /bin.
for c in "$TOP"/guest/src/ftt_*.c; do
	[ -e "$c" ] || continue
	gcc -static -O2 -Wall -Wextra -o "$ROOTFS/bin/$(basename "$c" .c)" "$c" ||
		die "$c does not compile"
done

# The test runner and tests.
cp -r "$FT/ftracetest" "$FT/lib" "$FT/test.d" "$ROOTFS/selftests/ftrace/"

(cd "$ROOTFS" && find . | cpio -o -H newc --quiet | gzip -1) \
	> "$BUILD/initramfs.cpio.gz"
say "initramfs: $BUILD/initramfs.cpio.gz ($REL, $(du -h "$BUILD/initramfs.cpio.gz" | cut -f1))"
