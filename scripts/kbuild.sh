#!/bin/bash
# Configure and build our kernel in $OBJ (out of tree, incremental, ccache).
#   kbuild.sh config   write $OBJ/.config from allnoconfig + config/*.config
#   kbuild.sh build    build bzImage and modules, print where they are
. "$(dirname "$0")/common.sh"

fragments() {
	cat "$TOP/config/guest.config" "$TOP/config/tracing.config"
	[ "${1:-}" = ours ] && cat "$TOP/config/ours.config"
	true
}

# configure <srcdir> <objdir> <ours|upstream>
configure() {
	local src=$1 obj=$2 new
	mkdir -p "$obj"
	new=$obj/fragment.config
	fragments "$3" > "$new.tmp"
	if [ -f "$obj/.config" ] && cmp -s "$new.tmp" "$new"; then
		rm -f "$new.tmp"
		return 0
	fi
	mv "$new.tmp" "$new"
	say "configuring $obj"
	kmake "$src" "$obj" -s KCONFIG_ALLCONFIG="$new" allnoconfig
	# Every requested symbol must have survived Kconfig's dependencies.
	local bad=0 sym val
	while IFS='=' read -r sym val; do
		case $sym in CONFIG_*) ;; *) continue ;; esac
		grep -qx "$sym=$val" "$obj/.config" ||
			{ echo "config: $sym=$val did not stick" >&2; bad=1; }
	done < "$new"
	[ $bad -eq 0 ] || { rm -f "$new"; die "config fragment not satisfiable"; }
}

case ${1:-build} in
config)
	configure "$SRC" "$OBJ" ours
	;;
upstream-config)
	configure "$(pristine_tree)" "$UPOBJ" upstream
	;;
build)
	mkdir -p "$LOGS"
	t0=$(date +%s)
	kmake "$SRC" "$OBJ" bzImage modules 2>&1 | tee "$LOGS/kernel.log" |
		grep -E 'error|warning:|Error|WARNING' || true
	[ "${PIPESTATUS[0]}" -eq 0 ] || die "kernel build failed, see $LOGS/kernel.log"
	say "built $(cat "$OBJ/include/config/kernel.release") in $(($(date +%s) - t0))s"
	say "bzImage: $OBJ/arch/x86/boot/bzImage"
	say "modules: $OBJ (install with: make -C $SRC O=$OBJ modules_install INSTALL_MOD_PATH=<root>)"
	;;
upstream-build)
	configure "$(pristine_tree)" "$UPOBJ" upstream
	kmake "$(pristine_tree)" "$UPOBJ" bzImage modules > "$LOGS/upstream.log" 2>&1 ||
		die "upstream build failed, see $LOGS/upstream.log"
	say "upstream bzImage: $UPOBJ/arch/x86/boot/bzImage"
	;;
*)
	die "usage: kbuild.sh config|build|upstream-config|upstream-build"
	;;
esac
