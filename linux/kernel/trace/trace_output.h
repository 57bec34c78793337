/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Turning records into text: the per-record context columns, the header
 * of the "trace" file, and the print functions of the core's own record
 * types (trace_entries.h). Reader side only: process context, with the
 * reading file's iter->mutex held; never called by writers.
 */
#ifndef _TRACE_OUTPUT_H
#define _TRACE_OUTPUT_H

#include <linux/trace_events.h>
#include <linux/trace_seq.h>
#include "trace_array.h"

/*
 * print_trace_line - print the record at iter->ent into iter->seq as the
 * instance's options say (raw, hex, bin, context-info, latency-format,
 * ...), with a "CPU:N [LOST M EVENTS]" line first if iter->lost_events.
 * Return: TRACE_TYPE_HANDLED, or TRACE_TYPE_PARTIAL_LINE when iter->seq
 * overflowed (the caller retries the record with an empty seq).
 */
enum print_line_t print_trace_line(struct trace_iterator *iter);

/* The comment block at the top of the "trace" file (not trace_pipe). */
void trace_print_header(struct seq_file *m, struct trace_iterator *iter);

/*
 * The context columns: "TASK-PID [CPU] flags TIMESTAMP: " (default) or
 * the latency-format ones. Return: !trace_seq_has_overflowed().
 */
int trace_print_context(struct trace_iterator *iter);
int trace_print_lat_context(struct trace_iterator *iter);

/* The flags column ("d.h1." ...) of one record. */
void trace_print_lat_fmt(struct trace_seq *s, struct trace_entry *entry);

/* A kernel address as the sym-offset/sym-addr options say. */
#define TRACE_SYM_OFFSET	BIT(0)
#define TRACE_SYM_ADDR		BIT(1)
void seq_print_ip_sym(struct trace_seq *s, unsigned long ip,
		      unsigned int sym_flags);
unsigned int trace_sym_flags(struct trace_array *tr);

/* Register the core's record types (trace_entries.h). Context: boot. */
int init_trace_output(void);

/*
 * Additions for the helpers of trace_output.c (reader side).
 *
 * Hold trace_event_read_lock() while calling the functions of an event
 * found with ftrace_find_event(); print_trace_line() takes it itself.
 */
void trace_event_read_lock(void);
void trace_event_read_unlock(void);

/* What a latency tracer knows about its worst case, for the lat header. */
struct trace_lat_info {
	u64		latency_ns;
	int		cpu;
	const char	*comm;
	int		pid;
	kuid_t		uid;
	long		nice;
	long		policy;
	long		rt_priority;
	unsigned long	critical_start;	/* 0: no "started at" lines */
	unsigned long	critical_end;
};
void trace_print_lat_header(struct seq_file *m, struct trace_iterator *iter,
			    const struct trace_lat_info *info);
/* The legend part of the header (what follows "# tracer: x\n#\n"). */
void trace_default_header(struct seq_file *m, struct trace_iterator *iter);

/*
 * Hooks with weak defaults in trace_output.c that the reader may
 * override: the per-open cpumask "annotate" needs (default NULL: no
 * "##### CPU N buffer started ####" lines), and the time of the last
 * buffer reset that latency-format times count from (default 0).
 */
struct cpumask *trace_iter_started(struct trace_iterator *iter);
u64 trace_iter_time_start(struct trace_iterator *iter);

/* Formatted text into an instance of one's own (trace_printk.c). */
int trace_array_init_printk(struct trace_array *tr);
__printf(3, 4) int trace_array_printk(struct trace_array *tr,
				      unsigned long ip, const char *fmt, ...);

#endif /* _TRACE_OUTPUT_H */
