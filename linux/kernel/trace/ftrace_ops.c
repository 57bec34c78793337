// SPDX-License-Identifier: GPL-2.0
/*
 * Function-hook clients (struct ftrace_ops): registration, filters, the
 * callback paths and the ftrace_enabled sysctl. Deciding what each site
 * calls is ftrace_patch.c's job.
 *
 * The callback paths
 * ------------------
 * A trampoline (arch/x86/kernel/ftrace_64.S) runs on an online CPU and
 * calls its hook, which is one of:
 *
 *	arch_ftrace_ops_list_func	several ops: walk the active list and
 *					call each ops that selects the site
 *	ftrace_ops_assist_func		one ops that needs the core's help
 *					(RECURSION, PID or RCU, or an ops
 *					that selects its callback's own site)
 *	ops->func			one ops that guards itself (no
 *					RECURSION flag): no core code at all
 *
 * The first two take the core's recursion bit for the current context
 * level (ftrace_recursion.h), which also disables preemption; so a
 * callback that calls traced code is not re-entered at the same level,
 * and the list and the sets it reads stay valid (RCU, freed after a
 * grace period; see ftrace_patch.c). Both are NMI-safe: no locks, no
 * allocation, only RCU-protected reads.
 */
#define pr_fmt(fmt) "ftrace: " fmt

#include <linux/ftrace.h>
#include <linux/export.h>
#include <linux/glob.h>
#include <linux/kallsyms.h>
#include <linux/kprobes.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/sysctl.h>
#include "ftrace_core.h"
#include "trace_array.h"

int ftrace_enabled __read_mostly = 1;

/* Serialises read-modify-write of an ops' sets by the in-kernel API. */
static DEFINE_MUTEX(ftrace_filter_mutex);

/* --- the callback paths --- */

/*
 * ftrace_pid_ignore - should @ops skip this call (pid filtering)? Asked
 * only for ops with FTRACE_OPS_FL_PID. The function tracer's pid files
 * provide the real one. Context: callback context, NMI included.
 */
bool __weak ftrace_pid_ignore(struct ftrace_ops *ops)
{
	return false;
}

#define OPS_FL_CHECKED	(FTRACE_OPS_FL_NEEDS_REGS | FTRACE_OPS_FL_PID |	\
			 FTRACE_OPS_FL_RCU)

/* The per-ops conditions other than the site: regs, pid, RCU. */
static __always_inline bool ops_may_run(struct ftrace_ops *op,
					struct ftrace_regs *fregs)
{
	unsigned long flags = READ_ONCE(op->flags);

	if (likely(!(flags & OPS_FL_CHECKED)))
		return true;
	/*
	 * Called from the argument-saving trampoline: a site that is just
	 * being switched to (or away from) the regs one; see ftrace_patch.c.
	 */
	if ((flags & FTRACE_OPS_FL_NEEDS_REGS) && !arch_ftrace_get_regs(fregs))
		return false;
	if ((flags & FTRACE_OPS_FL_PID) && ftrace_pid_ignore(op))
		return false;
	if ((flags & FTRACE_OPS_FL_RCU) && !rcu_is_watching())
		return false;
	return true;
}

/*
 * arch_ftrace_ops_list_func - call every active ops that selects @ip
 * (the linker script also names it ftrace_ops_list_func).
 * @op is the trampolines' hook op; it is ignored here.
 * Context: a trampoline, on an online CPU; any context, NMI included.
 */
void notrace arch_ftrace_ops_list_func(unsigned long ip, unsigned long parent_ip,
				       struct ftrace_ops *op,
				       struct ftrace_regs *fregs)
{
	int bit = __ftrace_recursion_trylock(FTRACE_RECURSION_CORE);

	if (bit < 0)
		return;
	for (op = rcu_dereference_raw(ftrace_active_ops); op;
	     op = rcu_dereference_raw(op->next)) {
		if (__ftrace_ops_selects(op, ip) && ops_may_run(op, fregs))
			op->func(ip, parent_ip, op, fregs);
	}
	__ftrace_recursion_unlock(bit);
}
NOKPROBE_SYMBOL(arch_ftrace_ops_list_func);

/* ftrace_ops_assist_func() for an ops with conditions to check. */
static noinline void notrace assist_checked(unsigned long ip,
					    unsigned long parent_ip,
					    struct ftrace_ops *op,
					    struct ftrace_regs *fregs)
{
	int bit = __ftrace_recursion_trylock(FTRACE_RECURSION_CORE);

	if (bit < 0)
		return;
	if (ops_may_run(op, fregs))
		op->func(ip, parent_ip, op, fregs);
	__ftrace_recursion_unlock(bit);
}
NOKPROBE_SYMBOL(assist_checked);

/*
 * ftrace_ops_assist_func - the core's guard around the only active ops.
 * The common case (no conditions) keeps only the guard bit live across
 * the callback, so it needs no register spills.
 * Context: as arch_ftrace_ops_list_func().
 */
void notrace ftrace_ops_assist_func(unsigned long ip, unsigned long parent_ip,
				    struct ftrace_ops *op,
				    struct ftrace_regs *fregs)
{
	int bit;

	if (unlikely(READ_ONCE(op->flags) & OPS_FL_CHECKED)) {
		assist_checked(ip, parent_ip, op, fregs);
		return;
	}
	bit = __ftrace_recursion_trylock(FTRACE_RECURSION_CORE);
	if (bit < 0)
		return;
	op->func(ip, parent_ip, op, fregs);
	__ftrace_recursion_unlock(bit);
}
NOKPROBE_SYMBOL(ftrace_ops_assist_func);

/* --- registration --- */

/* Set up the core's part of @ops on first use. ftrace_lock held. */
static void ops_init(struct ftrace_ops *ops)
{
	lockdep_assert_held(&ftrace_lock);
	if (ops->flags & FTRACE_OPS_FL_INITIALIZED)
		return;
	INIT_LIST_HEAD(&ops->list);
	INIT_LIST_HEAD(&ops->known);
	RCU_INIT_POINTER(ops->next, NULL);
	ops->flags |= FTRACE_OPS_FL_INITIALIZED;
}

static struct ftrace_hash *ops_filter(struct ftrace_ops *ops)
{
	return rcu_dereference_protected(ops->filter_hash,
					 lockdep_is_held(&ftrace_lock));
}

static struct ftrace_hash *ops_notrace(struct ftrace_ops *ops)
{
	return rcu_dereference_protected(ops->notrace_hash,
					 lockdep_is_held(&ftrace_lock));
}

/**
 * register_ftrace_function - start calling @ops->func at its sites
 * @ops: the client; must stay valid until unregistered. Its filter and
 *	notrace sets (ftrace_set_filter() and friends) choose the sites; with
 *	no filter it is called for every function.
 *
 * On return every selected site calls the callback.
 * Context: process context, may sleep; takes ftrace_lock.
 * Return: 0; -EINVAL if @ops has no callback; -EBUSY if it is already
 * registered, or if it is IPMODIFY and another IPMODIFY ops owns one of
 * its sites.
 */
int register_ftrace_function(struct ftrace_ops *ops)
{
	int ret;

	if (!ops || !ops->func)
		return -EINVAL;

	mutex_lock(&ftrace_lock);
	ops_init(ops);
	ret = -EBUSY;
	if (ops->flags & FTRACE_OPS_FL_ENABLED)
		goto out;
	ret = ftrace_check_ipmodify(ops, ops_filter(ops), ops_notrace(ops));
	if (ret)
		goto out;
	ops->flags |= FTRACE_OPS_FL_ENABLED;
	list_add_tail(&ops->list, &ftrace_registered_ops);
	ftrace_reconcile(NULL);
out:
	mutex_unlock(&ftrace_lock);
	return ret;
}
EXPORT_SYMBOL_GPL(register_ftrace_function);

/**
 * unregister_ftrace_function - stop calling @ops->func
 * @ops: a registered client
 *
 * On return no CPU runs the callback or can still enter it, so @ops
 * (and the code of its callback) may be freed; its sets are kept until
 * ftrace_free_filter().
 * Context: process context, may sleep (waits for RCU-tasks grace
 * periods); takes ftrace_lock.
 * Return: 0, or -ENODEV if @ops was not registered.
 */
int unregister_ftrace_function(struct ftrace_ops *ops)
{
	int ret = -ENODEV;

	if (!ops)
		return -EINVAL;
	mutex_lock(&ftrace_lock);
	if ((ops->flags & FTRACE_OPS_FL_INITIALIZED) &&
	    (ops->flags & FTRACE_OPS_FL_ENABLED)) {
		ops->flags &= ~FTRACE_OPS_FL_ENABLED;
		list_del_init(&ops->list);
		ftrace_reconcile(NULL);
		ret = 0;
	}
	mutex_unlock(&ftrace_lock);
	return ret;
}
EXPORT_SYMBOL_GPL(unregister_ftrace_function);

/**
 * ftrace_ops_refresh - re-read @ops->flags after changing PID, RCU or
 * RECURSION on a registered ops (they decide how the trampolines call it)
 * @ops: the ops
 *
 * Context: process context, may sleep; takes ftrace_lock.
 */
void ftrace_ops_refresh(struct ftrace_ops *ops)
{
	mutex_lock(&ftrace_lock);
	if ((ops->flags & FTRACE_OPS_FL_INITIALIZED) &&
	    (ops->flags & FTRACE_OPS_FL_ENABLED))
		ftrace_reconcile(NULL);
	mutex_unlock(&ftrace_lock);
}

/* --- sets --- */

int ftrace_ops_set_hashes(struct ftrace_ops *ops, struct ftrace_hash *filter,
			  struct ftrace_hash *notrace_set)
{
	struct ftrace_hash *old_filter = NULL, *old_notrace = NULL;
	int ret = 0;

	mutex_lock(&ftrace_lock);
	ops_init(ops);
	if (ops->flags & FTRACE_OPS_FL_ENABLED) {
		ret = ftrace_check_ipmodify(ops, filter ?: ops_filter(ops),
					    notrace_set ?: ops_notrace(ops));
		if (ret)
			goto out;
	}
	if (filter) {
		old_filter = ops_filter(ops);
		rcu_assign_pointer(ops->filter_hash, filter);
	}
	if (notrace_set) {
		old_notrace = ops_notrace(ops);
		rcu_assign_pointer(ops->notrace_hash, notrace_set);
	}
	if ((filter || notrace_set) && list_empty(&ops->known))
		list_add_tail(&ops->known, &ftrace_known_ops);
	if (ops->flags & FTRACE_OPS_FL_ENABLED)
		ftrace_reconcile(NULL);
out:
	mutex_unlock(&ftrace_lock);
	ftrace_hash_free_rcu(old_filter);
	ftrace_hash_free_rcu(old_notrace);
	return ret;
}

static struct ftrace_hash *copy_set(struct ftrace_ops *ops, bool want_notrace)
{
	struct ftrace_hash *copy;

	mutex_lock(&ftrace_lock);
	ops_init(ops);
	copy = ftrace_hash_copy(want_notrace ? ops_notrace(ops) : ops_filter(ops));
	mutex_unlock(&ftrace_lock);
	return copy;
}

struct ftrace_hash *ftrace_ops_get_filter(struct ftrace_ops *ops)
{
	return copy_set(ops, false);
}

struct ftrace_hash *ftrace_ops_get_notrace(struct ftrace_ops *ops)
{
	return copy_set(ops, true);
}

bool ftrace_ops_selects(struct ftrace_ops *ops, unsigned long ip)
{
	bool ret;

	preempt_disable_notrace();
	ret = __ftrace_ops_selects(ops, ip);
	preempt_enable_notrace();
	return ret;
}

void ftrace_for_each_site_ops(struct ftrace_site *site,
			      void (*fn)(struct ftrace_ops *ops, void *data),
			      void *data)
{
	struct ftrace_ops *op;

	lockdep_assert_held(&ftrace_lock);
	for (op = rcu_dereference_protected(ftrace_active_ops,
					    lockdep_is_held(&ftrace_lock));
	     op; op = rcu_dereference_protected(op->next,
					       lockdep_is_held(&ftrace_lock)))
		if (__ftrace_ops_selects(op, site->ip))
			fn(op, data);
}

/**
 * ftrace_free_filter - release the filter and notrace sets of @ops
 * @ops: an ops that is not registered
 *
 * Context: process context, may sleep.
 */
void ftrace_free_filter(struct ftrace_ops *ops)
{
	struct ftrace_hash *filter, *nt;

	mutex_lock(&ftrace_lock);
	if (!(ops->flags & FTRACE_OPS_FL_INITIALIZED) ||
	    WARN_ON_ONCE(ops->flags & FTRACE_OPS_FL_ENABLED)) {
		mutex_unlock(&ftrace_lock);
		return;
	}
	filter = ops_filter(ops);
	nt = ops_notrace(ops);
	RCU_INIT_POINTER(ops->filter_hash, NULL);
	RCU_INIT_POINTER(ops->notrace_hash, NULL);
	list_del_init(&ops->known);
	mutex_unlock(&ftrace_lock);
	ftrace_hash_free_rcu(filter);
	ftrace_hash_free_rcu(nt);
}
EXPORT_SYMBOL_GPL(ftrace_free_filter);

/* --- the in-kernel filter API --- */

/*
 * Read-modify-write one of @ops's sets: start from a copy (or an empty
 * set if @reset), let @edit change it, install it. On any error nothing
 * changes.
 */
static int edit_set(struct ftrace_ops *ops, bool want_notrace, bool reset,
		    int (*edit)(struct ftrace_hash *hash, void *data),
		    void *data)
{
	struct ftrace_hash *hash;
	int ret;

	mutex_lock(&ftrace_filter_mutex);
	hash = reset ? ftrace_hash_alloc() : copy_set(ops, want_notrace);
	ret = -ENOMEM;
	if (!hash)
		goto out;
	ret = edit ? edit(hash, data) : 0;
	if (!ret)
		ret = want_notrace ? ftrace_ops_set_hashes(ops, NULL, hash) :
				ftrace_ops_set_hashes(ops, hash, NULL);
	if (ret)
		ftrace_hash_free(hash);
out:
	mutex_unlock(&ftrace_filter_mutex);
	return ret;
}

struct ip_edit {
	unsigned long	ip;
	bool		remove;
};

static int edit_ip(struct ftrace_hash *hash, void *data)
{
	struct ip_edit *e = data;

	if (!e->remove)
		return ftrace_hash_add(hash, e->ip);
	if (!ftrace_hash_contains(hash, e->ip))
		return -ENOENT;
	ftrace_hash_remove(hash, e->ip);
	return 0;
}

/**
 * ftrace_set_filter_ip - add or remove one site in @ops's filter
 * @ops: the ops (registered or not)
 * @ip: a site address, or the start of a function (its site is used)
 * @remove: remove it instead of adding it
 * @reset: start from an empty filter
 *
 * Removing the last address leaves an empty filter, which selects every
 * function.
 * Context: process context, may sleep.
 * Return: 0; -EINVAL if @ip has no site; -ENOENT if removing an address
 * that is not in the filter; -ENOMEM; -EBUSY on an IPMODIFY conflict.
 */
int ftrace_set_filter_ip(struct ftrace_ops *ops, unsigned long ip,
			 int remove, int reset)
{
	struct ip_edit e = { .ip = ftrace_location(ip), .remove = remove };

	if (!e.ip)
		return -EINVAL;
	return edit_set(ops, false, reset, edit_ip, &e);
}
EXPORT_SYMBOL_GPL(ftrace_set_filter_ip);

struct glob_edit {
	struct ftrace_hash	*hash;
	const char		*glob;
	bool			remove;
	int			err;
	unsigned long		matched;
	char			name[KSYM_NAME_LEN];
};

static int glob_one(struct ftrace_site *site, void *data)
{
	struct glob_edit *g = data;
	unsigned long size, off;

	if (!kallsyms_lookup(site->ip, &size, &off, NULL, g->name) ||
	    off > FTRACE_MCOUNT_MAX_OFFSET || !glob_match(g->glob, g->name))
		return 0;
	g->matched++;
	if (g->remove) {
		ftrace_hash_remove(g->hash, site->ip);
		return 0;
	}
	g->err = ftrace_hash_add(g->hash, site->ip);
	return g->err;
}

static int edit_glob(struct ftrace_hash *hash, void *data)
{
	struct glob_edit *g = data;

	g->hash = hash;
	mutex_lock(&ftrace_lock);
	ftrace_for_each_site(glob_one, g);
	mutex_unlock(&ftrace_lock);
	if (g->err)
		return g->err;
	return g->matched ? 0 : -EINVAL;
}

/* ftrace_set_filter() and ftrace_set_notrace(). */
static int set_by_glob(struct ftrace_ops *ops, bool want_notrace,
		       unsigned char *buf, int len, int reset)
{
	struct glob_edit *g;
	char *pattern, *p;
	int ret;

	if (!buf || len <= 0)
		return reset ? edit_set(ops, want_notrace, true, NULL, NULL) : 0;

	pattern = kstrndup(buf, len, GFP_KERNEL);
	g = kzalloc(sizeof(*g), GFP_KERNEL);
	ret = -ENOMEM;
	if (!pattern || !g)
		goto out;
	p = strim(pattern);
	if (*p == '!') {
		g->remove = true;
		p++;
	}
	ret = -EINVAL;
	if (!*p)
		goto out;
	g->glob = p;
	ret = edit_set(ops, want_notrace, reset, edit_glob, g);
out:
	kfree(g);
	kfree(pattern);
	return ret;
}

/**
 * ftrace_set_filter - select the functions whose name matches a glob
 * @ops: the ops (registered or not)
 * @buf: a glob ("vfs_*", "*lock*", "?etppid"...), or "!glob" to remove
 *	the matching functions; NULL or empty with @reset to clear
 * @len: length of @buf (it need not be NUL-terminated)
 * @reset: start from an empty filter
 *
 * Context: process context, may sleep.
 * Return: 0; -EINVAL if nothing matches (the filter is unchanged);
 * -ENOMEM; -EBUSY on an IPMODIFY conflict.
 */
int ftrace_set_filter(struct ftrace_ops *ops, unsigned char *buf,
		      int len, int reset)
{
	return set_by_glob(ops, false, buf, len, reset);
}
EXPORT_SYMBOL_GPL(ftrace_set_filter);

/**
 * ftrace_set_notrace - exclude the functions whose name matches a glob
 * @ops: the ops (registered or not)
 * @buf: as for ftrace_set_filter()
 * @len: length of @buf
 * @reset: start from an empty notrace set
 *
 * Context: process context, may sleep.
 * Return: 0; -EINVAL if nothing matches (the set is unchanged); -ENOMEM.
 */
int ftrace_set_notrace(struct ftrace_ops *ops, unsigned char *buf,
		       int len, int reset)
{
	return set_by_glob(ops, true, buf, len, reset);
}
EXPORT_SYMBOL_GPL(ftrace_set_notrace);

/* --- /proc/sys/kernel/ftrace_enabled --- */

/*
 * Writing 0 stops every ops that is not PERMANENT (their sites become
 * NOPs, they stay registered); writing 1 starts them again.
 */
static int ftrace_enabled_sysctl(const struct ctl_table *table, int write,
				 void *buffer, size_t *lenp, loff_t *ppos)
{
	int ret, was;

	mutex_lock(&ftrace_lock);
	was = ftrace_enabled;
	ret = proc_dointvec_minmax(table, write, buffer, lenp, ppos);
	if (!ret && write && was != ftrace_enabled)
		ftrace_reconcile(NULL);
	mutex_unlock(&ftrace_lock);
	return ret;
}

static struct ctl_table ftrace_sysctls[] = {
	{
		.procname	= "ftrace_enabled",
		.data		= &ftrace_enabled,
		.maxlen		= sizeof(int),
		.mode		= 0644,
		.proc_handler	= ftrace_enabled_sysctl,
		.extra1		= SYSCTL_ZERO,
		.extra2		= SYSCTL_ONE,
	},
};

static int __init ftrace_sysctl_init(void)
{
	register_sysctl_init("kernel", ftrace_sysctls);
	return 0;
}
subsys_initcall(ftrace_sysctl_init);
