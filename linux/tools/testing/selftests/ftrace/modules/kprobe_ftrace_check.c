// SPDX-License-Identifier: GPL-2.0
/*
 * kprobe_ftrace_check: kprobes at function entry must go through the
 * function-hook core (KPROBES_ON_FTRACE), not breakpoints.
 *
 * Two kprobes:
 *
 *  - "entry" on the function named by the "symbol" parameter (default
 *    __x64_sys_getppid, which every busybox shell calls as it starts),
 *    with a pre and a post handler. A post handler makes kprobes use its
 *    IPMODIFY ops. The handlers check what a kprobe on ftrace promises:
 *    regs->ip is the probe address + 1 in the pre handler and + 5 (the
 *    size of the site) in the post handler, and the stack pointer points
 *    at the return address.
 *
 *  - "detour" on kfc_target() in this module, whose pre handler sends
 *    the call to kfc_detour() by changing regs->ip and returning 1 (what
 *    bpf_override_return() and error injection do). Writing to the "run"
 *    parameter calls kfc_target(N); "result" shows what came back:
 *    N * 100 if the detour worked, N + 1 if not.
 *
 * Read-only parameters: pre_hits, post_hits, bad_ip, bad_sp, detours,
 * result, and on_ftrace (1 if both probes are ftrace-based).
 */

#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/atomic.h>
#include <linux/ftrace.h>
#include <linux/kallsyms.h>
#include <linux/kprobes.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/ptrace.h>
#include <linux/sched/task_stack.h>
#include <linux/string.h>
#include <linux/sysfs.h>

static char *symbol = "__x64_sys_getppid";
module_param(symbol, charp, 0444);
MODULE_PARM_DESC(symbol, "function to probe at entry");

static atomic_long_t pre_hits, post_hits, bad_ip, bad_sp, detours;
static long result;

static int counter_get(char *buf, const struct kernel_param *kp)
{
	return sysfs_emit(buf, "%ld\n", atomic_long_read(kp->arg));
}

static int read_only(const char *val, const struct kernel_param *kp)
{
	return -EPERM;
}

static const struct kernel_param_ops counter_ops = {
	.get	= counter_get,
	.set	= read_only,
};

#define COUNTER_PARAM(name)					\
	module_param_cb(name, &counter_ops, &name, 0444);	\
	MODULE_PARM_DESC(name, "counter (read-only)")

COUNTER_PARAM(pre_hits);
COUNTER_PARAM(post_hits);
COUNTER_PARAM(bad_ip);
COUNTER_PARAM(bad_sp);
COUNTER_PARAM(detours);
module_param(result, long, 0444);
MODULE_PARM_DESC(result, "what the last kfc_target() call returned");

/* The probed function and where the probe sends it. */
int kfc_target(int x);
int kfc_detour(int x);

noinline int kfc_target(int x)
{
	barrier();
	return x + 1;
}

noinline int kfc_detour(int x)
{
	barrier();
	return x * 100;
}

static int (* volatile call_target)(int) = kfc_target;

static struct kprobe entry_probe, detour_probe;

/*
 * The stack pointer of a kprobe on ftrace points at the return address:
 * a slot on this task's stack holding an address kallsyms can name.
 */
static bool sp_ok(struct pt_regs *regs)
{
	unsigned long *sp = (unsigned long *)kernel_stack_pointer(regs);
	char name[KSYM_SYMBOL_LEN];

	if (!object_is_on_stack(sp))
		return false;
	sprint_symbol(name, *sp);
	return strncmp(name, "0x", 2) != 0;
}

static int entry_pre(struct kprobe *p, struct pt_regs *regs)
{
	atomic_long_inc(&pre_hits);
	if (regs->ip != (unsigned long)p->addr + 1)
		atomic_long_inc(&bad_ip);
	if (!sp_ok(regs))
		atomic_long_inc(&bad_sp);
	return 0;
}
NOKPROBE_SYMBOL(entry_pre);

static void entry_post(struct kprobe *p, struct pt_regs *regs,
		       unsigned long flags)
{
	atomic_long_inc(&post_hits);
	if (regs->ip != (unsigned long)p->addr + MCOUNT_INSN_SIZE)
		atomic_long_inc(&bad_ip);
}
NOKPROBE_SYMBOL(entry_post);

static int detour_pre(struct kprobe *p, struct pt_regs *regs)
{
	atomic_long_inc(&detours);
	regs->ip = (unsigned long)kfc_detour;
	return 1;	/* ip changed: kprobes must not undo it */
}
NOKPROBE_SYMBOL(detour_pre);

static int run_set(const char *val, const struct kernel_param *kp)
{
	int x, err = kstrtoint(val, 0, &x);

	if (err)
		return err;
	WRITE_ONCE(result, call_target(x));
	return 0;
}

static const struct kernel_param_ops run_ops = {
	.set	= run_set,
	.get	= param_get_long,
};
module_param_cb(run, &run_ops, &result, 0644);
MODULE_PARM_DESC(run, "write N: call kfc_target(N), result in \"result\"");

static int on_ftrace_get(char *buf, const struct kernel_param *kp)
{
	return sysfs_emit(buf, "%d\n", kprobe_ftrace(&entry_probe) &&
			  kprobe_ftrace(&detour_probe));
}

static const struct kernel_param_ops on_ftrace_ops = {
	.get	= on_ftrace_get,
	.set	= read_only,
};
module_param_cb(on_ftrace, &on_ftrace_ops, NULL, 0444);
MODULE_PARM_DESC(on_ftrace, "1 if both probes are ftrace-based");

static int __init kfc_init(void)
{
	int err;

	entry_probe.symbol_name = symbol;
	entry_probe.pre_handler = entry_pre;
	entry_probe.post_handler = entry_post;
	err = register_kprobe(&entry_probe);
	if (err) {
		pr_err("cannot probe %s: %d\n", symbol, err);
		return err;
	}

	detour_probe.addr = (kprobe_opcode_t *)kfc_target;
	detour_probe.pre_handler = detour_pre;
	err = register_kprobe(&detour_probe);
	if (err) {
		pr_err("cannot probe kfc_target: %d\n", err);
		unregister_kprobe(&entry_probe);
		return err;
	}
	pr_info("probing %s at %pS and kfc_target at %pS\n", symbol,
		entry_probe.addr, detour_probe.addr);
	return 0;
}

static void __exit kfc_exit(void)
{
	unregister_kprobe(&detour_probe);
	unregister_kprobe(&entry_probe);
}

module_init(kfc_init);
module_exit(kfc_exit);
MODULE_DESCRIPTION("Check that kprobes at function entry use ftrace");
MODULE_LICENSE("GPL");
