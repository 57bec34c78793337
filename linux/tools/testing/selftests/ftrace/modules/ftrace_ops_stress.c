// SPDX-License-Identifier: GPL-2.0
/*
 * ftrace_ops_stress: register and unregister ftrace_ops in a loop from
 * two kernel threads, to stress live patching, the list walker, the
 * single-ops hook switching and the freeing of ops after unregister.
 *
 * Each round a thread allocates an ops, gives it a filter from a fixed
 * rotation (globs of busy functions, sometimes every function, sometimes
 * a notrace set as well) and flags from another (SAVE_REGS, RECURSION,
 * PID-less plain), registers it, lets it run for a moment, unregisters
 * it, frees its filters and kfree()s it: a callback still running after
 * unregister_ftrace_function() returned would touch freed memory.
 *
 * Parameters: "rounds" per thread (write-once, at load). Read-only:
 * "done" (threads that finished), "rounds_done", "hits" (callback runs),
 * "errors" (unexpected return codes; see dmesg).
 */

#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/atomic.h>
#include <linux/delay.h>
#include <linux/ftrace.h>
#include <linux/kthread.h>
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/sysfs.h>

static int rounds = 30;
module_param(rounds, int, 0444);
MODULE_PARM_DESC(rounds, "register/unregister rounds per thread");

static atomic_long_t hits, errors, rounds_done, done;

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

COUNTER_PARAM(hits);
COUNTER_PARAM(errors);
COUNTER_PARAM(rounds_done);
COUNTER_PARAM(done);

struct stress_ops {
	struct ftrace_ops	ops;
	unsigned long		magic;
};

#define STRESS_MAGIC	0x5eed5eedUL

static void stress_callback(unsigned long ip, unsigned long parent_ip,
			    struct ftrace_ops *op, struct ftrace_regs *fregs)
{
	struct stress_ops *s = container_of(op, struct stress_ops, ops);
	int bit = ftrace_test_recursion_trylock(ip, parent_ip);

	if (bit < 0)
		return;
	/* A freed ops is poisoned (slub) or reused: the magic shows it. */
	if (READ_ONCE(s->magic) != STRESS_MAGIC)
		atomic_long_inc(&errors);
	if ((op->flags & FTRACE_OPS_FL_SAVE_REGS) && !ftrace_get_regs(fregs))
		atomic_long_inc(&errors);
	atomic_long_inc(&hits);
	ftrace_test_recursion_unlock(bit);
}

/* The filter rotation; "" is no filter: every function. */
static const char * const filters[] = {
	"*lock*", "vfs_*", "schedule*", "", "__x64_sys_*", "*alloc*",
	"kmem_cache_*",
};

static const unsigned long flag_sets[] = {
	0,
	FTRACE_OPS_FL_SAVE_REGS,
	FTRACE_OPS_FL_RECURSION,
	FTRACE_OPS_FL_SAVE_REGS | FTRACE_OPS_FL_RECURSION,
};

static void report(const char *what, int err, int round)
{
	atomic_long_inc(&errors);
	pr_err("round %d: %s returned %d\n", round, what, err);
}

static int set_glob(struct ftrace_ops *ops, const char *glob, bool notrace_set)
{
	char buf[32];

	strscpy(buf, glob, sizeof(buf));
	return notrace_set ? ftrace_set_notrace(ops, buf, strlen(buf), 1) :
			     ftrace_set_filter(ops, buf, strlen(buf), 1);
}

static void one_round(int id, int round)
{
	const char *glob = filters[(round + 3 * id) % ARRAY_SIZE(filters)];
	struct stress_ops *s;
	int err;

	s = kzalloc(sizeof(*s), GFP_KERNEL);
	if (!s) {
		report("kzalloc", -ENOMEM, round);
		return;
	}
	s->magic = STRESS_MAGIC;
	s->ops.func = stress_callback;
	s->ops.flags = flag_sets[(round + id) % ARRAY_SIZE(flag_sets)];

	if (*glob) {
		err = set_glob(&s->ops, glob, false);
		if (err)
			report("ftrace_set_filter", err, round);
	}
	if (round % 3 == 1) {
		err = set_glob(&s->ops, "*spin*", true);
		if (err)
			report("ftrace_set_notrace", err, round);
	}
	err = register_ftrace_function(&s->ops);
	if (err) {
		report("register_ftrace_function", err, round);
	} else {
		msleep(5 + (round % 4) * 10);
		/* Change the filter while live, now and then. */
		if (round % 4 == 2) {
			err = set_glob(&s->ops, "vfs_read", false);
			if (err)
				report("live ftrace_set_filter", err, round);
			msleep(5);
		}
		err = unregister_ftrace_function(&s->ops);
		if (err)
			report("unregister_ftrace_function", err, round);
	}
	ftrace_free_filter(&s->ops);
	memset(s, 0x6b, sizeof(*s));
	kfree(s);
	atomic_long_inc(&rounds_done);
}

static int stress_thread(void *data)
{
	int id = (long)data, round;

	for (round = 0; round < rounds && !kthread_should_stop(); round++)
		one_round(id, round);
	atomic_long_inc(&done);
	while (!kthread_should_stop())
		msleep(20);
	return 0;
}

static struct task_struct *threads[2];

static int __init stress_init(void)
{
	long i;

	for (i = 0; i < ARRAY_SIZE(threads); i++) {
		threads[i] = kthread_run(stress_thread, (void *)i,
					 "ftrace_stress/%ld", i);
		if (IS_ERR(threads[i])) {
			int err = PTR_ERR(threads[i]);

			while (--i >= 0)
				kthread_stop(threads[i]);
			return err;
		}
	}
	return 0;
}

static void __exit stress_exit(void)
{
	int i;

	for (i = 0; i < ARRAY_SIZE(threads); i++)
		kthread_stop(threads[i]);
	pr_info("%ld rounds, %ld hits, %ld errors\n",
		atomic_long_read(&rounds_done), atomic_long_read(&hits),
		atomic_long_read(&errors));
}

module_init(stress_init);
module_exit(stress_exit);
MODULE_DESCRIPTION("Stress ftrace_ops registration against live patching");
MODULE_LICENSE("GPL");
