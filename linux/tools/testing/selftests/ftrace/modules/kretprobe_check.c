// SPDX-License-Identifier: GPL-2.0
/*
 * kretprobe_check: drive rethook through a kretprobe and audit each return.
 *
 * A kretprobe is put on the function named by the "symbol" parameter
 * (default __x64_sys_getppid: every busybox shell calls getppid() once as
 * it starts, so "sh -c :" triggers it from user space). The entry handler
 * notes the task, the stack pointer and the return address it finds on
 * the stack; the return handler then checks that
 *
 *  - it runs in the same task, and regs->sp is one slot above the return
 *    slot the entry saw (the trampoline rebuilt the frame correctly);
 *  - both the instance's saved return address and regs->ip equal the
 *    address seen at entry, i.e. the real caller, not the trampoline;
 *  - the return value is no lower than "retval_min";
 *  - a stack trace taken inside the handler never shows the bare
 *    trampoline address and does show the real caller.
 *
 * Results are read-only parameters in /sys/module/kretprobe_check/
 * parameters/: "entries" and "returns" count handler runs, "missed" is
 * the kretprobe's miss count, and each bad_* counts returns that failed
 * one check (all must stay 0).
 */

#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/atomic.h>
#include <linux/kprobes.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/percpu.h>
#include <linux/ptrace.h>
#include <linux/sched.h>
#include <linux/stacktrace.h>
#include <linux/string.h>
#include <linux/sysfs.h>

static char *symbol = "__x64_sys_getppid";
module_param(symbol, charp, 0444);
MODULE_PARM_DESC(symbol, "function to put the kretprobe on");

static long retval_min;
module_param(retval_min, long, 0444);
MODULE_PARM_DESC(retval_min, "smallest acceptable return value (signed)");

static int maxactive;
module_param(maxactive, int, 0444);
MODULE_PARM_DESC(maxactive, "pending returns allowed (0: kprobes default)");

/* Counters, shown through read-only parameters. */
static atomic_long_t entries, returns, bad_task, bad_sp, bad_retaddr;
static atomic_long_t bad_retval, bad_unwind;

static int counter_get(char *buf, const struct kernel_param *kp)
{
	return sysfs_emit(buf, "%ld\n", atomic_long_read(kp->arg));
}

static int counter_set(const char *val, const struct kernel_param *kp)
{
	return -EPERM;
}

static const struct kernel_param_ops counter_ops = {
	.get	= counter_get,
	.set	= counter_set,
};

#define COUNTER_PARAM(name)					\
	module_param_cb(name, &counter_ops, &name, 0444);	\
	MODULE_PARM_DESC(name, "counter (read-only)")

COUNTER_PARAM(entries);
COUNTER_PARAM(returns);
COUNTER_PARAM(bad_task);
COUNTER_PARAM(bad_sp);
COUNTER_PARAM(bad_retaddr);
COUNTER_PARAM(bad_retval);
COUNTER_PARAM(bad_unwind);

static struct kretprobe probe;

static int missed_get(char *buf, const struct kernel_param *kp)
{
	return sysfs_emit(buf, "%d\n", READ_ONCE(probe.nmissed));
}

static const struct kernel_param_ops missed_ops = {
	.get	= missed_get,
	.set	= counter_set,
};
module_param_cb(missed, &missed_ops, NULL, 0444);
MODULE_PARM_DESC(missed, "returns the kretprobe could not hook (read-only)");

/*
 * arch_rethook_trampoline is not exported, so recognise its entry point by
 * name: "%pS" prints exactly "<name>+0x0/<size>" for a symbol's first byte.
 */
static bool is_trampoline(unsigned long addr)
{
	static const char want[] = "arch_rethook_trampoline+0x0/";
	char name[64];

	snprintf(name, sizeof(name), "%pS", (void *)addr);
	return !strncmp(name, want, sizeof(want) - 1);
}

/* What the entry handler saw, kept in the kretprobe instance. */
struct entry_snapshot {
	struct task_struct	*task;
	unsigned long		sp;
	unsigned long		ret_addr;
};

static int check_entry(struct kretprobe_instance *ri, struct pt_regs *regs)
{
	struct entry_snapshot *snap = (struct entry_snapshot *)ri->data;

	snap->task = current;
	snap->sp = kernel_stack_pointer(regs);
	/* The hook is not installed yet: this is still the caller. */
	snap->ret_addr = *(unsigned long *)snap->sp;
	atomic_long_inc(&entries);
	return 0;
}
NOKPROBE_SYMBOL(check_entry);

#ifdef CONFIG_STACKTRACE
#define TRACE_DEPTH	64

/*
 * Not on the stack: the "guess" unwinder reports every text address it
 * finds there, and would read back the entries it is in the middle of
 * writing. Handlers run with preemption disabled, so one buffer per CPU.
 */
static DEFINE_PER_CPU(unsigned long [TRACE_DEPTH], trace_buf);

/* True if the unwinder walked through the trampoline to @caller. */
static bool unwind_sees(unsigned long caller)
{
	unsigned long *trace = *this_cpu_ptr(&trace_buf);
	unsigned int i, n;
	bool found = false;

	n = stack_trace_save(trace, TRACE_DEPTH, 0);
	for (i = 0; i < n; i++) {
		if (is_trampoline(trace[i]))
			return false;
		if (trace[i] == caller)
			found = true;
	}
	return found;
}
#else
static bool unwind_sees(unsigned long caller)
{
	return true;
}
#endif

static int check_return(struct kretprobe_instance *ri, struct pt_regs *regs)
{
	struct entry_snapshot *snap = (struct entry_snapshot *)ri->data;
	unsigned long ret_addr = get_kretprobe_retaddr(ri);
	long retval = (long)regs_return_value(regs);
	bool hooked_twice = is_trampoline(snap->ret_addr);

	atomic_long_inc(&returns);

	if (snap->task != current)
		atomic_long_inc(&bad_task);

	if (kernel_stack_pointer(regs) != snap->sp + sizeof(unsigned long)) {
		atomic_long_inc(&bad_sp);
		pr_warn_ratelimited("sp %lx at return, entry slot %lx\n",
				    kernel_stack_pointer(regs), snap->sp);
	}

	/*
	 * If another rethook had hooked this call first, the entry saw its
	 * trampoline rather than the caller and there is nothing to compare.
	 */
	if (!hooked_twice &&
	    (ret_addr != snap->ret_addr ||
	     instruction_pointer(regs) != snap->ret_addr ||
	     is_trampoline(ret_addr))) {
		atomic_long_inc(&bad_retaddr);
		pr_warn_ratelimited("return to %pS / ip %pS, entry saw %pS\n",
				    (void *)ret_addr,
				    (void *)instruction_pointer(regs),
				    (void *)snap->ret_addr);
	}

	if (retval < retval_min) {
		atomic_long_inc(&bad_retval);
		pr_warn_ratelimited("%s returned %ld\n", symbol, retval);
	}

	if (!hooked_twice && !unwind_sees(snap->ret_addr)) {
		atomic_long_inc(&bad_unwind);
		pr_warn_ratelimited("stack trace misses %pS\n",
				    (void *)snap->ret_addr);
	}
	return 0;
}
NOKPROBE_SYMBOL(check_return);

static int __init kretprobe_check_init(void)
{
	int err;

	probe.kp.symbol_name = symbol;
	probe.entry_handler = check_entry;
	probe.handler = check_return;
	probe.data_size = sizeof(struct entry_snapshot);
	probe.maxactive = maxactive;

	err = register_kretprobe(&probe);
	if (err) {
		pr_err("cannot probe %s: %d\n", symbol, err);
		return err;
	}
	pr_info("probing %s\n", symbol);
	return 0;
}

static void __exit kretprobe_check_exit(void)
{
	unregister_kretprobe(&probe);
	pr_info("%s: %ld entries, %ld returns, %d missed\n", symbol,
		atomic_long_read(&entries), atomic_long_read(&returns),
		probe.nmissed);
}

module_init(kretprobe_check_init);
module_exit(kretprobe_check_exit);
MODULE_DESCRIPTION("Check kretprobe/rethook entry and return handling");
MODULE_LICENSE("GPL");
