// SPDX-License-Identifier: GPL-2.0
/*
 * Event pid filtering: set_event_pid and set_event_notrace_pid.
 *
 * With set_event_pid non-empty, an instance records events only while a
 * listed task is involved; with set_event_notrace_pid, never while a
 * listed task is. With the event-fork option, children of listed tasks
 * join the lists at fork and every task leaves them when it is freed.
 *
 * Theory of operation
 * -------------------
 * Looking a pid up for every event would cost a hash probe in the hot
 * path, so each instance keeps a per-CPU answer instead:
 *
 *	ev->ignore_pid (per CPU)	true: drop events on this CPU now
 *
 * It is recomputed at the moments the answer can change, by probes on
 * the scheduler tracepoints, registered while either list is set:
 *
 *	sched_switch		before the other probes (priority INT_MAX):
 *				ignore = ignore(prev) && ignore(next), so
 *				the sched_switch event is kept if either
 *				task is wanted; after them (priority 0):
 *				ignore = ignore(next), the task that runs now
 *	sched_waking/wakeup/wakeup_new
 *				before: if ignoring, ignore = ignore(woken);
 *				after: if not ignoring, ignore = ignore(current)
 *
 * where ignore(t) = (pids set && t not in pids) || t in no_pids. When a
 * list changes, an IPI recomputes the answer for the task running on
 * every CPU. Event probes then read one per-CPU bool
 * (trace_event_ignore_this_pid()), through EVENT_FILE_FL_PID_FILTER,
 * which is set on every file of the instance while a list is set.
 *
 * The lists are RCU-published (trace_pid_list.h): a write builds a new
 * list, publishes it, and frees the old one after
 * tracepoint_synchronize_unregister(), when no probe can still read it.
 * Fork following changes the published list in place
 * (trace_pid_list_add_live()).
 *
 * Everything but the probes runs in process context with event_mutex
 * held.
 */
#include <linux/log2.h>
#include <linux/sched.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/smp.h>
#include <trace/events/sched.h>
#include "trace_events_files.h"
#include "trace_pid_list.h"

/* Context: any; the lists are read under the probe's RCU protection. */
static bool ev_ignore_task(struct event_instance *ev, struct task_struct *t)
{
	struct trace_pid_list *pids = rcu_dereference_sched(ev->pids);
	struct trace_pid_list *no_pids = rcu_dereference_sched(ev->no_pids);

	if (pids && !trace_pid_list_contains(pids, t->pid))
		return true;
	return trace_pid_list_contains(no_pids, t->pid);
}

/**
 * trace_event_ignore_this_pid - does the pid filter drop events here?
 * @tr: the instance the event records into
 *
 * Context: any, NMI included (an event probe).
 * Return: true if the instance's pid lists exclude what runs on this CPU.
 */
bool trace_event_ignore_this_pid(struct trace_array *tr)
{
	struct event_instance *ev = READ_ONCE(tr->ev);

	return ev && this_cpu_read(*ev->ignore_pid);
}

/* ---- scheduler probes (context: the tracepoint, preemption off) ---- */

static void pid_switch_pre(void *data, bool preempt, struct task_struct *prev,
			   struct task_struct *next, unsigned int prev_state)
{
	struct event_instance *ev = data;

	this_cpu_write(*ev->ignore_pid, ev_ignore_task(ev, prev) &&
					ev_ignore_task(ev, next));
}

static void pid_switch_post(void *data, bool preempt, struct task_struct *prev,
			    struct task_struct *next, unsigned int prev_state)
{
	struct event_instance *ev = data;

	this_cpu_write(*ev->ignore_pid, ev_ignore_task(ev, next));
}

static void pid_wakeup_pre(void *data, struct task_struct *task)
{
	struct event_instance *ev = data;

	if (this_cpu_read(*ev->ignore_pid))
		this_cpu_write(*ev->ignore_pid, ev_ignore_task(ev, task));
}

static void pid_wakeup_post(void *data, struct task_struct *task)
{
	struct event_instance *ev = data;

	if (!this_cpu_read(*ev->ignore_pid))
		this_cpu_write(*ev->ignore_pid, ev_ignore_task(ev, current));
}

/* event-fork: a child of a listed task is listed too. */
static void pid_fork(void *data, struct task_struct *parent,
		     struct task_struct *child)
{
	struct event_instance *ev = data;
	struct trace_pid_list *list;

	if (!tr_opt(ev->tr, TOPT_EVENT_FORK))
		return;
	list = rcu_dereference_sched(ev->pids);
	if (trace_pid_list_contains(list, parent->pid))
		trace_pid_list_add_live(list, child->pid);
	list = rcu_dereference_sched(ev->no_pids);
	if (trace_pid_list_contains(list, parent->pid))
		trace_pid_list_add_live(list, child->pid);
}

/* event-fork: a task leaves the lists when it is freed. */
static void pid_free(void *data, struct task_struct *task)
{
	struct event_instance *ev = data;
	struct trace_pid_list *list;

	if (!tr_opt(ev->tr, TOPT_EVENT_FORK))
		return;
	list = rcu_dereference_sched(ev->pids);
	if (list)
		trace_pid_list_del_live(list, task->pid);
	list = rcu_dereference_sched(ev->no_pids);
	if (list)
		trace_pid_list_del_live(list, task->pid);
}

/*
 * Attach or detach the probes above. Registration can only fail for lack
 * of memory; filtering then misses the updates of that tracepoint, which
 * is reported once. Context: event_mutex held.
 */
static void pid_probes_set(struct event_instance *ev, bool on)
{
	int ret = 0;

	lockdep_assert_held(&event_mutex);
	if (ev->pid_probes == on)
		return;
	ev->pid_probes = on;
	if (!on) {
		unregister_trace_sched_switch(pid_switch_pre, ev);
		unregister_trace_sched_switch(pid_switch_post, ev);
		unregister_trace_sched_waking(pid_wakeup_pre, ev);
		unregister_trace_sched_waking(pid_wakeup_post, ev);
		unregister_trace_sched_wakeup(pid_wakeup_pre, ev);
		unregister_trace_sched_wakeup(pid_wakeup_post, ev);
		unregister_trace_sched_wakeup_new(pid_wakeup_pre, ev);
		unregister_trace_sched_wakeup_new(pid_wakeup_post, ev);
		unregister_trace_sched_process_fork(pid_fork, ev);
		unregister_trace_sched_process_free(pid_free, ev);
		return;
	}
	ret |= register_trace_prio_sched_switch(pid_switch_pre, ev, INT_MAX);
	ret |= register_trace_prio_sched_switch(pid_switch_post, ev, 0);
	ret |= register_trace_prio_sched_waking(pid_wakeup_pre, ev, INT_MAX);
	ret |= register_trace_prio_sched_waking(pid_wakeup_post, ev, 0);
	ret |= register_trace_prio_sched_wakeup(pid_wakeup_pre, ev, INT_MAX);
	ret |= register_trace_prio_sched_wakeup(pid_wakeup_post, ev, 0);
	ret |= register_trace_prio_sched_wakeup_new(pid_wakeup_pre, ev, INT_MAX);
	ret |= register_trace_prio_sched_wakeup_new(pid_wakeup_post, ev, 0);
	ret |= register_trace_sched_process_fork(pid_fork, ev);
	ret |= register_trace_sched_process_free(pid_free, ev);
	if (ret)
		pr_warn_once("tracing: event pid filter: could not attach all scheduler probes (%d)\n",
			     ret);
}

/* IPI: recompute the answer for the task running here. */
static void pid_update_cpu(void *data)
{
	struct event_instance *ev = data;

	this_cpu_write(*ev->ignore_pid, ev_ignore_task(ev, current));
}

/*
 * Publish @new as the @which list of @ev and bring the probes, the
 * file flags and the per-CPU answers in line. Context: event_mutex held.
 */
static void pid_list_replace(struct event_instance *ev,
			     struct trace_pid_list __rcu **which,
			     struct trace_pid_list *new)
{
	struct trace_pid_list *old;
	struct trace_event_file *file;
	bool any;

	lockdep_assert_held(&event_mutex);
	old = rcu_dereference_protected(*which, lockdep_is_held(&event_mutex));
	rcu_assign_pointer(*which, new);
	any = rcu_access_pointer(ev->pids) || rcu_access_pointer(ev->no_pids);
	if (any)
		pid_probes_set(ev, true);
	list_for_each_entry(file, &ev->files, list) {
		if (any)
			set_bit(ilog2(EVENT_FILE_FL_PID_FILTER), &file->flags);
		else
			clear_bit(ilog2(EVENT_FILE_FL_PID_FILTER), &file->flags);
	}
	on_each_cpu(pid_update_cpu, ev, 1);
	if (!any)
		pid_probes_set(ev, false);
	if (old) {
		tracepoint_synchronize_unregister();
		trace_pid_list_free(old);
	}
}

void event_pid_init_file(struct trace_event_file *file)
{
	struct event_instance *ev = file->tr->ev;

	if (rcu_access_pointer(ev->pids) || rcu_access_pointer(ev->no_pids))
		file->flags |= EVENT_FILE_FL_PID_FILTER;
}

/* ---- the files ---- */

/*
 * set_event_pid and set_event_notrace_pid share everything but the list
 * they show and change; @excl picks it.
 */
static struct trace_pid_list __rcu **pid_which(struct trace_array *tr,
					       bool excl)
{
	return excl ? &tr->ev->no_pids : &tr->ev->pids;
}

/* ->start..->stop hold event_mutex, so the list cannot be replaced. */
static void *pid_seq_start_of(struct seq_file *m, loff_t *pos, bool excl)
{
	struct trace_array *tr = m->private;

	mutex_lock(&event_mutex);
	return trace_pid_list_seq_start(
		rcu_dereference_protected(*pid_which(tr, excl),
					  lockdep_is_held(&event_mutex)), pos);
}

static void *pid_seq_next_of(struct seq_file *m, void *v, loff_t *pos,
			     bool excl)
{
	struct trace_array *tr = m->private;

	return trace_pid_list_seq_next(
		rcu_dereference_protected(*pid_which(tr, excl),
					  lockdep_is_held(&event_mutex)), v, pos);
}

static void *pid_seq_start(struct seq_file *m, loff_t *pos)
{
	return pid_seq_start_of(m, pos, false);
}

static void *pid_seq_next(struct seq_file *m, void *v, loff_t *pos)
{
	return pid_seq_next_of(m, v, pos, false);
}

static void *no_pid_seq_start(struct seq_file *m, loff_t *pos)
{
	return pid_seq_start_of(m, pos, true);
}

static void *no_pid_seq_next(struct seq_file *m, void *v, loff_t *pos)
{
	return pid_seq_next_of(m, v, pos, true);
}

static void pid_seq_stop(struct seq_file *m, void *v)
{
	mutex_unlock(&event_mutex);
}

static const struct seq_operations pid_seq_ops = {
	.start	= pid_seq_start,
	.next	= pid_seq_next,
	.stop	= pid_seq_stop,
	.show	= trace_pid_list_seq_show,
};

static const struct seq_operations no_pid_seq_ops = {
	.start	= no_pid_seq_start,
	.next	= no_pid_seq_next,
	.stop	= pid_seq_stop,
	.show	= trace_pid_list_seq_show,
};

/*
 * A write adds the pids it lists to the list (opening with O_TRUNC
 * emptied it first); a write with no pid leaves it as it was, and an
 * empty list stops the filtering. Return: @cnt, or -EINVAL for a word
 * that is not a pid (the list is then unchanged), -ENOMEM, -EFAULT.
 */
static ssize_t pid_write(struct file *filp, const char __user *ubuf,
			 size_t cnt, loff_t *ppos, bool excl)
{
	struct seq_file *m = filp->private_data;
	struct trace_array *tr = m->private;
	struct trace_pid_list __rcu **which;
	struct trace_pid_list *new;
	ssize_t ret;

	if (!cnt)
		return 0;
	ret = tracing_update_buffers(tr);
	if (ret < 0)
		return ret;

	guard(mutex)(&event_mutex);
	which = pid_which(tr, excl);
	ret = trace_pid_list_write(rcu_dereference_protected(*which,
					lockdep_is_held(&event_mutex)),
				   true, ubuf, cnt, &new);
	if (ret < 0)
		return ret;
	pid_list_replace(tr->ev, which, new);
	*ppos += ret;
	return ret;
}

static ssize_t pid_file_write(struct file *filp, const char __user *ubuf,
			      size_t cnt, loff_t *ppos)
{
	return pid_write(filp, ubuf, cnt, ppos, false);
}

static ssize_t no_pid_file_write(struct file *filp, const char __user *ubuf,
				 size_t cnt, loff_t *ppos)
{
	return pid_write(filp, ubuf, cnt, ppos, true);
}

static int pid_open(struct inode *inode, struct file *filp, bool excl)
{
	struct trace_array *tr = tracefs_file_data(filp);
	int ret;

	ret = trace_array_get(tr);
	if (ret)
		return ret;
	if ((filp->f_mode & FMODE_WRITE) && (filp->f_flags & O_TRUNC)) {
		guard(mutex)(&event_mutex);
		pid_list_replace(tr->ev, pid_which(tr, excl), NULL);
	}
	ret = seq_open(filp, excl ? &no_pid_seq_ops : &pid_seq_ops);
	if (ret) {
		trace_array_put(tr);
		return ret;
	}
	((struct seq_file *)filp->private_data)->private = tr;
	return 0;
}

static int pid_file_open(struct inode *inode, struct file *filp)
{
	return pid_open(inode, filp, false);
}

static int no_pid_file_open(struct inode *inode, struct file *filp)
{
	return pid_open(inode, filp, true);
}

static int pid_release(struct inode *inode, struct file *filp)
{
	struct seq_file *m = filp->private_data;

	trace_array_put(m->private);
	return seq_release(inode, filp);
}

static const struct file_operations set_event_pid_fops = {
	.open		= pid_file_open,
	.read		= seq_read,
	.write		= pid_file_write,
	.llseek		= seq_lseek,
	.release	= pid_release,
};

static const struct file_operations set_event_notrace_pid_fops = {
	.open		= no_pid_file_open,
	.read		= seq_read,
	.write		= no_pid_file_write,
	.llseek		= seq_lseek,
	.release	= pid_release,
};

/* set_event_pid and set_event_notrace_pid in @tr's directory. */
int event_pid_files_create(struct trace_array *tr)
{
	struct dentry *d;

	d = tracefs_create_file("set_event_pid", TRACE_MODE_WRITE, tr->dir, tr,
				&set_event_pid_fops);
	if (!IS_ERR(d))
		d = tracefs_create_file("set_event_notrace_pid",
					TRACE_MODE_WRITE, tr->dir, tr,
					&set_event_notrace_pid_fops);
	return PTR_ERR_OR_ZERO(d);
}

/* ---- instance state ---- */

int event_pid_instance_init(struct event_instance *ev)
{
	ev->ignore_pid = alloc_percpu(bool);
	return ev->ignore_pid ? 0 : -ENOMEM;
}

/* Context: event_mutex held. */
void event_pid_instance_clear(struct event_instance *ev)
{
	lockdep_assert_held(&event_mutex);
	if (!ev->ignore_pid)
		return;
	if (rcu_access_pointer(ev->pids))
		pid_list_replace(ev, &ev->pids, NULL);
	if (rcu_access_pointer(ev->no_pids))
		pid_list_replace(ev, &ev->no_pids, NULL);
}

/* After event_pid_instance_clear() and a tracepoint grace period. */
void event_pid_instance_free(struct event_instance *ev)
{
	free_percpu(ev->ignore_pid);
}
