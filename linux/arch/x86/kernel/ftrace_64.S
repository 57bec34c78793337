/* SPDX-License-Identifier: GPL-2.0 */
/*
 * x86-64 fentry entry points.
 *
 * __fentry__ is what every traceable function calls before the boot-time
 * patching turns the call into a NOP (kernel/trace/ftrace_sites.c), and
 * what a module's functions would call if a site failed to patch. It
 * returns at once.
 *
 * ftrace_stub is the do-nothing callback; the linker script also names it
 * ftrace_stub_graph. It may be called indirectly, so it has an ENDBR.
 */
#include <linux/export.h>
#include <linux/linkage.h>
#include <asm/nospec-branch.h>

	.code64
	.section .text, "ax"

SYM_FUNC_START(__fentry__)
	RET
SYM_FUNC_END(__fentry__)
EXPORT_SYMBOL(__fentry__)

SYM_FUNC_START(ftrace_stub)
	RET
SYM_FUNC_END(ftrace_stub)
