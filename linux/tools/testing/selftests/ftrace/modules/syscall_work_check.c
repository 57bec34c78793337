// SPDX-License-Identifier: GPL-2.0
/*
 * syscall_work_check - report which tasks have the per-task syscall
 * tracepoint flag (SYSCALL_WORK_SYSCALL_TRACEPOINT) set.
 *
 * Reading /sys/module/syscall_work_check/parameters/tasks gives
 * "<with the flag> <all tasks>", and .../self gives 1 or 0 for the reading
 * task itself. The syscall events must set the flag on every task while
 * one of them is enabled, and clear it on every task after the last.
 */
#include <linux/module.h>
#include <linux/moduleparam.h>
#include <linux/rcupdate.h>
#include <linux/sched/signal.h>
#include <linux/thread_info.h>

/* Context: a sysfs read, process context. */
static int tasks_get(char *buf, const struct kernel_param *kp)
{
	struct task_struct *p, *t;
	unsigned int with = 0, all = 0;

	rcu_read_lock();
	for_each_process_thread(p, t) {
		all++;
		if (test_task_syscall_work(t, SYSCALL_TRACEPOINT))
			with++;
	}
	rcu_read_unlock();
	return sysfs_emit(buf, "%u %u\n", with, all);
}

static int self_get(char *buf, const struct kernel_param *kp)
{
	return sysfs_emit(buf, "%d\n",
			  !!test_task_syscall_work(current, SYSCALL_TRACEPOINT));
}

static const struct kernel_param_ops tasks_ops = { .get = tasks_get };
static const struct kernel_param_ops self_ops = { .get = self_get };
module_param_cb(tasks, &tasks_ops, NULL, 0444);
module_param_cb(self, &self_ops, NULL, 0444);

MODULE_DESCRIPTION("Reports the syscall tracepoint work flag of tasks");
MODULE_LICENSE("GPL");
