/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Private to the function-hook core (ftrace_sites.c, ftrace_hash.c,
 * ftrace_ops.c, ftrace_patch.c, the self-test). Clients use
 * ftrace_internal.h.
 */
#ifndef _KERNEL_TRACE_FTRACE_CORE_H
#define _KERNEL_TRACE_FTRACE_CORE_H

#include <linux/hash.h>
#include <linux/rcupdate.h>
#include "ftrace_internal.h"

#ifndef FTRACE_MCOUNT_MAX_OFFSET
#define FTRACE_MCOUNT_MAX_OFFSET	0	/* the site is the first byte */
#endif

/* --- address sets: the layout, so the list walker can inline lookups --- */

struct ftrace_hash {
	unsigned long	count;		/* live addresses */
	unsigned long	dead;		/* addresses of freed code */
	unsigned int	bits;		/* 1 << bits slots */
	unsigned long	*slots;		/* 0 = empty slot */
	struct rcu_head	rcu;
};

/* ftrace_hash_contains() for the hot path. Context: any, NMI included. */
static __always_inline bool ftrace_hash_has(const struct ftrace_hash *hash,
					    unsigned long ip)
{
	unsigned long mask, i, v;

	if (!hash || !hash->count)
		return false;
	mask = (1UL << hash->bits) - 1;
	for (i = hash_long(ip, hash->bits); (v = READ_ONCE(hash->slots[i]));
	     i = (i + 1) & mask)
		if (v == ip)
			return true;
	return false;
}

bool ftrace_hash_empty(const struct ftrace_hash *hash);
bool ftrace_hash_bury(struct ftrace_hash *hash, unsigned long ip);
void ftrace_hash_free_rcu(struct ftrace_hash *hash);

/*
 * __ftrace_ops_selects - the filter test of ftrace_ops_selects().
 * An empty filter selects every site; notrace wins over filter.
 * Context: preemption disabled (the sets are freed after an RCU grace
 * period), or ftrace_lock held.
 */
static __always_inline bool __ftrace_ops_selects(struct ftrace_ops *ops,
						 unsigned long ip)
{
	const struct ftrace_hash *filter = rcu_dereference_raw(ops->filter_hash);
	const struct ftrace_hash *nt = rcu_dereference_raw(ops->notrace_hash);

	if (filter && (filter->count || filter->dead) &&
	    !ftrace_hash_has(filter, ip))
		return false;
	return !ftrace_hash_has(nt, ip);
}

/* --- site records (ftrace_sites.c) --- */

/*
 * struct ftrace_site_block - the records of vmlinux (several blocks, one
 * per page group) or of one module, sorted by address.
 *
 * The list of blocks is RCU-protected so that ftrace_location() and
 * ftrace_text_reserved() need no lock; it changes, and site flags change,
 * only under ftrace_lock. @ready is false between ftrace_module_init()
 * and ftrace_module_enable(): the module's sites are listed but never
 * patched.
 */
struct ftrace_site_block {
	struct ftrace_site_block __rcu	*next;
	struct module			*mod;	/* NULL: vmlinux */
	struct ftrace_site		*sites;
	unsigned int			nr;	/* records in use */
	unsigned int			live;	/* records not DISABLED */
	int				order;	/* page order, -1: kvmalloc */
	bool				ready;
};

extern struct ftrace_site_block __rcu *ftrace_site_blocks;

#define for_each_site_block(b)						\
	for (b = rcu_dereference_check(ftrace_site_blocks,		\
				       lockdep_is_held(&ftrace_lock));	\
	     b; b = rcu_dereference_check(b->next,			\
					 lockdep_is_held(&ftrace_lock)))

/* --- the patching engine (ftrace_patch.c), all under ftrace_lock --- */

/*
 * Registered ops (ops->list), in registration order. The ones that run
 * ("active": registered, and ftrace_enabled or PERMANENT) are also on
 * the RCU list ftrace_active_ops, through ops->next.
 */
extern struct list_head ftrace_registered_ops;
extern struct ftrace_ops __rcu *ftrace_active_ops;

/*
 * Is @ops called only from the full-register trampoline? Those that ask
 * for pt_regs, and IPMODIFY ones: only ftrace_regs_caller continues at a
 * changed instruction pointer.
 */
#define FTRACE_OPS_FL_NEEDS_REGS	(FTRACE_OPS_FL_SAVE_REGS |		\
					 FTRACE_OPS_FL_SAVE_REGS_IF_SUPPORTED | \
					 FTRACE_OPS_FL_IPMODIFY)

static inline bool ftrace_ops_wants_regs(const struct ftrace_ops *ops)
{
	return ops->flags & FTRACE_OPS_FL_NEEDS_REGS;
}

/*
 * ftrace_reconcile - make the active list, every ready site and the
 * trampolines' hook agree with the registered ops, their sets and
 * ftrace_enabled. Waits, before returning, until no CPU can still be
 * running a callback of an ops that stopped being active.
 * @only: restrict the site pass to one block (module enable), or NULL.
 */
void ftrace_reconcile(struct ftrace_site_block *only);

void ftrace_site_gone(struct ftrace_site *site);
void ftrace_site_disable(struct ftrace_site_block *b, struct ftrace_site *site);

/*
 * ftrace_check_ipmodify - would giving @ops the sets @filter/@notrace
 * put two IPMODIFY ops on one site? @ops counts as active.
 * Return: 0 or -EBUSY.
 */
int ftrace_check_ipmodify(struct ftrace_ops *ops,
			  const struct ftrace_hash *filter,
			  const struct ftrace_hash *notrace_set);

/*
 * ftrace_forget_text - drop the addresses for which @gone() is true from
 * every ops' sets (their code is being freed); they stay counted as dead
 * members, so a filter that named only them selects nothing.
 * Context: ftrace_lock held, may sleep.
 */
void ftrace_forget_text(bool (*gone)(unsigned long ip, void *data), void *data);

/* Every ops that owns a set, registered or not (for ftrace_forget_text). */
extern struct list_head ftrace_known_ops;

/* The list walker and the guard wrapper (ftrace_ops.c). */
void ftrace_ops_assist_func(unsigned long ip, unsigned long parent_ip,
			    struct ftrace_ops *op, struct ftrace_regs *fregs);

#endif /* _KERNEL_TRACE_FTRACE_CORE_H */
