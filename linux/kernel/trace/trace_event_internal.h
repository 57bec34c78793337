/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The trace-event runtime as the rest of kernel/trace sees it.
 *
 * Split:
 *	kernel/tracepoint.c		tracepoints: probe arrays, static keys
 *	include/trace/passes/ (*.h)	TRACE_EVENT expansion passes
 *	trace_events_core.c		event list (boot, modules, run time),
 *					fields, eval maps, enable/disable
 *	trace_events_record.c		record reserve/commit, filtering on
 *					a scratch copy
 *	trace_events_output.c		TP_printk helpers (trace_print_*_seq)
 *	trace_events_files.c		events/ in tracefs, set_event,
 *					available_events, set_event_pid
 *	trace_events_filter.c		the filter language
 *	trace_syscalls.c		syscalls/ events
 *	trace_event_perf.c		PERF_TYPE_TRACEPOINT
 *	trace_ftrace_events.c		events/ftrace/: formats of our own
 *					records (trace_entries.h)
 *
 * Lock order (outermost first):
 *	trace_types_lock
 *	  event_mutex		the event list, every trace_event_file,
 *				filters, the pid lists
 *	    tracepoints_mutex	(kernel/tracepoint.c)
 */
#ifndef _KERNEL_TRACE_EVENT_INTERNAL_H
#define _KERNEL_TRACE_EVENT_INTERNAL_H

#include <linux/trace_events.h>
#include <linux/mutex.h>

struct trace_array;
struct seq_file;

extern struct mutex event_mutex;
/*
 * Every trace_event_call, in registration order (event_mutex). The events
 * of vmlinux are listed at core_initcall (raw_init runs then, under
 * event_mutex), then events/ftrace (trace_ftrace_events_init()); module
 * events when the module comes. Their fields are built and their print
 * fmts have TRACE_DEFINE_ENUM/SIZEOF symbols replaced by values before
 * they are listed and before their files exist.
 */
extern struct list_head ftrace_events;

/*
 * struct trace_event_field - one field of an event, at run time.
 * class->fields (or get_fields()) lists them, newest first as upstream
 * does, so format files walk the list backwards; the common_* fields are
 * on a separate list (trace_common_fields()).
 */
struct trace_event_field {
	struct list_head	link;
	const char		*name;
	const char		*type;
	int			filter_type;	/* enum trace_field_kind */
	int			offset;
	int			size;
	int			is_signed;
	int			len;
};

struct list_head *trace_get_fields(struct trace_event_call *call);
struct list_head *trace_common_fields(void);
/* A field by name, the event's own first, then common_* (NULL if none). */
struct trace_event_field *trace_find_event_field(struct trace_event_call *call,
						 const char *name);

/* The subsystem name of @call ("ftrace" for our own records). */
static inline const char *trace_event_system(struct trace_event_call *call)
{
	return call->class->system;
}

/*
 * trace_event_enable_disable - turn @file's event on or off in its
 * instance. @soft: for triggers (sm_ref counting; SOFT_DISABLED while
 * no one enabled it for real). Context: process, event_mutex held.
 * Return: 0 or -errno from the class's reg().
 */
int trace_event_enable_disable(struct trace_event_file *file, int enable,
			       int soft);

/* The instance's file for @call, or NULL (event_mutex held). */
struct trace_event_file *trace_find_event_file(struct trace_array *tr,
					       struct trace_event_call *call);
/* The instance's file for events/@system/@event, or NULL (event_mutex held). */
struct trace_event_file *trace_lookup_event_file(struct trace_array *tr,
						 const char *system,
						 const char *event);
/* Walk the instance's event files (event_mutex held). */
#define for_each_instance_event_file(tr, file) \
	list_for_each_entry(file, trace_instance_events(tr), list)
struct list_head *trace_instance_events(struct trace_array *tr);

/* Perf users of @call (trace_event_perf.c keeps the count). */
static inline int trace_event_perf_users(struct trace_event_call *call)
{
#ifdef CONFIG_PERF_EVENTS
	return call->perf_refcount;
#else
	return 0;
#endif
}

/* Allocate the filter scratch (trace_events_record.c); event_mutex held. */
int trace_event_scratch_init(void);
/* Save the comms/tgids of event writers (trace_events_record.c); event_mutex held. */
int trace_event_comm_get(bool cmd, bool tgid);
void trace_event_comm_put(bool cmd, bool tgid);

/*
 * Event-set changes from the core to the tracefs side, so that event
 * directories come and go with modules and dynamic events. Context:
 * process, event_mutex held.
 */
int trace_event_files_add_call(struct trace_event_call *call);
void trace_event_files_remove_call(struct trace_event_call *call);

/* --- filters (trace_events_filter.c) --- */

/*
 * Parse @filter_string and install it on @file (or clear it for "0").
 * On error the old filter stays, the error and a caret are kept for
 * reading the filter file back, and error_log gets a line.
 * Context: process, event_mutex held. Return: 0, -EINVAL, -ENOMEM.
 */
int apply_event_filter(struct trace_event_file *file, char *filter_string);
int apply_subsystem_event_filter(struct trace_array *tr, const char *system,
				 char *filter_string);
/* What reading the filter file shows ("none" when unset). */
void print_event_filter(struct trace_event_file *file, struct seq_file *m);
void print_subsystem_event_filter(struct trace_array *tr, const char *system,
				  struct seq_file *m);
void free_event_filter(struct event_filter *filter);
/* Context: any; @rec is a whole record. True if it should be kept. */
bool trace_event_filter_match(struct event_filter *filter, void *rec);

/* --- set_event_pid (trace_events_files.c owns the lists) --- */

/* Does the instance's event pid filter exclude current? Context: any. */
bool trace_event_ignore_this_pid(struct trace_array *tr);

/* --- our own records as events (trace_ftrace_events.c) --- */

/* Register the events under events/ftrace/ for the records of trace_entries.h. */
int trace_ftrace_events_init(void);

#endif /* _KERNEL_TRACE_EVENT_INTERNAL_H */
