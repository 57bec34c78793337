// SPDX-License-Identifier: GPL-2.0
/*
 * The tracepoint core: attaching probes to the static tracepoints of
 * vmlinux and of modules.
 *
 * Theory of operation
 * -------------------
 * A tracepoint (struct tracepoint, linux/tracepoint-defs.h) has three
 * things that a call site trace_foo() reads without any lock:
 *
 *	key	static key: the call site is a NOP while it is off
 *	funcs	RCU-published array of (func, data, prio), NULL-terminated
 *	call	static call tp_func_foo: either one probe's function, or
 *		the iterator __traceiter_foo that walks funcs
 *
 * The call site, with preemption disabled (the RCU read side):
 *
 *	it = rcu_dereference(funcs);			(R1)
 *	if (it)
 *		static_call(tp_func_foo)(it->data, ...);	(R2)
 *
 * R1 and R2 are separate reads, so a CPU may pair an array with a
 * static-call target installed later. Every writer step below keeps each
 * such pairing correct. Writers are serialized by tracepoints_mutex.
 *
 *   attach, 0 -> 1 probe:
 *	A  wait until no CPU can hold an array retired earlier (see below)
 *	B  point the call at the new probe
 *	C  publish the array                  (pairs with R1)
 *	D  turn the key on
 *	A CPU that sees the array at R1 sees B at R2: R1 happens after C,
 *	and C is ordered after B by rcu_assign_pointer(). Without A, a CPU
 *	still inside a call site from before the last detach could pass its
 *	stale data to the new probe.
 *
 *   attach, 1 -> 2:
 *	B  point the call at the iterator, then C publish.
 *	The iterator ignores the data argument and reads funcs itself, so
 *	it is right whichever array the caller loaded.
 *
 *   attach or detach, n -> m with n, m >= 2: C publish only (iterator).
 *
 *   detach, 2 -> 1:
 *	C  publish the one-entry array
 *	A  wait for a grace period: a CPU may hold the old array, whose
 *	   first data need not belong to the remaining probe
 *	B  point the call at the remaining probe
 *
 *   detach, 1 -> 0:
 *	D  key off, C publish NULL. The call keeps its target; the next
 *	   0 -> 1 attach passes A before changing it.
 *
 * "Retired" arrays (unpublished by C) are freed after a grace period with
 * kfree_rcu(). Step A is cond_synchronize_rcu() on a cookie taken when an
 * array was last retired, so attaching is free unless a detach happened
 * very recently.
 *
 * A detach whose new array cannot be allocated swaps the probe's func
 * for a stub in place instead (only ever inside an array of two or more,
 * which the iterator walks re-reading func): detaching never fails.
 *
 * Lock order: event_mutex (kernel/trace) -> tracepoints_mutex ->
 * cpus_read_lock/jump_label_mutex (static keys, static calls).
 */
#include <linux/export.h>
#include <linux/list.h>
#include <linux/module.h>
#include <linux/mutex.h>
#include <linux/notifier.h>
#include <linux/rcupdate.h>
#include <linux/slab.h>
#include <linux/static_call.h>
#include <linux/static_key.h>
#include <linux/tracepoint.h>

extern tracepoint_ptr_t __start___tracepoints_ptrs[];
extern tracepoint_ptr_t __stop___tracepoints_ptrs[];

static DEFINE_MUTEX(tracepoints_mutex);

/* Cookie of the last retired array (step A), under tracepoints_mutex. */
static unsigned long tp_retired_cookie;
static bool tp_retired_any;

/* A published probe array: funcs points at @f[0]. */
struct tp_array {
	struct rcu_head		rcu;
	struct tracepoint_func	f[];
};

/* Put in place of a probe whose detach could not allocate (see top). */
static void tp_stub_probe(void)
{
}

static inline struct tracepoint_func *tp_funcs(struct tracepoint *tp)
{
	return rcu_dereference_protected(tp->funcs,
					 lockdep_is_held(&tracepoints_mutex));
}

static struct tracepoint_func *tp_array_alloc(int nr)
{
	struct tp_array *a;

	a = kmalloc(struct_size(a, f, nr + 1), GFP_KERNEL);
	if (!a)
		return NULL;
	a->f[nr].func = NULL;
	return a->f;
}

/* Step C's other half: free @old once no CPU can be reading it. */
static void tp_retire(struct tracepoint_func *old)
{
	if (!old)
		return;
	tp_retired_cookie = get_state_synchronize_rcu();
	tp_retired_any = true;
	kfree_rcu(container_of(old, struct tp_array, f[0]), rcu);
}

/* Step A. */
static void tp_wait_retired(void)
{
	if (tp_retired_any)
		cond_synchronize_rcu(tp_retired_cookie);
}

static void tp_set_call(struct tracepoint *tp, void *func)
{
	__static_call_update(tp->static_call_key, tp->static_call_tramp, func);
}

/* Live (non-stub) entries of @funcs. */
static int tp_count(struct tracepoint_func *funcs)
{
	int n = 0;

	for (; funcs && funcs->func; funcs++)
		n += funcs->func != tp_stub_probe;
	return n;
}

static int tp_attach(struct tracepoint *tp, void *probe, void *data,
		     int prio, bool may_exist)
{
	struct tracepoint_func *old, *new, *it;
	int n, i = 0;
	bool placed = false;
	int ret;

	if (!probe)
		return -EINVAL;

	guard(mutex)(&tracepoints_mutex);
	old = tp_funcs(tp);
	for (it = old; it && it->func; it++)
		if (it->func == probe && it->data == data)
			return may_exist ? 0 : -EEXIST;

	n = tp_count(old);
	if (!n && tp->regfunc) {
		ret = tp->regfunc();
		if (ret < 0)
			return ret;
	}
	new = tp_array_alloc(n + 1);
	if (!new) {
		if (!n && tp->unregfunc)
			tp->unregfunc();
		return -ENOMEM;
	}

	/* Higher priority first; a newcomer goes after its equals. */
	for (it = old; it && it->func; it++) {
		if (it->func == tp_stub_probe)
			continue;
		if (!placed && it->prio < prio) {
			new[i++] = (struct tracepoint_func){ probe, data, prio };
			placed = true;
		}
		new[i++] = *it;
	}
	if (!placed)
		new[i] = (struct tracepoint_func){ probe, data, prio };

	switch (n + 1) {
	case 1:
		tp_wait_retired();			/* A */
		tp_set_call(tp, new[0].func);		/* B */
		rcu_assign_pointer(tp->funcs, new);	/* C */
		static_branch_enable(&tp->key);		/* D */
		break;
	case 2:
		tp_set_call(tp, tp->iterator);		/* B */
		fallthrough;
	default:
		rcu_assign_pointer(tp->funcs, new);	/* C */
		break;
	}
	tp_retire(old);
	return 0;
}

static int tp_detach(struct tracepoint *tp, void *probe, void *data)
{
	struct tracepoint_func *old, *new = NULL, *it;
	int n, left, i = 0;
	bool found = false;

	guard(mutex)(&tracepoints_mutex);
	old = tp_funcs(tp);
	for (it = old; it && it->func; it++)
		found |= it->func == probe && it->data == data;
	if (!found)
		return -ENOENT;

	n = tp_count(old);
	left = n - 1;
	if (left) {
		new = tp_array_alloc(left);
		if (!new) {
			/* n >= 2: the iterator is in use, stub in place. */
			for (it = old; it->func; it++)
				if (it->func == probe && it->data == data)
					WRITE_ONCE(it->func, tp_stub_probe);
			return 0;
		}
		for (it = old; it->func; it++)
			if (it->func != tp_stub_probe &&
			    !(it->func == probe && it->data == data))
				new[i++] = *it;
	}

	switch (left) {
	case 0:
		static_branch_disable(&tp->key);	/* D */
		rcu_assign_pointer(tp->funcs, NULL);	/* C */
		tp_retire(old);
		if (tp->unregfunc)
			tp->unregfunc();
		break;
	case 1:
		rcu_assign_pointer(tp->funcs, new);	/* C */
		tp_retire(old);
		tp_wait_retired();			/* A */
		tp_set_call(tp, new[0].func);		/* B */
		break;
	default:
		rcu_assign_pointer(tp->funcs, new);	/* C */
		tp_retire(old);
		break;
	}
	return 0;
}

/**
 * tracepoint_probe_register_prio - attach a probe to a tracepoint
 * @tp: the tracepoint
 * @probe: function called as probe(@data, <tracepoint arguments>)
 * @data: its first argument; (@probe, @data) names the registration
 * @prio: higher runs first (TRACEPOINT_DEFAULT_PRIO for no preference)
 *
 * The first probe attached runs the tracepoint's regfunc, if it has one.
 * Context: process, may sleep; not under cpus_read_lock().
 * Return: 0, -EEXIST when the pair is attached already, -EINVAL for a
 * NULL probe, -ENOMEM, or the regfunc's error.
 */
int tracepoint_probe_register_prio(struct tracepoint *tp, void *probe,
				   void *data, int prio)
{
	return tp_attach(tp, probe, data, prio, false);
}
EXPORT_SYMBOL_GPL(tracepoint_probe_register_prio);

/**
 * tracepoint_probe_register_prio_may_exist - attach, tolerating a repeat
 * @tp: the tracepoint
 * @probe: the probe function
 * @data: its first argument
 * @prio: its priority
 *
 * Context: process, may sleep.
 * Return: as tracepoint_probe_register_prio(), but 0 when the pair is
 * attached already (its priority is left as it was).
 */
int tracepoint_probe_register_prio_may_exist(struct tracepoint *tp,
					     void *probe, void *data, int prio)
{
	return tp_attach(tp, probe, data, prio, true);
}
EXPORT_SYMBOL_GPL(tracepoint_probe_register_prio_may_exist);

/**
 * tracepoint_probe_register - attach a probe at the default priority
 * @tp: the tracepoint
 * @probe: the probe function
 * @data: its first argument
 *
 * Context: process, may sleep.
 * Return: as tracepoint_probe_register_prio().
 */
int tracepoint_probe_register(struct tracepoint *tp, void *probe, void *data)
{
	return tp_attach(tp, probe, data, TRACEPOINT_DEFAULT_PRIO, false);
}
EXPORT_SYMBOL_GPL(tracepoint_probe_register);

/**
 * tracepoint_probe_unregister - detach a probe
 * @tp: the tracepoint
 * @probe: the probe function
 * @data: the data it was attached with
 *
 * Other CPUs may still be running the probe when this returns; see
 * tracepoint_synchronize_unregister(). The last detach runs the
 * tracepoint's unregfunc.
 * Context: process, may sleep.
 * Return: 0, or -ENOENT when the pair is not attached.
 */
int tracepoint_probe_unregister(struct tracepoint *tp, void *probe, void *data)
{
	return tp_detach(tp, probe, data);
}
EXPORT_SYMBOL_GPL(tracepoint_probe_unregister);

static void for_each_tracepoint_range(tracepoint_ptr_t *begin,
				      tracepoint_ptr_t *end,
				      void (*fct)(struct tracepoint *, void *),
				      void *priv)
{
	tracepoint_ptr_t *p;

	for (p = begin; p < end; p++)
		fct(tracepoint_ptr_deref(p), priv);
}

/**
 * for_each_kernel_tracepoint - call a function on each vmlinux tracepoint
 * @fct: the function
 * @priv: its second argument
 *
 * Context: process (the list is constant).
 */
void for_each_kernel_tracepoint(void (*fct)(struct tracepoint *tp, void *priv),
				void *priv)
{
	for_each_tracepoint_range(__start___tracepoints_ptrs,
				  __stop___tracepoints_ptrs, fct, priv);
}
EXPORT_SYMBOL_GPL(for_each_kernel_tracepoint);

#ifdef CONFIG_MODULES

/*
 * Modules with tracepoints, for for_each_module_tracepoint() and the
 * tracepoint module notifiers. Under tp_modules_mutex, which nests
 * outside tracepoints_mutex (a notifier may attach probes).
 */
static LIST_HEAD(tp_modules);
static DEFINE_MUTEX(tp_modules_mutex);
static BLOCKING_NOTIFIER_HEAD(tp_module_notifiers);

bool trace_module_has_bad_taint(struct module *mod)
{
	return mod->taints & ~((1 << TAINT_OOT_MODULE) | (1 << TAINT_CRAP) |
			       (1 << TAINT_UNSIGNED_MODULE) |
			       (1 << TAINT_TEST) | (1 << TAINT_LIVEPATCH));
}

/**
 * register_tracepoint_module_notifier - follow modules with tracepoints
 * @nb: called with MODULE_STATE_COMING or MODULE_STATE_GOING and a
 *	struct tp_module *
 *
 * Modules loaded already are reported to @nb as COMING before this
 * returns. Context: process, may sleep.
 * Return: 0 or the error of the notifier chain.
 */
int register_tracepoint_module_notifier(struct notifier_block *nb)
{
	struct tp_module *tp_mod;
	int ret;

	guard(mutex)(&tp_modules_mutex);
	ret = blocking_notifier_chain_register(&tp_module_notifiers, nb);
	if (ret)
		return ret;
	list_for_each_entry(tp_mod, &tp_modules, list)
		(void)nb->notifier_call(nb, MODULE_STATE_COMING, tp_mod);
	return 0;
}
EXPORT_SYMBOL_GPL(register_tracepoint_module_notifier);

/**
 * unregister_tracepoint_module_notifier - stop following modules
 * @nb: a notifier given to register_tracepoint_module_notifier()
 *
 * Loaded modules are reported to @nb as GOING first.
 * Context: process, may sleep.
 * Return: 0 or the error of the notifier chain.
 */
int unregister_tracepoint_module_notifier(struct notifier_block *nb)
{
	struct tp_module *tp_mod;
	int ret;

	guard(mutex)(&tp_modules_mutex);
	ret = blocking_notifier_chain_unregister(&tp_module_notifiers, nb);
	if (ret)
		return ret;
	list_for_each_entry(tp_mod, &tp_modules, list)
		(void)nb->notifier_call(nb, MODULE_STATE_GOING, tp_mod);
	return 0;
}
EXPORT_SYMBOL_GPL(unregister_tracepoint_module_notifier);

static int tp_module_coming(struct module *mod)
{
	struct tp_module *tp_mod;

	/* As upstream: tracepoints of badly tainted modules stay unknown. */
	if (trace_module_has_bad_taint(mod))
		return 0;
	tp_mod = kmalloc(sizeof(*tp_mod), GFP_KERNEL);
	if (!tp_mod)
		return -ENOMEM;
	tp_mod->mod = mod;
	guard(mutex)(&tp_modules_mutex);
	list_add_tail(&tp_mod->list, &tp_modules);
	return notifier_to_errno(blocking_notifier_call_chain(&tp_module_notifiers,
						MODULE_STATE_COMING, tp_mod));
}

/* A probe still attached to a going module's tracepoint is a bug. */
static void tp_check_quiescent(struct tracepoint *tp, void *priv)
{
	WARN_ONCE(rcu_access_pointer(tp->funcs),
		  "tracepoint %s: probe attached while its module goes\n",
		  tp->name);
}

static void tp_module_going(struct module *mod)
{
	struct tp_module *tp_mod;

	scoped_guard(mutex, &tp_modules_mutex) {
		list_for_each_entry(tp_mod, &tp_modules, list) {
			if (tp_mod->mod != mod)
				continue;
			blocking_notifier_call_chain(&tp_module_notifiers,
						     MODULE_STATE_GOING, tp_mod);
			list_del(&tp_mod->list);
			kfree(tp_mod);
			break;
		}
	}
	for_each_tracepoint_range(mod->tracepoints_ptrs,
				  mod->tracepoints_ptrs + mod->num_tracepoints,
				  tp_check_quiescent, NULL);
}

/* Context: module loader, process. */
static int tp_module_notify(struct notifier_block *nb, unsigned long val,
			    void *data)
{
	struct module *mod = data;
	int ret = 0;

	if (!mod->num_tracepoints)
		return NOTIFY_OK;
	switch (val) {
	case MODULE_STATE_COMING:
		ret = tp_module_coming(mod);
		break;
	case MODULE_STATE_GOING:
		tp_module_going(mod);
		break;
	default:
		break;
	}
	return notifier_from_errno(ret);
}

/* Below the event core's notifier, which detaches event probes first. */
static struct notifier_block tp_module_nb = {
	.notifier_call	= tp_module_notify,
	.priority	= 0,
};

void for_each_tracepoint_in_module(struct module *mod,
				   void (*fct)(struct tracepoint *,
					       struct module *, void *),
				   void *priv)
{
	tracepoint_ptr_t *p;

	for (p = mod->tracepoints_ptrs;
	     p < mod->tracepoints_ptrs + mod->num_tracepoints; p++)
		fct(tracepoint_ptr_deref(p), mod, priv);
}
EXPORT_SYMBOL_GPL(for_each_tracepoint_in_module);

void for_each_module_tracepoint(void (*fct)(struct tracepoint *,
					    struct module *, void *),
				void *priv)
{
	struct tp_module *tp_mod;

	guard(mutex)(&tp_modules_mutex);
	list_for_each_entry(tp_mod, &tp_modules, list)
		for_each_tracepoint_in_module(tp_mod->mod, fct, priv);
}
EXPORT_SYMBOL_GPL(for_each_module_tracepoint);

static __init int tracepoint_module_init(void)
{
	return register_module_notifier(&tp_module_nb);
}
core_initcall(tracepoint_module_init);

#endif /* CONFIG_MODULES */
