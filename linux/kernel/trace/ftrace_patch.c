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
 *				site calls (nothing, ftrace_caller,
 *				ftrace_regs_caller, or with DIRECT the
 *				dedicated trampoline of the one ops that
 *				selects it)
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
 *	0  create the dedicated trampolines of ops about to be active
 *	   (see "Dedicated trampolines" below)
 *	1  hook := LIST if the SINGLE ops changes (A above)
 *	2  entering SINGLE with quiet trampolines: B, D now
 *	3  add newly active ops to the list; unlink ops that stop
 *	4  patch every site whose target changes (batched, text_poke_queue)
 *	5  wait if an ops stopped (so its callback is no longer running
 *	   anywhere, and the caller may free it), or entering SINGLE
 *	   without quiet trampolines (C); then D; then free the dedicated
 *	   trampolines of ops that stopped
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
#include <linux/kallsyms.h>
#include <linux/module.h>
#include <linux/rcupdate.h>
#include <linux/rcupdate_wait.h>
#include <linux/sched.h>
#include <linux/slab.h>
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
 * How a trampoline calls @ops when it is the only ops for the call:
 * directly, unless it asked for the core's guard (RECURSION) or needs a
 * per-call check (PID, RCU). A callback whose own fentry site @ops
 * selects also gets the guard: that fentry call runs before the
 * callback's trylock could, and would recurse through the trampoline
 * for ever.
 */
static ftrace_func_t ops_entry(struct ftrace_ops *ops)
{
	unsigned long own;

	if (ops->flags & (FTRACE_OPS_FL_RECURSION | FTRACE_OPS_FL_PID |
			  FTRACE_OPS_FL_RCU))
		return ftrace_ops_assist_func;
	own = ftrace_location((unsigned long)ops->func);
	if (own && __ftrace_ops_selects(ops, own))
		return ftrace_ops_assist_func;
	return ops->func;
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

/*
 * Dedicated trampolines
 * ---------------------
 * Every active ops may own one trampoline: a copy of the shared one that
 * calls the ops' entry (ops_entry()) with the ops baked in, so a site that
 * this ops alone selects skips the list walker even while other ops are
 * active elsewhere (site flag DIRECT). ops->trampoline/trampoline_size
 * describe it, as upstream (the ORC unwinder reads them).
 *
 * Life cycle, all under ftrace_lock:
 *  - created at the start of a reconcile for each ops that will be active
 *    and has none (before text_mutex: creating pokes text itself); if
 *    that fails the ops' sites use the shared trampolines;
 *  - its hook follows ops_entry(): changes that add the core's guard are
 *    made before the sites are re-patched, those that drop it after, so
 *    a callback never runs unguarded while its own site calls it;
 *  - when the ops stops being active its sites are re-patched away in the
 *    same reconcile; the trampoline leaves ftrace_tramps before the wait
 *    that already follows (RCU-tasks: no task is still inside it;
 *    RCU-tasks-rude: no CPU is in a preemption-disabled reader of the
 *    list), and is freed after it.
 *
 * ftrace_tramps is an RCU list read with preemption disabled by
 * is_ftrace_trampoline() and the kallsyms hooks (any context).
 */
struct ftrace_tramp {
	struct list_head	list;	/* ftrace_tramps */
	struct list_head	dead;	/* unlinked, waiting to be freed */
	struct ftrace_ops	*ops;
	unsigned long		addr;
	unsigned long		size;
	bool			regs;	/* copy of ftrace_regs_caller */
};

static LIST_HEAD(ftrace_tramps);

static struct ftrace_tramp *tramp_of(struct ftrace_ops *ops)
{
	struct ftrace_tramp *t;

	list_for_each_entry(t, &ftrace_tramps, list)
		if (t->ops == ops)
			return t;
	return NULL;
}

/* The trampoline starting at @addr, or NULL. ftrace_lock held. */
static struct ftrace_tramp *tramp_at(unsigned long addr)
{
	struct ftrace_tramp *t;

	list_for_each_entry(t, &ftrace_tramps, list)
		if (t->addr == addr)
			return t;
	return NULL;
}

/* Give each ops about to be active a trampoline. May sleep. */
static void tramps_create(void)
{
	struct ftrace_tramp *t;
	struct ftrace_ops *op;

	/* Early boot: no executable memory games before the scheduler. */
	if (!rcu_scheduler_active)
		return;
	list_for_each_entry(op, &ftrace_registered_ops, list) {
		if (!ops_should_run(op) || op->trampoline)
			continue;
		t = kzalloc(sizeof(*t), GFP_KERNEL);
		if (!t)
			continue;
		t->ops = op;
		t->regs = ftrace_ops_wants_regs(op);
		t->addr = ftrace_arch_tramp_create(t->regs, op, ops_entry(op),
						   &t->size);
		if (!t->addr) {
			kfree(t);
			continue;
		}
		op->trampoline = t->addr;
		op->trampoline_size = t->size;
		list_add_tail_rcu(&t->list, &ftrace_tramps);
	}
}

/*
 * Re-point each live trampoline's hook: @guard_only makes only the
 * changes to the core's guard (before the sites change), else all.
 */
static void tramps_set_entries(bool guard_only)
{
	struct ftrace_tramp *t;
	ftrace_func_t want;

	list_for_each_entry(t, &ftrace_tramps, list) {
		if (!is_active(t->ops) && !guard_only)
			continue;
		want = ops_entry(t->ops);
		if (guard_only && want != ftrace_ops_assist_func)
			continue;
		if (ftrace_arch_tramp_entry(t->addr, t->regs) != want)
			ftrace_arch_tramp_set_entry(t->addr, t->regs, want);
	}
}

/*
 * Unlink the trampolines of ops that are no longer active onto @dead.
 * Their sites no longer call them; they are freed after the next wait.
 */
static bool tramps_unlink_dead(struct list_head *dead)
{
	struct ftrace_tramp *t, *tmp;

	list_for_each_entry_safe(t, tmp, &ftrace_tramps, list) {
		if (is_active(t->ops))
			continue;
		/* Readers may still walk through t->list until the wait. */
		list_del_rcu(&t->list);
		list_add_tail(&t->dead, dead);
		t->ops->trampoline = 0;
		t->ops->trampoline_size = 0;
	}
	return !list_empty(dead);
}

static void tramps_free(struct list_head *dead)
{
	struct ftrace_tramp *t, *tmp;

	list_for_each_entry_safe(t, tmp, dead, dead) {
		ftrace_arch_tramp_free(t->addr);
		kfree(t);
	}
}

/* The function @ops's trampoline calls now, or NULL. ftrace_lock held. */
ftrace_func_t ftrace_ops_tramp_func(struct ftrace_ops *ops)
{
	struct ftrace_tramp *t;

	lockdep_assert_held(&ftrace_lock);
	t = tramp_of(ops);
	return t ? ftrace_arch_tramp_entry(t->addr, t->regs) : NULL;
}

/* What a site with @flags calls now (0: the NOP). */
static unsigned long site_cur_target(struct ftrace_site *site)
{
	unsigned long t;

	if (!(site->flags & FTRACE_SITE_ENABLED))
		return 0;
	if (!(site->flags & FTRACE_SITE_DIRECT))
		return ftrace_arch_shared_tramp(site->flags & FTRACE_SITE_REGS);
	/* Which dedicated one: the text says; it must be one of ours. */
	t = ftrace_arch_site_target(site->ip);
	return tramp_at(t) ? t : 1;	/* 1: matches no instruction */
}

/*
 * What the active ops want of @site: its new flags, and what it should
 * call. A site that one ops alone selects calls that ops' dedicated
 * trampoline if it has one of the right kind.
 */
static unsigned long site_wanted(struct ftrace_site *site, unsigned long *target)
{
	unsigned long keep = site->flags & FTRACE_SITE_TOUCHED;
	unsigned long refs = 0, extra = 0;
	struct ftrace_ops *op, *only = NULL;
	struct ftrace_tramp *t;

	*target = 0;
	for (op = active_first(); op; op = active_next(op)) {
		if (!__ftrace_ops_selects(op, site->ip))
			continue;
		refs++;
		only = op;
		if (ftrace_ops_wants_regs(op))
			extra |= FTRACE_SITE_REGS;
		if (op->flags & FTRACE_OPS_FL_IPMODIFY)
			extra |= FTRACE_SITE_IPMODIFY;
	}
	if (!refs)
		return keep;
	if (refs == 1 && only->trampoline) {
		t = tramp_of(only);
		if (t && t->regs == ftrace_ops_wants_regs(only)) {
			extra |= FTRACE_SITE_DIRECT;
			*target = t->addr;
		}
	}
	if (!*target)
		*target = ftrace_arch_shared_tramp(extra & FTRACE_SITE_REGS);
	refs = min(refs, FTRACE_SITE_REF_MASK);
	return keep | refs | extra | FTRACE_SITE_ENABLED | FTRACE_SITE_TOUCHED;
}

/* Bring one site in line; a site that is not what we think is dropped. */
static void update_site(struct ftrace_site_block *b, struct ftrace_site *site)
{
	unsigned long from = site_cur_target(site), to, new;

	new = site_wanted(site, &to);
	if (from != to) {
		if (from == 1 || ftrace_arch_patch_site(site->ip, from, to)) {
			WARN_ONCE(1, "ftrace: site %pS does not hold the expected instruction; not patching it\n",
				  (void *)site->ip);
			ftrace_site_gone(site);
			ftrace_site_disable(b, site);
			return;
		}
		if (!from)
			ftrace_sites_enabled++;
		else if (!to)
			ftrace_sites_enabled--;
	}
	if (to)
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
	LIST_HEAD(dead);

	lockdep_assert_held(&ftrace_lock);

	tramps_create();				/* 0 */
	single = wanted_single();
	ftrace_arch_patch_begin();

	if (!single) {
		set_hooks_list();				/* 1 */
	} else if (single == hook_single) {
		/* Same op: only the entry may change; adding the guard first. */
		if (ops_entry(single) == ftrace_ops_assist_func)
			set_hooks_single(single);
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
	tramps_set_entries(true);
	update_sites(only);				/* 4 */
	ftrace_arch_patch_flush();
	tramps_set_entries(false);			/* dropping the guard last */
	if (single && single == hook_single)
		set_hooks_single(single);
	removed |= tramps_unlink_dead(&dead);

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
	tramps_free(&dead);
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
 * Trampolines for the rest of the kernel: kernel/extable.c (is this
 * address code?), the unwinders and kallsyms. The shared ones are in
 * vmlinux and have their own symbols; the dedicated ones are listed in
 * /proc/kallsyms as "ftrace_trampoline" of the pseudo-module
 * "[__builtin__ftrace]", as upstream does.
 */
#define FTRACE_TRAMP_SYM	"ftrace_trampoline"
#define FTRACE_TRAMP_MOD	"__builtin__ftrace"

static char ftrace_tramp_modname[] = FTRACE_TRAMP_MOD;

/* The dedicated trampoline containing @addr. Preemption disabled. */
static struct ftrace_tramp *tramp_containing(unsigned long addr)
{
	struct ftrace_tramp *t;

	list_for_each_entry_rcu(t, &ftrace_tramps, list, true)
		if (addr >= t->addr && addr < t->addr + t->size)
			return t;
	return NULL;
}

static bool in_shared_tramp(unsigned long addr, bool regs)
{
	unsigned long start = ftrace_arch_shared_tramp(regs);

	return addr >= start && addr < start + ftrace_arch_shared_tramp_size(regs);
}

/**
 * ftrace_ops_trampoline - the ops owning the dedicated trampoline at @addr
 * @addr: a text address
 *
 * For the ORC unwinder, which maps an address in a copy to the same
 * offset in the shared trampoline it was copied from
 * (ops->trampoline, and FTRACE_OPS_FL_SAVE_REGS for which one).
 * Context: any; preemption disabled by the caller or not.
 * Return: the ops, or NULL if @addr is in no dedicated trampoline.
 */
struct ftrace_ops *ftrace_ops_trampoline(unsigned long addr)
{
	struct ftrace_tramp *t;
	struct ftrace_ops *ops = NULL;

	preempt_disable_notrace();
	t = tramp_containing(addr);
	if (t)
		ops = t->ops;
	preempt_enable_notrace();
	return ops;
}

/**
 * is_ftrace_trampoline - is @addr inside a function-hook trampoline?
 * @addr: any address
 *
 * True for the shared trampolines and for live dedicated ones.
 * Context: any, NMI included.
 * Return: true or false.
 */
bool is_ftrace_trampoline(unsigned long addr)
{
	bool ret;

	if (in_shared_tramp(addr, false) || in_shared_tramp(addr, true))
		return true;
	preempt_disable_notrace();
	ret = tramp_containing(addr);
	preempt_enable_notrace();
	return ret;
}

#ifdef CONFIG_MODULES
/*
 * ftrace_mod_address_lookup - name a dedicated trampoline for kallsyms
 * (%pS, stack traces): "ftrace_trampoline+off/size [__builtin__ftrace]".
 * Context: any (kallsyms_lookup_buildid()).
 * Return: the length of the name, or 0 if @addr is in none.
 */
int ftrace_mod_address_lookup(unsigned long addr, unsigned long *size,
			      unsigned long *off, char **modname,
			      const unsigned char **modbuildid, char *sym)
{
	struct ftrace_tramp *t;
	int ret = 0;

	preempt_disable_notrace();
	t = tramp_containing(addr);
	if (t) {
		if (size)
			*size = t->size;
		if (off)
			*off = addr - t->addr;
		if (modname)
			*modname = ftrace_tramp_modname;
		if (modbuildid)
			*modbuildid = NULL;
		ret = strscpy(sym, FTRACE_TRAMP_SYM, KSYM_NAME_LEN);
	}
	preempt_enable_notrace();
	return ret;
}

/*
 * ftrace_mod_get_kallsym - the @symnum-th dedicated trampoline, for
 * /proc/kallsyms. Context: process (the kallsyms iterator).
 * Return: 0, or -ERANGE past the last one.
 */
int ftrace_mod_get_kallsym(unsigned int symnum, unsigned long *value,
			   char *type, char *name, char *module_name,
			   int *exported)
{
	struct ftrace_tramp *t;
	int ret = -ERANGE;

	preempt_disable_notrace();
	list_for_each_entry_rcu(t, &ftrace_tramps, list, true) {
		if (symnum--)
			continue;
		*value = t->addr;
		*type = 't';
		*exported = 0;
		strscpy(name, FTRACE_TRAMP_SYM, KSYM_NAME_LEN);
		strscpy(module_name, FTRACE_TRAMP_MOD, MODULE_NAME_LEN);
		ret = 0;
		break;
	}
	preempt_enable_notrace();
	return ret;
}
#endif
