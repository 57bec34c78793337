// SPDX-License-Identifier: GPL-2.0
/*
 * Events in tracefs: the events/ directory of every instance.
 *
 *	events/enable			all events of the instance: 0, 1, X
 *	events/header_page		layout of a buffer page (trace-cmd)
 *	events/header_event		layout of a record header (trace-cmd)
 *	events/<system>/enable		the system's events: 0, 1, X
 *	events/<system>/filter		a filter for each of them
 *	events/<system>/<event>/enable	0, 1, or 0* / 1* when soft-enabled
 *	events/<system>/<event>/filter
 *	events/<system>/<event>/trigger
 *	events/<system>/<event>/format	the record layout and print format
 *	events/<system>/<event>/id	the record type
 *
 * The events come from the core (trace_events_core.c): every registered
 * trace_event_call gets one struct trace_event_file per instance, made
 * here when the instance is created or when the call is added, and freed
 * here when either goes away.
 *
 * Removal
 * -------
 * An event's directory goes away with the event (a module unloading, a
 * dynamic event deleted). The core calls trace_event_files_remove_call()
 * with event_mutex held, and the directory is removed right there: the
 * event's name is free again as soon as the call returns. tracefs_remove()
 * waits for every operation in progress on the removed files, and those
 * operations need event_mutex. An operation that slept in mutex_lock()
 * would wait for the remover, which waits for it. So the operations of
 * removable files take the mutex with event_lock_file():
 *
 *	remover (holds event_mutex)	operation on events/s/e/enable
 *	A: mark the file gone		X: tracefs counts the operation in
 *	B: tracefs_remove(dir),		Y: trylock event_mutex; on failure
 *	   waits for every X..Z		   return -ENODEV if gone, else
 *					   sleep one tick and try again
 *					Z: unlock; tracefs counts it out
 *
 * A happens before B starts waiting, so Y sees "gone" within a tick of
 * the remover blocking on it, and gives up: B's wait always ends. When
 * Y gets the lock it checks "gone" again: A may have happened before Y.
 * The memory of the file stays valid during X..Z: tracefs_remove() has
 * not returned yet. Files that are only removed with their instance
 * (events/enable, set_event, ...) are removed with no lock held
 * (tracefs_root.c), so they use a plain mutex_lock().
 *
 * A removed trace_event_file is freed by a work item, after a tracepoint
 * grace period: an enabled probe may still hold it as its data.
 */
#include <linux/kstrtox.h>
#include <linux/sched.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include <linux/workqueue.h>
#include "trace_events_files.h"

/* Every instance that has an events/ directory (event_mutex). */
static LIST_HEAD(event_instances);

/* Removed trace_event_files waiting for a grace period (event_mutex). */
static LIST_HEAD(event_files_dead);
static void event_files_free_fn(struct work_struct *work);
static DECLARE_WORK(event_files_free_work, event_files_free_fn);

/* See "Removal" above. */
int event_lock_file(const bool *gone)
{
	while (!mutex_trylock(&event_mutex)) {
		if (READ_ONCE(*gone))
			return -ENODEV;
		schedule_timeout_uninterruptible(1);
	}
	if (*gone) {
		mutex_unlock(&event_mutex);
		return -ENODEV;
	}
	return 0;
}

int event_lock_event_file(struct trace_event_file *file)
{
	while (!mutex_trylock(&event_mutex)) {
		if (READ_ONCE(file->flags) & EVENT_FILE_FL_FREED)
			return -ENODEV;
		schedule_timeout_uninterruptible(1);
	}
	if (file->flags & EVENT_FILE_FL_FREED) {
		mutex_unlock(&event_mutex);
		return -ENODEV;
	}
	return 0;
}

/*
 * Give @tr its full buffer before its first event is enabled. This takes
 * trace_types_lock only while the buffer is still at its boot size, so
 * an operation on a removable file does not wait for that lock in the
 * common case (its remover might hold it). Context: may sleep, no event
 * lock held. Return: 0 or -ENOMEM.
 */
static int event_update_buffers(struct trace_array *tr)
{
	if (READ_ONCE(tr->buffer_expanded) && !READ_ONCE(tr->buffer_freed))
		return 0;
	return tracing_update_buffers(tr);
}

struct list_head *trace_instance_events(struct trace_array *tr)
{
	return &tr->ev->files;
}

/* ---- events/<system>/<event>/enable ---- */

static ssize_t event_enable_read(struct file *filp, char __user *ubuf,
				 size_t cnt, loff_t *ppos)
{
	struct trace_event_file *file = tracefs_file_data(filp);
	unsigned long flags;
	char buf[4];
	int len = 0;
	int ret;

	ret = event_lock_event_file(file);
	if (ret)
		return ret;
	flags = file->flags;
	mutex_unlock(&event_mutex);

	/* Soft-enabled (for triggers) but not recording: "0*". */
	buf[len++] = (flags & EVENT_FILE_FL_ENABLED) &&
		     !(flags & EVENT_FILE_FL_SOFT_DISABLED) ? '1' : '0';
	if (flags & (EVENT_FILE_FL_SOFT_MODE | EVENT_FILE_FL_SOFT_DISABLED))
		buf[len++] = '*';
	buf[len++] = '\n';
	return simple_read_from_buffer(ubuf, cnt, ppos, buf, len);
}

static ssize_t event_enable_write(struct file *filp, const char __user *ubuf,
				  size_t cnt, loff_t *ppos)
{
	struct trace_event_file *file = tracefs_file_data(filp);
	unsigned long val;
	int ret;

	ret = trace_switch_from_user(ubuf, cnt, &val);
	if (ret)
		return ret;
	ret = event_update_buffers(file->tr);
	if (ret < 0)
		return ret;
	ret = event_lock_event_file(file);
	if (ret)
		return ret;
	ret = trace_event_enable_disable(file, val, 0);
	mutex_unlock(&event_mutex);
	if (ret)
		return ret;
	*ppos += cnt;
	return cnt;
}

static const struct file_operations event_enable_fops = {
	.read		= event_enable_read,
	.write		= event_enable_write,
	.llseek		= default_llseek,
};

/* ---- events/<system>/<event>/format ---- */

/*
 * One field line. A fixed array's type is "TYPE[N]" and prints as
 * "TYPE NAME[N]"; a dynamic array "TYPE[]" prints as "TYPE NAME[]";
 * "__data_loc TYPE[]" prints as it is.
 */
static void format_field(struct seq_file *m, struct trace_event_field *f)
{
	const char *bracket = strchr(f->type, '[');

	if (str_has_prefix(f->type, "__data_loc"))
		bracket = NULL;
	if (!bracket)
		seq_printf(m, "\tfield:%s %s;", f->type, f->name);
	else if (f->len)
		seq_printf(m, "\tfield:%.*s %s[%d];", (int)(bracket - f->type),
			   f->type, f->name, f->len);
	else
		seq_printf(m, "\tfield:%.*s %s[];", (int)(bracket - f->type),
			   f->type, f->name);
	seq_printf(m, "\toffset:%u;\tsize:%u;\tsigned:%d;\n", f->offset,
		   f->size, !!f->is_signed);
}

/*
 * Field lists are kept newest first (trace_event_internal.h), so both are
 * walked backwards to print fields in record order.
 */
static int event_format_show(struct seq_file *m, void *v)
{
	struct trace_event_file *file = m->private;
	struct trace_event_call *call;
	struct trace_event_field *f;
	int ret;

	ret = event_lock_event_file(file);
	if (ret)
		return ret;
	call = file->event_call;
	seq_printf(m, "name: %s\n", trace_event_name(call));
	seq_printf(m, "ID: %d\n", call->event.type);
	seq_puts(m, "format:\n");
	list_for_each_entry_reverse(f, trace_common_fields(), link)
		format_field(m, f);
	seq_putc(m, '\n');
	list_for_each_entry_reverse(f, trace_get_fields(call), link)
		format_field(m, f);
	seq_printf(m, "\nprint fmt: %s\n", call->print_fmt ?: "");
	mutex_unlock(&event_mutex);
	return 0;
}

static int event_format_open(struct inode *inode, struct file *filp)
{
	return single_open(filp, event_format_show, tracefs_file_data(filp));
}

static const struct file_operations event_format_fops = {
	.open		= event_format_open,
	.read		= seq_read,
	.llseek		= seq_lseek,
	.release	= single_release,
};

/* ---- events/<system>/<event>/id ---- */

static ssize_t event_id_read(struct file *filp, char __user *ubuf,
			     size_t cnt, loff_t *ppos)
{
	struct trace_event_file *file = tracefs_file_data(filp);
	char buf[16];
	int len, ret;

	ret = event_lock_event_file(file);
	if (ret)
		return ret;
	len = scnprintf(buf, sizeof(buf), "%d\n", file->event_call->event.type);
	mutex_unlock(&event_mutex);
	return simple_read_from_buffer(ubuf, cnt, ppos, buf, len);
}

static const struct file_operations event_id_fops = {
	.read		= event_id_read,
	.llseek		= default_llseek,
};

/* ---- events/<system>/<event>/filter (the language is in trace_events_filter.c) ---- */

static int event_filter_show(struct seq_file *m, void *v)
{
	struct trace_event_file *file = m->private;
	int ret;

	ret = event_lock_event_file(file);
	if (ret)
		return ret;
	print_event_filter(file, m);
	mutex_unlock(&event_mutex);
	return 0;
}

static int event_filter_open(struct inode *inode, struct file *filp)
{
	return single_open(filp, event_filter_show, tracefs_file_data(filp));
}

/* Copy in a filter expression. Return: the string or an ERR_PTR. */
static char *filter_from_user(const char __user *ubuf, size_t cnt)
{
	if (cnt >= PAGE_SIZE)
		return ERR_PTR(-EINVAL);
	return memdup_user_nul(ubuf, cnt);
}

static ssize_t event_filter_write(struct file *filp, const char __user *ubuf,
				  size_t cnt, loff_t *ppos)
{
	struct seq_file *m = filp->private_data;
	struct trace_event_file *file = m->private;
	char *buf;
	int ret;

	buf = filter_from_user(ubuf, cnt);
	if (IS_ERR(buf))
		return PTR_ERR(buf);
	ret = event_lock_event_file(file);
	if (!ret) {
		ret = apply_event_filter(file, buf);
		mutex_unlock(&event_mutex);
	}
	kfree(buf);
	if (ret < 0)
		return ret;
	*ppos += cnt;
	return cnt;
}

static const struct file_operations event_filter_fops = {
	.open		= event_filter_open,
	.read		= seq_read,
	.write		= event_filter_write,
	.llseek		= seq_lseek,
	.release	= single_release,
};

/* ---- events/<system>/<event>/trigger ---- */

/*
 * Triggers are not built yet. The file lists the commands upstream has in
 * this configuration, so tools that probe for it see the same text, but
 * installing one fails: -EOPNOTSUPP for those commands, -ENOENT for
 * removing one ("!cmd": there is nothing to remove), and -EINVAL for any
 * other word, as upstream answers an unknown command.
 */
static const char * const trigger_cmds[] = {
	"traceon", "traceoff", "snapshot", "stacktrace", "enable_event",
	"disable_event", "enable_hist", "disable_hist", "hist",
};

static int event_trigger_show(struct seq_file *m, void *v)
{
	struct trace_event_file *file = m->private;
	int i, ret;

	ret = event_lock_event_file(file);
	if (ret)
		return ret;
	mutex_unlock(&event_mutex);
	seq_puts(m, "# Available triggers:\n#");
	for (i = 0; i < ARRAY_SIZE(trigger_cmds); i++)
		seq_printf(m, " %s", trigger_cmds[i]);
	seq_putc(m, '\n');
	return 0;
}

static int event_trigger_open(struct inode *inode, struct file *filp)
{
	void *file = tracefs_file_data(filp);

	/* Opened only for writing (O_TRUNC): no trigger to drop yet. */
	if (!(filp->f_mode & FMODE_READ)) {
		filp->private_data = file;
		return 0;
	}
	return single_open(filp, event_trigger_show, file);
}

static int event_trigger_release(struct inode *inode, struct file *filp)
{
	if (!(filp->f_mode & FMODE_READ))
		return 0;
	return single_release(inode, filp);
}

static ssize_t event_trigger_write(struct file *filp, const char __user *ubuf,
				   size_t cnt, loff_t *ppos)
{
	struct trace_event_file *file = tracefs_file_data(filp);
	char *buf, *cmd;
	bool remove;
	int i, ret;

	if (!cnt)
		return 0;
	if (cnt >= PAGE_SIZE)
		return -EINVAL;
	buf = memdup_user_nul(ubuf, cnt);
	if (IS_ERR(buf))
		return PTR_ERR(buf);
	ret = event_lock_event_file(file);
	if (ret)
		goto out;
	mutex_unlock(&event_mutex);

	cmd = strim(buf);
	cmd[strcspn(cmd, ": \t")] = '\0';
	remove = cmd[0] == '!';
	cmd += remove;
	ret = -EINVAL;
	for (i = 0; i < ARRAY_SIZE(trigger_cmds); i++)
		if (!strcmp(cmd, trigger_cmds[i]))
			ret = remove ? -ENOENT : -EOPNOTSUPP;
out:
	kfree(buf);
	return ret;
}

static const struct file_operations event_trigger_fops = {
	.open		= event_trigger_open,
	.read		= seq_read,
	.write		= event_trigger_write,
	.llseek		= seq_lseek,
	.release	= event_trigger_release,
};

/* ---- events/<system>/{enable,filter} ---- */

/* "0", "1" or "X" for the enable state of @tr's events of @sys (NULL: all). */
static char events_enable_state(struct trace_array *tr, struct event_subsys *sys)
{
	struct trace_event_file *file;
	int seen = 0;	/* bit 0: some disabled, bit 1: some enabled */

	lockdep_assert_held(&event_mutex);
	list_for_each_entry(file, &tr_ev(tr)->files, list) {
		if (!event_call_enableable(file->event_call))
			continue;
		if (sys && file->system != sys)
			continue;
		seen |= file->flags & EVENT_FILE_FL_ENABLED ? 2 : 1;
		if (seen == 3)
			break;
	}
	return "?01X"[seen];
}

static ssize_t system_enable_read(struct file *filp, char __user *ubuf,
				  size_t cnt, loff_t *ppos)
{
	struct event_subsys *sys = tracefs_file_data(filp);
	char buf[2];
	int ret;

	ret = event_lock_file(&sys->dead);
	if (ret)
		return ret;
	buf[0] = events_enable_state(sys->ev->tr, sys);
	mutex_unlock(&event_mutex);
	buf[1] = '\n';
	return simple_read_from_buffer(ubuf, cnt, ppos, buf, 2);
}

/* Parse a 0/1 write. Return: 0 and *@val, or -EINVAL, -EFAULT. */
static int enable_from_user(const char __user *ubuf, size_t cnt, bool *val)
{
	unsigned long v;
	int ret;

	ret = kstrtoul_from_user(ubuf, cnt, 10, &v);
	if (ret)
		return ret;
	if (v > 1)
		return -EINVAL;
	*val = v;
	return 0;
}

static ssize_t system_enable_write(struct file *filp, const char __user *ubuf,
				   size_t cnt, loff_t *ppos)
{
	struct event_subsys *sys = tracefs_file_data(filp);
	bool val;
	int ret;

	ret = enable_from_user(ubuf, cnt, &val);
	if (!ret)
		ret = event_update_buffers(sys->ev->tr);
	if (ret < 0)
		return ret;
	ret = event_lock_file(&sys->dead);
	if (ret)
		return ret;
	ret = event_set_clr(sys->ev->tr, NULL, sys->name, NULL, val);
	mutex_unlock(&event_mutex);
	if (ret)
		return ret;
	*ppos += cnt;
	return cnt;
}

static const struct file_operations system_enable_fops = {
	.read		= system_enable_read,
	.write		= system_enable_write,
	.llseek		= default_llseek,
};

static int system_filter_show(struct seq_file *m, void *v)
{
	struct event_subsys *sys = m->private;
	int ret;

	ret = event_lock_file(&sys->dead);
	if (ret)
		return ret;
	print_subsystem_event_filter(sys->ev->tr, sys->name, m);
	mutex_unlock(&event_mutex);
	return 0;
}

static int system_filter_open(struct inode *inode, struct file *filp)
{
	return single_open(filp, system_filter_show, tracefs_file_data(filp));
}

static ssize_t system_filter_write(struct file *filp, const char __user *ubuf,
				   size_t cnt, loff_t *ppos)
{
	struct seq_file *m = filp->private_data;
	struct event_subsys *sys = m->private;
	char *buf;
	int ret;

	buf = filter_from_user(ubuf, cnt);
	if (IS_ERR(buf))
		return PTR_ERR(buf);
	ret = event_lock_file(&sys->dead);
	if (!ret) {
		ret = apply_subsystem_event_filter(sys->ev->tr, sys->name, buf);
		mutex_unlock(&event_mutex);
	}
	kfree(buf);
	if (ret < 0)
		return ret;
	*ppos += cnt;
	return cnt;
}

static const struct file_operations system_filter_fops = {
	.open		= system_filter_open,
	.read		= seq_read,
	.write		= system_filter_write,
	.llseek		= seq_lseek,
	.release	= single_release,
};

/* ---- events/{enable,header_page,header_event} ---- */

static ssize_t events_enable_read(struct file *filp, char __user *ubuf,
				  size_t cnt, loff_t *ppos)
{
	struct trace_array *tr = filp->private_data;
	char buf[2];

	scoped_guard(mutex, &event_mutex)
		buf[0] = events_enable_state(tr, NULL);
	buf[1] = '\n';
	return simple_read_from_buffer(ubuf, cnt, ppos, buf, 2);
}

static ssize_t events_enable_write(struct file *filp, const char __user *ubuf,
				   size_t cnt, loff_t *ppos)
{
	struct trace_array *tr = filp->private_data;
	bool val;
	int ret;

	ret = enable_from_user(ubuf, cnt, &val);
	if (!ret)
		ret = tracing_update_buffers(tr);
	if (ret < 0)
		return ret;
	scoped_guard(mutex, &event_mutex)
		ret = event_set_clr(tr, NULL, NULL, NULL, val);
	if (ret)
		return ret;
	*ppos += cnt;
	return cnt;
}

static const struct file_operations events_enable_fops = {
	.open		= tracing_open_generic_tr,
	.read		= events_enable_read,
	.write		= events_enable_write,
	.llseek		= default_llseek,
	.release	= tracing_release_generic_tr,
};

/* Read a text made by @fill (into a trace_seq) from its start. */
static ssize_t read_seq_text(char __user *ubuf, size_t cnt, loff_t *ppos,
			     struct trace_array *tr,
			     void (*fill)(struct trace_array *tr,
					  struct trace_seq *s))
{
	struct trace_seq *s;
	ssize_t ret;

	s = kmalloc(sizeof(*s), GFP_KERNEL);
	if (!s)
		return -ENOMEM;
	trace_seq_init(s);
	fill(tr, s);
	ret = simple_read_from_buffer(ubuf, cnt, ppos, s->buffer,
				      trace_seq_used(s));
	kfree(s);
	return ret;
}

static void fill_header_page(struct trace_array *tr, struct trace_seq *s)
{
	ring_buffer_print_page_header(tr->buffer, s);
}

static void fill_header_event(struct trace_array *tr, struct trace_seq *s)
{
	ring_buffer_print_entry_header(s);
}

static ssize_t header_page_read(struct file *filp, char __user *ubuf,
				size_t cnt, loff_t *ppos)
{
	return read_seq_text(ubuf, cnt, ppos, filp->private_data,
			     fill_header_page);
}

static ssize_t header_event_read(struct file *filp, char __user *ubuf,
				 size_t cnt, loff_t *ppos)
{
	return read_seq_text(ubuf, cnt, ppos, filp->private_data,
			     fill_header_event);
}

static const struct file_operations header_page_fops = {
	.open		= tracing_open_generic_tr,
	.read		= header_page_read,
	.llseek		= default_llseek,
	.release	= tracing_release_generic_tr,
};

static const struct file_operations header_event_fops = {
	.open		= tracing_open_generic_tr,
	.read		= header_event_read,
	.llseek		= default_llseek,
	.release	= tracing_release_generic_tr,
};

/* ---- directories ---- */

static bool event_has_trigger(struct trace_event_call *call)
{
	/* Upstream lets trace_marker writes (ftrace/print) have triggers. */
	return event_call_enableable(call) ||
	       !strcmp(trace_event_name(call), "print");
}

static bool event_has_id(struct trace_event_call *call)
{
	/*
	 * Only events perf can open have an id file; of our own records
	 * (events/ftrace/) that is those whose class has a reg().
	 */
	return call->event.type &&
	       (event_call_enableable(call) || call->class->reg);
}

/* The files of events/<system>/<event>/; @want NULL: always there. */
static const struct {
	const char			*name;
	umode_t				mode;
	const struct file_operations	*fops;
	bool				(*want)(struct trace_event_call *call);
} event_dir_files[] = {
	{ "enable",	TRACE_MODE_WRITE, &event_enable_fops,	event_call_enableable },
	{ "filter",	TRACE_MODE_WRITE, &event_filter_fops,	event_call_enableable },
	{ "trigger",	TRACE_MODE_WRITE, &event_trigger_fops,	event_has_trigger },
	{ "format",	TRACE_MODE_READ,  &event_format_fops,	NULL },
	{ "id",		TRACE_MODE_READ,  &event_id_fops,	event_has_id },
};

/* Our own records' system shows formats only: no enable or filter file. */
#define FORMATS_ONLY_SYSTEM	"ftrace"

static struct event_subsys *subsys_find(struct event_instance *ev,
					const char *name)
{
	struct event_subsys *sys;

	list_for_each_entry(sys, &ev->subsystems, link)
		if (!strcmp(sys->name, name))
			return sys;
	return NULL;
}

/* The events/<name>/ directory of @ev, made if needed. */
static struct event_subsys *subsys_get(struct event_instance *ev,
				       const char *name)
{
	struct event_subsys *sys = subsys_find(ev, name);
	struct dentry *d;

	if (sys) {
		sys->nr_events++;
		return sys;
	}
	sys = kzalloc(sizeof(*sys), GFP_KERNEL);
	if (!sys)
		return ERR_PTR(-ENOMEM);
	sys->name = kstrdup(name, GFP_KERNEL);
	sys->ev = ev;
	sys->nr_events = 1;
	if (!sys->name) {
		kfree(sys);
		return ERR_PTR(-ENOMEM);
	}
	sys->dir = tracefs_create_dir(name, ev->events_dir);
	if (IS_ERR(sys->dir))
		goto fail;
	if (strcmp(name, FORMATS_ONLY_SYSTEM)) {
		d = tracefs_create_file("filter", TRACE_MODE_WRITE, sys->dir,
					sys, &system_filter_fops);
		if (!IS_ERR(d))
			d = tracefs_create_file("enable", TRACE_MODE_WRITE,
						sys->dir, sys,
						&system_enable_fops);
		if (IS_ERR(d)) {
			tracefs_remove(sys->dir);
			sys->dir = d;
			goto fail;
		}
	}
	list_add_tail(&sys->link, &ev->subsystems);
	return sys;
fail:
	d = sys->dir;
	kfree(sys->name);
	kfree(sys);
	return ERR_CAST(d);
}

/*
 * Drop one event of @sys; the last one takes the directory along.
 * @remove: also remove it from tracefs (not when the whole instance is
 * already gone from it).
 */
static void subsys_put(struct event_subsys *sys, bool remove)
{
	if (--sys->nr_events)
		return;
	WRITE_ONCE(sys->dead, true);
	list_del(&sys->link);
	if (remove)
		tracefs_remove(sys->dir);	/* see "Removal" */
	kfree(sys->name);
	kfree(sys);
}

/*
 * Give @ev a trace_event_file and a directory for @call. Context:
 * process, event_mutex held. Return: 0, or -ENOMEM (a directory that
 * cannot be made is reported and skipped).
 */
static int event_file_add(struct event_instance *ev,
			  struct trace_event_call *call)
{
	const char *name = trace_event_name(call);
	struct trace_event_file *file;
	struct event_subsys *sys;
	struct dentry *d;
	int i;

	lockdep_assert_held(&event_mutex);
	file = kzalloc(sizeof(*file), GFP_KERNEL);
	if (!file)
		return -ENOMEM;
	file->event_call = call;
	file->tr = ev->tr;
	INIT_LIST_HEAD(&file->triggers);

	sys = subsys_get(ev, trace_event_system(call));
	if (IS_ERR(sys)) {
		kfree(file);
		if (PTR_ERR(sys) == -ENOMEM)
			return -ENOMEM;
		pr_warn("tracing: no directory for event system %s\n",
			trace_event_system(call));
		return 0;
	}
	file->system = sys;
	file->dir = tracefs_create_dir(name, sys->dir);
	if (IS_ERR(file->dir))
		goto fail;
	for (i = 0; i < ARRAY_SIZE(event_dir_files); i++) {
		if (event_dir_files[i].want && !event_dir_files[i].want(call))
			continue;
		d = tracefs_create_file(event_dir_files[i].name,
					event_dir_files[i].mode, file->dir,
					file, event_dir_files[i].fops);
		if (IS_ERR(d)) {
			file->flags |= EVENT_FILE_FL_FREED;
			tracefs_remove(file->dir);	/* see "Removal" */
			goto fail;
		}
	}
	event_pid_init_file(file);
	list_add_tail(&file->list, &ev->files);
	return 0;
fail:
	pr_warn("tracing: could not create events/%s/%s\n",
		trace_event_system(call), name);
	subsys_put(sys, true);
	kfree(file);
	return 0;
}

/*
 * Take @file out of its instance: disable it, remove its directory
 * (@remove) and queue it for freeing. Context: event_mutex held.
 */
static void event_file_kill(struct trace_event_file *file, bool remove)
{
	lockdep_assert_held(&event_mutex);
	if (file->flags & EVENT_FILE_FL_ENABLED)
		trace_event_enable_disable(file, 0, 0);
	/* Soft users (triggers) cannot outlive the event either. */
	while ((file->flags & EVENT_FILE_FL_ENABLED) &&
	       atomic_read(&file->sm_ref))
		trace_event_enable_disable(file, 0, 1);
	file->flags |= EVENT_FILE_FL_FREED;
	list_del(&file->list);
	if (remove)
		tracefs_remove(file->dir);	/* see "Removal" */
	subsys_put(file->system, remove);
	list_add_tail(&file->list, &event_files_dead);
	schedule_work(&event_files_free_work);
}

/* Free removed files once no probe can hold one. Context: process. */
static void event_files_free_fn(struct work_struct *work)
{
	struct trace_event_file *file, *tmp;
	LIST_HEAD(dead);

	scoped_guard(mutex, &event_mutex)
		list_splice_init(&event_files_dead, &dead);
	if (list_empty(&dead))
		return;
	tracepoint_synchronize_unregister();
	list_for_each_entry_safe(file, tmp, &dead, list) {
		free_event_filter(rcu_dereference_protected(file->filter, 1));
		kfree(file);
	}
}

/**
 * trace_event_files_add_call - give a new event a directory everywhere
 * @call: the event, already on ftrace_events
 *
 * Context: process, may sleep, event_mutex held.
 * Return: 0, or -ENOMEM (nothing of @call is left behind then).
 */
int trace_event_files_add_call(struct trace_event_call *call)
{
	struct event_instance *ev;
	int ret;

	lockdep_assert_held(&event_mutex);
	list_for_each_entry(ev, &event_instances, link) {
		ret = event_file_add(ev, call);
		if (ret) {
			trace_event_files_remove_call(call);
			return ret;
		}
	}
	return 0;
}

/**
 * trace_event_files_remove_call - remove an event from every instance
 * @call: the event; it is disabled everywhere first
 *
 * When this returns its directories are gone and no file operation uses
 * @call any more; the trace_event_files are freed after a grace period.
 * Context: process, may sleep, event_mutex held.
 */
void trace_event_files_remove_call(struct trace_event_call *call)
{
	struct trace_event_file *file, *tmp;
	struct event_instance *ev;

	lockdep_assert_held(&event_mutex);
	list_for_each_entry(ev, &event_instances, link) {
		list_for_each_entry_safe(file, tmp, &ev->files, list)
			if (file->event_call == call)
				event_file_kill(file, true);
	}
}

/* ---- instances ---- */

static int events_dir_create(struct event_instance *ev)
{
	struct trace_array *tr = ev->tr;
	struct dentry *d;

	ev->events_dir = tracefs_create_dir("events", tr->dir);
	if (IS_ERR(ev->events_dir))
		return PTR_ERR(ev->events_dir);
	d = tracefs_create_file("enable", TRACE_MODE_WRITE, ev->events_dir,
				tr, &events_enable_fops);
	if (!IS_ERR(d))
		d = tracefs_create_file("header_page", TRACE_MODE_READ,
					ev->events_dir, tr, &header_page_fops);
	if (!IS_ERR(d))
		d = tracefs_create_file("header_event", TRACE_MODE_READ,
					ev->events_dir, tr, &header_event_fops);
	return PTR_ERR_OR_ZERO(d);
}

/**
 * event_instance_create - the events of a new instance
 * @tr: the instance (global_trace for the top level)
 *
 * Makes events/ with a directory per registered event, and the set_event,
 * set_event_pid and set_event_notrace_pid files.
 * Context: process, may sleep, trace_types_lock held.
 * Return: 0, or -ENOMEM or a tracefs error (the caller then destroys
 * the instance, which calls event_instance_destroy()).
 */
int event_instance_create(struct trace_array *tr)
{
	struct trace_event_call *call;
	struct event_instance *ev;
	int ret;

	ev = kzalloc(sizeof(*ev), GFP_KERNEL);
	if (!ev)
		return -ENOMEM;
	ev->tr = tr;
	INIT_LIST_HEAD(&ev->files);
	INIT_LIST_HEAD(&ev->subsystems);
	INIT_LIST_HEAD(&ev->link);
	tr->ev = ev;
	ret = event_pid_instance_init(ev);
	if (!ret)
		ret = events_dir_create(ev);
	if (!ret)
		ret = event_set_files_create(tr);
	if (!ret)
		ret = event_pid_files_create(tr);
	if (ret)
		return ret;

	guard(mutex)(&event_mutex);
	list_for_each_entry(call, &ftrace_events, list) {
		ret = event_file_add(ev, call);
		if (ret)
			return ret;
		cond_resched();
	}
	list_add_tail(&ev->link, &event_instances);
	return 0;
}

/**
 * event_instance_destroy - drop the events of an instance
 * @tr: the instance, whose tracefs directory is already removed
 *
 * Disables its events and frees what event_instance_create() made,
 * also after a partial create. Context: process, may sleep,
 * trace_types_lock held.
 */
void event_instance_destroy(struct trace_array *tr)
{
	struct event_instance *ev = tr->ev;
	struct trace_event_file *file, *tmp;

	if (!ev)
		return;
	scoped_guard(mutex, &event_mutex) {
		list_del_init(&ev->link);
		event_pid_instance_clear(ev);
		list_for_each_entry_safe(file, tmp, &ev->files, list)
			event_file_kill(file, false);
	}
	/*
	 * Probes of the events just disabled may still be running and look
	 * at tr->ev (trace_event_ignore_this_pid(), the syscall tables).
	 * The files themselves are freed by the work, after its own wait.
	 */
	WRITE_ONCE(tr->ev, NULL);
	tracepoint_synchronize_unregister();
	syscall_files_free(ev);
	event_pid_instance_free(ev);
	kfree(ev);
}

/**
 * event_init_tracefs_top - event files that exist only at the top level
 *
 * available_events. Context: boot (fs_initcall), trace_types_lock not
 * held. Return: 0 or a tracefs error.
 */
int event_init_tracefs_top(void)
{
	return event_available_create(NULL);
}
