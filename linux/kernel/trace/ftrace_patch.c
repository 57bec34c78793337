// SPDX-License-Identifier: GPL-2.0
/*
 * The patching engine of the function-hook core: keeps every site and
 * the trampolines' hook in line with the ops that are active.
 *
 * Theory of operation
 * -------------------
 * State, all under ftrace_lock:
 *
 *	ftrace_registered_ops	every registered ops (ops->list)
 *	ftrace_active_ops	RCU list (ops->next) of those that run:
 *				registered, and ftrace_enabled or PERMANENT
 *	site->flags		how many active ops select the site, whether
 *				one wants regs / modifies ip, and so what the
 *				site calls (nothing, ftrace_caller, or
 *				ftrace_regs_caller)
 *	the hook		what the trampolines call (ftrace_64.S)
 *
 * The hook is in one of two modes:
 *
 *	LIST	both trampolines call arch_ftrace_ops_list_func, which walks
 *		ftrace_active_ops and asks each ops' sets whether it wants
 *		the site. Always safe, whatever the sites and the hook op.
 *	SINGLE	exactly one ops X is active: every enabled site is one X
 *		selects, so the trampolines call X's entry (X->func, or the
 *		guard ftrace_ops_assist_func) directly, passing the hook op,
 *		which is X. No list, no set lookups. If X wants regs (SAVE_REGS
 *		or IPMODIFY), only the regs trampoline calls it directly; the
 *		other one keeps the list walker, which skips X without regs.
 *
 * The hook op and the hook call are two separate words, and a task can
 * be preempted inside a trampoline after loading the op and before the
 * call. So a SINGLE(X) hook is never re-pointed to SINGLE(Y) directly:
 *
 *	A  hook := LIST			(ignores the op it is given)
 *	B  hook op := Y
 *	C  wait until no task can be between its load of the op and the
 *	   call (RCU-tasks: preempted tasks; RCU-tasks-rude: CPUs running
 *	   with preemption off)
 *	D  hook := Y's entry
 *
 * Step C is skipped when the trampolines are quiet: no site has called
 * them since a wait that began with every site a NOP (ftrace_tramp_quiet).
 * Then B and D happen before any site is enabled. This makes the common
 * first registration cheap.
 *
 * Order of one reconcile (ftrace_reconcile()):
 *
 *	1  hook := LIST if the SINGLE ops changes (A above)
 *	2  entering SINGLE with quiet trampolines: B, D now
 *	3  add newly active ops to the list; unlink ops that stop
 *	4  patch every site whose target changes (batched, text_poke_queue)
 *	5  wait if an ops stopped (so its callback is no longer running
 *	   anywhere, and the caller may free it), or entering SINGLE
 *	   without quiet trampolines (C); then D
 *
 * A site's flags and its instruction change together, under text_mutex
 * and ftrace_lock, so ENABLED/REGS always say what the site calls once a
 * reconcile is over. Sets (filter/notrace) are published with
 * rcu_assign_pointer() before step 4 and freed after a normal RCU grace
 * period: they are read only by the list walker, with preemption
 * disabled, on online CPUs.
 */
#define pr_fmt(fmt) "ftrace: " fmt

#include <linux/ftrace.h>
#include <linux/rcupdate.h>
#include <linux/rcupdate_wait.h>
#include <linux/sched.h>
#include "ftrace_arch.h"
#include "ftrace_core.h"

LIST_HEAD(ftrace_registered_ops);
LIST_HEAD(ftrace_known_ops);
struct ftrace_ops __rcu *ftrace_active_ops;

/* The hook, as last set (ftrace_lock). NULL single means LIST mode. */
static struct ftrace_ops *hook_single;
static ftrace_func_t hook_plain = (ftrace_func_t)ftrace_stub;
static ftrace_func_t hook_regs = (ftrace_func_t)ftrace_stub;

static bool ftrace_tramp_quiet = true;
static unsigned long ftrace_sites_enabled;

/*
 * Wait until no CPU runs a callback or sits in a trampoline with a stale
 * view: every task preempted there has left (RCU-tasks), and every CPU
 * has left its preemption-disabled region (RCU-tasks-rude). Before the
 * scheduler runs there is only this task.
 */
static void ftrace_wait_all(void)
{
	if (!rcu_scheduler_active)	/* RCU_SCHEDULER_INACTIVE */
		return;
	synchronize_rcu_tasks_rude();
	synchronize_rcu_tasks();
}

/*
 * How the trampolines call @ops when it is the only one: directly if it
 * guards itself (RECURSION) and needs no per-call check, else through the
 * core's guard. A callback that has a site of its own (a module built
 * with -pg) is never called directly: its fentry call runs before its
 * guard can, and would recurse through the trampoline for ever.
 */
static ftrace_func_t ops_entry(struct ftrace_ops *ops)
{
	if ((ops->flags & FTRACE_OPS_FL_RECURSION) &&
	    !(ops->flags & (FTRACE_OPS_FL_PID | FTRACE_OPS_FL_RCU)) &&
	    !ftrace_location((unsigned long)ops->func))
		return ops->func;
	return ftrace_ops_assist_func;
}

static void set_hooks(ftrace_func_t plain, ftrace_func_t regs)
{
	if (plain == hook_plain && regs == hook_regs)
		return;
	ftrace_arch_set_hooks(plain, regs);
	hook_plain = plain;
	hook_regs = regs;
}

static void set_hooks_single(struct ftrace_ops *ops)
{
	ftrace_func_t entry = ops_entry(ops);

	set_hooks(ftrace_ops_wants_regs(ops) ?
		  arch_ftrace_ops_list_func : entry, entry);
	hook_single = ops;
}

static void set_hooks_list(void)
{
	set_hooks(arch_ftrace_ops_list_func, arch_ftrace_ops_list_func);
	hook_single = NULL;
}

static bool ops_should_run(struct ftrace_ops *ops)
{
	return ftrace_enabled || (ops->flags & FTRACE_OPS_FL_PERMANENT);
}

static struct ftrace_ops *active_first(void)
{
	return rcu_dereference_protected(ftrace_active_ops,
					 lockdep_is_held(&ftrace_lock));
}

static struct ftrace_ops *active_next(struct ftrace_ops *ops)
{
	return rcu_dereference_protected(ops->next,
					 lockdep_is_held(&ftrace_lock));
}

static bool is_active(struct ftrace_ops *ops)
{
	struct ftrace_ops *op;

	for (op = active_first(); op; op = active_next(op))
		if (op == ops)
			return true;
	return false;
}

/*
 * Step 3: make ftrace_active_ops hold exactly the registered ops that
 * should run. An unlinked ops keeps its ->next, so a walker standing on
 * it still reaches the rest. Returns true if some ops was unlinked.
 */
static bool update_active_list(void)
{
	struct ftrace_ops __rcu **pp = &ftrace_active_ops;
	struct ftrace_ops *op;
	bool removed = false;

	while ((op = rcu_dereference_protected(*pp, lockdep_is_held(&ftrace_lock)))) {
		if ((op->flags & FTRACE_OPS_FL_ENABLED) && ops_should_run(op)) {
			pp = &op->next;
			continue;
		}
		rcu_assign_pointer(*pp, active_next(op));
		removed = true;
	}
	list_for_each_entry(op, &ftrace_registered_ops, list) {
		if (!ops_should_run(op) || is_active(op))
			continue;
		RCU_INIT_POINTER(op->next, active_first());
		rcu_assign_pointer(ftrace_active_ops, op);
	}
	return removed;
}

/* The single ops the hook should call directly, or NULL (LIST mode). */
static struct ftrace_ops *wanted_single(void)
{
	struct ftrace_ops *op, *found = NULL;
	int n = 0;

	list_for_each_entry(op, &ftrace_registered_ops, list) {
		if (ops_should_run(op)) {
			found = op;
			n++;
		}
	}
	return n == 1 ? found : NULL;
}

static enum ftrace_arch_target site_target(unsigned long flags)
{
	if (!(flags & FTRACE_SITE_ENABLED))
		return FTRACE_ARCH_NOP;
	return (flags & FTRACE_SITE_REGS) ? FTRACE_ARCH_REGS : FTRACE_ARCH_CALLER;
}

/* What the active ops want of the site at @ip: its new flags. */
static unsigned long site_wanted_flags(struct ftrace_site *site)
{
	unsigned long keep = site->flags & (FTRACE_SITE_TOUCHED | FTRACE_SITE_DIRECT);
	unsigned long refs = 0, extra = 0;
	struct ftrace_ops *op;

	for (op = active_first(); op; op = active_next(op)) {
		if (!__ftrace_ops_selects(op, site->ip))
			continue;
		refs++;
		if (ftrace_ops_wants_regs(op))
			extra |= FTRACE_SITE_REGS;
		if (op->flags & FTRACE_OPS_FL_IPMODIFY)
			extra |= FTRACE_SITE_IPMODIFY;
	}
	if (!refs)
		return keep;
	refs = min(refs, FTRACE_SITE_REF_MASK);
	return keep | refs | extra | FTRACE_SITE_ENABLED | FTRACE_SITE_TOUCHED;
}

/* Bring one site in line; a site that is not what we think is dropped. */
static void update_site(struct ftrace_site_block *b, struct ftrace_site *site)
{
	unsigned long old = site->flags, new = site_wanted_flags(site);
	enum ftrace_arch_target from = site_target(old), to = site_target(new);

	if (from != to) {
		if (ftrace_arch_patch_site(site->ip, from, to)) {
			WARN_ONCE(1, "ftrace: site %pS does not hold the expected instruction; not patching it\n",
				  (void *)site->ip);
			ftrace_site_gone(site);
			ftrace_site_disable(b, site);
			return;
		}
		if (from == FTRACE_ARCH_NOP)
			ftrace_sites_enabled++;
		else if (to == FTRACE_ARCH_NOP)
			ftrace_sites_enabled--;
	}
	if (to != FTRACE_ARCH_NOP)
		ftrace_tramp_quiet = false;
	site->flags = new;
}

/* Step 4, for every ready block or only @only. */
static void update_sites(struct ftrace_site_block *only)
{
	struct ftrace_site_block *b;
	unsigned int i;

	for_each_site_block(b) {
		if (!b->ready || (only && b != only))
			continue;
		for (i = 0; i < b->nr; i++) {
			if (b->sites[i].flags & FTRACE_SITE_DISABLED)
				continue;
			update_site(b, &b->sites[i]);
			if (!(i & 1023))
				cond_resched();
		}
	}
}

void ftrace_reconcile(struct ftrace_site_block *only)
{
	struct ftrace_ops *single;
	bool removed, enter_late = false;

	lockdep_assert_held(&ftrace_lock);

	single = wanted_single();
	ftrace_arch_patch_begin();

	if (!single) {
		set_hooks_list();				/* 1 */
	} else if (single == hook_single) {
		set_hooks_single(single);	/* same op: only the entry may change */
	} else {
		set_hooks_list();				/* 1, A */
		if (ftrace_tramp_quiet) {			/* 2 */
			ftrace_arch_set_hook_op(single);	/* B */
			set_hooks_single(single);		/* D */
		} else {
			enter_late = true;
		}
	}

	removed = update_active_list();			/* 3 */
	update_sites(only);				/* 4 */
	ftrace_arch_patch_flush();

	if (removed || enter_late) {			/* 5 */
		bool was_idle = !ftrace_sites_enabled;

		if (enter_late)
			ftrace_arch_set_hook_op(single);	/* B */
		ftrace_arch_patch_end();
		ftrace_wait_all();				/* C */
		if (was_idle && !ftrace_sites_enabled)
			ftrace_tramp_quiet = true;
		ftrace_arch_patch_begin();
		if (enter_late)
			set_hooks_single(single);		/* D */
	}
	ftrace_arch_patch_end();
}

/*
 * ftrace_site_gone - @site is about to be marked DISABLED (its code is
 * being freed, or it holds something unexpected). Its instruction is left
 * as it is, so only the count of enabled sites changes.
 */
void ftrace_site_gone(struct ftrace_site *site)
{
	lockdep_assert_held(&ftrace_lock);
	if (site->flags & FTRACE_SITE_ENABLED)
		ftrace_sites_enabled--;
}

/* Would @ops (with these sets) and another IPMODIFY ops share a site? */
static int ipmodify_conflict(struct ftrace_site *site, void *data)
{
	struct ftrace_ops *ops = ((void **)data)[0];
	const struct ftrace_hash *filter = ((void **)data)[1];
	const struct ftrace_hash *nt = ((void **)data)[2];
	struct ftrace_ops *op;

	if (!ftrace_hash_empty(filter) && !ftrace_hash_has(filter, site->ip))
		return 0;
	if (ftrace_hash_has(nt, site->ip))
		return 0;
	list_for_each_entry(op, &ftrace_registered_ops, list) {
		if (op != ops && (op->flags & FTRACE_OPS_FL_IPMODIFY) &&
		    __ftrace_ops_selects(op, site->ip))
			return -EBUSY;
	}
	return 0;
}

int ftrace_check_ipmodify(struct ftrace_ops *ops,
			  const struct ftrace_hash *filter,
			  const struct ftrace_hash *notrace_set)
{
	void *data[3] = { ops, (void *)filter, (void *)notrace_set };
	struct ftrace_ops *op;
	bool others = false;

	lockdep_assert_held(&ftrace_lock);
	if (!(ops->flags & FTRACE_OPS_FL_IPMODIFY))
		return 0;
	list_for_each_entry(op, &ftrace_registered_ops, list)
		if (op != ops && (op->flags & FTRACE_OPS_FL_IPMODIFY))
			others = true;
	if (!others)
		return 0;
	return ftrace_for_each_site(ipmodify_conflict, data);
}

/* Replace *@slot by a copy without the members @gone() names. */
static void forget_in(struct ftrace_hash __rcu **slot,
		      bool (*gone)(unsigned long ip, void *data), void *data)
{
	struct ftrace_hash *old = rcu_dereference_protected(*slot,
					lockdep_is_held(&ftrace_lock));
	struct ftrace_hash *copy;
	unsigned long i;
	bool any = false;

	if (!old || !old->slots)
		return;
	for (i = 0; i < (1UL << old->bits) && !any; i++)
		any = old->slots[i] && gone(old->slots[i], data);
	if (!any)
		return;
	copy = ftrace_hash_copy(old);
	if (!copy) {
		/* Keep the stale members rather than widen the filter. */
		pr_warn_once("no memory to drop freed functions from a filter\n");
		return;
	}
	for (i = 0; i < (1UL << old->bits); i++)
		if (old->slots[i] && gone(old->slots[i], data))
			ftrace_hash_bury(copy, old->slots[i]);
	rcu_assign_pointer(*slot, copy);
	ftrace_hash_free_rcu(old);
}

void ftrace_forget_text(bool (*gone)(unsigned long ip, void *data), void *data)
{
	struct ftrace_ops *ops;

	lockdep_assert_held(&ftrace_lock);
	list_for_each_entry(ops, &ftrace_known_ops, known) {
		forget_in(&ops->filter_hash, gone, data);
		forget_in(&ops->notrace_hash, gone, data);
	}
}

/*
 * Trampolines are only the two static ones in kernel text (ftrace_64.S),
 * which kallsyms and the unwinders already know; none are allocated at
 * run time. These report that to kernel/extable.c and kernel/kallsyms.c.
 */

/* Context: any. */
bool is_ftrace_trampoline(unsigned long addr)
{
	return false;
}

#ifdef CONFIG_MODULES
/* Returns the length of the name found, 0 if @addr is no trampoline. */
int ftrace_mod_address_lookup(unsigned long addr, unsigned long *size,
			      unsigned long *off, char **modname,
			      const unsigned char **modbuildid, char *sym)
{
	return 0;
}

/* No trampoline symbols to list. */
int ftrace_mod_get_kallsym(unsigned int symnum, unsigned long *value,
			   char *type, char *name, char *module_name,
			   int *exported)
{
	return -ERANGE;
}
#endif
