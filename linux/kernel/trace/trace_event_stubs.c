// SPDX-License-Identifier: GPL-2.0
/*
 * The event runtime as perf (kernel/events/core.c) sees it.
 *
 * State of this tree: there are no trace events yet, so perf finds none:
 * perf_trace_init() fails with -ENOENT, and the other entry points are
 * never reached with a live event. Replaced by the TRACE_EVENT issue.
 */
#include <linux/trace_events.h>
#include <linux/perf_event.h>
#include <linux/export.h>
#include "trace_array.h"
#include "trace_event_internal.h"

int filter_match_preds(struct event_filter *filter, void *rec)
{
	return 1;
}

int trace_event_get_offsets(struct trace_event_call *call)
{
	return sizeof(struct trace_entry);
}

#ifdef CONFIG_PERF_EVENTS
int perf_trace_init(struct perf_event *event)
{
	return -ENOENT;
}

void perf_trace_destroy(struct perf_event *event)
{
}

int perf_trace_add(struct perf_event *event, int flags)
{
	return -ENOENT;
}

void perf_trace_del(struct perf_event *event, int flags)
{
}

#ifdef CONFIG_KPROBE_EVENTS
int perf_kprobe_init(struct perf_event *event, bool is_retprobe)
{
	return -EOPNOTSUPP;
}

void perf_kprobe_destroy(struct perf_event *event)
{
}
#endif

#ifdef CONFIG_UPROBE_EVENTS
int perf_uprobe_init(struct perf_event *event, unsigned long ref_ctr_offset,
		     bool is_retprobe)
{
	return -EOPNOTSUPP;
}

void perf_uprobe_destroy(struct perf_event *event)
{
}
#endif

int ftrace_profile_set_filter(struct perf_event *event, int event_id,
			      char *filter_str)
{
	return -ENOENT;
}

void ftrace_profile_free_filter(struct perf_event *event)
{
}

/* Stamp a record built for perf with its event type and context. */
void perf_trace_buf_update(void *record, u16 type)
{
	struct trace_entry *entry = record;

	entry->type = type;
	entry->flags = 0;
	entry->preempt_count = preempt_count() & 0xff;
	entry->pid = current->pid;
}
EXPORT_SYMBOL_GPL(perf_trace_buf_update);
#endif /* CONFIG_PERF_EVENTS */

/* Events in tracefs: not built yet (stubs for the instance hooks). */
int event_instance_create(struct trace_array *tr)
{
	return 0;
}

void event_instance_destroy(struct trace_array *tr)
{
}

int event_init_tracefs_top(void)
{
	return 0;
}

/* The runtime other parts call (function commands): no events yet. */
DEFINE_MUTEX(event_mutex);

struct trace_event_file *trace_lookup_event_file(struct trace_array *tr,
						 const char *system,
						 const char *event)
{
	return NULL;
}

int trace_event_enable_disable(struct trace_event_file *file, int enable,
			       int soft)
{
	return -ENODEV;
}
