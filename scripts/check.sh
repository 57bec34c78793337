#!/bin/bash
# make check: host-side checks of the build, then every selftest in the
# guest. Ends with "N passed, N failed"; exits non-zero on any failure.
. "$(dirname "$0")/common.sh"

RUNNER=$TOP/linux/tools/testing/selftests/ftrace/ftracetest
mkdir -p "$LOGS"
# Kernel arguments of the second boot; test.d/bootopts checks each one.
BOOTOPTS_APPEND="ftrace=function ftrace_filter=do_sys_openat2,vfs_read,vfs_write ftrace_notrace=vfs_writ* trace_clock=global"
tally() { sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1 \2/p' "$1" | tail -n 1; }

say "host checks"
t0=$(date +%s)
BUILD=$BUILD SRC=$SRC OBJ=$OBJ PRISTINE_TREE=$(pristine_tree) TOP=$TOP \
	sh "$RUNNER" -s -t none "$TOP/tests/host" 2>&1 | tee "$LOGS/host.log"
read -r hp hf <<< "$(tally "$LOGS/host.log")"

say "guest selftests"
t1=$(date +%s)
"$TOP/scripts/qemu.sh" check 2>&1 | tr -d '\r' | tee "$LOGS/guest.log"
read -r gp gf <<< "$(tally "$LOGS/guest.log")"
if [ -z "$gp" ] || ! grep -q '^=== ftracetest end' "$LOGS/guest.log"; then
	echo "guest did not finish the selftests (see $LOGS/guest.log)"
	gp=${gp:-0}
	gf=$(( ${gf:-0} + 1 ))
fi
t2=$(date +%s)

# A second, short boot with tracing options on the kernel command line;
# only test.d/bootopts runs there (the first boot leaves it out).
say "guest boot options"
QEMU_APPEND="$BOOTOPTS_APPEND fttests=bootopts" "$TOP/scripts/qemu.sh" check 2>&1 |
	tr -d '\r' | tee "$LOGS/guest-bootopts.log"
read -r bp bf <<< "$(tally "$LOGS/guest-bootopts.log")"
if [ -z "$bp" ] || ! grep -q '^=== ftracetest end' "$LOGS/guest-bootopts.log"; then
	echo "the boot-options guest did not finish (see $LOGS/guest-bootopts.log)"
	bp=${bp:-0}
	bf=$(( ${bf:-0} + 1 ))
fi
gp=$(( gp + bp ))
gf=$(( gf + bf ))
t3=$(date +%s)

echo "# host checks $((t1 - t0))s, guest $((t2 - t1))s + $((t3 - t2))s; logs in $LOGS"
echo "$(( ${hp:-0} + gp )) passed, $(( ${hf:-1} + gf )) failed"
[ $(( ${hf:-1} + gf )) -eq 0 ]
