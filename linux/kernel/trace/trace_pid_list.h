/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Sets of pids, for set_ftrace_pid, set_ftrace_notrace_pid, set_event_pid
 * and set_event_notrace_pid.
 *
 * A list is read locklessly (from function callbacks and event probes,
 * any context) and never modified once published: a writer builds a new
 * list and swaps the pointer, then frees the old one after an RCU grace
 * period (readers run with preemption disabled). See trace_pid_list.c.
 */
#ifndef _KERNEL_TRACE_PID_LIST_H
#define _KERNEL_TRACE_PID_LIST_H

#include <linux/types.h>

struct trace_pid_list;
struct seq_file;

/* Context: process, may sleep. */
struct trace_pid_list *trace_pid_list_alloc(void);
void trace_pid_list_free(struct trace_pid_list *list);	/* NULL is fine */
/* Return: 0 or -ENOMEM (-EINVAL if @pid is out of range). */
int trace_pid_list_set(struct trace_pid_list *list, pid_t pid);
void trace_pid_list_clear(struct trace_pid_list *list, pid_t pid);

/*
 * The exception to "never modified once published": fork and exit
 * following (event-fork, function-fork) add and drop single pids of a
 * published list in place. A bit flips atomically, so a reader sees the
 * pid either in or out; a missing chunk is allocated with GFP_ATOMIC and
 * installed with cmpxchg. A concurrent copy (trace_pid_list_write() with
 * @append) may miss such a change. Context: any but NMI.
 * Return: 0, -ENOMEM, or -EINVAL if @pid is out of range.
 */
int trace_pid_list_add_live(struct trace_pid_list *list, pid_t pid);
void trace_pid_list_del_live(struct trace_pid_list *list, pid_t pid);

/* Context: any, NMI included. A NULL list contains nothing. */
bool trace_pid_list_contains(const struct trace_pid_list *list, pid_t pid);

/* Smallest pid >= @from in @list, or -1. Context: any. */
pid_t trace_pid_list_next(const struct trace_pid_list *list, pid_t from);
bool trace_pid_list_empty(const struct trace_pid_list *list);

/*
 * trace_pid_list_write - the new list a write to a set_*_pid file asks
 * for: whitespace-separated decimal pids, added to a copy of @old when
 * @append (O_APPEND), else to an empty list. Returns the new list via
 * @new (NULL when the result is empty). @old is not changed.
 * Context: process, may sleep.
 * Return: bytes consumed, -EINVAL on a bad pid, -ENOMEM, -EFAULT.
 */
ssize_t trace_pid_list_write(const struct trace_pid_list *old, bool append,
			     const char __user *ubuf, size_t cnt,
			     struct trace_pid_list **new);

/* seq_file helpers: one pid per line, as the set_*_pid files show. */
void *trace_pid_list_seq_start(const struct trace_pid_list *list, loff_t *pos);
void *trace_pid_list_seq_next(const struct trace_pid_list *list, void *v,
			      loff_t *pos);
int trace_pid_list_seq_show(struct seq_file *m, void *v);

#endif /* _KERNEL_TRACE_PID_LIST_H */
