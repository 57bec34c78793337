// SPDX-License-Identifier: GPL-2.0
/*
 * error_log: the last few command errors of an instance, each with the
 * command and a caret under the offending token, so that a user whose
 * "echo ... > some_file" failed with -EINVAL can see why:
 *
 *	[  123.456789] hist:sched:sched_switch: error: Couldn't find field
 *	  Command: keys=bogus
 *	                ^
 *
 * Each instance keeps its own list, oldest first, capped at
 * ERRLOG_MAX_ENTRIES; a new error beyond the cap recycles the oldest
 * entry. Opening error_log for writing with O_TRUNC ("echo > error_log")
 * empties it; what is written is ignored.
 *
 * Locking: errlog_lock guards every instance's err_log list and
 * n_err_log. It nests inside trace_types_lock, so tracing_log_err() may
 * be called with or without that held. Everything here is process
 * context and may sleep.
 */
#include <linux/sched/clock.h>
#include <linux/security.h>
#include <linux/slab.h>
#include "trace_array.h"

#define ERRLOG_MAX_ENTRIES	8	/* as upstream: the last 8 errors */
#define ERRLOG_LOC_MAX		128	/* bytes of "<loc>: error: " kept */
#define ERRLOG_CMD_LEAD		"  Command: "

struct errlog_entry {
	struct list_head	node;		/* in trace_array::err_log */
	u64			when;		/* local_clock() in ns */
	const char		*text;		/* static message, not copied */
	u16			caret;		/* column of the caret in cmd */
	char			where[ERRLOG_LOC_MAX];
	char			*cmd;		/* kmalloc'ed copy */
};

static DEFINE_MUTEX(errlog_lock);

/*
 * An entry to fill in for @tr: a new one while under the cap, else the
 * oldest, unlinked. Its cmd is replaced by a copy of @cmd.
 * Return: the entry, or NULL (out of memory: the error goes unlogged).
 */
static struct errlog_entry *errlog_slot(struct trace_array *tr,
					const char *cmd)
{
	struct errlog_entry *e;
	char *copy;

	lockdep_assert_held(&errlog_lock);
	copy = kstrdup(cmd, GFP_KERNEL);
	if (!copy)
		return NULL;

	if (tr->n_err_log < ERRLOG_MAX_ENTRIES) {
		e = kzalloc(sizeof(*e), GFP_KERNEL);
		if (!e) {
			kfree(copy);
			return NULL;
		}
		tr->n_err_log++;
	} else {
		e = list_first_entry(&tr->err_log, struct errlog_entry, node);
		list_del(&e->node);
		kfree(e->cmd);
	}
	e->cmd = copy;
	return e;
}

/**
 * tracing_log_err - add an error to an instance's error_log
 * @tr: the instance, or NULL for the top level
 * @loc: where it happened, e.g. "hist:sched:sched_switch"
 * @cmd: the command that failed, as the user wrote it
 * @errs: the caller's table of messages; only the pointer is kept, so
 *	  the strings must live as long as the kernel (or the module, for
 *	  as long as the instance keeps the entry)
 * @type: index of the message in @errs
 * @pos: column of @cmd to put the caret under
 *
 * Context: process, may sleep; trace_types_lock may be held.
 */
void tracing_log_err(struct trace_array *tr, const char *loc,
		     const char *cmd, const char * const *errs, u8 type,
		     u16 pos)
{
	struct errlog_entry *e;

	if (!tr)
		tr = &global_trace;

	guard(mutex)(&errlog_lock);
	e = errlog_slot(tr, cmd);
	if (!e)
		return;
	snprintf(e->where, sizeof(e->where), "%s: error: ", loc);
	e->text = errs[type];
	e->caret = pos;
	e->when = local_clock();
	list_add_tail(&e->node, &tr->err_log);
}

/**
 * tracing_err_log_clear - forget every error of an instance
 * @tr: the instance
 *
 * Context: process, may sleep; trace_types_lock may be held (instance
 * removal calls this).
 */
void tracing_err_log_clear(struct trace_array *tr)
{
	struct errlog_entry *e, *tmp;

	guard(mutex)(&errlog_lock);
	list_for_each_entry_safe(e, tmp, &tr->err_log, node) {
		list_del(&e->node);
		kfree(e->cmd);
		kfree(e);
	}
	tr->n_err_log = 0;
}

/* ---- reading: seq_file over the list, errlog_lock held start..stop ---- */

static void *errlog_start(struct seq_file *m, loff_t *pos)
{
	struct trace_array *tr = m->private;

	mutex_lock(&errlog_lock);
	return seq_list_start(&tr->err_log, *pos);
}

static void *errlog_next(struct seq_file *m, void *v, loff_t *pos)
{
	struct trace_array *tr = m->private;

	return seq_list_next(v, &tr->err_log, pos);
}

static void errlog_stop(struct seq_file *m, void *v)
{
	mutex_unlock(&errlog_lock);
}

/*
 * "[sec.usec] <loc>: error: <text>\n  Command: <cmd>\n" and the caret
 * line, indented by the "  Command: " lead plus @caret.
 */
static int errlog_show(struct seq_file *m, void *v)
{
	struct errlog_entry *e = list_entry(v, struct errlog_entry, node);
	u32 ns;
	u64 sec = div_u64_rem(e->when, NSEC_PER_SEC, &ns);

	seq_printf(m, "[%5llu.%06u] %s%s", sec, ns / (u32)NSEC_PER_USEC,
		   e->where, e->text);
	seq_printf(m, "\n" ERRLOG_CMD_LEAD "%s\n", e->cmd);
	seq_printf(m, "%*s^\n", (int)(sizeof(ERRLOG_CMD_LEAD) - 1) + e->caret,
		   "");
	return 0;
}

static const struct seq_operations errlog_seq_ops = {
	.start	= errlog_start,
	.next	= errlog_next,
	.stop	= errlog_stop,
	.show	= errlog_show,
};

/*
 * Context: ->open, process context. Pins the instance until release.
 * O_TRUNC on a write open clears the log; a read open sets up seq_file.
 */
static int errlog_open(struct inode *inode, struct file *file)
{
	struct trace_array *tr = tracefs_file_data(file);
	int ret;

	ret = security_locked_down(LOCKDOWN_TRACEFS);
	if (ret)
		return ret;
	ret = trace_array_get(tr);
	if (ret)
		return ret;

	if ((file->f_mode & FMODE_WRITE) && (file->f_flags & O_TRUNC))
		tracing_err_log_clear(tr);

	if (file->f_mode & FMODE_READ) {
		ret = seq_open(file, &errlog_seq_ops);
		if (ret) {
			trace_array_put(tr);
			return ret;
		}
		((struct seq_file *)file->private_data)->private = tr;
	} else {
		file->private_data = tr;
	}
	return 0;
}

/* Context: ->release; may run after removal, so uses per-open state. */
static int errlog_release(struct inode *inode, struct file *file)
{
	struct trace_array *tr;

	if (file->f_mode & FMODE_READ) {
		tr = ((struct seq_file *)file->private_data)->private;
		seq_release(inode, file);
	} else {
		tr = file->private_data;
	}
	trace_array_put(tr);
	return 0;
}

/* Writes are accepted and dropped: only O_TRUNC has an effect. */
static ssize_t errlog_write(struct file *file, const char __user *ubuf,
			    size_t cnt, loff_t *ppos)
{
	return cnt;
}

static loff_t errlog_llseek(struct file *file, loff_t off, int whence)
{
	if (file->f_mode & FMODE_READ)
		return seq_lseek(file, off, whence);
	file->f_pos = 0;
	return 0;
}

const struct file_operations tracing_err_log_fops = {
	.open		= errlog_open,
	.read		= seq_read,
	.write		= errlog_write,
	.llseek		= errlog_llseek,
	.release	= errlog_release,
};
