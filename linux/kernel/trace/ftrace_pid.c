// SPDX-License-Identifier: GPL-2.0
/*
 * set_ftrace_pid and set_ftrace_notrace_pid: which tasks an instance's
 * function tracer records, and the function-fork option that makes the
 * lists follow fork and exit.
 *
 * The function tracer's callback checks current->pid against the lists
 * (ftrace_pid_ignored()); a pid in set_ftrace_notrace_pid is never traced,
 * and a non-empty set_ftrace_pid admits only its pids.
 *
 * Theory of operation
 * -------------------
 * A list is a struct trace_pid_list behind an RCU pointer in the instance;
 * the callback reads it with preemption disabled. A write to a file builds
 * a new list and swaps the pointer under fn_pid_lock, then frees the old
 * list after synchronize_rcu(). With function-fork set, the
 * sched_process_fork and sched_process_free probes edit the current list
 * in place instead (a bit per pid), also under fn_pid_lock, so that they
 * never edit a list that a swap is about to free; the bit flips are safe
 * against the lockless readers, which see either the old or the new bit.
 * The probes are registered, with the instance as their data, while the
 * instance has a list.
 *
 * Writes follow upstream: opening with O_TRUNC empties the list, every
 * write adds pids. Here the emptying is deferred to the first write (or
 * to close, if nothing was written), so that a write with a bad pid,
 * which fails with -EINVAL, leaves the list as it was.
 */
#include <linux/ftrace.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/spinlock.h>
#include <trace/events/sched.h>
#include "trace_array.h"
#include "trace_pid_list.h"
#include "ftrace_instance.h"

/* Writers of the lists; readers of the files (lists stay alive). */
static DEFINE_MUTEX(fn_pid_mutex);
/* Pointer swaps against in-place edits by the fork/free probes. */
static DEFINE_RAW_SPINLOCK(fn_pid_lock);

bool notrace ftrace_pid_ignored(struct ftrace_instance *fi)
{
	struct trace_pid_list *pids = rcu_dereference_sched(fi->pids);
	struct trace_pid_list *no_pids = rcu_dereference_sched(fi->no_pids);
	pid_t pid = current->pid;

	if (no_pids && trace_pid_list_contains(no_pids, pid))
		return true;
	return pids && !trace_pid_list_contains(pids, pid);
}

/**
 * ftrace_pid_ignore - the core's pid check for FTRACE_OPS_FL_PID ops
 * @ops: an ops whose @private is the trace_array it traces for
 *
 * The function tracer checks its pids in its own callback; this serves
 * other instance clients that let the core ask.
 * Context: callback context (any, NMI included, preemption disabled).
 * Return: true to skip this call.
 */
bool notrace ftrace_pid_ignore(struct ftrace_ops *ops)
{
	struct trace_array *tr = ops->private;
	struct ftrace_instance *fi = tr ? READ_ONCE(tr->fn) : NULL;

	return fi && READ_ONCE(fi->pid_filtering) && ftrace_pid_ignored(fi);
}

/* ---- following fork and exit ---- */

static void fn_pid_list_follow(struct trace_pid_list __rcu **slot,
			       pid_t parent, pid_t child, bool add)
{
	struct trace_pid_list *list;

	list = rcu_dereference_protected(*slot, lockdep_is_held(&fn_pid_lock));
	if (!list)
		return;
	if (!add)
		trace_pid_list_del_live(list, child);
	else if (trace_pid_list_contains(list, parent))
		trace_pid_list_add_live(list, child);
}

/* Context: sched_process_fork probe, in the parent, preemption off. */
static void fn_pid_fork(void *data, struct task_struct *parent,
			struct task_struct *child)
{
	struct ftrace_instance *fi = data;
	unsigned long flags;

	if (!tr_opt(fi->tr, TOPT_FUNC_FORK))
		return;
	raw_spin_lock_irqsave(&fn_pid_lock, flags);
	fn_pid_list_follow(&fi->pids, parent->pid, child->pid, true);
	fn_pid_list_follow(&fi->no_pids, parent->pid, child->pid, true);
	raw_spin_unlock_irqrestore(&fn_pid_lock, flags);
}

/* Context: sched_process_free probe (an RCU callback of the task). */
static void fn_pid_exit(void *data, struct task_struct *task)
{
	struct ftrace_instance *fi = data;
	unsigned long flags;

	if (!tr_opt(fi->tr, TOPT_FUNC_FORK))
		return;
	raw_spin_lock_irqsave(&fn_pid_lock, flags);
	fn_pid_list_follow(&fi->pids, 0, task->pid, false);
	fn_pid_list_follow(&fi->no_pids, 0, task->pid, false);
	raw_spin_unlock_irqrestore(&fn_pid_lock, flags);
}

/*
 * Attach or detach the probes as @fi gains its first list or loses its
 * last one. Until the tracepoint core is built, registering fails with
 * -ENOSYS and function-fork has no effect. Context: fn_pid_mutex held.
 */
static void fn_pid_probes(struct ftrace_instance *fi, bool had, bool has)
{
	if (has && !had) {
		register_trace_sched_process_fork(fn_pid_fork, fi);
		register_trace_sched_process_free(fn_pid_exit, fi);
	} else if (had && !has) {
		unregister_trace_sched_process_fork(fn_pid_fork, fi);
		unregister_trace_sched_process_free(fn_pid_exit, fi);
		tracepoint_synchronize_unregister();
	}
}

/*
 * Install @list (NULL: none) as @fi's pids or no_pids; free the old one
 * once no callback can see it. Context: fn_pid_mutex held, may sleep.
 */
static void fn_pid_install(struct ftrace_instance *fi, bool no_trace,
			   struct trace_pid_list *list)
{
	struct trace_pid_list __rcu **slot = no_trace ? &fi->no_pids : &fi->pids;
	struct trace_pid_list *old;
	unsigned long flags;
	bool had, has;

	lockdep_assert_held(&fn_pid_mutex);
	raw_spin_lock_irqsave(&fn_pid_lock, flags);
	had = rcu_access_pointer(fi->pids) || rcu_access_pointer(fi->no_pids);
	old = rcu_dereference_protected(*slot, lockdep_is_held(&fn_pid_lock));
	rcu_assign_pointer(*slot, list);
	has = rcu_access_pointer(fi->pids) || rcu_access_pointer(fi->no_pids);
	WRITE_ONCE(fi->pid_filtering, has);
	raw_spin_unlock_irqrestore(&fn_pid_lock, flags);
	fn_pid_probes(fi, had, has);
	if (old) {
		synchronize_rcu();
		trace_pid_list_free(old);
	}
}

/* ---- the files ---- */

struct fn_pid_file {
	struct trace_array	*tr;
	bool			no_trace;
	bool			truncate;	/* opened with O_TRUNC */
	bool			wrote;		/* a write succeeded */
	bool			failed;		/* a write failed */
};

/* Cursor of the "no pid" line: never a pid + 1, never an ERR_PTR. */
static const char fn_no_pids_line;
#define FN_NO_PIDS	((void *)&fn_no_pids_line)

static struct trace_pid_list *fn_pid_list_of(struct fn_pid_file *pf)
{
	struct ftrace_instance *fi = pf->tr->fn;

	return rcu_dereference_protected(pf->no_trace ? fi->no_pids : fi->pids,
					 lockdep_is_held(&fn_pid_mutex));
}

static void *fn_pid_start(struct seq_file *m, loff_t *pos)
{
	struct fn_pid_file *pf = m->private;
	struct trace_pid_list *list;

	mutex_lock(&fn_pid_mutex);
	list = fn_pid_list_of(pf);
	if (!list)
		return *pos ? NULL : FN_NO_PIDS;
	return trace_pid_list_seq_start(list, pos);
}

static void *fn_pid_next(struct seq_file *m, void *v, loff_t *pos)
{
	struct fn_pid_file *pf = m->private;

	if (v == FN_NO_PIDS) {
		(*pos)++;
		return NULL;
	}
	return trace_pid_list_seq_next(fn_pid_list_of(pf), v, pos);
}

static void fn_pid_stop(struct seq_file *m, void *v)
{
	mutex_unlock(&fn_pid_mutex);
}

static int fn_pid_show(struct seq_file *m, void *v)
{
	if (v == FN_NO_PIDS) {
		seq_puts(m, "no pid\n");
		return 0;
	}
	return trace_pid_list_seq_show(m, v);
}

static const struct seq_operations fn_pid_seq_ops = {
	.start	= fn_pid_start,
	.next	= fn_pid_next,
	.stop	= fn_pid_stop,
	.show	= fn_pid_show,
};

static int fn_pid_open(struct inode *inode, struct file *file, bool no_trace)
{
	struct trace_array *tr = tracefs_file_data(file);
	struct fn_pid_file *pf;
	int ret;

	ret = trace_array_get(tr);
	if (ret)
		return ret;
	pf = kzalloc(sizeof(*pf), GFP_KERNEL);
	ret = pf ? seq_open(file, &fn_pid_seq_ops) : -ENOMEM;
	if (ret) {
		kfree(pf);
		trace_array_put(tr);
		return ret;
	}
	pf->tr = tr;
	pf->no_trace = no_trace;
	pf->truncate = (file->f_mode & FMODE_WRITE) &&
		       (file->f_flags & O_TRUNC);
	((struct seq_file *)file->private_data)->private = pf;
	return 0;
}

static int set_ftrace_pid_open(struct inode *inode, struct file *file)
{
	return fn_pid_open(inode, file, false);
}

static int set_ftrace_notrace_pid_open(struct inode *inode, struct file *file)
{
	return fn_pid_open(inode, file, true);
}

static ssize_t fn_pid_write(struct file *file, const char __user *ubuf,
			    size_t cnt, loff_t *ppos)
{
	struct fn_pid_file *pf = ((struct seq_file *)file->private_data)->private;
	struct trace_pid_list *list;
	ssize_t ret;

	if (!cnt)
		return 0;
	mutex_lock(&fn_pid_mutex);
	/* The first write after O_TRUNC replaces the list; others add. */
	ret = trace_pid_list_write(fn_pid_list_of(pf),
				   !(pf->truncate && !pf->wrote), ubuf, cnt,
				   &list);
	if (ret < 0) {
		pf->failed = true;
	} else {
		fn_pid_install(pf->tr->fn, pf->no_trace, list);
		pf->wrote = true;
		*ppos += ret;
	}
	mutex_unlock(&fn_pid_mutex);
	return ret;
}

static int fn_pid_release(struct inode *inode, struct file *file)
{
	struct fn_pid_file *pf = ((struct seq_file *)file->private_data)->private;
	struct trace_array *tr = pf->tr;

	/* "> set_ftrace_pid" with nothing written empties the list. */
	if (pf->truncate && !pf->wrote && !pf->failed) {
		mutex_lock(&fn_pid_mutex);
		fn_pid_install(tr->fn, pf->no_trace, NULL);
		mutex_unlock(&fn_pid_mutex);
	}
	kfree(pf);
	seq_release(inode, file);
	trace_array_put(tr);
	return 0;
}

static const struct file_operations set_ftrace_pid_fops = {
	.open		= set_ftrace_pid_open,
	.read		= seq_read,
	.write		= fn_pid_write,
	.llseek		= seq_lseek,
	.release	= fn_pid_release,
};

static const struct file_operations set_ftrace_notrace_pid_fops = {
	.open		= set_ftrace_notrace_pid_open,
	.read		= seq_read,
	.write		= fn_pid_write,
	.llseek		= seq_lseek,
	.release	= fn_pid_release,
};

/**
 * ftrace_pid_create_files - set_ftrace_pid and set_ftrace_notrace_pid
 * @tr: an instance with its function tracing state
 *
 * Context: process, may sleep. Return: 0 or the tracefs error.
 */
int ftrace_pid_create_files(struct trace_array *tr)
{
	struct dentry *d;

	d = tracefs_create_file("set_ftrace_pid", TRACE_MODE_WRITE, tr->dir,
				tr, &set_ftrace_pid_fops);
	if (IS_ERR(d))
		return PTR_ERR(d);
	d = tracefs_create_file("set_ftrace_notrace_pid", TRACE_MODE_WRITE,
				tr->dir, tr, &set_ftrace_notrace_pid_fops);
	return PTR_ERR_OR_ZERO(d);
}

/**
 * ftrace_pid_destroy - drop @fi's pid lists (instance removal)
 * @fi: an instance whose files are gone and whose tracer is reset
 *
 * Context: process, may sleep.
 */
void ftrace_pid_destroy(struct ftrace_instance *fi)
{
	mutex_lock(&fn_pid_mutex);
	fn_pid_install(fi, false, NULL);
	fn_pid_install(fi, true, NULL);
	mutex_unlock(&fn_pid_mutex);
}
