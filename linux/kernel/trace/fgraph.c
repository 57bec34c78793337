// SPDX-License-Identifier: GPL-2.0
/*
 * Function graph: the per-task shadow stack of hooked return addresses.
 *
 * State of this tree: the graph tracer is not built, so no task ever has a
 * shadow stack. These hooks keep the task fields (linux/sched.h) in their
 * idle state across fork, and let unwinders pass return addresses through.
 */
#include <linux/ftrace.h>
#include <linux/sched.h>

/* Context: fork, process context. The child starts with no shadow stack. */
void ftrace_graph_init_task(struct task_struct *t)
{
	t->ret_stack = NULL;
	t->curr_ret_stack = 0;
	t->curr_ret_depth = -1;
	t->ftrace_timestamp = 0;
	atomic_set(&t->tracing_graph_pause, 0);
	atomic_set(&t->trace_overrun, 0);
}

/* Context: CPU bring-up, for that CPU's idle task. */
void ftrace_graph_init_idle_task(struct task_struct *t, int cpu)
{
	ftrace_graph_init_task(t);
}

/* Context: the task is exiting and will not run traced code again. */
void ftrace_graph_exit_task(struct task_struct *t)
{
}

unsigned long ftrace_graph_ret_addr(struct task_struct *task, int *idx,
				    unsigned long ret, unsigned long *retp)
{
	return ret;
}
