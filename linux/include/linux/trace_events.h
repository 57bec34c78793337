/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Trace events: the types that describe an event (struct trace_event_call),
 * the record header every event starts with (struct trace_entry), and the
 * hooks perf uses to attach to events.
 *
 * State of this tree: only the fields kept code and the syscall metadata
 * use exist; the event runtime and the perf hooks are stubs until the
 * TRACE_EVENT issue lands. perf sees no
 * trace events (perf_trace_init() returns -ENOENT).
 */
#ifndef _LINUX_TRACE_EVENTS_H
#define _LINUX_TRACE_EVENTS_H

/* Kept code relies on this include set (SEAMS 1c). */
#include <linux/hardirq.h>
#include <linux/mm.h>
#include <linux/percpu.h>
#include <linux/perf_event.h>
#include <linux/poll.h>
#include <linux/seq_buf.h>
#include <linux/seq_file.h>
#include <linux/tracepoint.h>

struct trace_array;
struct trace_iterator;
struct trace_event_call;
struct event_filter;
struct bpf_prog;
struct perf_event;

/*
 * struct trace_entry - the common header of every event record.
 * Its layout is ABI: "common_*" fields in every events/.../format file.
 */
struct trace_entry {
	unsigned short		type;
	unsigned char		flags;
	unsigned char		preempt_count;
	int			pid;
};

enum print_line_t {
	TRACE_TYPE_PARTIAL_LINE	= 0,
	TRACE_TYPE_HANDLED	= 1,
	TRACE_TYPE_UNHANDLED	= 2,
	TRACE_TYPE_NO_CONSUME	= 3,
};

struct trace_event;

/* Context: reader side, process context (may be called under a mutex). */
typedef enum print_line_t (*trace_print_func)(struct trace_iterator *iter,
					      int flags,
					      struct trace_event *event);

struct trace_event_functions {
	trace_print_func	trace;
	trace_print_func	raw;
	trace_print_func	hex;
	trace_print_func	binary;
};

/* struct trace_event - how to print records of one type id. */
struct trace_event {
	struct hlist_node		node;
	int				type;
	struct trace_event_functions	*funcs;
};

/*
 * What events of one class share. Only the subsystem name exists yet;
 * the layout, probe and registration hooks come with the event runtime.
 */
struct trace_event_class {
	const char		*system;
};

/* TRACE_EVENT_FL_* - bits of trace_event_call::flags. */
enum {
	TRACE_EVENT_FL_CAP_ANY		= BIT(0),	/* perf: no CAP_SYS_ADMIN needed */
	TRACE_EVENT_FL_NO_SET_FILTER	= BIT(1),
	TRACE_EVENT_FL_IGNORE_ENABLE	= BIT(2),
	TRACE_EVENT_FL_TRACEPOINT	= BIT(3),	/* backed by a static tracepoint */
	TRACE_EVENT_FL_DYNAMIC		= BIT(4),
	TRACE_EVENT_FL_KPROBE		= BIT(5),
	TRACE_EVENT_FL_UPROBE		= BIT(6),
	TRACE_EVENT_FL_EPROBE		= BIT(7),
	TRACE_EVENT_FL_FPROBE		= BIT(8),
	TRACE_EVENT_FL_CUSTOM		= BIT(9),
};

/*
 * struct trace_event_call - one event. The anonymous union must follow
 * @class: SYSCALL_METADATA in linux/syscalls.h initialises it by position.
 */
struct trace_event_call {
	struct list_head		list;
	struct trace_event_class	*class;
	union {
		const char		*name;
		struct tracepoint	*tp;	/* if TRACE_EVENT_FL_TRACEPOINT */
	};
	struct trace_event		event;
	char				*print_fmt;
	struct event_filter		*filter;
	void				*module;
	atomic_t			refcnt;
	void				*data;
	int				flags;
};

#define MAX_FILTER_STR_VAL	256U	/* longest string a filter compares */

/* Context: any; a probe's filter decision on a record it built. */
int filter_match_preds(struct event_filter *filter, void *rec);

/* Byte offset of the first non-common field of @call's records. */
int trace_event_get_offsets(struct trace_event_call *call);

/* --- BPF: not configured (BPF_EVENTS=n), so inline no-ops --- */

static inline bool bpf_prog_array_valid(struct trace_event_call *call)
{
	return false;
}

static inline unsigned int trace_call_bpf(struct trace_event_call *call, void *ctx)
{
	return 1;
}

static inline int perf_event_attach_bpf_prog(struct perf_event *event,
					     struct bpf_prog *prog, u64 bpf_cookie)
{
	return -EOPNOTSUPP;
}

static inline void perf_event_detach_bpf_prog(struct perf_event *event) { }

static inline int perf_event_query_prog_array(struct perf_event *event,
					      void __user *info)
{
	return -EOPNOTSUPP;
}

/* --- perf: PERF_TYPE_TRACEPOINT and the kprobe/uprobe PMUs --- */

#ifdef CONFIG_PERF_EVENTS
/* Context: perf_event_open(), process context, may sleep. */
int perf_trace_init(struct perf_event *event);
void perf_trace_destroy(struct perf_event *event);
/* Context: perf scheduling, IRQs disabled. */
int perf_trace_add(struct perf_event *event, int flags);
void perf_trace_del(struct perf_event *event, int flags);
#ifdef CONFIG_KPROBE_EVENTS
int perf_kprobe_init(struct perf_event *event, bool is_retprobe);
void perf_kprobe_destroy(struct perf_event *event);
#endif
#ifdef CONFIG_UPROBE_EVENTS
int perf_uprobe_init(struct perf_event *event, unsigned long ref_ctr_offset,
		     bool is_retprobe);
void perf_uprobe_destroy(struct perf_event *event);
#endif
int ftrace_profile_set_filter(struct perf_event *event, int event_id,
			      char *filter_str);
void ftrace_profile_free_filter(struct perf_event *event);
void perf_trace_buf_update(void *record, u16 type);
/* Defined in kernel/events/core.c. */
int perf_event_set_bpf_prog(struct perf_event *event, struct bpf_prog *prog,
			    u64 bpf_cookie);
void perf_event_free_bpf_prog(struct perf_event *event);
void perf_trace_run_bpf_submit(void *raw_data, int size, int rctx,
			       struct trace_event_call *call, u64 count,
			       struct pt_regs *regs, struct hlist_head *head,
			       struct task_struct *task);
#endif

#endif /* _LINUX_TRACE_EVENTS_H */
