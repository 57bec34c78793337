/* SPDX-License-Identifier: GPL-2.0 */
/*
 * Function tracing of one instance (trace_array::fn), shared by the files
 * that implement it:
 *
 *	ftrace_filter_files.c	set_ftrace_filter/no_trace and their parser,
 *				the top-level listing files, instance hooks,
 *				pending ":mod:" patterns, ftrace_filter=
 *	trace_functions.c	the "function" tracer, its callback, options,
 *				the function commands (func:traceoff ...),
 *				ftrace=, the boot self-test
 *	ftrace_pid.c		set_ftrace_pid, set_ftrace_notrace_pid and
 *				function-fork
 *	ftrace_profile.c	function_profile_enabled, trace_stat/function*
 *	trace_stack.c		the stack tracer
 *
 * Lock order (outermost first):
 *	trace_types_lock
 *	  fn_state_mutex	everything in struct ftrace_instance that is
 *				not marked otherwise, the instance list
 *	    event_mutex		(function commands that name an event)
 *	      ftrace_lock	(the hook core)
 */
#ifndef _KERNEL_TRACE_FTRACE_INSTANCE_H
#define _KERNEL_TRACE_FTRACE_INSTANCE_H

#include <linux/ftrace.h>
#include <linux/list.h>
#include <linux/mutex.h>
#include <linux/rcupdate.h>
#include "ftrace_internal.h"
#include "trace_array.h"

struct trace_array;
struct trace_pid_list;
struct fn_cmds;
struct fn_session;

extern struct mutex fn_state_mutex;

/*
 * struct ftrace_instance - what one instance needs for function tracing.
 * @tr:		the instance
 * @node:	in the list of all instances (fn_state_mutex)
 * @ops:	the function tracer's ops; set_ftrace_filter and
 *		set_ftrace_notrace are its filter and no_trace sets, kept
 *		while the tracer is off
 * @tracer_on:	current_tracer is "function"
 * @ops_live:	@ops is registered
 * @blocked:	the filter is empty but names functions of modules not yet
 *		loaded: it selects nothing, so @ops stays unregistered
 *		(an empty set would select every function)
 * @mod_filter, @mod_notrace: pending "func:mod:module" patterns
 *		(struct fn_mod_pattern), applied when the module loads
 * @cmds:	function commands (trace_functions.c); NULL until the first
 * @pids, @no_pids: set_ftrace_pid and set_ftrace_notrace_pid, read by
 *		the callback under RCU-sched; NULL when empty
 * @pid_filtering: either list is set (read locklessly by the callback)
 * @stack_trace: option func_stack_trace (read locklessly by the callback)
 */
struct ftrace_instance {
	struct trace_array		*tr;
	struct list_head		node;
	struct ftrace_ops		ops;
	bool				tracer_on;
	bool				ops_live;
	bool				blocked;
	struct list_head		mod_filter;
	struct list_head		mod_notrace;
	struct fn_cmds			*cmds;
	struct trace_pid_list __rcu	*pids;
	struct trace_pid_list __rcu	*no_pids;
	bool				pid_filtering;
	bool				stack_trace;
};

/* A pending "func:mod:module" pattern; @func NULL means every function. */
struct fn_mod_pattern {
	struct list_head	node;
	char			*func;
	char			*module;
};

/* ---- ftrace_filter_files.c ---- */

/* The instance behind @tr (global_trace included). */
static inline struct ftrace_instance *fn_of(struct trace_array *tr)
{
	return tr->fn;
}

/*
 * Every instance with function-tracing state, for the module hook and
 * the fork probes. Walk it with fn_state_mutex held.
 */
extern struct list_head ftrace_instances;

/*
 * fn_match_ips - the sites whose function matches a pattern.
 * @pattern:	a function name or glob (modified: a trailing '*' may be cut)
 * @module:	NULL (any), or a module name or glob, '!' to exclude, as
 *		":mod:" takes it
 * @ips, @nr:	a kvmalloc'ed array of the site addresses found (freed by
 *		the caller with kvfree(); NULL when none), and its size
 * Context: process, may sleep; takes ftrace_lock.
 * Return: 0 or -ENOMEM.
 */
int fn_match_ips(const char *pattern, const char *module, unsigned long **ips,
		 unsigned long *nr);

/*
 * fn_site_name - the function a site belongs to.
 * @ip: the site; @buf: KSYM_NAME_LEN bytes; @modname: its module or NULL
 * Return: false if no symbol starts right before @ip.
 * Context: any sleepable context (kallsyms).
 */
bool fn_site_name(unsigned long ip, char *buf, const char **modname);

/*
 * fn_set_filters - give @fi's ops new filter/no_trace sets (NULL: keep),
 * and new pending-module lists (NULL: keep; spliced, so emptied on
 * success), registering or unregistering the ops as the result needs.
 * Ownership of the sets passes on success.
 * Context: process, fn_state_mutex held. Return: 0 or -errno.
 */
int fn_set_filters(struct ftrace_instance *fi, struct ftrace_hash *filter,
		   struct ftrace_hash *no_trace, struct list_head *mod_filter,
		   struct list_head *mod_notrace);

/*
 * The file operations of a filter file, shared with stack_trace_filter:
 * @fi is NULL for an ops that is not an instance's function tracer (no
 * pending modules, no commands). The caller pins what @ops belongs to.
 */
int fn_filter_open(struct file *file, struct trace_array *tr,
		   struct ftrace_instance *fi, struct ftrace_ops *ops,
		   bool no_trace, const char *name);
ssize_t fn_filter_write(struct file *file, const char __user *ubuf,
			size_t cnt, loff_t *ppos);
ssize_t fn_filter_read(struct file *file, char __user *ubuf, size_t cnt,
		       loff_t *ppos);
loff_t fn_filter_llseek(struct file *file, loff_t offset, int whence);
void fn_filter_release(struct inode *inode, struct file *file);

/* ftrace_filter= and ftrace_notrace= of the command line. Context: boot. */
void ftrace_filter_boot_apply(void);

/* ---- trace_functions.c ---- */

/*
 * Register or unregister @fi->ops to match tracer_on and blocked.
 * Context: process, fn_state_mutex held. Return: 0 or -errno.
 */
int fn_tracer_sync(struct ftrace_instance *fi);
/* The function tracer's ops callback. */
void function_trace_call(unsigned long ip, unsigned long parent_ip,
			 struct ftrace_ops *op, struct ftrace_regs *fregs);

/*
 * Function commands, written to set_ftrace_filter as
 * "[!]glob:cmd[:args]". A write only parses and checks them
 * (fn_cmd_stage); they take effect when the file is closed, with the
 * filter (fn_cmds_commit), or not at all.
 */
struct fn_cmd_actions;
/* Return: 0, -EINVAL (unknown command, bad argument, no such function
 * or event), -ENOMEM. Context: process, may sleep. */
int fn_cmd_stage(struct ftrace_instance *fi, struct fn_cmd_actions **acts,
		 bool remove, char *glob, char *cmd, char *param);
/* Context: process, fn_state_mutex held. Frees @acts. */
int fn_cmds_commit(struct ftrace_instance *fi, struct fn_cmd_actions *acts);
void fn_cmd_actions_free(struct fn_cmd_actions *acts);
/* The command lines of set_ftrace_filter, kmalloc'ed ("" if none). */
char *fn_cmds_text(struct ftrace_instance *fi);
/*
 * Drop the commands of @fi on functions of @mod, which is going away.
 * Context: process, may sleep; fn_state_mutex held, ftrace_lock not.
 */
void fn_cmds_module_gone(struct ftrace_instance *fi, struct module *mod);
/* Drop every command of @fi (instance removal). */
void fn_cmds_destroy(struct ftrace_instance *fi);
/* options/func_stack_trace of @tr. */
int fn_tracer_options_create(struct trace_array *tr);

/* ---- ftrace_pid.c ---- */

int ftrace_pid_create_files(struct trace_array *tr);
void ftrace_pid_destroy(struct ftrace_instance *fi);
/*
 * Should the function tracer of @fi skip current? Only called when
 * @fi->pid_filtering. Context: the callback (RCU-sched).
 */
bool ftrace_pid_ignored(struct ftrace_instance *fi);

/* ---- ftrace_profile.c, trace_stack.c ---- */

#ifdef CONFIG_FUNCTION_PROFILER
int ftrace_profile_init_tracefs(void);
/* The top level's set_ftrace_filter changed: re-filter the profiler. */
void ftrace_profile_filter_changed(void);
#else
static inline int ftrace_profile_init_tracefs(void) { return 0; }
static inline void ftrace_profile_filter_changed(void) { }
#endif

#ifdef CONFIG_STACK_TRACER
int stack_trace_init_tracefs(void);
#else
static inline int stack_trace_init_tracefs(void) { return 0; }
#endif

/* ftrace_selftest_target.c: traced by the boot self-test. */
int ftrace_selftest_target(int x);
int ftrace_selftest_other(int x);

#endif /* _KERNEL_TRACE_FTRACE_INSTANCE_H */
