// SPDX-License-Identifier: GPL-2.0
/*
 * Writing event records: the path every event probe takes.
 *
 *	probe(file, args)			a tracepoint probe, preemption
 *	  trace_trigger_soft_disabled(file)	off; one per instance
 *	  rec = trace_event_buffer_reserve(&buf, file, len)
 *	  ...fill rec...
 *	  trace_event_buffer_commit(&buf)
 *
 * Theory of operation: filtered events
 * ------------------------------------
 * An event with a filter (EVENT_FILE_FL_FILTERED) must not leave a record
 * in the buffer when the filter rejects it: not even a discarded one,
 * which readers of raw pages would still see as padding and which costs
 * buffer space. So its record is built in a per-CPU scratch slot instead,
 * the filter runs on that copy at commit, and only an accepted record is
 * copied into the ring buffer.
 *
 * A probe can be interrupted by another event's probe on the same CPU
 * (softirq, hardirq, NMI), so each CPU has EV_SCRATCH_LEVELS slots, used
 * as a stack:
 *
 *	depth	0	1	2	3
 *	slot	task	softirq	hardirq	NMI	(typically)
 *
 *	reserve:  level = this_cpu_inc_return(depth) - 1	(A)
 *		  level >= EV_SCRATCH_LEVELS: undo (A), fall back
 *	commit:   filter, copy out, this_cpu_dec(depth)		(B)
 *
 * (A) and (B) are single per-CPU instructions, and an interrupting probe
 * runs its whole A..B before returning, so the slot between a probe's A
 * and B is its own. Preemption is off from reserve to commit (the
 * tracepoint disables it), so the CPU does not change. Deeper nesting, a
 * record bigger than a slot, or no scratch memory yet: the record is
 * reserved in the ring buffer as usual and discarded if the filter
 * rejects it.
 *
 * The slots are allocated when the first event is enabled and never
 * freed. A filter added or removed between reserve and commit is fine:
 * commit looks at the filter again, whichever place the record is in.
 *
 * Comms of event writers
 * ----------------------
 * saved_cmdlines must know the comm (and, with record-tgid, the tgid) of
 * every task whose records are in a buffer. Checking that at every commit
 * costs about as much as the rest of a small record, so event commits
 * only mark their CPU (ev_comm_pending), and a probe on sched_switch
 * records the task being switched out if its CPU is marked: once per
 * time slice instead of once per record, as upstream does. A reader that
 * formats the records of a task still running since it wrote them shows
 * "<...>" for it, as upstream's does. Event commits therefore end with
 * ring_buffer_unlock_commit() and not trace_buffer_unlock_commit(), whose
 * only other work is that same per-record comm check; other writers
 * (markers, trace_printk) keep it.
 */
#include <linux/percpu.h>
#include <linux/slab.h>
#include <linux/trace_events.h>
#include <trace/events/sched.h>
#include "trace_array.h"
#include "trace_event_internal.h"

#define EV_SCRATCH_LEVELS	4
#define EV_SCRATCH_SIZE		PAGE_SIZE

static DEFINE_PER_CPU(char *, ev_scratch);
static DEFINE_PER_CPU(int, ev_scratch_depth);
static bool ev_scratch_ready;

/**
 * trace_event_scratch_init - make sure the filter scratch slots exist
 *
 * Context: process, may sleep, event_mutex held.
 * Return: 0 or -ENOMEM.
 */
int trace_event_scratch_init(void)
{
	int cpu;

	lockdep_assert_held(&event_mutex);
	if (ev_scratch_ready)
		return 0;
	for_each_possible_cpu(cpu) {
		char *buf;

		if (per_cpu(ev_scratch, cpu))
			continue;
		buf = kmalloc_node(EV_SCRATCH_LEVELS * EV_SCRATCH_SIZE,
				   GFP_KERNEL, cpu_to_node(cpu));
		if (!buf)
			return -ENOMEM;
		/* Seen by probes only after the tracepoint is enabled. */
		per_cpu(ev_scratch, cpu) = buf;
	}
	ev_scratch_ready = true;
	return 0;
}

/* A slot for @len bytes, or NULL. Context: preemption disabled. */
static void *scratch_get(unsigned long len)
{
	char *buf = this_cpu_read(ev_scratch);
	int level;

	if (!buf || len > EV_SCRATCH_SIZE)
		return NULL;
	level = this_cpu_inc_return(ev_scratch_depth) - 1;	/* A */
	if (level >= EV_SCRATCH_LEVELS) {
		this_cpu_dec(ev_scratch_depth);
		return NULL;
	}
	return buf + level * EV_SCRATCH_SIZE;
}

static void scratch_put(void)
{
	this_cpu_dec(ev_scratch_depth);				/* B */
}

/* ---- comms (see the top) ---- */

static DEFINE_PER_CPU(bool, ev_comm_pending);
static int ev_comm_users, ev_tgid_users;	/* event_mutex */

/* Context: sched_switch, interrupts off. */
static void ev_comm_switch(void *data, bool preempt, struct task_struct *prev,
			   struct task_struct *next, unsigned int prev_state)
{
	if (!this_cpu_read(ev_comm_pending))
		return;
	this_cpu_write(ev_comm_pending, false);
	if (READ_ONCE(ev_comm_users))
		tracing_record_cmdline(prev);
	if (READ_ONCE(ev_tgid_users))
		tracing_record_tgid(prev);
}

/**
 * trace_event_comm_get - an enabled event wants its writers' comms saved
 * @cmd: the comm (record-cmd)
 * @tgid: the tgid (record-tgid)
 *
 * Context: process, may sleep, event_mutex held.
 * Return: 0 or the error of attaching the sched_switch probe.
 */
int trace_event_comm_get(bool cmd, bool tgid)
{
	int ret;

	lockdep_assert_held(&event_mutex);
	if (!cmd && !tgid)
		return 0;
	if (!ev_comm_users && !ev_tgid_users) {
		ret = register_trace_sched_switch(ev_comm_switch, NULL);
		if (ret)
			return ret;
	}
	WRITE_ONCE(ev_comm_users, ev_comm_users + cmd);
	WRITE_ONCE(ev_tgid_users, ev_tgid_users + tgid);
	return 0;
}

/* The other way. Context: as trace_event_comm_get(). */
void trace_event_comm_put(bool cmd, bool tgid)
{
	lockdep_assert_held(&event_mutex);
	if (!cmd && !tgid)
		return;
	WRITE_ONCE(ev_comm_users, ev_comm_users - cmd);
	WRITE_ONCE(ev_tgid_users, ev_tgid_users - tgid);
	if (!ev_comm_users && !ev_tgid_users)
		unregister_trace_sched_switch(ev_comm_switch, NULL);
}

/* Publish a reserved record and mark the CPU for the comm probe. */
static void event_commit(struct trace_event_file *file,
			 struct trace_buffer *buffer)
{
	ring_buffer_unlock_commit(buffer);
	if (READ_ONCE(file->flags) & (EVENT_FILE_FL_RECORDED_CMD |
				      EVENT_FILE_FL_RECORDED_TGID))
		this_cpu_write(ev_comm_pending, true);
}

/**
 * __trace_trigger_soft_disabled - the slow half of trace_trigger_soft_disabled()
 * @file: the event in one instance
 *
 * Context: the probe, preemption disabled; NMI-safe.
 * Return: true if the probe should record nothing: the event is only on
 * for triggers, or the instance's pid filter excludes current. (Event
 * triggers themselves are not implemented yet; TRIGGER_MODE never gets
 * set.)
 */
bool __trace_trigger_soft_disabled(struct trace_event_file *file)
{
	unsigned long flags = READ_ONCE(file->flags);

	if (flags & EVENT_FILE_FL_SOFT_DISABLED)
		return true;
	if (flags & EVENT_FILE_FL_PID_FILTER)
		return trace_event_ignore_this_pid(file->tr);
	return false;
}
EXPORT_SYMBOL_GPL(__trace_trigger_soft_disabled);

static inline bool file_filtered(struct trace_event_file *file)
{
	return unlikely(READ_ONCE(file->flags) & EVENT_FILE_FL_FILTERED);
}

/* Context: preemption disabled, which keeps the filter alive. */
static bool filter_keeps(struct trace_event_file *file, void *rec)
{
	return trace_event_filter_match(rcu_dereference_raw(file->filter),
					rec);
}

/**
 * trace_event_buffer_reserve - room for one record of an event
 * @fbuffer: the probe's bookkeeping, on its stack
 * @file: the event in one instance
 * @len: bytes of the record, struct trace_entry included
 *
 * Fills in the record's header. With a filter on the event, the room is
 * in per-CPU scratch (see the top of this file).
 * Context: a probe, preemption disabled; any context, NMI included.
 * Return: the record, or NULL if nothing can be written (buffer off or
 * full, record too big).
 */
void *trace_event_buffer_reserve(struct trace_event_buffer *fbuffer,
				 struct trace_event_file *file,
				 unsigned long len)
{
	struct trace_array *tr = file->tr;
	struct trace_entry *ent;

	fbuffer->trace_file = file;
	fbuffer->buffer = tr->buffer;
	fbuffer->trace_ctx = tracing_gen_ctx_dec();
	fbuffer->len = len;
	fbuffer->regs = NULL;

	if (file_filtered(file)) {
		ent = scratch_get(len);
		if (ent) {
			fbuffer->event = NULL;
			fbuffer->entry = ent;
			ent->type = file->event_call->event.type;
			ent->flags = fbuffer->trace_ctx >> TRACE_CTX_FLAGS_SHIFT;
			ent->preempt_count = fbuffer->trace_ctx & 0xff;
			ent->pid = current->pid;
			return ent;
		}
	}
	fbuffer->event = trace_buffer_lock_reserve(fbuffer->buffer,
						   file->event_call->event.type,
						   len, fbuffer->trace_ctx);
	if (!fbuffer->event)
		return NULL;
	fbuffer->entry = ring_buffer_event_data(fbuffer->event);
	return fbuffer->entry;
}
EXPORT_SYMBOL_GPL(trace_event_buffer_reserve);

/* Copy an accepted record from scratch into the buffer. */
static void commit_scratch(struct trace_event_buffer *fbuffer)
{
	struct trace_event_file *file = fbuffer->trace_file;
	struct ring_buffer_event *event;
	void *rec = fbuffer->entry;

	if (filter_keeps(file, rec)) {
		event = trace_buffer_lock_reserve(fbuffer->buffer,
						  file->event_call->event.type,
						  fbuffer->len,
						  fbuffer->trace_ctx);
		if (event) {
			memcpy(ring_buffer_event_data(event) +
			       sizeof(struct trace_entry),
			       rec + sizeof(struct trace_entry),
			       fbuffer->len - sizeof(struct trace_entry));
			event_commit(file, fbuffer->buffer);
		}
	}
	scratch_put();
}

/**
 * trace_event_buffer_commit - publish a record reserved above
 * @fbuffer: what trace_event_buffer_reserve() filled in
 *
 * Runs the event's filter, if it has one, and drops a rejected record.
 * Context: as trace_event_buffer_reserve(), right after it.
 */
void trace_event_buffer_commit(struct trace_event_buffer *fbuffer)
{
	struct trace_event_file *file = fbuffer->trace_file;

	if (!fbuffer->event) {
		commit_scratch(fbuffer);
		return;
	}
	if (file_filtered(file) && !filter_keeps(file, fbuffer->entry)) {
		ring_buffer_discard_commit(fbuffer->buffer, fbuffer->event);
		return;
	}
	event_commit(file, fbuffer->buffer);
}
EXPORT_SYMBOL_GPL(trace_event_buffer_commit);
