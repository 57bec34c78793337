// SPDX-License-Identifier: GPL-2.0
/*
 * Turning events on and off by name: set_event and available_events.
 *
 *	available_events	(top level) every event that can be enabled,
 *				"system:event", one per line
 *	set_event		the enabled events of the instance, same form;
 *				writing names enables them, "!name" disables,
 *				opening with O_TRUNC ('>') disables them all
 *
 * A name written to set_event is one of:
 *	system:event	that event
 *	system:*	every event of the system ("system:" too)
 *	*:event		every event of that name in any system (":event")
 *	*:*		everything
 *	word		every event of system "word" and every event named
 *			"word"
 * Several names may be written at once, separated by white space. A name
 * that matches nothing is refused with -EINVAL; names before it in the
 * same write stay applied. Our own records (events/ftrace/) have no enable
 * and match nothing.
 *
 * Context of everything here: process, may sleep.
 */
#include <linux/ctype.h>
#include <linux/sched.h>
#include <linux/seq_file.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/uaccess.h>
#include "trace_events_files.h"

/* Longest name accepted in one set_event word (as upstream). */
#define SET_EVENT_NAME_MAX	127

/**
 * event_set_clr - enable or disable the matching events of an instance
 * @tr:		the instance
 * @match:	a system or an event name, or NULL
 * @system:	the events' system, or NULL for any
 * @event:	the event's name, or NULL for any
 * @set:	enable or disable
 *
 * Context: process, may sleep, event_mutex held.
 * Return: 0; -EINVAL if no enable-able event matched; else the first
 * error of trace_event_enable_disable() (the other events are still
 * changed).
 */
int event_set_clr(struct trace_array *tr, const char *match,
		  const char *system, const char *event, bool set)
{
	struct trace_event_file *file;
	bool found = false;
	int err = 0;
	int ret;

	lockdep_assert_held(&event_mutex);
	list_for_each_entry(file, &tr_ev(tr)->files, list) {
		struct trace_event_call *call = file->event_call;
		const char *name = trace_event_name(call);
		const char *sys = trace_event_system(call);

		if (!event_call_enableable(call))
			continue;
		if (match && strcmp(match, name) && strcmp(match, sys))
			continue;
		if (system && strcmp(system, sys))
			continue;
		if (event && strcmp(event, name))
			continue;
		found = true;
		ret = trace_event_enable_disable(file, set, 0);
		if (ret && !err)
			err = ret;
		cond_resched();
	}
	if (!found)
		return -EINVAL;
	return err;
}

/* Apply one set_event word (without its '!'). Context: event_mutex held. */
static int set_event_word(struct trace_array *tr, char *word, bool set)
{
	char *event = strchr(word, ':');
	char *system;

	if (!event)
		return event_set_clr(tr, word, NULL, NULL, set);
	*event++ = '\0';
	system = word;
	/* An empty part or "*" matches anything. */
	if (!*system || !strcmp(system, "*"))
		system = NULL;
	if (!*event || !strcmp(event, "*"))
		event = NULL;
	return event_set_clr(tr, NULL, system, event, set);
}

/*
 * Disable every event of @tr. Context: process, event_mutex not held.
 */
void event_clear_all(struct trace_array *tr)
{
	struct trace_event_file *file;

	guard(mutex)(&event_mutex);
	list_for_each_entry(file, &tr_ev(tr)->files, list) {
		if (!event_call_enableable(file->event_call))
			continue;
		trace_event_enable_disable(file, 0, 0);
		cond_resched();
	}
}

static ssize_t set_event_write(struct file *filp, const char __user *ubuf,
			       size_t cnt, loff_t *ppos)
{
	struct seq_file *m = filp->private_data;
	struct trace_array *tr = m->private;
	char *buf, *cur, *word;
	int ret = 0;

	if (!cnt)
		return 0;
	if (cnt >= PAGE_SIZE)
		return -EINVAL;
	buf = memdup_user_nul(ubuf, cnt);
	if (IS_ERR(buf))
		return PTR_ERR(buf);
	ret = tracing_update_buffers(tr);
	if (ret < 0)
		goto out;

	mutex_lock(&event_mutex);
	cur = buf;
	while ((word = strsep(&cur, " \t\n")) != NULL) {
		bool set = true;

		if (!*word)
			continue;
		if (strlen(word) > SET_EVENT_NAME_MAX) {
			ret = -EINVAL;
			break;
		}
		if (*word == '!') {
			set = false;
			word++;
		}
		ret = set_event_word(tr, word, set);
		if (ret)
			break;
	}
	mutex_unlock(&event_mutex);
out:
	kfree(buf);
	if (ret)
		return ret;
	*ppos += cnt;
	return cnt;
}

/* ---- listing: available_events (every event) and set_event (enabled) ---- */

/*
 * Both list the instance's files under event_mutex, held from ->start to
 * ->stop. @enabled selects set_event's filter.
 */
static bool set_event_listed(struct trace_event_file *file, bool enabled)
{
	if (!event_call_enableable(file->event_call))
		return false;
	return !enabled || (file->flags & EVENT_FILE_FL_ENABLED);
}

static void *event_list_next_of(struct seq_file *m,
				struct trace_event_file *file, bool enabled)
{
	struct trace_array *tr = m->private;

	list_for_each_entry_continue(file, &tr_ev(tr)->files, list)
		if (set_event_listed(file, enabled))
			return file;
	return NULL;
}

static void *event_list_start_of(struct seq_file *m, loff_t *pos,
				 bool enabled)
{
	struct trace_array *tr = m->private;
	struct trace_event_file *file;
	loff_t i = 0;

	mutex_lock(&event_mutex);
	file = list_entry(&tr_ev(tr)->files, struct trace_event_file, list);
	do {
		file = event_list_next_of(m, file, enabled);
	} while (file && i++ < *pos);
	return file;
}

static void *avail_start(struct seq_file *m, loff_t *pos)
{
	return event_list_start_of(m, pos, false);
}

static void *avail_next(struct seq_file *m, void *v, loff_t *pos)
{
	(*pos)++;
	return event_list_next_of(m, v, false);
}

static void *set_event_start(struct seq_file *m, loff_t *pos)
{
	return event_list_start_of(m, pos, true);
}

static void *set_event_next(struct seq_file *m, void *v, loff_t *pos)
{
	(*pos)++;
	return event_list_next_of(m, v, true);
}

static void event_list_stop(struct seq_file *m, void *v)
{
	mutex_unlock(&event_mutex);
}

static int event_list_show(struct seq_file *m, void *v)
{
	struct trace_event_call *call = ((struct trace_event_file *)v)->event_call;

	seq_printf(m, "%s:%s\n", trace_event_system(call),
		   trace_event_name(call));
	return 0;
}

static const struct seq_operations avail_seq_ops = {
	.start	= avail_start,
	.next	= avail_next,
	.stop	= event_list_stop,
	.show	= event_list_show,
};

static const struct seq_operations set_event_seq_ops = {
	.start	= set_event_start,
	.next	= set_event_next,
	.stop	= event_list_stop,
	.show	= event_list_show,
};

static int avail_open(struct inode *inode, struct file *filp)
{
	int ret = seq_open(filp, &avail_seq_ops);

	if (!ret)
		((struct seq_file *)filp->private_data)->private = &global_trace;
	return ret;
}

static const struct file_operations available_events_fops = {
	.open		= avail_open,
	.read		= seq_read,
	.llseek		= seq_lseek,
	.release	= seq_release,
};

static int set_event_open(struct inode *inode, struct file *filp)
{
	struct trace_array *tr = tracefs_file_data(filp);
	int ret;

	ret = trace_array_get(tr);
	if (ret)
		return ret;
	if ((filp->f_mode & FMODE_WRITE) && (filp->f_flags & O_TRUNC))
		event_clear_all(tr);
	ret = seq_open(filp, &set_event_seq_ops);
	if (ret) {
		trace_array_put(tr);
		return ret;
	}
	((struct seq_file *)filp->private_data)->private = tr;
	return 0;
}

static int set_event_release(struct inode *inode, struct file *filp)
{
	struct seq_file *m = filp->private_data;

	trace_array_put(m->private);
	return seq_release(inode, filp);
}

static const struct file_operations set_event_fops = {
	.open		= set_event_open,
	.read		= seq_read,
	.write		= set_event_write,
	.llseek		= seq_lseek,
	.release	= set_event_release,
};

/* set_event in @tr's directory. Return: 0 or a tracefs error. */
int event_set_files_create(struct trace_array *tr)
{
	return PTR_ERR_OR_ZERO(tracefs_create_file("set_event",
						   TRACE_MODE_WRITE, tr->dir,
						   tr, &set_event_fops));
}

/* available_events in @top (the tracefs root). Return: 0 or an error. */
int event_available_create(struct dentry *top)
{
	return PTR_ERR_OR_ZERO(tracefs_create_file("available_events",
						   TRACE_MODE_READ, top, NULL,
						   &available_events_fops));
}
