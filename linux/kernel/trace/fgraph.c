// SPDX-License-Identifier: GPL-2.0
/*
 * Function graph core: hook the return of traced functions, with a
 * per-task shadow stack of the return addresses it replaced.
 *
 * A client fills a struct fgraph_ops and calls register_ftrace_graph().
 * The core gives it one of FGRAPH_ARRAY_SIZE slots (fgraph_ops::idx) and
 * registers the ftrace_ops embedded in it with the hook core, so each
 * client chooses its functions with its own filter. On entry of a
 * selected function the client's entryfunc runs; if it returns nonzero,
 * its retfunc runs when that call returns.
 *
 * Theory of operation
 * -------------------
 * Every task gets a shadow stack (task_struct::ret_stack) once the first
 * client registers: an array of FGRAPH_DEPTH fixed-size frames, of which
 * the first curr_ret_stack are live. A frame describes one hooked call:
 *
 *	ret		the original return address
 *	retp		the stack slot it was read from (and that now holds
 *			return_to_handler); NULL while the frame is not live
 *	func		the traced function
 *	calltime	trace_clock_local() at entry (see sleep-time below)
 *	want		bitmap of client slots whose retfunc is due
 *	seen		bitmap of client slots whose entryfunc saw this call
 *	data_used, data	fgraph_reserve_data() space, a list of entries
 *			(one header word: slot | words << 8, then the words)
 *	gen		the newest registration generation among @seen
 *
 * Entry. The hook core calls each selected client's ftrace_ops in turn
 * for one call (several clients on one function: the list walker), all
 * with the same return slot. The first to run pushes a frame and stores
 * return_to_handler in the slot; the later ones find the top frame with
 * the same slot and function and their bit not yet in @seen, and add
 * their bits to it. (A function that tail-calls itself shares the slot
 * and function, but the second entry finds its own bit already in @seen,
 * so it gets a frame of its own, whose @ret is then return_to_handler.)
 * If nobody wants the return, the pusher pops the frame again and puts
 * the original address back. Depth over FGRAPH_DEPTH is not hooked and
 * counts in task_struct::trace_overrun.
 *
 * Return. The traced function returns into return_to_handler, which
 * calls ftrace_return_to_handler(). That takes the top frame (checking
 * that its slot is the one just returned through), calls the due
 * retfuncs, pops the frame and hands back the original address.
 *
 * Concurrency. Only the task itself pushes and pops its frames, but
 * interrupts and NMIs on its CPU push and pop above them at any moment,
 * always leaving the stack as they found it. So:
 *  - a push first raises curr_ret_stack, then fills the frame, then sets
 *    @retp, and only then hooks the slot; an interrupt in between pushes
 *    above the new frame and never overwrites it;
 *  - a pop clears @retp before lowering curr_ret_stack;
 *  - a frame at or above curr_ret_stack therefore always has @retp NULL,
 *    and an unwinder (ftrace_graph_ret_addr(), any context, possibly on
 *    another CPU for a sleeping task) only trusts frames whose @retp is
 *    the slot where it found return_to_handler;
 *  - the entry handlers of later clients only modify the top frame, which
 *    is theirs, between the interrupts' balanced pushes and pops.
 * Clients are looked up in fgraph_array under RCU-sched (preemption is
 * off in both handlers). Unregistering clears the slot and waits for a
 * grace period, so no handler of the client runs after it returns. A
 * frame outlives its clients (a task may sleep in a hooked call for a
 * long time), so its bits may name a slot reused by a later client: the
 * registration generation (@gen) keeps that client's retfunc from being
 * called for a call it never saw. Shadow stacks are never freed while
 * their task lives, so a hooked return always finds its frame.
 *
 * Time. calltime and rettime use trace_clock_local(). With the option
 * sleep-time off, a sched_switch probe moves the calltime of every live
 * frame of the incoming task forward by the time it was switched out.
 */
#define pr_fmt(fmt) "fgraph: " fmt

#include <linux/bitops.h>
#include <linux/cpumask.h>
#include <linux/ftrace.h>
#include <linux/mutex.h>
#include <linux/rcupdate.h>
#include <linux/sched.h>
#include <linux/sched/signal.h>
#include <linux/sched/task.h>
#include <linux/slab.h>
#include <linux/trace_clock.h>
#include <trace/events/sched.h>
#include "fgraph_internal.h"

#define FGRAPH_DATA_WORDS	10

struct fgraph_frame {
	unsigned long		ret;
	unsigned long		*retp;
	unsigned long		func;
	unsigned long long	calltime;
	u16			want;
	u16			seen;
	u16			data_used;
	u16			pad;
	unsigned long		gen;
	unsigned long		data[FGRAPH_DATA_WORDS];
};

static_assert(sizeof(struct fgraph_frame) == 16 * sizeof(long));
static_assert(FGRAPH_ARRAY_SIZE <= 16);	/* fits @want and @seen */
static_assert(FGRAPH_MAX_DATA_SIZE / sizeof(long) < FGRAPH_DATA_WORDS);

#define FGRAPH_STACK_SIZE	(FGRAPH_DEPTH * sizeof(struct fgraph_frame))

#define FGRAPH_DATA_IDX(hdr)	((hdr) & 0xff)
#define FGRAPH_DATA_LEN(hdr)	((hdr) >> 8)

static struct fgraph_ops __rcu *fgraph_array[FGRAPH_ARRAY_SIZE];
static DEFINE_MUTEX(fgraph_mutex);
static int fgraph_nr_ops;		/* fgraph_mutex */
static unsigned long fgraph_gen;	/* fgraph_mutex */
/* New tasks get a shadow stack; read locklessly at fork. */
static bool fgraph_active;
static bool fgraph_dead;
static bool fgraph_sleep_time_on = true;
static bool fgraph_graph_time_on = true;

static __always_inline struct fgraph_frame *task_frames(struct task_struct *t)
{
	return (struct fgraph_frame *)READ_ONCE(t->ret_stack);
}

/* ---- shadow stacks ---- */

static void fgraph_give_stack(struct task_struct *t, unsigned long *stack)
{
	t->curr_ret_stack = 0;
	t->curr_ret_depth = -1;
	t->ftrace_timestamp = 0;
	atomic_set(&t->trace_overrun, 0);
	/* The counters are set before a handler can see the stack. */
	smp_store_release(&t->ret_stack, stack);
}

static unsigned long *fgraph_alloc_stack(gfp_t gfp)
{
	return kzalloc(FGRAPH_STACK_SIZE, gfp);
}

#define FGRAPH_ALLOC_BATCH	32

/*
 * Give every task that has none a shadow stack. Stacks are allocated in
 * batches outside tasklist_lock, then handed out under it (read side).
 * Context: process, may sleep; fgraph_mutex held.
 */
static int fgraph_alloc_all(void)
{
	unsigned long **batch;
	struct task_struct *g, *t;
	int i, used, n, cpu;
	bool more;

	batch = kcalloc(FGRAPH_ALLOC_BATCH, sizeof(*batch), GFP_KERNEL);
	if (!batch)
		return -ENOMEM;
	do {
		for (n = 0; n < FGRAPH_ALLOC_BATCH; n++) {
			batch[n] = fgraph_alloc_stack(GFP_KERNEL);
			if (!batch[n])
				break;
		}
		if (!n) {
			kfree(batch);
			return -ENOMEM;
		}
		used = 0;
		more = false;
		read_lock(&tasklist_lock);
		for_each_process_thread(g, t) {
			if (t->ret_stack)
				continue;
			if (used == n) {
				more = true;
				goto unlock;
			}
			fgraph_give_stack(t, batch[used++]);
		}
unlock:
		read_unlock(&tasklist_lock);
		for (i = used; i < n; i++)
			kfree(batch[i]);
	} while (more);
	kfree(batch);

	/* Idle tasks are not on the task list. */
	for_each_possible_cpu(cpu) {
		struct task_struct *idle = idle_task(cpu);
		unsigned long *stack;

		if (!idle || idle->ret_stack)
			continue;
		stack = fgraph_alloc_stack(GFP_KERNEL);
		if (!stack)
			return -ENOMEM;
		fgraph_give_stack(idle, stack);
	}
	return 0;
}

void ftrace_graph_init_task(struct task_struct *t)
{
	unsigned long *stack;

	/* @t is a copy of its parent: forget the parent's stack. */
	t->ret_stack = NULL;
	t->curr_ret_stack = 0;
	t->curr_ret_depth = -1;
	t->ftrace_timestamp = 0;
	atomic_set(&t->tracing_graph_pause, 0);
	atomic_set(&t->trace_overrun, 0);
	if (!READ_ONCE(fgraph_active))
		return;
	stack = fgraph_alloc_stack(GFP_KERNEL);
	if (stack)
		fgraph_give_stack(t, stack);
}

void ftrace_graph_init_idle_task(struct task_struct *t, int cpu)
{
	unsigned long *stack = t->ret_stack;

	atomic_set(&t->tracing_graph_pause, 0);
	if (stack) {
		/* Brought up again: it starts afresh on its stack. */
		memset(stack, 0, FGRAPH_STACK_SIZE);
		fgraph_give_stack(t, stack);
		return;
	}
	ftrace_graph_init_task(t);
}

void ftrace_graph_exit_task(struct task_struct *t)
{
	unsigned long *stack = t->ret_stack;

	t->ret_stack = NULL;
	kfree(stack);
}

/* ---- entry ---- */

/* Context: the traced function's; @t is current. */
static struct fgraph_frame *fgraph_push(struct task_struct *t,
					struct fgraph_frame *frames,
					unsigned long *retp, unsigned long ip)
{
	int i = t->curr_ret_stack;
	struct fgraph_frame *f;

	if (unlikely(i >= FGRAPH_DEPTH)) {
		atomic_inc(&t->trace_overrun);
		return NULL;
	}
	WRITE_ONCE(t->curr_ret_stack, i + 1);
	barrier();	/* interrupts push above frame i from now on */
	f = &frames[i];
	f->ret = READ_ONCE(*retp);
	f->func = ip;
	f->calltime = trace_clock_local();
	f->want = 0;
	f->seen = 0;
	f->data_used = 0;
	f->gen = 0;
	barrier();	/* the frame is complete before unwinders trust it */
	WRITE_ONCE(f->retp, retp);
	barrier();
	WRITE_ONCE(*retp, (unsigned long)return_to_handler);
	t->curr_ret_depth = i;
	return f;
}

/* Drop the top frame @f (index @i). Context: as fgraph_push(). */
static void fgraph_pop(struct task_struct *t, struct fgraph_frame *f, int i)
{
	WRITE_ONCE(f->retp, NULL);
	barrier();	/* not trusted before it stops being live */
	WRITE_ONCE(t->curr_ret_stack, i);
	t->curr_ret_depth = i - 1;
}

/*
 * The ftrace_ops callback of every client. Context: any, NMI included;
 * preemption disabled by the hook core's guard.
 */
static void fgraph_entry(unsigned long ip, unsigned long parent_ip,
			 struct ftrace_ops *op, struct ftrace_regs *fregs)
{
	struct fgraph_ops *gops = container_of(op, struct fgraph_ops, ops);
	struct task_struct *t = current;
	struct fgraph_frame *frames = task_frames(t), *f = NULL;
	struct ftrace_graph_ent ent;
	u16 bit = BIT(gops->idx);
	unsigned long *retp;
	bool pushed = false;
	u16 data_used;
	int top;

	if (unlikely(!frames || !fregs || READ_ONCE(fgraph_dead) ||
		     atomic_read(&t->tracing_graph_pause)))
		return;
	retp = ftrace_regs_ret_slot(fregs);
	top = t->curr_ret_stack - 1;
	if (top >= 0) {
		f = &frames[top];
		if (f->retp != retp || f->func != ip || (f->seen & bit) ||
		    READ_ONCE(*retp) != (unsigned long)return_to_handler)
			f = NULL;
	}
	if (!f) {
		f = fgraph_push(t, frames, retp, ip);
		if (!f)
			return;
		pushed = true;
		top = t->curr_ret_stack - 1;
	}
	f->seen |= bit;
	if (f->gen < gops->gen)
		f->gen = gops->gen;
	data_used = f->data_used;
	ent.func = ip;
	ent.depth = top;
	if (gops->entryfunc(&ent, gops)) {
		f->want |= bit;
		return;
	}
	f->data_used = data_used;	/* drop what it reserved */
	if (pushed && !f->want) {
		WRITE_ONCE(*retp, f->ret);
		fgraph_pop(t, f, top);
	}
}

/* The frame whose handlers are running for the current task, or NULL. */
static struct fgraph_frame *fgraph_cur_frame(int *index)
{
	struct fgraph_frame *frames = task_frames(current);
	int top = current->curr_ret_stack - 1;

	if (!frames || top < 0)
		return NULL;
	if (index)
		*index = top;
	return &frames[top];
}

/**
 * fgraph_reserve_data - keep data for this call until its return
 * @idx:	the caller's fgraph_ops::idx
 * @size_bytes:	1 to FGRAPH_MAX_DATA_SIZE bytes
 *
 * Context: only from the entryfunc of the client @idx.
 * Return: word-aligned space, valid until the retfunc of the same call
 * returns, or NULL if the frame has no room left (clients share
 * FGRAPH_DATA_WORDS words per call) or @size_bytes is out of range.
 * The space is dropped if the entryfunc returns 0.
 */
void *fgraph_reserve_data(int idx, int size_bytes)
{
	struct fgraph_frame *f = fgraph_cur_frame(NULL);
	int words = DIV_ROUND_UP(size_bytes, sizeof(long));
	unsigned long *p;

	if (!f || size_bytes <= 0 || size_bytes > FGRAPH_MAX_DATA_SIZE ||
	    !(f->seen & BIT(idx)) ||
	    f->data_used + 1 + words > FGRAPH_DATA_WORDS)
		return NULL;
	p = &f->data[f->data_used];
	*p = idx | (words << 8);
	f->data_used += 1 + words;
	return p + 1;
}

static void *fgraph_frame_data(struct fgraph_frame *f, int idx,
			       int *size_bytes)
{
	int i = 0;

	while (i < f->data_used && i < FGRAPH_DATA_WORDS) {
		unsigned long hdr = f->data[i];

		if (FGRAPH_DATA_IDX(hdr) == idx) {
			if (size_bytes)
				*size_bytes = FGRAPH_DATA_LEN(hdr) * sizeof(long);
			return &f->data[i + 1];
		}
		i += 1 + FGRAPH_DATA_LEN(hdr);
	}
	return NULL;
}

/**
 * fgraph_retrieve_data - the data fgraph_reserve_data() kept for this call
 * @idx:	the caller's fgraph_ops::idx
 * @size_bytes:	if not NULL, set to the reserved size (rounded up to words)
 *
 * Context: the entryfunc (after reserving) or retfunc of client @idx.
 * Return: the data, or NULL if none was reserved.
 */
void *fgraph_retrieve_data(int idx, int *size_bytes)
{
	return fgraph_retrieve_parent_data(idx, size_bytes, 0);
}

/**
 * fgraph_retrieve_parent_data - data of an enclosing call
 * @idx:	the caller's fgraph_ops::idx
 * @size_bytes:	as for fgraph_retrieve_data()
 * @depth:	0 for the current call, 1 for the closest enclosing call the
 *		client @idx accepted, and so on
 *
 * Context: as fgraph_retrieve_data().
 * Return: the data, or NULL if there is no such call or it has none.
 */
void *fgraph_retrieve_parent_data(int idx, int *size_bytes, int depth)
{
	struct fgraph_frame *frames = task_frames(current);
	int i;

	if (!frames || idx < 0 || idx >= FGRAPH_ARRAY_SIZE)
		return NULL;
	for (i = current->curr_ret_stack - 1; i >= 0; i--) {
		struct fgraph_frame *f = &frames[i];

		/* The current call: accepted or being accepted. */
		if (i == current->curr_ret_stack - 1) {
			if (!(f->seen & BIT(idx)))
				continue;
		} else if (!(f->want & BIT(idx))) {
			continue;
		}
		if (depth-- == 0)
			return fgraph_frame_data(f, idx, size_bytes);
	}
	return NULL;
}

/* ---- return ---- */

/*
 * Called by return_to_handler with the stack pointer the traced function
 * returned with and its return value. Returns the address to go back to.
 * Context: the traced function's, preemption not disabled.
 */
unsigned long ftrace_return_to_handler(unsigned long sp, unsigned long retval)
{
	struct task_struct *t = current;
	struct fgraph_frame *frames = task_frames(t), *f;
	unsigned long *retp = (unsigned long *)sp - 1;
	struct ftrace_graph_ret trace;
	unsigned long ret, want;
	int top, bit, i;

	top = t->curr_ret_stack - 1;
	if (WARN_ON_ONCE(!frames || top < 0)) {
		/* Nowhere to go back to: the shadow stack is lost. */
		ftrace_graph_stop();
		panic("fgraph: return with an empty shadow stack\n");
	}
	f = &frames[top];
	if (unlikely(f->retp != retp)) {
		/*
		 * Frames above the one for this slot were abandoned (their
		 * calls never returned normally). Drop them.
		 */
		for (i = top - 1; i >= 0 && frames[i].retp != retp; i--)
			;
		if (WARN_ON_ONCE(i < 0)) {
			ftrace_graph_stop();
			panic("fgraph: no shadow frame for slot %px\n", retp);
		}
		for (; top > i; top--)
			fgraph_pop(t, &frames[top], top);
		f = &frames[top];
	}

	trace.rettime = trace_clock_local();
	trace.func = f->func;
	trace.depth = top;
	trace.overrun = atomic_read(&t->trace_overrun);
	trace.calltime = f->calltime;
	if (IS_ENABLED(CONFIG_FUNCTION_GRAPH_RETVAL))
		fgraph_set_retval(&trace, retval);
	ret = f->ret;
	want = f->want;

	bit = __ftrace_recursion_trylock(FTRACE_RECURSION_CORE);
	if (bit >= 0) {
		for_each_set_bit(i, &want, FGRAPH_ARRAY_SIZE) {
			struct fgraph_ops *gops;

			gops = rcu_dereference_sched(fgraph_array[i]);
			if (gops && gops->gen <= f->gen)
				gops->retfunc(&trace, gops);
		}
		__ftrace_recursion_unlock(bit);
	}
	fgraph_pop(t, f, top);
	return ret;
}

unsigned long ftrace_graph_ret_addr(struct task_struct *task, int *idx,
				    unsigned long ret, unsigned long *retp)
{
	struct fgraph_frame *frames;
	int i;

	if (ret != (unsigned long)return_to_handler)
		return ret;
	frames = task_frames(task);
	if (!frames)
		return ret;
	i = min(READ_ONCE(task->curr_ret_stack), FGRAPH_DEPTH) - 1;
	for (; i >= 0; i--) {
		unsigned long orig;

		if (READ_ONCE(frames[i].retp) != retp)
			continue;
		orig = READ_ONCE(frames[i].ret);
		/* A tail call hooked the same slot twice: look deeper. */
		if (orig != (unsigned long)return_to_handler)
			return orig;
	}
	return ret;
}

/* ---- sleep-time ---- */

static void fgraph_sched_switch(void *data, bool preempt,
				struct task_struct *prev,
				struct task_struct *next,
				unsigned int prev_state)
{
	struct fgraph_frame *frames;
	unsigned long long now, delta;
	int i;

	if (READ_ONCE(fgraph_sleep_time_on))
		return;
	now = trace_clock_local();
	prev->ftrace_timestamp = now;
	frames = task_frames(next);
	if (!frames || !next->ftrace_timestamp)
		return;
	delta = now - next->ftrace_timestamp;
	next->ftrace_timestamp = 0;
	/* @next is not running: its frames are stable. */
	for (i = min(next->curr_ret_stack, FGRAPH_DEPTH) - 1; i >= 0; i--)
		frames[i].calltime += delta;
}

/**
 * ftrace_graph_sleep_time_control - option sleep-time
 * @enable: count the time a task is switched out in its calls' time
 *
 * Context: process.
 */
void ftrace_graph_sleep_time_control(bool enable)
{
	struct task_struct *g, *t;

	if (!enable && READ_ONCE(fgraph_sleep_time_on)) {
		/* Old switch-out stamps would count as sleep. */
		rcu_read_lock();
		for_each_process_thread(g, t)
			t->ftrace_timestamp = 0;
		rcu_read_unlock();
	}
	WRITE_ONCE(fgraph_sleep_time_on, enable);
}

/**
 * ftrace_graph_graph_time_control - option graph-time
 * @enable: a profiled function's time includes its traced children's
 *
 * Context: any.
 */
void ftrace_graph_graph_time_control(bool enable)
{
	WRITE_ONCE(fgraph_graph_time_on, enable);
}

/**
 * ftrace_graph_sleep_time - the sleep-time option
 *
 * Context: any. Return: true if switched-out time counts (the default).
 */
bool ftrace_graph_sleep_time(void)
{
	return READ_ONCE(fgraph_sleep_time_on);
}

/**
 * ftrace_graph_graph_time - the graph-time option
 *
 * Context: any. Return: true if a profiled function's time includes its
 * traced children's (the default).
 */
bool ftrace_graph_graph_time(void)
{
	return READ_ONCE(fgraph_graph_time_on);
}

/* ---- registration ---- */

/**
 * ftrace_graph_is_dead - has ftrace_graph_stop() been called
 *
 * Context: any. Return: true once hooking is stopped for good.
 */
bool ftrace_graph_is_dead(void)
{
	return READ_ONCE(fgraph_dead);
}

/**
 * ftrace_graph_stop - stop hooking new calls, for good
 *
 * For fatal inconsistencies. Calls already hooked still return through
 * their frames. Context: any.
 */
void ftrace_graph_stop(void)
{
	WRITE_ONCE(fgraph_dead, true);
}

/*
 * Forks from now on allocate their own stack; then cover the tasks that
 * exist. A fork that checked fgraph_active just before it was set and
 * joins the task list after the walk gets no stack: that task is simply
 * never hooked (the entry handler skips tasks without a stack).
 */
static int fgraph_start(void)
{
	int ret;

	WRITE_ONCE(fgraph_active, true);
	smp_mb();
	ret = fgraph_alloc_all();
	if (!ret)
		ret = register_trace_sched_switch(fgraph_sched_switch, NULL);
	if (ret)
		WRITE_ONCE(fgraph_active, false);
	return ret;
}

static void fgraph_stop_all(void)
{
	unregister_trace_sched_switch(fgraph_sched_switch, NULL);
	tracepoint_synchronize_unregister();
	/* Existing stacks stay: sleeping tasks may have hooked frames. */
	WRITE_ONCE(fgraph_active, false);
}

/**
 * register_ftrace_graph - start calling a client's graph handlers
 * @gops: the client; @entryfunc and @retfunc set, @ops filters as wanted
 *
 * Allocates shadow stacks for all tasks on the first registration.
 * Context: process, may sleep.
 * Return: 0; -EBUSY if @gops is registered or hooking was stopped for
 * good; -ENOSPC if FGRAPH_ARRAY_SIZE clients are registered; -EINVAL
 * without handlers; -ENOMEM; or the hook core's error.
 */
int register_ftrace_graph(struct fgraph_ops *gops)
{
	int i, ret;

	if (!gops->entryfunc || !gops->retfunc)
		return -EINVAL;
	guard(mutex)(&fgraph_mutex);
	if (fgraph_dead)
		return -EBUSY;
	for (i = 0; i < FGRAPH_ARRAY_SIZE; i++)
		if (rcu_access_pointer(fgraph_array[i]) == gops)
			return -EBUSY;
	for (i = 0; i < FGRAPH_ARRAY_SIZE; i++)
		if (!rcu_access_pointer(fgraph_array[i]))
			break;
	if (i == FGRAPH_ARRAY_SIZE)
		return -ENOSPC;
	if (!fgraph_nr_ops) {
		ret = fgraph_start();
		if (ret)
			return ret;
	}
	gops->idx = i;
	gops->gen = ++fgraph_gen;
	gops->ops.func = fgraph_entry;
	/* The hook core's guard is the entry's recursion protection. */
	gops->ops.flags |= FTRACE_OPS_FL_RECURSION;
	rcu_assign_pointer(fgraph_array[i], gops);
	ret = register_ftrace_function(&gops->ops);
	if (ret) {
		RCU_INIT_POINTER(fgraph_array[i], NULL);
		synchronize_rcu();
		if (!fgraph_nr_ops)
			fgraph_stop_all();
		return ret;
	}
	fgraph_nr_ops++;
	return 0;
}

/**
 * unregister_ftrace_graph - stop calling a client's handlers
 * @gops: a registered client (anything else is ignored)
 *
 * When this returns no handler of @gops runs or will run, even for calls
 * it hooked that have not returned yet (they still return correctly).
 * Context: process, may sleep.
 */
void unregister_ftrace_graph(struct fgraph_ops *gops)
{
	int i = gops->idx;

	guard(mutex)(&fgraph_mutex);
	if (i < 0 || i >= FGRAPH_ARRAY_SIZE ||
	    rcu_access_pointer(fgraph_array[i]) != gops)
		return;
	unregister_ftrace_function(&gops->ops);
	RCU_INIT_POINTER(fgraph_array[i], NULL);
	/* Return handlers look clients up with preemption disabled. */
	synchronize_rcu();
	if (!--fgraph_nr_ops)
		fgraph_stop_all();
}
