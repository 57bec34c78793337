// SPDX-License-Identifier: GPL-2.0
/*
 * perf on trace events: PERF_TYPE_TRACEPOINT, with attr.config the
 * event's id (events/<sys>/<event>/id). kernel/events/core.c owns the
 * perf side (the "tracepoint" PMU, sampling, perf_tp_event()); this file
 * connects it to the events.
 *
 * THEORY OF OPERATION
 *
 *   trace_event_call                 per CPU (alloc_percpu)
 *   +---------------+               +------------+
 *   | perf_refcount |  perf_events  | hlist_head | --> perf_event --> ...
 *   | perf_events --+-------------> +------------+     (RCU hlist, the
 *   | perf_perm     |                                   events added on
 *   +---------------+                                   this CPU)
 *
 *  - perf_trace_init() (perf_event_open(), event_mutex): find the event
 *    by id, check permissions, pin it (module or dynamic event), then
 *    for the first perf user of the event allocate its per-CPU list
 *    heads and have the class register its perf probe
 *    (TRACE_REG_PERF_REGISTER); for the first perf user of any event,
 *    allocate the record buffers below.
 *  - perf_trace_add()/perf_trace_del(): perf scheduling an event in or
 *    out on this CPU, IRQs off. They add it to or remove it from this
 *    CPU's list (hlist_add_head_rcu()/hlist_del_rcu()).
 *  - The perf probe (the TRACE_EVENT expansion, preemption disabled)
 *    returns at once if this CPU's list is empty; otherwise it fills a
 *    record in perf_trace_buf_alloc()'s buffer and passes it to
 *    perf_trace_run_bpf_submit(), whose perf_tp_event() stamps the
 *    header (perf_trace_buf_update()), runs each listener's filter
 *    (filter_match_preds()) and emits the samples.
 *  - perf_trace_destroy() (event_mutex): the last user of the event has
 *    the class unregister the probe, then waits in
 *    tracepoint_synchronize_unregister() until no probe can still be
 *    walking the lists or writing a buffer, and frees them.
 *
 * Record buffers: one PERF_MAX_TRACE_SIZE buffer per CPU for each of
 * perf's recursion contexts (task, softirq, hardirq, NMI). The context
 * number from perf_swevent_get_recursion_context() picks the buffer, so
 * an interrupt that traces while a record is being built gets another
 * one; a second record in the same context on the same CPU (recursion)
 * gets none and is dropped. perf_tp_event() gives the context back.
 *
 * The filter of a perf event (PERF_EVENT_IOC_SET_FILTER) is the filter
 * language of the filter files (trace_events_filter.c), compiled once
 * and never replaced: perf refuses a second one (-EEXIST).
 */
#include <linux/kprobes.h>
#include <linux/module.h>
#include <linux/perf_event.h>
#include <linux/slab.h>
#include <linux/string.h>
#include <linux/tracepoint.h>
#include "trace_array.h"
#include "trace_event_internal.h"
#include "trace_events_filter.h"

/* One record being built, aligned for any field. */
struct perf_trace_buf {
	unsigned long	data[PERF_MAX_TRACE_SIZE / sizeof(unsigned long)];
};

/* Under event_mutex; the probes only read the buffers. */
static struct perf_trace_buf __percpu *perf_trace_bufs[PERF_NR_CONTEXTS];
static unsigned int perf_trace_users;	/* events with a perf user */

/* The class's reg(), or the default one of TRACE_EVENT classes. */
static int perf_reg(struct trace_event_call *call, enum trace_reg type,
		    void *data)
{
	if (call->class->reg)
		return call->class->reg(call, type, data);
	return trace_event_reg(call, type, data);
}

/* Can perf attach to @call at all? */
static bool perf_call_usable(struct trace_event_call *call)
{
	return call->class && (call->class->reg ||
			       (call->flags & TRACE_EVENT_FL_TRACEPOINT));
}

/* Keep @call (its module, or a dynamic event) while perf uses it. */
static bool perf_call_get(struct trace_event_call *call)
{
	if (call->flags & TRACE_EVENT_FL_DYNAMIC) {
		atomic_inc(&call->refcnt);
		return true;
	}
	return !call->module || try_module_get(call->module);
}

static void perf_call_put(struct trace_event_call *call)
{
	if (call->flags & TRACE_EVENT_FL_DYNAMIC)
		atomic_dec(&call->refcnt);
	else if (call->module)
		module_put(call->module);
}

/*
 * Who may open @call: counting is open to all; raw records (sample
 * type RAW) may leak kernel data, so they need perf_allow_tracepoint(),
 * except for events marked TRACE_EVENT_FL_CAP_ANY on a task.
 */
static int perf_call_perm(struct trace_event_call *call,
			  struct perf_event *p_event)
{
	int ret;

	if (call->perf_perm) {
		ret = call->perf_perm(call, p_event);
		if (ret)
			return ret;
	}
	/* The parent was checked when it was opened. */
	if (p_event->parent)
		return 0;
	if (!(p_event->attr.sample_type & PERF_SAMPLE_RAW))
		return 0;
	if ((p_event->attach_state & PERF_ATTACH_TASK) &&
	    (call->flags & TRACE_EVENT_FL_CAP_ANY))
		return 0;
	return perf_allow_tracepoint();
}

static void perf_bufs_free(void)
{
	int i;

	for (i = 0; i < PERF_NR_CONTEXTS; i++) {
		free_percpu(perf_trace_bufs[i]);
		perf_trace_bufs[i] = NULL;
	}
}

static int perf_bufs_alloc(void)
{
	int i;

	for (i = 0; i < PERF_NR_CONTEXTS; i++) {
		perf_trace_bufs[i] = alloc_percpu(struct perf_trace_buf);
		if (!perf_trace_bufs[i]) {
			perf_bufs_free();
			return -ENOMEM;
		}
	}
	return 0;
}

/* First perf user of @call: list heads, buffers, the probe. */
static int perf_call_register(struct trace_event_call *call)
{
	struct hlist_head __percpu *heads;
	int cpu, ret;

	heads = alloc_percpu(struct hlist_head);
	if (!heads)
		return -ENOMEM;
	for_each_possible_cpu(cpu)
		INIT_HLIST_HEAD(per_cpu_ptr(heads, cpu));

	if (!perf_trace_users) {
		ret = perf_bufs_alloc();
		if (ret)
			goto free_heads;
	}
	call->perf_events = heads;
	ret = perf_reg(call, TRACE_REG_PERF_REGISTER, NULL);
	if (ret) {
		call->perf_events = NULL;
		if (!perf_trace_users)
			perf_bufs_free();
		goto free_heads;
	}
	perf_trace_users++;
	return 0;

free_heads:
	free_percpu(heads);
	return ret;
}

/* Last perf user of @call gone: undo perf_call_register(). */
static void perf_call_unregister(struct trace_event_call *call)
{
	perf_reg(call, TRACE_REG_PERF_UNREGISTER, NULL);
	/* No probe may still walk the heads or fill a buffer. */
	tracepoint_synchronize_unregister();
	free_percpu(call->perf_events);
	call->perf_events = NULL;
	if (!--perf_trace_users)
		perf_bufs_free();
}

static int perf_call_open(struct trace_event_call *call,
			  struct perf_event *p_event)
{
	int ret;

	ret = perf_call_perm(call, p_event);
	if (ret)
		return ret;
	p_event->tp_event = call;
	if (call->perf_refcount++ == 0) {
		ret = perf_call_register(call);
		if (ret) {
			call->perf_refcount--;
			return ret;
		}
	}
	ret = perf_reg(call, TRACE_REG_PERF_OPEN, p_event);
	if (ret && !--call->perf_refcount)
		perf_call_unregister(call);
	return ret;
}

/**
 * perf_trace_init - attach a new perf event to the trace event it names
 * @p_event: the perf event; attr.config is the trace event's id
 *
 * Context: perf_event_open(), process context, may sleep; takes
 * event_mutex.
 * Return: 0; -EINVAL if no event has that id (or perf cannot attach to
 * it); -ENODEV if its module is going away; -EPERM or -EACCES from the
 * permission checks; -ENOMEM; or an error of the class's reg().
 */
int perf_trace_init(struct perf_event *p_event)
{
	u64 id = p_event->attr.config;
	struct trace_event_call *call;
	int ret = -EINVAL;

	guard(mutex)(&event_mutex);
	list_for_each_entry(call, &ftrace_events, list) {
		if (call->event.type != id || !perf_call_usable(call))
			continue;
		if (!perf_call_get(call))
			return -ENODEV;
		ret = perf_call_open(call, p_event);
		if (ret)
			perf_call_put(call);
		break;
	}
	return ret;
}

/**
 * perf_trace_destroy - detach a perf event from its trace event
 * @p_event: a perf event perf_trace_init() accepted
 *
 * Context: process, may sleep (waits for a grace period when it was
 * the event's last perf user); takes event_mutex.
 */
void perf_trace_destroy(struct perf_event *p_event)
{
	struct trace_event_call *call = p_event->tp_event;

	guard(mutex)(&event_mutex);
	perf_reg(call, TRACE_REG_PERF_CLOSE, p_event);
	if (!--call->perf_refcount)
		perf_call_unregister(call);
	perf_call_put(call);
}

/**
 * perf_trace_add - perf schedules @p_event in on this CPU
 * @p_event: the perf event
 * @flags: PERF_EF_START to start counting at once
 *
 * Context: perf scheduling, IRQs disabled, on the event's CPU.
 * Return: 0, or -EINVAL if the event was never registered.
 */
int perf_trace_add(struct perf_event *p_event, int flags)
{
	struct trace_event_call *call = p_event->tp_event;
	struct hw_perf_event *hwc = &p_event->hw;

	if (!(flags & PERF_EF_START))
		hwc->state = PERF_HES_STOPPED;
	if (is_sampling_event(p_event)) {
		hwc->last_period = hwc->sample_period;
		perf_swevent_set_period(p_event);
	}
	/* A class may keep its own list (non-zero: it did). */
	if (perf_reg(call, TRACE_REG_PERF_ADD, p_event))
		return 0;
	if (WARN_ON_ONCE(!call->perf_events))
		return -EINVAL;
	hlist_add_head_rcu(&p_event->hlist_entry,
			   this_cpu_ptr(call->perf_events));
	return 0;
}

/**
 * perf_trace_del - perf schedules @p_event out on this CPU
 * @p_event: the perf event
 * @flags: unused
 *
 * Context: perf scheduling, IRQs disabled, on the event's CPU.
 */
void perf_trace_del(struct perf_event *p_event, int flags)
{
	struct trace_event_call *call = p_event->tp_event;

	if (!perf_reg(call, TRACE_REG_PERF_DEL, p_event))
		hlist_del_rcu(&p_event->hlist_entry);
}

/**
 * perf_trace_buf_alloc - scratch space for one perf record
 * @size: bytes of the record, header included (perf pads it so that
 *	the raw sample is a multiple of 8 bytes)
 * @regs: if not NULL, gets this context's pt_regs scratch
 * @rctxp: gets the recursion context, which perf_tp_event() (through
 *	perf_trace_run_bpf_submit()) gives back
 *
 * Context: a perf probe, preemption disabled; any context, NMI
 * included.
 * Return: the buffer, or NULL if @size is too big or this context on
 * this CPU is already building a record.
 */
void *perf_trace_buf_alloc(int size, struct pt_regs **regs, int *rctxp)
{
	char *buf;
	int rctx;

	BUILD_BUG_ON(PERF_MAX_TRACE_SIZE % sizeof(unsigned long));
	if (WARN_ONCE(size > PERF_MAX_TRACE_SIZE || size < (int)sizeof(u64),
		      "perf record of %d bytes", size))
		return NULL;

	rctx = perf_swevent_get_recursion_context();
	if (rctx < 0)
		return NULL;
	*rctxp = rctx;
	if (regs)
		*regs = this_cpu_ptr(&__perf_regs[rctx]);
	buf = (char *)this_cpu_ptr(perf_trace_bufs[rctx])->data;
	/* The last word holds padding perf copies out: no stale bytes. */
	memset(buf + size - sizeof(u64), 0, sizeof(u64));
	return buf;
}
EXPORT_SYMBOL_GPL(perf_trace_buf_alloc);
NOKPROBE_SYMBOL(perf_trace_buf_alloc);

/**
 * perf_trace_buf_update - fill in the trace_entry header of a perf record
 * @record: the record
 * @type: the event's id
 *
 * Context: perf_tp_event(), any context.
 */
void perf_trace_buf_update(void *record, u16 type)
{
	struct trace_entry *entry = record;
	unsigned int ctx = tracing_gen_ctx();

	entry->type = type;
	entry->flags = ctx >> TRACE_CTX_FLAGS_SHIFT;
	entry->preempt_count = ctx & 0xff;
	entry->pid = current->pid;
}
EXPORT_SYMBOL_GPL(perf_trace_buf_update);
NOKPROBE_SYMBOL(perf_trace_buf_update);

/**
 * ftrace_profile_set_filter - PERF_EVENT_IOC_SET_FILTER on a tracepoint
 * @event: the perf event
 * @event_id: its attr.config (unused: @event knows its trace event)
 * @filter_str: the expression, in the language of the filter files
 *
 * Context: process, may sleep; takes event_mutex.
 * Return: 0; -EINVAL if @event has no trace event or the expression is
 * rejected; -EEXIST if it already has a filter; -ENOMEM.
 */
int ftrace_profile_set_filter(struct perf_event *event, int event_id,
			      char *filter_str)
{
	struct event_filter *filter;
	struct filter_prog *prog;
	struct filter_error err;
	int ret;

	guard(mutex)(&event_mutex);
	if (!event->tp_event)
		return -EINVAL;
	if (event->filter)
		return -EEXIST;
	ret = filter_compile(event->tp_event, strim(filter_str), &prog, &err);
	if (ret)
		return ret;
	filter = kzalloc(sizeof(*filter), GFP_KERNEL);
	if (!filter) {
		filter_prog_free(prog);
		return -ENOMEM;
	}
	RCU_INIT_POINTER(filter->prog, prog);
	/* Samples may be flowing: publish the filter whole. */
	smp_store_release(&event->filter, filter);
	return 0;
}

/**
 * ftrace_profile_free_filter - free a perf event's filter
 * @event: the perf event, no longer reachable by probes
 *
 * Context: process (perf freeing the event).
 */
void ftrace_profile_free_filter(struct perf_event *event)
{
	struct event_filter *filter = event->filter;

	event->filter = NULL;
	free_event_filter(filter);
}

/**
 * trace_event_get_offsets - end of the fixed part of @call's records
 * @call: the event
 *
 * The byte after the last field (for a BPF program's context size).
 * Context: process.
 * Return: that offset; sizeof(struct trace_entry) if the event has no
 * fields of its own.
 */
int trace_event_get_offsets(struct trace_event_call *call)
{
	struct trace_event_field *field;
	int end = sizeof(struct trace_entry);

	list_for_each_entry(field, trace_get_fields(call), link)
		end = max(end, field->offset + field->size);
	return end;
}

/* kprobe and uprobe events are not built yet: their PMUs refuse. */
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
