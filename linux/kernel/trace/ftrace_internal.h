/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The function-hook core as the rest of kernel/trace sees it: call-site
 * records, address sets (struct ftrace_hash), and the per-ops filters.
 *
 * Split of the core:
 *	ftrace_sites.c	one record per fentry site; boot/module NOPs; lookup
 *	ftrace_hash.c	address sets
 *	ftrace_ops.c	registration, filters, the list walker, ftrace_enabled
 *	ftrace_patch.c	patching decisions (which sites call what, the
 *			trampolines' hook)
 *	ftrace_core.h	private to the above
 *	arch/x86/kernel/ftrace.c, ftrace_64.S
 *			rewriting one site; the trampolines
 * and its clients in kernel/trace:
 *	ftrace_filter_files.c	set_ftrace_filter/notrace, available_*,
 *				enabled_functions, touched_functions
 *	trace_functions.c	the "function" tracer and func commands
 *	ftrace_pid.c, ftrace_profile.c, trace_stack.c
 *
 * Lock order (outermost first):
 *	trace_types_lock
 *	  ftrace_filter_mutex	(ftrace_ops.c: the in-kernel filter API)
 *	    ftrace_lock		sites, hashes of registered ops, the ops list
 *	      text_mutex	(taken by the arch patching code)
 */
#ifndef _KERNEL_TRACE_FTRACE_INTERNAL_H
#define _KERNEL_TRACE_FTRACE_INTERNAL_H

#include <linux/ftrace.h>
#include <linux/mutex.h>

struct seq_file;
struct trace_array;

extern struct mutex ftrace_lock;

/*
 * struct ftrace_site - one fentry call site (16 bytes).
 * @ip:		address of the 5-byte call/NOP
 * @flags:	packed state, see FTRACE_SITE_*; changed only under
 *		ftrace_lock
 *
 *	bits  0..23	number of active ops (registered, and running:
 *			see ftrace_enabled) whose filters select it
 *	bit  24		ENABLED		the site currently calls a trampoline
 *	bit  25		REGS		some selecting ops wants SAVE_REGS, so
 *					it calls ftrace_regs_caller
 *	bit  26		IPMODIFY	an IPMODIFY ops owns it
 *	bit  27		TOUCHED		was ever patched since boot
 *	bit  28		DISABLED	never patch (bad site, freed init text)
 *	bit  29		DIRECT		calls the dedicated trampoline of the
 *					one ops that selects it
 */
struct ftrace_site {
	unsigned long	ip;
	unsigned long	flags;
};

#define FTRACE_SITE_REF_MASK	0x00ffffffUL
#define FTRACE_SITE_ENABLED	BIT(24)
#define FTRACE_SITE_REGS	BIT(25)
#define FTRACE_SITE_IPMODIFY	BIT(26)
#define FTRACE_SITE_TOUCHED	BIT(27)
#define FTRACE_SITE_DISABLED	BIT(28)
#define FTRACE_SITE_DIRECT	BIT(29)

/*
 * Walk every live site (vmlinux, then modules in load order) with
 * ftrace_lock held. @fn returns nonzero to stop; that value is returned.
 */
int ftrace_for_each_site(int (*fn)(struct ftrace_site *site, void *data),
			 void *data);
/* The site record at exactly @ip, or NULL. ftrace_lock held. */
struct ftrace_site *ftrace_find_site(unsigned long ip);
/* Sites of the seq_file position @pos (0-based), for listing files. */
struct ftrace_site *ftrace_site_at(loff_t pos);
/* Number of sites recorded (vmlinux plus loaded modules). */
unsigned long ftrace_nr_sites(void);

/* --- address sets --- */

/*
 * struct ftrace_hash - a set of site addresses. Opaque; not safe for
 * concurrent modification, but a hash published to an ops (below) is
 * only read by callbacks, under RCU-sched, and replaced as a whole.
 */
struct ftrace_hash;

/*
 * ftrace_hash_count() also counts "dead" members: addresses whose code was
 * freed (module unload, init text). They match nothing and are not
 * visited by ftrace_hash_for_each(), but keep a filter that named only
 * them from becoming empty (= every site).
 */
struct ftrace_hash *ftrace_hash_alloc(void);		/* may sleep */
struct ftrace_hash *ftrace_hash_copy(const struct ftrace_hash *src);
void ftrace_hash_free(struct ftrace_hash *hash);	/* NULL is fine */
int ftrace_hash_add(struct ftrace_hash *hash, unsigned long ip);
void ftrace_hash_remove(struct ftrace_hash *hash, unsigned long ip);
bool ftrace_hash_contains(const struct ftrace_hash *hash, unsigned long ip);
unsigned long ftrace_hash_count(const struct ftrace_hash *hash);
/* Visit every ip; @fn returns nonzero to stop. Order is unspecified. */
int ftrace_hash_for_each(const struct ftrace_hash *hash,
			 int (*fn)(unsigned long ip, void *data), void *data);

/* --- per-ops filters --- */

/*
 * ftrace_ops_set_hashes - replace @ops's filter and/or notrace set.
 * @filter, @notrace_set: new sets, or NULL to keep the current one. An empty
 *	filter selects every site. The core takes ownership on success.
 *
 * If @ops is registered, live sites are re-patched before this returns,
 * and the old sets are freed after callbacks can no longer see them.
 * On failure nothing changes (the caller still owns the new sets).
 * Context: process, may sleep; takes ftrace_lock.
 * Return: 0, -ENOMEM, or -EBUSY (an IPMODIFY conflict).
 */
int ftrace_ops_set_hashes(struct ftrace_ops *ops, struct ftrace_hash *filter,
			  struct ftrace_hash *notrace_set);
/* A copy of @ops's current filter or notrace set (never NULL on success). */
struct ftrace_hash *ftrace_ops_get_filter(struct ftrace_ops *ops);
struct ftrace_hash *ftrace_ops_get_notrace(struct ftrace_ops *ops);

/* Does @ops currently select @ip? Context: any (RCU-sched). */
bool ftrace_ops_selects(struct ftrace_ops *ops, unsigned long ip);

/*
 * ftrace_pid_ignore - asked before each call of an ops that has
 * FTRACE_OPS_FL_PID: true skips this call. The core has a __weak default
 * returning false; ftrace_pid.c provides the real one.
 * Context: callback context (any, NMI included, preemption disabled).
 */
bool ftrace_pid_ignore(struct ftrace_ops *ops);

/*
 * ftrace_ops_refresh - after changing FTRACE_OPS_FL_PID, _RCU or
 * _RECURSION on a registered ops, make the trampolines call it the right
 * way. Context: process, may sleep; takes ftrace_lock.
 */
void ftrace_ops_refresh(struct ftrace_ops *ops);

/*
 * enabled_functions: for each enabled site, the ops that select it.
 * @fn is called with ftrace_lock held for each (site, ops) pair.
 */
void ftrace_for_each_site_ops(struct ftrace_site *site,
			      void (*fn)(struct ftrace_ops *ops, void *data),
			      void *data);

/*
 * ftrace_ops_tramp_func - what @ops's dedicated trampoline calls (its
 * callback, or the core's guard), or NULL if it has none. For
 * enabled_functions' "tramp:" column. Context: ftrace_lock held.
 */
ftrace_func_t ftrace_ops_tramp_func(struct ftrace_ops *ops);

/* --- module life cycle, for filters that name modules --- */

/*
 * Called with ftrace_lock NOT held, after a module's sites are recorded
 * and before its code can run (ftrace_module_enable), so that a pending
 * ":mod:NAME" filter can add the new sites. The module's sites are
 * already visited by ftrace_for_each_site(); they are patched for the
 * ops that select them right after this returns. Implemented by
 * ftrace_filter_files.c (ftrace_sites.c has a temporary __weak default).
 * Context: process, may sleep.
 */
void ftrace_filter_module_loaded(struct module *mod);

/*
 * Called by ftrace_release_mod() before the module's sites are dropped,
 * ftrace_lock NOT held: function commands on the module's functions are
 * removed (their lines leave set_ftrace_filter). Implemented by
 * ftrace_filter_files.c. Context: process, may sleep.
 */
void ftrace_filter_module_gone(struct module *mod);

/* --- the function tracer's hooks used by other parts --- */

/* True between ftrace_enabled=1 and 0 (the sysctl). */
extern int ftrace_enabled;

#endif /* _KERNEL_TRACE_FTRACE_INTERNAL_H */
