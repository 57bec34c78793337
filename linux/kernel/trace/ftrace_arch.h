/* SPDX-License-Identifier: GPL-2.0 */
/*
 * What an architecture provides to the function-hook core (one header so
 * a port can read the whole contract in one place; see
 * Documentation/trace/ftrace-porting.rst).
 */
#ifndef _KERNEL_TRACE_FTRACE_ARCH_H
#define _KERNEL_TRACE_FTRACE_ARCH_H

#include <linux/ftrace.h>

/*
 * ftrace_arch_site_init - turn the compiler's call at @ip into a NOP.
 * Returns 0, or -EINVAL if @ip does not hold the expected call (the site
 * is then left untouched), -EFAULT if it cannot be read.
 * Context: boot (one CPU, IRQs off) or module load (text not executable).
 */
int ftrace_arch_site_init(unsigned long ip);

/* What a live site executes. */
enum ftrace_arch_target {
	FTRACE_ARCH_NOP,	/* the 5-byte NOP */
	FTRACE_ARCH_CALLER,	/* call to the argument-saving trampoline */
	FTRACE_ARCH_REGS,	/* call to the full pt_regs trampoline */
};

/*
 * ftrace_arch_patch_begin/end - bracket a series of live patches.
 * begin takes text_mutex; end makes every queued change visible on every
 * CPU and drops it. Context: process, may sleep; ftrace_lock held.
 */
void ftrace_arch_patch_begin(void);
void ftrace_arch_patch_end(void);

/*
 * ftrace_arch_patch_site - queue the change of the site at @ip from @old
 * to @new. Sites must be queued in increasing address order for the best
 * batching (any order is correct). The change is complete only after
 * ftrace_arch_patch_flush() or ftrace_arch_patch_end().
 * Return: 0, or -EINVAL if @ip does not hold what @old says (nothing is
 * queued: the caller stops using the site).
 * Context: between begin and end.
 */
int ftrace_arch_patch_site(unsigned long ip, enum ftrace_arch_target old,
			   enum ftrace_arch_target new);

/* Complete the queued changes now. Context: between begin and end. */
void ftrace_arch_patch_flush(void);

/*
 * The hook: the one call inside each trampoline, and the ops pointer
 * the trampolines pass as its third argument.
 *
 * ftrace_arch_set_hook_op - set the ops pointer the trampolines load.
 * Plain store; the core orders it against hook changes (ftrace_patch.c).
 *
 * ftrace_arch_set_hooks - make the argument-saving trampoline call
 * @plain and the pt_regs one call @regs (live patch of each trampoline's
 * call instruction). Complete on return.
 * Context: between begin and end.
 */
void ftrace_arch_set_hook_op(struct ftrace_ops *op);
void ftrace_arch_set_hooks(ftrace_func_t plain, ftrace_func_t regs);

#endif /* _KERNEL_TRACE_FTRACE_ARCH_H */
