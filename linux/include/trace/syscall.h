/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Syscall metadata, emitted by SYSCALL_DEFINEx (linux/syscalls.h) into the
 * section __syscalls_metadata when CONFIG_FTRACE_SYSCALLS is set. The
 * syscall events are built from it (kernel/trace/trace_syscalls.c).
 */
#ifndef _TRACE_SYSCALL_H
#define _TRACE_SYSCALL_H

/* Kept code relies on this include set (SEAMS 1c). */
#include <linux/tracepoint.h>
#include <linux/unistd.h>
#include <linux/trace_events.h>
#include <linux/thread_info.h>
#include <asm/ptrace.h>

/*
 * struct syscall_metadata - one SYSCALL_DEFINEx.
 * @name:	"sys_<name>"
 * @enter_event, @exit_event: the two events
 * @types:	argument type strings
 * @args:	argument name strings
 * @enter_fields: fields of the sys_enter event
 * @nb_args:	argument count
 * @syscall_nr:	number, filled in at boot (-1 until then)
 */
struct syscall_metadata {
	const char		*name;
	struct trace_event_call	*enter_event;
	struct trace_event_call	*exit_event;
	const char		**types;
	const char		**args;
	struct list_head	enter_fields;
	int			nb_args;
	int			syscall_nr;
};

/*
 * syscall_tracepoint_update - make a new task follow the global syscall
 * tracing state. Context: fork, process context.
 */
#if defined(CONFIG_TRACEPOINTS) && defined(CONFIG_HAVE_SYSCALL_TRACEPOINTS)
static inline void syscall_tracepoint_update(struct task_struct *p)
{
	/* The parent is current: copy its flag, whichever way it is. */
	if (!test_syscall_work(SYSCALL_TRACEPOINT)) {
		clear_task_syscall_work(p, SYSCALL_TRACEPOINT);
		return;
	}
	set_task_syscall_work(p, SYSCALL_TRACEPOINT);
}
#else
static inline void syscall_tracepoint_update(struct task_struct *p) { }
#endif

#endif /* _TRACE_SYSCALL_H */
