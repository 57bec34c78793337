# Top-level driver for the ftrace patch set over Linux 6.12.
#
#   make run      build everything and boot the guest (shell, or a demo
#                 when stdin is not a terminal)
#   make check    build everything, run every test, end with "N passed, N failed"
#   make kernel   build only bzImage and modules, print where they are
#   make patch    write one patch that turns pristine 6.12 into our tree
#   make bench    compare our kernel with upstream 6.12 under QEMU icount
#
# All build products live in $(BUILD), outside the repository.

BUILD    ?= $(HOME)/.cache/ftrace-patchset
JOBS     ?= $(shell nproc)
export BUILD JOBS

S := scripts

.PHONY: all deps prepare config kernel initramfs run check host-check \
	guest-check bench patch clean distclean

all: kernel

deps:
	@$(S)/deps.sh

prepare: deps
	@$(S)/prepare.sh

config: prepare
	@$(S)/kbuild.sh config

kernel: config
	@$(S)/kbuild.sh build

initramfs: kernel
	@$(S)/mkinitramfs.sh

run: initramfs
	@$(S)/qemu.sh run

check: initramfs
	@$(S)/check.sh

bench: initramfs
	@$(S)/bench.sh

patch: prepare
	@$(S)/mkpatch.sh

clean:
	rm -rf $(BUILD)/obj $(BUILD)/src $(BUILD)/initramfs*

distclean:
	rm -rf $(BUILD)
