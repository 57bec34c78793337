/* SPDX-License-Identifier: GPL-2.0 */
/*
 * rethook: run a handler when a hooked function returns.
 *
 * A client (kretprobes, fprobe) allocates a struct rethook with a pool of
 * nodes. At function entry it takes a node and calls rethook_hook(), which
 * saves the real return address in the node, pushes the node on the
 * task's list, and points the return address at arch_rethook_trampoline.
 * When the function returns into the trampoline, the handler runs and the
 * real return address is restored. See kernel/trace/rethook.c.
 */
#ifndef _LINUX_RETHOOK_H
#define _LINUX_RETHOOK_H

/* Kept code relies on this include set (SEAMS 1c). */
#include <linux/compiler.h>
#include <linux/kallsyms.h>
#include <linux/llist.h>
#include <linux/objpool.h>
#include <linux/rcupdate.h>

struct rethook_node;
struct pt_regs;
struct task_struct;

/*
 * rethook_handler_t - called when a hooked function returns.
 * Context: the returning function's context (any, NMI included), with
 * preemption disabled; must not sleep.
 */
typedef void (*rethook_handler_t)(struct rethook_node *node, void *data,
				  unsigned long ret_addr, struct pt_regs *regs);

/*
 * struct rethook - one client.
 * @data:	client cookie, constant for the rethook's life
 * @handler:	RCU-protected; NULL once rethook_stop() ran
 * @pool:	the free nodes
 * @rcu:	deferred free
 */
struct rethook {
	void				*data;
	rethook_handler_t __rcu		handler;
	struct objpool_head		pool;
	struct rcu_head			rcu;
};

/*
 * struct rethook_node - one pending return, embedded at the start of a
 * client's per-instance data (e.g. struct kretprobe_instance).
 * @llist:	link in current->rethooks, newest first
 * @rethook:	owner
 * @ret_addr:	the real return address
 * @frame:	stack frame the hook belongs to (to match on return)
 */
struct rethook_node {
	struct rcu_head		rcu;
	struct llist_node	llist;
	struct rethook		*rethook;
	unsigned long		ret_addr;
	unsigned long		frame;
};

/* Context for alloc/stop/free: process context, may sleep. */
struct rethook *rethook_alloc(void *data, rethook_handler_t handler,
			      int size, int num);
void rethook_stop(struct rethook *rh);
void rethook_free(struct rethook *rh);

/* Context: any, NMI included; preemption disabled. */
struct rethook_node *rethook_try_get(struct rethook *rh);
void rethook_recycle(struct rethook_node *node);
void rethook_hook(struct rethook_node *node, struct pt_regs *regs, bool mcount);

/* Context: unwinders; @tsk is current or not running. */
unsigned long rethook_find_ret_addr(struct task_struct *tsk, unsigned long frame,
				    struct llist_node **cur);

/* Context: final put of a dead task (an RCU callback). */
void rethook_flush_task(struct task_struct *tk);

/* Architecture side (arch/x86/kernel/rethook.c). */
void arch_rethook_prepare(struct rethook_node *node, struct pt_regs *regs,
			  bool mcount);
void arch_rethook_trampoline(void);
void arch_rethook_fixup_return(struct pt_regs *regs, unsigned long correct_ret_addr);

/* Called by the trampoline; returns the real return address. */
unsigned long rethook_trampoline_handler(struct pt_regs *regs,
					 unsigned long frame);

static inline bool is_rethook_trampoline(unsigned long addr)
{
	return addr == (unsigned long)dereference_symbol_descriptor(arch_rethook_trampoline);
}

#endif /* _LINUX_RETHOOK_H */
