/* SPDX-License-Identifier: GPL-2.0 */
/*
 * The records the tracing core itself writes, and their type ids.
 *
 * The ids are ABI: events/ftrace/<name>/id shows them, and trace-cmd reads
 * records by id. They keep upstream's numbering.
 */
#ifndef _TRACE_ENTRIES_H
#define _TRACE_ENTRIES_H

#include <linux/trace_events.h>

enum trace_type {
	__TRACE_FIRST_TYPE = 0,
	TRACE_FN,		/* 1: function */
	TRACE_CTX,
	TRACE_WAKE,
	TRACE_STACK,		/* 4: kernel_stack */
	TRACE_PRINT,		/* 5: print (trace_marker, trace_printk %s) */
	TRACE_BPRINT,		/* 6: bprint (trace_printk, binary) */
	TRACE_MMIO_RW,
	TRACE_MMIO_MAP,
	TRACE_BRANCH,
	TRACE_GRAPH_RET,
	TRACE_GRAPH_ENT,
	TRACE_USER_STACK,	/* 12: user_stack */
	TRACE_BLK,
	TRACE_BPUTS,		/* 14: bputs (trace_puts, constant string) */
	TRACE_HWLAT,
	TRACE_OSNOISE,
	TRACE_TIMERLAT,
	TRACE_RAW_DATA,		/* 18: raw_data (trace_marker_raw) */
	TRACE_FUNC_REPEATS,
	__TRACE_LAST_TYPE,
};

/* TRACE_FN */
struct ftrace_entry {
	struct trace_entry	ent;
	unsigned long		ip;
	unsigned long		parent_ip;
};

/* TRACE_STACK: @size entries of @caller follow. */
struct stack_entry {
	struct trace_entry	ent;
	int			size;
	unsigned long		caller[] __counted_by(size);
};

#define FTRACE_STACK_ENTRIES	8

/* TRACE_USER_STACK */
struct userstack_entry {
	struct trace_entry	ent;
	unsigned int		tgid;
	unsigned long		caller[FTRACE_STACK_ENTRIES];
};

/* TRACE_PRINT: a NUL-terminated string, newline included if any. */
struct print_entry {
	struct trace_entry	ent;
	unsigned long		ip;
	char			buf[];
};

/* TRACE_BPRINT: arguments packed by vbin_printf() for @fmt. */
struct bprint_entry {
	struct trace_entry	ent;
	unsigned long		ip;
	const char		*fmt;
	u32			buf[];
};

/* TRACE_BPUTS: a pointer to a string that lives as long as the kernel. */
struct bputs_entry {
	struct trace_entry	ent;
	unsigned long		ip;
	const char		*str;
};

/* TRACE_RAW_DATA: trace_marker_raw: a user id, then the user's bytes. */
struct raw_data_entry {
	struct trace_entry	ent;
	unsigned int		id;
	char			buf[];
};

#endif /* _TRACE_ENTRIES_H */
