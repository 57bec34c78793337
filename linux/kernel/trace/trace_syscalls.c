// SPDX-License-Identifier: GPL-2.0
/*
 * Syscall events: sys_enter_<name> and sys_exit_<name>, built from the
 * metadata SYSCALL_DEFINEx leaves in __syscalls_metadata.
 *
 * State of this tree: the objects every SYSCALL_DEFINEx refers to exist,
 * so the metadata links, but no event is registered and the per-task
 * SYSCALL_TRACEPOINT work flag is never set.
 */
#include <linux/syscalls.h>
#include <linux/trace_events.h>
#include <trace/syscall.h>

struct trace_event_class event_class_syscall_enter = {
	.system		= "syscalls",
};

struct trace_event_class event_class_syscall_exit = {
	.system		= "syscalls",
};

struct trace_event_functions enter_syscall_print_funcs;
struct trace_event_functions exit_syscall_print_funcs;

/* Reg hooks of the raw sys_enter/sys_exit tracepoints. */
int syscall_regfunc(void)
{
	return 0;
}

void syscall_unregfunc(void)
{
}
