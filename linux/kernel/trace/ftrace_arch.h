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

/*
 * What a live site executes is named by its call target: 0 for the
 * 5-byte NOP, else the address of the trampoline it calls.
 * ftrace_arch_shared_tramp - the shared argument-saving trampoline, or
 * (@regs) the full pt_regs one.
 * ftrace_arch_site_target - what the site at @ip calls now, read from
 * the text (0 if it holds no call). Context: ftrace_lock held.
 */
unsigned long ftrace_arch_shared_tramp(bool regs);
unsigned long ftrace_arch_shared_tramp_size(bool regs);	/* code bytes */
unsigned long ftrace_arch_site_target(unsigned long ip);

/*
 * ftrace_arch_patch_begin/end - bracket a series of live patches.
 * begin takes text_mutex; end makes every queued change visible on every
 * CPU and drops it. Context: process, may sleep; ftrace_lock held.
 */
void ftrace_arch_patch_begin(void);
void ftrace_arch_patch_end(void);

/*
 * ftrace_arch_patch_site - queue the change of the site at @ip from
 * calling @old to calling @new (0: the NOP). Sites must be queued in increasing address order for the best
 * batching (any order is correct). The change is complete only after
 * ftrace_arch_patch_flush() or ftrace_arch_patch_end().
 * Return: 0, or -EINVAL if @ip does not hold what @old says (nothing is
 * queued: the caller stops using the site).
 * Context: between begin and end.
 */
int ftrace_arch_patch_site(unsigned long ip, unsigned long old,
			   unsigned long new);

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

/*
 * Dedicated trampolines: a private copy of the shared trampoline (the
 * pt_regs one if @regs) whose hook calls @entry with @op as its ops
 * argument, for sites that only @op selects.
 * ftrace_arch_tramp_create - build one. Returns its address and sets
 *	*@size, or returns 0 (no memory: the core keeps using the shared
 *	trampolines). Context: process, may sleep; ftrace_lock held, NOT
 *	between ftrace_arch_patch_begin() and _end().
 * ftrace_arch_tramp_set_entry - re-point its hook (live, like
 *	ftrace_arch_set_hooks()). Context: between begin and end.
 * ftrace_arch_tramp_entry - what its hook calls now.
 * ftrace_arch_tramp_free - release it. The caller guarantees that no
 *	site calls it and no task can still be running in it.
 *	Context: process, may sleep.
 */
unsigned long ftrace_arch_tramp_create(bool regs, struct ftrace_ops *op,
				       ftrace_func_t entry,
				       unsigned long *size);
void ftrace_arch_tramp_set_entry(unsigned long tramp, bool regs,
				 ftrace_func_t entry);
ftrace_func_t ftrace_arch_tramp_entry(unsigned long tramp, bool regs);
void ftrace_arch_tramp_free(unsigned long tramp);

#endif /* _KERNEL_TRACE_FTRACE_ARCH_H */
