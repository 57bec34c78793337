// SPDX-License-Identifier: GPL-2.0
/*
 * rethook: the architecture-independent half of function-return hooks.
 *
 * A client (kretprobes, fprobe) owns a struct rethook and, through it, a
 * fixed set of nodes. At the entry of a function it takes a node and calls
 * rethook_hook(): the architecture saves the caller's address in the node
 * and points the return slot at arch_rethook_trampoline; the node goes on
 * the task's pending list. When the function returns, the trampoline calls
 * rethook_trampoline_handler(), which runs the client's handler and sends
 * the CPU on to the saved address.
 *
 * Theory of operation
 * -------------------
 *
 * Three pieces of state, each with its own rule.
 *
 * The node pool (rethook::pool) is an objpool: lockless per-CPU rings
 * that any context, NMI included, may pop from and push to. The pool
 * counts one reference per node plus one of its own (dropped by
 * objpool_fini()). Node memory lives inside the pool, so the pool, and
 * with it the rethook (see rethook_pool_release()), only goes away once
 * every node has been handed back.
 *
 * The pending list (task_struct::rethooks) is a stack, newest node first,
 * written only by its own task and only at the head, with plain stores.
 * That is safe without atomics because whatever interrupts the task
 * (an IRQ, an NMI, an exception) and hooks a function on the same list
 * also sees that function return before the interrupted code resumes:
 * nesting is strictly LIFO, so the head the interrupted code was working
 * on is back in place when it continues. Readers are the task itself and
 * unwinders, which only look at current or at a task that is off the CPU.
 * The nodes of one return stay linked while their handlers run, so that a
 * stack trace taken inside a handler can still map the trampoline back to
 * the real caller; they are cut off the list afterwards.
 *
 * Teardown hinges on rethook::handler, which doubles as the "alive" flag.
 * Every path that uses the pool or calls the handler on behalf of a live
 * rethook runs with preemption disabled, i.e. inside an RCU read-side
 * critical section, and tests the flag there. rethook_free() clears the
 * flag and lets a grace period pass before objpool_fini(), so whoever saw
 * the flag set has finished pushing or popping by then; likewise a client
 * that calls rethook_stop() and then synchronize_rcu() knows that no
 * handler is still running. Nodes whose function was still executing come
 * back later, find the flag clear, and return their pool reference from
 * an RCU callback rather than on the spot: the last reference frees memory,
 * which must not happen from the arbitrary context a function returns in.
 * (call_rcu() itself is not NMI-safe; a rethook torn down while one of its
 * functions returns in NMI context is a known, narrow gap.)
 */

#define pr_fmt(fmt) "rethook: " fmt

#include <linux/bug.h>
#include <linux/err.h>
#include <linux/kprobes.h>
#include <linux/llist.h>
#include <linux/objpool.h>
#include <linux/preempt.h>
#include <linux/rcupdate.h>
#include <linux/rethook.h>
#include <linux/sched.h>
#include <linux/slab.h>

#include <asm/ptrace.h>

/*
 * The handler of @rh, or NULL once rethook_stop() has run. Callers are in
 * an RCU read-side section (preemption disabled), see the top of the file.
 */
static nokprobe_inline rethook_handler_t rethook_live_handler(struct rethook *rh)
{
	return (rethook_handler_t)rcu_dereference_check(rh->handler,
							rcu_read_lock_any_held());
}

/*
 * The first node at or after @pos whose saved address is a real one.
 * A node may instead hold the trampoline's own address: that happens when
 * one function is hooked twice (a kretprobe and an fprobe, say), because
 * the second hook found the first one's trampoline in the return slot.
 * Such nodes share the frame of the real node that follows them.
 */
static nokprobe_inline struct rethook_node *rethook_first_real(struct llist_node *pos)
{
	struct rethook_node *node;

	for (; pos; pos = pos->next) {
		node = llist_entry(pos, struct rethook_node, llist);
		if (!is_rethook_trampoline(node->ret_addr))
			return node;
	}
	return NULL;
}

/* objpool constructor: called once per node when the pool is built. */
static int rethook_node_init(void *obj, void *context)
{
	struct rethook_node *node = obj;

	node->rethook = context;
	return 0;
}

/* objpool destructor: the last reference is gone, the owner goes too. */
static int rethook_pool_release(struct objpool_head *pool, void *context)
{
	kfree(context);
	return 0;
}

/* A grace period after rethook_free(): nobody can push or pop any more. */
static void rethook_free_rcu(struct rcu_head *head)
{
	struct rethook *rh = container_of(head, struct rethook, rcu);

	objpool_fini(&rh->pool);
}

/* A late node of a freed rethook gives its pool reference back. */
static void rethook_node_drop_rcu(struct rcu_head *head)
{
	struct rethook_node *node = container_of(head, struct rethook_node, rcu);

	objpool_drop(node, &node->rethook->pool);
}

/**
 * rethook_alloc() - create a rethook with a pool of nodes
 * @data:	cookie handed to @handler; stored in rethook::data
 * @handler:	called at every hooked return; must not be NULL
 * @size:	bytes per node, at least sizeof(struct rethook_node); the node
 *		must be the first member of the client's per-return structure
 * @num:	number of nodes, i.e. how many returns may be pending at once
 *
 * Context: process context; may sleep (GFP_KERNEL allocations).
 * Return: the new rethook, or ERR_PTR(-EINVAL) for bad arguments, or
 * another ERR_PTR() (normally -ENOMEM) if the pool cannot be built.
 */
struct rethook *rethook_alloc(void *data, rethook_handler_t handler,
			      int size, int num)
{
	struct rethook *rh;
	int err;

	if (!handler || num <= 0 || size < (int)sizeof(struct rethook_node))
		return ERR_PTR(-EINVAL);

	rh = kzalloc(sizeof(*rh), GFP_KERNEL);
	if (!rh)
		return ERR_PTR(-ENOMEM);

	rh->data = data;
	/* Nobody else can see @rh yet, so no ordering is needed. */
	RCU_INIT_POINTER(rh->handler, handler);

	err = objpool_init(&rh->pool, num, size, GFP_KERNEL, rh,
			   rethook_node_init, rethook_pool_release);
	if (err) {
		/* A failed objpool_init() cleans up after itself but never
		 * calls the release hook, so @rh is still ours to free.
		 */
		kfree(rh);
		return ERR_PTR(err);
	}
	return rh;
}

/**
 * rethook_stop() - disable a rethook ahead of freeing it
 * @rh:	the rethook
 *
 * From now on rethook_try_get() fails and pending returns restore their
 * caller's address without calling the handler. Handlers already running
 * are not waited for; a caller that needs that waits for an RCU grace
 * period (synchronize_rcu()) afterwards.
 *
 * Context: any context except NMI; does not sleep.
 */
void rethook_stop(struct rethook *rh)
{
	rcu_assign_pointer(rh->handler, NULL);
}

/**
 * rethook_free() - release a rethook
 * @rh:	the rethook; the caller must not touch it afterwards
 *
 * Stops @rh and schedules its release. The memory is reclaimed only after
 * a grace period and after every node still in use has come back, so it
 * may outlive this call for as long as a hooked function keeps running.
 * rethook::data is not owned here: the caller must keep whatever it points
 * to valid until no handler can run (rethook_stop() and a grace period).
 *
 * Context: any context except NMI; does not sleep.
 */
void rethook_free(struct rethook *rh)
{
	rethook_stop(rh);
	call_rcu(&rh->rcu, rethook_free_rcu);
}

/**
 * rethook_recycle() - hand a node back to its rethook
 * @node:	a node taken with rethook_try_get(), not on any task's list
 *
 * If the rethook is still alive, the node goes back to the pool for reuse;
 * otherwise its reference on the pool is dropped after a grace period.
 *
 * Context: any, NMI included; preemption must be disabled.
 */
void rethook_recycle(struct rethook_node *node)
{
	struct rethook *rh = node->rethook;

	if (likely(rethook_live_handler(rh))) {
		/* Cannot fail: each CPU ring has room for every node. */
		objpool_push(node, &rh->pool);
		return;
	}
	call_rcu(&node->rcu, rethook_node_drop_rcu);
}
NOKPROBE_SYMBOL(rethook_recycle);

/**
 * rethook_try_get() - take a free node
 * @rh:	the rethook to take it from
 *
 * Context: any, NMI included; preemption must be disabled, and RCU must be
 * watching the CPU (otherwise the teardown rules above cannot hold, and
 * NULL is returned).
 * Return: a node, or NULL when @rh is stopped or all nodes are in use.
 */
struct rethook_node *rethook_try_get(struct rethook *rh)
{
	if (unlikely(!rcu_is_watching()))
		return NULL;
	if (unlikely(!rethook_live_handler(rh)))
		return NULL;
	return objpool_pop(&rh->pool);
}
NOKPROBE_SYMBOL(rethook_try_get);

/**
 * rethook_hook() - divert the return of the function being entered
 * @node:	a node from rethook_try_get()
 * @regs:	registers at the entry of the function, before its prologue
 * @mcount:	true when called from an ftrace (fentry) callback, false when
 *		called from a breakpoint at the function's first instruction
 *
 * Records the real return address in @node and queues @node on current's
 * pending list; the handler runs when the function returns.
 *
 * Context: the entry of the hooked function (any context, NMI included);
 * preemption must be disabled.
 */
void rethook_hook(struct rethook_node *node, struct pt_regs *regs, bool mcount)
{
	arch_rethook_prepare(node, regs, mcount);
	__llist_add(&node->llist, &current->rethooks);
}
NOKPROBE_SYMBOL(rethook_hook);

/**
 * rethook_find_ret_addr() - see through the trampoline for an unwinder
 * @tsk:	the task being unwound: current, or a task that is not running
 * @frame:	address of the stack slot that held the trampoline address
 * @cur:	cursor kept by the caller between calls; *@cur must be NULL
 *		on the first call of an unwind, @cur itself must not be NULL
 *
 * Unwinders walk from the innermost frame outwards and so meet the hooked
 * returns in the same order as they sit on the list; @cur remembers where
 * the previous lookup stopped so that the walk stays linear. A failed
 * lookup leaves @cur unchanged.
 *
 * Context: any, NMI included; no locks needed.
 * Return: the real return address for @frame, or 0 if none is recorded.
 */
unsigned long rethook_find_ret_addr(struct task_struct *tsk, unsigned long frame,
				    struct llist_node **cur)
{
	struct rethook_node *node;
	struct llist_node *pos;

	if (WARN_ON_ONCE(!cur))
		return 0;
	/* A running task may change its list under us. */
	if (tsk != current && task_is_running(tsk))
		return 0;

	pos = *cur ? (*cur)->next : tsk->rethooks.first;
	while ((node = rethook_first_real(pos)) != NULL) {
		if (node->frame == frame) {
			*cur = &node->llist;
			return node->ret_addr;
		}
		pos = node->llist.next;
	}
	return 0;
}
NOKPROBE_SYMBOL(rethook_find_ret_addr);

/**
 * rethook_trampoline_handler() - complete a hooked return
 * @regs:	registers at the return, laid out by arch_rethook_trampoline
 * @frame:	address of the return slot the hook rewrote (node::frame)
 *
 * Every node at the head of current's list up to and including the first
 * one with a real address belongs to this return. Their handlers run,
 * newest first, with regs->ip already set to the real return address;
 * then the architecture restores that address in the stack frame, the
 * nodes are unlinked, and they go back to their pools.
 *
 * Context: only the arch trampoline calls this, in the context of the
 * function that just returned (any context, NMI included). Handlers run
 * with preemption disabled and must not sleep.
 * Return: the real return address.
 */
unsigned long rethook_trampoline_handler(struct pt_regs *regs,
					 unsigned long frame)
{
	struct llist_node *batch = current->rethooks.first;
	struct rethook_node *node, *last;
	struct llist_node *pos, *next;
	rethook_handler_t handler;
	unsigned long real;

	last = rethook_first_real(batch);
	if (unlikely(!last)) {
		/* We came in through the trampoline, so a node must exist;
		 * without it the task has nowhere to return to.
		 */
		pr_emerg("no saved return address for frame %lx\n", frame);
		BUG();
	}
	real = last->ret_addr;
	instruction_pointer_set(regs, real);

	/* The read-side section that rethook_stop() users wait out. */
	preempt_disable_notrace();

	llist_for_each(pos, batch) {
		node = llist_entry(pos, struct rethook_node, llist);
		/* Hooks of an outer frame must never precede ours. */
		if (WARN_ON_ONCE(node->frame != frame))
			break;
		handler = rethook_live_handler(node->rethook);
		if (handler)
			handler(node, node->rethook->data, real, regs);
		if (node == last)
			break;
	}

	arch_rethook_fixup_return(regs, real);

	/* Detach the batch: the list now starts at the next outer return. */
	current->rethooks.first = last->llist.next;
	last->llist.next = NULL;
	llist_for_each_safe(pos, next, batch)
		rethook_recycle(llist_entry(pos, struct rethook_node, llist));

	preempt_enable_notrace();

	return real;
}
NOKPROBE_SYMBOL(rethook_trampoline_handler);

/**
 * rethook_flush_task() - reclaim the nodes of a dead task
 * @tk:	a task that has exited and will never run again
 *
 * A task that died inside hooked functions leaves their nodes on its list;
 * give them back to their pools.
 *
 * Context: the task's final put (delayed_put_task_struct(), an RCU
 * callback); @tk is off every CPU, so its list needs no protection.
 */
void rethook_flush_task(struct task_struct *tk)
{
	struct llist_node *left, *pos, *next;

	left = __llist_del_all(&tk->rethooks);
	if (!left)
		return;

	preempt_disable();
	llist_for_each_safe(pos, next, left)
		rethook_recycle(llist_entry(pos, struct rethook_node, llist));
	preempt_enable();
}
