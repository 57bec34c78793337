/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Events in tracefs: what the files under events/ and the set_event*
 * files share. Private to trace_events_files.c, trace_event_set.c,
 * trace_event_pid.c and trace_syscalls.c; the rest of kernel/trace uses
 * trace_event_internal.h.
 *
 * Per instance (tr->ev):
 *
 *	struct event_instance
 *	   |- files	 every trace_event_file of the instance, in the
 *	   |		 order the core handed the events over
 *	   |- subsystems events/<system>/ directories (struct event_subsys)
 *	   |- pids, no_pids  set_event_pid / set_event_notrace_pid
 *	   '- syscalls	 per-syscall-number files of enabled syscall events
 *
 * Locking: everything here is under event_mutex, except what the probes
 * read (the pid lists and the per-CPU ignore flag, see trace_event_pid.c;
 * the syscall tables, see trace_syscalls.c), which is RCU-published.
 */
#ifndef _KERNEL_TRACE_EVENTS_FILES_H
#define _KERNEL_TRACE_EVENTS_FILES_H

#include <linux/list.h>
#include <linux/percpu.h>
#include "trace_array.h"
#include "trace_event_internal.h"

struct trace_pid_list;
struct syscall_files;

/*
 * struct event_subsys - events/<system>/ of one instance.
 * @dead is set (under event_mutex) when its last event goes away, right
 * before the directory is removed; operations on its files then fail.
 */
struct event_subsys {
	struct list_head	link;		/* event_instance::subsystems */
	const char		*name;
	struct dentry		*dir;
	struct event_instance	*ev;
	int			nr_events;
	bool			dead;
};

struct event_instance {
	struct trace_array	*tr;
	struct list_head	link;		/* every instance, event_mutex */
	struct list_head	files;		/* trace_event_file::list */
	struct list_head	subsystems;	/* struct event_subsys */
	struct dentry		*events_dir;

	/* set_event_pid and set_event_notrace_pid (trace_event_pid.c) */
	struct trace_pid_list __rcu *pids;
	struct trace_pid_list __rcu *no_pids;
	bool __percpu		*ignore_pid;	/* current is filtered out */
	bool			pid_probes;	/* sched probes registered */

	/* Enabled syscall events, by number (trace_syscalls.c). */
	struct syscall_files	*syscalls;
};

static inline struct event_instance *tr_ev(struct trace_array *tr)
{
	return tr->ev;
}

/*
 * event_lock_file - take event_mutex for an operation on a file that may
 * be removed while the lock is held elsewhere (the files of
 * events/<system>/<event>/ and of events/<system>/). Fails with -ENODEV
 * once @gone reads true.
 * See "Removal" in trace_events_files.c for why this does not simply
 * mutex_lock(). Context: a tracefs file operation, may sleep.
 */
int event_lock_file(const bool *gone);
int event_lock_event_file(struct trace_event_file *file);

/*
 * Enable or disable every enable-able event of @tr whose system and name
 * match (NULL matches anything; @match is a system or an event name).
 * Context: event_mutex held. Return: 0, or -EINVAL when nothing matched,
 * or the first error of an enable.
 */
int event_set_clr(struct trace_array *tr, const char *match,
		  const char *system, const char *event, bool set);

/* Can users turn this event on and off (does it have an enable file)? */
static inline bool event_call_enableable(struct trace_event_call *call)
{
	return !(call->flags & TRACE_EVENT_FL_IGNORE_ENABLE);
}

/* trace_event_set.c: set_event and available_events. */
int event_set_files_create(struct trace_array *tr);
int event_available_create(struct dentry *top);
/* Disable every event of @tr (set_event opened with O_TRUNC). */
void event_clear_all(struct trace_array *tr);

/* trace_event_pid.c */
int event_pid_files_create(struct trace_array *tr);
int event_pid_instance_init(struct event_instance *ev);
/* Drop both pid lists and the probes. Context: event_mutex held. */
void event_pid_instance_clear(struct event_instance *ev);
void event_pid_instance_free(struct event_instance *ev);
/* A new file of an instance with pid filtering gets the flag too. */
void event_pid_init_file(struct trace_event_file *file);

/* trace_syscalls.c: free the instance's syscall tables (all disabled). */
void syscall_files_free(struct event_instance *ev);

#endif /* _KERNEL_TRACE_EVENTS_FILES_H */
