/* SPDX-License-Identifier: GPL-2.0 */
/*
 * user_events: trace events defined and written by user space.
 *
 * State of this tree: not built. The task hooks that fork, exec and exit
 * call are empty, and task_struct::user_event_mm stays NULL.
 */
#ifndef _LINUX_USER_EVENTS_H
#define _LINUX_USER_EVENTS_H

struct task_struct;

/* Context of all three: process context of the task itself, may sleep. */
static inline void user_events_fork(struct task_struct *t,
				    unsigned long clone_flags)
{
}

static inline void user_events_execve(struct task_struct *t) { }
static inline void user_events_exit(struct task_struct *t) { }

#endif /* _LINUX_USER_EVENTS_H */
