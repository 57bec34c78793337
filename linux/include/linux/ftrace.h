/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The function-hook core: the API the rest of the kernel, and our tracers,
 * use to run a callback on entry to kernel functions.
 *
 * Every traceable function starts with a 5-byte NOP (kernel/trace/
 * ftrace_sites.c). Registering an ftrace_ops turns the NOPs of the
 * functions it selects into calls to a trampoline that runs the callback
 * (kernel/trace/ftrace_ops.c, ftrace_patch.c, arch/x86/kernel/ftrace*).
 */
#ifndef _LINUX_FTRACE_H
#define _LINUX_FTRACE_H

/*
 * Kept code relies on what the upstream header pulled in (see SEAMS 1c),
 * so keep this include list a superset of it.
 */
#include <linux/bitops.h>
#include <linux/fs.h>
#include <linux/init.h>
#include <linux/jump_label.h>
#include <linux/kallsyms.h>
#include <linux/ktime.h>
#include <linux/linkage.h>
#include <linux/ptrace.h>
#include <linux/sched.h>
#include <linux/types.h>
#include <linux/ftrace_recursion.h>
#include <asm/ftrace.h>

struct module;
struct ftrace_ops;
struct ctl_table;

/* --- return addresses, for the preempt/irq hooks and tracers --- */

/*
 * Without frame pointers only the immediate return address is known;
 * deeper levels read as 0, which callers treat as "unknown".
 */
#ifdef CONFIG_FRAME_POINTER
#define ftrace_return_address(n)	((unsigned long)__builtin_return_address(n))
#else
#define ftrace_return_address(n)	0UL
#endif

#define CALLER_ADDR0 ((unsigned long)__builtin_return_address(0))
#define CALLER_ADDR1 ftrace_return_address(1)
#define CALLER_ADDR2 ftrace_return_address(2)
#define CALLER_ADDR3 ftrace_return_address(3)
#define CALLER_ADDR4 ftrace_return_address(4)
#define CALLER_ADDR5 ftrace_return_address(5)
#define CALLER_ADDR6 ftrace_return_address(6)

/*
 * get_lock_parent_ip - the first caller that is not a lock function.
 * Context: any; must be inlined into its caller.
 */
static __always_inline unsigned long get_lock_parent_ip(void)
{
	unsigned long ip = CALLER_ADDR0;

	/* At most two lock layers: spin_lock() -> _raw_spin_lock(). */
	if (in_lock_functions(ip)) {
		ip = CALLER_ADDR1;
		if (in_lock_functions(ip))
			ip = CALLER_ADDR2;
	}
	return ip;
}

/* --- preemption toggles (kernel/sched/core.c, kernel/softirq.c) --- */

#ifdef CONFIG_TRACE_PREEMPT_TOGGLE
/* Context: any, including NMI; preemption is being toggled. */
void trace_preempt_on(unsigned long a0, unsigned long a1);
void trace_preempt_off(unsigned long a0, unsigned long a1);
#else
static inline void trace_preempt_on(unsigned long a0, unsigned long a1) { }
static inline void trace_preempt_off(unsigned long a0, unsigned long a1) { }
#endif

/* --- ftrace_ops: one client of the function hooks --- */

/*
 * ftrace_func_t - a function-entry callback.
 * @ip:		address of the traced site
 * @parent_ip:	return address of the traced function
 * @op:		the ops this callback was registered with
 * @fregs:	argument registers; full pt_regs only with SAVE_REGS
 *
 * Context: any context the traced function runs in, NMI included, on an
 * online CPU. Must not sleep. An ops without FTRACE_OPS_FL_RECURSION
 * (the default, as upstream) may be called with preemption enabled: it
 * must take ftrace_test_recursion_trylock() itself, which disables
 * preemption. With the flag the core's guard does that around the call.
 */
typedef void (*ftrace_func_t)(unsigned long ip, unsigned long parent_ip,
			      struct ftrace_ops *op, struct ftrace_regs *fregs);

/*
 * FTRACE_OPS_FL_* - properties of an ftrace_ops.
 *
 * Set by the client before registering:
 *   SAVE_REGS	the callback needs full pt_regs (ftrace_get_regs() != NULL)
 *   SAVE_REGS_IF_SUPPORTED  full pt_regs if the arch can (x86 can)
 *   RECURSION	the callback does not protect itself against recursion:
 *		the core wraps every call in its guard (as upstream 6.12).
 *		Without it (the default) the callback is called directly and
 *		must use ftrace_test_recursion_trylock() itself; the core
 *		still guards it while its filter selects the callback's own
 *		fentry site (its fentry call runs before any trylock can).
 *   IPMODIFY	the callback may change the instruction pointer in its
 *		regs; at most one such ops per site (-EBUSY). Such ops get
 *		full pt_regs, like SAVE_REGS ones.
 *   PID	ask ftrace_pid_ignore(ops) before each call
 *   PERMANENT	keeps running when the ftrace_enabled sysctl is 0
 *   RCU	call only where RCU is watching
 * Set by the core:
 *   ENABLED	registered
 *   INITIALIZED the core's per-ops state (lists, sets) is set up
 * Accepted for source compatibility, no effect: DIRECT, TRACE_ARRAY,
 * STUB, DYNAMIC, DELETED. Every ops is treated as possibly freed after
 * unregister_ftrace_function() returns.
 */
enum {
	/* bits 0-15: requested by the client */
	FTRACE_OPS_FL_SAVE_REGS			= BIT(0),
	FTRACE_OPS_FL_SAVE_REGS_IF_SUPPORTED	= BIT(1),
	FTRACE_OPS_FL_RECURSION			= BIT(2),
	FTRACE_OPS_FL_IPMODIFY			= BIT(3),
	FTRACE_OPS_FL_PID			= BIT(4),
	FTRACE_OPS_FL_PERMANENT			= BIT(5),
	FTRACE_OPS_FL_RCU			= BIT(6),
	FTRACE_OPS_FL_DIRECT			= BIT(7),
	FTRACE_OPS_FL_TRACE_ARRAY		= BIT(8),
	FTRACE_OPS_FL_STUB			= BIT(9),
	/* bits 16-31: maintained by the core */
	FTRACE_OPS_FL_ENABLED			= BIT(16),
	FTRACE_OPS_FL_INITIALIZED		= BIT(17),
	FTRACE_OPS_FL_DYNAMIC			= BIT(18),
	FTRACE_OPS_FL_DELETED			= BIT(19),
};

struct ftrace_hash;

/*
 * struct ftrace_ops - one client of the function hooks.
 * @func:	the callback
 * @flags:	FTRACE_OPS_FL_*
 * @private:	for the client
 *
 * The rest belongs to the core (kernel/trace/ftrace_ops.c). A static,
 * zero-initialised ops with only @func and @flags set is valid. An ops
 * whose filters were set must be released with ftrace_free_filter()
 * before its memory is reused.
 */
struct ftrace_ops {
	ftrace_func_t			func;
	unsigned long			flags;
	void				*private;
	/* core-private */
	struct ftrace_ops __rcu		*next;		/* active list */
	struct ftrace_hash __rcu	*filter_hash;	/* NULL/empty: all */
	struct ftrace_hash __rcu	*notrace_hash;
	struct list_head		list;		/* registered ops */
	struct list_head		known;		/* ops owning sets */
	unsigned long			trampoline;
	unsigned long			trampoline_size;
};

static __always_inline struct pt_regs *ftrace_get_regs(struct ftrace_regs *fregs)
{
	return fregs ? arch_ftrace_get_regs(fregs) : NULL;
}

#ifdef CONFIG_FUNCTION_TRACER
int register_ftrace_function(struct ftrace_ops *ops);
int unregister_ftrace_function(struct ftrace_ops *ops);
int ftrace_set_filter_ip(struct ftrace_ops *ops, unsigned long ip,
			 int remove, int reset);
int ftrace_set_filter(struct ftrace_ops *ops, unsigned char *buf,
		      int len, int reset);
int ftrace_set_notrace(struct ftrace_ops *ops, unsigned char *buf,
		       int len, int reset);
void ftrace_free_filter(struct ftrace_ops *ops);
unsigned long ftrace_location(unsigned long ip);
int ftrace_text_reserved(const void *start, const void *end);
bool is_ftrace_trampoline(unsigned long addr);
struct ftrace_ops *ftrace_ops_trampoline(unsigned long addr);
void ftrace_init(void);
void ftrace_free_init_mem(void);
void ftrace_free_mem(struct module *mod, void *start, void *end);
#else
static inline int register_ftrace_function(struct ftrace_ops *ops) { return -ENODEV; }
static inline int unregister_ftrace_function(struct ftrace_ops *ops) { return -ENODEV; }
static inline void ftrace_free_filter(struct ftrace_ops *ops) { }
static inline unsigned long ftrace_location(unsigned long ip) { return 0; }
static inline int ftrace_text_reserved(const void *start, const void *end) { return 0; }
static inline bool is_ftrace_trampoline(unsigned long addr) { return false; }
static inline struct ftrace_ops *ftrace_ops_trampoline(unsigned long addr) { return NULL; }
static inline void ftrace_init(void) { }
static inline void ftrace_free_init_mem(void) { }
static inline void ftrace_free_mem(struct module *mod, void *start, void *end) { }
#endif

/* --- modules (kernel/module/main.c) --- */

#define FTRACE_CALLSITE_SECTION	"__mcount_loc"

#ifdef CONFIG_DYNAMIC_FTRACE
/* Context: module loader, process context, may sleep. */
void ftrace_module_init(struct module *mod);
void ftrace_module_enable(struct module *mod);
void ftrace_release_mod(struct module *mod);
#else
static inline void ftrace_module_init(struct module *mod) { }
static inline void ftrace_module_enable(struct module *mod) { }
static inline void ftrace_release_mod(struct module *mod) { }
#endif

/* --- kallsyms for dynamically allocated trampolines --- */

#if defined(CONFIG_DYNAMIC_FTRACE) && defined(CONFIG_MODULES)
int ftrace_mod_address_lookup(unsigned long addr, unsigned long *size,
			      unsigned long *off, char **modname,
			      const unsigned char **modbuildid, char *sym);
int ftrace_mod_get_kallsym(unsigned int symnum, unsigned long *value,
			   char *type, char *name, char *module_name,
			   int *exported);
#else
static inline int
ftrace_mod_address_lookup(unsigned long addr, unsigned long *size,
			  unsigned long *off, char **modname,
			  const unsigned char **modbuildid, char *sym)
{
	return 0;
}
static inline int ftrace_mod_get_kallsym(unsigned int symnum, unsigned long *value,
					 char *type, char *name,
					 char *module_name, int *exported)
{
	return -1;
}
#endif

/* --- function graph: return hooks on a per-task shadow stack --- */

/*
 * struct ftrace_graph_ent - what an entry handler is told about a call.
 * @func:	the traced function (its fentry site address)
 * @depth:	nesting level of the call on the task's shadow stack, 0 for
 *		the outermost hooked call
 */
struct ftrace_graph_ent {
	unsigned long	func;
	int		depth;
} __packed;

/*
 * struct ftrace_graph_ret - what a return handler is told about a call.
 * @func:	the traced function
 * @retval:	its return value (%rax), with CONFIG_FUNCTION_GRAPH_RETVAL
 * @depth:	as in the entry
 * @overrun:	calls of this task not hooked because its shadow stack was
 *		full, so far
 * @calltime:	trace_clock_local() at entry, moved forward by the time the
 *		task was switched out when the sleep-time option is off
 * @rettime:	trace_clock_local() at return
 */
struct ftrace_graph_ret {
	unsigned long	func;
#ifdef CONFIG_FUNCTION_GRAPH_RETVAL
	unsigned long	retval;
#endif
	int		depth;
	unsigned int	overrun;
	unsigned long long calltime;
	unsigned long long rettime;
} __packed;

struct fgraph_ops;

/*
 * Handlers of an fgraph_ops. The entry handler returns nonzero to have
 * the return handler called when this call returns, 0 to ignore the call.
 * Context: the traced function's context (any, NMI included), preemption
 * disabled, the task's own shadow stack; must not sleep.
 */
typedef int (*trace_func_graph_ent_t)(struct ftrace_graph_ent *trace,
				      struct fgraph_ops *gops);
typedef void (*trace_func_graph_ret_t)(struct ftrace_graph_ret *trace,
				       struct fgraph_ops *gops);

/*
 * struct fgraph_ops - one client of the return hooks.
 * @entryfunc:	called on entry of each function @ops selects
 * @retfunc:	called on return of the calls @entryfunc accepted
 * @ops:	the function hook the graph core registers for this client;
 *		set its filters (ftrace_set_filter() etc.) to choose the
 *		functions, before or after registering
 * @private:	for the client
 * @idx:	slot of the client in the graph core, set by
 *		register_ftrace_graph(); the key of fgraph_reserve_data()
 * @gen:	registration generation (core-private)
 */
struct fgraph_ops {
	trace_func_graph_ent_t	entryfunc;
	trace_func_graph_ret_t	retfunc;
	struct ftrace_ops	ops;
	void			*private;
	int			idx;
	unsigned long		gen;
};

/* How many fgraph_ops may be registered at once. */
#define FGRAPH_ARRAY_SIZE	16
/* Largest fgraph_reserve_data() request, in bytes. */
#define FGRAPH_MAX_DATA_SIZE	32

#ifdef CONFIG_FUNCTION_GRAPH_TRACER
#define __notrace_funcgraph	notrace

int register_ftrace_graph(struct fgraph_ops *gops);
void unregister_ftrace_graph(struct fgraph_ops *gops);
void *fgraph_reserve_data(int idx, int size_bytes);
void *fgraph_retrieve_data(int idx, int *size_bytes);
void *fgraph_retrieve_parent_data(int idx, int *size_bytes, int depth);
bool ftrace_graph_is_dead(void);
void ftrace_graph_stop(void);
void ftrace_graph_sleep_time_control(bool enable);
void ftrace_graph_graph_time_control(bool enable);
bool ftrace_graph_sleep_time(void);
bool ftrace_graph_graph_time(void);

/* Context: fork (process context, may sleep; no lock held). */
void ftrace_graph_init_task(struct task_struct *t);
/* Context: free_task(), any context that may free memory. */
void ftrace_graph_exit_task(struct task_struct *t);
/* Context: CPU bring-up or sched_init(), may sleep once slab is up. */
void ftrace_graph_init_idle_task(struct task_struct *t, int cpu);
/*
 * ftrace_graph_ret_addr - undo return-address hooking for an unwinder.
 * @task:	the task whose stack is unwound (holds a reference)
 * @idx:	unwinder state, start at 0 (unused by this implementation,
 *		kept for the callers' signature)
 * @ret:	the return address read from the stack
 * @retp:	where it was read from
 *
 * Return: the original return address if @ret is return_to_handler and
 * a live shadow frame hooked @retp, else @ret. Context: any.
 */
unsigned long ftrace_graph_ret_addr(struct task_struct *task, int *idx,
				    unsigned long ret, unsigned long *retp);

/*
 * Stop hooking calls of the current task (and resume). Calls already
 * hooked still return through their handlers. Context: any.
 */
static inline void pause_graph_tracing(void)
{
	atomic_inc(&current->tracing_graph_pause);
}

static inline void unpause_graph_tracing(void)
{
	atomic_dec(&current->tracing_graph_pause);
}
#else
#define __notrace_funcgraph
static inline void ftrace_graph_init_task(struct task_struct *t) { }
static inline void ftrace_graph_exit_task(struct task_struct *t) { }
static inline void ftrace_graph_init_idle_task(struct task_struct *t, int cpu) { }
static inline unsigned long
ftrace_graph_ret_addr(struct task_struct *task, int *idx, unsigned long ret,
		      unsigned long *retp)
{
	return ret;
}
static inline int register_ftrace_graph(struct fgraph_ops *gops) { return -ENODEV; }
static inline void unregister_ftrace_graph(struct fgraph_ops *gops) { }
static inline void *fgraph_reserve_data(int idx, int size_bytes) { return NULL; }
static inline void *fgraph_retrieve_data(int idx, int *size_bytes) { return NULL; }
static inline void *fgraph_retrieve_parent_data(int idx, int *size_bytes,
						int depth)
{
	return NULL;
}
static inline bool ftrace_graph_sleep_time(void) { return true; }
static inline bool ftrace_graph_graph_time(void) { return true; }
static inline void ftrace_graph_sleep_time_control(bool enable) { }
static inline void ftrace_graph_graph_time_control(bool enable) { }
static inline void pause_graph_tracing(void) { }
static inline void unpause_graph_tracing(void) { }
#endif

/* --- tracing control: init, sysctls, oops and warning paths --- */

#define MAX_TRACER_SIZE		100

#ifdef CONFIG_TRACING
void early_trace_init(void);
void trace_init(void);
void disable_trace_on_warning(void);
extern int __disable_trace_on_warning;
extern char ftrace_dump_on_oops[];
extern int tracepoint_printk;
int tracepoint_printk_sysctl(const struct ctl_table *table, int write,
			     void *buffer, size_t *lenp, loff_t *ppos);
#else
static inline void early_trace_init(void) { }
static inline void trace_init(void) { }
static inline void disable_trace_on_warning(void) { }
#endif

#ifdef CONFIG_STACK_TRACER
extern int stack_tracer_enabled;
int stack_trace_sysctl(const struct ctl_table *table, int write, void *buffer,
		       size_t *lenp, loff_t *ppos);
#endif

#endif /* _LINUX_FTRACE_H */
