#!/bin/bash
# make check: host-side checks of the build, then every selftest in the
# guest. Ends with "N passed, N failed"; exits non-zero on any failure.
. "$(dirname "$0")/common.sh"

RUNNER=$TOP/linux/tools/testing/selftests/ftrace/ftracetest
mkdir -p "$LOGS"
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

echo "# host checks $((t1 - t0))s, guest $((t2 - t1))s; logs in $LOGS"
echo "$(( ${hp:-0} + gp )) passed, $(( ${hf:-1} + gf )) failed"
[ $(( ${hf:-1} + gf )) -eq 0 ]
